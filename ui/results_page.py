"""Results: overall and per-module scores with maturity and completion, the chart, the critical
gaps first (each opens its question in the interview) and the comparison with the previous
checkup of the same business."""
from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from checks.evaluation import MATURITY_BANDS, is_provisional
from checks.vocabulary import MATURITY_LABELS
from ui.action_editor import answer_label, locale_for
from ui.charts import COLOURS, ChartRow, ScoreChart
from ui.comparison_details import ComparisonDetails
from ui.score_gauge import ScoreGauge
from ui.widgets import RefreshWhenShown, heading, label, scroll_column


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


GAPS_SHOWN = 5   # more critical gaps are one click away, so the scores stay in view


class WrapButton(QPushButton):
    """A push button whose text wraps over several lines (a QLabel inside it)."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def sizeHint(self):  # noqa: N802 - Qt name
        return self.layout().sizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        return self.label.heightForWidth(inner) + margins.top() + margins.bottom()

    def minimumSizeHint(self):  # noqa: N802 - Qt name
        hint = self.layout().minimumSize()
        hint.setWidth(min(hint.width(), 200))
        return hint


class ResultsPage(RefreshWhenShown, QWidget):
    plan_requested = Signal()
    interview_requested = Signal(str)     # a question id ("" = where the interview stopped)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("resultsPage")
        self.gap_buttons: list[WrapButton] = []
        self.module_labels: dict[str, QLabel] = {}

        outer, self.scroll, self.body = scroll_column(self)

        self.title = heading(scale=1.5)
        self.title.setAccessibleName("")
        self.body.addWidget(self.title)

        self.gauge = ScoreGauge()          # the score, its level and why, at the top
        self.overall = self.gauge.headline
        self.body.addWidget(self.gauge)

        self.incomplete = label(selectable=True, shrink=True)
        self.incomplete.setObjectName("incompleteWarning")
        self.incomplete.setStyleSheet("QLabel#incompleteWarning { background: #fdebd0; color: #6e2c00;"
                                      " border: 1px solid #e59866; border-radius: 4px; padding: 6px; }")
        self.body.addWidget(self.incomplete)
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self._resume)
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.resume_button)
        resume_row.addStretch(1)
        self.body.addLayout(resume_row)

        self.gaps_heading = heading(scale=1.15, top=10)
        self.body.addWidget(self.gaps_heading)
        self.gaps_intro = label(selectable=True, shrink=True)
        self.body.addWidget(self.gaps_intro)
        self.gaps_box = QVBoxLayout()
        self.gaps_box.setSpacing(4)
        self.body.addLayout(self.gaps_box)
        self.more_gaps = QPushButton()
        self.more_gaps.setCheckable(True)
        self.more_gaps.toggled.connect(self._show_all_gaps)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_gaps)
        more_row.addStretch(1)
        self.body.addLayout(more_row)

        self.chart_heading = heading(scale=1.15, top=10)
        self.body.addWidget(self.chart_heading)
        self.chart = ScoreChart()
        self.body.addWidget(self.chart)
        self.legend = label(selectable=True, rich=True, shrink=True)
        self.legend.setObjectName("chartLegend")
        self.body.addWidget(self.legend)
        self.modules_box = QVBoxLayout()
        self.body.addLayout(self.modules_box)

        self.compare_heading = heading(scale=1.15, top=10)
        self.body.addWidget(self.compare_heading)
        self.compare_summary = label(selectable=True, shrink=True)
        self.compare_summary.setObjectName("compareSummary")
        self.body.addWidget(self.compare_summary)
        self.compare_box = QVBoxLayout()
        self.body.addLayout(self.compare_box)
        self.compare_details = ComparisonDetails()   # the questions, by name
        self.body.addWidget(self.compare_details)

        self.body.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.plan_button = QPushButton()
        self.plan_button.setDefault(True)
        self.plan_button.clicked.connect(self.plan_requested)
        buttons.addWidget(self.plan_button)
        outer.addLayout(buttons)
        buttons.setContentsMargins(16, 6, 16, 10)

        self._dirty = False
        session.checkup_changed.connect(self.request_refresh)
        session.answers_changed.connect(self.request_refresh)
        session.language_changed.connect(self.request_refresh)
        self.refresh()

    # -- content ------------------------------------------------------------------------------

    def refresh(self, *_args) -> None:
        self._dirty = False
        session = self.session
        lang = session.language
        self.plan_button.setText(self.tr("Voir le plan d'action"))
        self.plan_button.setAccessibleName(self.tr("Voir le plan d'action"))
        self.resume_button.setText(self.tr("Reprendre le diagnostic"))
        self.resume_button.setAccessibleName(
            self.tr("Reprendre le diagnostic là où il s'est arrêté"))
        self.chart_heading.setText(self.tr("Score par domaine"))
        self.gaps_heading.setText(self.tr("Points critiques à traiter d'abord"))
        if not session.checkup_id or session.closed:
            self.title.setText(self.tr("Résultats"))
            self.gauge.show_evaluation(None, lang, self.tr("Aucun diagnostic ouvert."))
            for w in (self.incomplete, self.resume_button, self.gaps_intro, self.compare_heading,
                      self.compare_summary, self.more_gaps, self.compare_details):
                w.setVisible(False)
            self.chart.set_rows([])
            self.legend.setText("")
            self.gap_buttons = []
            _clear(self.gaps_box)
            _clear(self.modules_box)
            _clear(self.compare_box)
            return
        assessment = session.assessment()
        evaluation = session.evaluation()
        content = session.content
        self.title.setText(self.tr("Résultats — %1").replace("%1", assessment.business.name))

        # Overall line: the score never stands without its completion.
        self.gauge.show_evaluation(evaluation, lang, self.score_line(
            evaluation.score, evaluation.maturity, evaluation.completion, overall=True))
        missing = sum(m.applicable - m.answered for m in evaluation.modules)
        unfinished = evaluation.completion < 99.5
        self.incomplete.setVisible(unfinished)
        self.resume_button.setVisible(unfinished and not session.read_only)
        if unfinished:
            if missing == 1:
                count = self.tr("Le diagnostic n'est pas terminé : 1 question sans réponse.")
            else:
                count = self.tr("Le diagnostic n'est pas terminé : %1 questions sans réponse.").replace(
                    "%1", str(missing))
            self.incomplete.setText(count + " " + (self.tr(
                "Les scores sont provisoires et ne comptent que les questions répondues ; "
                "terminez le questionnaire pour un résultat fiable.") if evaluation.provisional
                else self.tr("Les scores ne comptent que les questions répondues ; terminez le "
                             "questionnaire pour un résultat complet.")))

        # Chart and per-module lines.
        previous = self._previous_scores()
        rows = []
        _clear(self.modules_box)
        self.module_labels = {}
        for m in evaluation.modules:
            title = content.module(m.module).title.get(lang)
            level = (self.tr("provisoire") if is_provisional(m.completion)
                     else MATURITY_LABELS[m.maturity].get(lang))
            rows.append(ChartRow(title, m.score, m.completion, m.maturity, level,
                                 previous.get(m.module)))
            text = self.tr("%1 : %2").replace("%1", title).replace(
                "%2", self.score_line(m.score, m.maturity, m.completion))
            weakest = sorted((t for t in m.themes if t.score is not None and t.score < 65),
                             key=lambda t: t.score)[:2]
            if weakest:
                names = ", ".join(f"{content.theme(m.module, t.theme).title.get(lang)} "
                                  f"({t.score:.0f}/100)" for t in weakest)
                text += ". " + self.tr("À renforcer d'abord : %1").replace("%1", names)
            if m.capped:
                text += " " + self.tr("(niveau limité par un point critique non satisfait)")
            line = label(text, selectable=True, shrink=True)
            line.setObjectName(f"module_{m.module}")
            line.setAccessibleName(text)
            self.module_labels[m.module] = line
            self.modules_box.addWidget(line)
        self.chart.set_rows(rows)
        self.legend.setText(self._legend(lang))

        # Critical gaps, first and clickable.
        _clear(self.gaps_box)
        self.gap_buttons = []
        gaps = evaluation.critical_gaps
        self.gaps_intro.setVisible(True)
        if gaps:
            self.gaps_intro.setText(self.tr(
                "Ces réponses laissent une faille importante. Cliquez sur une question pour la "
                "revoir ; les actions correspondantes sont en tête du plan."))
        else:
            self.gaps_intro.setText(self.tr("Aucun point critique dans les réponses données."))
        for gap in gaps:
            question = content.questions.get(gap.question)
            if question is None:
                continue
            module_title = content.module(gap.module).title.get(lang)
            answer = answer_label(content, lang, gap.question, gap.option)
            text = (f"⚠ {question.text.get(lang)}\n"
                    + self.tr("%1 — votre réponse : %2").replace("%1", module_title)
                    .replace("%2", answer))
            button = WrapButton(text)
            button.setObjectName("criticalGap")
            button.setProperty("question_id", gap.question)
            button.setAccessibleName(self.tr("Point critique : %1").replace("%1", question.text.get(lang)))
            button.setAccessibleDescription(self.tr("Votre réponse : %1. Appuyez pour revoir la question.")
                                            .replace("%1", answer))
            button.clicked.connect(lambda _c=False, qid=gap.question: self.interview_requested.emit(qid))
            self.gaps_box.addWidget(button)
            self.gap_buttons.append(button)
        hidden = len(self.gap_buttons) - GAPS_SHOWN
        self.more_gaps.setVisible(hidden > 0)
        if hidden > 0:
            self.more_gaps.blockSignals(True)
            self.more_gaps.setChecked(False)
            self.more_gaps.blockSignals(False)
            text = (self.tr("Afficher 1 autre point critique") if hidden == 1 else
                    self.tr("Afficher les %1 autres points critiques").replace("%1", str(hidden)))
            self.more_gaps.setText(text)
            self.more_gaps.setAccessibleName(self.more_gaps.text())
        self._show_all_gaps(False)

        self._show_comparison(lang)

    def _legend(self, lang: str) -> str:
        """The maturity bands behind the bars, in words: "■ Débutant 0-39 · ■ En progrès 40-64…"."""
        parts = []
        for i, (level, low) in enumerate(MATURITY_BANDS):
            high = MATURITY_BANDS[i + 1][1] - 1 if i + 1 < len(MATURITY_BANDS) else 100
            colour = COLOURS[level].name()
            parts.append(f"<span style='color:{colour}'>■</span> "
                         f"{html.escape(MATURITY_LABELS[level].get(lang))} {low:.0f}–{high:.0f}")
        text = " · ".join(parts)
        marker = self.tr("trait noir : score du diagnostic précédent")
        if any(r.previous is not None for r in self.chart.rows()):
            text += " · ▮ " + html.escape(marker)
        return text

    def _show_all_gaps(self, show_all: bool) -> None:
        for i, button in enumerate(self.gap_buttons):
            button.setVisible(show_all or i < GAPS_SHOWN)
        if show_all:
            self.more_gaps.setVisible(False)
            if len(self.gap_buttons) > GAPS_SHOWN:
                self.gap_buttons[GAPS_SHOWN].setFocus()

    def score_line(self, score, maturity: str, completion: float, overall: bool = False) -> str:
        lang = self.session.language
        if score is None:
            return self.tr("pas encore de score — %1 % répondu").replace("%1", f"{completion:.0f}")
        # a level on too few answers would read as settled: "provisoire" stands in its place
        level = (self.tr("provisoire") if is_provisional(completion)
                 else MATURITY_LABELS[maturity].get(lang))
        if overall:
            text = self.tr("Score global %1/100 — %2 — %3 % répondu")
        else:
            text = self.tr("score %1/100 — %2 — %3 % répondu")
        return text.replace("%1", f"{score:.0f}").replace("%2", level).replace("%3", f"{completion:.0f}")

    def _resume(self) -> None:
        """Back to the first applicable question without an answer."""
        from checks.content import applies

        assessment = self.session.assessment()
        for q in self.session.content.questions.values():
            if applies(q, assessment.profile) and q.id not in assessment.answers:
                self.interview_requested.emit(q.id)
                return
        self.interview_requested.emit("")

    # -- comparison ---------------------------------------------------------------------------

    def _comparison(self):
        try:
            return self.session.comparison()
        except Exception:  # noqa: BLE001 - a previous checkup that cannot be read hides the section
            return None

    def _previous_scores(self) -> dict[str, float]:
        comparison = self._comparison()
        if comparison is None:
            return {}
        out = {}
        for delta in comparison.modules:
            before = delta.before
            if before is not None:
                out[delta.module] = before
        return out

    def _show_comparison(self, lang: str) -> None:
        _clear(self.compare_box)
        comparison = self._comparison()
        self.compare_details.show_comparison(comparison, self.session)
        shown = comparison is not None
        self.compare_heading.setVisible(shown)
        self.compare_summary.setVisible(shown)
        if not shown:
            return
        content = self.session.content
        previous_date = comparison.before_date[:10]
        date = QDate.fromString(previous_date, Qt.DateFormat.ISODate)
        if date.isValid():
            previous_date = locale_for(lang).toString(date, QLocale.FormatType.LongFormat)
        self.compare_heading.setText(self.tr("Depuis le diagnostic précédent") + (
            f" ({previous_date})" if previous_date else ""))
        improved = len(comparison.improved)
        worsened = len(comparison.worsened)
        done = len(comparison.actions_done)
        summary = self.tr("Réponses en progrès : %1 ; en recul : %2.").replace(
            "%1", str(improved)).replace("%2", str(worsened))
        if done:
            summary += " " + self.tr("Actions du plan précédent réalisées : %1.").replace("%1", str(done))
        overall_before = comparison.overall.before
        overall_after = comparison.overall.after
        if overall_before is not None and overall_after is not None:
            summary = self.tr("Score global : %1 → %2 (%3).").replace("%1", f"{overall_before:.0f}").replace(
                "%2", f"{overall_after:.0f}").replace(
                "%3", f"{round(overall_after) - round(overall_before):+d}") + " " + summary
        self.compare_summary.setText(summary)
        self.compare_summary.setAccessibleName(summary)
        for delta in comparison.modules:
            title = content.module(delta.module).title.get(lang)
            before, after = delta.before, delta.after
            if before is None and after is None:
                continue
            if before is None:
                text = self.tr("%1 : nouveau, %2/100").replace("%1", title).replace("%2", f"{after:.0f}")
            elif after is None:
                text = self.tr("%1 : %2/100 la dernière fois, pas encore de réponse cette fois").replace(
                    "%1", title).replace("%2", f"{before:.0f}")
            else:
                diff = round(after) - round(before)
                arrow = "▲" if diff > 0 else ("▼" if diff < 0 else "=")
                text = self.tr("%1 : %2 → %3 (%4 %5)").replace("%1", title).replace(
                    "%2", f"{before:.0f}").replace("%3", f"{after:.0f}").replace(
                    "%4", arrow).replace("%5", f"{diff:+d}")
            line = label(text, selectable=True, shrink=True)
            line.setObjectName(f"delta_{delta.module}")
            self.compare_box.addWidget(line)
