"""Session 9 (sides): events whose side the linker now names."""
from .test_events import _events_of


def test_the_latter_denies_the_accusation_just_made_against_him():
    # "لكن الأخير ينفي": "the latter" is the one accused before it, who denies
    evs = _events_of("واتهمت السلطات التركية الداعية فتح الله غولن، المقيم في الولايات المتحدة، بالضلوع في "
                     "المحاولة الانقلابية الفاشلة، لكن الأخير ينفي أي صلة له بالأمر.")
    assert any(t == "REJECT" and a == ["فتح الله غولن"] for t, a, _, _ in evs), evs
