"""Editorial rules of the checklist, held by tests (issue 14, docs/content-format.md).

Each rule is a function that lists the problems it finds in a Content, so the same rule runs
on the shipped content (where it must find nothing) and on archived content versions.
"""
from __future__ import annotations

from checks.content import Content


def lowest_option_not_zero(content: Content) -> list[str]:
    """Every question's worst answer scores 0: no partial credit for the worst practice."""
    return [f"{q.id}: lowest option scores {min(o.score for o in q.options)}"
            for q in content.questions.values() if min(o.score for o in q.options) > 0]


def test_every_question_has_an_option_scoring_zero(content):
    assert lowest_option_not_zero(content) == []
