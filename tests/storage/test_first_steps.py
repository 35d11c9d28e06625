"""Issue 22 item 9: a new centre's 开始使用 checklist is ticked from the data, and its visits table
has no weeks from before it was set up."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO

from gridDesk.domain.roster import Grid, GridKind, Resident, TeamMember, TeamRole
from gridDesk.domain.visits import Visit
from gridDesk.domain.visits import week_of
from gridDesk.services.backups import BackupService
from tests.storage.test_backup_places import BEYOND
from gridDesk.services.first_steps import STEPS, FirstStepsService
from gridDesk.services.grids import GridService
from gridDesk.services.printouts import PrintService
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.services.visits import VisitsService


def ticked(session) -> set[str]:
    return {step.key for step in FirstStepsService(session).steps().steps if step.done}


def test_a_new_centre_has_nothing_ticked_then_each_step_ticks_from_the_data(session, tmp_path, clock):
    steps = FirstStepsService(session).steps()
    assert [s.key for s in steps.steps] == list(STEPS) and ticked(session) == set()
    assert steps.shown and not steps.all_done
    grids = GridService(session)
    grids.save(Grid(grids.next_code(), "第一网格", GridKind.RURAL))
    assert ticked(session) == {"grids"}
    BackupService(session).backup()  # the PC's own folder: not a backup that counts
    assert ticked(session) == {"grids"}
    BackupService(session, this_pc=BEYOND).backup(tmp_path / "stick")  # another disk
    assert ticked(session) == {"grids", "backup"}
    service = PrintService(session)
    service.print_signs(BytesIO(), [service.sign_status()[0].grid_code])
    assert ticked(session) == {"grids", "backup", "signs"}
    service.print_signs(BytesIO(), None, record=False)  # a preview is not a print: nothing more
    assert ticked(session) == {"grids", "backup", "signs"}


def test_the_checklist_can_be_put_away(session):
    assert FirstStepsService(session).steps().shown
    FirstStepsService(session).hide()
    assert not FirstStepsService(session).steps().shown


def test_a_new_centres_visits_table_starts_the_week_it_was_set_up(session, clock):
    grids = GridService(session)
    code = grids.next_code()
    grids.save(Grid(code, "第一网格", GridKind.RURAL))
    RosterService(session).save_resident(Resident("张三", "11010519491231002X", "", date(1949, 12, 31), "", "H1",
                                                  "户主", code))
    assert ticked(session) == {"grids", "ledger"}
    visits = VisitsService(session)
    today = visits.today()
    matrix = visits.matrix()
    assert len(matrix) == 1 and [w.week for w in matrix[0]] == [week_of(today)]  # not 11 red weeks before it
    clock.advance(timedelta(weeks=3).total_seconds())
    matrix = VisitsService(session).matrix()
    assert [w.week for w in matrix[0]] == [week_of(today) + timedelta(weeks=n) for n in range(4)]
    clock.advance(timedelta(weeks=20).total_seconds())  # older than the table: the last 12 weeks
    assert len(VisitsService(session).matrix()[0]) == 12


def test_a_visit_typed_in_from_before_the_set_up_shows_its_week(session):
    grids = GridService(session)
    code = grids.next_code()
    grids.save(Grid(code, "第一网格", GridKind.RURAL))
    RosterService(session).save_resident(Resident("张三", "11010519491231002X", "", date(1949, 12, 31), "", "H1",
                                                  "户主", code))
    visits = VisitsService(session)
    today = visits.today()
    member = TeamService(session).save(TeamMember("李网格", "110105198001010016", "13900139000", TeamRole.FULL_TIME,
                                                  code, today), "", "", True)
    assert ticked(session) == {"grids", "ledger", "team"}
    earlier = today - timedelta(weeks=2)
    # the member holds no certificate yet: the director's exception, as typing in the paper book is
    visits.log(Visit(int(member.ids[0]), code, earlier, "上午", ("H1",)), cert_override="补录纸质走访记录")
    weeks = [w.week for w in visits.matrix()[0]]
    assert weeks[0] == week_of(earlier) and weeks[-1] == week_of(today) and len(weeks) == 3
