"""Tables of party building in the grid: `party_orgs` (the village organisation, grid branches,
micro-grid groups), `party_members`, `party_links` (党员联户: a household's one contact member),
`party_contacts` with `party_contact_households`, `party_appraisals` (one a member a year) and
`party_rules` (7.1.7's rhythm as data)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class PartyOrgRow(Base):
    __tablename__ = "party_orgs"

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[str] = mapped_column(String(8))  # village | branch | group
    name: Mapped[str] = mapped_column(String(64))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("party_orgs.id"))
    # One organisation a grid: a branch covers a grid, a group a micro-grid.
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grids.id"), unique=True)
    # A party member's id; no foreign key, as members point back at their organisation (the
    # service checks the secretary is a party member).
    secretary_id: Mapped[int | None]
    set_up_on: Mapped[date | None]
    document_number: Mapped[str] = mapped_column(String(64), default="")
    account: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime]
    # Ended when its grid was merged into one with an organisation of its own: kept as a record,
    # out of every list; its members and groups went to `ended_into_id`.
    ended_on: Mapped[date | None]
    ended_into_id: Mapped[int | None]


class PartyMemberRow(Base):
    __tablename__ = "party_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # roster | flowing | in_post
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), unique=True)
    # Written in for those not on the roster (流动党员, 双报到); a roster member's come from the roster.
    name: Mapped[str] = mapped_column(String(32), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    probationary: Mapped[bool] = mapped_column(default=False)
    whereabouts: Mapped[str] = mapped_column(String(128), default="")
    unit: Mapped[str] = mapped_column(String(128), default="")
    org_id: Mapped[int | None] = mapped_column(ForeignKey("party_orgs.id"), index=True)
    central: Mapped[bool] = mapped_column(default=False)  # 党员中心户
    account: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime]


class PartyLinkRow(Base):
    __tablename__ = "party_links"

    # The household is the key: a household has at most one contact party member.
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("party_members.id"), index=True)
    linked_on: Mapped[date]
    account: Mapped[str] = mapped_column(String(32))


class PartyContactRow(Base):
    __tablename__ = "party_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("party_members.id"))
    day: Mapped[date]
    kind: Mapped[str] = mapped_column(String(8))  # visit | exchange
    what: Mapped[str] = mapped_column(Text, default="")
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]

    __table_args__ = (Index("ix_party_contacts_member_day", "member_id", "day"),)


party_contact_households = Table(
    "party_contact_households", Base.metadata,
    Column("contact_id", ForeignKey("party_contacts.id"), primary_key=True),
    Column("household_id", ForeignKey("households.id"), primary_key=True),
)


class PartyAppraisalRow(Base):
    __tablename__ = "party_appraisals"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("party_members.id"))
    year: Mapped[int]
    day: Mapped[date]
    result: Mapped[str] = mapped_column(String(8))
    by_whom: Mapped[str] = mapped_column(String(64))
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("member_id", "year", name="uq_party_appraisals_member_year"),)


class PartyRuleRow(Base):
    __tablename__ = "party_rules"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int]
