"""Tables `grids`, `households`, `residents`, `team_members`: the village roster's core.

Issue 3 grows these (key groups, places, history); this is what the demo village and the
dashboard need now.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class GridRow(Base):
    __tablename__ = "grids"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(17), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8), default="rural")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("grids.id"))
    description: Mapped[str] = mapped_column(Text, default="")


class HouseholdRow(Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    address: Mapped[str] = mapped_column(String(128))
    grid_id: Mapped[int] = mapped_column(ForeignKey("grids.id"), index=True)


class ResidentRow(Base):
    __tablename__ = "residents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    sex: Mapped[str] = mapped_column(String(2))
    birth_date: Mapped[date]
    phone: Mapped[str] = mapped_column(String(20), default="")
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"))
    relation: Mapped[str] = mapped_column(String(16), default="")
    grid_id: Mapped[int] = mapped_column(ForeignKey("grids.id"))
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_residents_grid_id", "grid_id"),
        Index("ix_residents_household_id", "household_id"),
    )


class TeamMemberRow(Base):
    __tablename__ = "team_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    phone: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(16))
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grids.id"))
    appointed_on: Mapped[date]
    left_on: Mapped[date | None]
