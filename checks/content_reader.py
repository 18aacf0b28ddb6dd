"""Reading one content file: TOML parsing, and typed values taken from its tables.

Every problem is collected (never raised one by one) with the file name, the item id and, when
it can be found, the line, so that whoever edits the content can fix them all in one pass.
"""
from __future__ import annotations

import datetime as _dt
import re
import tomllib
from pathlib import Path
from typing import Iterable

from checks.content import Text
from checks.vocabulary import LANGS


class TableReader:
    """Collects problems while turning raw TOML tables into model objects."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.lines = text.splitlines()
        self.problems: list[str] = []

    def line_of(self, item_id: str | None) -> int | None:
        if not item_id:
            return None
        pattern = re.compile(r'^\s*id\s*=\s*"' + re.escape(item_id) + '"')
        for number, line in enumerate(self.lines, 1):
            if pattern.search(line):
                return number
        return None

    def problem(self, item_id: str | None, message: str) -> None:
        line = self.line_of(item_id)
        where = f"{self.path.name}" + (f", line {line}" if line else "")
        who = f" [{item_id}]" if item_id else ""
        self.problems.append(f"{where}{who}: {message}")

    def text(self, raw: dict, key: str, item_id: str, required: bool = True) -> Text | None:
        """A bilingual text; the French with its spaces before ? ! ; : made unbreakable."""
        value = raw.get(key)
        if value is None:
            if required:
                self.problem(item_id, f"'{key}' is missing (needs {key}.fr and {key}.en)")
            return None
        if not isinstance(value, dict):
            self.problem(item_id, f"'{key}' must have {key}.fr and {key}.en")
            return None
        out = {}
        for lang in LANGS:
            s = value.get(lang)
            if not isinstance(s, str) or not s.strip():
                self.problem(item_id, f"'{key}.{lang}' is missing or empty")
                s = ""
            out[lang] = s.strip()
        out["fr"] = french_spacing(out["fr"])
        if out["fr"] and out["fr"] == out["en"] and len(out["fr"]) > 12:
            self.problem(item_id, f"'{key}' is identical in French and English: translate it")
        return Text(out["fr"], out["en"])

    def strings(self, raw: dict, key: str, item_id: str, allowed: Iterable[str] | None = None,
                required: bool = True) -> tuple[str, ...]:
        value = raw.get(key, [] if not required else None)
        if value is None:
            self.problem(item_id, f"'{key}' is missing")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(item_id, f"'{key}' must be a list of strings")
            return ()
        if allowed is not None:
            allowed = tuple(allowed)
            for v in value:
                if v not in allowed:
                    self.problem(item_id, f"'{key}' has unknown value '{v}' (allowed: {', '.join(allowed)})")
        return tuple(value)

    def date(self, raw: dict, key: str, item_id: str) -> _dt.date:
        value = raw.get(key)
        if not isinstance(value, _dt.date):
            self.problem(item_id, f"'{key}' must be a date such as 2026-11-27")
            return _dt.date(1970, 1, 1)
        return value

    def ident(self, raw: dict, what: str) -> str:
        value = raw.get("id")
        if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9_.]+", value or ""):
            self.problem(None, f"a {what} has a missing or malformed id {value!r} (lowercase letters, digits, _ and .)")
            return str(value)
        return value


# French sets a space before ? ! ; : and inside « », and a line never starts with the mark:
# the content is typed with ordinary spaces, which let a question's "?" wrap alone onto the
# last line (seen in the app and the PDF). Narrow no-break spaces before ? ! ; and no-break
# ones before : and inside « » (the usual French typesetting); searching folds them (NFKD).
FRENCH_SPACES = {" ?": "\u202f?", " !": "\u202f!", " ;": "\u202f;", " :": "\u00a0:",
                 "« ": "«\u00a0", " »": "\u00a0»"}


def french_spacing(text: str) -> str:
    for plain, fixed in FRENCH_SPACES.items():
        text = text.replace(plain, fixed)
    return text


def read_toml(path: Path, problems: list[str]) -> tuple[dict, str]:
    """The file's tables and its text; ({}, text) after adding a problem when it cannot be read."""
    try:
        raw_text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        problems.append(f"{path.name}: file not found in {path.parent}")
        return {}, ""
    except UnicodeDecodeError as exc:
        problems.append(f"{path.name}: not valid UTF-8 text ({exc.reason} at byte {exc.start})")
        return {}, ""
    try:
        return tomllib.loads(raw_text), raw_text
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path.name}: not valid TOML: {exc}")
        return {}, raw_text
