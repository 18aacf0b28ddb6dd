"""The import contract: ui -> desktop -> reports -> checks, and no widgets outside ui/."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_qt_widgets_outside_ui_and_no_qt_in_checks_or_reports():
    for package in ("checks", "reports", "desktop"):
        for path in (ROOT / package).rglob("*.py"):
            if path.name == "app.py" and package == "desktop":
                continue  # the GUI entry point hands over to ui
            for name in _imports(path):
                assert not name.startswith(("PySide6.QtWidgets", "ui")), f"{path}: {name}"
                if package in ("checks", "reports"):
                    assert not name.startswith(("PySide6", "desktop", "ui")), f"{path}: {name}"


def test_checks_imports_nothing_of_the_app():
    for path in (ROOT / "checks").rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith(("desktop", "ui", "reports")), f"{path}: {name}"


MAX_LINES = 400


def long_files(root: Path, limit: int = MAX_LINES) -> list[str]:
    """Source files of the four packages over `limit` lines, as 'path: N lines'."""
    return [f"{path.relative_to(root)}: {n} lines"
            for package in ("checks", "reports", "desktop", "ui")
            for path in sorted((root / package).rglob("*.py"))
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > limit]


def test_no_source_file_passes_400_lines():
    """A file past 400 lines holds more than one thing: split it along its seams."""
    assert long_files(ROOT) == []


def test_the_length_check_sees_a_long_file(tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "short.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    assert long_files(tmp_path) == []
    (tmp_path / "ui" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert long_files(tmp_path) == [f"ui/long.py: {MAX_LINES + 1} lines"]
