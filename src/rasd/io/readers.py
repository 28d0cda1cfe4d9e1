"""Readers: files, folders and stdin to records (text + metadata), with clear errors.

``read(path)`` yields :class:`Record` for each article and :class:`Failure` for each
one that cannot be read, so a bad line in a JSONL corpus is reported and the rest
is still read. A single-article file that cannot be read raises :class:`InputError`.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from ..errors import InputError, RasdError
from .html import html_to_text

SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".json": "json",
            ".jsonl": "jsonl", ".ndjson": "jsonl"}
DEFAULT_MAX_MB = 5.0
_ARABIC = re.compile("[\u0621-\u063F\u0641-\u064A\u0671-\u06D3\uFB50-\uFDFF\uFE70-\uFEFC]")

TEXT_FIELDS = ("text", "content")
DATE_FIELDS = ("date", "time", "date_extracted", "published")
ID_FIELDS = ("id", "docno")
META_FIELDS = {"title": ("title",), "url": ("url",), "source": ("source", "src"), "author": ("author",)}


@dataclass
class Record:
    text: str
    id: str = ""
    date: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    origin: str = ""


@dataclass
class Failure:
    origin: str
    error: RasdError


def parse_date(value: object) -> str | None:
    """ISO date (YYYY-MM-DD) from an ISO string, an RFC 822 date or a timestamp; else None."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.utcfromtimestamp(float(value)).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    return None


def check_date_option(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError("E113", value=value) from None


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text of ``data``, or an InputError saying why it is not."""
    if not data.strip():
        raise InputError("E101", path=origin)
    nul = data.find(b"\x00", 0, 1 << 20)
    if nul >= 0:
        raise InputError("E102", path=origin, why=f"NUL byte at offset {nul}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError("E103", path=origin, offset=e.start) from None
    if text.startswith("\ufeff"):
        text = text[1:]  # a BOM is an encoding mark, not text
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls > 0.1 * min(len(text), 4096):
        raise InputError("E102", path=origin, why=f"{controls} control characters in the first 4 KB")
    return text


def check_text(text: str, origin: str) -> None:
    if not text.strip():
        raise InputError("E101", path=origin)
    if not _ARABIC.search(text):
        raise InputError("E104", path=origin)


def _first(obj: dict, names: tuple[str, ...]) -> object:
    for n in names:
        if obj.get(n) not in (None, ""):
            return obj[n]
    return None


def record_from_json(obj: object, origin: str, default_id: str) -> Record:
    if not isinstance(obj, dict):
        raise InputError("E114", path=origin, field="record", expected="a JSON object",
                         got=type(obj).__name__)
    text = _first(obj, TEXT_FIELDS)
    if text is None:
        raise InputError("E109", path=origin)
    if not isinstance(text, str):
        raise InputError("E114", path=origin, field="text", expected="a string", got=type(text).__name__)
    check_text(text, origin)
    rid = _first(obj, ID_FIELDS)
    meta = {}
    for key, names in META_FIELDS.items():
        v = _first(obj, names)
        if v is not None:
            meta[key] = str(v)
    return Record(text=text, id=str(rid) if rid is not None else default_id,
                  date=parse_date(_first(obj, DATE_FIELDS)), meta=meta, origin=origin)


def _read_bytes(path: Path, max_mb: float) -> bytes:
    size = path.stat().st_size
    if size > max_mb * 1e6:
        raise InputError("E105", path=path, size=size / 1e6, limit=max_mb)
    return path.read_bytes()


def _kind(path: Path) -> str:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError("E108", path=path, suffix=path.suffix or "(none)")
    return kind


def read_jsonl_lines(lines: Iterator[bytes], origin: str, max_mb: float) -> Iterator[Record | Failure]:
    for n, raw in enumerate(lines, 1):
        where = f"{origin}: line {n}"
        if not raw.strip():
            continue
        try:
            if len(raw) > max_mb * 1e6:
                raise InputError("E105", path=where, size=len(raw) / 1e6, limit=max_mb)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise InputError("E103", path=where, offset=e.start) from None
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError("E110", path=where, why=f"{e.msg} at column {e.colno}") from None
            yield record_from_json(obj, where, default_id=f"{Path(origin).stem}:{n}")
        except RasdError as e:
            yield Failure(where, e)


def read_file(path: Path, max_mb: float = DEFAULT_MAX_MB) -> Iterator[Record | Failure]:
    kind = _kind(path)
    if kind == "jsonl":
        with path.open("rb") as fh:
            if path.stat().st_size == 0:
                raise InputError("E101", path=path)
            yield from read_jsonl_lines(iter(fh), str(path), max_mb)
        return
    text = decode(_read_bytes(path, max_mb), str(path))
    if kind == "json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError("E110", path=path, why=f"{e.msg} at line {e.lineno} column {e.colno}") from None
        items = obj if isinstance(obj, list) else [obj]
        for i, item in enumerate(items, 1):
            where = str(path) if len(items) == 1 else f"{path}: record {i}"
            try:
                yield record_from_json(item, where, default_id=path.stem if len(items) == 1 else f"{path.stem}:{i}")
            except RasdError as e:
                yield Failure(where, e)
        return
    if kind == "html":
        text, meta = html_to_text(text)
    else:
        meta = {}
    check_text(text, str(path))
    yield Record(text=text, id=path.stem, meta=meta, origin=str(path))


def read_folder(path: Path, max_mb: float) -> Iterator[Record | Failure]:
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise InputError("E111", path=path)
    for f in files:
        try:
            yield from read_file(f, max_mb)
        except RasdError as e:
            yield Failure(str(f), e)


def read_stdin(max_mb: float, fmt: str | None = None) -> Iterator[Record | Failure]:
    data = sys.stdin.buffer.read()
    origin = "<stdin>"
    if len(data) > max_mb * 1e6 and fmt != "jsonl":
        raise InputError("E105", path=origin, size=len(data) / 1e6, limit=max_mb)
    stripped = data.lstrip()
    if fmt == "jsonl" or (fmt is None and stripped[:1] == b"{" and b"\n{" in stripped):
        yield from read_jsonl_lines(iter(data.splitlines()), origin, max_mb)
        return
    text = decode(data, origin)
    if fmt == "json" or (fmt is None and stripped[:1] in (b"{", b"[")):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError:
            if fmt == "json":
                raise InputError("E110", path=origin, why="not a JSON document") from None
        else:
            items = obj if isinstance(obj, list) else [obj]
            for i, item in enumerate(items, 1):
                try:
                    yield record_from_json(item, origin, default_id=f"stdin:{i}")
                except RasdError as e:
                    yield Failure(origin, e)
            return
    if fmt == "html" or (fmt is None and re.match(rb"\s*<(!doctype|html|body|div|p|article)\b", data[:200], re.I)):
        text, meta = html_to_text(text)
    check_text(text, origin)
    yield Record(text=text, id="", origin=origin)


def read(source: str | Path, max_mb: float = DEFAULT_MAX_MB) -> Iterator[Record | Failure]:
    """Records from a file, a folder, or ``-`` (stdin)."""
    if str(source) == "-":
        yield from read_stdin(max_mb)
        return
    path = Path(source)
    if not path.exists():
        raise InputError("E107", path=path)
    if path.is_dir():
        yield from read_folder(path, max_mb)
    else:
        yield from read_file(path, max_mb)


def is_jsonl(source: str | Path) -> bool:
    return str(source) != "-" and Path(source).suffix.lower() in (".jsonl", ".ndjson")
