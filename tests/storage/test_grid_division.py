"""Issue 19 item 6: the grid division. Splits and merges move what they say in one transaction and
are recorded with counts before and after; codes are never issued twice; the size guidance warns;
the yearly report prints, reads back, is due from 1 January and travels in the archive once."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.division import ChangeKind, MergePlan, SplitPlan
from gridDesk.domain.errors import NotFound, PermissionDenied, ValidationError
from gridDesk.domain.roster import Grid, GridKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.demo import build_demo
from gridDesk.services.division import DivisionService
from gridDesk.services.division_report import DivisionReportService
from gridDesk.services.grids import GridService
from gridDesk.services.roster import RosterService
from gridDesk.services.status import current_status
from tests.conftest import FakeClock
from tests.storage.test_meetings import fonts_embedded

TODAY = datetime(2026, 12, 3, 10, 0)
STAFF_PW = "Staff@2026pass"


@pytest.fixture
def village(tmp_path):
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield session, access, clock
    session.close()


def _counts(session) -> dict[str, tuple[int, int]]:
    return {n.code: (n.households, n.residents) for n in RosterService(session).tree()}


def test_a_split_moves_the_households_and_their_residents_and_is_recorded(village):
    session, _a, _c = village
    division = DivisionService(session)
    before = _counts(session)
    source = min(before)
    households, _places = division.contents(source)
    assert len(households) == before[source][0]
    going = households[:12]
    new = GridService(session).next_code()
    changes = division.split(SplitPlan(source, ((new, "第9网格（南片）", tuple(h[0] for h in going), ()),),
                                       date(2026, 11, 30), "南片新建安置房", "某镇综治〔2026〕5号"))
    assert changes.moved == 12
    after = _counts(session)
    people = sum(h[3] for h in going)  # counted by hand from the households picked
    assert after[new] == (12, people)
    assert after[source] == (before[source][0] - 12, before[source][1] - people)
    [change] = division.history()
    assert change.kind is ChangeKind.SPLIT and change.on == date(2026, 11, 30) and change.by == "demo"
    assert [(g.code, g.households) for g in change.before] == [(source, before[source][0])]
    assert [(g.code, g.households) for g in change.after] == [(source, before[source][0] - 12), (new, 12)]
    assert change.document == "某镇综治〔2026〕5号" and change.why == "南片新建安置房"


def test_a_merge_retires_the_other_grid_and_its_code_is_never_issued_again(village):
    session, _a, _c = village
    division, grids = DivisionService(session), GridService(session)
    before = _counts(session)
    first, second = sorted(before)
    division.merge(MergePlan(first, (second,), date(2026, 12, 1), "两组合并管理", name="东西村网格"))
    after = _counts(session)
    assert list(after) == [first]
    assert after[first] == (before[first][0] + before[second][0], before[first][1] + before[second][1])
    assert RosterService(session).tree()[0].name == "东西村网格"
    assert grids.next_code() not in (first, second)
    assert grids.next_code() == first[:-3] + "003"
    with pytest.raises(ValidationError) as err:  # typing the retired code by hand does not bring it back
        grids.save(Grid(second, "复用旧编码", GridKind.RURAL))
    assert err.value.code == "division.retired_code"
    with pytest.raises(ValidationError) as err:  # nor does a micro-grid go inside it
        grids.save(Grid(second + "01", "旧网格的微网格", GridKind.MICRO, parent_code=second))
    assert err.value.code == "division.retired_code"
    with session.db.transaction() as s:  # a retired grid takes nothing new: no code lookup finds it
        from gridDesk.storage.grids_repo import GridsRepo

        assert second not in GridsRepo(s).ids() and second in GridsRepo(s).ids(include_retired=True)
    [change] = division.history()
    assert change.kind is ChangeKind.MERGE
    assert [g.households for g in change.before] == [before[first][0], before[second][0]]
    assert [g.households for g in change.after] == [before[first][0] + before[second][0]]


def test_the_division_is_attacked_and_refuses_in_words(village):
    session, access, _c = village
    division, grids = DivisionService(session), GridService(session)
    first, second = sorted(_counts(session))
    own, _ = division.contents(first)
    theirs, _ = division.contents(second)
    ids = tuple(h[0] for h in own)

    def refused(plan, code):
        with pytest.raises((ValidationError, NotFound, PermissionDenied)) as err:
            (division.split if isinstance(plan, SplitPlan) else division.merge)(plan)
        assert err.value.code == code, err.value.code

    today = date(2026, 12, 3)
    refused(SplitPlan(first, ((first, "自己", ids[:3], ()),), today, "x"), "division.split_into_itself")
    refused(SplitPlan(first, (("140105100201003", "全走", ids, ()),), today, "x"), "division.source_empty")
    refused(SplitPlan(first, (("140105100201003", "别家", (theirs[0][0],), ()),), today, "x"), "division.not_in_source")
    refused(SplitPlan(first, (("140105100201003", "重复", ids[:2], ()), ("140105100201004", "重复", ids[1:3], ())),
                      today, "x"), "division.picked_twice")
    refused(SplitPlan(first, ((second, "已用", ids[:2], ()),), today, "x"), "division.code_taken")
    refused(SplitPlan(first, (("140105100201003", "明天", ids[:2], ()),), date(2026, 12, 4), "x"), "division.future")
    refused(SplitPlan(first, (("140105100201003", "无因", ids[:2], ()),), today, "  "), "division.why_required")
    refused(MergePlan(first, (first,), today, "x"), "division.merge_needs_two")
    micro = grids.next_code(first)
    grids.save(Grid(micro, "第1微网格", GridKind.MICRO, parent_code=first))
    refused(MergePlan(first, (micro,), today, "x"), "division.merge_own_micro")
    refused(MergePlan(micro, (first,), today, "x"), "division.merge_own_micro")
    refused(MergePlan(micro, (second,), today, "x"), "division.merge_levels")
    assert _counts(session)[first][0] == len(own)  # nothing moved by any of them
    # A grid member's account may not touch the division at all, its own grid or another's.
    from gridDesk.services.team import TeamService

    mine = next(m for m in TeamService(session).members() if m.member.grid_code == first)
    AccountsService(session, access).add("ge1", "网格员一", Role.GRID_MEMBER, STAFF_PW, member_id=mine.id)
    member = access.login("ge1", STAFF_PW)
    try:
        with pytest.raises(PermissionDenied):
            DivisionService(member).split(SplitPlan(second, (("140105100201003", "越界", (theirs[0][0],), ()),),
                                                    today, "x"))
        with pytest.raises(PermissionDenied):
            DivisionService(member).merge(MergePlan(first, (second,), today, "x"))
        seen = DivisionService(member).history()  # only what touched the account's grid: its new micro-grid
        assert [c.kind for c in seen] == [ChangeKind.CREATE] and seen[0].after[0].code == micro
    finally:
        member.close()
    assert _counts(session)[second][0] == len(theirs)


def test_grid_saves_and_maps_are_recorded_as_changes(village, tmp_path):
    session, _a, _c = village
    grids = GridService(session)
    first = min(_counts(session))
    node = RosterService(session).tree()[0]
    grids.save(Grid(first, "第1网格（东村改）", node.kind), node.villager_groups, node.boundary)
    grids.save(Grid(first, "第1网格（东村改）", node.kind), "东村、北村", node.boundary)
    kinds = [c.kind for c in DivisionService(session).history()]
    assert kinds == [ChangeKind.RENAME, ChangeKind.REBOUND]
    new = grids.next_code()
    grids.save(Grid(new, "第3网格", GridKind.RURAL))
    assert DivisionService(session).history()[-1].kind is ChangeKind.CREATE
    # a map that is not an image, and one of 50 MB, are refused before anything is stored
    for data in (b"MZ\x90\x00not an image", b"\x89PNG" + b"\0" * (50 * 1024 * 1024)):
        with pytest.raises(ValidationError):
            grids.set_image(first, "map", data)
    assert grids.image(first, "map") is None


def test_size_guidance_warns_against_counts_made_by_hand(village):
    session, access, _c = village
    division = DivisionService(session)
    counts = _counts(session)
    # 300 residents make about 91 households in two grids: both far under 300 (band 150-450)
    assert {o.node.code: o.verdict for o in division.out_of_size()} == {c: "small" for c in counts}
    first = min(counts)
    division.set_guidance({"households.rural": counts[first][0] * 2})  # band: exactly the count ... 3x
    out = {o.node.code: (o.node.households, o.guidance) for o in division.out_of_size()}
    expected = {c: (h, counts[first][0] * 2) for c, (h, _r) in counts.items() if h < counts[first][0]}
    assert out == expected
    status = current_status(session).as_dict()
    assert status["grids_out_of_size"] == {c: {"households": h, "guidance": g,
                                               "band": [counts[first][0], counts[first][0] * 3]}
                                           for c, (h, g) in expected.items()}
    with pytest.raises(ValidationError):
        division.set_guidance({"band.low_percent": 0})
    with pytest.raises(ValidationError):
        division.set_guidance({"band.high_percent": 99})
    AccountsService(session, access).add("staff1", "干事", Role.STAFF, STAFF_PW)
    staff = access.login("staff1", STAFF_PW)
    try:
        with pytest.raises(PermissionDenied):  # the rules as data are the director's
            DivisionService(staff).set_guidance({"households.rural": 100})
    finally:
        staff.close()


def test_the_yearly_report_prints_reads_back_and_ends_the_reminder(village, tmp_path):
    session, _a, clock = village
    division, reports = DivisionService(session), DivisionReportService(session)
    first, second = sorted(_counts(session))
    households, _ = division.contents(second)
    division.split(SplitPlan(second, (("140105100201003", "第3网格（新区）", tuple(h[0] for h in households[:10]), ()),),
                             date(2026, 3, 1), "新区入住", "某镇综治〔2026〕2号"))
    division.split(SplitPlan(second, (("140105100201004", "第4网格（旧账）", tuple(h[0] for h in households[10:15]), ()),),
                             date(2025, 12, 1), "上年度的调整", "某镇综治〔2025〕9号"))
    assert reports.due() == date(2026, 1, 25)  # this year's is not printed: overdue since January
    assert current_status(session).as_dict()["division_report_due"] == "2026-01-25"
    for bad in ("1900", "9999", "abc", ""):
        with pytest.raises(ValidationError) as err:
            reports.print_report(bad, tmp_path / "x.pdf")
        assert err.value.code == "division.year_range"
    assert not (tmp_path / "x.pdf").exists()
    out = tmp_path / "division-2026.pdf"
    pages = reports.print_report(2026, out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert pages >= 1 and fonts_embedded(out)
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (210, 297)
    compact = text.replace("\n", "").replace(" ", "")
    for said in ("2026年度网格划分情况报告", "第3网格（新区）", "某镇综治〔2025〕9号", "填报单位", "填报人",
                 "审核人", "2025年01月26日至2026年01月25日", first):
        assert said.replace(" ", "") in compact, said
    # 2025-12-01 is inside the 2026 division year (26 January 2025 to 25 January 2026); 2026-03-01 is 2027's
    assert "上年度的调整" in compact and "新区入住" not in compact
    assert reports.due() is None and current_status(session).as_dict()["division_report_due"] is None
    report = reports.report(2027)
    assert [c.why for c in report.changes] == ["新区入住"]  # 2027's year starts on 26 January 2026
    leaders = {g.code: g.leader for g in report.grids}
    assert leaders[first]  # the demo's grids have their 网格长
    clock.advance(3600)
    with session.db.transaction() as s:
        from gridDesk.storage.division_repo import DivisionRepo

        made = DivisionRepo(s).report(2026).made_at
    reports.print_report(2026, tmp_path / "again.pdf")  # the same data again: still the first print
    with session.db.transaction() as s:
        assert DivisionRepo(s).report(2026).made_at == made


def test_griddesk_print_division_and_its_refusals(village, tmp_path):
    session, _a, _c = village
    db = session.db_path
    session.close()

    def run(*args):
        return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), *args], input="Demo@2026\n",
                              capture_output=True, text=True, timeout=120,
                              env={**__import__("os").environ, "LANG": "zh_CN.UTF-8"})

    out = tmp_path / "d.pdf"
    for bad in ("1900", "9999", "abc"):
        done = run("print", "division", "--year", bad, "--out", str(out), "--user", "demo", "--password-stdin")
        assert done.returncode == 1 and "年度请写" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not out.exists()
    done = run("print", "division", "--out", str(out), "--user", "demo", "--password-stdin")
    assert done.returncode == 2 and "--year" in done.stderr
    done = run("print", "division", "--year", "2026", "--out", str(out), "--user", "demo", "--password-stdin")
    assert done.returncode == 0, done.stderr
    assert "网格划分报告" in done.stdout and out.exists() and fonts_embedded(out)
    done = run("status", "--json", "--user", "demo", "--password-stdin")
    import json

    figures = json.loads(done.stdout)
    assert figures["division_report_due"] is None and len(figures["grids_out_of_size"]) == 2


def test_the_report_carries_the_grid_map_and_survives_one_that_only_looks_like_an_image(village, tmp_path):
    session, _a, _c = village
    grids, reports = GridService(session), DivisionReportService(session)
    first, second = sorted(_counts(session))
    grids.set_image(first, "map", (paths.resources_dir() / "icons" / "griddesk.png").read_bytes())
    grids.set_image(second, "map", b"\x89PNG\r\n\x1a\n" + b"broken" * 100)  # the magic, then nothing of a PNG
    out = tmp_path / "maps.pdf"
    assert reports.print_report(2026, out) >= 1
    images = [img for page in PdfReader(out).pages for img in page.images]
    assert len(images) == 1  # the real map drawn, the broken one left out, the report printed
    kinds = [c.kind for c in DivisionService(session).history()]
    assert kinds == [ChangeKind.REBOUND, ChangeKind.REBOUND]  # a new map is a change of the bounds


def test_only_an_empty_grid_is_retired_and_its_code_stays_taken(village):
    session, _a, _c = village
    division, grids = DivisionService(session), GridService(session)
    first = min(_counts(session))
    new = grids.next_code()
    grids.save(Grid(new, "划错的网格", GridKind.RURAL))
    with pytest.raises(ValidationError) as err:
        division.retire(first, date(2026, 12, 3), "试试")
    assert err.value.code == "division.retire_not_empty"
    with pytest.raises(ValidationError):
        division.retire(new, date(2026, 12, 3), "  ")
    division.retire(new, date(2026, 12, 3), "建错了，撤销", "村委〔2026〕1号")
    assert new not in _counts(session) and grids.next_code() != new
    last = division.history()[-1]
    assert last.kind is ChangeKind.RETIRE and last.before[0].code == new and last.after == ()
