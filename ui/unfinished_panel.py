"""The checkups in progress above the home list: one panel, one line each, the most recent first.

A line is the business's name (elided when long, whole in its tooltip), how far the checkup
has gone and since when, and "Reprendre". One line each, never wrapped: on a laptop at 150 %
an advisor's three lines of wrapped sentences took the room of the list itself.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.dates import format_date
from ui.widgets import Card, ElidedLabel, button, label


class UnfinishedPanel(Card):
    resume_requested = Signal(str)   # checkup id

    def __init__(self, unfinished: list[dict], parent: QWidget | None = None):
        super().__init__(parent, name="banner", margins=10)
        self.body.setSpacing(4)
        title = (self.tr("Diagnostic en cours") if len(unfinished) == 1
                 else self.tr("Diagnostics en cours"))
        self.title = label(title, "bannerTitle", self, wrap=False)
        self.body.addWidget(self.title)
        self.lines = [self._line(checkup) for checkup in unfinished]

    def _line(self, checkup: dict) -> ElidedLabel:
        row = QHBoxLayout()
        row.setSpacing(12)
        name = checkup["business_name"]
        shown = ElidedLabel(name, self)
        row.addWidget(shown, 1)
        row.addWidget(label(self._progress(checkup), "muted", self, wrap=False))
        resume = button(self.tr("Reprendre"), self, primary=True, name="resume")
        resume.setProperty("small", True)   # a line of text high: the list keeps its room
        resume.setAccessibleName(self.tr("Reprendre le diagnostic de {0}").format(name))
        resume.clicked.connect(lambda _c=False, cid=checkup["id"]: self.resume_requested.emit(cid))
        row.addWidget(resume, 0, Qt.AlignmentFlag.AlignVCenter)
        self.body.addLayout(row)
        return shown

    def _progress(self, checkup: dict) -> str:
        started = format_date(checkup.get("started_at"))
        completion = checkup.get("completion")
        if completion is None:
            return self.tr("commencé le {0}").format(started)
        return self.tr("{0} % répondu · commencé le {1}").format(round(completion), started)
