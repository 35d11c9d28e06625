"""Commendations and warnings (表彰、警示、通报批评、调整、解聘) of the team, each with its document
kept as an attachment owned by "reward"; personnel records, so the centre's alone."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.attachments import NewAttachment
from ..domain.audit import Action
from ..domain.errors import NotFound, ValidationError
from ..domain.rewards import Reward, RewardRecord, check_reward
from ..domain.rules import Permission
from ..storage.orm.roster import TeamMemberRow
from ..storage.rewards_repo import RewardsRepo
from .attachments import checked, store
from .clock import local_dt
from .guard import rule
from .session import Changes, UserSession


class RewardsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.VIEW_ASSESSMENT)
    def listed(self, member_id: int | None = None) -> list[RewardRecord]:
        """Newest first; one member's when `member_id` is given (their record shows them)."""
        with self.session.db.transaction() as s:
            return RewardsRepo(s).listed(member_id)

    @rule(Permission.REWARDS)
    def save(self, reward_id: int | None, reward: Reward, attachments: Sequence[NewAttachment] = ()) -> Changes:
        """A new record (None) or a changed one; the documents picked are added to it."""
        now = local_dt(self.session.clock())
        reward = check_reward(reward, now.date())
        files = checked(attachments)
        what = f"{reward.kind.value} {reward.level.value} {reward.day} {reward.document_number}"
        with self.session.write(Action.WRITE.value, f"reward:{reward_id or 'new'}", what) as s:
            if s.get(TeamMemberRow, reward.member_id) is None:
                raise ValidationError("member", "reward.member_gone")
            repo = RewardsRepo(s)
            if reward_id is None:
                reward_id = repo.add(reward, self.session.account.username, now)
            elif not repo.update(reward_id, reward):
                raise NotFound("reward.gone")
            store(s, self.session, "reward", reward_id, files)
        return Changes("rewards", (reward_id,))
