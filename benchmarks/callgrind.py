"""Counting a process's CPU instructions with valgrind's callgrind: a figure that the machine's
load does not move, for comparing two versions of the code on a shared or noisy machine.
Used by answer_instructions.py and launch_instructions.py (needs: apt-get install valgrind)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path


def available() -> bool:
    if shutil.which("valgrind") is None:
        print("valgrind is needed: apt-get install valgrind")
        return False
    return True


def instructions(command: list[str], env: dict, cwd: Path, out_dir: Path) -> int:
    """The instructions `command` executes from start to exit, under callgrind."""
    done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_dir}/cg.%p",
                           *command], env=env, cwd=cwd, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"callgrind failed:\n{done.stderr[-2000:]}")
    return int(found.group(1))
