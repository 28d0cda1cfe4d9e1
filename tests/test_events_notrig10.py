"""Session 10 (wave 2): gold triggers rasd had no raw trigger for."""

from .test_events import _events_of


def test_deeming_someone_the_one_who_bears_the_blame_accuses_them():
    # "اعتبر X أن ... يتحمل المسؤولية ... هو Y": deeming Y responsible is an accusation
    evs = _events_of("وفي تعقيب على الأحداث الأخيرة في غزة، اعتبر نتانياهو أن الطرف الذي يتحمل المسؤولية عن التصعيد هو حركة حماس.")
    assert any(t == "ACCUSE" and "حركة حماس" in r for t, a, r, _ in evs), evs


def test_finishing_off_a_group_is_an_attack_on_it_but_not_ending_its_influence():
    # "القضاء على داعش": eliminating fighters; "القضاء على نفوذ جماعة": no attack; bare القضاء: the judiciary
    evs = _events_of("وقال المتحدث إن الجيش الأمريكي يواصل المهمة العسكرية للقضاء على داعش في سوريا.")
    assert any(t == "ASSAULT" and a == ["الجيش الأمريكي"] and r == ["تنظيم الدولة الإسلامية"] for t, a, r, _ in evs), evs
    evs = _events_of("وتسعى الحكومة التركية إلى القضاء على نفوذ جماعة غولن في الجيش.")
    assert not any(t == "ASSAULT" for t, a, r, _ in evs), evs


def test_tariffs_imposed_on_a_country_are_a_sanction():
    # "فرض رسوما/تعرفات": a sanction, as "فرض عقوبات"
    evs = _events_of("وفرضت الولايات المتحدة رسوما بنسبة 20 في المئة على واردات الصلب من تركيا.")
    assert any(t == "SANCTION" and a == ["الولايات المتحدة"] and r == ["تركيا"] for t, a, r, _ in evs), evs


def test_no_noun_reading_in_triggers_more_is_hidden_by_a_verb_in_triggers_yaml():
    # the loader skips a triggers_more.yaml word that triggers.yaml knows; a noun reading listed
    # there for a word triggers.yaml has only as a verb ("دعم" the verb vs "الدعم") would be lost silently
    from rasd.events.lexicon import _key, _read_yaml, lexicon

    lex = lexicon()
    hidden = [(etype, w["w"]) for etype, words in _read_yaml("triggers_more.yaml")["types"].items()
              for w in words if w.get("noun") and lex.entries.get(_key(w["w"]))
              and not any(t.pos == "noun" for t in lex.entries[_key(w["w"])])]
    assert not hidden, hidden


def test_violations_against_people_coerce_them_but_not_a_violated_law():
    # "انتهاك بحق X": abuse of X by the doer; "انتهاك للقانون الدولي" names no victim
    evs = _events_of("وقام الانقلابيون الحوثيون بـ300 انتهاك بحق الصحفيين اليمنيين العام الماضي.")
    assert any(t == "COERCE" and r == ["الصحفيين اليمنيين"] for t, a, r, _ in evs), evs
    evs = _events_of("وقالت الحكومة السورية إن الضربة انتهاك فاضح للقانون الدولي.")
    assert not any(t == "COERCE" for t, a, r, _ in evs), evs
