"""Tables of the village roster: `grids`, `households`, `residents`, `resident_moves`,
`key_group_tags`, `team_members`, `team_member_grids` and `places`."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, LargeBinary, String, Table, Text
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
    villager_groups: Mapped[str] = mapped_column(Text, default="")
    boundary: Mapped[str] = mapped_column(Text, default="")
    map_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    qr_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    retired_on: Mapped[date | None]  # merged away or retired: its code stays taken for ever (0030)


class HouseholdRow(Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    address: Mapped[str] = mapped_column(String(128))
    grid_id: Mapped[int] = mapped_column(ForeignKey("grids.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


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
    ethnicity: Mapped[str] = mapped_column(String(16), default="")
    political_status: Mapped[str] = mapped_column(String(16), default="")
    education: Mapped[str] = mapped_column(String(16), default="")
    marital_status: Mapped[str] = mapped_column(String(8), default="")
    registered_address: Mapped[str] = mapped_column(String(128), default="")
    actual_address: Mapped[str] = mapped_column(String(128), default="")
    residence_status: Mapped[str] = mapped_column(String(16), default="")
    away: Mapped[bool] = mapped_column(default=False)
    away_reason: Mapped[str] = mapped_column(String(64), default="")
    away_since: Mapped[date | None]
    away_destination: Mapped[str] = mapped_column(String(128), default="")
    employer: Mapped[str] = mapped_column(String(128), default="")
    occupation: Mapped[str] = mapped_column(String(32), default="")
    phone2: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(8), default="active")
    # The county template's other person columns (migration 0021).
    former_name: Mapped[str] = mapped_column(String(32), default="")
    registered_place: Mapped[str] = mapped_column(String(64), default="")
    police_station: Mapped[str] = mapped_column(String(64), default="")
    temporary_residence: Mapped[str] = mapped_column(String(128), default="")
    other_address: Mapped[str] = mapped_column(String(128), default="")
    hukou_kind: Mapped[str] = mapped_column(String(16), default="")
    religion: Mapped[str] = mapped_column(String(16), default="")
    blood_type: Mapped[str] = mapped_column(String(8), default="")
    height_cm: Mapped[str] = mapped_column(String(8), default="")
    home_phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(64), default="")
    family_honour: Mapped[str] = mapped_column(String(32), default="")
    away_address: Mapped[str] = mapped_column(String(128), default="")
    relation_note: Mapped[str] = mapped_column(String(64), default="")
    extra: Mapped[str] = mapped_column(Text, default="")  # JSON [[header, value], ...]
    # Search keys, written with the row: pinyin, initials, and reversed numbers for tail search.
    name_py: Mapped[str] = mapped_column(String(96), default="")
    name_ini: Mapped[str] = mapped_column(String(32), default="")
    id_rev: Mapped[str] = mapped_column(String(18), default="")
    phone_rev: Mapped[str] = mapped_column(String(20), default="")

    __table_args__ = (
        Index("ix_residents_grid_id", "grid_id"),
        Index("ix_residents_place", "grid_id", "household_id", "status"),
        Index("ix_residents_household_id", "household_id"),
        Index("ix_residents_search", "name", "name_py", "name_ini", "grid_id"),
        Index("ix_residents_id_rev", "id_rev"),
        Index("ix_residents_phone_rev", "phone_rev"),
    )


class ResidentMoveRow(Base):
    __tablename__ = "resident_moves"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    from_household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"))
    to_household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"))
    moved_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text, default="")
    account: Mapped[str] = mapped_column(String(32))


class KeyGroupTagRow(Base):
    __tablename__ = "key_group_tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    kind: Mapped[str] = mapped_column(String(24))
    level: Mapped[str] = mapped_column(String(8), default="一般")
    since: Mapped[date | None]
    until: Mapped[date | None]
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the kind's own fields
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime]

    __table_args__ = (Index("ix_key_group_tags_kind", "kind", "resident_id"),
                      Index("ix_key_group_tags_resident_id", "resident_id"))


team_member_grids = Table(
    "team_member_grids", Base.metadata,
    Column("member_id", ForeignKey("team_members.id"), primary_key=True),
    Column("grid_id", ForeignKey("grids.id"), primary_key=True),
)


class TeamMemberRow(Base):
    __tablename__ = "team_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    phone: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(16))
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grids.id"))  # the main grid
    appointed_on: Mapped[date]
    left_on: Mapped[date | None]
    political_status: Mapped[str] = mapped_column(String(16), default="")
    education: Mapped[str] = mapped_column(String(16), default="")
    duties: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    declaration_confirmed: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class PlaceRow(Base):
    __tablename__ = "places"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # rental / organisation / risk_point
    name: Mapped[str] = mapped_column(String(128))
    address: Mapped[str] = mapped_column(String(128), default="")
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grids.id"), index=True)
    responsible_member_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id"))
    details: Mapped[str] = mapped_column(Text, default="{}")
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime]
