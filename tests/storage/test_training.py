"""Training on a real database: sessions, attendance saved whole or not at all, certificates,
the yearly rule (prorated mid-year), and what the dashboard counts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from gridDesk.domain.attachments import NewAttachment
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import Grid, GridKind, TeamMember, TeamRole
from gridDesk.domain.training import Attendance, Certificate, Presence, TrainingLevel, TrainingSession
from gridDesk.services.attachments import AttachmentsService
from gridDesk.services.grids import GridService
from gridDesk.services.team import TeamService
from gridDesk.services.training import TrainingService

NOW = datetime(2026, 11, 23, 10, 0)


def _id(n: int) -> str:
    first17 = f"14010519800101{n:03d}"
    return first17 + check_digit(first17)


@pytest.fixture
def training(session, clock):
    clock.now = NOW.timestamp()
    GridService(session).save(Grid("140105100201001", "第一网格", GridKind.RURAL))
    team = TeamService(session)
    for n, (name, appointed) in enumerate((("张网格", date(2020, 3, 1)), ("李网格", date(2022, 5, 1)),
                                           ("新来的", date(2026, 10, 8))), 1):
        team.save(TeamMember(name, _id(n), f"1390000{n:04d}", TeamRole.FULL_TIME, "140105100201001", appointed),
                  "群众", "高中", True)
    return TrainingService(session)


def _members(training) -> dict[str, int]:
    return {t.member.name: t.id for t in TeamService(training.session).members()}


def _session(training, level=TrainingLevel.COUNTY, when=datetime(2026, 4, 10, 9), **kw) -> int:
    return training.save_session(TrainingSession(level, kw.pop("organiser", "县委政法委"), when, 3,
                                                 kw.pop("topic", "矛盾纠纷排查"), **kw)).ids[0]


def test_sessions_with_materials_and_bad_sessions_refused(training):
    session_id = training.save_session(
        TrainingSession(TrainingLevel.TOWNSHIP, "镇综治中心", datetime(2026, 3, 5, 14), 2.5, "网格员业务培训",
                        place="镇政府三楼", trainer="王老师", assessed=True),
        [NewAttachment("课件.pdf", b"%PDF-1.7 slides")]).ids[0]
    [view] = training.sessions(2026)
    assert view.session.topic == "网格员业务培训" and view.materials == 1 and view.present == 0
    assert AttachmentsService(training.session).listed("training", session_id)[0].name == "课件.pdf"
    for hours in (0, -1):
        with pytest.raises(ValidationError, match="大于 0"):
            training.save_session(TrainingSession(TrainingLevel.COUNTY, "县", NOW, hours, "主题"))
    with pytest.raises(ValidationError, match="主题"):
        training.save_session(TrainingSession(TrainingLevel.COUNTY, "县", NOW, 2, "  "))
    assert len(training.sessions(2026)) == 1


def test_bad_attendance_is_refused_whole_with_every_reason(training):
    people = _members(training)
    assessed = _session(training, assessed=True)
    future = _session(training, when=NOW + timedelta(days=10))
    good = [Attendance(people["张网格"], score=88, passed=True)]
    training.set_attendance(assessed, good)
    bad = [Attendance(people["张网格"], score=120), Attendance(people["张网格"]), Attendance(9999),
           Attendance(people["李网格"], Presence.EXCUSED)]
    with pytest.raises(ValidationError) as refused:
        training.set_attendance(assessed, bad)
    text = str(refused.value.message if hasattr(refused.value, "message") else refused.value)
    for words in ("0 到 100", "重复", "不在网格队伍名单", "请写明原因"):
        assert words in text
    assert training.attendance(assessed) == good  # nothing of the bad list was saved
    with pytest.raises(ValidationError, match="还没开始"):
        training.set_attendance(future, [Attendance(people["张网格"])])
    training.set_attendance(future, [Attendance(people["李网格"], Presence.EXCUSED, reason="住院")])


def test_the_yearly_rule_per_level_prorated_for_those_appointed_mid_year(training):
    people = _members(training)
    county = [_session(training, when=datetime(2026, m, 10, 9)) for m in (3, 10)]
    township = [_session(training, TrainingLevel.TOWNSHIP, datetime(2026, m, 12, 9), organiser="镇")
                for m in (2, 5, 10)]
    for s in county:
        training.set_attendance(s, [Attendance(people["张网格"]), Attendance(people["新来的"])])
    for s in township[:2]:
        training.set_attendance(s, [Attendance(people["张网格"]), Attendance(people["李网格"])])
    training.set_attendance(township[2], [Attendance(people["张网格"]), Attendance(people["新来的"])])
    rows = {r.name: r for r in training.compliance(2026)}
    zhang, li, new = rows["张网格"], rows["李网格"], rows["新来的"]
    assert not zhang.short and [(c.level, c.attended, c.required) for c in zhang.levels] == [
        (TrainingLevel.COUNTY, 2, 2), (TrainingLevel.TOWNSHIP, 3, 3)]
    assert li.short and [c.missing for c in li.levels] == [2, 1]
    # Appointed 8 October: three months in post, so 2 x 3/12 -> 1 county and 3 x 3/12 -> 1 township.
    assert new.months_in_post == 3 and new.prorated and [c.required for c in new.levels] == [1, 1]
    assert not new.short
    # The director makes 2026 stricter; the table follows.
    training.set_rules(2026, {TrainingLevel.COUNTY: 3, TrainingLevel.TOWNSHIP: 3})
    rows = {r.name: r for r in training.compliance(2026)}
    assert rows["张网格"].short and rows["张网格"].levels[0].missing == 1
    assert training.rules(2025) == ({TrainingLevel.COUNTY: 2, TrainingLevel.TOWNSHIP: 3}, False)
    assert not [r for r in training.compliance(2019)]  # nobody was in post yet


def test_certificates_onboarding_and_the_warnings(training):
    people = _members(training)
    onboarding = _session(training, TrainingLevel.TOWNSHIP, datetime(2026, 10, 20, 9), organiser="镇",
                          topic="岗前培训", assessed=True, onboarding=True)
    training.set_attendance(onboarding, [Attendance(people["新来的"], score=75, passed=True)])
    training.save_certificate(Certificate(people["张网格"], "JS-2024-001", "县委政法委", date(2024, 1, 5),
                                          date(2026, 12, 31)))
    states = training.certificate_states()
    assert states[people["新来的"]] == "valid" and states[people["张网格"]] == "expiring"
    assert states[people["李网格"]] == "none"
    assert [c.number for _n, c in training.expiring_certificates()] == ["JS-2024-001"]
    with pytest.raises(ValidationError, match="之后"):
        training.save_certificate(Certificate(people["李网格"], "X1", "县", date(2026, 1, 1), date(2025, 1, 1)))
    with pytest.raises(ValidationError, match="晚于今天"):
        training.save_certificate(Certificate(people["李网格"], "X1", "县", date(2027, 1, 1)))
    gaps = training.gaps()
    assert (gaps.year, gaps.uncertified, gaps.expiring) == (2026, 1, 1) and gaps.short == 3


def test_only_the_director_sets_the_rules(training, access):
    from gridDesk.domain.accounts import Role
    from gridDesk.services.accounts import AccountsService

    AccountsService(training.session, access).add("staff1", "员", Role.STAFF, "Staff@2026x")
    staff = TrainingService(access.login("staff1", "Staff@2026x"))
    with pytest.raises(PermissionDenied):
        staff.set_rules(2026, {TrainingLevel.COUNTY: 1})


def test_a_sign_in_sheet_is_matched_by_id_then_name_and_every_miss_has_its_reason(training, tmp_path):
    from openpyxl import Workbook

    from gridDesk.services.imports import ImportService, LedgerKind

    TeamService(training.session).save(TeamMember("李网格", _id(9), "13900000099", TeamRole.ASSISTANT,
                                                  "140105100201001", date(2023, 1, 1)), "群众", "高中", True)
    people = _members(training)
    session_id = _session(training, TrainingLevel.TOWNSHIP, datetime(2026, 6, 1, 9), organiser="镇", assessed=True)
    training.set_attendance(session_id, [Attendance(people["新来的"], Presence.EXCUSED, reason="出差")])
    book = Workbook()
    sheet = book.active
    sheet.append(["××镇网格员培训签到表"])
    sheet.append(["序号", "姓名", "身份证号", "签到", "成绩", "备注"])
    rows = [(1, "张网格", "", "已签到", 90, ""),  # by name
            (2, "李网格", _id(2), "√", 58, ""),  # by ID: two people are called 李网格
            (3, "李网格", "", "", 70, ""),  # by name only: ambiguous
            (4, "王不在", "", "", 80, ""),  # not on the team
            (5, "张网格", "", "", 95, ""),  # twice
            (6, "新来的", "", "", 120, ""),  # score out of range
            (7, "错号", _id(7)[:-1] + ("0" if _id(7)[-1] != "0" else "1"), "", 80, "")]  # bad check digit
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "签到表.xlsx"
    book.save(path)
    importer = ImportService(training.session).importer(LedgerKind.SIGN_IN, session_id)
    preview = importer.preview(path)
    assert [(row.name, row.attendance.score, row.attendance.passed) for row in preview.new] == [
        ("张网格", 90, True), ("李网格", 58, False)]
    reasons = {r.line: r.reason for r in preview.rejected}
    assert "2 个人叫" in reasons[5] and "没有叫“王不在”" in reasons[6] and "两次" in reasons[7]
    assert "0 到 100" in reasons[8] and "校验位" in reasons[9]
    assert len(training.attendance(session_id)) == 1  # a preview writes nothing
    importer.commit(preview)
    after = {a.member_id: a for a in training.attendance(session_id)}
    assert set(after) == {people["新来的"], people["张网格"], _members_by_id(training)[_id(2)]}
    assert after[people["新来的"]].presence is Presence.EXCUSED  # kept


def _members_by_id(training) -> dict[str, int]:
    from gridDesk.storage.team_repo import TeamRepo

    with training.session.db.transaction() as s:
        return {t.member.id_number: t.id for t in TeamRepo(s).all()}


def test_the_register_and_the_compliance_table_export_to_xlsx_and_read_back(training, tmp_path):
    from openpyxl import load_workbook

    from gridDesk.services.training_export import export_compliance, export_register

    people = _members(training)
    first = _session(training, when=datetime(2026, 3, 10, 9), topic="平安建设")
    training.set_attendance(first, [Attendance(people["张网格"]),
                                    Attendance(people["李网格"], Presence.EXCUSED, reason="住院")])
    assert export_register(training, 2026, tmp_path / "台账.xlsx") == 1
    sheet = load_workbook(tmp_path / "台账.xlsx").active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    header = values[2]
    row = dict(zip(header, values[3]))
    assert row["培训主题"] == "平安建设" and row["参训人员"] == "张网格" and row["请假人员（原因）"] == "李网格（住院）"
    assert row["级别"] == "县级" and row["参训人数"] == 1
    assert export_compliance(training, 2026, tmp_path / "达标.xlsx") == 3
    sheet = load_workbook(tmp_path / "达标.xlsx").active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    rows = {r[0]: dict(zip(values[2], r)) for r in values[3:] if r[0]}
    assert rows["张网格"]["县级参加"] == 1 and rows["张网格"]["县级应参加"] == 2
    assert rows["张网格"]["仍缺"] == "县级 1 次、乡镇级 3 次" and rows["新来的"]["说明"].startswith("年中在岗 3 个月")
    assert rows["李网格"]["持证情况"] == "未持证"
