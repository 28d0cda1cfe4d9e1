import pytest

from rasd.text.tokenize import proclitic_length, tokenize


def surfaces(text):
    return [text[t.start:t.end] for t in tokenize(text)]


def test_conjunction_splits_from_known_stem():
    assert surfaces("وإسرائيل") == ["و", "إسرائيل"]


def test_preposition_splits_from_a_known_name():
    assert surfaces("لحفتر") == ["ل", "حفتر"]


def test_preposition_with_tatweel_and_quote_gives_three_tokens():
    assert surfaces('لـ"العربي') == ["لـ", '"', "العربي"]


def test_conjunction_and_preposition_before_article_both_split():
    toks = tokenize("وبالقاهرة")
    assert [t.kind for t in toks] == ["clitic", "clitic", "word"]
    assert toks[-1].article


@pytest.mark.parametrize("name", ["لبنان", "بغداد", "فلسطين", "كردستان", "ليبيا", "وليد", "كمال", "فرنسا"])
def test_names_beginning_with_proclitic_letters_stay_whole(name):
    assert surfaces(name) == [name]


def test_lam_before_article_with_elided_alef_splits():
    assert surfaces("للسيطرة") == ["ل", "لسيطرة"]


def test_function_words_are_not_split():
    assert surfaces("كان لكن بين") == ["كان", "لكن", "بين"]


def test_numbers_keep_separators_and_punctuation_is_separate():
    assert surfaces("منذ عام 2014، بنسبة 3.5%.") == ["منذ", "عام", "2014", "،", "ب", "نسبة", "3.5%", "."]


def test_every_token_is_a_slice_of_the_original_text(seed_text):
    toks = tokenize(seed_text)
    assert len(toks) > 900
    assert all(0 <= t.start < t.end <= len(seed_text) for t in toks)
    assert all(not seed_text[t.start:t.end].isspace() for t in toks)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))


def test_proclitic_length_counts_original_characters():
    assert proclitic_length("لحفتر") == 1
    assert proclitic_length("والقاهرة") == 1
    assert proclitic_length("ليبيا") == 0


def test_hashtag_underscores_separate_words_and_belong_to_no_token():
    text = "وقال #الجيش_اليمني إن #ميليشيات_الحوثي تراجعت"
    surfaces = [text[t.start:t.end] for t in tokenize(text)]
    assert "الجيش" in surfaces and "اليمني" in surfaces and "ميليشيات" in surfaces
    assert "_" not in surfaces


def test_pyongyang_keeps_its_initial_ba():
    text = "رفضت بيونغ يانغ الموافقة"
    assert [text[t.start:t.end] for t in tokenize(text)] == ["رفضت", "بيونغ", "يانغ", "الموافقة"]


def test_a_conjunction_before_a_whole_word_is_split_alone():
    text = "وكبدت قوات الجيش"
    assert [text[t.start:t.end] for t in tokenize(text)][:2] == ["و", "كبدت"]
