"""Where the command line gets a passphrase, and what it says when it has to ask. Qt-free.

Two different secrets can be needed by one command: the passphrase of an assessment file
(`export --encrypt`, `import` of a protected file) and the passphrase of the data folder (when
its key is not in the system keychain: docs/security.md). Each comes from the first of:

| source | the file's | the data folder's |
|---|---|---|
| a flag | `--passphrase-file FILE`, `--passphrase-stdin` | `--data-passphrase-file FILE`, `--data-passphrase-stdin` |
| the environment | `$BOUSSOLE_FILE_PASSPHRASE` | `$BOUSSOLE_DATA_PASSPHRASE` |
| the environment, as before these | `$BOUSSOLE_PASSPHRASE` | `$BOUSSOLE_PASSPHRASE` |
| a prompt, in a terminal | "Phrase secrète du fichier client.boussole : " | "Phrase secrète du dossier de données /… : " |

A passphrase file holds the passphrase on its first line (the line end is not part of it);
standard input likewise. Standard input can carry one of the two only. Prompts are in the
language of `--lang`, else the data folder's saved language, else French. Nothing here
prints or keeps a passphrase beyond handing it to the caller.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FILE_VARIABLE = "BOUSSOLE_FILE_PASSPHRASE"
DATA_VARIABLE = "BOUSSOLE_DATA_PASSPHRASE"
SHARED_VARIABLE = "BOUSSOLE_PASSPHRASE"     # both, as before the two above existed

PROMPTS = {
    "fr": {"file": "Phrase secrète du fichier {0} : ",
           "data": "Phrase secrète du dossier de données {0} : ",
           "again": "Saisissez de nouveau la phrase secrète du fichier {0} : "},
    "en": {"file": "Passphrase of the file {0}: ",
           "data": "Passphrase of the data folder {0}: ",
           "again": "Type the passphrase of the file {0} again: "},
}


class PassphraseError(Exception):
    """No passphrase could be had; the message says how to give one (one line)."""


def add_arguments(parser: Any, file: bool, data: bool = True) -> None:
    """The passphrase flags of a subcommand: the file's if `file`, the data folder's if `data`."""
    if file:
        parser.add_argument("--passphrase-file", metavar="FILE",
                            help=f"read the file's passphrase from the first line of FILE "
                                 f"(else ${FILE_VARIABLE}, ${SHARED_VARIABLE}, or a prompt)")
        parser.add_argument("--passphrase-stdin", action="store_true",
                            help="read the file's passphrase from the first line of standard input")
    if not data:
        return
    parser.add_argument("--data-passphrase-file", metavar="FILE",
                        help=f"read the data folder's passphrase (when its key is not in the "
                             f"keychain) from the first line of FILE (else ${DATA_VARIABLE}, "
                             f"${SHARED_VARIABLE}, or a prompt)")
    parser.add_argument("--data-passphrase-stdin", action="store_true",
                        help="read the data folder's passphrase from the first line of "
                             "standard input")


@dataclass
class Passphrases:
    """The passphrase sources one command was given (from_args), asked in that order."""

    folder: Path                                 # the data folder (for prompts and language)
    lang: str | None = None                      # --lang; None: the folder's saved language
    file_path: str | None = None
    file_stdin: bool = False
    data_path: str | None = None
    data_stdin: bool = False
    environ: Any = field(default_factory=lambda: os.environ)
    _from_stdin: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.file_stdin and self.data_stdin:
            raise PassphraseError("standard input can carry one passphrase only: give the other "
                                  "with --passphrase-file / --data-passphrase-file or the "
                                  "environment")

    @classmethod
    def from_args(cls, args: Any, folder: Path) -> "Passphrases":
        return cls(folder, getattr(args, "lang", None), getattr(args, "passphrase_file", None),
                   getattr(args, "passphrase_stdin", False),
                   getattr(args, "data_passphrase_file", None),
                   getattr(args, "data_passphrase_stdin", False))

    # -- the two secrets -------------------------------------------------------------------------

    def for_file(self, path: str | Path, confirm: bool = False) -> str:
        """The passphrase of the assessment file `path`; typed twice when `confirm` and asked
        at a terminal (a new file's passphrase, so a typo cannot lock it)."""
        name = Path(path).name
        given = self._given(self.file_path, self.file_stdin, FILE_VARIABLE)
        if given is not None:
            return given
        if not _interactive():
            raise PassphraseError(
                f"a passphrase is needed for the file {name}: give it with --passphrase-file "
                f"FILE, --passphrase-stdin or ${FILE_VARIABLE}, or run in a terminal")
        first = self._prompt("file", name)
        if confirm and self._prompt("again", name) != first:
            raise PassphraseError("the two passphrases differ; nothing was written, try again")
        return first

    def for_data_folder(self) -> str:
        """The passphrase of the data folder (its key is not in the keychain)."""
        given = self._given(self.data_path, self.data_stdin, DATA_VARIABLE)
        if given is not None:
            return given
        if not _interactive():
            raise PassphraseError(
                f"the data folder {self.folder} is protected by a passphrase: give it with "
                f"--data-passphrase-file FILE, --data-passphrase-stdin or ${DATA_VARIABLE} "
                f"(or ${SHARED_VARIABLE}), or run in a terminal")
        return self._prompt("data", str(self.folder))

    def for_new_data_folder(self) -> str:
        """The passphrase that will protect a data folder that has no key yet, where the
        keychain cannot keep one: given explicitly only (a flag or the environment), never at
        a prompt, so that no command decides how the data is protected by surprise."""
        given = self._given(self.data_path, self.data_stdin, DATA_VARIABLE)
        if given is None:
            raise PassphraseError(
                f"the system keychain is unavailable, so the database key cannot be kept there: "
                f"set ${DATA_VARIABLE} (or ${SHARED_VARIABLE}) or use --data-passphrase-file "
                f"to protect the data with a passphrase, or start the Boussole app once to "
                f"choose")
        return given

    def ask(self, situation: str):
        """desktop.workspace's `ask` for the command line: no dialog, no silent choice."""
        from desktop.workspace import ASK_CHOOSE, StorageChoice

        if situation == ASK_CHOOSE:
            return StorageChoice.with_passphrase(self.for_new_data_folder())
        return StorageChoice.with_passphrase(self.for_data_folder())

    # -- sources ---------------------------------------------------------------------------------

    def _given(self, path: str | None, stdin: bool, variable: str) -> str | None:
        if path:
            return _first_line_of_file(path)
        if stdin:
            if self._from_stdin is None:     # read once, whichever secret asks twice
                self._from_stdin = _first_line(sys.stdin.readline(), "standard input")
            return self._from_stdin
        return self.environ.get(variable) or self.environ.get(SHARED_VARIABLE) or None

    def _prompt(self, kind: str, name: str) -> str:
        import getpass

        return getpass.getpass(PROMPTS[self.language()][kind].format(name))

    def language(self) -> str:
        """--lang, else the data folder's saved language, else French."""
        if self.lang in PROMPTS:
            return self.lang
        try:
            from desktop.settings import Settings

            saved = Settings(self.folder).get("language")
        except OSError:
            saved = None
        return saved if saved in PROMPTS else "fr"


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:      # a closed stdin
        return False


def _first_line_of_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            line = fh.readline()
    except UnicodeDecodeError:
        raise PassphraseError(f"the passphrase file {path} is not UTF-8 text") from None
    except OSError as exc:
        raise PassphraseError(f"cannot read the passphrase file {path}: "
                              f"{exc.strerror or exc}") from None
    return _first_line(line, f"the passphrase file {path}")


def _first_line(line: str, where: str) -> str:
    passphrase = line.rstrip("\r\n")
    if not passphrase:
        raise PassphraseError(f"{where} holds no passphrase on its first line")
    return passphrase
