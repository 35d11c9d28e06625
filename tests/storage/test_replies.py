"""The township's reply package imported at the village, on a real SQLCipher file (issue 21 item
3): each kind of item lands in its place as the township's word, the same reply twice changes
nothing, an answer to a closed case is kept and shown on the case, unknown people are listed and
not invented; and every refusal of the whole package (another village, another township, an
unregistered key, a changed file) leaves nothing imported and says why."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from gridDesk.archive.reply import (AnswerKind, Attendee, EscalationAnswer, PersonRef, PointsChange, Presence, Reply,
                                    ReplyAttachment, ReplyError, ReplyReceipt, SecondReview, TaskDown, TrainingDown,
                                    build_reply)
from gridDesk.domain.assessment import ReviewLevel, ReviewState
from gridDesk.domain.case_flows import HandoverChannel
from gridDesk.domain.case_inputs import (CloseInput, EscalateInput, FileInput, RevisitInput,
                                         TownshipSolvedInput)
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, CaseState, Channel, WorkKind
from gridDesk.domain.archive import ExportBatch
from gridDesk.security.sm import SigningKey
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.assessment import AssessmentService
from gridDesk.services.cases import CasesService
from gridDesk.services.quarter_reviews import PointsChange as Points
from gridDesk.services.quarter_reviews import QuarterReviewsService
from gridDesk.services.replies import ALREADY, APPLIED, KEPT, RepliesService
from gridDesk.services.task_types import TaskTypesService
from gridDesk.services.training import TrainingService
from gridDesk.storage.archive_repo import ArchiveRepo
from gridDesk.storage.orm.audit import AuditRow
from gridDesk.storage.orm.replies import ReplyImportRow, ReplyItemRow
from tests.storage.review_village import A, B, ENTRIES, NOW, Q3, _id, enter, village  # noqa: F401  (the fixture)

VILLAGE = "140105100201"
TOWNSHIP = VILLAGE[:9]
ANSWERED = datetime(2026, 11, 24, 15, 0)  # the village escalated on 23 November (review_village.NOW)


@pytest.fixture
def township() -> SigningKey:
    return SigningKey.generate()


def _escalated(cases: CasesService, title: str, times: int = 1, grid: str = A) -> tuple[int, str]:
    category = next(c for c in cases.categories() if c.parent_id is not None)
    case_id = cases.report(CaseReport(title, category.id, WorkKind.ORDINARY, Channel.WALK_IN,
                                      datetime(2026, 11, 16, 9, 0), grid_code=grid)).ids[0]
    cases.act(case_id, cases.get(case_id).version, FileInput())
    for _ in range(times):
        cases.act(case_id, cases.get(case_id).version,
                  EscalateInput(channel=HandoverChannel.PAPER.value, taken_by="镇综治办 周"))
    return case_id, cases.get(case_id).number


def _batch(session, name: str, digest: str) -> None:
    with session.db.transaction(writes=True) as s:
        ArchiveRepo(s).add_batch(ExportBatch(0, name, datetime(2026, 11, 1, 9), "zhuren", digest, "none", None,
                                             datetime(2026, 11, 1, 9), "测试", "", "", None), [])


def _reply(seq: int = 1, **items) -> Reply:
    return Reply(TOWNSHIP, "小店镇", VILLAGE, "测试村", 2026, seq, datetime(2026, 11, 24, 17, 0), **items)


def _count(session, row) -> int:
    with session.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(row))


def _prepare(session, zhang, township):
    ArchiveService(session).register_township(township.public().fingerprint())
    cases = CasesService(session)
    made = {n: _escalated(cases, f"案件{n}") for n in ("instruct", "return", "solved", "county", "closed", "twice")}
    made["twice"] = _escalated(cases, "两次上报", times=2)
    # the village closed this one while the township's answer was on its way (recorded by hand)
    closed_id = made["closed"][0]
    for step in (TownshipSolvedInput(result="电话告知已解决"), RevisitInput(satisfaction="满意"),
                 CloseInput(closure="solved")):
        cases.act(closed_id, cases.get(closed_id).version, step)
    _batch(session, f"ZZ-{VILLAGE}-2026-0001", "1" * 64)
    _batch(session, f"ZZ-{VILLAGE}-2026-0002", "2" * 64)
    TaskTypesService(session).save(None, "人口信息核查", "晋政办〔2026〕8号", True)
    # 张's quarter: the village's first review done; the township's second comes in the reply
    ids = enter(AssessmentService(session), zhang, ENTRIES)
    QuarterReviewsService(session).record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 10, 10), "同意",
                                          [Points(ids["民情日志"], 120, "纸质日志核定"), Points(ids["巡查"], 90, "记录本核定")])
    return cases, made


def _answer(key, made, kind, text, ordinal=1, files=()):
    return EscalationAnswer(key, made[1], ordinal, kind, "镇综治办 李主任", ANSWERED, text, files)


def _full_reply(made, zhang, li, seq=1) -> Reply:
    photo = ReplyAttachment("site.jpg", "现场照片", _jpeg())
    return _reply(
        seq,
        receipts=(ReplyReceipt(f"ZZ-{VILLAGE}-2026-0001", "1" * 64, True),
                  ReplyReceipt(f"ZZ-{VILLAGE}-2026-0002", "2" * 64, False, "签名不符"),
                  ReplyReceipt(f"ZZ-{VILLAGE}-2026-0009", "9" * 64, True)),
        answers=(_answer("A1", made["instruct"], AnswerKind.INSTRUCT, "请村里先行调解，一周内反馈。", files=(photo,)),
                 _answer("A2", made["return"], AnswerKind.RETURN, "不属于乡镇职权，退回村里按一般事项办理。"),
                 _answer("A3", made["solved"], AnswerKind.SOLVED, "镇城管中队已清理。"),
                 _answer("A4", made["county"], AnswerKind.COUNTY, "已报县住建局。"),
                 _answer("A5", made["closed"], AnswerKind.SOLVED, "已办结。"),
                 _answer("A6", made["twice"], AnswerKind.INSTRUCT, "对第一次上报的意见。", ordinal=1),
                 EscalationAnswer("A7", f"{VILLAGE}-2026-9999", 1, AnswerKind.INSTRUCT, "李", ANSWERED,
                                  "没有这个案件。")),
        reviews=(SecondReview("R1", PersonRef("张网格", zhang), "2026Q3", "小店镇党委", date(2026, 10, 20),
                              "走访分按实际复核", (PointsChange("入户走访", 50, "10 月补登的走访经核实属第三季度"),)),),
        tasks=(TaskDown("T1", "人口信息核查", "出租房屋信息核查", date(2026, 12, 15), "晋政办〔2026〕8号",
                        "核查本网格出租房屋。", (A, B)),
               TaskDown("T2", "迎检材料准备", "准备迎检台账", date(2026, 12, 1))),
        trainings=(TrainingDown("P1", "网格员业务培训", datetime(2026, 11, 5, 9, 0), 3.0, "镇会议室", "刘老师",
                                attendees=(Attendee(PersonRef("张网格", zhang)),
                                           Attendee(PersonRef("李网格", None, _id(2)[:6] + "*" * 8 + _id(2)[-4:]),
                                                    Presence.EXCUSED, reason="生病"),
                                           Attendee(PersonRef("王不在", 99999)),
                                           Attendee(PersonRef("张冒名", zhang)))),))


def _jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "JPEG")
    return out.getvalue()


def test_each_item_lands_in_its_place_and_the_same_reply_twice_changes_nothing(village, township, tmp_path, clock):
    session, zhang, li = village
    cases, made = _prepare(session, zhang, township)
    clock.now = datetime(2026, 11, 25, 9, 0).timestamp()
    folder = build_reply(_full_reply(made, zhang, li), tmp_path, township)
    seen = []
    result = RepliesService(session).import_reply(folder, progress=lambda done, total: seen.append((done, total)))
    outcome = {(i.kind, i.key): i for i in result.items}
    assert seen[-1] == (14, 14) and not result.again
    # receipts: ours and passed -> received; ours and failed, or not ours -> kept with why
    with session.db.transaction() as s:
        received = {b.name: b.received_at for b in ArchiveRepo(s).batches()}
    assert received[f"ZZ-{VILLAGE}-2026-0001"] is not None and received[f"ZZ-{VILLAGE}-2026-0002"] is None
    assert outcome[("receipt", "1" * 64)].outcome == APPLIED
    assert outcome[("receipt", "2" * 64)].outcome == KEPT and "签名不符" in outcome[("receipt", "2" * 64)].reason_in()
    assert "不是本村导出的批次" in outcome[("receipt", "9" * 64)].reason_in()
    # answers advance the escalated cases, as the township's, with who answered
    state = {n: cases.get(made[n][0]).state for n in made}
    assert state["instruct"] is CaseState.IN_PROGRESS and state["return"] is CaseState.RETURNED
    assert state["solved"] is CaseState.FEEDBACK and state["county"] is CaseState.ESCALATED
    assert state["closed"] is CaseState.CLOSED and state["twice"] is CaseState.ESCALATED
    instruct = cases.get(made["instruct"][0])
    step = instruct.events[-1]
    assert step.action == CaseAction.TOWNSHIP_INSTRUCTS.value and "李主任" in step.detail and "小店镇" in step.detail
    assert step.at == ANSWERED and "请村里先行调解" in step.detail
    from gridDesk.services.attachments import AttachmentsService

    assert [a.name for a in AttachmentsService(session).listed("case", instruct.id)] == ["site.jpg"]
    assert cases.get(made["solved"][0]).result.endswith("镇城管中队已清理。")
    county = cases.get(made["county"][0]).events[-1]
    assert county.action == CaseAction.NOTE.value and "上报县级" in county.detail
    for n, key in (("closed", "A5"), ("twice", "A6")):
        assert outcome[("answer", key)].outcome == KEPT
        note = cases.get(made[n][0]).events[-1]
        assert note.action == CaseAction.NOTE.value and "没有应用" in note.detail and "李主任" in note.detail
    assert "已结案" in outcome[("answer", "A5")].reason_in() and "第 2 次上报" in outcome[("answer", "A6")].reason_in()
    assert "没有编号为" in outcome[("answer", "A7")].reason_in()
    words = RepliesService(session).township_words(made["closed"][0])
    assert [(w.outcome, w.person, w.answer_kind, w.text) for w in words] == [(KEPT, "镇综治办 李主任", "已办结", "已办结。")]
    # the second review completes the quarter with the township's change
    mq = AssessmentService(session).member_quarter(zhang, Q3)
    assert mq.state is ReviewState.CLOSED and mq.reviews[1].reviewer == "小店镇党委" and mq.standing.total == 617.5
    # tasks arrive as township cases typed per the 准入清单: one per grid named
    township_cases = [v for v in cases.list(None) if v.channel is Channel.TOWNSHIP]
    assert sorted(v.grid_code for v in township_cases) == [A, B]
    assert all(v.task is not None and v.task.name == "人口信息核查" and not v.task.exception
               for v in (cases.get(v.id) for v in township_cases))
    assert "2026-12-15" in cases.get(township_cases[0].id).description
    assert outcome[("task", "T2")].outcome == KEPT and "迎检材料准备" in outcome[("task", "T2")].reason_in()
    # training: 张 by member id, 李 by the masked ID number; the unknown and the wrong name kept and listed
    training = TrainingService(session)
    sessions = [v for v in training.sessions(2026) if v.session.topic == "网格员业务培训"]
    assert len(sessions) == 1 and sessions[0].session.organiser == "小店镇"
    rows = {a.member_id: a for a in training.attendance(sessions[0].session.id)}
    assert set(rows) == {zhang, li} and rows[li].presence.value == "excused" and rows[li].reason == "生病"
    assert outcome[("training", "P1")].outcome == APPLIED
    assert "王不在" in outcome[("training", "P1")].reason_in() and "张冒名" in outcome[("training", "P1")].reason_in()
    assert (result.count(APPLIED), result.count(KEPT)) == (8, 6)
    # every item is on the audit log with the township person who said it
    with session.db.transaction() as s:
        details = list(s.scalars(select(AuditRow.detail).where(AuditRow.target.like("township reply%"))))
    assert sum("乡镇 镇综治办 李主任" in d for d in details) == 6 and any("乡镇 小店镇党委" in d for d in details)
    # the same reply again: nothing changes
    events = {n: len(cases.get(made[n][0]).events) for n in made}
    again = RepliesService(session).import_reply(folder)
    assert again.again and {i.outcome for i in again.items} == {ALREADY, KEPT} and again.count(ALREADY) == 8
    assert {n: len(cases.get(made[n][0]).events) for n in made} == events
    assert _count(session, ReplyImportRow) == 1 and _count(session, ReplyItemRow) == 14
    assert len([v for v in training.sessions(2026) if v.session.topic == "网格员业务培训"]) == 1
    # a later reply carrying the same items with one more: only the new one is applied
    later = _full_reply(made, zhang, li, seq=2)
    later = Reply(**{**later.__dict__, "answers": later.answers + (
        _answer("A8", made["county"], AnswerKind.SOLVED, "县住建局已处理完毕。"),)})
    third = RepliesService(session).import_reply(build_reply(later, tmp_path, township))
    fresh = [i for i in third.items if i.outcome == APPLIED]
    assert [(i.kind, i.key) for i in fresh] == [("answer", "A8")]
    assert cases.get(made["county"][0]).state is CaseState.FEEDBACK
    assert len([v for v in cases.list(None) if v.channel is Channel.TOWNSHIP]) == 2


@pytest.mark.parametrize("refusal", ["other_village", "other_township", "unregistered", "tampered", "partial"])
def test_a_refused_reply_imports_nothing_and_says_why(session, tmp_path, refusal, clock):
    clock.now = NOW.timestamp()
    township = SigningKey.generate()
    if refusal != "unregistered":
        ArchiveService(session).register_township(township.public().fingerprint())
    cases = CasesService(session)
    case_id, number = _escalated(cases, "被拒的答复", grid="")
    reply = _reply(answers=(EscalationAnswer("A1", number, 1, AnswerKind.INSTRUCT, "李主任", ANSWERED, "请调解。"),))
    if refusal == "other_village":
        reply = Reply(**{**reply.__dict__, "village_code": "140105100202", "village_name": "邻村"})
    folder = build_reply(reply, tmp_path, SigningKey.generate() if refusal == "other_township" else township)
    if refusal == "tampered":
        xml = folder / "data/reply.xml"
        xml.write_bytes(xml.read_bytes().replace("请调解".encode(), "已办结".encode()))
    if refusal == "partial":
        folder = folder.rename(folder.with_name(folder.name + ".partial"))
    with pytest.raises(ReplyError) as err:
        RepliesService(session).import_reply(folder)
    expected = {"other_village": ("reply.other_village", "另一个村"), "other_township": ("reply.other_township", "不是本村登记的乡镇"),
                "unregistered": ("reply.no_township", "还没有登记乡镇"), "tampered": ("reply.tampered", "改动过"),
                "partial": ("reply.partial", "没有写完")}[refusal]
    assert err.value.code == expected[0] and expected[1] in err.value.message
    assert "not" in err.value.render("en") or "No " in err.value.render("en")
    assert cases.get(case_id).state is CaseState.ESCALATED
    assert _count(session, ReplyImportRow) == 0 and _count(session, ReplyItemRow) == 0
    with session.db.transaction() as s:
        refused = list(s.scalars(select(AuditRow.detail).where(AuditRow.target == "township reply refused")))
    assert len(refused) == 1 and folder.name in refused[0]


def test_a_grid_member_may_not_import_and_an_unknown_case_is_refused_in_words(session, access, tmp_path):
    from gridDesk.domain.accounts import Role
    from gridDesk.domain.errors import NotFound, PermissionDenied
    from gridDesk.services.accounts import AccountsService

    township = SigningKey.generate()
    ArchiveService(session).register_township(township.public().fingerprint())
    folder = build_reply(_reply(), tmp_path, township)
    AccountsService(session, access).add("wgy", "网格员", Role.GRID_MEMBER, "Member@2026x")
    member = access.login("wgy", "Member@2026x")
    try:
        with pytest.raises(PermissionDenied):
            RepliesService(member).import_reply(folder)
    finally:
        member.close()
    with pytest.raises(NotFound):
        RepliesService(session).township_words(10 ** 20)
    empty = RepliesService(session).import_reply(folder)
    assert empty.items == () and [i.name for i in RepliesService(session).imports()] == [folder.name]
    shutil.rmtree(folder)


def test_an_import_cut_short_goes_on_where_it_stopped(session, clock, tmp_path, monkeypatch):
    clock.now = NOW.timestamp()
    township = SigningKey.generate()
    ArchiveService(session).register_township(township.public().fingerprint())
    cases = CasesService(session)
    case_id, number = _escalated(cases, "中断的导入", grid="")
    reply = _reply(answers=(EscalationAnswer("A1", number, 1, AnswerKind.INSTRUCT, "李主任", ANSWERED, "请调解。"),),
                   trainings=(TrainingDown("P1", "中断时的培训", datetime(2026, 11, 20, 9), 2.0),))
    folder = build_reply(reply, tmp_path, township)
    clock.now = datetime(2026, 11, 25, 9, 0).timestamp()

    def power_cut(self, ctx, t):
        raise RuntimeError("the PC went off")

    real = RepliesService._training
    monkeypatch.setattr(RepliesService, "_training", power_cut)
    with pytest.raises(RuntimeError):
        RepliesService(session).import_reply(folder)
    assert cases.get(case_id).state is CaseState.IN_PROGRESS and _count(session, ReplyItemRow) == 1
    monkeypatch.setattr(RepliesService, "_training", real)
    resumed = RepliesService(session).import_reply(folder)
    assert not resumed.again and [(i.key, i.outcome) for i in resumed.items] == [("A1", ALREADY), ("P1", APPLIED)]
    assert len(cases.get(case_id).events) == 4  # report, file, escalate, the township's instructions: once
    assert [v.session.topic for v in TrainingService(session).sessions(2026)] == ["中断时的培训"]
    again = RepliesService(session).import_reply(folder)
    assert again.again and {i.outcome for i in again.items} == {ALREADY}


def test_an_item_the_importer_may_not_do_is_kept_and_a_later_reply_applies_it(village, access, township, tmp_path):
    from gridDesk.domain.accounts import Role
    from gridDesk.services.accounts import AccountsService

    session, zhang, _li = village
    ArchiveService(session).register_township(township.public().fingerprint())
    ids = enter(AssessmentService(session), zhang, ENTRIES)
    QuarterReviewsService(session).record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 10, 10), "同意",
                                          [Points(ids["民情日志"], 120, "纸质日志核定"), Points(ids["巡查"], 90, "记录本核定")])
    review = SecondReview("R1", PersonRef("张网格", zhang), "2026Q3", "小店镇党委", date(2026, 10, 20), "同意初评")
    AccountsService(session, access).add("staff1", "工作人员", Role.STAFF, "Staff@2026x")
    staff = access.login("staff1", "Staff@2026x")
    try:  # the centre's staff import the reply; the second review is the director's to record
        first = RepliesService(staff).import_reply(build_reply(_reply(1, reviews=(review,)), tmp_path, township))
    finally:
        staff.close()
    assert [i.outcome for i in first.items] == [KEPT] and "主任" in first.items[0].reason_in()
    assert AssessmentService(session).member_quarter(zhang, Q3).state is ReviewState.FIRST_DONE
    later = RepliesService(session).import_reply(build_reply(_reply(2, reviews=(review,)), tmp_path, township))
    assert [i.outcome for i in later.items] == [APPLIED]
    assert AssessmentService(session).member_quarter(zhang, Q3).state is ReviewState.CLOSED
