"""Dates as the pages show them: in the display language, from the store's ISO timestamps."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QLocale


def format_date(iso: str | None) -> str:
    """An ISO timestamp as a date in the display language ("27 nov. 2026")."""
    if not iso:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso[:10]
    return QLocale().toString(moment.date(), "d MMM yyyy")
