"""The limits on what a person or a file can put into Boussole, in one place.

Applied where text enters: the assessment file (checks/assessment.py), the encrypted export
(desktop/transfer.py), the store's writes (desktop/store/), and so the command line and the
app, which go through them. Documented in docs/assessment-file.md. A value over its limit is
refused with a sentence naming the field, never cut silently; a lone UTF-16 surrogate (text
that cannot be written as UTF-8: the JSON escape "\\ud800" alone) is refused too, so broken
text is never stored, printed or put in a PDF.
"""
from __future__ import annotations

MAX_NOTE = 20_000   # characters: a note on an answer or on an action
MAX_NAME = 300      # a business's name or city, a person's name, an organisation, an owner
MAX_SHORT = 100     # ids, option ids, postcodes, dates, versions, language and role codes
MAX_PATH = 4_096    # a file path kept in the store (the advisor's logo)


def text_problem(value: str, field: str, limit: int) -> str | None:
    """What is wrong with a text for `field` ("business.name"), or None when it is fine."""
    if len(value) > limit:
        return (f"field '{field}' is {len(value):,} characters long; the limit is {limit:,}: "
                f"shorten it")
    if not is_clean(value):
        return broken(field)
    return None


def broken(field: str) -> str:
    return (f"field '{field}' holds a broken character (a lone UTF-16 surrogate such as "
            f"\\ud800, which no text can hold); the file is damaged — fix or remove it")


def shown(text: str) -> str:
    """Text safe to print: a lone surrogate written as its escape."""
    return text if is_clean(text) else text.encode("utf-8", "backslashreplace").decode("utf-8")


def is_clean(value: str) -> bool:
    """True when the text can be written as UTF-8 (no lone surrogate)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
