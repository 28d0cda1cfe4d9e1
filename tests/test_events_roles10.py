"""Session 10: events whose type is right but whose actors were wrong."""

from .test_events import _events_of


def test_nationality_epithet_of_a_named_group_is_not_its_target():
    # "ميليشيات الحوثي الإيرانية": the Houthis, qualified as Iranian; Iran is not the one prevented
    evs = _events_of("منعت ميليشيات الحوثي الإيرانية المئات من سكان مديرية التحيتا من النزوح إلى مناطق آمنة.")
    assert not any("إيران" in a or "إيران" in r for _, a, r, _ in evs), evs


def test_a_town_named_before_a_verb_is_not_its_subject_from_afar():
    # the last name before the verb is the town the sources are in, not who blows up the port
    evs = _events_of("وكشفت مصادر محلية في مدينة الحديدة عن قيام ميليشيات الحوثي بتفخيخ ميناء الحديدة تمهيداً"
                     " لتفجيره في حال تقدم قوات الشرعية والتحالف لطردها منه.")
    assert not any("الحديدة" in a for _, a, _, _ in evs), evs
    evs = _events_of("وأكد أن سكان الغوطة الشرقية يحصلون على المساعدات الإنسانية الضرورية من خلال الأمم المتحدة.")
    assert not any("الغوطة الشرقية" in a for _, a, _, _ in evs), evs


def test_a_verb_form_after_a_preposition_is_a_verbal_noun_with_its_doer_before():
    # "نجح في قتل": no finite verb follows في; the army kills, the Houthi leaders are killed
    # (read as a verb, the partitive "عدد من قادة الحوثي" was its subject)
    evs = _events_of("وأعلن التحالف أن الجيش اليمني نجح في قتل عدد من قادة ميليشيات الحوثي في جبهة رازح.")
    assert any(t == "ASSAULT" and a == ["الجيش اليمني"] and r == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs


def test_a_verb_form_after_min_is_a_verbal_noun():
    # "تمكن من قتل": the killing of the leaders, by the army named before
    evs = _events_of("وأعلن التحالف أن الجيش اليمني تمكن من قتل عدد من قادة ميليشيات الحوثي في جبهة رازح.")
    assert any(t == "ASSAULT" and a == ["الجيش اليمني"] and r == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs


def test_the_subject_of_a_verb_of_receiving_blows_is_the_one_struck():
    # "تلقت الميليشيات ضربات موجعة من قوات المقاومة": the militias are struck, by the one after من
    evs = _events_of("وتلقت ميليشيات الحوثي ضربات موجعة من القوات اليمنية المشتركة في جبهة الساحل الغربي.")
    assert any(t == "ASSAULT" and a == ["القوات اليمنية المشتركة"] and r == ["جماعة أنصار الله"]
               for t, a, r, _ in evs), evs


def test_who_holds_a_place_named_in_passing_is_not_the_doer_of_what_happens_there():
    # "إدلب، التي تسيطر عليها المعارضة": the opposition holds Idlib, it does not shell it
    evs = _events_of("وقتل ستة مدنيين في القصف المدفعي على إدلب، التي تسيطر عليها المعارضة.")
    assert not any("المعارضة" in a for _, a, _, _ in evs), evs



def test_a_leader_named_by_a_relative_verb_is_on_the_side_it_leads():
    # "التحالف الذي تقوده السعودية": Saudi Arabia leads the coalition, one side of one raid
    evs = _events_of("وشنت مقاتلات التحالف الذي تقوده السعودية غارات على مواقع الحوثيين في صعدة.")
    assert [(t, a, r) for t, a, r, _ in evs] == [("ASSAULT", ["التحالف العربي", "السعودية"], ["جماعة أنصار الله"])], evs
