"""boussole-cli's grammar: its subcommands, their arguments and their --help texts.

desktop/cli.py runs what this parses. A usage error is one line on stderr, exit code 2, the
code desktop/cli.py gives every problem with the input.
"""
from __future__ import annotations

import argparse

from desktop import __version__, passphrases

EXIT_USAGE = 2
FILE_HELP = "assessment file (.json, or .boussole protected by a passphrase)"
PROMPTS_LANG = "language of the passphrase prompts (default: the data folder's, else fr)"


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
    p.add_argument("file", metavar="FILE", help=FILE_HELP)
    p.add_argument("--previous", metavar="FILE",
                   help="an earlier assessment of the same business, to include a comparison")
    passphrases.add_arguments(p, file=True, data=False)   # a protected file's passphrase
    _common(p)

    p = subs.add_parser("report", help="write the PDF action plan of an assessment file",
                        description="Write the PDF: owner edition (everything) or partner "
                                    "edition (for a bank or insurer: no question-level detail).")
    p.add_argument("file", metavar="FILE", help=FILE_HELP)
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help="PDF to write")
    p.add_argument("--edition", choices=("owner", "partner"), default="owner")
    p.add_argument("--previous", metavar="FILE", help="an earlier assessment, to show progress")
    # a protected file's passphrase; the data folder's key guards its signing key
    passphrases.add_arguments(p, file=True)
    _common(p)

    p = subs.add_parser("verify", help="check a Boussole PDF: its signature and figures",
                        description="With the PDF alone: check its signature covers the whole "
                                    "file, print the signer and certificate fingerprint, check "
                                    "the attached figures are the ones printed, and print them "
                                    "(exit 0 valid, 1 invalid, modified or unsigned, 2 "
                                    "unreadable). With an assessment file too: check the PDF "
                                    "was produced from it.")
    p.add_argument("pdf", metavar="FILE.pdf")
    p.add_argument("file", metavar="FILE.json", nargs="?", help="the assessment file (optional)")
    p.add_argument("--json", action="store_true",
                   help="print only the verified figures, as attached (docs/partner-json.md)")
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
                                "sign and verify both PDFs, then erase everything: one line per "
                                "step, then OK (exit 0), or the failed step (exit 1). Never "
                                "touches your data or your keychain.")
    return parser
