"""Tables `stations` (党群服务站), `station_households` (the households a station serves, each
once), `station_items` (the "七个一" checklist as data, the director's), `station_checks` (an
item ticked at a station, with its date and note), `household_wechat` (一户一代表: who represents
the household in the grid's WeChat group, since when), `outreach_rules` (figures as data: the
coverage threshold), `volunteers` (志愿者、微格员、信息员、五老) and `volunteer_reports` (what they
pass on, linked to the case it became)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class StationRow(Base):
    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    grid_id: Mapped[int] = mapped_column(ForeignKey("grids.id"), index=True)
    address: Mapped[str] = mapped_column(String(128), default="")
    room: Mapped[str] = mapped_column(String(64), default="")
    services: Mapped[str] = mapped_column(Text, default="")  # one per line
    hours: Mapped[str] = mapped_column(String(128), default="")
    keeper_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id"))


class StationHouseholdRow(Base):
    __tablename__ = "station_households"

    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), primary_key=True)


class StationItemRow(Base):
    __tablename__ = "station_items"

    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    label: Mapped[str] = mapped_column(String(64))
    position: Mapped[int]


class StationCheckRow(Base):
    __tablename__ = "station_checks"

    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), primary_key=True)
    item_key: Mapped[str] = mapped_column(String(16), primary_key=True)
    done_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")


class HouseholdWechatRow(Base):
    __tablename__ = "household_wechat"

    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), primary_key=True)
    representative: Mapped[str] = mapped_column(String(32))
    joined_on: Mapped[date]
    recorded_by: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[datetime]


class OutreachRuleRow(Base):
    __tablename__ = "outreach_rules"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int]


class VolunteerRow(Base):
    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(12))  # VolunteerKind
    grid_id: Mapped[int] = mapped_column(ForeignKey("grids.id"), index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    duties: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    since: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)


class VolunteerReportRow(Base):
    __tablename__ = "volunteer_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))
    day: Mapped[date]
    content: Mapped[str] = mapped_column(Text)
    grid_id: Mapped[int] = mapped_column(ForeignKey("grids.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), unique=True)
    added_by: Mapped[str] = mapped_column(String(32))
    added_at: Mapped[datetime]

    __table_args__ = (Index("ix_volunteer_reports_volunteer", "volunteer_id"),)
