"""Every message a person must read goes through here: errors, warnings, information.

One place so that the wording is consistent (what happened, then what to do) and so tests can
observe messages without modal dialogs: `set_handler(fn)` replaces the dialog by a call to
`fn(Message)`; `set_handler(None)` restores the dialogs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, NamedTuple

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Message(NamedTuple):
    kind: str          # "error" | "warning" | "info" | "confirm"
    title: str
    text: str          # what happened
    hint: str = ""     # what to do
    details: str = ""  # technical detail, shown folded


_handler: Callable[[Message], None] | None = None
history: list[Message] = []   # every message shown in this process (newest last)


def set_handler(handler: Callable[[Message], None] | None) -> None:
    global _handler
    _handler = handler


def _show(parent: QWidget | None, message: Message) -> None:
    message = _in_the_persons_language(message)
    history.append(message)
    if _handler is not None:
        _handler(message)
        return
    from PySide6.QtWidgets import QMessageBox   # only when there is something to say

    icon = {"error": QMessageBox.Icon.Critical, "warning": QMessageBox.Icon.Warning,
            "info": QMessageBox.Icon.Information}[message.kind]
    box = QMessageBox(icon, message.title, message.text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names and paths people typed
    box.setObjectName(f"message-{message.kind}")
    if message.hint:
        box.setInformativeText(message.hint)
    if message.details:
        box.setDetailedText(message.details)
    box.exec()


def _in_the_persons_language(message: Message) -> Message:
    """A message whose text is the store error being handled (`str(exc)` in an except block)
    is said in the display language when that error names its kind (StoreError.reason: a full
    disk, a read-only folder...); the desktop's English sentence moves to the details."""
    import sys

    exc = sys.exc_info()[1]
    if exc is None or message.text != str(exc) or not getattr(exc, "reason", ""):
        return message
    from ui.store_problems import sentence

    text = sentence(exc.reason)
    return message._replace(text=text, details=message.details or str(exc)) if text else message


def error(parent: QWidget | None, title: str, text: str, hint: str = "", details: str = "") -> None:
    _show(parent, Message("error", title, text, hint, details))


def warning(parent: QWidget | None, title: str, text: str, hint: str = "", details: str = "") -> None:
    _show(parent, Message("warning", title, text, hint, details))


def info(parent: QWidget | None, title: str, text: str, hint: str = "", details: str = "") -> None:
    _show(parent, Message("info", title, text, hint, details))


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str,
            destructive: bool = False) -> bool:
    """Ask a yes/no question. With a test handler installed, its return value decides."""
    message = Message("confirm", title, text)
    history.append(message)
    if _handler is not None:
        return bool(_handler(message))
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                      title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole if destructive
                               else QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if destructive else yes_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
