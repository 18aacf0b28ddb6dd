"""Work one report keeps for the next: paragraphs already parsed and already broken into lines.

Most of a report's text is the same from one report to the next (the checklist's questions and
actions, the report's own wording), and reportlab spends about half of a report parsing that
markup and breaking it into lines. The result depends only on the text, the paragraph style and
the width, never on the checkup, the language or the edition (those change the text itself), so
it is kept here, keyed by exactly those, and reused (reports.flowables.Paragraph).

Shared state: written only while reports.pdf holds its one-report-at-a-time lock (every
Paragraph of a report is made and laid out inside it); a plain dict, whose single get and set
are atomic anyway. Bounded: emptied when it grows past MAX_ENTRIES. A complete owner edition and
its partner edition make about 1,300 of each (about 7 MB), the other language as many again.
Styles are keys by identity: the report's styles are made once (reports/styles.py); a style made
per report would only miss, never mix.
"""
from __future__ import annotations

from typing import Any

MAX_ENTRIES = 5_000   # of each: both languages of a complete checkup, about 30 MB at most

PARSED: dict[tuple, tuple] = {}    # (text, style, bullet, caseSensitive) -> parse result
BROKEN: dict[tuple, tuple] = {}    # (parse key, width) -> line layout


def keep(cache: dict, key: tuple, value: Any) -> None:
    if len(cache) >= MAX_ENTRIES:
        cache.clear()
    cache[key] = value


def forget() -> None:
    """As in a fresh process (tests compare the two)."""
    PARSED.clear()
    BROKEN.clear()
