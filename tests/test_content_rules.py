"""Editorial rules of the checklist, held by tests (issue 14, docs/content-format.md).

Each rule is a function that lists the problems it finds in a Content, so the same rule runs on
the shipped content (where it must find nothing) and on archived versions (tests in
test_content_versions.py show that each rule catches what content 2026.11 got wrong).
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from checks.content import Content
from checks.content_loader import DEFAULT_CONTENT_DIR

MAX_QUESTION_WORDS = 30
MAX_OPTION_WORDS = 15
# Wording that leaves a fact open. A fact that cannot be confirmed is turned into something to
# ask ("demandez à ..."), never left as a loose end in the text.
OPEN_ENDED = ("à vérifier", "à confirmer", "en cours de révision", "encore en discussion")
# A negative turn in a question makes "Oui" or "Non" ambiguous for the person answering.
NEGATIVE = {
    "fr": re.compile(r"\b(ne|n'|pas|jamais|aucune?|ni|sans|non|rien)\b", re.IGNORECASE),
    "en": re.compile(r"\b(not|never|without|none|nobody|nothing|no)\b|n't\b", re.IGNORECASE),
}
ACRONYM = re.compile(r"(?<![A-Za-zÀ-ÿ])[A-Z]{2,}(?![a-zà-ÿ])")
CONTENT_MONTH = (2026, 12)


def words(text: str) -> int:
    """Words as a reader counts them: punctuation alone («, :, …) is not a word."""
    return sum(1 for token in text.split() if re.search(r"\w", token))


def lowest_option_not_zero(content: Content) -> list[str]:
    """Every question's worst answer scores 0: no partial credit for the worst practice."""
    return [f"{q.id}: lowest option scores {min(o.score for o in q.options)}"
            for q in content.questions.values() if min(o.score for o in q.options) > 0]


def too_long(content: Content) -> list[str]:
    out = []
    for q in content.questions.values():
        for lang in ("fr", "en"):
            n = words(q.text.get(lang))
            if n > MAX_QUESTION_WORDS:
                out.append(f"{q.id} ({lang}): question has {n} words")
            for o in q.options:
                n = words(o.label.get(lang))
                if n > MAX_OPTION_WORDS:
                    out.append(f"{q.id}/{o.id} ({lang}): option has {n} words")
    return out


def negative_questions(content: Content) -> list[str]:
    out = []
    for q in content.questions.values():
        for lang, pattern in NEGATIVE.items():
            found = pattern.findall(q.text.get(lang))
            if found:
                out.append(f"{q.id} ({lang}): negative wording {found}: {q.text.get(lang)}")
    return out


def _spelled_out(acronym: str, text: str) -> bool:
    """'conditions générales de vente (CGV)' or 'CNIL (Commission nationale ...)'."""
    a = re.escape(acronym)
    return bool(re.search(rf"\(\s*{a}\s*\)", text) or re.search(rf"\b{a}\s*\([^)]*[a-zà-ÿ]{{3}}", text))


def unexplained_acronyms(content: Content) -> list[str]:
    terms = {lang: " ".join(g.term.get(lang) for g in content.glossary) for lang in ("fr", "en")}
    out = []
    for q in content.questions.values():
        for lang in ("fr", "en"):
            for text in [q.text.get(lang)] + [o.label.get(lang) for o in q.options]:
                for acronym in sorted(set(ACRONYM.findall(text))):
                    if _spelled_out(acronym, text) or re.search(rf"\b{acronym}\b", terms[lang]):
                        continue
                    out.append(f"{q.id} ({lang}): '{acronym}' is neither spelled out nor in the glossary")
    return out


def open_ended_wording(texts: dict[str, str]) -> list[str]:
    """texts: name -> full text (content files, rendered checklist)."""
    return [f"{name}: '{phrase}'" for name, text in texts.items()
            for phrase in OPEN_ENDED if phrase in text.lower()]


def not_checked_this_month(content: Content) -> list[str]:
    items = list(content.questions.values()) + list(content.actions.values())
    return [f"{item.id}: checked {item.checked}" for item in items
            if (item.checked.year, item.checked.month) != CONTENT_MONTH]


def without_sources(content: Content) -> list[str]:
    items = list(content.questions.values()) + list(content.actions.values())
    return [item.id for item in items if not [s for s in item.sources if s.strip()]]


def content_texts(directory: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.toml"))}


# --------------------------------------------------------------------------------------------


def test_every_question_has_an_option_scoring_zero(content):
    assert lowest_option_not_zero(content) == []


def test_questions_and_options_are_short(content):
    assert too_long(content) == []


def test_no_question_is_phrased_negatively(content):
    assert negative_questions(content) == []


def test_every_acronym_is_spelled_out_or_in_the_glossary(content):
    assert unexplained_acronyms(content) == []


def test_no_fact_is_left_open_in_the_content_or_the_rendered_checklist():
    texts = content_texts(DEFAULT_CONTENT_DIR)
    docs = Path(__file__).resolve().parent.parent / "docs"
    for name in ("checklist-fr.md", "checklist-en.md"):
        texts[name] = (docs / name).read_text(encoding="utf-8")
    assert open_ended_wording(texts) == []


def test_every_item_was_checked_this_month_and_has_sources(content):
    assert not_checked_this_month(content) == []
    assert without_sources(content) == []


def test_the_rules_see_what_they_should():
    """The heuristics themselves, on sentences written to trip them (and to pass)."""
    assert words("Oui : délai, formulaire type « 14 jours »") == 6
    fr = NEGATIVE["fr"]
    assert fr.search("Travaillez-vous avec un compte sans droits d'administrateur ?")
    assert fr.search("Êtes-vous sûr que personne ne l'a trafiqué ?")
    assert fr.search("Vos clients savent-ils qu'ils parlent à un robot et non à une personne ?")
    assert fr.search("Avez-vous vérifié qu'aucun outil n'analyse les émotions ?")
    assert not fr.search("Une personne relit-elle tout ce que l'IA a produit avant l'envoi ?")
    assert not fr.search("Qui installe les mises à jour de votre box ?")
    assert _spelled_out("CGV", "Vos conditions générales de vente (CGV) sont-elles en ligne ?")
    assert _spelled_out("CNIL", "La CNIL (Commission nationale de l'informatique et des libertés)")
    assert not _spelled_out("OPCO", "(CCI, France Num, OPCO pour la formation)")
    assert open_ended_wording({"x": "Modalités à vérifier avec un juriste"}) == ["x: 'à vérifier'"]
