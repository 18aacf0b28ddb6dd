"""boussole-cli: the command line.

Conventions: every subcommand has --help; --data-dir and --lang are accepted after the
subcommand; a problem with the input is one line on stderr saying what is wrong and what to do,
with exit code 2 (never a traceback). Heavy modules (reportlab, the store) are imported only by
the subcommands that need them, so `boussole-cli --help` stays instant. The subcommands and
their arguments are desktop/cli_parser.py's; this module runs them.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop import passphrases
from desktop.cli_output import (CliError, cannot_write, check_output, drop_stdout, flush_out,
                                one_line, write_out)
from desktop.cli_parser import EXIT_USAGE, build_parser
from desktop.passphrases import PassphraseError


def _content():
    from checks.content_loader import load_content
    from checks.errors import ContentError

    try:
        return load_content()
    except ContentError as exc:
        raise CliError(f"the checklist content is damaged: {exc.problems[0]} "
                       f"(reinstall Boussole)") from None


def _assessment(path: str, args):
    """(assessment, the checklist version it was answered with: today's or an archived one).
    A file protected by a passphrase (a .boussole export) is opened with the file's
    passphrase, as `import` does."""
    from checks.assessment import AssessmentError
    from checks.content_versions import read_any_version, with_its_content
    from checks.errors import ContentError
    from desktop.assessment_files import is_protected_file, read_assessment_file

    try:
        if not is_protected_file(path):
            return read_any_version(path)
        assessment = read_assessment_file(path, None,
                                          lambda: _passphrases(args).for_file(path))
        return assessment, with_its_content(assessment)
    except AssessmentError as exc:
        raise CliError(f"{path}: {exc}") from None
    except ContentError as exc:
        raise CliError(f"the checklist content is damaged: {exc.problems[0]} "
                       f"(reinstall Boussole)") from None


def _print_json(data) -> None:
    write_out(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def cmd_checklist(args) -> int:
    from checks.checklist_export import checklist_dict, checklist_markdown

    content = _content()
    lang = args.lang or "fr"
    if args.format == "markdown":
        write_out(checklist_markdown(content, lang))
    else:
        _print_json(checklist_dict(content, lang))
    return 0


def cmd_score(args) -> int:
    from checks.score_json import score_report

    assessment, content = _assessment(args.file, args)
    previous, previous_content = _assessment(args.previous, args) if args.previous else (None, None)
    _print_json(score_report(content, assessment, previous, lang=args.lang or assessment.language,
                             previous_content=previous_content))
    return 0


def cmd_report(args) -> int:
    from desktop.report_job import ReportError, ReportRequest, run_report

    assessment, content = _assessment(args.file, args)
    previous = _assessment(args.previous, args)[0] if args.previous else None
    out = Path(args.output)
    check_output(out, reading=(args.file, args.previous))
    request = ReportRequest(assessment, out, args.edition, args.lang or assessment.language,
                            previous, signing=_folder_signing(args))
    try:
        run_report(content, request)
    except ReportError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(cannot_write(out, exc, "plan.pdf")) from None
    write_out(f"{out}\n")
    return 0


def _folder_signing(args):
    """The data folder's signing identity (desktop/signing_keys.py); None, said on stderr,
    when the folder cannot give it: the report is then signed by a one-off certificate."""
    from desktop.signing_keys import open_folder_signing
    from desktop.workspace import SecretsError, StoreError

    try:
        return open_folder_signing(args.data_dir, _passphrases(args).ask)
    except (CliError, PassphraseError, StoreError, SecretsError, OSError) as exc:
        sys.stderr.write(f"boussole-cli report: the data folder's signing certificate cannot "
                         f"be used ({exc}); this report is signed by a certificate made for it "
                         f"alone\n")
        return None


def cmd_verify(args) -> int:
    if args.file is None:
        from desktop.verify_job import verify_file

        verdict = verify_file(args.pdf)
        if args.json and verdict.figures_json is not None:
            write_out(verdict.figures_json)
        elif verdict.exit_code < 2:
            write_out("\n".join(verdict.lines) + "\n")
        else:
            sys.stderr.write("\n".join(verdict.lines) + "\n")
        return verdict.exit_code
    from reports.verify import verify_pdf

    assessment, _content_version = _assessment(args.file, args)
    ok, message = verify_pdf(Path(args.pdf), assessment)
    write_out(f"{message}\n")
    return 0 if ok else 1


def _open(args, content=None):
    """The data folder opened through desktop.workspace (lock, key, store), with its use cases
    (desktop.checkups.Checkups; closing it releases the folder)."""
    from desktop import paths
    from desktop.checkups import Checkups
    from desktop.workspace import SecretsError, StoreError, open_workspace

    folder = paths.data_dir(args.data_dir)
    try:
        # The database key: keychain, else the data folder's passphrase (desktop/passphrases.py:
        # a flag, the environment, or a prompt in a terminal for an existing one), else a
        # clear error; never an unencrypted fallback.
        workspace = open_workspace(folder, _passphrases(args).ask, attempts=1,
                                   waiting=_say_waiting(args.command, folder))
    except (StoreError, SecretsError) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot use the data folder {folder}: {exc.strerror or exc}; choose "
                       f"another one with --data-dir") from None
    if workspace.database_missing:
        sys.stderr.write(f"boussole-cli: the database of {folder} was missing or empty although "
                         f"the folder is protected by a passphrase; a new, empty one was started. "
                         f"If it held checkups, restore boussole.db from a backup of the "
                         f"folder\n")
    if workspace.recovered_from is not None:
        # Not an error: the command goes on with a fresh database, but the person must know.
        from desktop.side_files import salvage_line

        sys.stderr.write(f"boussole-cli: {salvage_line(workspace.salvage, workspace.recovered_from)}\n")
    return Checkups(workspace, content)


def _say_waiting(command: str, folder: Path):
    """Tell a person at a terminal, once, that the folder is busy and the command waits. Not
    written when stderr is a file or a pipe: a script gets one line, and only on failure."""
    said = False

    def waiting(pid: int | None) -> None:
        nonlocal said
        if not said and sys.stderr.isatty():
            from desktop.workspace import LOCK_WAIT_S

            holder = f"process {pid}" if pid else "another process"
            sys.stderr.write(f"boussole-cli {command}: the data folder {folder} is in use by "
                             f"{holder}; waiting up to {LOCK_WAIT_S:g} s...\n")
            sys.stderr.flush()
        said = True

    return waiting


def _passphrases(args) -> passphrases.Passphrases:
    """The passphrase sources of this command (desktop/passphrases.py), made once."""
    if getattr(args, "passphrases", None) is None:
        from desktop import paths

        args.passphrases = passphrases.Passphrases.from_args(args, paths.data_dir(args.data_dir))
    return args.passphrases


def cmd_list(args) -> int:
    from desktop.side_files import side_files, summary_line

    with _open(args) as checkups:
        rows = checkups.checkups()
        copies = summary_line(side_files(checkups.workspace))
    if copies:
        sys.stderr.write(f"boussole-cli list: {copies}\n")
    if args.format == "json":
        _print_json(rows)
        return 0
    if not rows:
        write_out("No checkup yet.\n" if (args.lang or "fr") == "en"
                  else "Aucun diagnostic pour l'instant.\n")
        return 0
    for r in rows:
        score = "-" if r.get("score") is None else f"{r['score']:.0f}"
        # the name as one printable line: a file's control characters never reach the terminal
        write_out(f"{r['id']}  {one_line(r['business_name'])}  {one_line(r['started_at'][:10])}  "
                  f"score {score}  {r['completion']:.0f}%\n")
    return 0


def cmd_export(args) -> int:
    from checks.assessment import AssessmentError
    from desktop.checkups import write_assessment_file
    from desktop.workspace import StoreError

    try:
        with _open(args) as checkups:
            assessment = checkups.export_assessment(args.assessment_id)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    out = Path(args.output)
    if (args.passphrase_file or args.passphrase_stdin) and not args.encrypt:
        raise CliError("--passphrase-file and --passphrase-stdin give the passphrase that "
                       "protects the exported file: add --encrypt")
    try:
        secret = _passphrases(args).for_file(out, confirm=True) if args.encrypt else None
        write_assessment_file(assessment, out, secret)
    except AssessmentError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(cannot_write(out, exc, "export.json")) from None
    write_out(f"{out}\n")
    return 0


def cmd_import(args) -> int:
    from checks.assessment import AssessmentError
    from desktop.checkups import read_assessment_file
    from desktop.workspace import StoreError

    content = _content()
    path = Path(args.file)
    try:
        assessment = read_assessment_file(path, content, lambda: _passphrases(args).for_file(path))
    except AssessmentError as exc:
        raise CliError(f"{path}: {exc}") from None
    try:
        with _open(args, content) as checkups:
            changes = checkups.import_assessment(assessment)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    write_out(f"{changes.checkup_id}\n")
    return 0


def cmd_self_test(_args) -> int:
    from desktop.selftest import run

    return run()


COMMANDS = {
    "checklist": cmd_checklist, "score": cmd_score, "report": cmd_report, "verify": cmd_verify,
    "list": cmd_list, "export": cmd_export, "import": cmd_import, "self-test": cmd_self_test,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    try:
        code = COMMANDS[args.command](args)
        flush_out()
        return code
    except (CliError, PassphraseError) as exc:
        sys.stderr.write(f"boussole-cli {args.command}: {one_line(str(exc))}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader stopped reading (`| head`): nothing to say, as other commands do.
        drop_stdout()
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
