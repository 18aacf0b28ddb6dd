"""Boussole's Qt front end: widgets only; every use case lives in desktop/."""
# PySide6 first, then its import hook is told what it need not read (ui/pyside_hook.py).
import PySide6.QtCore  # noqa: F401

from ui.pyside_hook import answer_known_modules

answer_known_modules()
