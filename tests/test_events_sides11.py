"""Session 11, a trigger found but a side missing: sides carried over to a clause that names none."""
from rasd.api import analyze, load, to_dict

from .test_events import PIPE, _stage, named_events


def _events_with(text, *fields, date="2018-10-02"):
    doc = analyze(text, date=date, pipeline=load(PIPE[:-1]))
    return named_events(to_dict(_stage(False)(doc)), *fields)


def test_a_haith_clause_continues_the_visit_of_the_paragraph_before_and_its_future():
    # "حيث تزور غانا": no subject; the visitor is the one of the tour told just before, and the
    # main verb "سيكون" makes the visit a planned one
    evs = _events_with("تبدأ ميلانيا ترامب، قرينة الرئيس الأمريكي، اليوم زيارة إلى القارة الأفريقية.\n"
                       "وسيكون الجدول الزمني المحدد لجولتها في القارة الأفريقية حوالي أسبوع، حيث تزور غانا وكينيا.",
                       "modality")
    # (out of the article the linker may take "ميلانيا ترامب" for her husband)
    assert any(t == "CONSULT" and "غانا" in r and any("ترامب" in x for x in a) and m == "intended"
               for t, a, r, m in evs), evs


def test_an_unnamed_body_belonging_to_a_named_one_acts_for_its_owner():
    # "مروحيات الأباتشي التابعة للتحالف": the helicopters are no entity; the coalition they
    # belong to is the doer; a named militia "التابعة لإيران" stays Iran's client, not Iran
    evs = _events_with("وكانت مروحيات الأباتشي التابعة للتحالف العربي قد قصفت مواقع لميليشيات الحوثي في مديرية حيس.")
    assert any(t == "ASSAULT" and any("التحالف" in x for x in a) and r
               for t, a, r in evs), evs
    # a militia the linker does not know, "التابعة لإيران": Iran is its patron, not the striker
    evs = _events_with("وكانت المليشيا الحوثية التابعة لإيران قد قصفت مواقع الجيش اليمني في مديرية حيس.")
    assert not any(any("إيران" in x for x in a) for _, a, _ in evs), evs


def test_the_genitive_of_backing_received_is_the_giver():
    # "حظيت الحكومة بدعم السعودية": the government received Saudi backing, it did not back Saudi Arabia
    evs = _events_with("وحظيت الحكومة اليمنية بدعم السعودية في حربها ضد الحوثيين.")
    support = [(a, r) for t, a, r in evs if t == "SUPPORT"]
    assert (["السعودية"], ["الحكومة اليمنية"]) in support and (["الحكومة اليمنية"], ["السعودية"]) not in support, evs
