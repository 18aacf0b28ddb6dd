"""Assessment files on disk, plain or passphrase-protected: the one way the app and the command
line read and write them (re-exported by desktop.checkups, the front door).

Reading says precisely what is wrong, one desktop.transfer error class per thing the person can
do about it: CannotReadFile, DamagedFile (also: not a Boussole file), NewerFile (a newer
Boussole's format), WrongPassphrase, OtherContentVersion (answered with a questionnaire this
Boussole cannot import); any other AssessmentError is a file whose content does not hold
together. A checkup is read with the questionnaire version it was answered with: this
Boussole's, or an earlier one it ships in its archive (checks.content_versions), so an older
checkup imports and is shown, scored and compared with its own questions. A version this
Boussole does not have (a newer one) is OtherContentVersion.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from checks.assessment import FORMAT, VERSION, Assessment, parse_assessment, write_assessment
from desktop.transfer import (MIN_PASSPHRASE, CannotReadFile, DamagedFile, NewerFile,
                              OtherContentVersion, WrongPassphrase, check_header, decrypt,
                              is_encrypted, write_encrypted)

if TYPE_CHECKING:
    from checks.content import Content

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


def read_assessment_file(path: str | Path, content: Content | None,
                         passphrase: Callable[[], str]) -> Assessment:
    """An assessment file, plain or passphrase-protected (`passphrase()` is called only for a
    protected one), checked against the questionnaire version it was answered with (`content`,
    today's checklist, when it is that one; else an archived one). Raises checks.assessment.AssessmentError (one
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


def _parse(text: str, content: Content | None) -> Assessment:
    from checks.assessment import AssessmentError
    from checks.content_versions import available_versions, current_version, with_its_content
    from checks.strict_json import loads

    try:   # strictly: no duplicate keys, no runaway nesting or numbers, no broken text
        data = loads(text.lstrip("\ufeff"))
    except AssessmentError as exc:   # its message already says what is wrong and what to do
        raise DamagedFile(str(exc)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DamagedFile("this is not a Boussole assessment file")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise NewerFile(f"field 'version' is {version}: the file was written by a newer "
                        f"Boussole (this one reads up to {VERSION}); update Boussole to open it")
    theirs = data.get("content_version")
    ours = content.version if content is not None else current_version()
    if isinstance(theirs, str) and theirs != ours and theirs not in available_versions():
        raise _other_version(theirs, ours)
    assessment = parse_assessment(data)
    with_its_content(assessment, content)
    return assessment


def _other_version(theirs: str, ours: str) -> OtherContentVersion:
    newer = _version_key(theirs) > _version_key(ours)
    if newer:
        message = (f"field 'content_version' is '{theirs}': the checkup was answered with a "
                   f"newer questionnaire than this Boussole's ({ours}); update Boussole, then "
                   f"import the file again")
    else:
        message = (f"field 'content_version' is '{theirs}': the checkup was answered with a "
                   f"questionnaire this Boussole does not have (it has {ours} and the versions "
                   f"before it it archives); keep the file on the computer it comes from")
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
    Raises AssessmentError (a passphrase too short) or OSError (desktop.output_target's
    TargetRefused for a data folder's own file, a device or a pipe)."""
    from desktop.output_target import check_output_target

    check_output_target(out)
    if passphrase is None:
        write_assessment(assessment, out)
        return
    write_encrypted(assessment, Path(out), passphrase)
