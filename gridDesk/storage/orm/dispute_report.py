"""Tables of the monthly dispute report (矛盾纠纷排查调处情况统计表, issue 20 item 2), the
director's rules as data: `dispute_report_rows` (the report's rows in order, one of them the
catch-all 其他), `dispute_report_categories` (which case category goes to which row; a dispute
category no row takes counts under 其他) and `dispute_report_bands` (the people bands' lower bounds)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class DisputeReportRowRow(Base):
    __tablename__ = "dispute_report_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(16), unique=True)
    sort: Mapped[int] = mapped_column(default=0)
    other: Mapped[bool] = mapped_column(default=False)  # the catch-all row (其他): exactly one


class DisputeReportCategoryRow(Base):
    __tablename__ = "dispute_report_categories"

    category_id: Mapped[int] = mapped_column(ForeignKey("case_categories.id"), primary_key=True)
    row_id: Mapped[int] = mapped_column(ForeignKey("dispute_report_rows.id"), index=True)


class DisputeReportBandRow(Base):
    __tablename__ = "dispute_report_bands"

    low: Mapped[int] = mapped_column(primary_key=True)  # people: the band runs to the next bound - 1
