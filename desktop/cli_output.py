"""What the command line writes, and how it words what stops it: its error type, standard
output that fails loudly (a full disk, a reader gone), an output path it refuses, and messages
as one printable line. desktop/cli.py runs the commands with these."""
from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import Callable


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def write_out(text: str | bytes) -> None:
    """Write to standard output. A reader gone (`| head`) ends the command quietly
    (BrokenPipeError, caught in main); a full disk under `> file` is said, never left as a
    silently cut file with exit code 0."""
    _guarded(lambda: (sys.stdout.buffer if isinstance(text, bytes) else sys.stdout).write(text))


def flush_out() -> None:
    """Flush standard output before the command returns, where a failure can still be said
    (the interpreter's own flush at exit only prints a traceback)."""
    _guarded(sys.stdout.flush)


def _guarded(write: Callable[[], object]) -> None:
    try:
        write()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise CliError(output_failed(exc)) from None


def output_failed(exc: OSError) -> str:
    """The message for standard output that failed; stdout is dropped (see drop_stdout)."""
    drop_stdout()
    full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return (f"the output could not be written whole ({exc.strerror or exc}): "
            f"{'free some disk space' if full else 'check where it goes'} and run the "
            f"command again; what was written is incomplete")


def drop_stdout() -> None:
    """Point standard output at the null device: the interpreter's last flush of what is
    left in its buffer must not fail (and print a traceback) once the failure is said."""
    import os

    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError):   # not a real file (a test's capture): nothing to flush
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def check_output(out: Path, reading=()) -> None:
    """CliError, in words, when `out` is a target an export must not replace."""
    from desktop.output_target import TargetRefused, check_output_target

    try:
        check_output_target(out, reading)
    except TargetRefused as exc:
        raise CliError(refused(exc)) from None


def refused(exc) -> str:
    """desktop.output_target.TargetRefused in words."""
    from desktop.output_target import DATA_FILE, SOURCE

    out = exc.filename
    if exc.kind == DATA_FILE:
        return (f"{out} is one of the files of a Boussole data folder; writing there would "
                f"replace your saved checkups: choose another name or folder")
    if exc.kind == SOURCE:
        return f"{out} is the file being read: choose another name for what is written"
    return f"{out} is not a file (a device or a pipe): choose a file name"


def cannot_write(out: Path, exc: OSError, example: str) -> str:
    """Why `out` could not be written, and what to do; `example` names a file for a folder."""
    from desktop.output_target import TargetRefused

    if isinstance(exc, TargetRefused):
        return refused(exc)
    if exc.errno == errno.EISDIR:
        return f"{out} is a folder: give a file name such as {out / example}"
    if exc.errno == errno.ENOTDIR:
        return f"{out.parent} is a file, not a folder: choose a path in a folder"
    if exc.errno == errno.ENOENT:
        return f"folder {out.parent} does not exist: create it or choose another path"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"folder {out.parent} cannot be written to ({exc.strerror}): choose a folder "
                f"of yours, such as your documents")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return (f"the disk of {out.parent} is full: free some space or choose another disk; "
                f"nothing was written")
    if exc.errno == errno.ENAMETOOLONG:
        return (f"a folder or file name in {out} is too long for the disk (at most 255 bytes "
                f"each, an accented letter counts 2): choose a shorter name")
    return f"cannot write {out}: {exc.strerror or exc}; check the disk and the folder"


def one_line(text: str) -> str:
    """The message as one printable line: line breaks and other control characters a file
    may carry (in a quoted name or key) written as escapes; broken text as escapes too."""
    out = "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode()
                  for ch in text)
    return out.encode("utf-8", "backslashreplace").decode("utf-8")
