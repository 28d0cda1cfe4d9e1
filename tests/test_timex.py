import pytest

from rasd.events.timex import find_times

PUB = "2019-12-05"  # a Thursday


def values(text, pub=PUB):
    return [(t.text, t.value) for t in find_times(text, pub=pub)]


@pytest.mark.parametrize("text, surface, value", [
    ("وصل إلى القاهرة مساء الثلاثاء لعقد لقاءات", "مساء الثلاثاء", "2019-12-03"),
    ("وفي الأسبوع الماضي أعلن مكتب أردوغان", "الأسبوع الماضي", "2019-11-25/2019-12-01"),
    ("في الفترة ما بين أغسطس/آب وسبتمبر/أيلول الماضيين", "أغسطس/آب وسبتمبر/أيلول الماضيين", "2019-08/2019-09"),
    ("اتفاق سابق بين الطرفين منذ عام 2014", "منذ عام 2014", "2014/2019-12-05"),
    ("إلى السعودية قبل أيام حيث التقى", "قبل أيام", "2019-11-28/2019-12-04"),
    ("يزور الوزير أنقرة الخميس المقبل", "الخميس المقبل", "2019-12-12"),
    ("أعلنت الوزارة منذ ثلاثة أيام", "منذ ثلاثة أيام", "2019-12-02"),
    ("كما حدث العام الماضي", "العام الماضي", "2018"),
    ("التقى الوفد أمس", "أمس", "2019-12-04"),
    ("في 15 تشرين الثاني 2019", "15 تشرين الثاني 2019", "2019-11-15"),
    ("اجتمعوا في شباط الماضي", "شباط الماضي", "2019-02"),
    ("الأحد", "الأحد", "2019-12-01"),
])
def test_expression_resolves_against_publication_date(text, surface, value):
    assert (surface, value) in values(text)


def test_spans_index_the_original_text_despite_tatweel_and_diacritics():
    text = "وصل الوفد مســاءَ الثلاثاء إلى القاهرة"
    (t,) = find_times(text, pub=PUB)
    assert text[t.start:t.end] == t.text == "مســاءَ الثلاثاء"
    assert t.value == "2019-12-03"


def test_month_names_that_are_ordinary_words_are_not_times():
    assert values("مارس الرجل الضغط على الحكومة") == []


def test_without_publication_date_the_span_stays_and_value_is_null():
    assert values("مساء الثلاثاء", pub=None) == [("مساء الثلاثاء", None)]


def test_explicit_year_needs_no_publication_date():
    assert values("منذ عام 2014", pub=None) == [("منذ عام 2014", "2014/..")]


def test_the_f_of_fajr_is_part_of_the_word_not_a_clitic():
    text = "احتجزت السلطات المهدي فجر الأحد لدى وصوله"
    (t,) = find_times(text, 0, len(text), "2018-07-01")
    assert text[t.start:t.end] == "فجر الأحد" and t.value == "2018-07-01"


def test_tomorrow_with_a_weekday_is_the_next_one_and_the_weekday_wins_over_the_feed_date():
    # published on a Thursday: "غدا الجمعة" is the day after, not last Friday
    assert values("ومن المتوقع إعلان العقوبات غدا الجمعة") == [("غدا الجمعة", "2019-12-06")]
    # "أمس الثلاثاء" on a Thursday: the feed's date is a day late; the Tuesday is meant
    assert values("وقال الوزير أمس الثلاثاء") == [("أمس الثلاثاء", "2019-12-03")]


def test_a_span_ago_after_the_conjunction_wa_is_read_without_it():
    got = [(t.text, t.value) for t in find_times("وقبل أيام قصفت الطائرات المدينة، ومنذ ثلاثة أيام تحشد القوات", pub="2018-04-18")]
    assert got == [("قبل أيام", "2018-04-11/2018-04-17"), ("منذ ثلاثة أيام", "2018-04-15")]
