"""ui.session: the use cases' Changes become signals, after the store was written."""
from __future__ import annotations

from tests.factories import make_assessment, open_session


def test_changes_become_signals_after_the_write(qtbot, data_dir, content):
    a = make_assessment(content, "mixed", fraction=0.5)
    session = open_session(data_dir, content, a)
    try:
        question = session.applicable_questions()[-1]
        with qtbot.waitSignal(session.answers_changed):
            session.answer(question.id, question.options[0].id)
        stored = session.workspace.store.load_assessment(a.id)
        assert stored.answers[question.id].option == question.options[0].id
        with qtbot.waitSignal(session.actions_changed) as tracked:
            session.set_action("cyber.enable_mfa", status="in_progress")
        assert tracked.args == ["cyber.enable_mfa"]
        with qtbot.assertNotEmitted(session.answers_changed):
            session.save_note(question.id, "vu avec Paul")      # notes change no score
        session.flush_summary()
        row = session.workspace.store.get_checkup(a.id)
        assert row["score"] == session.evaluation().score
    finally:
        session.close()


def test_erasing_the_open_checkups_business_closes_it_first(qtbot, data_dir, content):
    a = make_assessment(content, "mixed")
    session = open_session(data_dir, content, a)
    try:
        with qtbot.waitSignals([session.checkup_changed, session.businesses_changed]):
            session.erase_business(a.business.id)
        assert session.checkup_id is None
        assert session.businesses() == []
    finally:
        session.close()
    assert session.closed
