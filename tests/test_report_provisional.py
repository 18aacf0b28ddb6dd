"""A score over too few answers says so on paper (issues 15, 16): at 6 % answered the owner and
partner editions print "provisoire" by the score, say how much is answered, do not show the
maturity level as settled, and an empty plan is not called "nothing needed"; once every question
is answered, none of that is printed."""
from __future__ import annotations

import pytest

from checks import formatting as fmt
from checks.scoring import evaluate_assessment
from reports.pdf import build_report_bytes
from tests.factories import make_assessment
from tests.test_report import squash
from tests.test_report_partner_bank import text_of


@pytest.fixture(scope="module")
def hurried(content):
    """The best answer to the first 6 % of the questions: 100/100 on almost nothing."""
    a = make_assessment(content, "best", fraction=0.06)
    ev = evaluate_assessment(content, a)
    assert ev.score == 100 and ev.provisional and ev.completion < 10
    return a, ev


def test_the_owner_edition_says_a_score_on_few_answers_is_provisional(content, hurried):
    a, ev = hurried
    text = text_of(build_report_bytes(content, a, edition="owner"))
    pct = fmt.percent(ev.completion, "fr")
    assert squash("100 / 100 provisoire") in text
    assert squash(f"Score provisoire : {pct} des questions ont une réponse") in text
    assert squash("provisoire, à confirmer") in text         # the level is not shown as settled
    assert squash("Barre claire : score provisoire") in text  # the chart's light bar explained
    assert squash("Aucune action n'est nécessaire d'après les réponses données") not in text
    assert squash("Aucune action nécessaire : bravo") not in text
    assert squash(f"Aucun point critique dans les réponses données ({pct} des questions)") in text
    if not ev.plan.actions:
        assert squash(f"Seulement {pct} des questions ont une réponse") in text


def test_the_partner_edition_says_provisional_too_in_english(content, hurried):
    a, ev = hurried
    text = text_of(build_report_bytes(content, a, edition="partner", lang="en"))
    assert squash("100 / 100 provisional") in text
    assert squash(f"Provisional score: {fmt.percent(ev.completion, 'en')} of the questions") in text


@pytest.mark.parametrize("edition", ["owner", "partner"])
def test_a_finished_checkup_is_not_provisional(content, edition):
    a = make_assessment(content, "mixed")
    fr = text_of(build_report_bytes(content, a, edition=edition))
    en = text_of(build_report_bytes(content, a, edition=edition, lang="en"))
    assert "provisoire" not in fr and "rovisional" not in en
    assert "à confirmer" not in fr and "Barre claire" not in fr
    if edition == "owner":   # one term in English as in French
        assert squash("Critical points") in en and "Critical gap" not in en
