"""Tables `assessment_items`, `assessment_grades`, `assessment_entries`, `quarter_reviews` and
`review_changes`: the quarterly review's rules, what was entered for a member's quarter, and the
two reviews with the points they changed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AssessmentItemRow(Base):
    __tablename__ = "assessment_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # ItemKind
    metric: Mapped[str] = mapped_column(String(24), default="")
    max_points: Mapped[float] = mapped_column(Float)
    floor: Mapped[float] = mapped_column(Float, default=0.0)
    full_at: Mapped[float] = mapped_column(Float, default=1.0)
    target: Mapped[float] = mapped_column(Float, default=0.0)
    sort: Mapped[int] = mapped_column(default=0)


class AssessmentGradeRow(Base):
    __tablename__ = "assessment_grades"

    grade: Mapped[str] = mapped_column(String(16), primary_key=True)  # Grade, 不称职 has no row
    min_total: Mapped[float] = mapped_column(Float)


class AssessmentEntryRow(Base):
    """A reviewers' or self item of a member's quarter: points, words, how many took part. The item
    id is kept without a foreign key: an item the director removes leaves what was entered."""

    __tablename__ = "assessment_entries"

    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"), primary_key=True)
    quarter: Mapped[str] = mapped_column(String(6), primary_key=True)  # 2026Q3
    item_id: Mapped[int] = mapped_column(primary_key=True)
    points: Mapped[float | None] = mapped_column(Float)
    words: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[int] = mapped_column(default=0)
    entered_by: Mapped[str] = mapped_column(String(32))
    entered_at: Mapped[datetime]


class QuarterReviewRow(Base):
    """初评 or 复评 of a member's quarter. The first carries the snapshot (JSON) of the items as
    scored under the rules then in force, so later rule changes leave a reviewed quarter alone."""

    __tablename__ = "quarter_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"))
    quarter: Mapped[str] = mapped_column(String(6))
    level: Mapped[str] = mapped_column(String(8))  # ReviewLevel
    reviewer: Mapped[str] = mapped_column(String(64))
    decided_on: Mapped[date]
    decision: Mapped[str] = mapped_column(Text)
    total: Mapped[float] = mapped_column(Float)
    grade: Mapped[str] = mapped_column(String(16))
    snapshot: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("member_id", "quarter", "level"),
                      Index("ix_quarter_reviews_quarter", "quarter", "level"))


class ReviewChangeRow(Base):
    __tablename__ = "review_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("quarter_reviews.id"), index=True)
    item_id: Mapped[int | None]
    item_name: Mapped[str] = mapped_column(String(32))
    before: Mapped[float | None] = mapped_column(Float)
    after: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
