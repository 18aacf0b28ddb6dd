"""The store's businesses (create, edit, list and search, erase) and the advisor's identity."""
from __future__ import annotations

from typing import Any

from desktop import db as _db
from desktop.errors import StoreError
from checks.limits import MAX_NAME, MAX_PATH, MAX_SHORT
from checks.assessment import new_id
from desktop.store.base import StoreBase, checked, fold, utc_now
from desktop.store.failures import guard

BUSINESS_FIELDS = ("name", "sector", "staff_band", "postcode", "city")
LIMITS = {"name": MAX_NAME, "sector": MAX_SHORT, "staff_band": MAX_SHORT, "postcode": MAX_SHORT,
          "city": MAX_NAME}   # checks/limits.py


def _checked(fields: dict) -> None:
    for key, value in fields.items():
        checked(value, f"business.{key}", LIMITS[key])


class BusinessRecords(StoreBase):
    """Businesses and the advisor profile (part of desktop.store.Store)."""

    @guard("create the business")
    def create_business(self, name: str, sector: str = "", staff_band: str = "",
                        postcode: str = "", city: str = "", *, business_id: str | None = None) -> str:
        name = (name or "").strip()
        if not name:
            raise StoreError("the business has no name; type its name and save again")
        _checked({"name": name, "sector": sector, "staff_band": staff_band, "postcode": postcode,
                  "city": city})
        business_id = business_id or new_id()
        now = utc_now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO businesses (id, name, sector, staff_band, postcode, city, search_key,"
                " created_at, activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (business_id, name, sector or "", staff_band or "", postcode or "", city or "",
                 fold(f"{name} {city or ''}"), now, now))
        return business_id

    @guard("save the business")
    def update_business(self, business_id: str, **fields: Any) -> None:
        unknown = set(fields) - set(BUSINESS_FIELDS)
        if unknown:
            raise StoreError(f"unknown business field(s) {', '.join(sorted(unknown))}; "
                             f"use {', '.join(BUSINESS_FIELDS)}")
        if "name" in fields and not (fields["name"] or "").strip():
            raise StoreError("the business has no name; type its name and save again")
        _checked(fields)
        with self._write() as conn:
            row = conn.execute("SELECT name, city FROM businesses WHERE id = ?",
                               (business_id,)).fetchone()
            if row is None:
                raise self._business_missing(business_id)
            values = {k: (v or "").strip() if k == "name" else (v or "") for k, v in fields.items()}
            name, city = values.get("name", row[0]), values.get("city", row[1])
            values["search_key"] = fold(f"{name} {city}")
            values["activity_at"] = utc_now()
            sets = ", ".join(f"{k} = ?" for k in values)   # keys come from BUSINESS_FIELDS only
            conn.execute(f"UPDATE businesses SET {sets} WHERE id = ?",
                         (*values.values(), business_id))

    @guard("read the business")
    def get_business(self, business_id: str) -> dict:
        row = self._one("SELECT id, name, sector, staff_band, postcode, city, created_at "
                        "FROM businesses WHERE id = ?", (business_id,))
        if row is None:
            raise self._business_missing(business_id)
        return row

    @guard("list the businesses")
    def list_businesses(self, search: str = "", limit: int | None = None,
                        offset: int = 0) -> list[dict]:
        """Most recent activity first; `limit` rows from `offset` when given (the home list
        reads a screenful, then more as it scrolls). The order is total (id last), so pages
        read one after the other neither repeat nor skip a business."""
        words = fold(search).split()
        where = " AND ".join("instr(b.search_key, ?) > 0" for _ in words) or "1"
        # checkup_count and last_checkup_id are kept up to date by triggers (schema.py).
        sql = f"""
            SELECT b.id, b.name, b.sector, b.staff_band, b.postcode, b.city, b.checkup_count,
                   l.id AS last_checkup_id, l.started_at AS last_started_at,
                   l.completed_at AS last_completed_at, l.score AS last_score,
                   l.completion AS last_completion, l.maturity AS last_maturity
            FROM businesses b LEFT JOIN checkups l ON l.id = b.last_checkup_id
            WHERE {where}
            ORDER BY b.activity_at DESC, b.name COLLATE NOCASE, b.id"""
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {max(0, int(offset))}"
        return self._rows(sql, words)

    @guard("erase the business")
    def delete_business(self, business_id: str) -> None:
        """Erase a business and everything about it, leaving none of its text in the files."""
        with self._write() as conn:
            # ON DELETE CASCADE removes checkups, answers and action tracking with it.
            if conn.execute("DELETE FROM businesses WHERE id = ?", (business_id,)).rowcount == 0:
                raise self._business_missing(business_id)
        self._scrub()

    def _scrub(self) -> None:
        """Rewrite the database without free pages, then empty the WAL (right to be forgotten).

        secure_delete already zeroed the rows; VACUUM also drops stale index pages, and the
        TRUNCATE checkpoint removes the old page images the WAL still held.
        """
        _db.checkpoint(self._conn)
        self._conn.execute("VACUUM")
        _db.checkpoint(self._conn)

    # -- advisor -------------------------------------------------------------------------------

    @guard("read the advisor profile")
    def get_advisor(self) -> dict:
        row = self._one("SELECT name, organisation, logo_path FROM advisor WHERE id = 1")
        return row or {"name": "", "organisation": "", "logo_path": ""}

    @guard("save the advisor profile")
    def set_advisor(self, name: str, organisation: str, logo_path: str = "") -> None:
        checked(name, "advisor.name", MAX_NAME)
        checked(organisation, "advisor.organisation", MAX_NAME)
        checked(str(logo_path or ""), "advisor.logo_path", MAX_PATH)
        with self._write() as conn:
            conn.execute("INSERT INTO advisor (id, name, organisation, logo_path) VALUES (1, ?, ?, ?)"
                         " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                         " organisation = excluded.organisation, logo_path = excluded.logo_path",
                         (name or "", organisation or "", str(logo_path or "")))
