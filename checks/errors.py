"""The errors the domain raises, in a module that imports nothing.

Whoever loads content or reads a checkup file (the app, the command line) catches these; keeping
them here lets any module raise them without importing the module that defines the rest.
"""
from __future__ import annotations


class ContentError(Exception):
    """The content files are missing or invalid. Holds every problem found."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class AssessmentError(ValueError):
    """The assessment file cannot be used. The message says what is wrong and what to do."""
