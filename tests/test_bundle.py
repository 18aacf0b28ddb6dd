"""The bundled application (packaging/): built once for this module with packaging/build.py into a
temporary folder, its archive unpacked somewhere else, and run from there with a bare
environment (no PYTHONPATH, no virtual environment, no display: Qt's offscreen platform), so
nothing can come from the checkout. Slow (about a minute): `-m "not slow"` leaves it out."""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop import __version__

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import build  # noqa: E402  (packaging/build.py)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    base = tmp_path_factory.mktemp("bundle")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"),
                           "--dist", str(base / "dist"), "--work", str(base / "work")],
                          capture_output=True, text=True, cwd=ROOT, timeout=1200)
    assert done.returncode == 0, done.stdout + done.stderr
    archive = base / "dist" / f"boussole-{__version__}-{build.platform_tag()}.tar.gz"
    elsewhere = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(elsewhere, filter="tar")
    home = tmp_path_factory.mktemp("bundle-home")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home / "share")}
    return SimpleNamespace(folder=elsewhere / "Boussole", archive=archive, env=env, home=home,
                           output=done.stdout)


def run(bundle, program: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(bundle.folder / program), *args], capture_output=True, text=True,
                          env={**bundle.env, **(env or {})}, cwd=bundle.home, timeout=120)


@pytest.mark.parametrize("argv", [("boussole", "--self-test"), ("boussole-cli", "self-test")])
def test_self_test_passes_from_the_unpacked_archive(bundle, argv):
    done = run(bundle, *argv)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[1] == f"  running from {bundle.folder} (bundled application)"
    assert lines[2] == f"  resources in {bundle.folder / '_internal' / 'resources'}"
    assert sum(": ok - " in line for line in lines) == 11
    assert lines[-1].startswith("OK")


def test_versions(bundle):
    for program in ("boussole", "boussole-cli"):
        done = run(bundle, program, "--version")
        assert (done.returncode, done.stdout.strip()) == (0, f"Boussole {__version__}")


def test_the_window_opens_on_the_imported_sample_headless(bundle, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    # No keychain in this bare environment: the explicit unencrypted choice, as a person can make.
    (data / "settings.json").write_text('{"storage_mode": "plaintext"}', encoding="utf-8")
    sample = bundle.folder / "_internal" / "resources" / "samples" / "bakery.json"
    done = run(bundle, "boussole-cli", "import", str(sample), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    # One business with a completed checkup: the window opens on its results page.
    done = run(bundle, "boussole", "--data-dir", str(data), "--lang", "en",
               env={"BOUSSOLE_EXIT_AFTER_SHOW": "1"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["shown", "ready"]
    assert "Traceback" not in done.stderr and "cannot load" not in done.stderr, done.stderr


def test_the_window_reads_shibokens_support_modules_compiled(bundle, tmp_path):
    """shiboken6 compiles its support modules at every start unless they sit in files.dir next
    to it (packaging/shiboken_support.py): 8 % of the bundled window's launch."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"storage_mode": "plaintext"}', encoding="utf-8")
    trace = tmp_path / "openat.txt"
    done = subprocess.run(["strace", "-f", "-e", "trace=openat", "-o", str(trace),
                           str(bundle.folder / "boussole"), "--data-dir", str(data)],
                          capture_output=True, text=True, timeout=120,
                          env={**bundle.env, "BOUSSOLE_EXIT_AFTER_SHOW": "1"}, cwd=bundle.home)
    assert done.returncode == 0, done.stdout + done.stderr
    support = bundle.folder / "_internal" / "shiboken6" / "files.dir" / "shibokensupport"
    opened = {line.split('"')[1] for line in trace.read_text().splitlines()
              if "openat(" in line and '"' in line and "ENOENT" not in line}
    for module in ("__init__", "signature/loader", "signature/parser", "signature/mapping"):
        folder, _, name = f"{support}/{module}".rpartition("/")
        assert f"{folder}/__pycache__/{name}.cpython-{sys.version_info[0]}{sys.version_info[1]}.pyc" \
            in opened, module


def test_every_module_of_boussole_is_in_its_executable(bundle):
    """Modules loaded by name (the window's pages) are invisible to PyInstaller's analysis."""
    from PyInstaller.archive.readers import CArchiveReader
    from PyInstaller.utils.hooks import collect_submodules

    def modules(program: str) -> set[str]:
        return set(CArchiveReader(str(bundle.folder / program)).open_embedded_archive("PYZ.pyz").toc)

    # the window's modules are .pyc files in the folder (packaging/boussole.spec: noarchive)
    internal = bundle.folder / "_internal"
    gui = {".".join(p.relative_to(internal).with_suffix("").parts).removesuffix(".__init__")
           for p in internal.rglob("*.pyc")}
    cli = modules("boussole-cli")
    own = {m for package in ("checks", "reports", "desktop", "ui") for m in collect_submodules(package)}
    assert own - gui == set()
    qt_side = {m for m in own if m.startswith("ui") or m in ("desktop.app", "desktop.__main__")}
    assert own - qt_side - cli == set()
    assert not any(m.startswith(("PySide6", "ui")) for m in cli)    # the CLI starts without Qt


def test_what_the_folder_holds(bundle):
    folder = bundle.folder
    assert build.problems(folder) == []
    assert build.folder_size(folder) <= build.MAX_UNPACKED_MB * 1_000_000
    internal = folder / "_internal"
    for left_out in ("pytest", "hypothesis", "tkinter", "_tkinter", "pip", "setuptools",
                     "PySide6/Qt/plugins/platforms/libqeglfs.so",
                     "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0"):
        assert not (internal / left_out).exists(), left_out
    assert not list(internal.glob("_tkinter*")) and not list(internal.rglob("tests/conftest.py"))
    translations = {p.name for p in (internal / "PySide6/Qt/translations").iterdir()}
    assert "qtbase_fr.qm" in translations and all(n.endswith(("_fr.qm", "_en.qm")) for n in translations)
    with tarfile.open(bundle.archive) as tar:
        top = {name.split("/")[0] for name in tar.getnames()}
        assert top == {"Boussole"}
        assert {"Boussole/boussole.desktop", "Boussole/boussole.svg"} <= set(tar.getnames())


def test_menu_entry_points_at_the_unpacked_folder(bundle, tmp_path):
    data = tmp_path / "xdg"
    done = subprocess.run(["sh", str(bundle.folder / "install-desktop-entry.sh")],
                          env={**bundle.env, "XDG_DATA_HOME": str(data)}, capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    entry = (data / "applications" / "boussole.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle.folder}/boussole"' in entry.splitlines()
    assert "Icon=boussole" in entry.splitlines()
    checked = subprocess.run(["desktop-file-validate", str(data / "applications" / "boussole.desktop")],
                             capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout + checked.stderr
    assert (data / "icons/hicolor/scalable/apps/boussole.svg").read_bytes() == \
        (ROOT / "resources/icons/boussole.svg").read_bytes()
    assert os.access(bundle.folder / "boussole", os.X_OK)
