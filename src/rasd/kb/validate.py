"""Validate knowledge-base data files.

    python -m rasd.kb.validate                 # the shipped data
    python -m rasd.kb.validate my_actors.yaml  # the shipped data plus user files

Prints counts and exits 0 when everything is valid; otherwise prints one line per
problem, ``FILE: entry 'ID': problem``, and exits 1. Checks: the JSON Schema
(``rasd/kb/schema.json``: required fields, kinds, sectors, id and date formats), ISO
3166 alpha-3 codes (a state of geo.json), date ranges (YYYY-MM, end not before start),
duplicate ids, aliases claimed by two actors with no disambiguation (the shared name
must be a ``weak_aliases`` entry of at least one of them), and references to unknown
ids (roles' org, part_of, forces_of, leader_of, office_of, stands_for, capital, cities,
members; the targets of nationality stems; the orgs and countries of titles).
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from . import KBError, SCHEMA_PATH, norm_key

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REF_FIELDS = ("part_of", "forces_of", "stands_for", "capital", "office_of")
LIST_REF_FIELDS = ("leader_of", "cities")


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    entry_schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/entry"}
    return jsonschema.Draft202012Validator(entry_schema)


def _one_line(s: str, limit: int = 200) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def read_file(path: Path) -> Any:
    """Parse a YAML or JSON file (by extension; YAML otherwise)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise KBError(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise KBError(f"{path}: not UTF-8: {e.reason} at byte {e.start}") from None
    try:
        if str(path).endswith(".json"):
            return json.loads(text)
        return yaml.load(text, Loader=_YAML_LOADER)
    except json.JSONDecodeError as e:
        raise KBError(f"{path}: invalid JSON at line {e.lineno} column {e.colno}: {e.msg}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        raise KBError(f"{path}: invalid YAML{where}: {_one_line(problem)}") from None


def _entries_of(path: Path, data: Any, shipped: bool) -> tuple[str | None, list]:
    if isinstance(data, dict):
        if "entries" not in data:
            raise KBError(f"{path}: no 'entries' list at top level")
        version = data.get("version")
        if version is None and shipped:
            raise KBError(f"{path}: no 'version' field at top level")
        if version is not None and not isinstance(version, str):
            raise KBError(f"{path}: 'version' must be a string, e.g. \"2026.11.1\"")
        entries = data["entries"]
    elif isinstance(data, list) and not shipped:
        version, entries = None, data
    else:
        raise KBError(f"{path}: expected a mapping with 'version' and 'entries'"
                      + ("" if shipped else " (or a list of entries)"))
    if not isinstance(entries, list):
        raise KBError(f"{path}: 'entries' must be a list")
    return version, entries


def _schema_problem(err) -> str:
    path = "/".join(str(p) for p in err.absolute_path)
    if err.validator == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        where = f" in {path}" if path else ""
        return f"missing field '{missing}'{where}"
    if err.validator == "additionalProperties":
        return f"unknown field{(' in ' + path) if path else ''}: {_one_line(err.message)}"
    if err.validator == "pattern" and path.endswith(("start", "end")):
        return f"{path}: bad date {err.instance!r} (want YYYY-MM)"
    if err.validator == "pattern" and path.endswith("country"):
        return f"{path}: bad ISO code {err.instance!r} (want ISO 3166 alpha-3, e.g. EGY)"
    if err.validator == "pattern" and path.endswith("wikidata"):
        return f"{path}: bad Wikidata id {err.instance!r} (want Q123, or null)"
    if err.validator == "enum":
        return f"{path}: {err.instance!r} is not one of {', '.join(map(str, err.validator_value))}"
    if err.validator in ("anyOf", "oneOf") and err.context:
        best = sorted(err.context, key=lambda e: -len(list(e.absolute_path)))[0]
        return _schema_problem(best) if list(best.absolute_path) else f"{path}: {_one_line(err.message)}"
    return f"{path}: {_one_line(err.message)}" if path else _one_line(err.message)


def check_entry(path: Path, i: int, entry: Any) -> None:
    """Schema check of one entry: raises KBError naming the file and entry."""
    if not isinstance(entry, dict):
        raise KBError(f"{path}: entry #{i + 1}: not a mapping")
    eid = entry.get("id", f"#{i + 1}")
    errors = sorted(_validator().iter_errors(entry), key=lambda e: (len(list(e.absolute_path)), str(e.message)))
    if errors:
        raise KBError(f"{path}: entry '{eid}': {_schema_problem(errors[0])}")
    for j, r in enumerate(entry.get("roles", []) or []):
        if r.get("end") is not None and r["end"] < r["start"]:
            raise KBError(f"{path}: entry '{eid}': role {j + 1} ({r['title_en']}): end {r['end']} is before start {r['start']}")


def _mtime(path: Path) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError as e:
        raise KBError(f"{path}: cannot read: {e.strerror or e}") from None


@lru_cache(maxsize=64)
def _read_checked(path: Path, mtime: float, shipped: bool, schema: bool = True) -> tuple[str | None, list]:
    """Parse one file and schema-check its entries (cached per path and mtime)."""
    version, items = _entries_of(path, read_file(path), shipped)
    for i, e in enumerate(items):
        if schema:
            check_entry(path, i, e)
        elif not isinstance(e, dict) or "id" not in e or "kind" not in e:
            raise KBError(f"{path}: entry #{i + 1}: not a mapping with an id and a kind")
    return version, items


def load_and_check(files: Iterable[Path], nationality_path: Path, titles_path: Path,
                   shipped_count: int | None = None, schema_shipped: bool = True):
    """Read, check and return ``(entries, versions, nationality, titles)``; ``entries`` is a
    list of ``(entry, source file name)``. The first ``shipped_count`` files (default:
    those inside the package data folder) must carry a version. ``schema_shipped=False``
    skips the JSON Schema pass over the shipped files (the tests and ``python -m
    rasd.kb.validate`` run it); user files are always schema-checked, and every
    cross-entry check (ids, ISO codes, references, aliases) always runs."""
    from . import DATA_DIR

    files = [Path(f) for f in files]
    entries: list[tuple[dict, str]] = []
    versions: dict[str, str] = {}
    where: dict[str, Path] = {}
    for n, f in enumerate(files):
        shipped = (n < shipped_count) if shipped_count is not None else f.resolve().parent == DATA_DIR
        version, items = _read_checked(f, _mtime(f), shipped, schema_shipped or not shipped)
        if version:
            versions[f.name] = version
        for i, e in enumerate(items):
            if e["id"] in where:
                other = where[e["id"]]
                raise KBError(f"{f}: entry '{e['id']}': duplicate id (already defined in {other.name})")
            where[e["id"]] = f
            entries.append((e, str(f)))

    ids = {e["id"]: e for e, _ in entries}
    states = {i for i, e in ids.items() if e["kind"] == "state"}
    src = {e["id"]: s for e, s in entries}

    def fail(eid: str, problem: str) -> None:
        raise KBError(f"{src[eid]}: entry '{eid}': {problem}")

    for e, _ in entries:
        eid = e["id"]
        c = e.get("country")
        if c is not None and c not in states:
            fail(eid, f"bad ISO code '{c}' in country (not an ISO 3166 alpha-3 state of geo.json)")
        if e["kind"] == "state" and c != eid:
            fail(eid, f"a state's country must be its own id, got '{c}'")
        for j, r in enumerate(e.get("roles", []) or []):
            if r.get("org") and r["org"] not in ids:
                fail(eid, f"role {j + 1} ({r['title_en']}): unknown org id '{r['org']}'")
            if r.get("country") and r["country"] not in states:
                fail(eid, f"role {j + 1} ({r['title_en']}): bad ISO code '{r['country']}'")
        for fld in REF_FIELDS:
            v = e.get(fld)
            if v is not None and v not in ids:
                fail(eid, f"unknown id '{v}' in {fld}")
        for fld in LIST_REF_FIELDS:
            for v in e.get(fld, []) or []:
                if v not in ids:
                    fail(eid, f"unknown id '{v}' in {fld}")
        for v in e.get("members", []) or []:
            if v not in states:
                fail(eid, f"bad ISO code '{v}' in members")

    # aliases: a strong key belongs to one actor
    owner: dict[str, str] = {}
    for e, _ in entries:
        eid = e["id"]
        weak = {norm_key(w) for w in e.get("weak_aliases", []) or []}
        names = ([] if e.get("name_is_weak") else [e["name"]]) + list(e.get("aliases", []) or [])
        for a in names:
            k = norm_key(a)
            if not k:
                fail(eid, f"empty alias {a!r}")
            if k in weak:
                continue
            o = owner.get(k)
            if o is not None and o != eid:
                fail(eid, f"alias '{a}' is also claimed by '{o}' ({Path(src[o]).name}); "
                          "list it under weak_aliases of one of them to mark it ambiguous")
            owner[k] = eid

    nationality = read_file(nationality_path) or {}
    if not isinstance(nationality, dict) or "version" not in nationality:
        raise KBError(f"{nationality_path}: expected a mapping with 'version', 'stems'")
    versions[Path(nationality_path).name] = str(nationality["version"])
    for sect in ("stems", "broken_plurals"):
        for iso, forms in (nationality.get(sect) or {}).items():
            if iso not in states:
                raise KBError(f"{nationality_path}: entry '{iso}': bad ISO code in {sect}")
            if not isinstance(forms, list) or not all(isinstance(x, str) and x for x in forms):
                raise KBError(f"{nationality_path}: entry '{iso}': {sect} must be a list of words")
    for gid in (nationality.get("groups") or {}):
        if gid not in ids:
            raise KBError(f"{nationality_path}: entry '{gid}': unknown group id")

    titles = read_file(titles_path) or {}
    if not isinstance(titles, dict) or "version" not in titles:
        raise KBError(f"{titles_path}: expected a mapping with 'version', 'titles'")
    versions[Path(titles_path).name] = str(titles["version"])
    for j, t in enumerate(titles.get("titles", []) or []):
        if not t.get("roles"):
            raise KBError(f"{titles_path}: entry 'titles #{j + 1}': missing field 'roles'")
    for j, t in enumerate(titles.get("fixed", []) or []):
        label = f"fixed #{j + 1} ({(t.get('ar') or ['?'])[0]})"
        if not t.get("roles") or not t.get("ar"):
            raise KBError(f"{titles_path}: entry '{label}': missing field 'roles' or 'ar'")
        if t.get("org") and t["org"] not in ids:
            raise KBError(f"{titles_path}: entry '{label}': unknown org id '{t['org']}'")
        if t.get("country") and t["country"] not in states:
            raise KBError(f"{titles_path}: entry '{label}': bad ISO code '{t['country']}'")
    return entries, versions, nationality, titles


def main(argv: list[str] | None = None) -> int:
    from . import DATA_DIR, NATIONALITY_FILE, TITLES_FILE, data_files, load_kb

    args = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in args):
        print(__doc__.strip())
        return 0
    try:
        load_and_check(data_files() + [Path(a) for a in args], DATA_DIR / NATIONALITY_FILE,
                       DATA_DIR / TITLES_FILE)
        kb = load_kb([Path(a) for a in args])
    except KBError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    st = kb.stats()
    print(f"ok: {st['entries']} entries "
          + ", ".join(f"{k} {v}" for k, v in sorted(st["by_kind"].items()))
          + f"; {st['names_and_aliases']} names and aliases, {st['nationality_forms']} nationality forms,"
          f" {st['title_keys']} title forms, {st['roles']} roles")
    print("sectors: " + ", ".join(f"{k} {v}" for k, v in sorted(st["by_sector"].items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
