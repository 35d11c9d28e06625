"""Tables `patrols` (a patrol of a place or risk point), `patrol_frequencies` (every N days per
place kind, risk type and hazard level), `patrol_seasons` and `patrol_season_frequencies` (the
seasons with their month-day bounds and what each tightens): the director's rules as data."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class PatrolRow(Base):
    __tablename__ = "patrols"

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"))
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grids.id"))  # the place's grid when patrolled
    patrolled_on: Mapped[date]
    patrolled_at: Mapped[datetime]
    outcome: Mapped[str] = mapped_column(String(8))  # normal | finding
    category: Mapped[str] = mapped_column(String(16), default="")
    finding: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]

    __table_args__ = (Index("ix_patrols_place_day", "place_id", "patrolled_on"),
                      Index("ix_patrols_member_day", "member_id", "patrolled_on"),
                      Index("ix_patrols_day", "patrolled_on"))


class PatrolFrequencyRow(Base):
    __tablename__ = "patrol_frequencies"

    target: Mapped[str] = mapped_column(String(24), primary_key=True)  # rental / risk:河流 / hazard:重大
    every_days: Mapped[int]  # 0: no plan of its own


class PatrolSeasonRow(Base):
    __tablename__ = "patrol_seasons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    starts: Mapped[str] = mapped_column(String(5))  # MM-DD
    ends: Mapped[str] = mapped_column(String(5))  # MM-DD, before `starts` across the new year


class PatrolSeasonFrequencyRow(Base):
    __tablename__ = "patrol_season_frequencies"

    season_id: Mapped[int] = mapped_column(ForeignKey("patrol_seasons.id", ondelete="CASCADE"), primary_key=True)
    target: Mapped[str] = mapped_column(String(24), primary_key=True)
    every_days: Mapped[int]
