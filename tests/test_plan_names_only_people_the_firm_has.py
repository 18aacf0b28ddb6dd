"""Issue 13: a firm working alone with no IT provider never reads, in its plan's steps and cost
notes, an IT provider, staff or a web agency named as if it had one ("demandez à votre
prestataire informatique", "expliquez-les à l'équipe") — in the engine's plan, in the app's
details and in the owner PDF. Wording for everyone ("votre prestataire informatique, si vous en
avez un") is fine. The same checks find such words for a firm that has them, so they can fail.
"""
from __future__ import annotations

import re

import pytest

from checks.scoring import evaluate_assessment
from tests.factories import FULL_PROFILE, make_assessment, open_session

ALONE = {**FULL_PROFILE, "staff": "1", "it_provider": "no"}
TEAM = {**FULL_PROFILE, "staff": "2_9", "it_provider": "yes"}

IT_PROVIDER = {
    "fr": [r"votre prestataire informatique(?!,? si vous en avez un)",
           r"\bvotre prestataire\b(?! (?:informatique|de paiement))"],
    "en": [r"your IT provider(?!,? if you have one)"],
}
STAFF = {
    "fr": [r"(?:à|toute|de) l'équipe\b", r"\bvotre équipe\b", r"\bvos (?:salariés|employés)\b",
           r"\bchaque (?:salarié|membre|employé)\b", r"\bun salarié\b"],
    "en": [r"\b(?:the|whole|your) team\b", r"\byour (?:staff|employees)\b",
           r"\b(?:each|every) (?:member of staff|employee)\b"],
}
WEB_AGENCY = {"fr": [r"\bvotre agence web\b", r"\bl'agence web\b"],
              "en": [r"\byour web (?:agency|provider)\b"]}


def presumed(text: str, lang: str, kinds=(IT_PROVIDER, STAFF, WEB_AGENCY)) -> list[str]:
    text = re.sub(r"\s+", " ", text)
    return [m.group(0) for kind in kinds for p in kind[lang] for m in re.finditer(p, text)]


def shown_texts(content, plan, lang: str) -> list[str]:
    """The steps and cost notes the plan shows this firm."""
    out = []
    for planned in plan.actions:
        action = content.actions[planned.action]
        out += [action.steps[i].get(lang) for i in planned.steps]
        if action.cost_note:
            out.append(action.cost_note.get(lang))
    return out


def plans(content, profile):
    """Every action the profile can be proposed: all answers worst, and all "je ne sais pas"."""
    return [evaluate_assessment(content, make_assessment(content, how, profile=profile)).plan
            for how in ("worst", "dont_know")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_firm_alone_without_it_provider_reads_no_one_it_does_not_have(content, lang):
    found = {}
    for plan in plans(content, ALONE):
        assert len(plan.actions) > 40
        for text in shown_texts(content, plan, lang):
            if presumed(text, lang):
                found[text] = presumed(text, lang)
    assert found == {}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_check_finds_those_words_for_a_firm_that_has_them(content, lang):
    texts = [t for plan in plans(content, TEAM) for t in shown_texts(content, plan, lang)]
    assert any(presumed(t, lang, (IT_PROVIDER,)) for t in texts)
    assert any(presumed(t, lang, (STAFF,)) for t in texts)
    assert presumed("Demandez à votre prestataire informatique.", "fr")
    assert not presumed("Votre prestataire informatique, si vous en avez un, le fera.", "fr")


def test_the_app_details_name_no_one_the_firm_does_not_have(qtbot, data_dir, content):
    from ui.plan_page import PlanPage

    session = open_session(data_dir, content, make_assessment(content, "worst", profile=ALONE))
    page = PlanPage(session)
    qtbot.addWidget(page)
    page.show()
    plan = session.evaluation().plan
    for planned in plan.actions:
        page.plan_list.open_details(planned.action)
    texts = []
    for details in page.plan_list.details.values():
        texts += [w.text() for w in details.steps if not w.isHidden()]
        texts += [details.cost_note.text(), details.who.text(), details.find.text()]
    week = [w.text() for line in page.week.lines.values()
            for w in line.findChildren(type(page.title))]
    assert len(texts) > 200 and week
    assert {t: presumed(t, "fr") for t in texts + week if presumed(t, "fr")} == {}
    assert any("un prestataire à choisir" in t for t in texts)     # who, resolved
    page.hide()
    session.close()


def test_the_owner_pdf_names_no_one_the_firm_does_not_have(content):
    pytest.importorskip("pypdf")
    from reports.pdf import build_report_bytes
    from tests.test_report import DAY, pdf_pages

    def plan_text(profile) -> str:
        """The plan section: from its introduction to the next section (questions to ask,
        or the answers in detail, which quote the questions themselves)."""
        assessment = make_assessment(content, "worst", profile=profile)
        pages = pdf_pages(build_report_bytes(content, assessment, edition="owner", lang="fr",
                                             generated=DAY, app_version="9.9.9"))
        text = re.sub(r"\s+", " ", "\n".join(pages))
        start = text.index("Les actions sont numérotées")
        ends = [text.find(h, start) for h in ("Questions à poser à vos interlocuteurs",
                                              "Détail des réponses")]
        return text[start:min(e for e in ends if e > 0)]

    assert presumed(plan_text(TEAM), "fr", (IT_PROVIDER, STAFF))   # the check sees them
    assert presumed(plan_text(ALONE), "fr") == []
