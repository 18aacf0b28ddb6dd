"""The cost of one interview answer in CPU instructions: a figure that the machine's load does
not move, to compare two versions of the code on a shared or noisy machine (wall time, the
goal of benchmarks/bench_ui.py, can vary by a third from one run to the next there).

Run: .venv/bin/python benchmarks/answer_instructions.py [ANSWERS]   (needs valgrind:
apt-get install valgrind). It runs the answering loop of bench_ui (click an option, Enter,
until the page is painted) under callgrind with ANSWERS answers (default 40) and with none, in
the advisor bench folder, and prints the difference per answer, in millions of instructions.
Two runs agree to about 0.1 %. It takes two to three minutes.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import callgrind  # noqa: E402


def answer(folder: Path, count: int) -> None:
    """The measured process: open the folder, start a checkup, give `count` answers."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_ui import start_interview
    from ui import app as ui_app

    qapp = ui_app.create_application([sys.argv[0]])
    window = ui_app.open_window(folder)
    window.resize(1366, 768)
    window.show()
    QTest.qWaitForWindowExposed(window)
    page = start_interview(window, "Boulangerie Martin")
    for _ in range(5):
        qapp.processEvents()
    for i in range(count):
        option = page.option_buttons[i % len(page.current_question().options)]
        QTest.mouseClick(option, Qt.MouseButton.LeftButton)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        for _ in range(4):
            qapp.processEvents()
    window.close()
    window.session.close()


def _instructions(folder: Path, count: int, tmp: Path, measured: bool = True) -> int:
    copy = tmp / f"data-{count}-{measured}"
    shutil.copytree(folder, copy)
    env = dict(os.environ, PYTHONMALLOC="malloc", QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp / "cache"))
    command = [sys.executable, __file__, "--child", str(copy), str(count)]
    if not measured:   # fills the content cache both measured runs then read
        subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
        return 0
    return callgrind.instructions(command, env, ROOT, tmp)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        answer(Path(argv[1]), int(argv[2]))
        return 0
    if not callgrind.available():
        return 2
    count = int(argv[0]) if argv else 40
    from benchmarks.bench_ui import advisor_folder

    with tempfile.TemporaryDirectory() as tmp:
        folder = advisor_folder(Path(tmp) / "data")
        _instructions(folder, 0, Path(tmp), measured=False)
        none = _instructions(folder, 0, Path(tmp))
        some = _instructions(folder, count, Path(tmp))
    print(f"one answer (click, save, Enter, painted): {(some - none) / count / 1e6:.1f} million "
          f"instructions (callgrind, {count} answers)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
