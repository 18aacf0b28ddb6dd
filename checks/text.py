"""A text in both languages: the one small type every part of the content model and the
interface's own bilingual words (checks.vocabulary) are made of.

Kept apart from checks.content so that the words a start shows (maturity levels on the home
list) do not load the whole content model (its two dozen dataclasses cost ~8 ms to make).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A text in both languages."""

    fr: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr
