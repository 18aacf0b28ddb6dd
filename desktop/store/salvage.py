"""Salvage: what can still be read from a damaged database, copied into the fresh one.

Read row by row, table by table, in the order the foreign keys need (the advisor, businesses,
checkups, then each recovered checkup's answers and action tracking). A damaged page loses the
rows it held, not the table: after a read error the scan starts again past the damaged part
(rowid tables: the next readable rowid, found by widening then narrowing the jump; tables
keyed by checkup: the next checkup). SQLCipher keeps a decryption error on its connection, so
every error reopens the source. Text that is no longer valid UTF-8 is read with U+FFFD.

What is reported (`Salvage`): checkups recovered, how many of those lost some answers or
tracking, and checkups lost — those a surviving row still names (a business's count, an
answer's checkup id) but whose own row could not be read. A lost business whose checkups
survive is recreated under the name "Entreprise récupérée <first 8 characters of its id>".
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

BATCH = 256
MAX_ROWID_JUMP = 1 << 40
RECOVERED_NAME = "Entreprise récupérée {0}"
RECOVERED_KEY = "entreprise recuperee {0}"   # its search key (store.base.fold of the name)

BUSINESS_COLUMNS = ("id", "name", "sector", "staff_band", "postcode", "city", "search_key",
                    "created_at", "activity_at")
CHECKUP_COLUMNS = ("id", "business_id", "content_version", "language", "assessor_name",
                   "assessor_organisation", "assessor_role", "profile", "started_at",
                   "started_key", "completed_at", "position", "score", "completion",
                   "maturity", "updated_at")
ANSWER_COLUMNS = ("checkup_id", "question_id", "option", "note", "answered_at")
TRACKING_COLUMNS = ("checkup_id", "action_id", "status", "owner", "due", "note")
ADVISOR_COLUMNS = ("id", "name", "organisation", "logo_path")


@dataclass
class Salvage:
    """What a salvage recovered from `kept_at` (the damaged file, set aside)."""

    kept_at: Path
    recovered: int = 0            # checkups copied into the new store
    incomplete: int = 0           # of those, checkups missing some answers or tracking
    lost: int = 0                 # checkups named somewhere but not readable
    businesses: int = 0           # businesses copied (recreated ones included)
    readable: bool = True         # False: nothing at all could be read from the file
    problems: list[str] = field(default_factory=list)   # first errors met, for the details


class _Source:
    """The damaged database, reopened after every error."""

    def __init__(self, opener: Callable[[], Any]):
        self._opener = opener
        self._conn = None
        self.errors: list[str] = []

    def rows(self, sql: str, params: tuple = ()) -> list[tuple] | None:
        """The rows, or None after an error (remembered, connection reopened next time)."""
        try:
            if self._conn is None:
                self._conn = self._opener()
            return self._conn.execute(sql, params).fetchall()
        except Exception as exc:   # noqa: BLE001 - damage shows up as any kind of error
            if len(self.errors) < 5:
                self.errors.append(f"{type(exc).__name__}: {exc}")
            self.close()
            return None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:   # noqa: BLE001
                pass
            self._conn = None


def _by_rowid(source: _Source, table: str, columns: tuple[str, ...]) -> Iterator[tuple]:
    """Every readable row of a rowid table, damaged stretches skipped."""
    select = f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?"
    last = -(1 << 62)
    while True:
        batch = source.rows(select, (last, BATCH))
        if batch is None:
            batch = _single(source, select, last)
            if batch is None:
                skipped = _past_damage(source, select, last)
                if skipped is None:
                    return
                last = skipped
                continue
        if not batch:
            return
        for row in batch:
            yield row[1:]
        last = batch[-1][0]


def _single(source: _Source, select: str, last: int) -> list[tuple] | None:
    return source.rows(select, (last, 1))


def _past_damage(source: _Source, select: str, last: int) -> int | None:
    """A rowid after `last` from which reading works again (the rows between are lost)."""
    start = max(last, 0)
    jump, good = 1, None
    while jump <= MAX_ROWID_JUMP:
        if source.rows(select, (start + jump, 1)) is not None:
            good = jump
            break
        jump *= 2
    if good is None:
        return None
    low, high = good // 2, good          # low fails (or is 0), high works: narrow it down
    while high - low > 1:
        middle = (low + high) // 2
        if source.rows(select, (start + middle, 1)) is not None:
            high = middle
        else:
            low = middle
    return start + high


def _for_checkup(source: _Source, table: str, columns: tuple[str, ...], key: str,
                 checkup_id: str) -> tuple[list[tuple], bool]:
    """(readable rows of one checkup, complete?) from a table keyed by (checkup_id, key)."""
    sql = f"SELECT {', '.join(columns)} FROM {table} WHERE checkup_id = ? ORDER BY {key}"
    rows = source.rows(sql, (checkup_id,))
    if rows is not None:
        return rows, True
    out: list[tuple] = []
    one = (f"SELECT {', '.join(columns)} FROM {table} WHERE checkup_id = ? AND {key} > ? "
           f"ORDER BY {key} LIMIT 1")
    last = ""
    while True:
        row = source.rows(one, (checkup_id, last))
        if row is None:
            return out, False
        if not row:
            return out, True
        out.append(row[0])
        last = row[0][columns.index(key)]


def salvage(opener: Callable[[], Any], target, kept_at: Path) -> Salvage:
    """Copy what can be read through `opener()` (a read-only connection to the damaged file)
    into `target` (the new store's connection, schema in place, empty) in one transaction."""
    source = _Source(opener)
    report = Salvage(Path(kept_at))
    try:
        advisor = list(_by_rowid(source, "advisor", ADVISOR_COLUMNS))
        businesses = {row[0]: row for row in _by_rowid(source, "businesses", BUSINESS_COLUMNS)}
        counts = source.rows("SELECT id, checkup_count, last_checkup_id FROM businesses") or []
        checkups = {row[0]: row for row in _by_rowid(source, "checkups", CHECKUP_COLUMNS)}
        answers, tracking = {}, {}
        for checkup_id in checkups:
            answers[checkup_id], whole = _for_checkup(source, "answers", ANSWER_COLUMNS,
                                                       "question_id", checkup_id)
            tracking[checkup_id], whole_too = _for_checkup(source, "action_tracking",
                                                           TRACKING_COLUMNS, "action_id",
                                                           checkup_id)
            report.incomplete += not (whole and whole_too)
        named = _named_checkups(source, counts, checkups)
    finally:
        source.close()
    report.problems = source.errors
    report.readable = bool(businesses or checkups or advisor) or not source.errors
    _write(target, advisor, businesses, checkups, answers, tracking, report)
    report.lost = max(0, named - report.recovered)
    return report


def _named_checkups(source: _Source, counts: list[tuple], checkups: dict) -> int:
    """How many checkups the file says it held: each business's count (kept by triggers),
    or, more when more, the distinct checkup ids its answers and tracking name."""
    counted = sum(int(row[1] or 0) for row in counts)
    ids = set(checkups)
    for row in counts:
        if row[2]:
            ids.add(row[2])
    for table in ("answers", "action_tracking"):
        last = ""
        while True:
            row = source.rows(f"SELECT checkup_id FROM {table} WHERE checkup_id > ? "
                              f"ORDER BY checkup_id LIMIT 1", (last,))
            if not row:
                break
            last = row[0][0]
            ids.add(last)
    return max(counted, len(ids))


def _write(target, advisor, businesses, checkups, answers, tracking, report: Salvage) -> None:
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="microseconds")
    for checkup in checkups.values():
        business_id = checkup[1]
        if business_id and business_id not in businesses:
            short = str(business_id)[:8]
            businesses[business_id] = (business_id, RECOVERED_NAME.format(short), "", "", "", "",
                                       RECOVERED_KEY.format(short.casefold()), now, now)
    target.execute("BEGIN IMMEDIATE")
    try:
        _insert(target, "advisor", ADVISOR_COLUMNS, advisor)
        _insert(target, "businesses", BUSINESS_COLUMNS, businesses.values())
        report.businesses = target.execute("SELECT count(*) FROM businesses").fetchone()[0]
        _insert(target, "checkups", CHECKUP_COLUMNS,
                [c for c in checkups.values() if c[1] in businesses])
        kept = {row[0] for row in target.execute("SELECT id FROM checkups")}
        report.recovered = len(kept)
        for checkup_id in kept:
            _insert(target, "answers", ANSWER_COLUMNS, answers.get(checkup_id, ()))
            _insert(target, "action_tracking", TRACKING_COLUMNS, tracking.get(checkup_id, ()))
        target.execute("COMMIT")
    except BaseException:
        if target.in_transaction:
            target.execute("ROLLBACK")
        raise


def _insert(target, table: str, columns: tuple[str, ...], rows) -> None:
    """INSERT OR IGNORE: a row breaking a constraint (garbage in a damaged page) is left out."""
    marks = ", ".join("?" for _ in columns)
    target.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                       [tuple(row) for row in rows])
