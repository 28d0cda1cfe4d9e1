"""Material conflict (session 10): attacks, coercion, threats, sanctions on real Arabic."""

from .test_events import _events_of


def test_warning_of_grave_consequences_is_a_threat_at_the_other_side():
    # "حذرت من عواقب خطيرة إذا حدثت ضربات غربية": Russia threatens the West (Trump), not its ally Syria
    evs = _events_of("ولوح الرئيس الأمريكي دونالد ترامب برد عسكري على النظام السوري بعد التقارير عن هذا الهجوم "
                     "الكيميائي، وحمل بعنف على روسيا التي حذرت من \"عواقب خطيرة\" إذا حدثت ضربات غربية.")
    assert ("THREATEN", ["روسيا"], ["دونالد ترامب"]) in [e[:3] for e in evs], evs
    assert ("THREATEN", ["روسيا"], ["الحكومة السورية"]) not in [e[:3] for e in evs], evs
