"""Session 10, cooperative events (CONSULT, AGREE, SUPPORT, COOPERATE, AID, REQUEST)."""

from rasd.api import analyze, to_dict

from .test_events import _events_of


def test_pronoun_subject_with_its_conjunction_is_no_name_after_the_verb():
    # "فإنها تدعو المجتمع الدولي": she (Egypt) calls on the international community, which is asked, not asking
    evs = _events_of("وقالت الخارجية المصرية إنه في ظل هذه الظروف فإنها تدعو المجتمع الدولي "
                     "والدول الكبرى لتحمل مسؤولياتها في الدفع بالحل السلمي للأزمة السورية.")
    req = [e for e in evs if e[0] == "REQUEST"]
    assert req and all("المجتمع الدولي" not in a for _, a, _, _ in req), evs
    assert any("المجتمع الدولي" in r for _, _, r, _ in req), evs


def test_relative_clause_on_the_speaker_describes_it_and_is_not_its_claim():
    # "قالت قوات سوريا الديمقراطية التي تدعمها الولايات المتحدة، إنها ...": the US backs the SDF,
    # told by the article, not by the SDF
    text = "قالت قوات سوريا الديمقراطية التي تدعمها الولايات المتحدة، الجمعة، إنها لم تبلغ بأي خطة."
    evs = _events_of(text)
    assert ("SUPPORT", ["الولايات المتحدة"], ["قوات سوريا الديمقراطية"], 0.7) in evs, evs
    (sup,) = [x for x in to_dict(analyze(text, date="2018-03-30"))["events"] if x["type"] == "SUPPORT"]
    assert sup["attribution"] is None, sup


def test_meeting_of_an_intergovernmental_body_is_its_session_not_a_meeting_with_it():
    # "في اجتماع الجمعية العامة للأمم المتحدة": Trump speaks at the assembly's session, he does not meet it
    evs = _events_of("وقال الرئيس الأمريكي دونالد ترامب، في اجتماع الجمعية العامة للأمم المتحدة، "
                     "إن بلاده لن تقبل بذلك.")
    assert not [e for e in evs if e[0] == "CONSULT"], evs
    # (with a party after مع it is a meeting: "اجتماع مجلس الأمن مع وفد سوري")
    evs = _events_of("وعقد اجتماع الاتحاد الأوروبي مع تركيا في بروكسل.")
    assert [e for e in evs if e[0] == "CONSULT"], evs


def test_informing_or_briefing_another_party_is_a_consultation():
    # "أطلع بومبيو الرئيس ترامب على ..."، "وأبلغ الأحمر الرئيس اليمني هادي": the one informed is the target
    evs = _events_of("وأطلع بوتين أردوغان على نتائج محادثاته في طهران.")
    assert any(t == "CONSULT" and a == ["فلاديمير بوتين"] and r == ["رجب طيب أردوغان"] for t, a, r, _ in evs), evs
    evs = _events_of("وأبلغت الدول الغربية روسيا بأمر الضربات قبل تنفيذها.")
    assert any(t == "CONSULT" and r == ["روسيا"] for t, a, r, _ in evs), evs


def test_dual_and_plural_imperfects_of_cooperation_and_backing_are_triggers():
    evs = _events_of("أنقرة والرياض تتعاونان للكشف عن مصير الصحفي السعودي.")
    assert any(t == "COOPERATE" and {"تركيا", "الرياض"} <= set(a + r) for t, a, r, _ in evs), evs


def test_press_conference_that_brought_two_leaders_together_is_a_meeting():
    # "خلال مؤتمر صحفي جمعه بالرئيس الفرنسي": the one after جمعه ب is met
    evs = _events_of("وقال الرئيس الأمريكي دونالد ترامب خلال مؤتمر صحفي جمعه بالرئيس الفرنسي إيمانويل ماكرون "
                     "إن إيران لن تمتلك سلاحا نوويا.")
    assert any(t == "CONSULT" and "إيمانويل ماكرون" in r for t, a, r, _ in evs), evs


def test_approval_noun_has_its_genitive_for_the_one_who_approves():
    # "بعد موافقة السلطات السعودية": the Saudi authorities approve, they are not approved of
    evs = _events_of("وأجرت الشرطة التركية تفتيشا للقنصلية بعد موافقة السلطات السعودية.")
    assert any(t in ("AGREE", "CONCEDE") and a and "الحكومة السعودية" in a for t, a, r, _ in evs), evs
    assert not any(t in ("AGREE", "CONCEDE") and "الحكومة السعودية" in r for t, a, r, _ in evs), evs


def test_an_expected_approval_is_hypothetical():
    # "وتوقع موافقة الولايات المتحدة على ذلك خلال شهور": expected, not yet given
    rec = to_dict(analyze("وقال الوزير الإسرائيلي إن إسرائيل تريد الاعتراف بسيادتها على الجولان، "
                          "وتوقع موافقة الولايات المتحدة على ذلك خلال شهور.", date="2018-05-23"))
    ok = [x for x in rec["events"] if x["type"] in ("AGREE", "SUPPORT")
          and rec["text"][x["evidence"][0]["start"]:x["evidence"][0]["end"]].find("موافقة") >= 0]
    assert ok and all(x["modality"] == "hypothetical" for x in ok), rec["events"]
