"""The titles of the records audit rows point to, fetched in bulk: one query per kind of record
for a whole page of rows (the audit page shows 500 rows of a log that may hold a million)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from .orm.accounts import AccountRow
from .orm.cases import CaseRow
from .orm.roster import GridRow, ResidentRow, TeamMemberRow
from .orm.training import CertificateRow, TrainingSessionRow
from .orm.visits import VisitRow

# SQLite allows 32766 bound parameters; a page is far below that, but a caller may ask for more.
_CHUNK = 5000


def _ints(keys: Iterable[str]) -> list[int]:
    return sorted({int(k) for k in keys if k.isdigit()})


def _chunks(values: list):
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


class AuditTitlesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def accounts(self, usernames: Iterable[str]) -> dict[str, tuple[str, str, bool]]:
        """login -> (display name, role code, removed)."""
        out: dict[str, tuple[str, str, bool]] = {}
        for part in _chunks(sorted(set(usernames))):
            for r in self.s.execute(select(AccountRow.username, AccountRow.display_name, AccountRow.role,
                                           AccountRow.removed_at).where(AccountRow.username.in_(part))):
                out[r.username] = (r.display_name, r.role, r.removed_at is not None)
        return out

    def residents(self, ids: Iterable[str]) -> dict[str, str]:
        return self._names(ResidentRow.id, ResidentRow.name, ids)

    def members(self, ids: Iterable[str]) -> dict[str, str]:
        return self._names(TeamMemberRow.id, TeamMemberRow.name, ids)

    def _names(self, key, name, ids: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in _chunks(_ints(ids)):
            out.update((str(k), v) for k, v in self.s.execute(select(key, name).where(key.in_(part))))
        return out

    def grids(self, codes: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in _chunks(sorted(set(codes))):
            out.update((c, n) for c, n in self.s.execute(select(GridRow.code, GridRow.name).where(GridRow.code.in_(part))))
        return out

    def cases(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """id -> (number, title)."""
        out: dict[str, tuple[str, str]] = {}
        for part in _chunks(_ints(ids)):
            for r in self.s.execute(select(CaseRow.id, CaseRow.number, CaseRow.title).where(CaseRow.id.in_(part))):
                out[str(r.id)] = (r.number, r.title)
        return out

    def trainings(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """id -> (day, topic)."""
        out: dict[str, tuple[str, str]] = {}
        for part in _chunks(_ints(ids)):
            for r in self.s.execute(select(TrainingSessionRow.id, TrainingSessionRow.starts_at, TrainingSessionRow.topic)
                                    .where(TrainingSessionRow.id.in_(part))):
                out[str(r.id)] = (f"{r.starts_at:%Y-%m-%d}", r.topic)
        return out

    def certificates(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """id -> (number, holder's name)."""
        out: dict[str, tuple[str, str]] = {}
        for part in _chunks(_ints(ids)):
            for r in self.s.execute(select(CertificateRow.id, CertificateRow.number, TeamMemberRow.name)
                                    .join(TeamMemberRow, TeamMemberRow.id == CertificateRow.member_id)
                                    .where(CertificateRow.id.in_(part))):
                out[str(r.id)] = (r.number, r.name)
        return out

    def visits(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """id -> (day, grid name)."""
        out: dict[str, tuple[str, str]] = {}
        for part in _chunks(_ints(ids)):
            for r in self.s.execute(select(VisitRow.id, VisitRow.visited_on, GridRow.name)
                                    .join(GridRow, GridRow.id == VisitRow.grid_id).where(VisitRow.id.in_(part))):
                out[str(r.id)] = (f"{r.visited_on:%Y-%m-%d}", r.name)
        return out
