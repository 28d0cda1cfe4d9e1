from rasd.text.normalize import normalize, normalize_key


def test_folds_alef_forms_ta_marbuta_and_alef_maqsura():
    assert normalize_key("إسرائيل أنقرة آسيا مصطفى") == "اسرائيل انقره اسيا مصطفي"


def test_drops_tatweel_and_diacritics_but_maps_back_to_original_offsets():
    text = "قال: اقــرأ أيضاً دوليًّا"
    n = normalize(text)
    assert "اقرا ايضا" in n.text
    i = n.text.index("اقرا ايضا")
    s, e = n.span(i, i + len("اقرا ايضا"))
    assert text[s:e] == "اقــرأ أيضاً"  # the tanween after the last letter stays in the span


def test_presentation_form_ligature_expands_and_both_letters_map_to_it():
    text = "ﻻ يوجد"  # U+FEFB lam-alef ligature
    n = normalize(text)
    assert n.text.startswith("لا ")
    assert n.span(0, 2) == (0, 1)


def test_bidi_and_zero_width_marks_are_invisible_to_matching():
    text = "\u200fحفتر\u200b والسراج"
    n = normalize(text)
    assert n.text == "حفتر والسراج"
    s, e = n.span(0, 4)
    assert text[s:e] == "حفتر"


def test_arabic_indic_digits_fold_to_ascii():
    assert normalize_key("عام ٢٠١٤") == "عام 2014"


def test_identity_map_when_nothing_changes_length():
    n = normalize("مصر وليبيا")
    assert n.starts is None and n.span(0, 3) == (0, 3)
