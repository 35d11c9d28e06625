"""The quarterly review on paper and in Excel: the review sheet and the summary read back (pypdf
text, the CJK font embedded), the xlsx read back with openpyxl, each on the audit log."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from gridDesk.domain.assessment import ReviewLevel
from gridDesk.domain.errors import PermissionDenied
from gridDesk.domain.accounts import Role
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditService
from gridDesk.services.assessment import AssessmentService
from gridDesk.services.quarter_reviews import PointsChange, QuarterReviewsService
from gridDesk.services.review_printouts import ReviewPrintService
from gridDesk.storage.audit_repo import AuditFilter
from tests.storage.review_village import ENTRIES, Q3, enter, village  # noqa: F401  (the fixture)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _fonts_embedded(path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils not installed")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    header, _rule, *fonts = out.splitlines()
    emb = header.index("emb")
    assert fonts and all(line[emb:emb + 3] == "yes" for line in fonts), out


def _reviewed(session, zhang):
    ids = enter(AssessmentService(session), zhang, ENTRIES)
    reviews = QuarterReviewsService(session)
    reviews.record(zhang, Q3, ReviewLevel.FIRST, "杏花村党总支", date(2026, 10, 10), "同意",
                   [PointsChange(ids["民情日志"], 120, "纸质台账核定"), PointsChange(ids["巡查"], 90, "巡查本核定")])
    reviews.record(zhang, Q3, ReviewLevel.SECOND, "小店镇党委", date(2026, 10, 20), "同意初评")


def test_the_review_sheet_and_the_summary_read_back(village, tmp_path):
    session, zhang, li = village
    _reviewed(session, zhang)
    service = ReviewPrintService(session)
    sheet = tmp_path / "sheet.pdf"
    assert service.print_sheets(sheet, Q3, "张网格") == 1
    text = _text(sheet)
    for said in ("2026年第三季度考核评议表", "张网格", "入户走访", "3 / 4 件（75.0%）", "结案 4 件（按时 3 件）",
                 "逐周记录 13 条（全覆盖 1 周次）", "参训 3 次", "567.5", "不称职", "杏花村党总支", "民情日志：0 → 120（纸质台账核定）",
                 "小店镇党委", "同意初评", "签字", "群众评价好"):
        assert said in text, said
    _fonts_embedded(sheet)
    both = tmp_path / "all.pdf"
    assert service.print_sheets(both, Q3) == 2
    other = _text(both).split("李网格")[1]
    assert "未录入" in other and "待补分" in other  # his quarter is still open
    assert "1 / 43" in other  # his log days: one entry of the 43 working days since 1 August
    summary = tmp_path / "summary.pdf"
    assert service.print_summary(summary, Q3) == 2
    page = PdfReader(summary).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # A4 landscape
    text = _text(summary)
    for said in ("考核评议汇总表", "入户走访\n(250)", "张网格", "567.5", "不称职", "小店镇党委", "年度评定", "李网格"):
        assert said in text, said
    _fonts_embedded(summary)
    printed = [r.target for r in AuditService(session).query(AuditFilter(action="print"))[0]]
    assert "review sheets 2026Q3" in printed and "review summary 2026Q3" in printed


def test_the_xlsx_reads_back(village, tmp_path, access):
    session, zhang, li = village
    _reviewed(session, zhang)
    out = tmp_path / "review.xlsx"
    assert ReviewPrintService(session).export_xlsx(out, Q3) == 2
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[3]]
    assert header[:3] == ["姓名", "岗位", "网格"] and "入户走访(250)" in header and header[-4:] == [
        "总分", "等次", "村党组织初评", "乡镇党委复评"]
    rows = {r[0]: dict(zip(header, r)) for r in sheet.iter_rows(min_row=4, values_only=True) if r[0]}
    zhang_row = rows["张网格"]
    assert zhang_row["总分"] == 567.5 and zhang_row["等次"] == "不称职" and zhang_row["案件按时办结(200)"] == 100
    assert zhang_row["网格"] == "140105100201001"  # a code stays text
    assert rows["李网格"]["民情日志(150)"] == 0  # 1 of 43 days: under the zero line
    assert "export" in [r.action for r in AuditService(session).query(AuditFilter(action="export"))[0]]
    AccountsService(session, access).add("lead", "网格长", Role.GRID_LEADER, "Lead@2026xx")
    leader = access.login("lead", "Lead@2026xx")
    try:
        with pytest.raises(PermissionDenied):  # a member's assessment is the centre's personnel record
            ReviewPrintService(leader).print_sheets(tmp_path / "no.pdf", Q3)
    finally:
        leader.close()
