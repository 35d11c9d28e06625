"""Tables `centre` (one row: who this database belongs to) and `settings` (key/value)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CentreRow(Base):
    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    db_id: Mapped[str] = mapped_column(String(36), unique=True)
    village_name: Mapped[str] = mapped_column(String(64))
    division_code: Mapped[str] = mapped_column(String(12))
    township: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
