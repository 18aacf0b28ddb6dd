"""Build real assessments from the real content, for tests of every layer."""
from __future__ import annotations

import random

from checks.assessment import Answer, Assessment, Assessor, Business
from checks.content import DONT_KNOW, Content, applies

FULL_PROFILE = {
    "sector": "retail", "staff": "2_9", "sells_online": ["own_site", "marketplaces", "social"],
    "card_payments": ["in_shop", "online"], "website": "yes",
    "ai_use": ["chat_assistant", "content", "customer_bot", "built_in"], "customer_wifi": "yes",
    "personal_data": "yes", "it_provider": "yes",
}


def make_assessment(content: Content, how: str = "mixed", profile: dict | None = None,
                    name: str = "Boulangerie Martin", seed: int = 1, fraction: float = 1.0,
                    role: str = "owner") -> Assessment:
    """how: best | worst | dont_know | mixed (seeded random options, some don't-know, notes)."""
    rng = random.Random(seed)
    profile = dict(FULL_PROFILE if profile is None else profile)
    a = Assessment(
        business=Business(name=name, sector=profile.get("sector", "retail"),
                          staff_band=profile.get("staff", "2_9"), postcode="69003", city="Lyon"),
        content_version=content.version, language="fr",
        assessor=Assessor("Claire Dupont", "CCI Lyon Métropole", role) if role == "advisor"
        else Assessor("Paul Martin", "", "owner"),
        started_at="2026-11-20T09:30:00+01:00", profile=profile)
    questions = [q for q in content.questions.values() if applies(q, profile)]
    questions = questions[: max(0, round(len(questions) * fraction))]
    for i, q in enumerate(questions):
        if how == "best":
            option = max(q.options, key=lambda o: o.score).id
        elif how == "worst":
            option = min(q.options, key=lambda o: o.score).id
        elif how == "dont_know":
            option = DONT_KNOW
        else:
            option = DONT_KNOW if rng.random() < 0.1 else rng.choice(q.options).id
        note = f"Note {i} : à voir avec Jérôme « vite »" if how == "mixed" and i % 5 == 0 else ""
        a.answers[q.id] = Answer(option, note, f"2026-11-20T10:{i % 60:02d}:00+01:00")
    return a


def open_store(folder):
    """Open a data folder's store as the app would: with its key from the (test) keychain,
    or unencrypted when the folder has no key yet."""
    from pathlib import Path

    from desktop.secrets import load_key
    from desktop.store import Store

    return Store.open_folder(folder, key=load_key(Path(folder)))


def never_ask(situation):
    raise AssertionError(f"asked {situation} although the test keychain works")


def attached_session(data_dir, content, settings=None):
    """A ui Session on the real data folder of `data_dir`, opened as the app opens it
    (desktop.workspace: lock, key from the test keychain, store)."""
    from desktop.settings import Settings
    from desktop.workspace import open_workspace
    from ui.session import Session

    settings = settings or Settings(data_dir)
    session = Session(settings, content)
    session.attach(open_workspace(data_dir, never_ask, settings=settings), content)
    return session


def open_checkups(folder, content):
    """The use cases on a data folder opened as the app and the command line open it; imports
    through them fill the lists' summary, as `boussole-cli import` does."""
    from desktop.checkups import Checkups
    from desktop.workspace import open_workspace

    return Checkups(open_workspace(folder, never_ask), content)


def open_session(data_dir, content, *assessments):
    """A ui Session on the real store of `data_dir` holding `assessments`; the last is opened."""
    session = attached_session(data_dir, content)
    ids = [session.checkups.import_assessment(a).checkup_id for a in assessments]
    if ids:
        session.open_checkup(ids[-1])
    return session
