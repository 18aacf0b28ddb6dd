"""How long the interview takes, in one place: the welcome's promise, the profile's estimate
and the interview's time left all count the same seconds per question.

WELCOME_MINUTES is what the home page promises before any profile is known: the estimate for
the business to which the fewest questions apply, and for the one to which the most apply,
rounded out to 5 minutes. tests/test_interview_time.py recomputes both from the content, so
a checklist that grows fails there rather than breaking the promise silently.
"""
from __future__ import annotations

SECONDS_PER_QUESTION = 30
WELCOME_MINUTES = (20, 55)


def minutes_for(questions: int) -> int:
    """Estimated minutes to answer `questions` questions (at least 1)."""
    return max(1, round(questions * SECONDS_PER_QUESTION / 60))
