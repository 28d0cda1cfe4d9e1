"""Attribution, session 9: who the article says makes the claim of each event."""
from .test_events_attribution import _attributed


def test_a_spokesman_is_named_with_the_body_he_speaks_for():
    # "باسم" is written as one word: the source is the spokesman of the Iranian foreign ministry
    evs = _attributed("شدد المتحدث باسم الخارجية الإيرانية على أن الحكومة السورية تعاونت مع الأمم المتحدة "
                      "والمجتمع الدولي.", date="2018-04-08")
    coop = [e for e in evs if e[0] == "COOPERATE"]
    assert coop and coop[0][3] == "المتحدث باسم الخارجية الإيرانية", evs


def test_a_report_verb_with_a_masculine_object_pronoun_names_the_source_after_it():
    # "حسب ما أعلنه X": as X announced it
    evs = _attributed("وصلت المستشارة الألمانية، أنجيلا ميركل، إلى إسرائيل، الأربعاء، حسب ما أعلنه "
                      "مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو.", date="2018-10-04")
    visit = [e for e in evs if e[0] == "CONSULT"]
    assert visit and visit[0][3] and visit[0][3].startswith("مكتب"), evs


def test_a_speaker_named_before_the_verb_of_saying_is_the_source():
    # SVO: "X، كان قد كشف، الخميس، أن ..."
    evs = _attributed("يشار إلى أن الرئيس الأمريكي، دونالد ترامب، كان قد كشف، الخميس، أن محققين أمريكيين "
                      "يعملون مع تركيا لمعرفة ما حدث لخاشقجي.", date="2018-10-11")
    coop = [e for e in evs if e[0] == "COOPERATE"]
    assert coop and coop[0][3] and coop[0][3].endswith("دونالد ترامب"), evs


def test_a_speaker_followed_by_an_aside_between_commas_is_the_source():
    evs = _attributed("وقال عميكم نوركين، خلال مؤتمر يستضيف قادة أسلحة جو من العالم، إن المضادات الأرضية "
                      "السورية أطلقت أكثر من 100 صاروخ على المقاتلات الإسرائيلية.", date="2018-05-22")
    fire = [e for e in evs if e[0] == "ASSAULT"]
    assert fire and fire[0][3] == "عميكم نوركين", evs
    evs = _attributed("إلى ذلك، أوضح قائد سلاح الجو، الثلاثاء، أن إيران أطلقت طائرة بدون طيار محملة "
                      "بالمتفجرات أسقطتها إسرائيل في أجوائها.", date="2018-05-22")
    assert any(e[0] == "ASSAULT" and e[3] == "قائد سلاح الجو" for e in evs), evs


def test_a_statement_and_activists_are_sources_after_according_to():
    # "بيان" is one word, not ب + يان
    evs = _attributed("فرضت وزارة الخزانة الأميركية عقوبات جديدة مرتبطة بإيران تستهدف كيانات على علاقة بشركات "
                      "طيران إيرانية، بحسب بيان رسمي، الخميس.", date="2018-05-24")
    assert any(e[0] == "SANCTION" and e[3] == "بيان رسمي" for e in evs), evs
    evs = _attributed("ارتفعت حصيلة القتلى المدنيين في غوطة دمشق الشرقية، يوم الأحد، إلى 52 شخصا، جراء قصف "
                      "النظام السوري لآخر معاقل المعارضة المحاذية للعاصمة، حسب ناشطين.", date="2018-03-11")
    assert any(e[0] == "ASSAULT" and e[3] == "ناشطين" for e in evs), evs


def test_whom_a_speaker_talks_to_is_not_the_source():
    # "قال للصحفيين": the journalists hear the claim, they do not make it
    evs = _attributed("وكان الرئيس الأمريكي دونالد ترامب قال للصحفيين، بعد لقاء مع بومبيو الخميس، إن الولايات "
                      "المتحدة ستفرض عقوبات على تركيا.", date="2018-10-19")
    assert evs and not any(e[3] and "صحفيين" in e[3] for e in evs), evs


def test_a_headline_s_speaker_before_a_colon_is_the_source():
    evs = _attributed('محمد بن سلمان: تزويد إيران الحوثيين بالصواريخ "عدوان قد يرقى إلى أعمال الحرب"', date="2018-03-16")
    aid = [e for e in evs if e[0] == "AID"]
    assert aid and aid[0][3] == "محمد بن سلمان", evs
