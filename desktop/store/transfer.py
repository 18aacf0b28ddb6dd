"""Checkups in and out of the store as Assessments (the assessment file's model): export one,
import one from a file (creating its business when new, never overwriting another checkup)."""
from __future__ import annotations

from checks.assessment import Assessment
from desktop.errors import StoreError
from desktop.store.base import fold, to_json, utc_key, utc_now
from desktop.store.checkups import CheckupRecords, Summary
from desktop.store.failures import guard


class TransferRecords(CheckupRecords):
    """Export and import of whole checkups (part of desktop.store.Store)."""

    def export_assessment(self, checkup_id: str) -> Assessment:
        """The checkup as an Assessment, ready for checks.assessment.write_assessment."""
        return self.load_assessment(checkup_id)

    @guard("import the checkup")
    def import_assessment(self, assessment: Assessment, summary: Summary | None = None) -> str:
        """Add a checkup from a file. Creates its business when new (matched by id).

        Never overwrites: a checkup with the same id is an error unless the stored one is
        identical (answers, notes, tracking, times), in which case its id is returned.
        `summary` (score, completion, maturity) is the lists' cache; the store does not score
        (desktop.checkups.Checkups.import_assessment computes it).
        """
        existing = self._conn.execute("SELECT 1 FROM checkups WHERE id = ?",
                                      (assessment.id,)).fetchone()
        if existing:
            if same_checkup(self.load_assessment(assessment.id), assessment):
                return assessment.id
            raise StoreError(
                f"checkup {assessment.id!r} is already in the store with different content; "
                f"nothing was changed — delete the stored checkup first if the file should "
                f"replace it")
        summary = summary or (None, 0.0, None)
        b = assessment.business
        now = utc_now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO businesses (id, name, sector, staff_band, postcode, city, search_key,"
                " created_at, activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET activity_at = excluded.activity_at",
                (b.id, b.name, b.sector, b.staff_band, b.postcode, b.city,
                 fold(f"{b.name} {b.city}"), now, now))
            a = assessment.assessor
            conn.execute(
                "INSERT INTO checkups (id, business_id, content_version, language, assessor_name,"
                " assessor_organisation, assessor_role, profile, started_at, started_key,"
                " completed_at, score, completion, maturity, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (assessment.id, b.id, assessment.content_version, assessment.language, a.name,
                 a.organisation, a.role, to_json(assessment.profile), assessment.started_at,
                 utc_key(assessment.started_at), assessment.completed_at, *summary, now))
            conn.executemany(
                "INSERT INTO answers (checkup_id, question_id, option, note, answered_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [(assessment.id, qid, ans.option, ans.note, ans.answered_at)
                 for qid, ans in assessment.answers.items()])
            conn.executemany(
                "INSERT INTO action_tracking (checkup_id, action_id, status, owner, due, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(assessment.id, aid, t.status, t.owner, t.due, t.note)
                 for aid, t in assessment.actions.items()])
        return assessment.id


def same_checkup(stored: Assessment, incoming: Assessment) -> bool:
    """Identical checkups. The business's details are left out: they belong to the business
    record, which may have been edited since the file was written (its id must match)."""
    left, right = stored.to_dict(), incoming.to_dict()
    return (left.pop("business")["id"] == right.pop("business")["id"]) and left == right
