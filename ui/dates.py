"""Dates as the pages show them: in the display language, from the store's ISO timestamps."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QLocale


def format_date(iso: str | None) -> str:
    """An ISO timestamp as a date in the display language ("27 nov. 2026", "1er déc. 2026")."""
    if not iso:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso[:10]
    return _written(moment.date(), "d MMM yyyy")


def format_long_date(value: str | _dt.date | None) -> str:
    """A date, or an ISO timestamp's, in full in the display language: "12 mars 2026",
    "1er décembre 2026", "12 March 2026" ("" when unreadable)."""
    if not isinstance(value, _dt.date):
        try:
            value = _dt.date.fromisoformat((value or "")[:10])
        except ValueError:
            return (value or "")[:10]
    return _written(value, "d MMMM yyyy")


def _written(day: _dt.date, pattern: str) -> str:
    """`pattern` starts with the day ("d"): French writes the first of a month "1er", as the
    PDF does (checks/formatting.py)."""
    locale = QLocale()
    text = locale.toString(day, pattern)
    if day.day == 1 and locale.language() == QLocale.Language.French:
        text = "1er" + text[1:]
    return text
