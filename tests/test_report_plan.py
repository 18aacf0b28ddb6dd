"""The plan in the PDF (issue 13): the engine's order and numbers, grouped by period, the roadmap
page, the first five actions on the owner's first page, the partner edition's periods without
titles, and people the firm has. Parsed back with pypdf; text compared without whitespace."""
from __future__ import annotations

import pytest

pypdf = pytest.importorskip("pypdf")

from checks.assessment import ActionTracking  # noqa: E402
from checks import formatting  # noqa: E402
from checks.formatting import hours  # noqa: E402
from checks.score_json import score_report  # noqa: E402
from checks.scoring import evaluate_assessment  # noqa: E402
from checks.vocabulary import PERIOD_LABELS  # noqa: E402
from reports.pdf import build_report_bytes  # noqa: E402
from tests.factories import make_assessment  # noqa: E402
from tests.test_report import DAY, pdf_pages, squash  # noqa: E402

BAKERY = {"sector": "retail", "staff": "2_9", "sells_online": ["social"],
          "card_payments": ["in_shop"], "website": "yes", "ai_use": ["chat_assistant"],
          "customer_wifi": "yes", "personal_data": "yes", "it_provider": "no"}


@pytest.fixture(scope="module")
def bakery(content):
    a = make_assessment(content, "mixed", profile=BAKERY, seed=7)
    a.completed_at = "2026-12-01T10:00:00+01:00"
    plan = evaluate_assessment(content, a).plan
    a.actions[plan.actions[2].action] = ActionTracking("done")
    a.actions[plan.actions[6].action] = ActionTracking("in_progress", "Julie")
    return a


def pdf(content, assessment, edition="owner", lang="fr") -> list[str]:
    return pdf_pages(build_report_bytes(content, assessment, edition=edition, lang=lang,
                                        generated=DAY, app_version="9.9.9"))


def test_the_plan_pages_follow_the_numbers_period_by_period(content, bakery):
    plan = evaluate_assessment(content, bakery).plan
    pages = pdf(content, bakery)
    start = next(i for i, p in enumerate(pages) if squash("Les actions sont numérotées") in squash(p))
    text = squash("\n".join(pages[start:]))
    todo = [a for a in plan.actions if a.number is not None]
    places = [text.index(squash(content.actions[a.action].title.fr)) for a in todo]
    assert places == sorted(places)                       # down the pages in number order
    headings = [text.index(squash(PERIOD_LABELS[p.id].fr + "·")) for p in plan.periods
                if p.actions]
    assert headings == sorted(headings)
    for a, at in zip(todo, places):                       # each under its own period's heading
        own = text.index(squash(PERIOD_LABELS[a.period].fr + "·"))
        assert own < at
    done = [a for a in plan.actions if a.status == "done"]
    assert done and squash("Déjà fait (1)") in text
    assert squash("Au plus tard") in text and squash("déjà commencée") in text


def test_the_first_five_are_the_plans_first_five_with_the_same_numbers(content, bakery):
    report = score_report(content, bakery)
    first = [a for a in report["plan"]["actions"] if a["number"]][:5]
    summary = squash(next(p for p in pdf(content, bakery) if "Vos cinq premières actions" in p))
    tail = summary[summary.index(squash("Vos cinq premières actions")):]
    at = [tail.index(squash(f"{a['number']}{a['title']}")) for a in first]
    assert at == sorted(at) and [a["number"] for a in first] == [1, 2, 3, 4, 5]


def test_the_roadmap_shows_the_pace_each_period_and_what_cannot_be_done_in_time(content, bakery):
    plan = evaluate_assessment(content, bakery).plan
    page = next(p for p in pdf(content, bakery) if "Feuille de route" in p and "rythme" in p)
    text = squash(page)
    assert squash("Votre rythme : 8 h par mois") in text
    for p in plan.periods[:4]:
        assert squash(PERIOD_LABELS[p.id].fr) in text
    assert plan.overload.late, "the bakery's plan is more than 8 h a month can do in time"
    assert squash(f"il faudrait {int(plan.overload.monthly_hours_needed)} h par mois") in text
    assert squash("À 8 h par mois, tout le plan prendrait environ "
                  f"{formatting.months(plan.months_at_pace(), 'fr')}.") in text
    assert squash("un prestataire à choisir") in text and "ExpertCyber" in page
    assert squash("votre prestataire informatique") not in text


def test_the_summary_says_what_pace_would_keep_every_deadline(content, bakery):
    plan = evaluate_assessment(content, bakery).plan
    summary = squash(next(p for p in pdf(content, bakery) if "Vos cinq premières actions" in p))
    need = plan.overload.monthly_hours_needed
    assert need > plan.capacity.monthly_hours == 8
    assert squash(f"il faudrait {hours(need, 'fr')} par mois au lieu de 8 h, ou de l'aide") in summary
    english = squash(next(p for p in pdf(content, bakery, lang="en") if "first five" in p))
    assert squash(f"would take {hours(need, 'en')} a month instead of 8 h") in english
    # and the calm figure beside it: the whole plan at the pace set
    months = plan.months_at_pace()
    assert months > 12
    fr, en = formatting.months(months, "fr"), formatting.months(months, "en")
    assert squash(f"À 8 h par mois, tout le plan prendrait environ {fr}.") in summary
    assert squash(f"At 8 h a month, the whole plan would take about {en}.") in english


def before_glossary(pages: list[str]) -> str:
    """The report's text up to its glossary (which may define the term without naming anyone)."""
    text = "\n".join(pages)
    return squash(text[:text.rfind("Glossaire")] if "Glossaire" in text else text)


def test_no_it_provider_means_none_is_named_as_if_the_firm_had_one(content, bakery):
    text = before_glossary(pdf(content, bakery))
    assert squash("Prestataire à choisir") in text                     # positive control
    # the noun names the IT provider in the "who" column and in whom to ask
    assert squash("Prestataire informatique") not in text
    served = make_assessment(content, "dont_know", profile={**BAKERY, "it_provider": "yes"})
    served_text = squash("\n".join(pdf(content, served)))
    assert squash("Prestataire informatique") in served_text


def test_partner_edition_shows_periods_counts_and_budget_but_no_titles(content, bakery):
    pages = pdf(content, bakery, edition="partner")
    text = squash("\n".join(pages))
    assert squash("Feuille de route") in text and squash("Cette semaine") in text
    assert squash("par domaine et par période") in text
    plan = evaluate_assessment(content, bakery).plan
    for a in plan.actions:
        assert squash(content.actions[a.action].title.fr) not in text
    assert squash("n° ") not in text     # no action numbers either: they would mean nothing


def test_english_edition(content, bakery):
    text = squash("\n".join(pdf(content, bakery, lang="en")))
    for needle in ("Roadmap", "Your pace: 8 h a month", "This week", "At the latest",
                   "Your first five actions", "A provider to choose"):
        assert squash(needle) in text, needle
