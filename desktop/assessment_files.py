"""Assessment files on disk, plain or passphrase-protected: the one way the app and the command
line read and write them (re-exported by desktop.checkups, the front door).

Reading says precisely what is wrong, one desktop.transfer error class per thing the person can
do about it: CannotReadFile, DamagedFile (also: not a Boussole file), NewerFile (a newer
Boussole's format), WrongPassphrase, OtherContentVersion (answered with a questionnaire this
Boussole cannot import); any other AssessmentError is a file whose content does not hold
together. A checkup is imported only with the questionnaire version it was answered with: this
Boussole's. Older versions are archived for scoring (checks.content_versions), but the app
still works on a checkup with the current content only, so importing one would show it wrongly.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from checks.assessment import FORMAT, VERSION, Assessment, parse_assessment, write_assessment
from checks.content import Content
from desktop.transfer import (MIN_PASSPHRASE, CannotReadFile, DamagedFile, NewerFile,
                              OtherContentVersion, WrongPassphrase, check_header, decrypt,
                              is_encrypted, write_encrypted)

__all__ = ["MIN_PASSPHRASE", "CannotReadFile", "DamagedFile", "NewerFile", "OtherContentVersion",
           "WrongPassphrase", "check_protected_file", "is_protected_file", "read_assessment_file",
           "write_assessment_file"]


def is_protected_file(path: str | Path) -> bool:
    """Whether the file is passphrase-protected (reads its first bytes only)."""
    return is_encrypted(Path(path))


def check_protected_file(path: str | Path) -> None:
    """Raise CannotReadFile, DamagedFile or NewerFile when a protected file cannot be opened
    whatever the passphrase: say so before asking for one."""
    check_header(_read_bytes(Path(path)))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise CannotReadFile(f"'{path}' is a folder, not an assessment file") from None
    except FileNotFoundError:
        raise CannotReadFile(f"file '{path}' does not exist; check the path") from None
    except OSError as exc:
        raise CannotReadFile(f"file '{path}' cannot be read ({exc.strerror or exc})") from None


def read_assessment_file(path: str | Path, content: Content,
                         passphrase: Callable[[], str]) -> Assessment:
    """An assessment file, plain or passphrase-protected (`passphrase()` is called only for a
    protected one), checked against `content`. Raises checks.assessment.AssessmentError (one
    of the classes above when the cause is one of theirs) saying what is wrong."""
    path = Path(path)
    raw = _read_bytes(path)
    if is_encrypted(path):
        text = decrypt(raw, passphrase())
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DamagedFile(f"file '{path}' is not UTF-8 text: it is damaged or not an "
                              f"assessment") from None
    return _parse(text, content)


def _parse(text: str, content: Content) -> Assessment:
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise DamagedFile(f"not valid JSON at line {exc.lineno}, column {exc.colno} "
                          f"({exc.msg}); the file is damaged or not an assessment") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DamagedFile("this is not a Boussole assessment file")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise NewerFile(f"field 'version' is {version}: the file was written by a newer "
                        f"Boussole (this one reads up to {VERSION}); update Boussole to open it")
    theirs = data.get("content_version")
    if isinstance(theirs, str) and theirs != content.version:
        raise _other_version(theirs, content.version)
    return parse_assessment(data, content)


def _other_version(theirs: str, ours: str) -> OtherContentVersion:
    newer = _version_key(theirs) > _version_key(ours)
    if newer:
        message = (f"field 'content_version' is '{theirs}': the checkup was answered with a "
                   f"newer questionnaire than this Boussole's ({ours}); update Boussole, then "
                   f"import the file again")
    else:
        message = (f"field 'content_version' is '{theirs}': the checkup was answered with an "
                   f"earlier questionnaire than this Boussole's ({ours}), which cannot be "
                   f"imported yet; keep it on the computer it comes from")
    return OtherContentVersion(message, theirs, ours, newer)


def _version_key(version: str) -> tuple:
    """"2026.12" -> (2026, 12); anything unreadable sorts after every real version (it can
    only come from a Boussole this one does not know)."""
    try:
        return (0, *(int(part) for part in version.split(".")))
    except ValueError:
        return (1,)


def write_assessment_file(assessment: Assessment, out: str | Path,
                          passphrase: str | None = None) -> None:
    """Write an assessment file atomically; protected by `passphrase` when one is given.
    Raises AssessmentError (a passphrase too short) or OSError."""
    if passphrase is None:
        write_assessment(assessment, out)
        return
    write_encrypted(assessment, Path(out), passphrase)
