"""The home list says what the selected business has to do this week (issue 13): its last
checkup's next actions, in the plan's numbers, with the progress; ticking one done on the plan
page shows on the home page when the owner comes back. Real window, real store."""
from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from checks.scoring import evaluate_assessment
from tests.factories import FULL_PROFILE, make_assessment, open_checkups
from tests.test_ui_flow_support import messages, open_app  # noqa: F401
from ui.pages import PageId

BAKERY = {**FULL_PROFILE, "it_provider": "no"}


def _seed(folder, content):
    with open_checkups(folder, content) as checkups:
        bakery = make_assessment(content, "mixed", profile=BAKERY, name="Boulangerie Martin")
        checkup = checkups.import_assessment(bakery).checkup_id
        checkups.create_business("Garage du Centre", "crafts", "1", "69500", "Bron")
    return bakery, checkup


def _select(home, name):
    table = home.table
    model = table.model()
    for i in range(model.rowCount()):
        if model.index(i, 0).data() == name:   # the name the list shows
            table.setCurrentIndex(model.index(i, 0))
            return


def test_the_selected_business_shows_its_week(open_app, data_dir, content, qtbot):
    bakery, checkup = _seed(data_dir, content)
    plan = evaluate_assessment(content, bakery).plan
    window = open_app(data_dir)
    home = window.current_page()
    _select(home, "Boulangerie Martin")
    pane = home.week_summary
    qtbot.waitUntil(lambda: pane.isVisible() and "Cette semaine" in pane.text(), timeout=3000)
    first = plan.actions[0]
    assert pane.headline.text().startswith("Cette semaine : ")
    assert f"0 / {plan.progress.total} faites" in pane.headline.text()
    lines = pane.actions.text().splitlines()
    assert lines[0] == f"1. {content.actions[first.action].title.fr}"
    assert 1 <= len(lines) <= 3

    _select(home, "Garage du Centre")                  # no checkup: nothing to say
    qtbot.waitUntil(lambda: not pane.isVisible(), timeout=3000)

    # tick the first action done on the plan page; back home, the next one leads
    window.session.open_checkup(checkup)
    window.show_page(PageId.PLAN)
    plan_page = window.current_page()
    with qtbot.waitSignal(window.session.actions_changed):
        plan_page.week.boxes[first.action].click()
    window.show_page(PageId.HOME)
    _select(home, "Boulangerie Martin")
    second = content.actions[plan.actions[1].action].title.fr
    qtbot.waitUntil(lambda: pane.actions.text().startswith(f"1. {second}"), timeout=3000)
    assert f"1 / {plan.progress.total} faites" in pane.headline.text()


def test_the_list_keeps_its_height_when_the_week_changes_and_the_page_fits_its_content(
        open_app, data_dir, content, qtbot):
    """The page scrolls when the window is short; it is exactly as tall as what it shows (the
    week's lines wrapped at their width), so the list does not grow or shrink from one
    business to the next."""
    with open_checkups(data_dir, content) as checkups:
        for n, (how, seed) in enumerate((("mixed", 1), ("worst", 2), ("mixed", 7))):
            checkups.import_assessment(make_assessment(content, how, profile=BAKERY, seed=seed,
                                                       name=f"Entreprise {n}"))
    window = open_app(data_dir, size=(1366, 560))
    home = window.current_page()
    pane, table = home.week_summary, home.table
    body = home.findChild(QScrollArea, "homeScroll").widget()
    heights, texts = set(), set()
    for name in ("Entreprise 0", "Entreprise 1", "Entreprise 2"):
        _select(home, name)
        qtbot.waitUntil(lambda: pane.isVisible() and pane.text() not in texts, timeout=3000)
        texts.add(pane.text())
        qtbot.waitUntil(lambda: pane.height() == pane.heightForWidth(pane.width()), timeout=3000)
        heights.add(table.height())
        assert body.height() > body.parentWidget().height()    # a short window: it scrolls...
        assert table.height() == table.minimumHeight()         # ...no further than it needs
    assert len(heights) == 1, heights


def test_the_home_week_counts_the_paced_week_not_the_next_actions(open_app, data_dir, content,
                                                                     qtbot):
    """The headline's count and hours are the plan's week (what the pace section draws); the
    next actions listed after a short week say their period."""
    from checks import formatting
    from checks import vocabulary as V

    bakery, _checkup = _seed(data_dir, content)
    week = evaluate_assessment(content, bakery).plan.week()
    window = open_app(data_dir)
    home = window.current_page()
    _select(home, "Boulangerie Martin")
    pane = home.week_summary
    qtbot.waitUntil(lambda: pane.isVisible() and "Cette semaine" in pane.text(), timeout=3000)
    assert f"environ {formatting.hours(week.hours, 'fr')} " in pane.headline.text()
    lines = pane.actions.text().splitlines()
    for line, a in zip(lines, week.shown):
        assert line.endswith(V.PERIOD_LABELS[a.period].fr) == (a.period != "week")
