"""Table `accounts`: staff logins, roles and flags (the keys themselves live in the slot file)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AccountRow(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    disabled: Mapped[bool] = mapped_column(default=False)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    password_changed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    removed_at: Mapped[datetime | None]
    grid_codes: Mapped[str] = mapped_column(String(512), default="")  # a grid member's own grids
    # The team member this login belongs to: "assigned to me" means assigned to this person.
    member_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id"))
