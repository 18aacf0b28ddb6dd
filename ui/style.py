"""The look: a calm palette and one style sheet for the whole app.

Sizes are in points or em-like paddings, never fixed pixel widths, so text stays whole at
150 % scaling. Colours have at least 4.5:1 contrast on their background (WCAG AA).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# Palette (named by role, not by hue).
INK = "#1d2733"          # body text
MUTED = "#55606e"        # secondary text (5.9:1 on white)
CANVAS = "#f3f5f8"       # window background
SURFACE = "#ffffff"      # cards, fields
LINE = "#d5dbe3"         # borders
ACCENT = "#1f5f8b"       # the compass blue: primary buttons, selection, focus
ACCENT_DARK = "#174a6d"
ACCENT_SOFT = "#e5eff7"  # selected option background
GOOD = "#1e7a46"
WARN = "#a35c00"
BAD = "#b3261e"
FOCUS = "#2b7bc0"

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
CHEVRON = (ICONS / "chevron-down.svg").as_posix()

MODULE_COLOURS = {"cyber": "#1f5f8b", "online": "#7a4ea3", "ai": "#1e7a6f"}

# The header's own sheet in a narrow window (ui/header.py): tighter buttons. A widget's own
# sheet wins over the application's, property by property.
HEADER_COMPACT = "QToolButton { padding: 5px 6px; }"


def module_colour(module_id: str) -> str:
    return MODULE_COLOURS.get(module_id, ACCENT)


# Text colours come from the palette (apply()), not from a "QWidget { color }" rule: such a
# rule also sets every field's placeholder text to half its colour (3:1 contrast, below
# WCAG AA).
STYLE_SHEET = f"""
QMainWindow, QDialog, #central, #pages {{ background: {CANVAS}; }}
QToolTip {{ color: {INK}; background: {SURFACE}; border: 1px solid {LINE}; padding: 4px; }}

#header {{ background: {SURFACE}; border-bottom: 1px solid {LINE}; }}
#headerTitle {{ font-size: 12pt; font-weight: 600; padding: 0 8px; }}
#header QToolButton {{ border: 1px solid transparent; border-radius: 6px; padding: 5px 10px;
    color: {INK}; background: transparent; }}
#header QToolButton:hover {{ background: {CANVAS}; border-color: {LINE}; }}
#header QToolButton:focus {{ border-color: {FOCUS}; }}
#header QToolButton#headerMore::menu-indicator {{ image: none; width: 0; }}
#header QToolButton#step:checked {{ background: {ACCENT_SOFT}; color: {ACCENT_DARK};
    border-color: {ACCENT}; font-weight: 600; }}
#header QToolButton:disabled {{ color: #9aa4b0; }}

QLabel#pageTitle {{ font-size: 18pt; font-weight: 600; }}
QLabel#sectionTitle {{ font-size: 13pt; font-weight: 600; }}
QLabel#muted, QLabel[muted="true"] {{ color: {MUTED}; }}
QLabel#crumb {{ color: {MUTED}; font-size: 10pt; font-weight: 600; }}
QLabel#questionText {{ font-size: 15pt; font-weight: 600; }}
QLabel#questionText[compact="true"] {{ font-size: 12pt; }}
QLabel#helpTitle {{ font-weight: 600; color: {ACCENT_DARK}; }}
QLabel#bannerTitle {{ font-weight: 600; color: {ACCENT_DARK}; }}
QLabel#fieldError {{ color: {BAD}; }}
QLabel#critical {{ color: {BAD}; font-weight: 600; }}

QPushButton {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 6px;
    padding: 7px 14px; min-height: 1.2em; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {FOCUS}; padding: 6px 13px; }}
QPushButton:disabled {{ color: #9aa4b0; background: {CANVAS}; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {INK}; }}
QPushButton[danger="true"] {{ color: {BAD}; }}
QPushButton[small="true"] {{ padding: 3px 10px; }}
QPushButton[small="true"]:focus {{ padding: 2px 9px; }}

QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit {{ background: {SURFACE};
    border: 1px solid {LINE}; border-radius: 6px; padding: 6px 8px;
    selection-background-color: {ACCENT}; selection-color: white; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border: 2px solid {FOCUS}; padding: 5px 7px; }}
QComboBox::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow {{ image: url({CHEVRON}); width: 12px; height: 12px; }}
QDateEdit::drop-down {{ border: none; width: 26px; }}
QDateEdit::down-arrow {{ image: url({CHEVRON}); width: 12px; height: 12px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLineEdit[invalid="true"] {{ border: 2px solid {BAD}; padding: 5px 7px; }}

QFrame#card, QFrame#helpPanel {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 10px; }}
QFrame#weekSummary {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 8px; }}
QFrame#banner {{ background: {ACCENT_SOFT}; border: 1px solid #b9d3e8; border-radius: 10px; }}

QTreeView, QTableView, QListWidget {{ background: {SURFACE}; border: 1px solid {LINE};
    border-radius: 8px; outline: 0; }}
QTreeView::item, QTableView::item, QListWidget::item {{ padding: 5px 4px; }}
QTreeView::item:selected, QTableView::item:selected, QListWidget::item:selected {{
    background: {ACCENT_SOFT}; color: {INK}; }}
QTreeView:focus, QTableView:focus, QListWidget:focus {{ border: 2px solid {FOCUS}; }}
QHeaderView::section {{ background: {CANVAS}; border: none; border-bottom: 1px solid {LINE};
    padding: 6px 8px; font-weight: 600; color: {MUTED}; }}

QProgressBar {{ background: #e3e8ee; border: none; border-radius: 4px; max-height: 8px;
    text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}

QScrollArea {{ background: transparent; border: none; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: #c3cad3; border-radius: 3px; min-height: 32px; }}
QScrollBar::handle:vertical:hover {{ background: #9aa4b0; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle:horizontal {{ background: #c3cad3; border-radius: 3px; min-width: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QSplitter::handle {{ background: {CANVAS}; }}
"""


def apply(app: QApplication, set_style: bool = True) -> None:
    """Fusion (the same on every platform) with Boussole's palette and style sheet;
    set_style=False when the application was made with Fusion already (ui.app)."""
    if set_style:
        app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(CANVAS))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(CANVAS))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    app.setPalette(palette)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def repolish(widget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def bold(font: QFont) -> QFont:
    font = QFont(font)
    font.setBold(True)
    return font
