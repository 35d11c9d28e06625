"""Key-group tags on residents."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.key_groups import AttentionLevel, KeyGroup, KeyGroupTag
from .orm.roster import KeyGroupTagRow


def _to_domain(row: KeyGroupTagRow) -> KeyGroupTag:
    return KeyGroupTag(row.id, row.resident_id, KeyGroup(row.kind), AttentionLevel(row.level), row.since,
                       row.until, json.loads(row.details or "{}"), row.notes)


class KeyGroupsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def for_resident(self, resident_id: int) -> list[KeyGroupTag]:
        rows = self.s.scalars(select(KeyGroupTagRow).where(KeyGroupTagRow.resident_id == resident_id)
                              .order_by(KeyGroupTagRow.id))
        return [_to_domain(r) for r in rows]

    def active_kinds(self, today: date) -> dict[int, set[str]]:
        """resident id -> the kinds of their tags still in force."""
        out: dict[int, set[str]] = {}
        stmt = select(KeyGroupTagRow.resident_id, KeyGroupTagRow.kind).where(
            or_(KeyGroupTagRow.until.is_(None), KeyGroupTagRow.until >= today))
        for rid, kind in self.s.execute(stmt):
            out.setdefault(rid, set()).add(kind)
        return out

    def ended(self, kind: KeyGroup, today: date) -> list[KeyGroupTag]:
        rows = self.s.scalars(select(KeyGroupTagRow).where(KeyGroupTagRow.kind == kind.value,
                                                           KeyGroupTagRow.until < today))
        return [_to_domain(r) for r in rows]

    def get(self, tag_id: int) -> KeyGroupTag | None:
        row = self.s.get(KeyGroupTagRow, tag_id)
        return _to_domain(row) if row is not None else None

    def save(self, tag: KeyGroupTag, now: datetime) -> int:
        row = self.s.get(KeyGroupTagRow, tag.id) if tag.id else None
        if row is None:
            row = KeyGroupTagRow(resident_id=tag.resident_id, kind=tag.group.value, updated_at=now)
            self.s.add(row)
        row.level, row.since, row.until = tag.level.value, tag.since, tag.until
        row.details = json.dumps(tag.details, ensure_ascii=False)
        row.notes, row.updated_at = tag.notes, now
        self.s.flush()
        return row.id

    def by_kinds(self, kinds: Iterable[str], today: date) -> list[KeyGroupTag]:
        rows = self.s.scalars(select(KeyGroupTagRow).where(
            KeyGroupTagRow.kind.in_(list(kinds)),
            or_(KeyGroupTagRow.until.is_(None), KeyGroupTagRow.until >= today)))
        return [_to_domain(r) for r in rows]
