"""What an import preview shows a person before they confirm (issue 22 item 10): each new row by
its line and name, each changed row field by field under the ledger's own headers (a team
member's post in the ledger's words, not the program's), nothing for a field that stays."""

from __future__ import annotations

import openpyxl
import pytest

from gridDesk import paths
from gridDesk.domain.idcard import check_digit
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.imports import ImportService
from gridDesk.services.imports.base import FieldChange
from gridDesk.services.roster import RosterService

TEAM = ["姓名", "身份证号", "手机号码", "岗位", "所属网格", "任职日期", "无不得担任情形"]
FIRST17 = "14010519900101001"


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 30, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def _book(path, header, rows):
    wb = openpyxl.Workbook()
    wb.active.append(header)
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_team_and_household_changes_are_shown_field_by_field(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    service = ImportService(demo)
    idn = FIRST17 + check_digit(FIRST17)
    first = service.preview("team", _book(tmp_path / "t1.xlsx", TEAM,
                                          [["王网格", idn, "13900001111", "专职网格员", grid, "2024-01-01", "是"]]))
    assert [(r.line, r.label) for r in first.shown_new] == [(2, "王网格")] and not first.shown_changed
    service.commit(first)
    again = service.preview("team", _book(tmp_path / "t2.xlsx", TEAM,
                                          [["王网格", idn, "13900001111", "兼职网格员", grid, "2024-01-01", "是"]]))
    assert not again.shown_new
    assert [(r.line, r.label, r.changes) for r in again.shown_changed] == [
        (2, "王网格", (FieldChange("岗位", "专职网格员", "兼职网格员"),))]
    houses = service.preview("households", _book(tmp_path / "h1.xlsx", ["户号", "住址", "所属网格", "备注"],
                                                 [["H-9", "南庄3排", grid, ""]]))
    service.commit(houses)
    moved = service.preview("households", _book(tmp_path / "h2.xlsx", ["户号", "住址", "所属网格", "备注"],
                                                [["H-9", "南庄4排", grid, ""]]))
    assert moved.shown_changed[0].changes == (FieldChange("住址", "南庄3排", "南庄4排"),)
