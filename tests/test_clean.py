from rasd.api import analyze, to_dict, validate
from rasd.document import Document
from rasd.text.clean import clean


def removed(text):
    doc = clean(Document(text))
    return [(text[r.start:r.end], r.label) for r in doc.removed], doc


def test_seed_keeps_eight_paragraphs_and_removes_widget_and_five_repeats(seed_text):
    doc = analyze(seed_text, date="2019-12-05")
    assert len(doc.paragraphs) == 8
    reasons = [r.label for r in doc.removed]
    assert reasons.count("related_links") == 1
    assert reasons.count("duplicate_paragraph") == 5
    widget = next(r for r in doc.removed if r.label == "related_links")
    assert seed_text[widget.start:widget.end] == "اقــرأ أيضاً"
    # the first copy of a repeated paragraph is kept, the second removed
    first = seed_text.index("وحول اللقاء الذي جمع حفتر")
    assert any(p.start == first for p in doc.paragraphs)


def test_widget_phrases_in_any_spelling_are_removed():
    text = "قال الوزير إن المحادثات مستمرة.\nاقرأ أيضا: تركيا تعلن عن اتفاق جديد\nشاهد أيضاً\nاقـرأ المزيد\nوأضاف أن الوفد سيعود."
    got, doc = removed(text)
    assert [r for _, r in got] == ["related_links"] * 3
    assert len(doc.paragraphs) == 2


def test_long_paragraph_starting_with_shahid_is_content_not_widget():
    text = "شاهد عيان قال للصحفيين إن القوات دخلت المدينة صباح اليوم بعد اشتباكات عنيفة استمرت ساعات."
    got, _ = removed(text)
    assert got == []


def test_near_duplicate_paragraph_with_small_edit_is_removed():
    a = "وأعلنت وزارة الخارجية المصرية أن الوزير سامح شكري سيزور العاصمة الليبية طرابلس الأسبوع المقبل لبحث الأزمة."
    b = "وأعلنت وزارة الخارجية المصرية أن الوزير سامح شكري سيزور العاصمة الليبية طرابلس الأسبوع القادم لبحث الأزمة."
    got, _ = removed(a + "\n" + b)
    assert [r for _, r in got] == ["near_duplicate_paragraph"]
    assert got[0][0] == b


def test_hashtag_marks_are_removed_but_words_kept():
    text = "هذا الباب سمي #باب_العامود لأن العامود الأسود في داخله."
    got, doc = removed(text)
    assert got == [("#", "hashtag_mark"), ("_", "hashtag_mark")]
    assert len(doc.paragraphs) == 1


def test_an_agency_dateline_is_removed_and_its_places_are_no_actors():
    text = "دبي، الإمارات العربية المتحدة (CNN)-- هدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو حركة حماس.\nوقال نتنياهو إن إسرائيل سترد."
    rec = to_dict(analyze(text, date="2018-05-29"))
    assert [(r["reason"], text[r["start"]:r["end"]].strip()) for r in rec["removed"]] == [
        ("dateline", "دبي، الإمارات العربية المتحدة (CNN)--")]
    assert text[rec["paragraphs"][0]["start"]:].startswith("هدد")
    assert "الإمارات العربية المتحدة" not in {e["name"] for e in rec["entities"]}
    validate(rec)  # "dateline" is a reason the output schema knows
    # a parenthesis later in a paragraph is no dateline
    rec = to_dict(analyze("قال المتحدث باسم الأمم المتحدة (الأمم المتحدة) -- إن الوضع خطير.", date="2018-05-29"))
    assert not rec["removed"]
