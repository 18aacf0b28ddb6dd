"""The plan, one line per action, under its period's heading, in the plan's one order (the
numbers of the PDF and the JSON); done actions at the end. Details open under a line on
demand (ui/action_details.py). Filters by period, status and area hide lines.

Re-pacing the plan (an action done, more hours a month) updates the lines in place: lines and
open details are kept by action id and only moved, so a field being typed in keeps its focus.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from checks import formatting
from checks import vocabulary as V
from checks.evaluation import PERIODS, Period, Plan, PlannedAction
from ui.action_details import ActionDetails
from ui.plan_row import Columns, PlanHeader, PlanRow, RowData
from ui.widgets import heading, label

DONE = "done"


class PeriodHeading(QWidget):
    """A period's title and what it holds: "Cette semaine · jusqu'au 7 déc." / "3 actions…"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 10, 0, 2)
        column.setSpacing(0)
        self.title = heading(scale=1.1)
        self.facts = label("", "muted", selectable=True)
        column.addWidget(self.title)
        column.addWidget(self.facts)

    def set_texts(self, title: str, facts: str) -> None:
        self.title.setText(title)
        self.facts.setText(facts)
        self.facts.setVisible(bool(facts))
        self.setAccessibleName(f"{title} — {facts}" if facts else title)


class PlanList(QWidget):
    done_toggled = Signal(str, bool)     # action id, done (True) or back to do (False)
    reveal = Signal(QWidget)             # scroll this widget into view
    order_changed = Signal()             # lines or details moved: the Tab order follows

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("planList")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(3)
        self.header = PlanHeader(self)
        self.empty = label("", "muted", self)
        self.rows: dict[str, PlanRow] = {}
        self.details: dict[str, ActionDetails] = {}
        self.headings: dict[str, PeriodHeading] = {}
        self.expanded: set[str] = set()
        self.filters: dict[str, str | None] = {"period": None, "status": None, "module": None}
        self._plan: Plan | None = None
        self._needed_by: dict[str, int] = {}
        self._order: list[QWidget] = []
        self._refocus: int | None = None

    # -- building ------------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every line and detail (another checkup, another language)."""
        for widget in [*self.rows.values(), *self.details.values(), *self.headings.values()]:
            widget.hide()
            widget.deleteLater()
        self.rows, self.details, self.headings = {}, {}, {}
        self.expanded = set()
        self._order = []
        self._plan = None
        self._provisional = False

    def set_plan(self, plan: Plan, provisional: bool = False) -> None:
        """Show `plan`: lines updated and moved in place, open details kept. `provisional`: too
        few answers, so an empty plan is not "nothing to do"."""
        self._plan = plan
        self._provisional = provisional
        lang = self.session.language
        content = self.session.content
        self._needed_by = plan.needed_by()
        data = [self._row_data(p, content, lang) for p in plan.actions]
        heads = (self.tr("N°"), self.tr("Action"), self.tr("Période"), self.tr("Effort"),
                 self.tr("Coût"), self.tr("Statut"))
        bold = QFont(self.font())
        bold.setBold(True)
        columns = Columns.measure(data, heads, QFontMetrics(bold))
        self.header.set_columns(heads, columns)
        wanted = {d.action for d in data}
        for aid in [a for a in self.rows if a not in wanted]:
            gone = [self.rows.pop(aid)] + ([self.details.pop(aid)] if aid in self.details else [])
            for widget in gone:
                widget.hide()                     # at once, not at the next event loop pass
                widget.deleteLater()
            self.expanded.discard(aid)
        by_id = {p.action: p for p in plan.actions}
        for d in data:
            row = self.rows.get(d.action)
            if row is None:
                row = PlanRow(d, columns, self)
                row.details_toggled.connect(self.toggle_details)
                row.done_toggled.connect(self._toggle_done)
                row.navigate.connect(self._navigate)
                self.rows[d.action] = row
            else:
                row.set_data(d, columns)
            if d.action in self.details:
                self.details[d.action].set_planned(by_id[d.action], self._needed_by.get(d.action))
        self._fill_headings(plan, lang)
        self._lay_out()
        self.apply_filters()
        if self._refocus is not None:
            rows = self.visible_rows()
            if rows:
                target = rows[min(self._refocus, len(rows) - 1)]
                target.setFocus()
                self.reveal.emit(target)
            self._refocus = None

    def _row_data(self, p: PlannedAction, content, lang: str) -> RowData:
        action = content.actions.get(p.action)
        title = action.title.get(lang) if action else p.action
        band = content.cost_bands.get(p.cost)
        cost = (formatting.money_range(p.cost_low, p.cost_high, lang)
                if p.per_user or band is None else band.label.get(lang))
        period = (V.STATUS_LABELS["done"].get(lang) if p.period == DONE
                  else V.PERIOD_LABELS[p.period].get(lang))
        status = V.STATUS_LABELS[p.status].get(lang)
        effort = formatting.hours(p.effort_hours, lang)
        number = str(p.number) if p.number is not None else ""
        words = [self.tr("N° %1").replace("%1", number) if number else status, title, period,
                 effort, cost, status]
        if p.late:
            words.append(self.tr("en retard sur son délai"))
        return RowData(p.action, number, title, p.period, period, effort, cost, p.status, status,
                       p.priority, p.module, p.late, " — ".join(words))

    def _fill_headings(self, plan: Plan, lang: str) -> None:
        for period in plan.periods:
            if not period.actions:
                continue
            heading = self._heading(period.id)
            heading.set_texts(self._period_title(period, lang), self._period_facts(period, lang))
        done = plan.select(status=DONE)
        if done:
            self._heading(DONE).set_texts(
                self.tr("Déjà fait (%1)").replace("%1", str(len(done))), "")

    def _heading(self, key: str) -> PeriodHeading:
        if key not in self.headings:
            self.headings[key] = PeriodHeading(self)
        return self.headings[key]

    def _period_title(self, period: Period, lang: str) -> str:
        name = V.PERIOD_LABELS[period.id].get(lang)
        if not period.end:
            return name + " · " + self.tr("à partir du %1").replace(
                "%1", formatting.date(period.start, lang))
        return name + " · " + self.tr("jusqu'au %1").replace("%1", formatting.date(period.end, lang))

    def _period_facts(self, period: Period, lang: str) -> str:
        hours = formatting.hours(period.hours, lang)
        if period.available_hours is not None:
            hours = self.tr("%1 sur %2 disponibles").replace("%1", hours).replace(
                "%2", formatting.hours(period.available_hours, lang))
        facts = [self.tr("Actions : %1").replace("%1", str(len(period.actions))), hours,
                 formatting.money_range(period.cost_low, period.cost_high, lang)]
        if period.late:
            facts.append(self.tr("en retard : %1").replace("%1", str(period.late)))
        return " · ".join(facts)

    def _lay_out(self) -> None:
        """Put the widgets in plan order (only when the order changed: moving is cheap, but
        a layout pass over 90 lines is not free)."""
        order: list[QWidget] = [self.header]
        plan = self._plan
        groups = [(pid, [a.action for a in plan.select(period=pid)]) for pid in PERIODS]
        groups.append((DONE, [a.action for a in plan.select(status=DONE)]))
        for key, ids in groups:
            if not ids:
                continue
            order.append(self.headings[key])
            for aid in ids:
                order.append(self.rows[aid])
                if aid in self.details:
                    order.append(self.details[aid])
        order.append(self.empty)
        unused = [h for k, h in self.headings.items() if h not in order]
        for heading in unused:
            heading.hide()
        if order == self._order:
            return
        while self.column.count():
            self.column.takeAt(0)
        for widget in order:
            self.column.addWidget(widget)
        self._order = order
        self.order_changed.emit()

    # -- filters -------------------------------------------------------------------------------

    def set_filter(self, **filters: str | None) -> None:
        """period (a PERIODS id), status (todo | in_progress | done), module; None: any."""
        self.filters.update(filters)
        self.apply_filters()

    def _shown(self, row: PlanRow) -> bool:
        f, d = self.filters, row.data
        return ((f["period"] is None or d.period_id == f["period"])
                and (f["status"] is None or d.status == f["status"])
                and (f["module"] is None or d.module == f["module"]))

    def apply_filters(self) -> None:
        if self._plan is None:
            return
        groups: dict[str, bool] = {}
        for aid, row in self.rows.items():
            shown = self._shown(row)
            row.setVisible(shown)
            if aid in self.details:
                self.details[aid].setVisible(shown and aid in self.expanded)
            key = row.data.period_id if row.data.status != DONE else DONE
            groups[key] = groups.get(key, False) or shown
        for key, heading in self.headings.items():
            heading.setVisible(groups.get(key, False) and heading in self._order)
        anything = any(groups.values())
        self.header.setVisible(anything)
        if self.rows:
            self.empty.setText(self.tr("Aucune action ne correspond à ces filtres."))
        elif self._provisional:
            self.empty.setText(self.tr("Les actions apparaîtront quand plus de questions auront "
                                       "une réponse."))
        else:
            self.empty.setText(self.tr("Aucune action à prévoir d'après les réponses données."))
        self.empty.setVisible(not anything)

    def visible_rows(self) -> list[PlanRow]:
        return [w for w in self._order if isinstance(w, PlanRow) and not w.isHidden()]

    # -- details and keyboard ------------------------------------------------------------------

    def toggle_details(self, action_id: str) -> None:
        self.open_details(action_id, action_id not in self.expanded)

    def open_details(self, action_id: str, shown: bool = True) -> None:
        row = self.rows.get(action_id)
        if row is None or self._plan is None:
            return
        if shown:
            self.expanded.add(action_id)
            if action_id not in self.details:
                planned = next(p for p in self._plan.actions if p.action == action_id)
                details = ActionDetails(self.session, planned, self)
                details.set_planned(planned, self._needed_by.get(action_id))
                self.details[action_id] = details
                self._lay_out()
        else:
            self.expanded.discard(action_id)
        row.set_expanded(shown)
        self.apply_filters()
        if shown:
            self.reveal.emit(self.details[action_id])
            self.reveal.emit(row)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        # Escape folds the details the focus is in (or on their line), as Left does on a line
        if event.key() == Qt.Key.Key_Escape and self._fold_focused():
            return
        super().keyPressEvent(event)

    def _fold_focused(self) -> bool:
        focus = QApplication.focusWidget()
        for action_id in list(self.expanded):
            row, details = self.rows.get(action_id), self.details.get(action_id)
            if row is not None and (focus is row or (details is not None and focus is not None
                                                     and details.isAncestorOf(focus))):
                self.open_details(action_id, False)
                row.setFocus()
                return True
        return False

    def focus_chain(self) -> list[QWidget]:
        """Lines and open details' fields, in reading order, for the page's Tab order."""
        chain: list[QWidget] = []
        for widget in self._order:
            if isinstance(widget, PlanRow):
                chain.append(widget)
            elif isinstance(widget, ActionDetails):
                chain += widget.focus_chain()
        return chain

    def flush(self) -> None:
        for details in self.details.values():
            details.flush()

    def _toggle_done(self, action_id: str) -> None:
        row = self.rows[action_id]
        rows = self.visible_rows()
        self._refocus = rows.index(row) if row.hasFocus() and row in rows else None
        self.done_toggled.emit(action_id, row.data.status != DONE)

    def _navigate(self, row: PlanRow, delta: int) -> None:
        rows = self.visible_rows()
        if row not in rows:
            return
        target = rows[max(0, min(len(rows) - 1, rows.index(row) + delta))]
        target.setFocus()
        self.reveal.emit(target)

