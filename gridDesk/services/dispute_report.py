"""The monthly dispute report (矛盾纠纷排查调处情况统计表, issue 20 item 2): the collector that
turns the dispute cases into plain records, the report's rows and bands as the director keeps
them, and the printout and workbook, each on the audit log.

Which cases are disputes: those of the top category 矛盾纠纷 and its subcategories (a village's
own subcategory too), and those of any category the director maps onto a row of the report.
A dispute category no row takes counts under the catch-all row (其他).

What people's mediation knows (重大, how many people, the outcome and its date) comes in as
`facts`: a mapping case id -> facts, or a function (case ids) -> such a mapping (the mediation
service's `dispute_facts`). A case with no facts is not major, involves the people listed on the
case (at least 1), and its handling concluded when the case was closed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.audit import Action
from ..domain.dispute_report import (
    DISPUTE_TOP_CATEGORY, MAX_ROWS, OTHER_ROW, ROW_NAME_MAX, SUCCEEDED, DisputeRecord, DisputeReport, DisputeTable, ReportRow, check_bands,
    dispute_table, handled_and_succeeded, parse_period)
from ..domain.errors import NotFound, ValidationError
from ..domain.resident_rules import bounded_text
from ..domain.rules import Permission
from ..storage.cases_repo import CasesRepo
from ..storage.dispute_report_repo import DisputeReportRepo
from .clock import local_dt
from .guard import rule
from .print_files import saved_on_record, written_on_record
from .printouts import PrintService, out_name
from .roster_scope import grid_scope
from .session import Changes, UserSession

Facts = Mapping[int, Any] | Callable[[Sequence[int]], Mapping[int, Any]]


@dataclass(frozen=True)
class DisputeLayout:
    rows: tuple[ReportRow, ...]
    bands: tuple[int, ...]
    categories: tuple[tuple[int, str], ...]  # (case category id, its name as a dispute category path)


def dispute_categories(categories, rows: Sequence[ReportRow]) -> dict[int, str]:
    """Category id -> the row it counts under, for every category that is a dispute."""
    top = {c.id for c in categories if c.parent_id is None and c.name == DISPUTE_TOP_CATEGORY}
    to_row = {cid: r.name for r in rows for cid in r.category_ids}
    other = next((r.name for r in rows if r.other), OTHER_ROW)
    found = {c.id: to_row.get(c.id, other) for c in categories if c.id in top or c.parent_id in top}
    found.update(to_row)
    return found


def build_records(cases: Sequence[tuple[int, int, date, date | None, str, int]], rows_of: Mapping[int, str],
                  facts: Mapping[int, Any], since: date | None = None) -> list[DisputeRecord]:
    """The plain records from (case id, category id, day reported, day closed, closure type,
    people listed) and the mediation's facts (see the module's words). `since`: a case found
    before it whose handling did not conclude after it counts nowhere and is left out."""
    records = []
    get = facts.get
    for case_id, category_id, found_on, closed_on, closure_type, listed in cases:
        fact = get(case_id)
        if fact is None:
            handled_on = closed_on
            succeeded = closed_on is not None and closure_type in SUCCEEDED
            major, people = False, listed if listed > 1 else 1
        else:
            handled_on, succeeded = handled_and_succeeded(fact, closed_on, closure_type)
            major, people = bool(fact.major), max(1, int(fact.people or 0))
        if since is not None and found_on < since and (handled_on is None or handled_on < since):
            continue
        records.append(DisputeRecord(case_id, rows_of[category_id], found_on, handled_on, succeeded, major, people))
    return records

class DisputeReportService:
    def __init__(self, session: UserSession, facts: Facts | None = None) -> None:
        self.session = session
        # 重大, the people involved and the outcome come from the dispute's people's mediation
        # (services/mediation.py) unless a caller gives its own (a benchmark, a test's fixture)
        self._facts = facts if facts is not None else _mediation_facts(session)

    # -- the report ----------------------------------------------------------------------
    def _period(self, period: str) -> tuple[int, int]:
        year, month = parse_period(period)
        today = local_dt(self.session.clock()).date()
        if (year, month) > (today.year, today.month):
            raise ValidationError("dispute_period", "dispute_report.future", value=period)
        return year, month

    def _facts_for(self, case_ids: list[int]) -> Mapping[int, Any]:
        if self._facts is None or not case_ids:
            return {}
        if callable(self._facts):
            return self._facts(case_ids)
        return self._facts

    @rule(Permission.REPORTS)
    def table(self, period: str) -> DisputeTable:
        """The month's table and the year to date, over the account's scope."""
        year, month = self._period(period)
        grids = grid_scope(self.session, Permission.REPORTS)
        with self.session.db.transaction() as s:
            repo = DisputeReportRepo(s)
            rows, bands = repo.rows(), repo.bands()
            rows_of = dispute_categories(CasesRepo(s).categories(), rows)
            cases = repo.dispute_cases(list(rows_of), date(year, 1, 1),
                                       date(year + (month == 12), month % 12 + 1, 1), grids)
        records = build_records(cases, rows_of, self._facts_for([c[0] for c in cases]), date(year, 1, 1))
        other = next((r.name for r in rows if r.other), rows[-1].name if rows else OTHER_ROW)
        names = [r.name for r in rows] or [OTHER_ROW]
        return dispute_table(records, names, other, bands, year, month)

    @rule(Permission.REPORTS)
    def report(self, period: str, filled_by: str = "", reviewed_by: str = "") -> DisputeReport:
        """The table with its header and footer as the paper form has them."""
        table = self.table(period)
        grids = grid_scope(self.session, Permission.REPORTS)
        centre = self.session.centre
        return DisputeReport(table, centre.village_name, centre.township, "、".join(grids) if grids is not None else "",
                             bounded_text(filled_by, 32, "name"), bounded_text(reviewed_by, 32, "name"),
                             f"{local_dt(self.session.clock()):%Y-%m-%d}")

    @rule(Permission.REPORTS)
    def print_pdf(self, period: str, out, filled_by: str = "", reviewed_by: str = "", record: bool = True) -> int:
        """The report on A4 landscape (a file, or a buffer for the preview); pages written; audited."""
        from ..printing.dispute_report import write_dispute_report

        self.session.require(Permission.PRINT)
        data = self.report(period, filled_by, reviewed_by)
        font = PrintService(self.session).font_file()
        on_record = (lambda failed: self.session.record(Action.PRINT.value, f"dispute_report:{data.table.period}",
                                                        f"矛盾纠纷排查调处情况统计表 → {out_name(out)}{failed}")) \
            if record else None
        return written_on_record(out, lambda target: write_dispute_report(data, target, font), on_record)

    @rule(Permission.REPORTS)
    def export_xlsx(self, period: str, out: Path, filled_by: str = "", reviewed_by: str = "") -> None:
        """The report as a workbook laid out like the paper form; audited."""
        from ..sheets.dispute_report import write_dispute_workbook
        from .housekeeping import xlsx_tmpdir

        self.session.require(Permission.EXPORT)
        data = self.report(period, filled_by, reviewed_by)
        saved_on_record(lambda: write_dispute_workbook(Path(out), data, tmpdir=xlsx_tmpdir(self.session.db_path)),
                        lambda failed: self.session.record(Action.EXPORT.value, f"dispute_report:{data.table.period}",
                                                           f"矛盾纠纷排查调处情况统计表 → {Path(out).name}{failed}"))

    # -- the rows and bands as data --------------------------------------------------------
    @rule(Permission.REPORTS)
    def layout(self) -> DisputeLayout:
        """The report's rows (with the case categories each takes), the bands, and every case
        category that may be mapped."""
        with self.session.db.transaction() as s:
            repo = DisputeReportRepo(s)
            cats = CasesRepo(s).categories()
            names = {c.id: c.name for c in cats}
            # Each top category, then its subcategories: a dispute category's siblings side by side.
            tops = [c for c in cats if c.parent_id not in names]
            paths = tuple(item for top in tops for item in
                          [(top.id, top.name)] + [(c.id, f"{top.name}/{c.name}") for c in cats if c.parent_id == top.id])
            return DisputeLayout(tuple(repo.rows()), repo.bands(), paths)

    @rule(Permission.EDIT_RULES)
    def save_row(self, row: ReportRow) -> Changes:
        """A new row (id None) or a changed one, with the case categories it takes."""
        name = bounded_text(row.name, ROW_NAME_MAX, "dispute_row")
        if not name:
            raise ValidationError("dispute_row", "dispute_report.row_name")
        if isinstance(row.sort, bool) or not isinstance(row.sort, int) or not 0 <= row.sort <= 999:
            raise ValidationError("dispute_row", "dispute_report.bad_sort")
        if row.id is not None and (isinstance(row.id, bool) or not isinstance(row.id, int)):
            raise NotFound("dispute_report.no_row", value=str(row.id)[:20])
        if not isinstance(row.category_ids, (tuple, list)):  # a text is not a list of its letters
            raise ValidationError("dispute_row", "dispute_report.bad_categories", value=str(row.category_ids)[:20])
        cats = tuple(dict.fromkeys(row.category_ids))
        with self.session.write(Action.SETTINGS_CHANGED.value, "dispute report row",
                                f"{name} {','.join(map(str, cats))}") as s:
            repo = DisputeReportRepo(s)
            rows = repo.rows()
            if row.id is not None and not any(r.id == row.id for r in rows):
                raise NotFound("dispute_report.no_row", value=row.id)
            if row.id is None and len(rows) >= MAX_ROWS:
                raise ValidationError("dispute_row", "dispute_report.row_count", limit=MAX_ROWS)
            if any(r.name == name and r.id != row.id for r in rows):
                raise ValidationError("dispute_row", "dispute_report.row_taken", name=name)
            known = {c.id: c.name for c in CasesRepo(s).categories()}
            for cid in cats:
                if isinstance(cid, bool) or not isinstance(cid, int) or cid not in known:
                    raise ValidationError("dispute_row", "dispute_report.no_category", value=str(cid)[:20])
                holder = next((r for r in rows if cid in r.category_ids and r.id != row.id), None)
                if holder is not None:
                    raise ValidationError("dispute_row", "dispute_report.category_twice", category=known[cid],
                                          name=holder.name)
            rid = repo.save_row(replace(row, name=name, category_ids=cats))
        return Changes("dispute_report", (rid,))

    @rule(Permission.EDIT_RULES)
    def delete_row(self, row_id: int) -> Changes:
        """A row goes; its categories count under 其他 from then on. The catch-all row stays."""
        if isinstance(row_id, bool) or not isinstance(row_id, int):
            raise NotFound("dispute_report.no_row", value=str(row_id)[:20])
        with self.session.write(Action.SETTINGS_CHANGED.value, "dispute report row", f"deleted {row_id}") as s:
            repo = DisputeReportRepo(s)
            row = next((r for r in repo.rows() if r.id == row_id), None)
            if row is None:
                raise NotFound("dispute_report.no_row", value=row_id)
            if row.other:
                raise ValidationError("dispute_row", "dispute_report.other_kept")
            repo.delete_row(row_id)
        return Changes("dispute_report", (row_id,))

    @rule(Permission.EDIT_RULES)
    def set_bands(self, bounds: Sequence[int]) -> Changes:
        """The people bands' lower bounds, the first 1 (e.g. 1, 50, 101, 501)."""
        lows = check_bands(bounds)
        with self.session.write(Action.SETTINGS_CHANGED.value, "dispute report bands", ",".join(map(str, lows))) as s:
            DisputeReportRepo(s).set_bands(lows)
        return Changes("dispute_report", lows)


def _mediation_facts(session: UserSession) -> Callable[[list[int]], Mapping[int, Any]]:
    def read(case_ids: list[int]) -> Mapping[int, Any]:
        from .mediation import MediationService

        return MediationService(session).dispute_facts(case_ids)
    return read
