"""The yearly division report (网格划分情况报告) to the township: its data, its printout, the copy
kept for the archive batch, and when it is due (25 January, town guide §4)."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import date

from ..domain.audit import Action
from ..domain.division import CHANGE_WORDS, DivisionReport, ReportGrid, check_report_year, due_date, report_window
from ..domain.roster import TeamRole
from ..domain.text import neutralise
from ..domain.rules import Permission
from ..storage.division_repo import DivisionRepo
from ..storage.grids_repo import GridsRepo
from .clock import local_dt
from .division import DivisionService
from .guard import rule
from .printouts import PrintService, out_name
from .print_files import written
from .session import UserSession
from .team import TeamService


class _SafeWriter:
    """csv.writer whose text cells cannot run as formulas when a township clerk opens the file in
    Excel (a reason typed as =HYPERLINK(...) stays text), as the archive's other CSVs do."""

    def __init__(self, buffer: io.StringIO) -> None:
        self.w = csv.writer(buffer)

    def writerow(self, row: list[object]) -> None:
        self.w.writerow([neutralise(v) if isinstance(v, str) else v for v in row])


def report_csv(report: DivisionReport) -> bytes:
    """The report's data as the archive carries it: one table of grids, then one of changes."""
    buffer = io.StringIO()
    w = _SafeWriter(buffer)
    w.writerow(["网格编码", "网格名称", "类型", "上级网格", "网格长", "网格员", "户数", "人数", "规模", "村民小组"])
    for g in report.grids:
        w.writerow([g.code, g.name, g.kind.value, g.parent_code or "", g.leader, "、".join(g.members), g.households,
                    g.residents, g.verdict, g.villager_groups])
    w.writerow([])
    w.writerow(["日期", "类别", "调整内容", "调整前", "调整后", "原因", "批准文件", "记录人"])
    for c in report.changes:
        w.writerow([f"{c.on:%Y-%m-%d}", CHANGE_WORDS[c.kind], c.what,
                    "；".join(f"{x.code} {x.name} {x.households}" for x in c.before),
                    "；".join(f"{x.code} {x.name} {x.households}" for x in c.after), c.why, c.document, c.by])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


class DivisionReportService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    @rule(Permission.DIVISION)
    def report(self, year: object) -> DivisionReport:
        """The report of `year` as plain data: the division as it stands today, the changes of the
        division year that ends on 25 January of `year`."""
        year = check_report_year(year, self._today())
        division = DivisionService(self.session)
        guidance = division.guidance()
        window = report_window(year)
        team = TeamService(self.session).members()
        with self.session.db.transaction() as s:
            nodes = GridsRepo(s).tree()
            maps = [(n.name, m) for n in nodes if (m := GridsRepo(s).image(n.code, "map")) is not None]
        grids = []
        for n in nodes:
            serving = [t for t in team if n.code in (t.grid_codes or (t.member.grid_code,))]
            leader = "、".join(t.member.name for t in serving if t.member.role is TeamRole.LEADER)
            members = tuple(t.member.name for t in serving if t.member.role is not TeamRole.LEADER)
            grids.append(ReportGrid(n.code, n.name, n.kind, n.parent_code, leader, members, n.households, n.residents,
                                    n.villager_groups, guidance.verdict(n.kind, n.households)))
        centre = self.session.centre
        return DivisionReport(year, centre.village_name, centre.township, self._today(), window, tuple(grids),
                              tuple(division.history(start=window[0], end=window[1])), tuple(maps),
                              self.session.account.display_name, guidance)

    @rule(Permission.DIVISION)
    def print_report(self, year: object, out, record: bool = True) -> int:
        """The report as a PDF (a file, or a buffer for the preview). Printed to a file it is the
        year's report: kept for the next archive batch (a reprint of the same data keeps its
        first date, so it travels once) and the dashboard's reminder ends."""
        from ..printing.division_report import write_division_report

        self.session.require(Permission.PRINT)
        data = self.report(year)
        font = PrintService(self.session).font_file()
        pdf = io.BytesIO()
        pages = write_division_report(data, pdf, font)
        written(out, lambda target: target.write(pdf.getvalue()))
        if record:
            table = report_csv(data)
            digest = hashlib.sha256(table).hexdigest()
            with self.session.write(Action.PRINT.value, f"division report {data.year}",
                                    f"网格划分情况报告 → {out_name(out)}") as s:
                DivisionRepo(s).keep_report(data.year, self.session.account.username, local_dt(self.session.clock()),
                                            digest, pdf.getvalue(), table)
        return pages

    @rule(Permission.VIEW_ROSTER)
    def due(self) -> date | None:
        """This year's report's due day while it is not printed, from 1 January on; None once it
        is, and for accounts whose report it is not (a grid member's)."""
        if not self.session.may(Permission.DIVISION):
            return None
        today = self._today()
        with self.session.db.transaction() as s:
            made = DivisionRepo(s).report(today.year) is not None
        return None if made else due_date(today.year)
