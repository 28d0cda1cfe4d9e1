from rasd.api import analyze


def sents(text):
    doc = analyze(text)
    return [text[s.start:s.end] for s in doc.sentences]


def test_sentences_end_at_full_stop_and_question_mark():
    assert sents("وصل الوفد إلى القاهرة. هل تنجح المحادثات؟ لا أحد يعرف") == [
        "وصل الوفد إلى القاهرة.", "هل تنجح المحادثات؟", "لا أحد يعرف"]


def test_decimal_point_and_one_letter_abbreviation_do_not_end_a_sentence():
    assert sents("قال د. أحمد إن النمو بلغ 3.5 بالمئة.") == ["قال د. أحمد إن النمو بلغ 3.5 بالمئة."]


def test_closing_quote_stays_with_its_sentence():
    assert sents('قالت المصادر "هذا اللقاء ليس الأول". وأضافت') == ['قالت المصادر "هذا اللقاء ليس الأول".', "وأضافت"]


def test_seed_has_fourteen_sentences_none_in_removed_parts(seed_text):
    doc = analyze(seed_text)
    assert len(doc.sentences) == 14
    for s in doc.sentences:
        assert not any(r.start <= s.start < r.end for r in doc.removed if r.label != "hashtag_mark")
