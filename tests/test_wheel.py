"""`pip install .` (the Windows/macOS route in README) ships every resource file: content,
archived content versions, fonts, translations, licences, the sample, icons. An installed
Boussole missing its archived content could not open an older client's checkup."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def tracked_resources() -> set[str]:
    out = subprocess.run(["git", "ls-files", "resources"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.split()
    return {path for path in out if not path.endswith(".py")}


@pytest.mark.slow
def test_the_wheel_holds_every_resource_file(tmp_path):
    if not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout to list the resource files")
    # Built from a copy of the tracked files: a build/ folder left in the checkout by an
    # earlier build would otherwise lend the wheel files the rules no longer select.
    source = tmp_path / "source"
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.splitlines()
    for name in tracked:
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(source)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("boussole-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(tracked_resources() - names)
    assert missing == [], f"resource files left out of the wheel: {missing}"
    assert any(n.startswith("resources/content/archive/2026.11/") for n in names)
