"""Settings lists the set-aside copies (date, size, a delete button); erasing a business that
an older copy still holds offers to delete it; store problems are said in the person's language
(issue 12, sections 2 and 3). Real windows on a real store, no mocks."""
from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.store import DB_FILE, StoreError
from tests.factories import make_assessment, open_session, open_store
from tests.test_ui_business_edit import _select
from tests.test_ui_flow_support import messages, open_app  # noqa: F401 - fixtures
from tests.test_ui_settings import settings_dialog
from ui import errors


def _copies(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob(f"{DB_FILE}.*")
                  if not p.name.endswith(("-wal", "-shm")) and ".corrupt-" in p.name
                  or ".bak-" in p.name)


def _with_an_older_copy(folder: Path, content) -> tuple[str, Path]:
    """A store holding Boulangerie Martin, and a copy of it as it was (an SQLCipher byte copy,
    like a backup made before an upgrade). Returns (business id, copy)."""
    a = make_assessment(content, "mixed", name="Boulangerie Martin")
    with open_store(folder) as store:
        store.import_assessment(a)
    copy = folder / f"{DB_FILE}.bak-v0"
    shutil.copy2(folder / DB_FILE, copy)
    return a.business.id, copy


def _click(qtbot, button) -> None:
    qtbot.waitUntil(button.isVisible)     # a row rebuilt a moment ago is shown by the event loop
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_settings_lists_each_copy_with_its_date_and_size_and_deletes_it(
        qtbot, data_dir, content, messages, lang):
    from PySide6.QtWidgets import QLabel

    from ui import i18n

    _, copy = _with_an_older_copy(data_dir, content)
    session = open_session(data_dir, content)
    i18n.switch_language(lang)
    dialog = settings_dialog(qtbot, session)
    try:
        section = dialog.storage
        assert [c.name for c in section.copies] == [copy.name]
        row = section.list.findChildren(QLabel)[0].text()
        kind = "Copy made before an upgrade" if lang == "en" else "Copie faite avant une mise à jour"
        size = "MB" if lang == "en" else "Mo"
        assert row.startswith(kind) and row.endswith(size), row
        year = datetime.datetime.fromtimestamp(copy.stat().st_mtime).year
        assert str(year)[-2:] in row                      # its date, in the locale's short form
        messages.confirm_answer = False                   # "Annuler": nothing happens
        _click(qtbot, section.delete_buttons[copy.name])
        assert copy.exists() and [c.name for c in section.copies] == [copy.name]
        assert messages.messages[-1].kind == "confirm"
        messages.confirm_answer = True
        _click(qtbot, section.delete_buttons[copy.name])
        assert not copy.exists() and section.copies == []
        empty = "No set-aside copy." if lang == "en" else "Aucune copie mise de côté."
        assert [w.text() for w in section.list.findChildren(QLabel)] == [empty]
    finally:
        dialog.close()
        session.close()


def test_a_salvaged_copy_is_listed_after_the_app_says_what_it_recovered(
        open_app, data_dir, content, messages, qtbot):
    with open_store(data_dir) as store:
        for n in range(3):
            store.import_assessment(make_assessment(content, "mixed", name=f"Client {n}", seed=n))
    db = data_dir / DB_FILE
    raw = bytearray(db.read_bytes())
    raw[4096 * 8: 4096 * 9] = b"\xa5" * 4096
    db.write_bytes(bytes(raw))
    (data_dir / "boussole.needs-check").write_text("")   # as after an operation met the page
    window = open_app(data_dir)
    info = [m for m in messages.messages if m.kind == "info"]
    assert info and info[-1].title == "Données récupérées"
    assert "diagnostic(s) récupéré(s)" in info[-1].text and "chiffré" in info[-1].text
    dialog = settings_dialog(qtbot, window.session)
    try:
        assert [c.kind for c in dialog.storage.copies] == ["damaged"]
    finally:
        dialog.close()


def test_erasing_a_business_an_older_copy_holds_offers_to_delete_the_copy(
        open_app, data_dir, content, messages):
    business, copy = _with_an_older_copy(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    _select(home, business)
    messages.confirm_answer = True                       # erase, then delete the copy
    home.delete_selected()
    questions = [m for m in messages.messages if m.kind == "confirm"]
    assert len(questions) == 2
    assert "Boulangerie Martin" in questions[1].text and "bak" not in questions[1].text
    assert "Copie faite avant une mise à jour" in questions[1].text
    assert not copy.exists()
    assert window.session.businesses() == []


def test_erasing_without_deleting_the_copy_keeps_it(open_app, data_dir, content, messages):
    business, copy = _with_an_older_copy(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    _select(home, business)
    answers = iter([True, False])                          # erase: yes; the copy: keep it
    errors.set_handler(lambda m: (messages.messages.append(m), next(answers))[1]
                       if m.kind == "confirm" else messages.messages.append(m))
    home.delete_selected()
    assert copy.exists() and window.session.businesses() == []


@pytest.mark.parametrize("lang,expected", [
    ("fr", "Le disque est plein. Libérez de l'espace disque"),
    ("en", "The disk is full. Free some disk space"),
])
def test_a_full_disk_is_said_in_the_persons_language(qtbot, data_dir, content, messages, lang,
                                                     expected):
    from ui import i18n

    session = open_session(data_dir, content, make_assessment(content, "mixed"))
    try:
        i18n.switch_language(lang)
        store = session.workspace.store
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")   # no room to grow
        question = session.applicable_questions()[0].id
        try:
            session.save_note(question, "x" * 20_000)
        except StoreError as exc:                       # as every page reports a failed save
            errors.error(None, "La note n'a pas pu être enregistrée", str(exc))
        shown = messages.messages[-1]
        assert shown.text.startswith(expected), shown.text
        assert "disk is full" in shown.details           # the desktop's sentence, kept
    finally:
        session.close()
