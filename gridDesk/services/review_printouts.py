"""The quarterly review on paper and in Excel: the review sheet per member (季度考核评议表), the
quarter's summary with the year's appraisal, and the xlsx for the township; each on the audit log."""

from __future__ import annotations

from pathlib import Path

from ..domain.assessment import (GRADE_LABELS, KIND_LABELS, LEVEL_LABELS, STATE_LABELS, ItemKind, ItemNote,
                                 ItemScore, MemberQuarter, Quarter, ReviewLevel)
from ..domain.audit import Action
from ..domain.errors import ValidationError
from ..domain.roster import TEAM_ROLE_LABELS, TeamRole
from ..domain.rules import Permission
from ..printing.review_sheet import ReviewSheet, SheetItem, SheetReview, write_review_sheets
from ..printing.review_summary import ReviewSummary, write_review_summary
from ..sheets.columns import Column
from ..sheets.writer import write_template
from .assessment import AssessmentService
from .clock import local_dt
from .guard import rule
from .housekeeping import xlsx_tmpdir
from .print_files import Out, written
from .printouts import PrintService, out_name
from .session import UserSession

_EVIDENCE = {"visits": "逐周记录 {n} 条（全覆盖 {ok} 周次）", "cases": "结案 {n} 件（按时 {ok} 件）", "training": "参训 {n} 次"}
_NOTES = {ItemNote.NO_DATA: "暂无数据", ItemNote.NOT_ENTERED: "未录入"}


def points_text(item: ItemScore) -> str:
    return _NOTES.get(item.note, "—") if item.points is None else f"{item.points:g}"


def ratio_text(item: ItemScore) -> str:
    return "" if item.ratio is None else f"{item.ratio:.1%}"


def figure_text(item: ItemScore) -> str:
    """How far the member got, in the item's own units."""
    if item.kind is not ItemKind.METRIC:
        return f"{item.participants} 人参加评议" if item.participants else ""
    if item.note is ItemNote.NO_DATA or item.numerator is None:
        return "暂无数据（评议核定分数）" if item.points is not None else "暂无数据（该台账尚未接入）"
    if item.note is ItemNote.NOTHING_DUE:
        return "本季无应办，记满分"
    unit = {"visit_coverage": "户次", "cases_on_time": "件", "training_hours": "学时"}.get(item.metric, "")
    return f"{item.numerator:g} / {item.denominator:g} {unit}（{item.ratio:.1%}）"


def grade_text(mq: MemberQuarter) -> str:
    if mq.standing.grade is None:
        return "待补分"
    return GRADE_LABELS[mq.standing.grade]


def total_text(mq: MemberQuarter) -> str:
    return f"{mq.standing.total:g}" if mq.standing.complete else f"{mq.standing.total:g}（未完）"


def _review(mq: MemberQuarter, level: ReviewLevel) -> SheetReview | None:
    r = next((r for r in mq.reviews if r.level is level), None)
    if r is None:
        return None
    changes = tuple(f"{c.item_name}：{'—' if c.before is None else f'{c.before:g}'} → {c.after:g}（{c.reason}）"
                    for c in r.changes)
    return SheetReview(LEVEL_LABELS[level] + "意见", r.reviewer, r.decided_on.isoformat(), r.decision, changes)


def _review_cell(mq: MemberQuarter, level: ReviewLevel) -> str:
    r = next((r for r in mq.reviews if r.level is level), None)
    return "" if r is None else f"{r.reviewer} {r.decided_on:%m-%d} {GRADE_LABELS[r.grade]}"


class ReviewPrintService:
    def __init__(self, session: UserSession) -> None:
        self.session = session
        self.assessment = AssessmentService(session)

    def _font(self) -> Path | None:
        return PrintService(self.session).font_file()

    def _sheet(self, mq: MemberQuarter, printed: str) -> ReviewSheet:
        items = []
        for i in mq.items:
            evidence = ""
            if i.evidence is not None and i.kind is ItemKind.METRIC:
                rows = self.assessment.evidence(i.evidence)
                evidence = _EVIDENCE.get(i.evidence.kind, "{n}").format(n=len(rows), ok=sum(r.counted for r in rows))
            items.append(SheetItem(i.name, KIND_LABELS[i.kind], i.max_points, figure_text(i), evidence,
                                   points_text(i)))
        words = tuple((f"{i.name}意见", i.words) for i in mq.items if i.kind is not ItemKind.METRIC and i.words)
        return ReviewSheet(self.session.centre.village_name, mq.quarter.label, mq.name,
                           TEAM_ROLE_LABELS.get(TeamRole(mq.role), mq.role), "、".join(mq.grids) or "—",
                           tuple(items), words, total_text(mq), grade_text(mq), STATE_LABELS[mq.state],
                           (_review(mq, ReviewLevel.FIRST), _review(mq, ReviewLevel.SECOND)), printed)

    @rule(Permission.VIEW_ASSESSMENT)
    def print_sheets(self, out: Out, quarter: Quarter, member: str = "") -> int:
        """One page per member of the quarter (or the one named); returns the pages."""
        self.session.require(Permission.PRINT)
        self._begun(quarter)
        if member:
            found = [self.assessment.member_quarter(self.assessment.member_named(member, quarter), quarter)]
        else:
            found = self.assessment.quarter(quarter)
        if not found:  # `--quarter 1900Q1`: an empty PDF would look like a printed review
            raise ValidationError("quarter", "assessment.quarter_nobody", quarter=str(quarter))
        printed = f"{local_dt(self.session.clock()):%Y-%m-%d}"
        sheets = [self._sheet(mq, printed) for mq in found]
        font = self._font()
        pages = written(out, lambda target: write_review_sheets(sheets, target, font))
        self.session.record(Action.PRINT.value, f"review sheets {quarter}",
                            f"{member or 'all'} {pages} pages → {out_name(out)}")
        return pages

    @rule(Permission.VIEW_ASSESSMENT)
    def print_summary(self, out: Out, quarter: Quarter, record: bool = True) -> int:
        """The quarter's table and the year's appraisal; returns the members listed. The archive
        batch prints it unrecorded: the export is its audit row."""
        self.session.require(Permission.PRINT)
        rows, names = self.table(quarter)
        year_rows = tuple((r.name, *(_year_cell(c) for c in r.quarters), "" if r.mean is None else f"{r.mean:g}",
                           GRADE_LABELS[r.grade] if r.grade else "") for r in self.assessment.year(quarter.year))
        summary = ReviewSummary(self.session.centre.village_name, quarter.label, tuple(names), tuple(rows),
                                str(quarter.year), year_rows, f"{local_dt(self.session.clock()):%Y-%m-%d}")
        font = self._font()
        written(out, lambda target: write_review_summary(summary, target, font))
        if record:
            self.session.record(Action.PRINT.value, f"review summary {quarter}",
                                f"{len(rows)} members → {out_name(out)}")
        return len(rows)

    def _begun(self, quarter: Quarter) -> None:
        """A quarter not yet begun has nothing to review: no sheet, summary or export of it."""
        if quarter.start > local_dt(self.session.clock()).date():
            raise ValidationError("quarter", "assessment.print_not_begun", quarter=str(quarter))

    @rule(Permission.VIEW_ASSESSMENT)
    def table(self, quarter: Quarter) -> tuple[list[tuple[str, ...]], list[str]]:
        """The summary's rows (name, role, grids, each item's points, total, grade, the two reviews)
        and the item headers; the printout and the xlsx share them."""
        self._begun(quarter)
        members = self.assessment.quarter(quarter)
        if not members:
            raise ValidationError("quarter", "assessment.quarter_nobody", quarter=str(quarter))
        names: list[str] = []
        for mq in members:
            for i in mq.items:
                head = f"{i.name}({i.max_points:g})"
                if head not in names:
                    names.append(head)
        rows = []
        for mq in members:
            mine = {f"{i.name}({i.max_points:g})": points_text(i) for i in mq.items}
            rows.append((mq.name, TEAM_ROLE_LABELS.get(TeamRole(mq.role), mq.role), "、".join(mq.grids),
                         *(mine.get(n, "") for n in names), total_text(mq), grade_text(mq),
                         _review_cell(mq, ReviewLevel.FIRST), _review_cell(mq, ReviewLevel.SECOND)))
        return rows, names

    @rule(Permission.VIEW_ASSESSMENT)
    def export_xlsx(self, out: Path, quarter: Quarter) -> int:
        """The summary as xlsx for the township; returns the rows."""
        self.session.require(Permission.EXPORT)
        rows, names = self.table(quarter)
        columns = [Column("name", "姓名", width=10), Column("role", "岗位", width=12),
                   Column("grids", "网格", width=18, text=True)]
        columns += [Column(f"item{n}", name, width=12) for n, name in enumerate(names)]
        columns += [Column("total", "总分", width=10), Column("grade", "等次", width=10),
                    Column("first", "村党组织初评", width=26), Column("second", "乡镇党委复评", width=26)]
        cells = [(*r[:3], *(_number(v) for v in r[3:])) for r in rows]  # codes stay text
        count = write_template(Path(out), f"{quarter.label}网格员考核评议汇总", columns, cells,
                               note=f"{self.session.centre.village_name}　共 {len(rows)} 人　总分后注“未完”的，尚有项目未评分",
                               tmpdir=xlsx_tmpdir(self.session.db_path))
        self.session.record(Action.EXPORT.value, f"review {quarter}", f"{count} rows → {Path(out).name}")
        return count


def _number(value: str) -> object:
    """Points as numbers in the sheet (they add up there too); words stay words."""
    try:
        return float(value)
    except ValueError:
        return value


def _year_cell(cell) -> str:
    total, grade, _state = cell
    return "" if total is None else f"{total:g} {GRADE_LABELS[grade] if grade else ''}".strip()
