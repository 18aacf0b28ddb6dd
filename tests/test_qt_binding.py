"""The Qt binding in use must not leak references to None (PySide6 6.12.0 on Python 3.11 did).

A leak there aborts the interpreter mid-interview after a few thousand widget updates, so a
PySide6 upgrade that brings it back must fail here, not in a user's checkup.
"""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_widget_calls_keep_none_reference_count(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
        label.isVisible()
    # Other code may take or drop a few references meanwhile; a leak drops one per call.
    assert sys.getrefcount(None) > before - 100
