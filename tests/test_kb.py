"""Actor knowledge base: shipped data, lookups, roles, user files and their errors.

Fast: the base loads in well under a second and is cached across tests.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.kb import KBError, DATA_DIR, NATIONALITY_FILE, TITLES_FILE, data_files, load_kb, norm_key
from rasd.api import analyze, to_dict
from rasd.kb import nationality as nat
from rasd.kb.validate import load_and_check, main as validate_main

SEED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seed.gold.json"

# The 27 actors of the seed article (../shared/gold/seed.gold.json): gold id -> (kb id, the
# Arabic name and aliases as they occur in the seed). Kept here so the test runs without
# ../shared; test_seed_fixture_matches_gold checks it against the gold file when present.
SEED_ACTORS: dict[str, tuple[str, list[str]]] = {
    "haftar": ("haftar", ["خليفة حفتر", "حفتر", "لحفتر"]),
    "sarraj": ("sarraj", ["فايز السراج", "السراج"]),
    "thinni": ("thinni", ["عبدالله الثني", "الثني", "عبد الله الثني"]),
    "kamel": ("kamel", ["عباس كامل", "كامل"]),
    "shoukry": ("shoukry", ["سامح شكري", "شكري"]),
    "saleh": ("saleh", ["عقيلة صالح", "صالح"]),
    "salman": ("salman", ["سلمان بن عبد العزيز", "الملك سلمان", "سلمان"]),
    "erdogan": ("erdogan", ["رجب طيب أردوغان", "أردوغان", "اردوغان"]),
    "majbari": ("majbari", ["فتحي المجبري", "المجبري"]),
    "lna": ("lna", ["مليشيات حفتر", "المليشيات التابعة لحفتر", "قوات حفتر", "الجيش الوطني الليبي", "معسكر حفتر"]),
    "gna": ("gna", ["حكومة الوفاق الوطني", "حكومة الوفاق", "حكومة السراج", "القوات الموالية لحكومة الوفاق", "لحكومة السراج"]),
    "interim_gov": ("interim_gov", ["الحكومة الليبية المؤقتة", "حكومة الثني", "الحكومة المؤقتة", "لحكومة الثني"]),
    "hor": ("hor", ["مجلس النواب", "برلمان طبرق", "لبرلمان طبرق"]),
    "presidential_council": ("presidential_council", ["المجلس الرئاسي"]),
    "egy_gis": ("egy_gis", ["جهاز المخابرات العامة", "المخابرات العامة"]),
    "tur_presidency": ("tur_presidency", ["مكتب أردوغان"]),
    "araby": ("araby", ["العربي الجديد"]),
    "isr_intel": ("isr_intel", ["مسؤولي استخبارات إسرائيليين", "مسؤولين أمنيين إسرائيليين", "ضباط إسرائيليين",
                                "الخبراء العسكريين الإسرائيليين", "أطراف إسرائيلية", "بمسؤولي استخبارات إسرائيليين"]),
    "egy_officials": ("egy_officials", ["مسؤولين مصريين"]),
    "LBY": ("LBY", ["ليبيا", "الأراضي الليبية", "الليبية"]),
    "EGY": ("EGY", ["مصر", "القاهرة", "المصرية", "ومصر"]),
    "ISR": ("ISR", ["إسرائيل", "إسرائيلية", "وإسرائيل"]),
    "TUR": ("TUR", ["تركيا", "التركي"]),
    "SAU": ("SAU", ["السعودية", "السعودي", "والسعودية"]),
    "ARE": ("ARE", ["الإمارات"]),
    "CYP": ("CYP", ["قبرص"]),
    "GRC": ("GRC", ["اليونان", "واليونان"]),
}


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _resolves(kb, text: str) -> set[str]:
    """Ids a surface form can stand for: the actors it names, the state a capital stands
    for, the state of a nationality adjective (clitics stripped)."""
    return {a.id for a in kb.lookup_text(text)} | {kb.stands_for(a).id for a in kb.lookup_text(text)}


# --------------------------------------------------------------------------- shipped data


def test_shipped_data_validates_with_schema():
    entries, versions, natdata, titles = load_and_check(
        data_files(), DATA_DIR / NATIONALITY_FILE, DATA_DIR / TITLES_FILE, schema_shipped=True)
    assert len(entries) >= 500
    for f in data_files():
        assert versions.get(f.name), f"{f.name} has no version"
    assert versions.get(NATIONALITY_FILE) and versions.get(TITLES_FILE)


def test_validate_cli_ok(capsys):
    assert validate_main([]) == 0
    assert capsys.readouterr().out.startswith("ok:")


def test_counts(kb):
    st = kb.stats()
    assert st["entries"] >= 500
    people_orgs = sum(v for k, v in st["by_kind"].items() if k in ("person", "org", "igo", "group"))
    assert people_orgs >= 500, st["by_kind"]
    assert st["by_kind"]["state"] >= 200
    for sector in ("GOV", "MIL", "SPY", "LEG", "PTY", "REB", "JRN", "IGO", "COP"):
        assert st["by_sector"].get(sector, 0) > 0, sector


def test_every_actor_has_required_fields(kb):
    for a in kb.actors:
        assert a.id and a.kind and a.name and a.name_en, a.id
        if a.kind in ("person", "org", "group", "igo"):
            assert a.sector, a.id
        if a.kind == "person":
            assert a.country, a.id
        for r in a.roles:
            assert r.end is None or r.start <= r.end, a.id


def test_states_from_gazetteers(kb):
    egy = kb.get("EGY")
    assert egy.kind == "state" and egy.wikidata == "Q79" and egy.name == "مصر"
    assert kb.get(egy.capital).name == "القاهرة"
    assert kb.get("MAR").capital == "mar.rabat"  # the countries table says Laayoune
    assert kb.get("FRA") is not None and kb.get("NOR") is not None  # iso_a3 -99 in Natural Earth
    assert "geo.json" in kb.versions


# --------------------------------------------------------------------------- seed actors


@pytest.mark.parametrize("gold_id", sorted(SEED_ACTORS))
def test_seed_actor_resolves(kb, gold_id):
    kb_id, forms = SEED_ACTORS[gold_id]
    assert kb.get(kb_id) is not None, kb_id
    for form in forms:
        assert kb_id in _resolves(kb, form), f"{form!r} does not resolve to {kb_id}"


def test_seed_fixture_matches_gold():
    if not SEED_GOLD.exists():
        pytest.skip("../shared/gold not present")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    assert {a["id"] for a in gold["actors"]} == set(SEED_ACTORS)
    for a in gold["actors"]:
        forms = {norm_key(f) for f in SEED_ACTORS[a["id"]][1]}
        for f in [a["name_ar"], *a["aliases_ar"]]:
            assert norm_key(f) in forms, (a["id"], f)


def test_named_lookups(kb):
    assert [a.id for a in kb.lookup("حفتر")] == ["haftar"]
    assert [a.id for a in kb.lookup_text("لحفتر")] == ["haftar"]
    assert kb.lookup("اردوغان")[0].id == kb.lookup("أردوغان")[0].id == "erdogan"
    cairo = kb.lookup("القاهرة")[0]
    assert cairo.kind == "city" and cairo.country == "EGY" and kb.stands_for(cairo).id == "EGY"
    forms = kb.nationality("المصرية")
    assert forms and forms[0].target == "EGY" and forms[0].gender == "f" and forms[0].definite
    assert kb.lookup("المصرية")[0].id == "EGY"
    # an unknown name stays unknown
    assert kb.lookup("زيد عبيد الفلاني") == []


def test_weak_aliases_are_marked(kb):
    hits = kb.lookup_hits("صالح")
    assert hits and all(not h.strong for h in hits)
    assert "saleh" in {h.target for h in hits}
    assert kb.lookup("صالح", strong_only=True) == []


def test_longest_match_over_tokens(kb):
    text = "أسفرت عن تعاون أمني بين مليشيات حفتر وإسرائيل وأعلن مكتب أردوغان"
    toks = [norm_key(t) for t in text.split()]
    found = {(m.key, tuple(sorted({h.target for h in m.hits}))) for m in kb.index.find_all(toks)}
    assert (norm_key("مليشيات حفتر"), ("lna",)) in found
    assert (norm_key("إسرائيل"), ("ISR",)) in found  # "وإسرائيل": clitic و stripped
    assert (norm_key("مكتب أردوغان"), ("tur_presidency",)) in found


# --------------------------------------------------------------------------- titles and roles


def test_holder_by_title_and_date(kb):
    assert kb.holder("الرئيس التركي", "2019-12-05").id == "erdogan"
    assert kb.holder("الرئيس التركي", "2012-01-10").id == "gul"
    assert kb.holder("العاهل السعودي", "2019-12-05").id == "salman"
    assert kb.holder("العاهل السعودي", "2014-06-01").id == "king_abdullah_sau"
    assert kb.holder("وزير الخارجية المصري", "2019-12-05").id == "shoukry"
    assert kb.holder("رئيس الوزراء الإسرائيلي", "2019-12-05").id == "netanyahu"
    assert kb.holder("رئيس الوزراء الإسرائيلي", "2022-01-01").id == "bennett"
    assert kb.holder("الرئيس الأمريكي", "2018-03-01").id == "trump"
    assert kb.holder("وزير خارجية مصر", "2019-12-05").id == "shoukry"
    assert kb.holder("المستشارة الألمانية", "2019-12-05").id == "merkel"
    assert kb.holder("رئيس المجلس الرئاسي", "2019-12-05").id == "sarraj"
    assert kb.holder("الأمين العام للأمم المتحدة", "2019-12-05").id == "guterres"
    # an org-specific title beats the generic one it starts with (رئيس الحكومة الليبية ...)
    assert kb.holder("رئيس الحكومة الليبية المؤقتة", "2019-12-05").id == "thinni"
    assert kb.holder("رئيس الحكومة الليبية", "2019-12-05").id == "sarraj"
    assert {a.id for a in kb.holders("رئيس الوزراء الليبي", "2019-12-05")} == {"sarraj", "thinni"}
    assert kb.holder("رئيس الحكومة التونسية", "2018-01-01").id == "chahed"  # adjective agrees with الحكومة
    # a bare title needs the country from context
    assert kb.holder("وزير الخارجية", "2019-12-05") is None
    assert kb.holder("وزير الخارجية", "2019-12-05", country="EGY").id == "shoukry"
    assert kb.holder("رئيس جهاز المخابرات العامة", "2019-12-05", country="EGY").id == "kamel"
    assert kb.holder("EGY:intelligence_chief", "2025-01-01").id == "hassan_rashad"
    assert kb.holder("الرئيس التركي", "1990-01-01") is None


def test_title_index_and_prefixes(kb):
    toks = [norm_key(t) for t in "حيث التقى العاهل السعودي سلمان بن عبد العزيز".split()]
    m = kb.title_index.find_all(toks)[0]
    assert m.key == norm_key("العاهل السعودي")
    assert kb.strip_prefixes("اللواء المتقاعد خليفة حفتر") == (norm_key("اللواء المتقاعد"), norm_key("خليفة حفتر"))


def test_possessives_and_descriptors(kb):
    assert kb.possessive("مليشيات", "haftar", "2019-12").id == "lna"
    assert kb.possessive("حكومة", "sarraj", "2019-12").id == "gna"
    assert kb.possessive("حكومة", "thinni", "2019-12").id == "interim_gov"
    assert kb.possessive("مكتب", "erdogan", "2019-12").id == "tur_presidency"
    assert kb.descriptor("مسؤولين", "مصريين") == ("EGY", "GOV")
    assert kb.descriptor("ضباط", "إسرائيليين") == ("ISR", "MIL")


# --------------------------------------------------------------------------- nationality


def test_nationality_forms_by_rule():
    forms = {f.form for f in nat.inflect("مصري", "EGY")}
    for w in ["مصري", "مصرية", "مصريون", "مصريين", "مصريان", "مصريتين", "مصريات",
              "المصري", "المصرية", "المصريون", "المصريين", "المصريتان"]:
        assert w in forms, w
    kor = {f.form for f in nat.inflect("كوري جنوبي", "KOR")}
    assert "الكورية الجنوبية" in kor and "كوريون جنوبيون" in kor


def test_nationality_broken_plurals(kb):
    assert kb.nationality("الأتراك")[0].target == "TUR"
    assert kb.nationality("أتراك")[0].number == "pl"
    assert kb.lookup("الأمريكيين")[0].id == "USA"
    assert kb.lookup("الأميركية")[0].id == "USA"


# --------------------------------------------------------------------------- user files


def _write(tmp_path: Path, name: str, data) -> Path:
    p = tmp_path / name
    if name.endswith(".json"):
        p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    else:
        import yaml

        p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return p


GOOD = {"id": "x_mayor_misrata", "kind": "person", "name": "محمود السقوطري", "name_en": "Mahmoud al-Saqutri",
        "country": "LBY", "sector": "GOV", "aliases": ["السقوطري"],
        "roles": [{"role": "mayor", "title_ar": "عميد بلدية مصراتة", "title_en": "Mayor of Misrata",
                   "start": "2019-01", "end": None}]}


@pytest.mark.parametrize("name", ["mine.yaml", "mine.json"])
def test_user_file_adds_actors(tmp_path, name):
    p = _write(tmp_path, name, {"version": "1", "entries": [GOOD]})
    kb2 = load_kb([p])
    assert kb2.lookup("السقوطري")[0].id == "x_mayor_misrata"
    assert kb2.get("haftar") is not None
    assert load_kb([p]) is kb2  # cached


def test_user_file_may_be_a_bare_list(tmp_path):
    p = _write(tmp_path, "list.yaml", [GOOD])
    assert load_kb([p]).get("x_mayor_misrata") is not None


BAD_CASES = {
    "missing": ({**GOOD, "name_en": None} if False else {k: v for k, v in GOOD.items() if k != "name_en"}, "missing field 'name_en'"),
    "bad_iso": ({**GOOD, "country": "XYZ"}, "bad ISO code 'XYZ'"),
    "bad_iso_format": ({**GOOD, "country": "Libya"}, "bad ISO code"),
    "bad_dates": ({**GOOD, "roles": [{**GOOD["roles"][0], "start": "2020-05", "end": "2019-01"}]}, "before start"),
    "bad_month": ({**GOOD, "roles": [{**GOOD["roles"][0], "start": "2020-13"}]}, "bad date"),
    "unknown_org": ({**GOOD, "roles": [{**GOOD["roles"][0], "org": "no_such_org"}]}, "unknown org id 'no_such_org'"),
    "unknown_ref": ({**GOOD, "part_of": "no_such_thing"}, "unknown id 'no_such_thing'"),
    "alias_clash": ({**GOOD, "aliases": ["حفتر"]}, "also claimed by 'haftar'"),
    "dup_shipped": ({**GOOD, "id": "haftar"}, "duplicate id"),
    "bad_sector": ({**GOOD, "sector": "XXX"}, "sector"),
    "bad_kind": ({**GOOD, "kind": "wizard"}, "kind"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_user_file_fails_with_one_line(tmp_path, case):
    entry, expected = BAD_CASES[case]
    p = _write(tmp_path, f"bad_{case}.yaml", {"version": "1", "entries": [entry]})
    with pytest.raises(KBError) as ei:
        load_kb([p])
    msg = str(ei.value)
    assert "\n" not in msg
    assert str(p) in msg, msg
    assert f"'{entry['id']}'" in msg, msg
    assert expected in msg, msg


def test_duplicate_id_within_user_file(tmp_path):
    p = _write(tmp_path, "dup.yaml", {"version": "1", "entries": [GOOD, {**GOOD, "aliases": []}]})
    with pytest.raises(KBError, match=r"dup\.yaml: entry 'x_mayor_misrata': duplicate id"):
        load_kb([p])


def test_unparsable_user_file(tmp_path):
    p = tmp_path / "broken.yaml"
    p.write_text("entries: [ {id: a, kind: person\n", encoding="utf-8")
    with pytest.raises(KBError) as ei:
        load_kb([p])
    assert "broken.yaml" in str(ei.value) and "\n" not in str(ei.value)
    with pytest.raises(KBError, match="cannot read"):
        load_kb([tmp_path / "missing.yaml"])


def test_validate_cli_reports_bad_file(tmp_path, capsys):
    p = _write(tmp_path, "bad.yaml", {"version": "1", "entries": [{**GOOD, "country": "XYZ"}]})
    assert validate_main([str(p)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "bad.yaml" in err and "x_mayor_misrata" in err


def test_the_head_of_a_council_is_not_read_as_the_countrys_president():
    from rasd.kb import load_kb

    kb = load_kb()
    assert kb.holder("الرئيس المصري", "2018-06-01").id == "sisi"
    assert "maya_morsy" not in {a.id for a in kb.holders("الرئيس المصري", "2018-06-01")}


def test_actors_mined_in_session_5_are_linked_with_their_spellings():
    rec = to_dict(analyze("وقال جوناثان كونريكوس إن الجيش الإسرائيلي قصف مواقع لحماس، فيما انتقد دولت بهجلي الحكومة.",
                          date="2018-05-29"))
    linked = {e.get("kb_id") for e in rec["entities"]}
    assert {"conricus", "bahceli"} <= linked, rec["entities"]


def test_the_yemeni_joint_forces_are_an_actor_and_bare_joint_forces_in_a_yemen_story():
    text = "وأعلنت القوات اليمنية المشتركة تقدمها في الحديدة. وقالت القوات المشتركة إنها دحرت الحوثيين من التحيتا."
    rec = to_dict(analyze(text, date="2018-06-01"))
    jf = next(e for e in rec["entities"] if e.get("kb_id") == "yem_joint_forces")
    assert len(jf["mentions"]) == 2, jf
