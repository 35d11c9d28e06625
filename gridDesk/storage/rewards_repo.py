"""Commendations and warnings of team members (table `rewards`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.pay import Deductible
from ..domain.rewards import Reward, RewardKind, RewardLevel, RewardRecord
from .orm.attachments import AttachmentRow
from .orm.pay import RewardRow
from .orm.roster import TeamMemberRow


class RewardsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, r: Reward, by: str, at: datetime) -> int:
        row = RewardRow(member_id=r.member_id, day=r.day, kind=r.kind.value, level=r.level.value, reason=r.reason,
                        document_number=r.document_number, added_by=by, added_at=at)
        self.s.add(row)
        self.s.flush()
        return row.id

    def update(self, reward_id: int, r: Reward) -> bool:
        row = self.s.get(RewardRow, reward_id)
        if row is None:
            return False
        row.member_id, row.day, row.kind, row.level = r.member_id, r.day, r.kind.value, r.level.value
        row.reason, row.document_number = r.reason, r.document_number
        return True

    def listed(self, member_id: int | None = None) -> list[RewardRecord]:
        files = (select(func.count()).where(AttachmentRow.owner == "reward", AttachmentRow.owner_id == RewardRow.id)
                 .correlate(RewardRow).scalar_subquery())
        stmt = (select(RewardRow, TeamMemberRow.name, files).join(TeamMemberRow, TeamMemberRow.id == RewardRow.member_id)
                .order_by(RewardRow.day.desc(), RewardRow.id.desc()))
        if member_id is not None:
            stmt = stmt.where(RewardRow.member_id == member_id)
        return [RewardRecord(r.id, Reward(r.member_id, r.day, RewardKind(r.kind), RewardLevel(r.level), r.reason,
                                          r.document_number), name, n or 0, r.added_by)
                for r, name, n in self.s.execute(stmt)]

    def exists(self, reward_id: int) -> bool:
        return self.s.get(RewardRow, reward_id) is not None

    def deductible(self, first: date, last: date) -> list[Deductible]:
        """The month's records of every member in one query (the ledger reads them all at once)."""
        stmt = select(RewardRow.member_id, RewardRow.id, RewardRow.kind, RewardRow.day, RewardRow.document_number
                      ).where(RewardRow.day >= first, RewardRow.day <= last)
        return [Deductible(m, i, RewardKind(k), d, doc) for m, i, k, d, doc in self.s.execute(stmt)]
