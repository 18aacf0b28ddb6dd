"""The least a PySide6 start showing an advisor's list can cost: a reference for bench_ui.py.

Run by benchmarks/bench_ui.py as `python benchmarks/launch_floor.py DATA_DIR`, between the bare
window and Boussole. It does what any such start must do and nothing else: the Qt namespace
(any Qt.AlignmentFlag, Qt.Key... builds its ~190 enum types), Boussole's palette and style
sheet, one SQLite query for the first page of the businesses, a table over it and a row of
buttons, painted once. No store (lock, key, schema), no settings, translations, header actions,
banners or week; so Boussole's launch can be read as bare + this floor + its own work.
"""
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QMainWindow,
                               QPushButton, QTableView, QToolButton, QVBoxLayout, QWidget)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ui import style  # noqa: E402 - the palette and style sheet only

app = QApplication([sys.argv[0], "-style", "fusion"])
style.apply(app, set_style=False)
connection = sqlite3.connect(Path(sys.argv[1]) / "boussole.db")
rows = connection.execute(
    "SELECT b.name, b.city, l.started_at, l.score, l.completion FROM businesses b "
    "LEFT JOIN checkups l ON l.id = b.last_checkup_id "
    "ORDER BY b.activity_at DESC, b.name COLLATE NOCASE, b.id LIMIT 161").fetchall()


class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return len(rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(rows[index.row()][index.column()] or "")
        return None


window = QMainWindow()
central = QWidget()
window.setCentralWidget(central)
column = QVBoxLayout(central)
header = QHBoxLayout()
column.addLayout(header)
for text in ("Boussole", "Paramètres", "À propos"):
    button = QToolButton()
    button.setText(text)
    header.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
column.addWidget(QLabel("Vos entreprises"))
column.addWidget(QLineEdit())
table = QTableView()
table.setModel(Model())
column.addWidget(table, 1)
buttons = QHBoxLayout()
column.addLayout(buttons)
for text in ("Ouvrir", "Nouveau diagnostic", "Historique…", "Modifier…", "Supprimer…"):
    buttons.addWidget(QPushButton(text))
window.resize(1280, 800)


# Ends as bench_ui.BARE does, on purpose not shared: the bare window, the unit of the ratio,
# imports nothing but PySide6, so a helper module both could import would change it.
def shown():
    print("shown", flush=True)
    app.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, shown)
        return False


probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
