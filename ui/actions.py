"""The window's commands, declared once: an enum id, a text, a shortcut (after Picard's
action registry). The window creates the QActions and wires each to its slot, so menus, toolbar
buttons and keyboard shortcuts all run the same command and share one enabled state.
"""
from __future__ import annotations

import enum
from typing import Callable, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class ActionId(enum.Enum):
    HOME = "home"
    NEW_CHECKUP = "new_checkup"
    PROFILE = "profile"
    INTERVIEW = "interview"
    RESULTS = "results"
    PLAN = "plan"
    EXPORT_PDF = "export_pdf"
    SETTINGS = "settings"
    FIND_QUESTION = "find_question"
    PREVIOUS_QUESTION = "previous_question"
    NEXT_QUESTION = "next_question"
    QUIT = "quit"
    ABOUT = "about"


class ActionSpec(NamedTuple):
    text: Callable[[], str]
    shortcuts: tuple = ()
    tip: Callable[[], str] | None = None


# Texts are functions so they can be re-read after a language switch. The strings themselves
# are literal calls so that pyside6-lupdate finds them.
SPECS: dict[ActionId, ActionSpec] = {
    ActionId.HOME: ActionSpec(lambda: QCoreApplication.translate("Actions", "Accueil"), ("Ctrl+Home",),
                              lambda: QCoreApplication.translate("Actions", "Revenir à la liste des entreprises")),
    ActionId.NEW_CHECKUP: ActionSpec(lambda: QCoreApplication.translate("Actions", "Nouveau diagnostic…"), (QKeySequence.StandardKey.New,),
                                     lambda: QCoreApplication.translate("Actions", "Créer une entreprise et commencer son diagnostic")),
    ActionId.PROFILE: ActionSpec(lambda: QCoreApplication.translate("Actions", "Profil"), ("Ctrl+1",)),
    ActionId.INTERVIEW: ActionSpec(lambda: QCoreApplication.translate("Actions", "Questions"), ("Ctrl+2",)),
    ActionId.RESULTS: ActionSpec(lambda: QCoreApplication.translate("Actions", "Résultats"), ("Ctrl+3",)),
    ActionId.PLAN: ActionSpec(lambda: QCoreApplication.translate("Actions", "Plan d'action"), ("Ctrl+4",)),
    ActionId.EXPORT_PDF: ActionSpec(lambda: QCoreApplication.translate("Actions", "Exporter en PDF…"), ("Ctrl+E",)),
    ActionId.SETTINGS: ActionSpec(lambda: QCoreApplication.translate("Actions", "Paramètres…"), ("Ctrl+,",)),
    ActionId.FIND_QUESTION: ActionSpec(lambda: QCoreApplication.translate("Actions", "Chercher une question"), (QKeySequence.StandardKey.Find,)),
    ActionId.PREVIOUS_QUESTION: ActionSpec(lambda: QCoreApplication.translate("Actions", "Question précédente"), ("Alt+Left",)),
    ActionId.NEXT_QUESTION: ActionSpec(lambda: QCoreApplication.translate("Actions", "Question suivante"), ("Alt+Right",)),
    ActionId.ABOUT: ActionSpec(lambda: QCoreApplication.translate("Actions", "À propos"), (QKeySequence.StandardKey.HelpContents,),
                               lambda: QCoreApplication.translate("Actions", "À propos de Boussole : versions et licences")),
    ActionId.QUIT: ActionSpec(lambda: QCoreApplication.translate("Actions", "Quitter"), (QKeySequence.StandardKey.Quit,)),
}


class ActionRegistry:
    """QActions by id, owned by a parent widget (the window)."""

    def __init__(self, parent: QObject):
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(parent)
            action.setObjectName(f"action-{action_id.value}")
            shortcuts = [QKeySequence(s) for s in spec.shortcuts]
            if shortcuts:
                action.setShortcuts(shortcuts)
            self._actions[action_id] = action
        self.retranslate()

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __iter__(self):
        return iter(self._actions.items())

    def connect(self, action_id: ActionId, slot: Callable[[], object]) -> None:
        self._actions[action_id].triggered.connect(lambda _checked=False: slot())

    def set_enabled(self, action_id: ActionId, enabled: bool) -> None:
        self._actions[action_id].setEnabled(enabled)

    def retranslate(self) -> None:
        for action_id, action in self._actions.items():
            spec = SPECS[action_id]
            action.setText(spec.text())
            tip = spec.tip() if spec.tip else spec.text()
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
