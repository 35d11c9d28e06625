"""The monthly meeting on a real database (issue 18 item 3): the month's figures against records
counted by hand, minutes made final and then unchangeable with their figures frozen, follow-ups
made tasks, the tasks' scope, status and the printed minutes read back."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.errors import NotFound, PermissionDenied, ValidationError
from gridDesk.domain.meetings import Attendee, Capacity, FollowUp, Meeting, TaskState
from gridDesk.domain.training import Attendance, Presence, TrainingLevel, TrainingSession
from gridDesk.domain.visits import Visit
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.meetings import MeetingsService
from gridDesk.services.roster import RosterService
from gridDesk.services.status import current_status
from gridDesk.services.tasks import TasksService
from gridDesk.services.team import TeamService
from gridDesk.services.training import TrainingService
from gridDesk.services.visits import VisitsService
from tests.conftest import FakeClock

TODAY = datetime(2026, 11, 20, 10, 0)  # a Friday; the Mondays of November so far: 2, 9, 16
PW = "Member@2026pass"


@pytest.fixture
def village(tmp_path):
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield session, access, clock
    session.close()


def fonts_embedded(path) -> bool:
    """pdffonts lists every font with "yes" under emb (the CJK font goes with the file)."""
    import shutil

    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils not installed")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    header, _rule, *fonts = out.splitlines()
    emb = header.index("emb")
    return bool(fonts) and all(line[emb:emb + 3] == "yes" for line in fonts)


def _figures(sections) -> dict[str, tuple[int, int | None]]:
    return {r.key: (r.value, r.of) for sec in sections for r in sec.rows}


def _case(cases, at: datetime, steps=(), close_at: datetime | None = None) -> int:
    category = next(c.id for c in cases.categories() if c.name == "邻里纠纷")
    case_id = cases.report(CaseReport("邻里纠纷", category, WorkKind.ORDINARY, Channel.PHONE, at, place="村东")).ids[0]
    for n, (action, kw) in enumerate(steps):  # filed the day it came in: the clock runs from there
        cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[action](at=at if n == 0 else close_at or at, **kw))
    return case_id


CLOSE = ((A.FILE, {}), (A.ASSIGN, {"body": "李四"}), (A.START, {}), (A.FEEDBACK, {"result": "已调解"}),
         (A.REVISIT, {"satisfaction": "满意"}), (A.CLOSE, {"closure": "solved"}))


def test_the_months_figures_are_the_records_counted_by_hand(village):
    session, _access, _clock = village
    visits, roster = VisitsService(session), RosterService(session)
    grid = next(n for n in roster.tree() if n.households)
    homes = [n for n, _a in visits.not_visited(grid.code)]
    member = TeamService(session).members()[1].id
    visits.log(Visit(member, grid.code, date(2026, 11, 10), "上午", tuple(homes)))  # the whole grid, week of 9 Nov
    visits.log(Visit(member, grid.code, date(2026, 11, 17), "下午", tuple(homes[:3])))  # 3 of them again
    visits.log(Visit(member, grid.code, date(2026, 10, 30), "上午", tuple(homes[:2])))  # October: not counted
    cases = CasesService(session)
    _case(cases, datetime(2026, 11, 2, 9), CLOSE, datetime(2026, 11, 3, 9))  # reported and closed in time
    _case(cases, datetime(2026, 9, 1, 9), CLOSE, datetime(2026, 11, 12, 9))  # closed in November, 10 weeks late
    _case(cases, datetime(2026, 11, 18, 9), ((A.FILE, {}),))  # open, filed
    _case(cases, datetime(2026, 11, 19, 9))  # open, reported
    _case(cases, datetime(2026, 9, 1, 9), ((A.FILE, {}),))  # open since September: overdue
    training = TrainingService(session)
    team = [t.id for t in TeamService(session).members()]
    for day, hours in ((datetime(2026, 11, 12, 9), 2.0), (datetime(2026, 10, 12, 9), 3.0)):
        training.save_session(TrainingSession(TrainingLevel.TOWNSHIP, "小店镇综治中心", day, hours, "矛盾调解"))
    november = next(v.session.id for v in training.sessions(2026) if v.session.starts_at.month == 11)
    training.set_attendance(november, [Attendance(team[0], Presence.PRESENT), Attendance(team[1], Presence.PRESENT),
                                       Attendance(team[2], Presence.PRESENT), Attendance(team[3], Presence.EXCUSED, reason="病假")])
    figures = MeetingsService(session).figures("2026-11")
    assert [s.key for s in figures] == ["visits", "daily_logs", "patrols", "cases", "training"]
    got = _figures(figures)
    households = sum(n.households for n in roster.tree() if n.parent_code is None)
    grids_with_homes = sum(1 for n in roster.tree() if n.households and not any(
        c.parent_code == n.code and c.households for c in roster.tree()))
    assert got["visits"] == (2, None)
    assert got["households_visited"] == (len(homes), households)
    assert got["grid_weeks_complete"] == (1, 3 * grids_with_homes)
    assert got["cases_reported"] == (3, None)
    assert got["cases_closed"] == (2, None)
    assert got["cases_closed_in_time"] == (1, 2)
    assert got["state:reported"] == (1, None) and got["state:filed"] == (2, None)
    assert got["cases_open_overdue"] == (1, None)
    assert got["training_sessions"] == (1, None) and got["training_present"] == (3, None)
    assert got["training_hours"] == (2, None)


def _meeting(session, held: date, followups=()) -> Meeting:
    team = TeamService(session).members()
    return Meeting(held, "村综治中心会议室", "王主任", "李记录",
                   "通报本月工作", "各网格汇报走访", "坚持每周走访全覆盖",
                   (Attendee(team[0].member.name, Capacity.TEAM, team[0].id),
                    Attendee("张党员", Capacity.PARTY), Attendee("赵代表", Capacity.REPRESENTATIVE)),
                   tuple(followups))


def test_final_minutes_freeze_their_figures_and_cannot_change(village, tmp_path):
    session, _access, _clock = village
    meetings = MeetingsService(session)
    owner = TeamService(session).members()[2]
    m = _meeting(session, date(2026, 11, 16), [
        FollowUp("补走访未到的户", owner.id, date(2026, 11, 19), True),
        FollowUp("整理评议材料", None, None, False)])
    meeting_id = int(meetings.save(m).ids[0])
    assert meetings.get(meeting_id).state.value == "draft"
    meetings.make_final(meeting_id)
    final = meetings.get(meeting_id)
    assert final.final and _figures(final.figures)["visits"] == (0, None)
    # a visit logged after the minutes were made final changes the month, not the minutes
    visits, grid = VisitsService(session), next(n for n in RosterService(session).tree() if n.households)
    visits.log(Visit(owner.id, grid.code, date(2026, 11, 18), "上午", (visits.not_visited(grid.code)[0][0],)))
    assert _figures(meetings.figures("2026-11"))["visits"] == (1, None)
    assert _figures(meetings.get(meeting_id).figures)["visits"] == (0, None)
    with pytest.raises(ValidationError, match="已定稿"):
        meetings.save(final)
    with pytest.raises(ValidationError, match="已定稿"):
        meetings.make_final(meeting_id)
    with pytest.raises(ValidationError, match="已定稿"):
        meetings.delete_draft(meeting_id)
    # the follow-up marked as a task became one; the other stayed a line of the minutes
    tasks = TasksService(session).list()
    assert [(t.title, t.owner_id, t.due_on, t.meeting_id) for t in tasks] == [
        ("补走访未到的户", owner.id, date(2026, 11, 19), meeting_id)]
    assert tasks[0].overdue(date(2026, 11, 20)) and TasksService(session).counts().overdue == 1
    status = current_status(session)
    assert (status.meeting_this_month, status.tasks_open, status.tasks_overdue) == (True, 1, 1)
    pages = meetings.print_minutes(meeting_id, tmp_path / "minutes.pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "minutes.pdf").pages)
    assert pages >= 1 and "会议纪要" in text and "2026年11月16日" in text
    for said in ("王主任", "李记录", "张党员", "赵代表", owner.member.name, "补走访未到的户", "本月走访次数",
                 "主持人签字", "记录人签字", "参会人员签字"):
        assert said in text, said


def test_a_meeting_is_refused_field_by_field(village):
    session, _access, _clock = village
    meetings = MeetingsService(session)
    m = _meeting(session, date(2026, 11, 16))
    from dataclasses import replace

    for bad, field in ((replace(m, held_on=date(2026, 11, 21)), "held_on"), (replace(m, place=" "), "place"),
                       (replace(m, attendees=()), "attendees"),
                       (replace(m, followups=(FollowUp("x", None, None, True),)), "followups"),
                       (replace(m, followups=(FollowUp("x", 1, date(2026, 11, 1), True),)), "followups")):
        with pytest.raises(ValidationError) as refused:
            meetings.save(bad)
        assert refused.value.field == field
    assert meetings.of_year(2026) == []
    draft = int(meetings.save(replace(m, decisions="", followups=())).ids[0])
    with pytest.raises(ValidationError, match="会议决定"):
        meetings.make_final(draft)
    stale = meetings.get(draft)
    meetings.save(replace(stale, place="村部"))
    from gridDesk.domain.errors import Conflict

    with pytest.raises(Conflict):
        meetings.save(replace(stale, place="另一处"))


def test_tasks_are_closed_by_the_centre_and_a_member_sees_only_their_own(village):
    session, access, _clock = village
    meetings, tasks = MeetingsService(session), TasksService(session)
    team = TeamService(session).members()
    mine, theirs = team[1], team[2]
    meeting_id = int(meetings.save(_meeting(session, date(2026, 11, 16), [
        FollowUp("河道巡查", mine.id, date(2026, 11, 30), True),
        FollowUp("整改消防通道", theirs.id, date(2026, 11, 18), True)])).ids[0])
    meetings.make_final(meeting_id)
    AccountsService(session, access).add("ge1", "网格员一", Role.GRID_MEMBER, PW, member_id=mine.id)
    AccountsService(session, access).set_grids("ge1", list(mine.grid_codes))
    member = access.login("ge1", PW)
    try:
        assert [t.title for t in TasksService(member).list()] == ["河道巡查"]
        assert TasksService(member).counts().open == 1 and TasksService(member).counts().overdue == 0
        status = current_status(member)
        assert (status.meeting_this_month, status.tasks_open, status.tasks_overdue) == (None, 1, 0)
        own = TasksService(member).list()[0]
        with pytest.raises(PermissionDenied):
            TasksService(member).done(own.id, "已巡查")
        with pytest.raises(PermissionDenied):
            MeetingsService(member).of_year(2026)
    finally:
        member.close()
    overdue = next(t for t in tasks.list() if t.title == "整改消防通道")
    with pytest.raises(ValidationError, match="完成情况"):
        tasks.done(overdue.id, " ")
    tasks.done(overdue.id, "已清理通道")
    with pytest.raises(ValidationError, match="已经办结"):
        tasks.cancel(overdue.id, "重复")
    tasks.cancel(own.id, "并入汛期巡查")
    assert {t.title: t.state for t in tasks.list()} == {"河道巡查": TaskState.CANCELLED,
                                                       "整改消防通道": TaskState.DONE}
    assert tasks.counts().open == 0 and tasks.list([TaskState.OPEN]) == []


def test_the_months_meeting_is_found_or_the_reason_said(village):
    session, _access, _clock = village
    meetings = MeetingsService(session)
    with pytest.raises(NotFound, match="2026-10 没有登记月例会"):
        meetings.the_one("2026-10")
    first = int(meetings.save(_meeting(session, date(2026, 10, 12))).ids[0])
    assert meetings.the_one("2026-10") == first
    second = int(meetings.save(_meeting(session, date(2026, 10, 28))).ids[0])
    with pytest.raises(ValidationError, match="--date"):
        meetings.the_one("2026-10")
    assert meetings.the_one("2026-10", date(2026, 10, 28)) == second
    with pytest.raises(ValidationError, match="YYYY-MM"):
        meetings.figures("2026-13")


def test_griddesk_print_minutes_for_the_month(village, tmp_path):
    session, _access, _clock = village
    meetings = MeetingsService(session)
    meeting_id = int(meetings.save(_meeting(session, date(2026, 11, 16))).ids[0])
    meetings.make_final(meeting_id)
    db = session.db_path
    session.close()
    out = tmp_path / "m.pdf"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), *args], input="Demo@2026\n",
                              capture_output=True, text=True, timeout=120, env={**__import__("os").environ,
                                                                                 "LANG": "zh_CN.UTF-8"})

    done = run("print", "minutes", "--month", "2026-11", "--out", str(out), "--user", "demo", "--password-stdin")
    assert done.returncode == 0, done.stderr
    assert "会议纪要" in done.stdout and out.exists()
    assert "王主任" in "".join(p.extract_text() for p in PdfReader(out).pages)
    assert fonts_embedded(out)
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (210, 297)  # A4
    none = run("print", "minutes", "--month", "2026-09", "--out", str(tmp_path / "n.pdf"), "--user", "demo", "--password-stdin")
    assert none.returncode != 0 and "2026-09 没有登记月例会" in none.stderr
    status = run("status", "--json", "--user", "demo", "--password-stdin")
    figures = json.loads(status.stdout)
    # the command line runs by the machine's clock: the meeting is this month's only in November 2026
    assert figures["meeting_this_month"] is (f"{date.today():%Y-%m}" == "2026-11") and figures["tasks_open"] == 0
    text = run("status", "--user", "demo", "--password-stdin").stdout
    assert f"本月已开月例会：{'是' if figures['meeting_this_month'] else '否'}" in text and "超期的落实任务：0" in text


def test_the_months_daily_log_and_patrol_figures_are_the_records_counted_by_hand(village):
    """July 2026 (before the demo's quarter; no holiday, 23 weekdays): the daily-log section owes
    23 days of every member in post all month; the patrol section counts the month's patrols."""
    from gridDesk.domain.daily_logs import LogEntry, TimeSlot
    from gridDesk.domain.patrols import Patrol, PatrolOutcome
    from gridDesk.domain.visits import FindingCategory
    from gridDesk.services.daily_logs import DailyLogsService
    from gridDesk.services.patrols import PatrolsService

    session, _access, _clock = village
    team = TeamService(session).members()
    in_post = [t for t in team if t.member.appointed_on <= date(2026, 7, 1) and t.left_on is None]
    from gridDesk.domain.places import Place, PlaceKind
    from gridDesk.services.places import PlacesService

    member = next(t for t in in_post if t.member.grid_code)
    PlacesService(session).save(Place(None, PlaceKind.RISK_POINT, "杏花河东段", "村东", member.member.grid_code,
                                      member.id, {"risk_type": "河流"}))
    patrols = PatrolsService(session)
    place = next(p for p in patrols.places() if p.name == "杏花河东段")
    logs = DailyLogsService(session)
    slots = (TimeSlot("08:30", "11:30"),)
    override = "补录纸质民情日志"
    logs.save(LogEntry(member.id, date(2026, 7, 1), slots=slots, places="一组"), cert_override=override)
    logs.save(LogEntry(member.id, date(2026, 7, 2), nothing_to_report=True), cert_override=override)
    logs.save(LogEntry(member.id, date(2026, 7, 4), slots=slots, places="二组"), cert_override=override)  # a Saturday
    july_1 = next(d for d in logs.to_sign_off() if d.member_id == member.id and d.day == date(2026, 7, 1))
    AccountsService(session, _access).add("staff", "工作人员", Role.STAFF, PW)
    DailyLogsService(_access.login("staff", PW)).sign_off(july_1.log_id)  # not the one who typed the paper in
    patrols.log(Patrol(place.id, member.id, datetime(2026, 7, 6, 9)), cert_override="补录纸质巡查记录")
    patrols.log(Patrol(place.id, member.id, datetime(2026, 7, 9, 9), PatrolOutcome.FINDING, FindingCategory.PUBLIC_ORDER,
                       "护栏松动"), cert_override="补录纸质巡查记录")
    found = next(r for r in patrols.log_list(date(2026, 7, 1), date(2026, 7, 31)) if r.finding)
    category = next(c.id for c in CasesService(session).categories())
    patrols.finding_to_case(found.id, category, "护栏松动")
    got = _figures(MeetingsService(session).figures("2026-07"))
    owed = 23 * len(in_post)
    assert got["log_days_entered"] == (2, owed)  # the Saturday is entered but owed by nobody
    assert got["log_days_missing"] == (owed - 2, None)
    assert got["log_days_signed"] == (1, 3) and got["log_days_nothing"] == (1, None)
    assert got["patrols_done"] == (2, None)
    assert got["patrol_findings"] == (1, None) and got["patrol_findings_to_cases"] == (1, 1)
    month = patrols.month_figures(2026, 7)
    assert (got["patrols_planned"][0], got["patrols_missed"][0]) == (month.due, month.missed)
