"""The time of events: the expression chosen for an event and its value, resolved against
the publication date."""
from rasd.api import analyze, load, to_dict
from rasd.events.timex import find_times

from .test_events import PIPE, _stage, named_events


def _dated(text, date):
    """The events of ``text`` as (type, source names, target names, date)."""
    doc = analyze(text, date=date, pipeline=load(PIPE[:-1]))
    return named_events(to_dict(_stage(False)(doc)), "date")


def _values(text, pub):
    return [(t.text, t.value) for t in find_times(text, pub=pub)]


def test_since_a_date_runs_from_that_date_to_the_publication_date():
    assert _values("قتلوا في الغوطة الشرقية منذ 18 فبراير/ شباط الماضي", "2018-03-13") == [
        ("منذ 18 فبراير/ شباط الماضي", "2018-02-18/2018-03-13")]
    assert _values("تواصل استنفارها منذ مساء الاثنين تحسبا لضربات محتملة", "2018-04-10") == [
        ("منذ مساء الاثنين", "2018-04-09/2018-04-10")]
    # "منذ صباح الجمعة" on that Friday is that day
    assert _values("تدور المعارك منذ صباح الجمعة", "2018-05-11") == [("منذ صباح الجمعة", "2018-05-11")]


def test_strikes_since_a_year_are_dated_from_that_year_to_publication():
    evs = _dated("ودولة الإمارات شريك أساسي في التحالف العسكري بقيادة السعودية الذي ينفذ منذ 2015 ضربات "
                 "في اليمن ضد الحوثيين.", "2018-05-13")
    assert any(t == "ASSAULT" and d == "2015/2018-05-13" for t, _, _, d in evs), evs


def test_ordinal_days_of_a_month_are_days():
    assert _values("وكانت دمشق قد اتهمت إسرائيل في التاسع من نيسان/أبريل بشن غارة", "2018-04-17") == [
        ("التاسع من نيسان/أبريل", "2018-04-09")]
    assert _values("الهجوم على المفاعل في السادس من سبتمبر عام 2007", "2018-03-21") == [
        ("السادس من سبتمبر عام 2007", "2007-09-06")]
    assert _values("منذ توصل موسكو وأنقرة في 17 من الشهر الماضي إلى اتفاق", "2018-10-03") == [
        ("17 من الشهر الماضي", "2018-09-17")]


def test_the_coming_month_without_a_year_is_this_years():
    # published in May: June is the coming one, not last year's; July still the past year's
    assert _values("إذا تم توقيع الاتفاق يوم 4 يونيو/ حزيران عندما يلتقي نظيره الأمريكي", "2018-05-30") == [
        ("4 يونيو/ حزيران", "2018-06-04")]
    assert _values("وقعت الهجمات في يوليو/تموز", "2018-05-30") == [("يوليو/تموز", "2017-07")]
    # in December, January is next year's
    assert _values("تبدأ المحادثات في يناير", "2018-12-10") == [("يناير", "2019-01")]


def test_syriac_month_names_without_the_article_and_years_with_li_aam():
    assert _values("بعد أن قامت بسحبه في نوفمبر/تشرين ثاني من عام 2017، بسبب انتقادات", "2018-10-09") == [
        ("نوفمبر/تشرين ثاني من عام 2017", "2017-11")]
    assert _values("دولتهم المستقلة على حدود الرابع من يونيو لعام 1967", "2018-05-16") == [
        ("الرابع من يونيو لعام 1967", "1967-06-04")]


def test_the_past_hours_and_days_are_the_days_just_before_publication():
    assert _values("نفذت طائرات التحالف أكثر من 12 غارة خلال الساعات الماضية، دمرت خلالها مواقع",
                   "2018-04-18") == [("خلال الساعات الماضية", "2018-04-17/2018-04-18")]
    assert _values("مقاتلات التحالف العربي كثفت خلال الأيام الماضية غاراتها", "2018-02-22") == [
        ("خلال الأيام الماضية", "2018-02-15/2018-02-22")]
    assert _values("مقتل 10 قيادات خلال اليومين الماضيين في جبهة الملاجم", "2018-06-16") == [
        ("خلال اليومين الماضيين", "2018-06-14/2018-06-15")]
    # "الأسبوع الماضي" stays the calendar week before
    assert _values("خلال الأسبوع الماضي", "2019-12-05") == [("الأسبوع الماضي", "2019-11-25/2019-12-01")]


def test_the_night_between_two_weekdays_is_both_days():
    assert _values("وصل رتل عسكري تركي آخر، ليل الثلاثاء الأربعاء، إلى مناطق سيطرة الفصائل", "2018-10-03") == [
        ("ليل الثلاثاء الأربعاء", "2018-10-02/2018-10-03")]


def test_since_one_date_until_another_is_one_range():
    assert _values("وبدأت نشاطا عسكريا مسلحا منذ عام 2004 بالدخول في 6 حروب ضد الجيش اليمني حتى عام 2010.",
                   "2018-09-11") == [("منذ عام 2004 بالدخول في 6 حروب ضد الجيش اليمني حتى عام 2010", "2004/2010")]
    assert _values("من 14 يونيو حتى 15 يوليو", "2018-05-30") == [("14 يونيو حتى 15 يوليو", "2018-06-14/2018-07-15")]


def test_a_time_past_another_event_dates_that_event_not_the_first():
    # "في أكتوبر 2016" dates the arrest, not the demand to release
    evs = _dated("وطالبت الولايات المتحدة تركيا بالإفراج عن القس أندرو برونسون الذي اعتقلته السلطات التركية "
                 "في أكتوبر 2016.", "2018-08-03")
    assert ("REQUEST", ["الولايات المتحدة"], ["تركيا"], None) in evs, evs
    assert any(t == "COERCE" and d == "2016-10" for t, _, _, d in evs), evs


def test_about_a_week_ago_is_a_week_before_publication():
    assert _values("وكان التحالف أعلن قبل نحو أسبوع وصول قوات سعودية إلى الجزيرة", "2018-05-13") == [
        ("قبل نحو أسبوع", "2018-05-06")]


def test_for_the_second_day_running_covers_the_days_up_to_publication():
    assert _values("وتواصل المقاومة اليمنية المشتركة لليوم الثاني تضييق الخناق على مركز المديرية", "2018-08-13") == [
        ("لليوم الثاني", "2018-08-12/2018-08-13")]
    assert _values("وتظاهر الآلاف لليوم الثالث على التوالي", "2018-08-13") == [
        ("لليوم الثالث على التوالي", "2018-08-11/2018-08-13")]


def test_a_time_past_a_noun_of_the_same_act_still_dates_it():
    # "عبر تنسيق مع مصر" is how the training came about: the period dates the training too
    evs = _dated("وأسفرت اللقاءات عن تعاون أمني بين مليشيات حفتر وإسرائيل، عبر تدريب عناصر من المليشيات التابعة "
                 "لحفتر. وأوضحت المصادر أن التدريب تم في ليبيا على يد ضباط إسرائيليين وصلوا إلى الأراضي الليبية "
                 "عبر تنسيق مع مصر في الفترة ما بين أغسطس/آب وسبتمبر/أيلول الماضيين.", "2019-12-05")
    assert any(t == "AID" and d == "2019-08/2019-09" for t, _, _, d in evs), evs


def test_a_count_from_another_event_is_not_counted_from_publication():
    # "بعد شهر واحد من اجتياحهم": a month after the capture of Sanaa, not a month after publication
    assert _values("وسيطر الحوثيون على محافظة الحديدة في أكتوبر 2014، بعد شهر واحد من اجتياحهم للعاصمة",
                   "2018-05-08") == [("أكتوبر 2014", "2014-10")]
    assert _values("ويأتي ذلك بعد يومين فقط من فرض الولايات المتحدة عقوبات", "2018-05-24") == []
    assert _values("وكان الوفد وصل قبل يومين", "2018-05-24") == [("قبل يومين", "2018-05-22")]


def test_a_bare_weekday_dating_a_planned_visit_is_the_coming_day():
    # a Tuesday's paper: the Wednesday of "سينهي زيارته ... الأربعاء" is tomorrow, not last week's
    text = "قال المتحدث باسم الخارجية الأمريكية إن وزير الخارجية مايك بومبيو سيلتقي العاهل السعودي الملك سلمان في الرياض الأربعاء."
    dates = [(e[0], e[-1]) for e in _dated(text, "2018-10-16")]
    assert ("CONSULT", "2018-10-17") in dates
    # an act done is dated by the last Wednesday
    done = "وقال المتحدث إن وزير الخارجية مايك بومبيو التقى العاهل السعودي الملك سلمان في الرياض الأربعاء."
    assert ("CONSULT", "2018-10-10") in [(e[0], e[-1]) for e in _dated(done, "2018-10-16")]
