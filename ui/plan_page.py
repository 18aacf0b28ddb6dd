"""The action plan page, read top to bottom as the owner acts on it:

1. "Cette semaine": the next actions, with who, effort and a box to tick (ui/plan_week.py),
   and the progress "12 / 39 faites";
2. the owner's pace: hours a month and budget, editable (profile answers), the periods drawn
   against those hours, and what cannot be done in time (ui/plan_pace.py);
3. the plan itself, one line per action, filterable, details on demand (ui/plan_list.py);
4. the questions to ask ("je ne sais pas" answers), and the PDF export.

The numbers and order are the engine's (checks/plan.py), as in the PDF and the JSON. Ticking
an action done, or changing the pace, goes through the session and re-paces the plan at once.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from checks import formatting
from checks.assessment import STATUSES
from checks.evaluation import PERIODS
from checks.vocabulary import PERIOD_LABELS
from ui import errors
from ui.action_editor import status_label
from ui.combos import fit_popup
from ui.find_out import FindOut
from ui.flow_row import FlowRow
from ui.plan_list import PlanList
from ui.plan_pace import PaceSection
from ui.plan_week import WeekCard
from ui.widgets import RefreshWhenShown, heading, label, scroll_column


class PlanPage(RefreshWhenShown, QWidget):
    export_requested = Signal()
    results_requested = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("planPage")
        self._dirty = False
        self._shown_for: tuple | None = None    # (checkup id, language) the lines were built for
        outer, self.scroll, self.body = scroll_column(self)

        self.title = heading(scale=1.5)
        self.body.addWidget(self.title)
        self.summary = label(selectable=True, shrink=True)
        self.summary.setObjectName("planSummary")
        self.body.addWidget(self.summary)
        self.incomplete = label(selectable=True, shrink=True)
        self.incomplete.setObjectName("planIncomplete")
        self.body.addWidget(self.incomplete)

        self.week = WeekCard(session, self)
        self.week.done_toggled.connect(self.set_done)
        self.week.details_requested.connect(self.show_details)
        self.body.addWidget(self.week)

        self.pace_heading = heading(top=8)
        self.body.addWidget(self.pace_heading)
        self.pace = PaceSection(session, self)
        self.pace.pace_changed.connect(self.set_pace)
        self.body.addWidget(self.pace)

        self.list_heading = heading(top=8)
        self.body.addWidget(self.list_heading)
        self.filter_boxes: dict[str, QComboBox] = {}
        self.filter_labels: dict[str, QLabel] = {}
        for key in ("period", "status", "module"):
            caption, combo = QLabel(), QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            caption.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._filter(k))
            self.filter_boxes[key], self.filter_labels[key] = combo, caption
        self.filters = FlowRow([(self.filter_labels[k], self.filter_boxes[k])
                                for k in self.filter_boxes], self)
        self.body.addWidget(self.filters)
        self.keys_hint = label("", "muted", selectable=True, shrink=True)
        self.body.addWidget(self.keys_hint)
        self.plan_list = PlanList(session, self)
        self.plan_list.done_toggled.connect(self.set_done)
        self.plan_list.reveal.connect(lambda w: self.scroll.ensureWidgetVisible(w, 20, 40))
        self.plan_list.order_changed.connect(self._tab_order)
        self.body.addWidget(self.plan_list)

        self.find_out = FindOut(session, self)
        self.body.addWidget(self.find_out)
        self.body.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 6, 16, 10)
        self.results_button = QPushButton()
        self.results_button.clicked.connect(self.results_requested)
        buttons.addWidget(self.results_button)
        buttons.addStretch(1)
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export_requested)
        buttons.addWidget(self.export_button)
        outer.addLayout(buttons)

        session.checkup_changed.connect(self.request_refresh)
        session.answers_changed.connect(self.request_refresh)
        session.actions_changed.connect(self.request_refresh)
        session.language_changed.connect(self.request_refresh)
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.flush()
        super().hideEvent(event)

    def flush(self) -> None:
        """Save whatever is being typed in an owner or note field."""
        self.plan_list.flush()

    # -- commands ------------------------------------------------------------------------------

    def set_done(self, action_id: str, done: bool) -> None:
        """Tick an action done (or back to do): the plan re-paces, the next one moves up."""
        self._write(lambda: self.session.set_action(action_id, status="done" if done else "todo"))

    def set_pace(self, key: str, option: str) -> None:
        """Hours a month or budget: a profile answer, saved; the plan re-paces."""
        profile = dict(self.session.profile())
        profile[key] = option
        self._write(lambda: self.session.save_profile(profile))

    def _write(self, write) -> None:
        if self.session.closed or not self.session.checkup_id:
            return
        if self.session.read_only:   # an older checkup stays as it was (ui/read_only.py)
            self.refresh()
            return
        try:
            write()
        except Exception as exc:  # noqa: BLE001 - the store says why; nothing else is touched
            errors.error(self, self.tr("Le plan n'a pas été enregistré"), str(exc),
                         self.tr("Vos réponses ne sont pas touchées. Réessayez ; si le problème "
                                 "continue, redémarrez Boussole."))
            self.refresh()

    def show_details(self, action_id: str) -> None:
        """Open an action's details in the list and put the keyboard on its line."""
        for key, combo in self.filter_boxes.items():
            combo.setCurrentIndex(0)               # "all": the line must be visible
        self.plan_list.open_details(action_id, True)
        row = self.plan_list.rows.get(action_id)
        if row is not None:
            row.setFocus()

    def _filter(self, key: str) -> None:
        self.plan_list.set_filter(**{key: self.filter_boxes[key].currentData()})
        self._tab_order()

    # -- content -------------------------------------------------------------------------------

    def refresh(self, *_args) -> None:
        self.setUpdatesEnabled(False)    # one repaint for the whole update
        try:
            self._rebuild()
        finally:
            self.setUpdatesEnabled(True)

    def _rebuild(self) -> None:
        self._dirty = False
        session = self.session
        self._retranslate()
        key = (session.checkup_id, session.language)
        if key != self._shown_for:
            self.flush()
            self.plan_list.clear()
            self._shown_for = key
        open_checkup = bool(session.checkup_id) and not session.closed
        for widget in (self.week, self.pace_heading, self.pace, self.list_heading,
                       self.plan_list, self.keys_hint, *self.filter_boxes.values(),
                       *self.filter_labels.values()):
            widget.setVisible(open_checkup)
        self.export_button.setEnabled(open_checkup)
        self.pace.setEnabled(open_checkup and not session.read_only)   # history: shown, not changed
        if not open_checkup:
            self.title.setText(self.tr("Plan d'action"))
            self.summary.setText(self.tr("Aucun diagnostic ouvert."))
            self.incomplete.setVisible(False)
            self.find_out.setVisible(False)
            return
        lang = session.language
        evaluation = session.evaluation()
        plan = evaluation.plan
        self.title.setText(self.tr("Plan d'action — %1").replace(
            "%1", session.assessment().business.name))
        self.summary.setText(self._summary(evaluation, lang))
        unfinished = evaluation.completion < 99.5
        self.incomplete.setVisible(unfinished)
        if unfinished:
            self.incomplete.setText(self.tr(
                "Le diagnostic n'est pas terminé (%1 % répondu) : le plan ne tient compte que des "
                "questions répondues.").replace("%1", f"{evaluation.completion:.0f}"))
        self.week.set_plan(plan, evaluation.provisional)
        for box in self.week.boxes.values():   # an older checkup: its ticks shown, not changed
            box.setEnabled(not session.read_only)
        self.pace.set_plan(plan, session.profile())
        self.plan_list.set_plan(plan, evaluation.provisional)
        self.find_out.set_plan(plan)
        self._tab_order()           # the week's boxes are new

    def _summary(self, evaluation, lang: str) -> str:
        plan = evaluation.plan
        if not plan.actions and evaluation.provisional:   # not "nothing to do": too few answers
            return self.tr("Seulement %1 % des questions ont une réponse : c'est trop peu pour "
                           "dire quelles actions sont nécessaires. Terminez le questionnaire "
                           "pour obtenir le plan d'action.").replace(
                               "%1", f"{evaluation.completion:.0f}")
        if not plan.actions:
            return self.tr("Aucune action à prévoir d'après les réponses données.")
        todo = [a for a in plan.actions if a.number is not None]
        return (self.tr("%1 actions, numérotées dans l'ordre où les faire, à votre rythme : "
                        "environ %2 de travail, budget estimé %3. Le PDF reprend les mêmes "
                        "numéros.")
                .replace("%1", str(len(todo)))
                .replace("%2", formatting.hours(sum(a.effort_hours for a in todo), lang))
                .replace("%3", formatting.money_range(sum(a.cost_low for a in todo),
                                                      sum(a.cost_high for a in todo), lang)))

    def _retranslate(self) -> None:
        lang = self.session.language
        self.results_button.setText(self.tr("Retour aux résultats"))
        self.results_button.setAccessibleName(self.tr("Retour aux résultats"))
        self.export_button.setText(self.tr("Exporter en PDF…"))
        self.export_button.setAccessibleName(self.tr("Exporter le plan en PDF"))
        self.pace_heading.setText(self.tr("Votre rythme"))
        self.list_heading.setText(self.tr("Le plan, action par action"))
        self.keys_hint.setText(self.tr(
            "Cliquez sur une ligne, ou utilisez les flèches et Entrée, pour voir pourquoi et "
            "comment faire ; la case à gauche, ou la barre d'espace, marque l'action comme faite."))
        choices = {
            "period": [(self.tr("Toutes les périodes"), None)]
            + [(PERIOD_LABELS[p].get(lang), p) for p in PERIODS],
            "status": [(self.tr("Tous les statuts"), None)]
            + [(status_label(s), s) for s in STATUSES],
            "module": [(self.tr("Tous les domaines"), None)]
            + [(m.title.get(lang), m.id) for m in self.session.content.modules],
        }
        captions = {"period": self.tr("Période :"), "status": self.tr("Statut :"),
                    "module": self.tr("Domaine :")}
        for key, combo in self.filter_boxes.items():
            self.filter_labels[key].setText(captions[key])
            combo.setAccessibleName(self.tr("Filtrer le plan : %1").replace("%1", captions[key]))
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in choices[key]:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
            fit_popup(combo)

    def _tab_order(self) -> None:
        """Tab goes down the page as it reads: the week, the pace, the filters, the lines (and
        their open details), then the buttons."""
        chain = [*self.week.focus_chain(), *self.pace.focus_chain(),
                 *self.filter_boxes.values(), *self.plan_list.focus_chain(),
                 self.results_button, self.export_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
