"""The strength shown while a file's passphrase is chosen: refuses what is tried first, rewards
words, says what to change."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from desktop.passphrase_strength import (COMMON, FAIR, FEW_WORDS, GOOD, PATTERN, REFUSED,
                                         REPEATED, SHORT, STRONG, WEAK, estimate)


@pytest.mark.parametrize("passphrase, level, problem", [
    ("court", REFUSED, SHORT),
    ("motdepasse", REFUSED, COMMON),
    ("Soleil2024!", REFUSED, COMMON),          # a common word dressed up is still common
    ("Azerty123", REFUSED, COMMON),
    ("mot-de-passe", REFUSED, COMMON),
    ("azertyuiop987", REFUSED, COMMON),
    ("poiuytreza", REFUSED, PATTERN),            # the top row of the French keyboard, backwards
    ("aaaaaaaaaa", REFUSED, PATTERN),
    ("chatchatchat", REFUSED, PATTERN),
    ("12121212a", WEAK, FEW_WORDS),
    ("boulangerie2026", FAIR, FEW_WORDS),
    ("le chat dort", FAIR, FEW_WORDS),
    ("vélo vélo vélo rouge", WEAK, REPEATED),
])
def test_what_an_attacker_tries_first_is_refused_or_weak(passphrase, level, problem):
    strength = estimate(passphrase)
    assert strength.level == level, strength
    assert problem in strength.problems
    assert strength.acceptable == (level > REFUSED)


@pytest.mark.parametrize("passphrase", ["une phrase de passe", "Xq7#pL2!vR9@"])
def test_good_passphrases(passphrase):
    assert estimate(passphrase).level >= GOOD


@pytest.mark.parametrize("passphrase", ["cheval brun pile agrafe", "mon vélo rouge tourne vite",
                                        "correct horse battery staple"])
def test_four_words_chosen_at_random_are_strong_with_nothing_to_change(passphrase):
    strength = estimate(passphrase)
    assert strength.level == STRONG and strength.problems == ()


def test_accents_and_capitals_do_not_hide_a_common_password():
    assert estimate("MOTDEPASSE").level == REFUSED
    assert estimate("Bébé-Bébé-2024").level <= WEAK


@given(st.text(max_size=60))
def test_any_text_gets_a_level_and_short_ones_are_refused(text):
    strength = estimate(text)
    assert REFUSED <= strength.level <= STRONG and strength.bits >= 0
    if len(text) < 8:
        assert strength.level == REFUSED and strength.problems == (SHORT,)
