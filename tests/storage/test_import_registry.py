"""One importer per ledger kind behind one protocol, one registry keyed by LedgerKind: a preview
holds the kind's own typed items (it mixed Residents, tuples and tags), a preview goes back only
to its own kind's importer, and the service no longer dispatches on a kind string twice."""

from __future__ import annotations


import openpyxl
import pytest

from gridDesk import paths
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import Resident, TeamMember
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.imports import (IMPORTERS, HouseholdRow, ImportService, LedgerImporter, LedgerKind,
                                       TeamRow)
from gridDesk.services.roster import RosterService


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 60, make_access=make)
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


def test_every_ledger_kind_has_one_importer_that_names_it():
    assert set(IMPORTERS) == set(LedgerKind)
    for kind, cls in IMPORTERS.items():
        assert cls.kind is kind and cls.columns, kind
        for step in ("preview", "commit", "save_rejects"):
            assert callable(getattr(cls, step)), (kind, step)
        assert all(hasattr(cls, name) for name in LedgerImporter.__annotations__)


def test_each_preview_holds_its_kinds_typed_items_and_goes_back_to_its_own_importer(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    service = ImportService(demo)
    first17 = "14010519900101001"
    team = service.preview("team", _book(tmp_path / "team.xlsx",
                                         ["姓名", "身份证号", "手机号码", "岗位", "所属网格", "任职日期", "无不得担任情形"],
                                         [["王网格", first17 + check_digit(first17), "13900001111", "专职网格员", grid,
                                           "2024-01-01", "是"]]))
    assert team.kind is LedgerKind.TEAM and [type(i) for i in team.new] == [TeamRow]
    assert isinstance(team.new[0].member, TeamMember) and team.new[0].member.name == "王网格"
    houses = service.preview(LedgerKind.HOUSEHOLDS, _book(tmp_path / "hh.xlsx", ["户号", "住址", "所属网格", "备注"],
                                                         [["H-9", "南庄3排", grid, "新建"]]))
    assert houses.new == [HouseholdRow("H-9", "南庄3排", grid, "新建")]
    people = service.preview("residents", _book(
        tmp_path / "r.xlsx", ["姓名", "身份证号", "户号", "与户主关系", "所属网格"],
        [["李四", "11010519491231002X", "H-9", "户主", grid]]))
    assert [type(i) for i in people.new] == [Resident]
    with pytest.raises(ValueError):  # a team preview handed to the households importer
        service.importer(LedgerKind.HOUSEHOLDS).commit(team)
    service.commit(houses)
    service.commit(team)
    assert service.preview("households", tmp_path / "hh.xlsx").unchanged == 1
    assert service.preview("team", tmp_path / "team.xlsx").unchanged == 1
