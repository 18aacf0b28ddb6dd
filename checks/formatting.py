"""Numbers, money, hours, percentages and dates as each language writes them.

French typography: a narrow no-break space (U+202F) groups thousands and precedes "%", a
no-break space (U+00A0) precedes "€", "h" and "min"; "1er" for the first day of a month.
English: "€1,500", "1.5 h", "26 November 2026". The screens, the PDF and the exports all
format through here, so a figure reads the same everywhere.
"""
from __future__ import annotations

import datetime as _dt
import math

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def _group(n: int, sep: str) -> str:
    s = str(abs(n))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ("-" if n < 0 else "") + sep.join(parts)


def number(value: float, lang: str, decimals: int = 0) -> str:
    """1 500 / 1,500; 1,5 / 1.5 (decimals shown only when not zero)."""
    value = round(float(value), decimals)
    whole = int(abs(value))
    frac = abs(value) - whole
    sign = "-" if value < 0 else ""
    text = _group(whole, NNBSP if lang == "fr" else ",")
    if decimals and round(frac, decimals) > 0:
        digits = f"{frac:.{decimals}f}"[2:].rstrip("0")
        text += ("," if lang == "fr" else ".") + digits
    return sign + text


def money(amount: float, lang: str) -> str:
    """1 500 € (narrow no-break space, no-break space before €) / €1,500."""
    n = number(round(amount), lang)
    return f"{n}{NBSP}€" if lang == "fr" else f"€{n}"


def money_range(low: float, high: float, lang: str) -> str:
    if round(low) == round(high):
        return money(low, lang)
    if lang == "fr":
        return f"{number(round(low), lang)} à {money(high, lang)}"
    return f"{money(low, lang)} to {money(high, lang)}"


def hours(value: float, lang: str) -> str:
    if value < 1 and value > 0:
        minutes = round(value * 60)
        return f"{minutes}{NBSP}min"
    return f"{number(value, lang, 1)}{NBSP}h"


def months(n: int, lang: str) -> str:
    """A duration in whole months: "1 mois", "18 mois"; from two years on, in years to the
    half ("2,5 ans", "6 ans"): 72 months is read faster as 6 years."""
    if n < 24:
        return f"{n}{NBSP}mois" if lang == "fr" else f"{n}{NBSP}month{'' if n == 1 else 's'}"
    years = number(math.floor(n / 6 + 0.5) / 2, lang, 1)   # to the nearest half, halves up
    return f"{years}{NBSP}ans" if lang == "fr" else f"{years}{NBSP}years"


def percent(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    n = number(round(value), lang)
    return f"{n}{NNBSP}%" if lang == "fr" else f"{n}%"


def score(value: float | None, lang: str) -> str:
    return "—" if value is None else f"{round(value)}"


def signed(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    v = round(value)
    if v == 0:
        return "="
    return ("+" if v > 0 else "−") + number(abs(v), lang)


def date(value: _dt.date | _dt.datetime | str | None, lang: str) -> str:
    """26 novembre 2026 / 26 November 2026; "1er décembre 2026"; "" for no date."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            try:
                value = _dt.date.fromisoformat(value[:10])
            except ValueError:
                return value[:40]
    if isinstance(value, _dt.datetime):
        value = value.date()
    month = MONTHS["en" if lang == "en" else "fr"][value.month - 1]
    if lang == "en":
        return f"{value.day} {month} {value.year}"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"


def number_runs(numbers: list[int], lang: str) -> str:
    """'5, 6, 10, 13 à 22' / '5, 6, 10, 13–22': sorted numbers, runs of three or more as a range."""
    parts: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{numbers[i]} à {numbers[j]}" if lang == "fr"
                         else f"{numbers[i]}–{numbers[j]}")
        else:
            parts += [str(n) for n in numbers[i:j + 1]]
        i = j + 1
    return ", ".join(parts)
