"""The store's error types, in a module of their own so that every layer that can fail
(the store, the SQLCipher connection, the workspace) raises them without importing the store.

Every StoreError's text is one sentence: what is wrong and what to do.
"""
from __future__ import annotations


class StoreError(Exception):
    """Something the store cannot do; str() says what is wrong and what to do, in one sentence.

    `reason` names the kind of problem when it is one the app explains in the person's
    language: "full", "read_only", "too_long", "damaged", "busy", "disk" (desktop/problems.py);
    "" otherwise."""

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = reason


class StoreLockedError(StoreError):
    """Another Boussole has this data folder open."""

    def __init__(self, message: str, pid: int | None = None):
        super().__init__(message, "locked")
        self.pid = pid
