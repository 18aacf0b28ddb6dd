"""The results page's comparison, question by question: the answers that improved and those
that worsened since the previous checkup, by name with the answer then and now, and the
questions that cannot be compared because they changed meaning between two checklist versions.

"En recul : 4" alone tells an owner nothing to act on; this names the four. Long lists fold
(their heading is a button), so the page stays readable after a big change.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from checks.content_versions import content_of
from checks.vocabulary import answer_label
from ui import style
from ui.widgets import label

FOLDED_FROM = 9   # a list this long starts folded


class ChangeList(QWidget):
    """A heading button (folds the list) over a bulleted rich-text list."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(2)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"{name}Toggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        # a heading that folds, not a pressed button: no frame when unfolded
        self.toggle.setStyleSheet("QToolButton { border: none; background: transparent; "
                                  "font-weight: 600; padding: 2px 0; }")
        self.toggle.toggled.connect(self._fold)
        column.addWidget(self.toggle)
        self.intro = label(selectable=True, shrink=True)
        self.intro.setObjectName(f"{name}Intro")
        column.addWidget(self.intro)
        self.items = label(selectable=True, rich=True, shrink=True)
        self.items.setObjectName(name)
        column.addWidget(self.items)

    def fill(self, title: str, lines: list[str], intro: str = "") -> None:
        """`lines` are rich text (escaped by the caller)."""
        self.setVisible(bool(lines))
        if not lines:
            return
        self.toggle.setText(f"{title} ({len(lines)})")
        self.toggle.setAccessibleName(self.toggle.text())
        self.intro.setText(intro)
        self.items.setText("<ul style='margin-top:0; margin-bottom:0'>"
                           + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
        self.toggle.setChecked(len(lines) < FOLDED_FROM)
        self._fold(self.toggle.isChecked())

    def _fold(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.intro.setVisible(shown and bool(self.intro.text()))
        self.items.setVisible(shown)


class ComparisonDetails(QWidget):
    """Improved, worsened and not comparable questions of a checks.compare.Comparison (the
    results page fills it again on every refresh, a change of language included)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparisonDetails")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.versions = label(selectable=True, shrink=True)
        self.versions.setObjectName("compareVersions")
        column.addWidget(self.versions)
        self.improved = ChangeList("improvedQuestions", self)
        self.worsened = ChangeList("worsenedQuestions", self)
        self.not_comparable = ChangeList("notComparableQuestions", self)
        for part in (self.improved, self.worsened, self.not_comparable):
            column.addWidget(part)
        self.setVisible(False)

    def show_comparison(self, comparison, session) -> None:
        """Fill from `comparison` (None: hide), with texts in the session's language."""
        self.setVisible(comparison is not None)
        if comparison is None:
            return
        lang, known = session.language, session.content
        differ = comparison.before_version and comparison.before_version != comparison.after_version
        self.versions.setVisible(bool(differ))
        if differ:
            self.versions.setText(self.tr(
                "Les deux diagnostics ont été faits avec des versions différentes du "
                "questionnaire ({0} puis {1}) : chaque score est calculé avec sa propre "
                "version.").format(comparison.before_version, comparison.after_version))
        content = content_of(comparison.questions_version or known.version, known)
        for part, changes, colour, title in (
                (self.improved, comparison.improved, style.GOOD, self.tr("Réponses en progrès")),
                (self.worsened, comparison.worsened, style.BAD, self.tr("Réponses en recul"))):
            part.fill(title, [self._change(content, c, colour, lang) for c in changes])
        lines = [self._lost(content, item, lang) for item in comparison.not_comparable]
        self.not_comparable.fill(self.tr("Questions non comparables"), lines, self.tr(
            "Ces questions ont changé de sens d'une version du questionnaire à l'autre : leurs "
            "réponses ne sont comparées à aucune autre."))

    def _change(self, content, change, colour: str, lang: str) -> str:
        text = content.questions[change.question].text.get(lang)
        before = answer_label(content, change.question, change.before, lang)
        after = answer_label(content, change.question, change.after, lang)
        return (f"{html.escape(text)}<br/><span style='color:{style.MUTED}'>"
                f"{html.escape(before)}</span> → <span style='color:{colour}'>"
                f"<b>{html.escape(after)}</b></span>")

    def _lost(self, later, item, lang: str) -> str:
        content = content_of(item.version, later)
        text = content.questions[item.question].text.get(lang)
        then = self.tr("Réponse d'alors : {0}").format(
            answer_label(content, item.question, item.option, lang))
        line = f"{html.escape(text)}<br/><span style='color:{style.MUTED}'>{html.escape(then)}"
        now = [later.questions[q].text.get(lang) for q in item.see if q in later.questions]
        if now:
            line += "<br/>" + html.escape(self.tr("Désormais : {0}").format(
                self.tr(" ; ").join(now)))
        return line + "</span>"
