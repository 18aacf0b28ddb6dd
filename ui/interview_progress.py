"""The interview's progress strip: one bar per module (answered / applicable) and the time left."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from checks.content import Content, Question
from checks.interview_time import SECONDS_PER_QUESTION
from ui import style
from ui.widgets import ElidedLabel, label


class ModuleProgress(QWidget):
    """One module's progress: its title, answered / applicable, a thin bar."""

    def __init__(self, module_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.module_id = module_id
        self._state: tuple | None = None   # what is shown, to skip repaints when unchanged
        self.column = column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        line = QHBoxLayout()
        line.setSpacing(6)
        self.caption = ElidedLabel("", self)
        self.caption.setObjectName("muted")
        self.count = label("", "muted", self, wrap=False)
        line.addWidget(self.caption, 1)
        line.addWidget(self.count, 0)
        column.addLayout(line)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {style.module_colour(module_id)}; "
                               "border-radius: 4px; }")
        column.addWidget(self.bar)

    def set_compact(self, compact: bool) -> None:
        """Compact (a short window): the bar close under the title. Beside it, the bar left the
        title a few letters at 150 % on a laptop, for 8 pixels saved."""
        self.column.setSpacing(1 if compact else 4)

    def set_values(self, title: str, answered: int, total: int, current: bool) -> None:
        state = (title, answered, total, current)
        if state == self._state:
            return   # QProgressBar.setValue repaints at once: skip when nothing changed
        before = self._state or (None, None, None, None)
        self._state = state
        # An answer changes the count only: the caption and the fonts (each a re-layout of
        # the strip) are set again when the module or the language changes.
        if (title, current) != (before[0], before[3]):
            self.caption.set_full_text(title)
            for widget in (self.caption, self.count):
                font = widget.font()
                font.setBold(current)
                widget.setFont(font)
        self.count.setText(f"{answered}/{total}")
        # Its own size, fixed: a label whose size can change asks every layout up to the window
        # to lay out again when its text changes (the whole interview, on every answer). Fixed,
        # only a count of another width ("9/12" to "10/12") does.
        self.count.setFixedSize(self.count.sizeHint())
        # QProgressBar.setValue paints at once, outside the window's next paint: hold it there
        self.bar.setUpdatesEnabled(False)
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(answered)
        self.bar.setUpdatesEnabled(True)   # schedules the bar's paint with the others
        self.bar.setAccessibleName(f"{title} : {answered} / {total}")
        self.setToolTip(f"{title} : {answered} / {total}")


class ProgressStrip(QFrame):
    """The band above the interview: a ModuleProgress per module that applies, the time left."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressStrip")
        self.setStyleSheet(f"#progressStrip {{ background: {style.SURFACE}; "
                           f"border-bottom: 1px solid {style.LINE}; }}")
        self.layout_ = layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 10)
        layout.setSpacing(20)
        self.compact = False
        self.modules: dict[str, ModuleProgress] = {}
        self.modules_box = QHBoxLayout()
        self.modules_box.setSpacing(18)
        layout.addLayout(self.modules_box, 3)
        self.time_left = label("", "muted", self, wrap=False)
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.time_left, 1)

    def set_compact(self, compact: bool) -> None:
        """Compact (a short window, ui/interview_fit.py): less padding."""
        self.compact = compact
        self.layout_.setContentsMargins(20, 3 if compact else 8, 20, 5 if compact else 10)
        for widget in self.modules.values():
            widget.set_compact(compact)

    def set_questions(self, questions: list[Question]) -> None:
        """One bar per module of these questions, in their order (the old bars go)."""
        while self.modules_box.count():
            item = self.modules_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.modules.clear()
        for question in questions:
            if question.module not in self.modules:
                widget = ModuleProgress(question.module, self)
                if self.compact:
                    widget.set_compact(True)
                self.modules[question.module] = widget
                self.modules_box.addWidget(widget, 1)

    def update_counts(self, questions: list[Question], answered: set[str] | dict, content: Content,
                      lang: str, current: Question | None) -> None:
        unanswered = 0
        by_module: dict[str, list[str]] = {module_id: [] for module_id in self.modules}
        for question in questions:   # one pass, not one per module: this runs on every answer
            by_module.setdefault(question.module, []).append(question.id)
        for module_id, widget in self.modules.items():
            ids = by_module[module_id]
            done = sum(1 for qid in ids if qid in answered)
            unanswered += len(ids) - done
            widget.set_values(content.module(module_id).title.get(lang), done, len(ids),
                              current is not None and current.module == module_id)
        self.time_left.setText(self.time_left_text(unanswered))

    def time_left_text(self, unanswered: int) -> str:
        seconds = unanswered * SECONDS_PER_QUESTION
        if unanswered == 0:
            return self.tr("Toutes les questions ont une réponse")
        if seconds < 60:
            return self.tr("Moins d'une minute restante")
        return self.tr("Environ {0} min restantes").format(round(seconds / 60))
