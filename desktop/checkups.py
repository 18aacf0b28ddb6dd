"""The application's use cases on an open data folder: one Qt-free home for each, called by the
app (through ui/session.py) and by the command line (desktop/cli.py).

- businesses: list and search, create, edit, erase; the advisor's identity;
- checkups: start one (the profile carried over from the business's last checkup), list them,
  history and comparison with the previous checkup; one checkup being worked on (answer, note,
  clear, profile, action tracking, resume position, complete) is
  desktop.open_checkup.OpenCheckup(checkups, checkup_id);
- files: export and import of assessment files, plain or passphrase-protected (reading and
  writing them: desktop/assessment_files.py, re-exported here with its error classes).

Every use case that writes returns a `Changes` saying what it changed (Anki's OpChanges): the
Qt side only turns it into signals, the command line ignores it. Reads return plain rows
(docs/store.md gives their shapes) or checks.assessment objects.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from checks.assessment import Assessment, Assessor
from desktop.assessment_files import (MIN_PASSPHRASE, CannotReadFile, DamagedFile, NewerFile,
                                      OtherContentVersion, WrongPassphrase,
                                      check_protected_file, is_protected_file,
                                      read_assessment_file, write_assessment_file)
from desktop.errors import StoreError
from desktop.settings import Settings
from desktop.store import BUSINESS_FIELDS, Store
from desktop.workspace import Workspace

if TYPE_CHECKING:   # imported where used: comparing needs it, listing does not
    from checks.compare import Comparison
    from checks.content import Content
    from checks.evaluation import Plan
    from desktop.content_cache import Edition

__all__ = ["BUSINESS_FIELDS", "MIN_PASSPHRASE", "CannotReadFile", "Changes", "Checkups",
           "DamagedFile", "NewerFile", "OtherContentVersion", "WrongPassphrase",
           "check_protected_file", "is_protected_file", "read_assessment_file",
           "write_assessment_file"]


@dataclass(frozen=True)
class Changes:
    """What a use case changed. Combine with `|`; false when nothing changed."""

    businesses: bool = False      # the list of businesses: one created, edited or erased
    checkup: bool = False         # a checkup started, imported, completed, or its summary
    answers: bool = False         # answers or profile: scores, plan and what applies follow
    notes: bool = False           # a note on a question (no score changes)
    actions: bool = False         # the tracking of an action (status, owner, due, note)
    business_id: str | None = None    # the business concerned (a new one's id)
    checkup_id: str | None = None     # the checkup concerned (a new or imported one's id)
    action_id: str | None = None      # the action whose tracking changed

    def __bool__(self) -> bool:
        return any((self.businesses, self.checkup, self.answers, self.notes, self.actions))

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(*(a or b for a, b in zip(_flags(self), _flags(other))),
                       business_id=other.business_id or self.business_id,
                       checkup_id=other.checkup_id or self.checkup_id,
                       action_id=other.action_id or self.action_id)


def _flags(changes: Changes) -> tuple[bool, ...]:
    return (changes.businesses, changes.checkup, changes.answers, changes.notes, changes.actions)


class Checkups:
    """The use cases on one open data folder (a Workspace) with the checklist content. Closing
    it closes the workspace (it is a context manager, like the workspace)."""

    def __init__(self, workspace: Workspace, content: Content | None = None,
                 edition: Edition | None = None):
        self.workspace = workspace
        self._content = content
        self._edition = edition   # read once (or given): the content is fixed for a run

    @property
    def content(self) -> Content:
        """The checklist content; read on first use when not given (listing and exporting
        need none), through the content cache. checks.errors.ContentError when the shipped
        files are damaged."""
        if self._content is None:
            from desktop.content_cache import load_content

            self._content = load_content()
        return self._content

    def edition(self) -> Edition:
        """Today's checklist: its version and the date its facts were checked, without
        loading the content when it is not loaded yet (a start shows the business list with
        these only). ContentError as `content`."""
        from desktop.content_cache import Edition, edition

        if self._content is not None:
            return Edition(self._content.version, self._content.as_of)
        if self._edition is None:   # asked at every home refresh: checksums of the files, once
            self._edition = edition()
        return self._edition

    def content_for(self, version: str) -> Content:
        """The checklist a checkup was answered with: today's, or an archived version
        (checks.content_versions; ContentError when this Boussole does not have it)."""
        if version == self.content.version:
            return self.content
        from checks.content_versions import load_version

        return load_version(version)

    def close(self) -> None:
        self.workspace.close()

    def __enter__(self) -> "Checkups":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def store(self) -> Store:
        return self.workspace.store

    @property
    def settings(self) -> Settings:
        return self.workspace.settings

    # -- businesses ----------------------------------------------------------------------------

    def businesses(self, search: str = "", limit: int | None = None,
                   offset: int = 0) -> list[dict]:
        """Businesses matching every word of `search` (case and accents folded), the most
        recently active first, each with its checkup count and last checkup's summary; only
        `limit` of them from `offset`, when given (an advisor's list is read a page at a
        time)."""
        return self.store.list_businesses(search, limit, offset)

    def business(self, business_id: str) -> dict:
        return self.store.get_business(business_id)

    def create_business(self, name: str, sector: str = "", staff_band: str = "",
                        postcode: str = "", city: str = "") -> Changes:
        """A new business; its id is `changes.business_id`."""
        business_id = self.store.create_business(name, sector, staff_band, postcode, city)
        return Changes(businesses=True, business_id=business_id)

    def edit_business(self, business_id: str, **fields: Any) -> Changes:
        """Change some of BUSINESS_FIELDS; the reports of all its checkups follow."""
        if not fields:
            return Changes()
        self.store.update_business(business_id, **fields)
        return Changes(businesses=True, checkup=True, business_id=business_id)

    def erase_business(self, business_id: str) -> Changes:
        """Erase a business and all its checkups, leaving none of their text in the files."""
        self.store.delete_business(business_id)
        return Changes(businesses=True, checkup=True, business_id=business_id)

    # -- the advisor ---------------------------------------------------------------------------

    def advisor(self) -> dict:
        """{"name", "organisation", "logo_path"} ("" when unset)."""
        return dict(self.store.get_advisor())

    def set_advisor(self, name: str, organisation: str, logo_path: str = "") -> Changes:
        self.store.set_advisor(name, organisation, logo_path)
        return Changes()

    def assessor(self) -> Assessor:
        """Who runs a new checkup: the advisor (advisor mode) or the owner."""
        if self.settings.get("advisor_mode"):
            advisor = self.advisor()
            return Assessor(advisor["name"], advisor["organisation"], "advisor")
        return Assessor("", "", "owner")

    # -- checkups ------------------------------------------------------------------------------

    def checkups(self) -> list[dict]:
        """Every checkup, most recently started first."""
        return self.store.list_checkups()

    def unfinished(self, limit: int | None = None) -> list[dict]:
        """Checkups that can still be finished (the latest of their business, answered with
        today's checklist), the most recently worked on first; the first `limit` when given
        (the home page shows three of an advisor's hundreds)."""
        return self.store.unfinished_checkups(latest_only=True,
                                              content_version=self.edition().version,
                                              limit=limit)

    def history(self, business_id: str) -> list[dict]:
        """A business's checkups, oldest first; "read_only" says why one is kept as it was
        made (desktop.recheck OLDER, ARCHIVED) or is None."""
        from desktop.recheck import reason_for

        rows = self.store.history(business_id)
        ids = [row["id"] for row in rows]
        today = self.edition().version
        for row in rows:
            row["read_only"] = reason_for(row["id"], row["content_version"], ids, today)
        return rows

    def start_checkup(self, business_id: str, profile: dict | None = None,
                      language: str | None = None) -> Changes:
        """A new checkup of a business, in `language` (default: the display language). Its
        profile: the one given, else the business's last readable checkup's answers that
        still exist in today's checklist, else nothing (the owner answers every profile
        question: no default is ever taken for an answer); sector and staff band always come
        from the business record. Its id is `changes.checkup_id`."""
        if profile is None:
            from desktop.recheck import carried_profile

            profile = {}
            for row in reversed(self.store.history(business_id)):
                try:
                    previous = self.store.load_assessment(row["id"])
                except (StoreError, ValueError):   # an unreadable old checkup blocks nothing
                    continue
                if previous.profile:
                    profile = carried_profile(previous.profile, self.content)
                    break
            profile.update(self._business_profile(business_id))
        checkup_id = self.store.create_checkup(business_id, self.content.version,
                                               language or self.settings.get("language"),
                                               self.assessor(), profile)
        return Changes(businesses=True, checkup=True, business_id=business_id,
                       checkup_id=checkup_id)

    def _business_profile(self, business_id: str) -> dict:
        """Sector and staff band of the business, as profile answers (when they are options)."""
        business = self.store.get_business(business_id)
        out = {}
        for profile_id, key in (("sector", "sector"), ("staff", "staff_band")):
            try:
                question = self.content.profile_question(profile_id)
            except KeyError:
                continue
            if business.get(key) in question.option_ids():
                out[profile_id] = business[key]
        return out

    def previous(self, assessment: Assessment) -> Assessment | None:
        """The checkup of the same business started just before this one, if any."""
        ids = [row["id"] for row in self.store.history(assessment.business.id)]
        if assessment.id in ids and ids.index(assessment.id) > 0:
            return self.store.load_assessment(ids[ids.index(assessment.id) - 1])
        return None

    def compare(self, previous: Assessment | None, current: Assessment) -> "Comparison | None":
        """What changed since the previous checkup, each scored with its own checklist
        version; None for a first checkup."""
        if previous is None:
            return None
        from checks.compare import compare

        return compare(self.content_for(current.content_version), previous, current,
                       self.content_for(previous.content_version))

    def read_only_reason(self, assessment: Assessment) -> str | None:
        """Why a checkup is kept as it was made (desktop.recheck OLDER, ARCHIVED), or None."""
        from desktop.recheck import read_only_reason

        ids = [row["id"] for row in self.store.history(assessment.business.id)]
        return read_only_reason(assessment, ids, self.edition().version)

    def plan_of(self, checkup_id: str) -> tuple["Plan", Content]:
        """A checkup's paced plan (e.g. "this week" on the home list) and the content it was
        scored with: the checkup's own version (checks.content_versions), ContentError if gone."""
        from checks.scoring import evaluate_assessment

        assessment = self.store.load_assessment(checkup_id)
        content = self.content
        if assessment.content_version != content.version:
            from checks.content_versions import load_version

            content = load_version(assessment.content_version)
        return evaluate_assessment(content, assessment).plan, content

    # -- assessment files ----------------------------------------------------------------------

    def export_assessment(self, checkup_id: str) -> Assessment:
        """The checkup as an Assessment, for write_assessment_file."""
        return self.store.export_assessment(checkup_id)

    def stored_copy(self, assessment: Assessment) -> dict | None:
        """The checkup already in the store with this assessment's id, or None: {"id",
        "business_id", "business_name" (as stored here), "started_at", "completed_at",
        "identical" (same answers, notes, tracking and times)}. An import never overwrites it."""
        from desktop.store.transfer import same_checkup

        try:
            history = self.store.history(assessment.business.id)
        except StoreError:      # the business is not here; a checkup of that id under
            return None         # another business is refused by import_assessment
        for row in history:
            if row["id"] == assessment.id:
                business = self.store.get_business(assessment.business.id)
                identical = same_checkup(self.store.load_assessment(assessment.id), assessment)
                return {"id": row["id"], "business_id": business["id"],
                        "business_name": business["name"], "started_at": row["started_at"],
                        "completed_at": row["completed_at"], "identical": identical}
        return None

    def import_assessment(self, assessment: Assessment) -> Changes:
        """Add a checkup read from a file, creating its business when new; never overwrites
        another checkup (StoreError). The lists' summary is computed with the checklist version
        it was answered with. Its id is `changes.checkup_id`."""
        from checks.scoring import evaluate_assessment

        evaluation = evaluate_assessment(self.content_for(assessment.content_version), assessment)
        summary = (evaluation.score, evaluation.completion, evaluation.maturity)
        checkup_id = self.store.import_assessment(assessment, summary)
        return Changes(businesses=True, checkup=True, business_id=assessment.business.id,
                       checkup_id=checkup_id)
