"""Under the team table: the selected member's commendations and warnings (their record shows
them), for the accounts that may see personnel records; nothing for the others."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ...domain.rules import Permission
from ...services.rewards import RewardsService
from ...services.session import UserSession
from ..pay_words import reward_kind_label, reward_level_label


class MemberRewards(QLabel):
    def __init__(self, session: UserSession) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("PageHint")
        self.setWordWrap(True)
        self.hide()

    def show_member(self, member_id: int | None) -> None:
        if member_id is None or not self.session.may(Permission.VIEW_ASSESSMENT):
            self.hide()
            return
        records = RewardsService(self.session).listed(member_id)
        said = "；".join(f"{r.reward.day:%Y-%m-%d} {reward_kind_label(r.reward.kind)}"
                        f"（{reward_level_label(r.reward.level)}）{r.reward.reason}"
                        + (f" {r.reward.document_number}" if r.reward.document_number else "") for r in records)
        self.setText(self.tr("奖惩记录：{0}").format(said) if records else self.tr("奖惩记录：无"))
        self.show()
