"""How hard a passphrase is to guess: a rough, explainable estimate for the strength shown while
one is typed (the export dialog). Qt-free, offline, French-aware.

Written here rather than taken from zxcvbn: zxcvbn's dictionaries and advice are English, its
keyboard patterns are QWERTY and Dvorak (not AZERTY), and it ships about a megabyte of word
lists; what is needed is a guide with reasons a French user reads, not an exact figure.

The model: the passphrase is cut into runs of letters, of digits and single other characters;
each run is worth the bits an attacker who tries words, years and keyboard rows first would need.
A very common word is worth little, an ordinary word about 11 bits plus one per letter, digits
3.3 bits each (a year or a repeated digit far less), another character 5 bits, a separator 1.
Repeating a run adds almost nothing. A passphrase an attacker tries first (a very common
password, whatever digits or signs follow it, or a mere keyboard row) is refused outright. The level:
0 refused (too short or too common), 1 weak, 2 fair, 3 good, 4 strong.
Each guess at an export file costs a scrypt derivation (desktop/transfer.py), so "good" (44
bits) already means centuries of guessing on a single computer.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from desktop.transfer import MIN_PASSPHRASE

REFUSED, WEAK, FAIR, GOOD, STRONG = range(5)
THRESHOLDS = ((60, STRONG), (44, GOOD), (28, FAIR))
TOO_FEW_BITS = 12

# What the estimate says is wrong (the app turns each into advice in the user's language).
SHORT, COMMON, FEW_WORDS, PATTERN, REPEATED = "short", "common", "few_words", "pattern", "repeated"

# Passwords tried first, in France and elsewhere (lower case, without accents).
COMMON_PASSWORDS = frozenset("""
123456 1234567 12345678 123456789 1234567890 0123456789 000000 111111 123123 654321 121212
password passw0rd motdepasse motdepass mdp azerty azertyuiop azerty123 qwerty qwertyuiop
qwertz abc123 abcdef abcdefgh iloveyou jetaime jetadore soleil doudou loulou chouchou
bonjour bonsoir coucou salut marseille paris lyon toulouse bordeaux nantes lille france
nicolas julien thomas camille marie sophie isabelle celine nathalie stephanie alexandre
admin administrateur administrator root user utilisateur welcome bienvenue login
secret secrets letmein monkey dragon football sunshine princess master shadow
chocolat papillon princesse tresor amour bebe maman papa famille boussole
motdepasse123 changeme changezmoi test testtest demo azertyu qsdfghjklm wxcvbn
""".split())

# Very common words: an attacker's word list starts with them (~6 bits each).
COMMON_WORDS = frozenset("""
le la les de des du un une et est en au aux ce ces cet cette il elle ils elles on nous vous je
tu me te se sa son ses ma mon mes ta ton tes leur leurs qui que quoi dont ou sur sous dans par
pour avec sans pas plus tres bien mal oui non ne ni mais donc car si tout tous toute toutes
fait faire etre avoir ai as avons avez ont suis es sommes etes sont va vais vont aller dit
chat chien maison soleil mer ciel jour nuit temps vie amour coeur main petit grand bon beau
belle rouge bleu vert noir blanc an ans annee mois fois homme femme enfant monde pays ville
the a an of and to in is it you that he was for on are as with his they at be this have from
or one had by word but not what all were we when your can said there use each which she do
how their if will up other about out many then them these so some her would make like him
into time has look two more write go see number no way could people my than first water
been call who its now find long down day did get come made may part love cat dog house sun
""".split())

KEYBOARD_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm",
                 "abcdefghijklmnopqrstuvwxyz", "0123456789", "1234567890")

_RUN = re.compile(r"[^\W\d_]+|\d+|.", re.UNICODE | re.DOTALL)


@dataclass(frozen=True)
class Strength:
    level: int                   # REFUSED .. STRONG
    bits: float                  # the estimate behind the level
    problems: tuple[str, ...]    # SHORT, COMMON, FEW_WORDS, PATTERN, REPEATED: what to change

    @property
    def acceptable(self) -> bool:
        return self.level > REFUSED


def fold(text: str) -> str:
    """Lower case without accents ("Été" -> "ete")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def estimate(passphrase: str, minimum: int = MIN_PASSPHRASE) -> Strength:
    """The strength of `passphrase` (the whole text as typed: spaces count)."""
    folded = fold(passphrase)
    core = re.sub(r"[\W\d_]+$|^[\W\d_]+", "", folded)        # "Soleil2024!" -> "soleil"
    if len(passphrase) < minimum:
        return Strength(REFUSED, 0.0, (SHORT,))
    if folded in COMMON_PASSWORDS or core in COMMON_PASSWORDS or \
            re.sub(r"\W|_", "", folded) in COMMON_PASSWORDS:
        return Strength(REFUSED, 0.0, (COMMON,))
    bits, problems, seen, words = 0.0, set(), set(), 0
    for original, run in zip(_RUN.findall(passphrase), _RUN.findall(folded)):
        if run in seen and len(run) > 1:
            bits += 1.0
            problems.add(REPEATED)
            continue
        seen.add(run)
        value, pattern = _run_bits(original, run)
        bits += value
        problems |= {PATTERN} if pattern else set()
        words += run.isalpha() and len(run) >= 3 and not pattern
    if bits < TOO_FEW_BITS:      # one keyboard row, one repeated sign: tried first
        return Strength(REFUSED, round(bits, 1), (PATTERN,))
    level = next((lvl for floor, lvl in THRESHOLDS if bits >= floor), WEAK)
    if level < GOOD and words < 3:
        problems.add(FEW_WORDS)
    order = (COMMON, FEW_WORDS, PATTERN, REPEATED)
    return Strength(level, round(bits, 1), tuple(p for p in order if p in problems))


def _run_bits(original: str, run: str) -> tuple[float, bool]:
    """Bits of one run, and whether it is a pattern (a row of the keyboard, one repeated sign)."""
    if len(run) >= 3 and (len(set(run)) == 1 or _on_a_row(run)):
        return 4.0 + math.log2(len(run)), True
    unit = _repeated_unit(run)
    if unit:                                                   # "chatchat", "121212"
        return _run_bits(original[:len(unit)], unit)[0] + math.log2(len(run) // len(unit)), True
    if run.isdigit():
        if len(run) == 4 and run[:2] in ("19", "20"):
            return 7.0, False                                  # a year
        return 3.32 * len(run), False
    if run.isalpha():
        if run in COMMON_WORDS or run in COMMON_PASSWORDS:
            value = 6.0
        else:
            value = min(4.7 * len(run), 11.0 + len(run))
        capitals = sum(1 for c in original[1:] if c.isupper())
        value += (1.0 if original[:1].isupper() else 0.0) + min(capitals, 4)
        return value, False
    return (1.0 if run in " -_.," else 5.0), False


def _repeated_unit(run: str) -> str:
    """The shorter text `run` repeats ("abab" -> "ab"), or ""."""
    for size in range(1, len(run) // 2 + 1):
        if len(run) % size == 0 and run[:size] * (len(run) // size) == run:
            return run[:size]
    return ""


def _on_a_row(run: str) -> bool:
    return any(run in row or run in row[::-1] for row in KEYBOARD_ROWS)
