"""The store's error types, in a module of their own so that every layer that can fail
(the store, the SQLCipher connection, the workspace) raises them without importing the store.

Every StoreError's text is one sentence: what is wrong and what to do.
"""
from __future__ import annotations


class StoreError(Exception):
    """Something the store cannot do; str() says what is wrong and what to do, in one sentence."""


class StoreLockedError(StoreError):
    """Another Boussole has this data folder open."""

    def __init__(self, message: str, pid: int | None = None):
        super().__init__(message)
        self.pid = pid
