"""Tables `petitions` (the register of 信访: letters, calls, visits and online petitions; its
number is year + sequence, unique per year), `petition_people` (the petitioners, from the roster
or written in), `petition_categories` (诉求类别 and 问题类别 as data) and `petition_rules` (the
time limits and the collective-visit threshold as data, key -> integer)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class PetitionCategoryRow(Base):
    __tablename__ = "petition_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # purpose | subject
    name: Mapped[str] = mapped_column(String(32))
    confidential: Mapped[bool] = mapped_column(default=False)
    sort: Mapped[int] = mapped_column(default=0)

    __table_args__ = (UniqueConstraint("kind", "name"),)


class PetitionRuleRow(Base):
    __tablename__ = "petition_rules"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int]


class PetitionRow(Base):
    __tablename__ = "petitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(24), unique=True)
    received_on: Mapped[date] = mapped_column(index=True)
    form: Mapped[str] = mapped_column(String(8))
    people: Mapped[int]
    purpose_id: Mapped[int] = mapped_column(ForeignKey("petition_categories.id"))
    subject_id: Mapped[int] = mapped_column(ForeignKey("petition_categories.id"))
    summary: Mapped[str] = mapped_column(Text)
    respondent: Mapped[str] = mapped_column(String(128), default="")
    request: Mapped[str] = mapped_column(Text, default="")
    grid_code: Mapped[str] = mapped_column(String(17), default="")
    repeat_of: Mapped[int | None] = mapped_column(ForeignKey("petitions.id"))
    state: Mapped[str] = mapped_column(String(16), default="registered")
    decided_on: Mapped[date | None]
    refuse_reason: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date | None]
    answered_by: Mapped[str] = mapped_column(String(32), default="")
    closed_on: Mapped[date | None]
    accept_due: Mapped[date | None]
    answer_due: Mapped[date | None]
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    version: Mapped[int] = mapped_column(default=1)
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("year", "seq"),
                      Index("ix_petitions_state", "state"))


class PetitionPersonRow(Base):
    __tablename__ = "petition_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petitions.id"), index=True)
    sort: Mapped[int] = mapped_column(default=0)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), index=True)
    name: Mapped[str] = mapped_column(String(32))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(128), default="")
