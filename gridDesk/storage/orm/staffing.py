"""Tables of a complete team per grid (issue 19): `team_departures` (why and when a member left,
one per member), `vacancies` (a post left open until someone is appointed to it),
`member_preferences` (the preference facts of Art. 9 (5)), `staffing_rules` (the completeness,
vacancy and hire-guidance numbers as data), `selections` and `selection_steps` (Art. 11)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class DepartureRow(Base):
    __tablename__ = "team_departures"

    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"), primary_key=True)
    left_on: Mapped[date]
    reason: Mapped[str] = mapped_column(String(12))
    words: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    document: Mapped[str] = mapped_column(String(128), default="")
    recorded_by: Mapped[str] = mapped_column(String(32), default="")
    recorded_at: Mapped[datetime | None]


class VacancyRow(Base):
    __tablename__ = "vacancies"

    id: Mapped[int] = mapped_column(primary_key=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grids.id"))  # None: the village-wide post
    post: Mapped[str] = mapped_column(String(16))
    opened_on: Mapped[date]
    left_member_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id"))
    filled_on: Mapped[date | None]
    filled_member_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id"))

    __table_args__ = (Index("ix_vacancies_open", "filled_on", "grid_id"),)


class PreferencesRow(Base):
    __tablename__ = "member_preferences"

    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"), primary_key=True)
    title: Mapped[str] = mapped_column(String(32), default="")
    social_work_level: Mapped[str] = mapped_column(String(16), default="")
    social_work_number: Mapped[str] = mapped_column(String(32), default="")
    veteran: Mapped[bool] = mapped_column(default=False)
    dibao: Mapped[bool] = mapped_column(default=False)


class StaffingRuleRow(Base):
    __tablename__ = "staffing_rules"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int]
    example: Mapped[bool] = mapped_column(default=True)


class SelectionRow(Base):
    __tablename__ = "selections"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(32), default="")


class SelectionStepRow(Base):
    __tablename__ = "selection_steps"

    selection_id: Mapped[int] = mapped_column(ForeignKey("selections.id"), primary_key=True)
    step: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
