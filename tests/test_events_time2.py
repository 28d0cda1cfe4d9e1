"""The time of events (session 9): which expression dates an event, and its value."""
from rasd.api import analyze
from rasd.events.timex import find_times

from .test_events_time import _dated


def test_a_name_counts_as_one_word_between_an_event_and_its_time():
    # the time is ten tokens past "استقبل", but three words: the verb, two names, a place
    evs = _dated("واستقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي أبيي أحمد في القاهرة مساء الأحد، "
                 "بعد زيارة قام بها إلى الخرطوم الأسبوع الماضي.", "2018-06-09")
    assert ("CONSULT", ["عبد الفتاح السيسي"], ["آبي أحمد"], "2018-06-03") in evs, evs
    evs = _dated("ويلتقي رئيس الوزراء الإثيوبي أبيي أحمد الرئيس المصري عبد الفتاح السيسي في القاهرة يوم 20 يونيو، "
                 "بعد أن زار الخرطوم الأسبوع الماضي.", "2018-06-09")
    assert ("CONSULT", ["آبي أحمد"], ["عبد الفتاح السيسي"], "2018-06-20") in evs, evs


def test_a_time_before_that_dates_the_saying_not_the_event_said():
    # "يوم الاثنين" is when the White House spoke; the visit is dated in its own clause
    evs = _dated("قال البيت الأبيض، يوم الاثنين، إن الرئيس الأميركي دونالد ترامب سيستقبل ولي العهد السعودي "
                 "الأمير محمد بن سلمان في 20 مارس الجاري في واشنطن.", "2018-03-12")
    assert [d for t, _, _, d in evs if t == "CONSULT"] == ["2018-03-20"], evs
    evs = _dated("وكانت إسرائيل اعترفت، الأربعاء، بأنها تقف وراء الهجوم على المفاعل النووي السوري في السادس "
                 "من سبتمبر عام 2007.", "2018-03-21")
    assert [d for t, _, _, d in evs if t == "ASSAULT"] == ["2007-09-06"], evs


def test_since_a_span_of_time_on_an_ongoing_act_runs_to_publication():
    # "تحشد ... منذ نحو أسبوعين": massing for two weeks, not on one day two weeks ago
    evs = _dated("وتحشد قوات النظام منذ نحو أسبوعين تعزيزاتها العسكرية في محيط مخيم اليرموك لمواجهة تنظيم داعش.",
                 "2018-04-18")
    assert [d for t, _, _, d in evs if t == "MOBILIZE"] == ["2018-04-04/2018-04-18"], evs


def test_an_act_after_since_an_event_in_a_year_runs_from_that_year():
    # "منذ بدء النزاع ... في العام 2011": the strikes run from 2011 to publication ...
    evs = _dated("ومنذ بدء النزاع في سوريا في العام 2011، قصفت إسرائيل مرارا أهدافا عسكرية للجيش السوري.",
                 "2018-04-17")
    assert ("ASSAULT", ["إسرائيل"], ["الجيش السوري"], "2011/2018-04-17") in evs, evs
    # ... while the expression itself is the day of the act inside the phrase (the agreement)
    t = find_times("منذ توصل موسكو وأنقرة في 17 من الشهر الماضي إلى اتفاق", pub="2018-10-03")[0]
    assert (t.text, t.value) == ("17 من الشهر الماضي", "2018-09-17")


def test_a_counted_span_just_past_runs_from_that_many_days_back_to_publication():
    assert [(t.text, t.value) for t in find_times(
        "وأكد التحالف العربي مقتل 341 مسلحا خلال الـ72 ساعة الماضية، وقتل 568 شخصا في الأيام التسعة الماضية",
        pub="2018-07-08")] == [("خلال الـ72 ساعة الماضية", "2018-07-05/2018-07-08"),
                               ("الأيام التسعة الماضية", "2018-06-29/2018-07-08")]
    evs = _dated("وأكد التحالف العربي مقتل 341 مسلحا من ميليشيات الحوثي خلال الـ72 ساعة الماضية على مختلف جبهات "
                 "القتال في اليمن.", "2018-07-08")
    assert {d for t, _, _, d in evs if t == "ASSAULT"} == {"2018-07-05/2018-07-08"}, evs


def test_a_time_past_a_relative_pronoun_dates_the_relative_clause():
    # "الأسبوع الماضي" is when Brunson was put under house arrest, not when the US demanded his release
    evs = _dated("وتطالب الولايات المتحدة تركيا بالإفراج الفوري عن القس أندرو برونسون، الذي وضع قيد الإقامة "
                 "الجبرية الأسبوع الماضي.", "2018-08-03")
    assert [d for t, _, _, d in evs if t == "REQUEST"] == [None], evs
    # a relative clause right on an act noun is the act's own
    evs = _dated("وأدانت فرنسا الضربات التي شنتها إسرائيل فجر السبت على مواقع في سوريا.", "2018-08-03")
    assert ("ASSAULT", ["إسرائيل"], ["سوريا"], "2018-07-28") in evs, evs


def test_an_act_named_after_ghadat_or_two_days_after_is_dated_from_the_storys_day():
    # the story's day is Tuesday the 10th: the threat "غداة" it is the 9th
    evs = _dated("تشهد قواعد الجيش السوري الثلاثاء حالة استنفار شديد. وتأتي حالة الاستنفار غداة تهديد الرئيس "
                 "الأمريكي دونالد ترامب النظام السوري برد قوي.", "2018-04-10")
    assert ("THREATEN", ["دونالد ترامب"], ["الحكومة السورية"], "2018-04-09") in evs, evs
    evs = _dated("وفرضت وزارة الخزانة الأمريكية الخميس عقوبات على قادة في حزب الله. ويأتي ذلك بعد يومين فقط من "
                 "اتهام الولايات المتحدة إيران بدعم الحوثيين.", "2018-04-10")
    assert ("ACCUSE", ["الولايات المتحدة"], ["إيران"], "2018-04-03") in evs, evs


def test_a_boycott_of_a_city_skipped_leaves_the_next_event_of_the_sentence_readable():
    # "مقاطعة الدوحة" names a boycott of Qatar, not the province of Doha: the event is skipped,
    # and the sentence's later triggers still find their time (a merge once reused the name)
    text = "وفي مطلع يونيو، بعد قرار مقاطعة الدوحة، هاجمت قناة الجزيرة السعودية والإمارات."
    doc = analyze(text, date="2018-06-23")
    assert doc.text == text and isinstance(doc.events, list)
