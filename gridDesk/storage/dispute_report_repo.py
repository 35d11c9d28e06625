"""The monthly dispute report's rules as data (rows, category mapping, people bands) and the one
query its collector needs: the dispute cases of a year to date, with their people counted."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ..domain.dispute_report import ReportRow
from .cases_repo import CasesRepo
from .orm.cases import CasePersonRow, CaseRow
from .orm.dispute_report import DisputeReportBandRow, DisputeReportCategoryRow, DisputeReportRowRow


class DisputeReportRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def rows(self) -> list[ReportRow]:
        mapped: dict[int, list[int]] = {}
        for cat, row in self.s.execute(select(DisputeReportCategoryRow.category_id, DisputeReportCategoryRow.row_id)
                                       .order_by(DisputeReportCategoryRow.category_id)):
            mapped.setdefault(row, []).append(cat)
        return [ReportRow(r.id, r.name, r.sort, tuple(mapped.get(r.id, ())), r.other)
                for r in self.s.scalars(select(DisputeReportRowRow).order_by(DisputeReportRowRow.sort,
                                                                            DisputeReportRowRow.id))]

    def bands(self) -> tuple[int, ...]:
        return tuple(self.s.scalars(select(DisputeReportBandRow.low).order_by(DisputeReportBandRow.low)))

    def set_bands(self, lows: Sequence[int]) -> None:
        self.s.execute(delete(DisputeReportBandRow))
        self.s.add_all(DisputeReportBandRow(low=b) for b in lows)

    def save_row(self, row: ReportRow) -> int:
        """A new row (id None) or a changed one; its categories replace what it had."""
        record = self.s.get(DisputeReportRowRow, row.id) if row.id is not None else None
        if record is None:
            record = DisputeReportRowRow(other=False)
            self.s.add(record)
        record.name, record.sort = row.name, row.sort
        self.s.flush()
        self.s.execute(delete(DisputeReportCategoryRow).where(DisputeReportCategoryRow.row_id == record.id))
        self.s.add_all(DisputeReportCategoryRow(category_id=c, row_id=record.id) for c in row.category_ids)
        self.s.flush()
        return record.id

    def delete_row(self, row_id: int) -> None:
        self.s.execute(delete(DisputeReportCategoryRow).where(DisputeReportCategoryRow.row_id == row_id))
        self.s.execute(delete(DisputeReportRowRow).where(DisputeReportRowRow.id == row_id))

    def dispute_cases(self, category_ids: Sequence[int], since: date, until: date,
                      grids: Sequence[str] | None = None) -> list[tuple[int, int, date, date | None, str, int]]:
        """(case id, category id, day reported, day closed, closure type, people listed) of the
        cases of these categories reported before `until` that matter to [since, until): reported
        in it, or still open, or closed in it. `grids`: the account's scope (None: every grid)."""
        people = (select(func.count()).where(CasePersonRow.case_id == CaseRow.id).correlate(CaseRow)
                  .scalar_subquery())
        # The days as their stored ISO text (the first ten characters), compared as text: 20,000
        # rows read without a datetime parsed for each, and in one pass over the table, which
        # beats walking the reported_at index to every row (SQLCipher decrypts page by page).
        reported, closed = func.substr(CaseRow.reported_at, 1, 10), func.substr(CaseRow.closed_at, 1, 10)
        start, end = since.isoformat(), until.isoformat()
        stmt = (select(CaseRow.id, CaseRow.category_id, reported, closed, CaseRow.closure_type, people)
                .where(CaseRow.category_id.in_(list(category_ids)), reported < end,
                       or_(reported >= start, CaseRow.closed_at.is_(None), closed >= start)))
        stmt = CasesRepo(self.s)._in_grids(stmt, grids)
        day = date.fromisoformat
        return [(i, c, day(at), day(closed) if closed else None, how or "", n)
                for i, c, at, closed, how, n in self.s.connection().execute(stmt).all()]
