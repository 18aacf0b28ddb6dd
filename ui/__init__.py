"""Boussole's Qt front end: widgets only; every use case lives in desktop/."""
import PySide6.QtCore  # noqa: F401  (PySide6 first: its import hook is then told what it need not read)

from ui.pyside_hook import answer_known_modules

answer_known_modules()
