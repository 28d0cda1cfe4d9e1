"""Compile states, territories and cities for the actor knowledge base.

Reads the gazetteers in ``../shared/data/gazetteers`` (Natural Earth 5.0.0, public
domain; mledoze/countries, ODbL 1.0) plus the hand-authored corrections in
``src/rasd/kb/data/geo_overlay.yaml`` and writes ``src/rasd/kb/data/geo.json``, which
ships with the package (the package never reads ../shared/data at run time).

Usage (from the repository root)::

    python scripts/build_kb.py                      # default paths
    python scripts/build_kb.py --gazetteers ../shared/data/gazetteers \\
        --out src/rasd/kb/data/geo.json

Then check the result with ``python -m rasd.kb.validate``.

What it derives, per state or territory with an ISO 3166 alpha-3 code: Wikidata QID
(Natural Earth), English name, Arabic name and spelling variants (Natural Earth
``name_ar``, mledoze common and official Arabic names, overlay aliases), status
(sovereign, dependency, disputed ...), capital and major cities with Arabic names
(Natural Earth populated places: every national capital, and every place in the
Middle East and North Africa and the major powers). A capital "stands for" its state
(``stands_for``): "القاهرة" acting as a subject is Egypt.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.kb.keys import key as norm_key  # noqa: E402

VERSION = "2026.11.1"

# Countries whose populated places are all kept (not only the capital).
FOCUS = {
    "LBY", "EGY", "SDN", "TUN", "DZA", "MAR", "MRT", "SYR", "LBN", "JOR", "PSE", "ISR",
    "IRQ", "IRN", "TUR", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "YEM", "GRC", "CYP",
    "ITA", "GBR", "FRA", "DEU", "USA", "RUS", "CHN", "AFG", "PAK", "SOM", "ETH", "ERI",
    "DJI", "TCD", "NER", "MLI", "ESH",
}
# For these big countries, only places of at least this population.
BIG = {"USA": 1_000_000, "RUS": 1_000_000, "CHN": 3_000_000}
# Natural Earth adm0_a3 codes that differ from ISO 3166 alpha-3.
ADM0_TO_ISO = {"PSX": "PSE", "KOS": "XKX", "SDS": "SSD", "SAH": "ESH"}
STATUS = {
    "Sovereign country": "sovereign", "Country": "sovereign", "Sovereignty": "sovereign",
    "Dependency": "dependency", "Disputed": "disputed", "Indeterminate": "indeterminate",
}


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def clean_ar(s: str) -> str:
    s = (s or "").strip()
    # "سانت جونز، أنتيغوا وبربودا" -> "سانت جونز"
    s = s.split("،")[0].strip()
    s = re.sub(r"\s*\(.*?\)\s*", " ", s).strip()
    return s


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def build(gaz: Path, overlay_path: Path) -> dict:
    overlay = yaml.safe_load(overlay_path.read_text(encoding="utf-8")) or {}
    excluded = {norm_key(a) for a in overlay.get("exclude_aliases", [])}
    weak_city = {norm_key(a) for a in overlay.get("weak_city_names", [])}
    ov_states = overlay.get("states", {}) or {}

    mledoze = {c["cca3"]: c for c in json.loads((gaz / "mledoze_countries/countries.json").read_text(encoding="utf-8"))}

    states: dict[str, dict] = {}
    for row in read_tsv(gaz / "natural_earth/countries_ar.tsv"):
        iso = row["iso_a3"]
        if iso == "-99":
            iso = ADM0_TO_ISO.get(row["adm0_a3"], row["adm0_a3"])
            if iso not in mledoze and iso != "XKX":
                continue  # not an ISO-coded entity (Somaliland, N. Cyprus, Siachen ...)
        m = mledoze.get(iso, {})
        ara = m.get("translations", {}).get("ara", {})
        names = [clean_ar(row["name_ar"]), clean_ar(ara.get("common", "")), clean_ar(ara.get("official", "")),
                 clean_ar(row.get("mledoze_ar_common", "")), clean_ar(row.get("mledoze_ar_official", ""))]
        name = names[0] or names[1]
        sources = ["natural_earth"] + (["mledoze"] if m else [])
        states[iso] = {
            "id": iso,
            "kind": "state",
            "name": name,
            "name_en": row["name_en"],
            "aliases": names[1:],
            "weak_aliases": [],
            "country": iso,
            "sector": None,
            "wikidata": row["wikidata_id"] or None,
            "iso2": row["iso_a2"] if row["iso_a2"] not in ("-99", "") else (m.get("cca2") or None),
            "status": STATUS.get(row["type"], "other"),
            "independent": m.get("independent"),
            "demonym_en": (m.get("demonyms", {}).get("eng", {}) or {}).get("m"),
            "capital": None,
            "cities": [],
            "_capital_en": row["capital_en"],
            "sources": sources,
        }
    # Overlay aliases
    for iso, ov in ov_states.items():
        st = states.get(iso)
        if st is None:
            raise SystemExit(f"geo_overlay.yaml: state {iso} is not in the gazetteer")
        st["aliases"] += ov.get("aliases", [])
        st["weak_aliases"] += ov.get("weak", [])
        st["sources"] = sorted(set(st["sources"]) | {"rasd"})

    # Cities
    cities: dict[str, dict] = {}
    by_name: dict[tuple[str, str], str] = {}
    places = read_tsv(gaz / "natural_earth/populated_places_ar.tsv")
    caps: dict[str, list[dict]] = {}
    for row in places:
        iso = ADM0_TO_ISO.get(row["adm0_a3"], row["adm0_a3"])
        if iso not in states or not row["name_ar"].strip():
            continue
        is_cap = row["adm0cap"] == "1"
        pop = int(float(row["pop_max"] or 0))
        if not is_cap and (iso not in FOCUS or pop < BIG.get(iso, 0)):
            continue
        cid = f"{iso.lower()}.{slug(row['name_en'])}"
        if cid in cities:
            cid = f"{cid}_{slug(row['adm1_en'])}"
        ar = clean_ar(row["name_ar"])
        cities[cid] = {
            "id": cid, "kind": "city", "name": ar, "name_en": row["name_en"],
            "aliases": [], "weak_aliases": [], "country": iso, "sector": None,
            "wikidata": row["wikidata_id"] or None,
            "population": pop, "stands_for": None, "sources": ["natural_earth"],
        }
        by_name[(iso, norm_key(ar))] = cid
        if is_cap:
            caps.setdefault(iso, []).append(cities[cid])
    for c in overlay.get("cities", []) or []:
        c = dict(c)
        existing = cities.get(c["id"]) or cities.get(by_name.get((c["country"], norm_key(c["name"])), ""))
        if existing:
            existing["aliases"] += [a for a in c.get("aliases", []) + [c["name"]] if a != existing["name"]]
            existing["sources"] = sorted(set(existing["sources"]) | {"rasd"})
            continue
        cities[c["id"]] = {
            "id": c["id"], "kind": "city", "name": c["name"], "name_en": c["name_en"],
            "aliases": c.get("aliases", []), "weak_aliases": [], "country": c["country"], "sector": None,
            "wikidata": c.get("wikidata"), "population": c.get("population", 0), "stands_for": None,
            "sources": ["rasd"],
        }
        by_name[(c["country"], norm_key(c["name"]))] = c["id"]

    # Capitals: Natural Earth populated places (adm0cap=1) first, the countries table to break
    # ties, the overlay to override; the countries table's capital column has errors
    # (Morocco: Laayoune, Japan: Kyoto) that the places table does not.
    for iso, st in states.items():
        ov = ov_states.get(iso, {})
        cap = None
        if ov.get("capital"):
            cap = cities.get(ov["capital"])
            if cap is None:
                raise SystemExit(f"geo_overlay.yaml: capital {ov['capital']} of {iso} is unknown")
        elif caps.get(iso):
            cands = caps[iso]
            exact = [c for c in cands if c["name_en"] == st["_capital_en"]]
            cap = exact[0] if len(cands) > 1 and exact else max(cands, key=lambda c: c["population"])
        if cap is not None:
            st["capital"] = cap["id"]
            cap["capital_of"] = iso
            cap["stands_for"] = iso
        for extra in ov.get("stands_for", []) or []:
            cities[extra]["stands_for"] = iso
        del st["_capital_en"]
    # Jerusalem is the seat of Israel's government but, in Arabic news, "القدس" is the city
    # (and a Palestinian claim), not a metonym for the state: Tel Aviv is (see overlay).
    if "isr.jerusalem" in cities:
        cities["isr.jerusalem"]["stands_for"] = None
        cities["isr.jerusalem"].pop("capital_of", None)
    for cid, c in sorted(cities.items(), key=lambda kv: -kv[1]["population"]):
        st = states.get(c["country"])
        if st is not None:
            st["cities"].append(cid)

    # Deduplicate aliases; resolve clashes: a state's name beats a city's; a bigger or
    # capital city beats a smaller one; the loser keeps the name as a weak alias.
    claimed: dict[str, str] = {}
    def claim(entry: dict) -> None:
        strong, weak, seen = [], list(entry["weak_aliases"]), set()
        nk = norm_key(entry["name"])
        for a in [entry["name"]] + entry["aliases"]:
            k = norm_key(a)
            if not k or k in excluded or k in seen:
                continue
            seen.add(k)
            if k in {norm_key(w) for w in weak}:
                continue
            owner = claimed.get(k)
            if owner is not None and owner != entry["id"]:
                weak.append(a)
                continue
            claimed[k] = entry["id"]
            if k != nk:
                strong.append(a)
        entry["aliases"] = strong
        wseen, wl = set(), []
        for w in weak:
            k = norm_key(w)
            if k and k not in wseen and k not in excluded:
                wseen.add(k)
                wl.append(w)
        entry["weak_aliases"] = wl
        if nk in {norm_key(w) for w in wl} or claimed.get(nk) != entry["id"]:
            entry["name_is_weak"] = True
    for st in states.values():
        claim(st)
    for c in sorted(cities.values(), key=lambda c: (c.get("capital_of") is None, -c["population"])):
        for a in [c["name"]] + c["aliases"]:
            if norm_key(a) in weak_city:
                c["weak_aliases"].append(a)
        claim(c)

    return {
        "version": VERSION,
        "generated_by": "scripts/build_kb.py",
        "attribution": [
            "Natural Earth 5.0.0 admin-0 countries and populated places (public domain), https://www.naturalearthdata.com",
            "mledoze/countries (Arabic common and official names, ISO codes, demonyms), Open Database License (ODbL) 1.0, https://github.com/mledoze/countries",
            "rasd geo_overlay.yaml (hand-authored corrections), Apache-2.0",
        ],
        "license": "This compiled table is a derivative database of mledoze/countries and is made available under the ODbL 1.0.",
        "entries": list(states.values()) + sorted(cities.values(), key=lambda c: c["id"]),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gazetteers", type=Path, default=ROOT.parent / "shared/data/gazetteers")
    ap.add_argument("--overlay", type=Path, default=ROOT / "src/rasd/kb/data/geo_overlay.yaml")
    ap.add_argument("--out", type=Path, default=ROOT / "src/rasd/kb/data/geo.json")
    a = ap.parse_args(argv)
    data = build(a.gazetteers, a.overlay)
    a.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for e in data["entries"]:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"wrote {a.out}: {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
