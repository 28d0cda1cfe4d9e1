"""Accusations, rejections, threats and protests (session 9): who speaks and who is aimed at."""

from .test_events import _events_of


def test_an_adjective_on_the_act_named_after_the_subject_is_not_the_subject():
    # "التهديدات الإيرانية": Iran is what the committee discusses; the committee acts
    evs = _events_of("عقدت اللجنة الرباعية العربية اجتماعا بالرياض. "
                     "وناقشت اللجنة التهديدات الإيرانية للأمن القومي العربي.")
    assert not any(a == ["إيران"] for _, a, _, _ in evs), evs
    assert ("CONSULT", ["اللجنة الرباعية العربية"], ["إيران"], 0.7) in evs, evs


def test_one_going_on_speaking_is_the_speaker_of_a_first_person_accusation():
    # "وتابع نتنياهو بالقول إن": he goes on speaking; "نحمّل" (we hold responsible) is his
    evs = _events_of('وتابع نتنياهو بالقول إن "إسرائيل ستجبي ثمنا باهظا من كل من يحاول المساس بها، '
                     'ونحمّل حماس المسؤولية لمنع شن هذه الهجمات".')
    assert any(t == "ACCUSE" and a == ["بنيامين نتنياهو"] and r == ["حركة حماس"] for t, a, r, _ in evs), evs



def test_a_guessed_target_naming_several_states_is_one_guess_not_one_event_each():
    # the states are where freedoms are threatened, guessed as targets: one event, not three
    evs = _events_of('إذ إن التوجه نحو سياسة "الرجال الأقوياء" والشعوبية في أوروبا والتي تؤججها روسيا، '
                     'تهدد بحسب المنظمة الحريات في المنطقة، مشيرة إلى أن الوضع في المجر وسلوفاكيا وبولندا ينذر بالخطر.')
    assert len([e for e in evs if e[0] == "THREATEN"]) <= 1, evs


def test_where_a_first_person_warning_names_a_transfer_from_is_not_its_target():
    # "لن نسمح بتحويل أسلحة من سوريا": Syria is where the weapons come from, Iran is warned
    evs = _events_of('وعن سوريا، قال نتنياهو: "لن نسمح لإيران بالتموضع عسكريا في سوريا كما لن نسمح '
                     'بتحويل أسلحة خطيرة من سوريا إلى لبنان".')
    assert any(t == "THREATEN" and r == ["إيران"] for t, _, r, _ in evs), evs
    assert not any(t == "THREATEN" and r == ["سوريا"] for t, _, r, _ in evs), evs



def test_the_one_whose_ties_cause_concern_is_not_the_one_concerned():
    # "عن قلقهم إزاء صلات قطر": Qatar's ties are the concern; Qatar is not the one concerned
    evs = _events_of("وعلى أثر تلك الرسائل، دعت إدارة الرئيس الأميركي، دونالد ترامب، قطر لوقف دعم المليشيات، "
                     "وعبّر مسؤولون أمنيون في الولايات المتحدة عن قلقهم إزاء صلات قطر بعدد من المليشيات.")
    assert not any(t == "ACCUSE" and a == ["قطر"] for t, a, _, _ in evs), evs


def test_the_latter_who_denies_is_the_last_person_named():
    # "لكن الأخير ينفي": Gulen, the last person named (not the US, where he lives)
    evs = _events_of("وتتهم أنقرة الداعية فتح الله غولن المقيم في الولايات المتحدة بالضلوع في المحاولة "
                     "الانقلابية الفاشلة، لكن الأخير ينفي أي صلة له بالأمر.")
    assert any(t == "REJECT" and a == ["فتح الله غولن"] for t, a, _, _ in evs), evs



def test_a_plural_verb_has_its_subject_in_it_not_after_it():
    # "وانتقدوا الحرب السعودية": they (the senators) criticised; Saudi Arabia is criticised, not the critic
    evs = _events_of("وقالت صحيفة واشنطن بوست إن أعضاء مجلس الشيوخ لديهم شكوك قوية حول صلة السعودية بالتطرف "
                     "وانتقدوا الحرب السعودية في اليمن والأوضاع الداخلية السعودية.")
    assert not any(t == "ACCUSE" and "السعودية" in a for t, a, _, _ in evs), evs


def test_the_own_side_a_threat_says_will_act_is_not_threatened():
    # "بأن الجيش الإسرائيلي سيرد": Israel's army is who will strike back, not whom Netanyahu threatens
    evs = _events_of("هدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو، الثلاثاء، بأن الجيش الإسرائيلي سيرد بقوة كبيرة "
                     "على أي هجمات تنطلق من قطاع غزة ضد إسرائيل.")
    assert not any(t == "THREATEN" and "الجيش الإسرائيلي" in r for t, _, r, _ in evs), evs


def test_one_named_in_the_charge_is_not_the_accused():
    # "اتهمت فسيلوفا بتقديم الدعم ... وتوفير المقاتلين الأكراد": the Kurds are in the charge
    evs = _events_of("واتهمت تركيا فاركاس بدعم العمال الكردستاني بينما اتهمت فسيلوفا بتقديم الدعم اللوجستي "
                     "والطبي وتوفير المقاتلين الأكراد بين أوروبا وسوريا.")
    assert not any(t == "ACCUSE" and "الأكراد" in r for t, _, r, _ in evs), evs


def test_the_nationality_on_the_accused_names_its_state():
    # "وتتهم أوكرانيا الكنيسة الأرثوذكسية الروسية بممارسة نفوذ خبيث": Russia's church is accused
    evs = _events_of('وتتهم أوكرانيا الكنيسة الأرثوذكسية الروسية بممارسة "نفوذ خبيث" على أراضيها.')
    assert ("ACCUSE", ["أوكرانيا"], ["روسيا"], 0.7) in evs, evs
