"""One vocabulary for every reader (checks/vocabulary.py) and one way to write figures
(checks/formatting.py): every id the content or the engine can produce has its words."""
from __future__ import annotations

import datetime as _dt

import pytest

from checks import formatting
from checks import vocabulary as V
from checks.assessment import STATUSES
from checks.content import ASK, DONT_KNOW, HORIZONS, RISKS, WHO
from checks.evaluation import MATURITY_LEVELS, PERIODS, WHY_NOW
from checks.fit import TO_CHOOSE
from checks.ranking import PRIORITIES
from tests.test_scoring_properties import get_content


def test_every_id_has_its_words_in_both_languages():
    tables = [(set(WHO) | set(ASK) | {TO_CHOOSE}, V.ROLES), (set(STATUSES), V.STATUS_LABELS),
              (set(MATURITY_LEVELS), V.MATURITY_LABELS), (set(HORIZONS), V.HORIZON_LABELS),
              (set(PRIORITIES), V.PRIORITY_LABELS), (set(PERIODS), V.PERIOD_LABELS),
              (set(WHY_NOW), V.WHY_NOW_LABELS), (set(RISKS), V.RISK_LABELS)]
    for ids, table in tables:
        assert set(table) == ids
    texts = [V.DONT_KNOW_LABEL, *V.STATUS_LABELS.values(), *V.MATURITY_LABELS.values(),
             *V.HORIZON_LABELS.values(), *V.PRIORITY_LABELS.values(),
             *V.PERIOD_LABELS.values(), *V.WHY_NOW_LABELS.values(), *V.RISK_LABELS.values()]
    for role in V.ROLES.values():
        texts += [role.noun, role.the, role.to_the, role.yours, role.ask]
    for text in texts:
        assert text.fr.strip() and text.en.strip() and text.fr != text.en


def test_languages_are_named_in_themselves_french_first():
    assert list(V.LANGUAGES.items()) == [("fr", "Français"), ("en", "English")]
    assert V.LANGS == ("fr", "en")


def test_each_reader_gets_its_form_of_a_role():
    it = V.ROLES["it_provider"]
    assert (it.noun.fr, it.the.fr, it.to_the.fr, it.yours.fr, it.ask.fr) == (
        "Prestataire informatique", "le prestataire informatique", "au prestataire informatique",
        "votre prestataire informatique", "À demander à votre prestataire informatique")
    assert (it.noun.en, it.the.en, it.to_the.en, it.yours.en, it.ask.en) == (
        "IT provider", "the IT provider", "the IT provider", "your IT provider",
        "Ask your IT provider")
    assert V.ROLES["owner"].ask.get("en") == "Check for yourself"
    assert V.horizon_inline("3m", "fr") == "dans les 3 mois"
    assert V.horizon_inline("now", "en") == "right away"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_answer_label(lang):
    content = get_content("mini")
    question = next(iter(content.questions.values()))
    option = question.options[0]
    assert V.answer_label(content, question.id, option.id, lang) == option.label.get(lang)
    assert V.answer_label(content, question.id, DONT_KNOW, lang) == V.DONT_KNOW_LABEL.get(lang)
    assert V.answer_label(content, question.id, "gone", lang) == "gone"
    assert V.answer_label(content, "no.such.question", "gone", lang) == "gone"


def test_formatting_per_language():
    assert formatting.money(1500, "fr") == "1\u202f500\u00a0€"
    assert formatting.money(1500, "en") == "€1,500"
    assert formatting.money(1234567, "en") == "€1,234,567"
    assert formatting.money_range(100, 1000, "fr") == "100 à 1\u202f000\u00a0€"
    assert formatting.money_range(100, 1000, "en") == "€100 to €1,000"
    assert formatting.date(_dt.date(2026, 11, 26), "fr") == "26 novembre 2026"
    assert formatting.date(_dt.date(2026, 11, 26), "en") == "26 November 2026"
    assert formatting.date("2026-12-01T09:00:00+01:00", "fr") == "1er décembre 2026"
    assert formatting.hours(1.5, "fr") == "1,5\u00a0h"
    assert formatting.hours(1.5, "en") == "1.5\u00a0h"
    assert formatting.hours(0.5, "en") == "30\u00a0min"
    assert formatting.percent(72.4, "fr") == "72\u202f%"
    assert formatting.percent(72.4, "en") == "72%"
    assert [formatting.months(n, "fr") for n in (1, 19, 23)] == ["1\u00a0mois", "19\u00a0mois",
                                                                 "23\u00a0mois"]
    assert [formatting.months(n, "en") for n in (1, 19)] == ["1\u00a0month", "19\u00a0months"]
    # from two years on, in years to the nearest half
    assert [formatting.months(n, "fr") for n in (24, 27, 30, 72)] == [
        "2\u00a0ans", "2,5\u00a0ans", "2,5\u00a0ans", "6\u00a0ans"]
    assert formatting.months(33, "en") == "3\u00a0years"


def test_who_reads_as_one_phrase_with_where_to_find_a_provider():
    assert V.who_text(("owner", "provider_to_choose"), "fr") == "vous-même, ou un prestataire à choisir"
    assert V.who_text(("owner", "staff", "it_provider"), "en") == (
        "yourself, a member of staff, or your IT provider")
    assert V.who_text(("accountant",), "fr") == "votre expert-comptable"
    assert "Cybermalveillance.gouv.fr" in V.ROLES["provider_to_choose"].find.fr
    assert "prestataire informatique" not in V.ROLES["provider_to_choose"].ask.fr
