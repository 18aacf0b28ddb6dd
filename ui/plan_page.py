"""The action plan: actions grouped by horizon, each with its tracking, the totals per horizon,
the questions to ask ("je ne sais pas" answers) and the PDF export button."""
from __future__ import annotations

import html

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from checks.content import HORIZONS
from checks.vocabulary import HORIZON_LABELS
from ui.action_editor import ActionCard, ask_label, effort, money_range
from ui.read_only import lock_action_card
from ui.results_page import _clear
from ui.widgets import RefreshWhenShown, heading, label, scroll_column


FIRST_CARDS = 12   # built with the page; the others follow in batches, between repaints
MORE_CARDS = 20


class PlanPage(RefreshWhenShown, QWidget):
    export_requested = Signal()
    results_requested = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("planPage")
        self.cards: dict[str, ActionCard] = {}
        self.horizon_headings: dict[str, QLabel] = {}
        self._dirty = False
        self._pending: list = []          # (layout, planned action) of cards not built yet
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(lambda: self._build_some(MORE_CARDS))

        outer, self.scroll, self.body = scroll_column(self)

        self.title = heading(scale=1.5)
        self.body.addWidget(self.title)
        self.summary = label(selectable=True, shrink=True)
        self.summary.setObjectName("planSummary")
        self.body.addWidget(self.summary)
        self.incomplete = label(selectable=True, shrink=True)
        self.incomplete.setObjectName("planIncomplete")
        self.body.addWidget(self.incomplete)

        self.horizons_box = QVBoxLayout()
        self.horizons_box.setSpacing(8)
        self.body.addLayout(self.horizons_box)

        self.find_out_heading = heading()
        self.body.addWidget(self.find_out_heading)
        self.find_out_intro = label(selectable=True, shrink=True)
        self.body.addWidget(self.find_out_intro)
        self.find_out = label(selectable=True, rich=True, shrink=True)
        self.find_out.setObjectName("findOut")
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
        session.language_changed.connect(self.request_refresh)
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.flush()
        super().hideEvent(event)

    def flush(self) -> None:
        """Save whatever is being typed in an owner or note field."""
        for card in self.cards.values():
            card.flush()

    def refresh(self, *_args) -> None:
        self.setUpdatesEnabled(False)    # one repaint for the whole rebuild
        try:
            self._rebuild()
        finally:
            self.setUpdatesEnabled(True)

    @property
    def built(self) -> bool:
        """Every action card exists (the first ones are built at once, the others just after)."""
        return not self._pending

    def build_all(self) -> None:
        self._build_some(len(self._pending))

    def _build_some(self, count: int) -> None:
        """Build the next `count` cards; schedule the rest so the page shows without waiting."""
        batch, self._pending = self._pending[:count], self._pending[count:]
        for layout, planned in batch:
            card = ActionCard(self.session, planned)
            lock_action_card(card, bool(self.session.read_only))   # history stays as it was
            self.cards[planned.action] = card
            layout.addWidget(card)
        if self._pending:
            self._more.start()

    def _rebuild(self) -> None:
        self._dirty = False
        self._more.stop()
        self._pending = []
        self.flush()
        session = self.session
        lang = session.language
        self.results_button.setText(self.tr("Retour aux résultats"))
        self.results_button.setAccessibleName(self.tr("Retour aux résultats"))
        self.export_button.setText(self.tr("Exporter en PDF…"))
        self.export_button.setAccessibleName(self.tr("Exporter le plan en PDF"))
        self.find_out_heading.setText(self.tr("Questions à poser"))
        _clear(self.horizons_box)
        self.cards = {}
        self.horizon_headings = {}
        if not session.checkup_id or session.closed:
            self.title.setText(self.tr("Plan d'action"))
            self.summary.setText(self.tr("Aucun diagnostic ouvert."))
            self.export_button.setEnabled(False)
            for w in (self.incomplete, self.find_out_heading, self.find_out_intro, self.find_out):
                w.setVisible(False)
            return
        self.export_button.setEnabled(True)
        assessment = session.assessment()
        evaluation = session.evaluation()
        plan = evaluation.plan
        content = session.content
        self.title.setText(self.tr("Plan d'action — %1").replace("%1", assessment.business.name))

        total_low = sum(t.cost_low for t in plan.totals)
        total_high = sum(t.cost_high for t in plan.totals)
        total_hours = sum(t.effort_hours for t in plan.totals)
        if plan.actions:
            self.summary.setText(self.tr(
                "Nombre d'actions : %1 — effort total : environ %2 — budget : %3. "
                "Commencez par le haut : les actions sont classées de la plus utile à la moins urgente.")
                .replace("%1", str(len(plan.actions))).replace("%2", effort(lang, total_hours))
                .replace("%3", money_range(lang, total_low, total_high)))
        else:
            self.summary.setText(self.tr("Aucune action à prévoir d'après les réponses données."))
        unfinished = evaluation.completion < 99.5
        self.incomplete.setVisible(unfinished)
        if unfinished:
            self.incomplete.setText(self.tr(
                "Le diagnostic n'est pas terminé (%1 % répondu) : le plan ne tient compte que des "
                "questions répondues.").replace("%1", f"{evaluation.completion:.0f}"))

        totals = {t.horizon: t for t in plan.totals}
        for horizon in HORIZONS:
            actions = plan.by_horizon(horizon)
            total = totals.get(horizon)
            box = QFrame()
            box.setObjectName(f"horizon_{horizon}")
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 6, 0, 6)
            layout.setSpacing(6)
            title = heading(HORIZON_LABELS[horizon].get(lang), top=8)
            title.setObjectName(f"horizonHeading_{horizon}")
            self.horizon_headings[horizon] = title
            layout.addWidget(title)
            if total is not None and total.count:
                line = (self.tr("Actions : %1 — effort : environ %2 — coût : %3")
                        .replace("%1", str(total.count)).replace("%2", effort(lang, total.effort_hours))
                        .replace("%3", money_range(lang, total.cost_low, total.cost_high)))
            else:
                line = self.tr("Rien à faire dans ce délai.")
            totals_label = label(line, selectable=True, shrink=True)
            totals_label.setObjectName(f"horizonTotal_{horizon}")
            title.setAccessibleName(HORIZON_LABELS[horizon].get(lang) + " — " + line)
            layout.addWidget(totals_label)
            self._pending += [(layout, planned) for planned in actions]
            self.horizons_box.addWidget(box)
        self._build_some(FIRST_CARDS)

        # "Find out" questions, grouped by whom to ask.
        groups: dict[str, list[str]] = {}
        for item in plan.find_out:
            question = content.questions.get(item.question)
            if question is not None:
                groups.setdefault(item.ask, []).append(question.text.get(lang))
        shown = bool(groups)
        for w in (self.find_out_heading, self.find_out_intro, self.find_out):
            w.setVisible(shown)
        if shown:
            self.find_out_intro.setText(self.tr(
                "Vous avez répondu « je ne sais pas » à ces questions. Posez-les à la bonne "
                "personne, puis mettez vos réponses à jour."))
            parts = []
            for ask, texts in groups.items():
                parts.append(f"<p style='margin-bottom:0'><b>{html.escape(ask_label(ask))}</b></p><ul style='margin-top:0'>"
                             + "".join(f"<li>{html.escape(t)}</li>" for t in texts) + "</ul>")
            self.find_out.setText("".join(parts))
            self.find_out.setAccessibleName(self.tr("Questions à poser"))
