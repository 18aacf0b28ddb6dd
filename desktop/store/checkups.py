"""The store's checkups: start one, answers saved one by one, notes, profile, resume position,
completion, the summary cached for the lists, history, and action tracking."""
from __future__ import annotations

import datetime as _dt
import json

from checks.assessment import (STATUSES, ActionTracking, Answer, Assessment, Assessor,
                               Business, new_id, now_iso)
from desktop import db as _db
from desktop.errors import StoreError
from checks.limits import MAX_NAME, MAX_NOTE, MAX_SHORT
from desktop.store.base import StoreBase, checked, to_json, utc_key, utc_now
from desktop.store.failures import guard


# (score, completion 0-100, maturity): what the lists show of a checkup without scoring it.
Summary = tuple[float | None, float, str | None]


class CheckupRecords(StoreBase):
    """Checkups, their answers and their action tracking (part of desktop.store.Store)."""

    @guard("start the checkup")
    def create_checkup(self, business_id: str, content_version: str, language: str,
                       assessor: Assessor | None, profile: dict | None) -> str:
        checkup_id = new_id()
        assessor = assessor or Assessor()
        checked(assessor.name, "assessor.name", MAX_NAME)
        checked(assessor.organisation, "assessor.organisation", MAX_NAME)
        checked(content_version, "content_version", MAX_SHORT)
        started = now_iso()
        now = utc_now()
        with self._write() as conn:
            if conn.execute("UPDATE businesses SET activity_at = ? WHERE id = ?",
                            (now, business_id)).rowcount == 0:
                raise self._business_missing(business_id)
            conn.execute(
                "INSERT INTO checkups (id, business_id, content_version, language, assessor_name,"
                " assessor_organisation, assessor_role, profile, started_at, started_key,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (checkup_id, business_id, content_version, language or "fr", assessor.name,
                 assessor.organisation, assessor.role, to_json(profile or {}), started,
                 utc_key(started), now))
        return checkup_id

    @guard("save the profile")
    def save_profile(self, checkup_id: str, profile: dict) -> None:
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute("UPDATE checkups SET profile = ? WHERE id = ?",
                         (to_json(profile or {}), checkup_id))

    @guard("save the answer")
    def save_answer(self, checkup_id: str, question_id: str, option: str,
                    note: str | None = None) -> None:
        """Durable on return. note=None keeps the note already saved for this question."""
        if not option:
            raise StoreError(f"no option given for question {question_id!r}; choose an answer "
                             f"or use clear_answer")
        checked(question_id, "question_id", MAX_SHORT)
        checked(option, "option", MAX_SHORT)
        checked(note, "note", MAX_NOTE)
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute(
                "INSERT INTO answers (checkup_id, question_id, option, note, answered_at)"
                " VALUES (?1, ?2, ?3, coalesce(?4, ''), ?5)"
                " ON CONFLICT (checkup_id, question_id) DO UPDATE SET option = excluded.option,"
                " note = coalesce(?4, note), answered_at = excluded.answered_at",
                (checkup_id, question_id, option, note, now_iso()))

    @guard("save the note")
    def save_note(self, checkup_id: str, question_id: str, note: str) -> None:
        """Save a note, also on a question not answered yet (the row then has no option)."""
        checked(question_id, "question_id", MAX_SHORT)
        checked(note, "note", MAX_NOTE)
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute(
                "INSERT INTO answers (checkup_id, question_id, option, note) VALUES (?, ?, NULL, ?)"
                " ON CONFLICT (checkup_id, question_id) DO UPDATE SET note = excluded.note",
                (checkup_id, question_id, note or ""))

    @guard("read the note")
    def get_note(self, checkup_id: str, question_id: str) -> str:
        row = self._conn.execute("SELECT note FROM answers WHERE checkup_id = ? AND question_id = ?",
                                 (checkup_id, question_id)).fetchone()
        return row[0] if row else ""

    @guard("read the notes")
    def notes(self, checkup_id: str) -> dict[str, str]:
        """Every non-empty note of a checkup, answered or not."""
        return dict(self._conn.execute(
            "SELECT question_id, note FROM answers WHERE checkup_id = ? AND note != ''",
            (checkup_id,)).fetchall())

    @guard("clear the answer")
    def clear_answer(self, checkup_id: str, question_id: str) -> None:
        """Forget the chosen option; a note typed on the question is kept."""
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute("DELETE FROM answers WHERE checkup_id = ? AND question_id = ? "
                         "AND note = ''", (checkup_id, question_id))
            conn.execute("UPDATE answers SET option = NULL, answered_at = '' "
                         "WHERE checkup_id = ? AND question_id = ?", (checkup_id, question_id))

    @guard("remember the current question")
    def set_position(self, checkup_id: str, question_id: str | None) -> None:
        with self._write() as conn:
            if conn.execute("UPDATE checkups SET position = ? WHERE id = ?",
                            (question_id, checkup_id)).rowcount == 0:
                self._require_checkup(conn, checkup_id)

    @guard("read the current question")
    def get_position(self, checkup_id: str) -> str | None:
        row = self._conn.execute("SELECT position FROM checkups WHERE id = ?",
                                 (checkup_id,)).fetchone()
        if row is None:
            self._require_checkup(self._conn, checkup_id)
        return row[0]

    @guard("mark the checkup complete")
    def complete_checkup(self, checkup_id: str) -> None:
        """Record the completion time; completing again keeps the first time."""
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute("UPDATE checkups SET completed_at = coalesce(completed_at, ?) "
                         "WHERE id = ?", (now_iso(), checkup_id))

    @guard("save the summary")
    def update_summary(self, checkup_id: str, score: float | None, completion: float,
                       maturity: str | None) -> None:
        with self._write() as conn:
            if conn.execute("UPDATE checkups SET score = ?, completion = ?, maturity = ? "
                            "WHERE id = ?", (score, completion or 0.0, maturity,
                                             checkup_id)).rowcount == 0:
                self._require_checkup(conn, checkup_id)

    _CHECKUP_COLUMNS = """c.id, c.business_id, b.name AS business_name, c.content_version,
        c.language, c.assessor_name, c.assessor_organisation, c.assessor_role, c.started_at,
        c.completed_at, c.position, c.score, c.completion, c.maturity, c.updated_at"""

    @guard("read the checkup")
    def get_checkup(self, checkup_id: str) -> dict:
        row = self._one(f"SELECT {self._CHECKUP_COLUMNS}, (SELECT count(*) FROM answers a WHERE "
                        f"a.checkup_id = c.id AND a.option IS NOT NULL) AS answer_count "
                        f"FROM checkups c JOIN businesses b ON b.id = c.business_id "
                        f"WHERE c.id = ?", (checkup_id,))
        if row is None:
            self._require_checkup(self._conn, checkup_id)
        return row

    @guard("open the checkup")
    def load_assessment(self, checkup_id: str) -> Assessment:
        conn = self._conn
        row = conn.execute(
            "SELECT c.business_id, c.content_version, c.language, c.assessor_name,"
            " c.assessor_organisation, c.assessor_role, c.started_at, c.completed_at, c.profile,"
            " b.name, b.sector, b.staff_band, b.postcode, b.city"
            " FROM checkups c JOIN businesses b ON b.id = c.business_id WHERE c.id = ?",
            (checkup_id,)).fetchone()
        if row is None:
            self._require_checkup(conn, checkup_id)
        (business_id, version, language, a_name, a_org, a_role, started, completed, profile,
         name, sector, staff_band, postcode, city) = row
        answers = {qid: Answer(option, note, answered_at) for qid, option, note, answered_at in
                   conn.execute("SELECT question_id, option, note, answered_at FROM answers "
                                "WHERE checkup_id = ? AND option IS NOT NULL", (checkup_id,))}
        actions = {aid: ActionTracking(status, owner, due, note) for aid, status, owner, due, note
                   in conn.execute("SELECT action_id, status, owner, due, note FROM "
                                   "action_tracking WHERE checkup_id = ?", (checkup_id,))}
        return Assessment(
            business=Business(name, sector, staff_band, postcode, city, id=business_id),
            content_version=version, language=language, assessor=Assessor(a_name, a_org, a_role),
            started_at=started, completed_at=completed, profile=json.loads(profile),
            answers=answers, actions=actions, id=checkup_id)

    @guard("read the history")
    def history(self, business_id: str) -> list[dict]:
        """A business's checkups, oldest first (for comparisons)."""
        if self._conn.execute("SELECT 1 FROM businesses WHERE id = ?",
                              (business_id,)).fetchone() is None:
            raise self._business_missing(business_id)
        return self._rows(
            "SELECT id, started_at, completed_at, score, completion, maturity, content_version "
            "FROM checkups WHERE business_id = ? ORDER BY started_key, rowid", (business_id,))

    @guard("list the checkups")
    def list_checkups(self) -> list[dict]:
        """Every checkup, most recently started first."""
        return self._rows(
            f"SELECT {self._CHECKUP_COLUMNS} FROM checkups c "
            f"JOIN businesses b ON b.id = c.business_id ORDER BY c.started_key DESC, b.name")

    @guard("list the unfinished checkups")
    def unfinished_checkups(self, latest_only: bool = False, content_version: str | None = None,
                            limit: int | None = None) -> list[dict]:
        """Checkups not completed yet, the most recently worked on first; `latest_only`: only
        those that are their business's latest (one query, not one per business); only those
        answered with `content_version` when given; the first `limit` only, when given."""
        latest = " AND c.id = b.last_checkup_id" if latest_only else ""
        version = " AND c.content_version = ?" if content_version is not None else ""
        first = f" LIMIT {int(limit)}" if limit is not None else ""
        return self._rows(
            f"SELECT {self._CHECKUP_COLUMNS} FROM checkups c "
            f"JOIN businesses b ON b.id = c.business_id WHERE c.completed_at IS NULL{latest}"
            f"{version} ORDER BY c.updated_at DESC{first}",
            (content_version,) if content_version is not None else ())

    @guard("delete the checkup")
    def delete_checkup(self, checkup_id: str) -> None:
        with self._write() as conn:
            if conn.execute("DELETE FROM checkups WHERE id = ?", (checkup_id,)).rowcount == 0:
                raise StoreError(f"checkup {checkup_id!r} not found; it may already be deleted")
        # secure_delete zeroed the rows in the database; drop the WAL's older copies too.
        _db.checkpoint(self._conn)

    # -- action tracking -----------------------------------------------------------------------

    @guard("save the action")
    def set_action(self, checkup_id: str, action_id: str, status: str | None = None,
                   owner: str | None = None, due: str | None = None,
                   note: str | None = None) -> None:
        """Track an action; a field left as None keeps its saved value."""
        checked(action_id, "action_id", MAX_SHORT)
        checked(owner, "owner", MAX_NAME)
        checked(note, "note", MAX_NOTE)
        if status is not None and status not in STATUSES:
            raise StoreError(f"action status {status!r} is unknown; use {', '.join(STATUSES)}")
        if due:
            try:
                _dt.date.fromisoformat(due)
            except ValueError:
                raise StoreError(f"due date {due!r} is not a date; use a date like "
                                 f"2026-12-31") from None
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute(
                "INSERT INTO action_tracking (checkup_id, action_id, status, owner, due, note)"
                " VALUES (?1, ?2, coalesce(?3, 'todo'), coalesce(?4, ''), coalesce(?5, ''),"
                " coalesce(?6, ''))"
                " ON CONFLICT (checkup_id, action_id) DO UPDATE SET"
                " status = coalesce(?3, status), owner = coalesce(?4, owner),"
                " due = coalesce(?5, due), note = coalesce(?6, note)",
                (checkup_id, action_id, status, owner, due, note))
