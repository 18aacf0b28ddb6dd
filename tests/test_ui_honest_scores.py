"""Scores that say how far they can be trusted (issue 15): the client list and the history say
"provisoire" for a checkup answered below 80 %, the results page's gauge says at the top why the
level is capped, and the interview calls a critical question what the results and PDF call it.

Real widgets, a real store in tmp_path, the real content and scoring engine."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from checks.assessment import Answer
from checks.content import applies
from checks.scoring import evaluate_assessment
from checks.vocabulary import MATURITY_LABELS
from tests.factories import make_assessment, open_checkups, open_session
from tests.test_ui_flow_support import close_window, messages, open_app  # noqa: F401
from tests.test_ui_home import _rows
from tests.test_ui_results import results_page, sessions  # noqa: F401


def test_the_list_calls_a_score_on_6_percent_provisional(open_app, data_dir, content):
    hurried = make_assessment(content, "best", name="Boulangerie Pressée", fraction=0.06)
    done = make_assessment(content, "best", name="Garage Complet")
    for a in (hurried, done):
        a.completed_at = "2026-11-20T11:00:00+01:00"
    with open_checkups(data_dir, content) as checkups:
        for a in (hurried, done):
            checkups.import_assessment(a)
    window = open_app(data_dir, advisor_mode=True)
    rows = {r[0]: r for r in _rows(window.current_page())}
    assert rows["Boulangerie Pressée"][3] == "100/100 · provisoire"
    assert rows["Boulangerie Pressée"][4] == "6\u202f%"     # French typography, as in the PDF
    assert rows["Garage Complet"][3] == f"100/100 · {MATURITY_LABELS['advanced'].fr}"


def test_the_english_list_writes_percentages_the_english_way(open_app, data_dir, content):
    with open_checkups(data_dir, content) as checkups:
        checkups.import_assessment(make_assessment(content, "best", name="Corner Shop",
                                                   fraction=0.5))
    window = open_app(data_dir, advisor_mode=True, language="en")
    rows = {r[0]: r for r in _rows(window.current_page())}
    assert re.fullmatch(r"\d+% · in progress", rows["Corner Shop"][4]), rows["Corner Shop"][4]


def _capped(content):
    """Every answer the best but one critical question failed: a high score, a capped level."""
    a = make_assessment(content, "best")
    critical = next(q for q in content.questions.values()
                    if q.critical and applies(q, a.profile) and q.id in a.answers)
    a.answers[critical.id] = Answer(min(critical.options, key=lambda o: o.score).id)
    ev = evaluate_assessment(content, a)
    assert ev.capped and ev.maturity == "progressing" and ev.score >= 65
    return a, ev


def test_the_gauge_says_at_the_top_why_the_level_is_capped(qtbot, data_dir, content, sessions):
    a, ev = _capped(content)
    session = open_session(data_dir, content, a)
    sessions.append(session)
    page = results_page(qtbot, session)
    gauge = page.gauge
    assert page.body.indexOf(gauge) == 1                 # right under the title
    assert gauge.number.text() == f"{ev.score:.0f}"
    assert f"{ev.score:.0f}/100 — En progrès — 100 % répondu" in gauge.headline.text()
    assert gauge.reason.isVisible()
    assert "Un point critique limite le niveau à « En progrès »" in gauge.reason.text()
    assert "provisoire" not in gauge.reason.text()


@pytest.mark.parametrize("fraction, provisional", [(0.06, True), (1.0, False)])
def test_the_gauge_says_provisional_below_80_percent(qtbot, data_dir, content, sessions,
                                                     fraction, provisional):
    a = make_assessment(content, "best", fraction=fraction)
    session = open_session(data_dir, content, a)
    sessions.append(session)
    page = results_page(qtbot, session)
    headline, reason = page.gauge.headline.text(), page.gauge.reason.text()
    assert headline.startswith("Score global 100/100")
    assert ("provisoire" in headline) is provisional
    assert (MATURITY_LABELS["advanced"].fr in headline) is not provisional
    assert page.gauge.reason.isVisible() is provisional
    if provisional:
        assert reason.startswith("Score provisoire : 6 % des questions ont une réponse")


def test_the_interview_says_point_critique(qtbot, content):
    from ui.question_view import QuestionView

    view = QuestionView()
    qtbot.addWidget(view)
    question = next(q for q in content.questions.values() if q.critical)
    view.show_question(question, content, "fr", None, False, "")
    view.show()
    badge = view.findChild(QLabel, "critical")
    assert badge.isVisible() and badge.text() == "Point critique"


def test_a_level_has_one_colour_on_screen_and_on_paper(qapp):
    from reports.styles import MATURITY_COLORS
    from ui.charts import COLOURS

    for level in MATURITY_LABELS:
        assert COLOURS[level].name() == "#" + MATURITY_COLORS[level].hexval()[2:].lower()
    assert COLOURS["solid"].blue() > COLOURS["solid"].green()   # "Solide" is blue in both


def test_an_empty_plan_on_6_percent_says_too_few_answers(qtbot, data_dir, content, sessions):
    from tests.test_ui_plan import plan_page

    a = make_assessment(content, "best", fraction=0.06)
    ev = evaluate_assessment(content, a)
    assert not ev.plan.actions and ev.provisional
    session = open_session(data_dir, content, a)
    sessions.append(session)
    page = plan_page(qtbot, session)
    assert page.summary.text().startswith(
        f"Seulement {ev.completion:.0f} % des questions ont une réponse : c'est trop peu")
    # nowhere on the page: not in the summary, the week card or the list's empty line
    for text in (page.summary.text(), page.week.intro.text(), page.plan_list.empty.text()):
        assert "Aucune action à prévoir" not in text
    assert "plus de questions" in page.week.intro.text()
    assert "plus de questions" in page.plan_list.empty.text()


def test_the_history_says_provisional_too(qtbot, data_dir, content, sessions):
    from ui.history_dialog import HistoryDialog

    first = make_assessment(content, "best")
    first.completed_at = "2026-11-20T11:00:00+01:00"
    later = make_assessment(content, "best", fraction=0.06)
    later.business = first.business
    later.started_at = "2026-11-27T09:00:00+01:00"
    session = open_session(data_dir, content, first, later)
    sessions.append(session)
    dialog = HistoryDialog(session, session.assessment().business.id)
    qtbot.addWidget(dialog)
    scores = [dialog.table.topLevelItem(i).text(2) for i in range(dialog.table.topLevelItemCount())]
    assert scores == ["100/100 · provisoire", f"100/100 · {MATURITY_LABELS['advanced'].fr}"]


def test_a_history_left_open_after_the_data_closed_says_nothing_on_a_language_switch(
        qtbot, data_dir, content, messages):
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.history_dialog import HistoryDialog

    first = make_assessment(content, "best")
    session = open_session(data_dir, content, first)
    dialog = HistoryDialog(session, session.assessment().business.id)
    qtbot.addWidget(dialog)
    assert dialog.rows
    session.close()
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert messages.messages == []     # no "Impossible de lire l'historique" for a closed store
