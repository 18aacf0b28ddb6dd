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


def test_pyside_reads_no_source_for_modules_whose_answer_is_known():
    # ui/pyside_hook.py: if PySide6's private hook changes, this says so (launch costs ~5 ms more).
    import inspect
    import types

    from ui.pyside_hook import answer_known_modules

    assert answer_known_modules(), "PySide6's __feature__ hook was not found"
    feature = sys.modules["shibokensupport.feature"]
    read = []
    real = inspect.getsource
    inspect.getsource = lambda obj: read.append(obj.__name__) or real(obj)
    try:
        for name in ("ui.some_page", "desktop.x", "reports.y", "checks.z", "json.tool",
                     "somewhere_else"):
            feature.pyside_feature_dict.pop(name, None)
            feature.feature_imported(types.ModuleType(name))
    finally:
        inspect.getsource = real
    assert read == ["somewhere_else"]                   # only the unknown module is read
    assert feature.pyside_feature_dict["ui.some_page"] == 0       # takes part, no feature
    assert feature.pyside_feature_dict["desktop.x"] == -1         # ignored, as a Qt-free one
    for name in ("ui.some_page", "desktop.x", "reports.y", "checks.z", "json.tool",
                 "somewhere_else"):
        feature.pyside_feature_dict.pop(name, None)
