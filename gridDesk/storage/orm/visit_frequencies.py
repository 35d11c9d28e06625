"""Table `visit_frequencies`: how often the director wants each key group visited. Only what the
director has set is stored; the defaults live once, in `domain/visits.py`."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class VisitFrequencyRow(Base):
    __tablename__ = "visit_frequencies"

    key_group: Mapped[str] = mapped_column(String(24), primary_key=True)
    every_days: Mapped[int]  # 0: no reminder of its own, the weekly household round only
