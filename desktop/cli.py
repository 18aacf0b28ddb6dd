"""boussole-cli: the command line.

Conventions: every subcommand has --help; --data-dir and --lang are accepted after the
subcommand; a problem with the input is one line on stderr saying what is wrong and what to do,
with exit code 2 (never a traceback). Heavy modules (reportlab, the store) are imported only by
the subcommands that need them, so `boussole-cli --help` stays instant.
"""
from __future__ import annotations

import argparse
import errno
import json
import sys
from pathlib import Path

from desktop import __version__, passphrases
from desktop.passphrases import PassphraseError

EXIT_USAGE = 2
PROMPTS_LANG = "language of the passphrase prompts (default: the data folder's, else fr)"


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line instead of usage + message
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _common(sub: argparse.ArgumentParser, lang: bool = True,
            lang_help: str = "language of the output (default: the file's, else fr)") -> None:
    sub.add_argument("--data-dir", metavar="DIR",
                     help="data folder (default: the user's data folder, or $BOUSSOLE_DATA_DIR)")
    if lang:
        sub.add_argument("--lang", choices=("fr", "en"), default=None, help=lang_help)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="boussole-cli",
                     description="Boussole: offline checkup of AI tools, online sales and "
                                 "cybersecurity basics, with a PDF action plan.")
    parser.add_argument("--version", action="version", version=f"Boussole {__version__}")
    subs = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = subs.add_parser("checklist", help="print the whole checklist content",
                        description="Print every profile question, module, theme, question, "
                                    "option and action (JSON shape: docs/checklist-json.md).")
    p.add_argument("--format", choices=("json", "markdown"), default="json")
    _common(p)

    p = subs.add_parser("score", help="score an assessment file and print its action plan as JSON",
                        description="Read an assessment file and print scores, maturity, "
                                    "completion, critical gaps and the ordered action plan as "
                                    "JSON (shape: docs/score-json.md).")
    p.add_argument("file", metavar="FILE", help="assessment file (.json)")
    p.add_argument("--previous", metavar="FILE",
                   help="an earlier assessment of the same business, to include a comparison")
    _common(p)

    p = subs.add_parser("report", help="write the PDF action plan of an assessment file",
                        description="Write the PDF: owner edition (everything) or partner "
                                    "edition (for a bank or insurer: no question-level detail).")
    p.add_argument("file", metavar="FILE", help="assessment file (.json)")
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help="PDF to write")
    p.add_argument("--edition", choices=("owner", "partner"), default="owner")
    p.add_argument("--previous", metavar="FILE", help="an earlier assessment, to show progress")
    _common(p)

    p = subs.add_parser("verify", help="check that a PDF was produced from an assessment file",
                        description="Compare the fingerprint printed on a Boussole PDF with the "
                                    "assessment file's.")
    p.add_argument("pdf", metavar="FILE.pdf")
    p.add_argument("file", metavar="FILE.json")
    _common(p, lang=False)

    p = subs.add_parser("list", help="list the businesses and checkups in the local store",
                        description="List businesses and their checkups from the data folder.")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _common(p)
    passphrases.add_arguments(p, file=False)

    p = subs.add_parser("export", help="export one checkup to an assessment file",
                        description="Write one checkup of the local store as an assessment file.")
    p.add_argument("assessment_id", metavar="ASSESSMENT_ID", help="checkup id (see `list`)")
    p.add_argument("-o", "--output", metavar="FILE", required=True)
    p.add_argument("--encrypt", action="store_true",
                   help="protect the file with a passphrase (asked twice in a terminal, or "
                        "given as below)")
    _common(p, lang_help=PROMPTS_LANG)
    passphrases.add_arguments(p, file=True)

    p = subs.add_parser("import", help="import an assessment file into the local store",
                        description="Add a checkup from an assessment file; creates the business "
                                    "when new; never overwrites an existing checkup.")
    p.add_argument("file", metavar="FILE")
    _common(p, lang_help=PROMPTS_LANG)
    passphrases.add_arguments(p, file=True)

    subs.add_parser("self-test", help="check this installation end to end, in a temporary folder",
                    description="Create a business, import the sample checkup, score it, write "
                                "and verify both PDFs, then erase everything: one line per "
                                "step, then OK (exit 0), or the failed step (exit 1). Never "
                                "touches your data or your keychain.")
    return parser


# --------------------------------------------------------------------------------------------


def _content():
    from checks.content_loader import load_content
    from checks.errors import ContentError

    try:
        return load_content()
    except ContentError as exc:
        raise CliError(f"the checklist content is damaged: {exc.problems[0]} "
                       f"(reinstall Boussole)") from None


def _assessment(path: str, content):
    from checks.assessment import AssessmentError, read_assessment

    try:
        return read_assessment(path, content)
    except AssessmentError as exc:
        raise CliError(f"{path}: {exc}") from None


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def cmd_checklist(args) -> int:
    from checks.checklist_export import checklist_dict, checklist_markdown

    content = _content()
    lang = args.lang or "fr"
    if args.format == "markdown":
        sys.stdout.write(checklist_markdown(content, lang))
    else:
        _print_json(checklist_dict(content, lang))
    return 0


def cmd_score(args) -> int:
    from checks.score_json import score_report

    content = _content()
    assessment = _assessment(args.file, content)
    previous = _assessment(args.previous, content) if args.previous else None
    _print_json(score_report(content, assessment, previous, lang=args.lang or assessment.language))
    return 0


def cmd_report(args) -> int:
    from desktop.report_job import ReportError, ReportRequest, run_report

    content = _content()
    assessment = _assessment(args.file, content)
    previous = _assessment(args.previous, content) if args.previous else None
    out = Path(args.output)
    request = ReportRequest(assessment, out, args.edition, args.lang or assessment.language,
                            previous)
    try:
        run_report(content, request)
    except ReportError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(_cannot_write_report(out, exc)) from None
    print(out)
    return 0


def _cannot_write_report(out: Path, exc: OSError) -> str:
    if exc.errno == errno.EISDIR:
        return f"{out} is a folder: give a file name such as {out / 'plan.pdf'}"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"folder {out.parent} does not exist: create it or choose another path"
    return f"cannot write {out}: {exc.strerror or exc}; check the disk and the folder"


def cmd_verify(args) -> int:
    from reports.verify import verify_pdf

    content = _content()
    assessment = _assessment(args.file, content)
    ok, message = verify_pdf(Path(args.pdf), assessment)
    print(message)
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
    if workspace.recovered_from is not None:
        # Not an error: the command goes on with a fresh database, but the person must know.
        sys.stderr.write(f"boussole-cli: the database was damaged; it was kept at "
                         f"{workspace.recovered_from} and a new one was started\n")
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
    with _open(args) as checkups:
        rows = checkups.checkups()
    if args.format == "json":
        _print_json(rows)
        return 0
    if not rows:
        print("No checkup yet." if (args.lang or "fr") == "en" else "Aucun diagnostic pour l'instant.")
        return 0
    for r in rows:
        score = "-" if r.get("score") is None else f"{r['score']:.0f}"
        print(f"{r['id']}  {r['business_name']}  {r['started_at'][:10]}  "
              f"score {score}  {r['completion']:.0f}%")
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
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from None
    print(out)
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
    print(changes.checkup_id)
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
        return COMMANDS[args.command](args)
    except (CliError, PassphraseError) as exc:
        sys.stderr.write(f"boussole-cli {args.command}: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
