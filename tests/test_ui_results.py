"""The results page: scores per module and overall with maturity and completion, the chart,
critical gaps first (clickable), the comparison with the previous checkup.

Real widgets, a real store in tmp_path, the real content and the real scoring engine.
"""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from checks.vocabulary import MATURITY_LABELS
from tests.factories import attached_session, make_assessment, open_session


@pytest.fixture
def sessions():
    opened = []
    yield opened
    for s in opened:
        s.close()


def results_page(qtbot, session):
    from ui.results_page import ResultsPage

    page = ResultsPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_module_scores_match_the_engine(qtbot, data_dir, content, sessions):
    from checks.scoring import evaluate_assessment

    assessment = make_assessment(content, "mixed", seed=7)
    session = open_session(data_dir, content, assessment)
    sessions.append(session)
    page = results_page(qtbot, session)
    expected = evaluate_assessment(content, assessment)

    assert expected.completion == pytest.approx(100.0)
    overall = page.overall.text()
    assert f"{expected.score:.0f}/100" in overall
    assert MATURITY_LABELS[expected.maturity].fr in overall
    assert "100 % répondu" in overall
    assert not page.incomplete.isVisible()

    rows = {r.label: r for r in page.chart.rows()}
    for m in expected.modules:
        title = content.module(m.module).title.fr
        text = page.module_labels[m.module].text()
        assert text.startswith(title)
        assert f"{m.score:.0f}/100" in text
        assert MATURITY_LABELS[m.maturity].fr in text
        assert f"{m.completion:.0f} % répondu" in text
        assert rows[title].score == pytest.approx(m.score)
        assert rows[title].completion == pytest.approx(m.completion)
        assert rows[title].maturity == m.maturity
        # The chart says its numbers to screen readers.
        assert f"{title} : {m.score:.0f}/100" in page.chart.accessibleDescription()


def test_a_half_done_checkup_never_looks_like_a_good_one(qtbot, data_dir, content, sessions):
    from checks.scoring import evaluate_assessment

    assessment = make_assessment(content, "best", fraction=0.5)
    session = open_session(data_dir, content, assessment)
    sessions.append(session)
    page = results_page(qtbot, session)
    expected = evaluate_assessment(content, assessment)

    assert expected.completion < 100
    assert f"{expected.completion:.0f} % répondu" in page.overall.text()
    assert page.incomplete.isVisible()
    assert "pas terminé" in page.incomplete.text()
    assert "provisoires" in page.incomplete.text()
    assert page.resume_button.isVisible()
    # Resuming goes to the first unanswered question.
    with qtbot.waitSignal(page.interview_requested) as blocker:
        qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    first_unanswered = blocker.args[0]
    assert first_unanswered in content.questions
    assert first_unanswered not in assessment.answers


def test_critical_gaps_come_first_and_open_their_question(qtbot, data_dir, content, sessions):
    from checks.scoring import evaluate_assessment

    assessment = make_assessment(content, "worst")
    session = open_session(data_dir, content, assessment)
    sessions.append(session)
    page = results_page(qtbot, session)
    gaps = evaluate_assessment(content, assessment).critical_gaps
    assert gaps, "the worst answers must leave critical gaps"

    assert [b.property("question_id") for b in page.gap_buttons] == [g.question for g in gaps]
    first = page.gap_buttons[0]
    assert content.questions[gaps[0].question].text.fr in first.text()
    assert first.accessibleName().startswith("Point critique")
    # The gaps come first: right under the overall score, above the chart and the comparison.
    body = page.body
    assert body.indexOf(page.gauge) < body.indexOf(page.gaps_heading) < body.indexOf(page.chart)
    assert body.indexOf(page.gaps_heading) < body.indexOf(page.compare_heading)

    with qtbot.waitSignal(page.interview_requested) as blocker:
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert blocker.args == [gaps[0].question]

    # The first five are shown; the others are one click away.
    from ui.results_page import GAPS_SHOWN

    assert all(b.isVisible() for b in page.gap_buttons[:GAPS_SHOWN])
    if len(gaps) > GAPS_SHOWN:
        assert not page.gap_buttons[GAPS_SHOWN].isVisible()
        hidden = len(gaps) - GAPS_SHOWN
        assert page.more_gaps.text() == ("Afficher 1 autre point critique" if hidden == 1 else
                                         f"Afficher les {hidden} autres points critiques")
        qtbot.mouseClick(page.more_gaps, Qt.MouseButton.LeftButton)
        assert all(b.isVisible() for b in page.gap_buttons)
        assert not page.more_gaps.isVisible()

    # By keyboard too: focus the last gap and press Space.
    last = page.gap_buttons[-1]
    last.setFocus()
    with qtbot.waitSignal(page.interview_requested) as blocker:
        qtbot.keyClick(last, Qt.Key.Key_Space)
    assert blocker.args == [gaps[-1].question]


def test_no_gap_no_comparison_for_a_first_good_checkup(qtbot, data_dir, content, sessions):
    session = open_session(data_dir, content, make_assessment(content, "best"))
    sessions.append(session)
    page = results_page(qtbot, session)
    assert page.gap_buttons == []
    assert "Aucun point critique" in page.gaps_intro.text()
    assert not page.compare_heading.isVisible()
    assert not page.compare_summary.isVisible()


def test_comparison_with_the_previous_checkup(qtbot, data_dir, content, sessions):
    from checks.compare import compare

    before = make_assessment(content, "worst")
    after = make_assessment(content, "mixed", seed=2)
    after = dataclasses.replace(after, business=before.business, id="second-checkup",
                                started_at="2027-05-20T09:30:00+02:00")
    session = open_session(data_dir, content, before, after)
    sessions.append(session)
    page = results_page(qtbot, session)
    expected = compare(content, before, after)

    assert page.compare_heading.isVisible()
    summary = page.compare_summary.text()
    assert f"Réponses en progrès : {len(expected.improved)} ; en recul : {len(expected.worsened)}." in summary
    assert f"{expected.overall.before:.0f} → {expected.overall.after:.0f}" in summary
    for delta in expected.modules:
        label = page.findChild(type(page.compare_summary), f"delta_{delta.module}")
        assert label is not None
        title = content.module(delta.module).title.fr
        assert label.text().startswith(title)
        assert f"{delta.before:.0f} → {delta.after:.0f}" in label.text()
        assert f"{round(delta.after) - round(delta.before):+d}" in label.text()
    # The chart marks the previous score.
    assert all(r.previous is not None for r in page.chart.rows())


def test_plan_button_and_keyboard_reach(qtbot, data_dir, content, sessions):
    session = open_session(data_dir, content, make_assessment(content, "worst"))
    sessions.append(session)
    page = results_page(qtbot, session)
    with qtbot.waitSignal(page.plan_requested):
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    # Every control can be reached with Tab and is named for screen readers.
    for widget in [page.plan_button, page.chart, *page.gap_buttons]:
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert widget.accessibleName() or widget.text()


def test_page_follows_new_answers(qtbot, data_dir, content, sessions):
    assessment = make_assessment(content, "worst")
    session = open_session(data_dir, content, assessment)
    sessions.append(session)
    page = results_page(qtbot, session)
    gap = page.gap_buttons[0].property("question_id")
    best = max(content.questions[gap].options, key=lambda o: o.score).id
    session.answer(gap, best)
    assert gap not in [b.property("question_id") for b in page.gap_buttons]


def test_pages_without_an_open_checkup(qtbot, data_dir, content):
    from ui.plan_page import PlanPage
    from ui.results_page import ResultsPage
    session = attached_session(data_dir, content)
    try:
        results, plan = ResultsPage(session), PlanPage(session)
        for page in (results, plan):
            qtbot.addWidget(page)
            page.show()
        assert results.overall.text() == "Aucun diagnostic ouvert."
        assert results.gap_buttons == [] and not results.incomplete.isVisible()
        assert plan.summary.text() == "Aucun diagnostic ouvert."
        assert not plan.export_button.isEnabled() and plan.plan_list.rows == {}
    finally:
        session.close()


def test_one_hidden_critical_point_is_said_in_the_singular(qtbot, data_dir, content, sessions):
    from checks.scoring import evaluate_assessment
    from ui.results_page import GAPS_SHOWN

    assessment = make_assessment(content, "worst")
    gaps = evaluate_assessment(content, assessment).critical_gaps
    assert len(gaps) > GAPS_SHOWN + 1
    best = {q.id: max(q.options, key=lambda o: o.score).id for q in content.questions.values()}
    for gap in gaps[GAPS_SHOWN + 1:]:       # answer the others well: one more than shown is left
        assessment.answers[gap.question] = dataclasses.replace(
            assessment.answers[gap.question], option=best[gap.question])
    assert len(evaluate_assessment(content, assessment).critical_gaps) == GAPS_SHOWN + 1
    session = open_session(data_dir, content, assessment)
    sessions.append(session)
    page = results_page(qtbot, session)
    assert page.more_gaps.isVisible()
    assert page.more_gaps.text() == "Afficher 1 autre point critique"
