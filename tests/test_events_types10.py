"""Session 10 (types): events read with the wrong type or the wrong direction, and right events
dropped late."""
from .test_events import _events_of


def test_backing_an_act_is_backing_its_doers_and_a_source_noun_with_its_adjective_names_the_ministry():
    # "تأييد المملكة للعمليات العسكرية التي قامت بها ...": the doers of the operations are backed, by
    # the ministry the "مصدر مسؤول" speaks for
    evs = _events_of("أعلن مصدر مسؤول بوزارة الخارجية السعودية، تأييد المملكة للعمليات العسكرية التي قامت بها "
                     "الولايات المتحدة وبريطانيا وفرنسا على أهداف عسكرية في سوريا.")
    sup = [e for e in evs if e[0] == "SUPPORT"]
    assert sup and "السعودية" in " ".join(sup[0][1]) and {"الولايات المتحدة", "فرنسا"} <= set(sup[0][2]), evs


def test_a_courts_death_sentence_is_legal_coercion_not_a_killing():
    # "قضت المحكمة بإعدام": the court sentences (COERCE); it kills no one (no ASSAULT)
    evs = _events_of("وقضت محكمة جنايات القاهرة بإعدام 75 من قيادات جماعة الإخوان المسلمين.")
    assert [t for t, _, _, _ in evs] == ["COERCE"], evs
    # "حكمها بإعدام": the sentence read twice (حكم and إعدام) is one COERCE
    evs = _events_of("وأصدرت محكمة جنايات القاهرة، السبت، حكمها بإعدام 75 متهما من جماعة الإخوان المسلمين.")
    assert [t for t, _, _, _ in evs] == ["COERCE"], evs
