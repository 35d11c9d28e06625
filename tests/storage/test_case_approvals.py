"""A 需审批 matter on a real database: its chain recorded link by link by the people the rules name,
each link on the timeline; closing waits for the chain and the end of the notice; a refusal ends
it by procedure; the notice prints on A4 with its words and its font; a 0007 database upgrades."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_approvals import ApprovalRefused, Decision, Stage
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import CaseState, Channel, TransitionRefused, WorkKind
from gridDesk.domain.errors import PermissionDenied
from gridDesk.domain.rules import Permission, refusal
from gridDesk.services.accounts import AccountsService
from gridDesk.services.case_approvals import CaseApprovalsService
from gridDesk.services.case_printouts import kept_case_file
from gridDesk.services.cases import CasesService
from gridDesk.storage import migrate
from tests.conftest import DIRECTOR, PASSWORD
from tests.migrations_helper import downgrade

MONDAY = datetime(2026, 11, 2, 9, 0)
STAFF_PW = "Staff@2026x"


@pytest.fixture
def cases(session, clock):
    clock.now = MONDAY.timestamp()
    return CasesService(session)


@pytest.fixture
def staff(access, session):
    AccountsService(session, access).add("gzry", "工作人员小李", Role.STAFF, STAFF_PW)
    s = access.login("gzry", STAFF_PW)
    yield s
    s.close()


def _do(cases, case_id, action, **kw):
    if action is A.CLOSE:  # how it ended: granted and publicised, unless a test says otherwise
        kw.setdefault("closure", "solved")
    return cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[action](**kw))


def _approval_case(cases) -> int:
    category = next(c.id for c in cases.categories() if c.name == "社会保障")
    case_id = cases.report(CaseReport("村民张三申请最低生活保障", category, WorkKind.APPROVAL, Channel.WALK_IN,
                                      MONDAY, reporter="张三")).ids[0]
    _do(cases, case_id, A.FILE)
    return case_id


def _to_feedback(cases, case_id) -> None:
    _do(cases, case_id, A.ASSIGN, body="民政协理员")
    _do(cases, case_id, A.START)
    _do(cases, case_id, A.FEEDBACK, result="已告知申请人审批进展")
    _do(cases, case_id, A.REVISIT, satisfaction="满意")


def _close_reason(cases, case_id) -> str:
    return dict(cases.steps(case_id))[A.CLOSE]


def test_the_chain_by_its_people_then_the_notice_then_closing(session, cases, staff, clock):
    approvals = CaseApprovalsService(session)
    case_id = _approval_case(cases)
    _to_feedback(cases, case_id)
    assert "还没有登记村受理" in _close_reason(cases, case_id)
    with pytest.raises(TransitionRefused, match="还没有登记村受理"):
        _do(cases, case_id, A.CLOSE)

    # the village's acceptance is the centre's intake: staff record it; the township's is the director's
    by_staff = CaseApprovalsService(staff)
    assert by_staff.file(case_id).link_refusal == ""
    by_staff.record_link(case_id, Stage.VILLAGE, "杏花村民委员会", date(2026, 11, 2), Decision.APPROVED, "杏村受〔2026〕3号")
    assert by_staff.file(case_id).link_refusal == refusal(Permission.CASE_APPROVAL)
    with pytest.raises(PermissionDenied) as refused:
        by_staff.record_link(case_id, Stage.TOWNSHIP, "小店镇人民政府", date(2026, 11, 2), Decision.APPROVED, "x")
    assert str(refused.value) == "只有主任可以登记审批结果、办结需审批事项。"
    with session.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE account='gzry' "
                                 "AND action='permission_denied' AND target='case_approval'")).scalar() == 1
    with pytest.raises(ApprovalRefused, match="下一个环节是镇审核"):
        approvals.record_link(case_id, Stage.DISTRICT, "小店区民政局", date(2026, 11, 2), Decision.APPROVED, "x")
    clock.advance(3 * 86400)
    approvals.record_link(case_id, Stage.TOWNSHIP, "小店镇人民政府", date(2026, 11, 4), Decision.APPROVED,
                          "小政审〔2026〕21号")
    assert "已登记村受理、镇审核，还没有登记区审批" in _close_reason(cases, case_id)
    with pytest.raises(ApprovalRefused, match="区审批同意之后才能公示"):
        by_staff.record_notice(case_id, "张三申请低保", date(2026, 11, 5), date(2026, 11, 12), "村综治中心")
    approvals.record_link(case_id, Stage.DISTRICT, "小店区民政局", date(2026, 11, 5), Decision.APPROVED,
                          "小民批〔2026〕88号")
    assert "还没有登记公示" in _close_reason(cases, case_id)

    f = by_staff.file(case_id)
    assert f.notice_refusal == "" and f.objection_default.startswith("测试村综治中心")
    by_staff.record_notice(case_id, "村民张三申请最低生活保障", date(2026, 11, 5), date(2026, 11, 12),
                           f.objection_default)
    assert _close_reason(cases, case_id) == "公示期到 2026-11-12 结束，公示期满后才能结案。"
    with pytest.raises(TransitionRefused, match="公示期满后才能结案"):
        _do(cases, case_id, A.CLOSE)
    # the period extended: registered again, the rules read the new end, the timeline keeps both
    by_staff.record_notice(case_id, "村民张三申请最低生活保障", date(2026, 11, 5), date(2026, 11, 14),
                           f.objection_default)
    clock.now = datetime(2026, 11, 14, 17, 0).timestamp()
    assert "2026-11-14" in _close_reason(cases, case_id)
    clock.now = datetime(2026, 11, 15, 9, 0).timestamp()
    with pytest.raises(PermissionDenied, match="只有主任"):  # closing a 需审批 matter is the director's
        CasesService(staff).act(case_id, cases.get(case_id).version, STEP_INPUTS[A.CLOSE]())
    assert _close_reason(cases, case_id) == ""
    _do(cases, case_id, A.CLOSE)

    closed = cases.get(case_id)
    assert closed.state is CaseState.CLOSED
    steps = [(e.action, e.detail) for e in closed.events]
    assert [a for a, _ in steps].count("approval") == 3 and [a for a, _ in steps].count("public_notice") == 2
    assert "镇审核：同意（小店镇人民政府，2026-11-04，文号：小政审〔2026〕21号）" in [d for _, d in steps]
    pdf = re.sub(r"\s+", "", "".join(page.extract_text()
                                      for page in PdfReader(io.BytesIO(kept_case_file(session, closed))).pages))
    assert "小民批〔2026〕88号" in pdf and "公示" in pdf  # the case file carries the chain
    with pytest.raises(ApprovalRefused, match="已结案"):
        by_staff.record_notice(case_id, "x", date(2026, 11, 5), date(2026, 11, 20), "y")


def test_a_refusal_ends_the_matter_by_procedure(session, cases):
    approvals = CaseApprovalsService(session)
    case_id = _approval_case(cases)
    approvals.record_link(case_id, Stage.VILLAGE, "村民委员会", date(2026, 11, 2), Decision.APPROVED, "受〔2026〕1号")
    approvals.record_link(case_id, Stage.TOWNSHIP, "小店镇人民政府", date(2026, 11, 2), Decision.REFUSED,
                          "小政复〔2026〕5号")
    f = approvals.file(case_id)
    assert f.next_stage is None and "终止" in f.link_refusal and "不需要公示" in f.notice_refusal
    with pytest.raises(ApprovalRefused, match="镇审核不同意，审批已经终止"):
        approvals.record_link(case_id, Stage.DISTRICT, "区", date(2026, 11, 2), Decision.APPROVED, "x")
    _to_feedback(cases, case_id)
    assert _close_reason(cases, case_id) == ""
    _do(cases, case_id, A.CLOSE, closure="procedural")  # refused by the township: ended by procedure
    assert cases.get(case_id).state is CaseState.CLOSED


def test_only_a_filed_approval_matter_takes_a_chain(session, cases):
    approvals = CaseApprovalsService(session)
    category = cases.categories()[0].id
    ordinary = cases.report(CaseReport("路灯坏了", category, WorkKind.ORDINARY, Channel.VISIT, MONDAY)).ids[0]
    _do(cases, ordinary, A.FILE)
    with pytest.raises(ApprovalRefused, match="只有需审批事项"):
        approvals.record_link(ordinary, Stage.VILLAGE, "村", date(2026, 11, 2), Decision.APPROVED, "1")
    fresh = cases.report(CaseReport("申请", category, WorkKind.APPROVAL, Channel.VISIT, MONDAY)).ids[0]
    with pytest.raises(ApprovalRefused, match="先立案"):
        approvals.record_link(fresh, Stage.VILLAGE, "村", date(2026, 11, 2), Decision.APPROVED, "1")
    assert approvals.file(fresh).link_refusal.startswith("请先立案")
    with session.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM case_approval_links")).scalar() == 0


def test_the_notice_prints_on_a4_with_its_words_and_is_audited(session, cases, tmp_path):
    approvals = CaseApprovalsService(session)
    case_id = _approval_case(cases)
    for stage, who, doc in ((Stage.VILLAGE, "村民委员会", "受〔2026〕1号"), (Stage.TOWNSHIP, "小店镇人民政府", "审〔2026〕2号"),
                            (Stage.DISTRICT, "小店区民政局", "批〔2026〕3号")):
        approvals.record_link(case_id, stage, who, date(2026, 11, 2), Decision.APPROVED, doc)
    with pytest.raises(ApprovalRefused, match="还没有登记公示"):
        approvals.print_notice(case_id, tmp_path / "none.pdf")
    approvals.record_notice(case_id, "村民张三家庭申请最低生活保障", date(2026, 11, 3), date(2026, 11, 9),
                            "村综治中心（村委会一楼，电话 0351-7654321）")
    out = tmp_path / "公示.pdf"
    assert approvals.print_notice(case_id, out) == 1
    reader = PdfReader(out)
    words = re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))
    for expected in ("测试村", "公示", "村民张三家庭申请最低生活保障", "小店区民政局审批同意", "批〔2026〕3号",
                     "2026年11月3日至2026年11月9日", "0351-7654321"):
        assert expected in words, expected
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        descendant = ref.get_object()["/DescendantFonts"][0].get_object() if "/DescendantFonts" in ref.get_object() \
            else ref.get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), "the CJK font is embedded"
    with session.db.engine.connect() as conn:
        printed = conn.execute(text("SELECT target, detail FROM audit_log WHERE action='print'")).all()
    assert printed[-1][0].startswith(f"case:{case_id} ") and printed[-1][1] == "公示 → 公示.pdf"


def test_a_0007_database_upgrades_and_its_open_approval_matter_takes_a_chain(access, session, cases, db_path):
    case_id = _approval_case(cases)
    dek = session.dek
    downgrade(session.db.engine, "0007")
    with session.db.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert "case_approval_links" not in names and "case_notices" not in names
    session.close()
    assert dek
    again = access.login(DIRECTOR, PASSWORD)
    try:
        assert migrate.current_revision(again.db.engine) == migrate.HEAD
        approvals = CaseApprovalsService(again)
        approvals.record_link(case_id, Stage.VILLAGE, "村民委员会", date(2026, 11, 2), Decision.APPROVED, "受1号")
        assert [link.stage for link in approvals.file(case_id).links] == [Stage.VILLAGE]
    finally:
        again.close()


def test_the_clock_is_not_moved_by_a_link(cases, session):
    """Recording a link changes the case (its version), not its time limit."""
    case_id = _approval_case(cases)
    before = cases.get(case_id)
    CaseApprovalsService(session).record_link(case_id, Stage.VILLAGE, "村民委员会", date(2026, 11, 2),
                                              Decision.APPROVED, "受1号")
    after = cases.get(case_id)
    assert after.version == before.version + 1 and after.due_at == before.due_at
    assert after.events[-1].action == "approval" and after.events[-1].to_state is CaseState.FILED
