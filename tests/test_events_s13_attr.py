from rasd.api import analyze, load, to_dict

from .test_events import PIPE


def _attributions(text, date="2018-06-01"):
    rec = to_dict(analyze(text, date=date, pipeline=load(PIPE)))
    return [(x["type"], (x["attribution"] or {}).get("text")) for x in rec["events"]]


def test_a_speech_verb_going_on_with_bi_anna_keeps_the_speaker():
    # "وأفادت بأن": the treasury named in the sentence before goes on speaking
    evs = _attributions("وقالت وزارة الخزانة الأميركية إن النعيمي قدم 600 ألف دولار إلى تنظيم القاعدة.\n"
                        "وأفادت بأن النعيمي أرسل 250 ألف دولار إلى حركة الشباب الصومالية في منتصف 2012.")
    assert ("AID", "وزارة الخزانة الأميركية") in evs[1:], evs



def test_a_spokesman_named_between_commas_is_part_of_the_source():
    evs = _attributions("وقال المتحدث باسم التحالف، العقيد تركي المالكي، إن الميليشيات الحوثية أطلقت صاروخا "
                        "باليستيا باتجاه أراضي السعودية.")
    assert evs and all(a == "المتحدث باسم التحالف، العقيد تركي المالكي" for _, a in evs), evs


def test_an_announcement_in_a_clause_of_time_is_no_source_of_the_story():
    # "عندما أعلن البيت الأبيض فرض عقوبات": when it happened, not who tells it
    evs = _attributions("وهوت العملة التركية إلى مستوى قياسي منخفض، الأربعاء، عندما أعلن البيت الأبيض فرض عقوبات "
                        "على وزير العدل التركي عبد الحميد غول.", date="2018-08-03")
    assert any(t == "SANCTION" for t, _ in evs) and all(a is None for _, a in evs), evs
    # but the claim said after "أن" is the speaker's: "بعد أن أعلن التحالف أن الحوثيين هاجموا ناقلة"
    evs = _attributions("واستؤنفت الغارات بعد أن أعلن التحالف العربي أن الحوثيين هاجموا ناقلة نفط سعودية في البحر الأحمر.")
    assert ("ASSAULT", "التحالف العربي") in evs, evs


def test_an_unnamed_source_of_a_later_sentence_is_not_the_first_tellings():
    # the lead tells the killing as the article's own; "وذكر مصدر محلي" speaks of a later mention
    evs = _attributions("قتلت عبوة ناسفة زرعتها ميليشيا الحوثي الانقلابية، الثلاثاء، ثلاثة مدنيين بالقرب من ميناء "
                        "الحيمة بمحافظة الحديدة.\nوذكر مصدر محلي، إن العبوة التي زرعتها ميليشيا الحوثي انفجرت في "
                        "المدنيين الثلاثة مما أدى إلى مقتلهم على الفور.")
    assert evs == [("ASSAULT", None)], evs
