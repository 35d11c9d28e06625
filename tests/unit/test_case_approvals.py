"""The 需审批 chain's rules without a database: links in order, a refusal ends it, the notice comes
after the district's approval, and closing says what is still missing."""

from __future__ import annotations

from datetime import date

import pytest

from gridDesk.domain.case_approvals import (STAGE_PERMISSION, ApprovalLink, ApprovalRefused, Decision, PublicNotice,
                                            Stage, check_link, check_notice, check_open, closing_refusal,
                                            decision_words, next_stage)
from gridDesk.domain.cases import CaseState, WorkKind
from gridDesk.domain.rules import Permission, Role, can

REPORTED, TODAY = date(2026, 11, 2), date(2026, 12, 1)
OK = Decision.APPROVED


def _link(stage, on, decision=OK, who="某单位", doc="文〔2026〕1号"):
    return ApprovalLink(stage, who, on, decision, doc)


def _chain(*decisions):
    days = (date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 20))
    return tuple(_link(stage, day, d) for stage, day, d in zip(Stage, days, decisions))


def _notice(start=date(2026, 11, 21), end=date(2026, 11, 28), matter="村民张三申请宅基地建房", where="村综治中心 0351-7654321"):
    return PublicNotice(matter, start, end, where)


def test_links_follow_in_order_and_each_says_who_when_and_under_which_document():
    check_link((), _link(Stage.VILLAGE, REPORTED), reported_on=REPORTED, today=TODAY)
    with pytest.raises(ApprovalRefused, match="下一个环节是村受理"):
        check_link((), _link(Stage.TOWNSHIP, REPORTED), reported_on=REPORTED, today=TODAY)
    one = _chain(OK)
    assert next_stage(one) is Stage.TOWNSHIP
    with pytest.raises(ApprovalRefused, match="文号"):
        check_link(one, _link(Stage.TOWNSHIP, TODAY, doc=" "), reported_on=REPORTED, today=TODAY)
    with pytest.raises(ApprovalRefused, match="是谁"):
        check_link(one, _link(Stage.TOWNSHIP, TODAY, who=""), reported_on=REPORTED, today=TODAY)
    with pytest.raises(ApprovalRefused, match="不能晚于今天"):
        check_link(one, _link(Stage.TOWNSHIP, date(2026, 12, 2)), reported_on=REPORTED, today=TODAY)
    with pytest.raises(ApprovalRefused, match="不能早于村受理的日期"):
        check_link(one, _link(Stage.TOWNSHIP, date(2026, 11, 2)), reported_on=REPORTED, today=TODAY)
    with pytest.raises(ApprovalRefused, match="早于问题上报"):
        check_link((), _link(Stage.VILLAGE, date(2026, 11, 1)), reported_on=REPORTED, today=TODAY)
    with pytest.raises(ApprovalRefused, match="都已登记"):
        check_link(_chain(OK, OK, OK), _link(Stage.DISTRICT, TODAY), reported_on=REPORTED, today=TODAY)


def test_a_refusal_ends_the_chain_and_the_matter_may_close_by_procedure():
    refused = _chain(OK, Decision.REFUSED)
    assert next_stage(refused) is None
    with pytest.raises(ApprovalRefused, match="镇审核不同意，审批已经终止"):
        check_link(refused, _link(Stage.DISTRICT, TODAY), reported_on=REPORTED, today=TODAY)
    with pytest.raises(ApprovalRefused, match="不需要公示"):
        check_notice(refused, _notice())
    assert closing_refusal(refused, None, TODAY) == ""
    assert decision_words(refused).startswith("镇审核不同意")


def test_the_notice_comes_after_the_districts_approval_with_a_real_period():
    with pytest.raises(ApprovalRefused, match="还没有登记区审批"):
        check_notice(_chain(OK, OK), _notice())
    full = _chain(OK, OK, OK)
    check_notice(full, _notice())
    with pytest.raises(ApprovalRefused, match="不能早于区审批"):
        check_notice(full, _notice(start=date(2026, 11, 19)))
    with pytest.raises(ApprovalRefused, match="结束日期应晚于开始日期"):
        check_notice(full, _notice(end=date(2026, 11, 21)))
    with pytest.raises(ApprovalRefused, match="身份证号"):
        check_notice(full, _notice(matter="张三（140105199001011234）申请宅基地"))
    with pytest.raises(ApprovalRefused, match="向哪里反映"):
        check_notice(full, _notice(where=""))


def test_closing_says_what_is_still_missing():
    assert "还没有登记村受理" in closing_refusal((), None, TODAY)
    assert closing_refusal(_chain(OK), None, TODAY).startswith("已登记村受理，还没有登记镇审核")
    assert "还没有登记公示" in closing_refusal(_chain(OK, OK, OK), None, TODAY)
    notice = _notice(end=TODAY)
    assert "公示期到 2026-12-01 结束" in closing_refusal(_chain(OK, OK, OK), notice, TODAY)  # the last day counts
    assert closing_refusal(_chain(OK, OK, OK), notice, date(2026, 12, 2)) == ""


def test_only_a_filed_open_approval_matter_takes_a_chain():
    check_open(WorkKind.APPROVAL, CaseState.IN_PROGRESS)
    with pytest.raises(ApprovalRefused, match="只有需审批事项"):
        check_open(WorkKind.ORDINARY, CaseState.IN_PROGRESS)
    with pytest.raises(ApprovalRefused, match="先立案"):
        check_open(WorkKind.APPROVAL, CaseState.REPORTED)
    with pytest.raises(ApprovalRefused, match="已结案"):
        check_open(WorkKind.APPROVAL, CaseState.CLOSED)


def test_who_records_which_link():
    assert STAGE_PERMISSION[Stage.VILLAGE] is Permission.CASE_ACCEPTANCE
    assert can(Role.STAFF, Permission.CASE_ACCEPTANCE) and can(Role.STAFF, Permission.CASE_NOTICE)
    for stage in (Stage.TOWNSHIP, Stage.DISTRICT):
        assert [r for r in Role if can(r, STAGE_PERMISSION[stage])] == [Role.DIRECTOR]
    assert not can(Role.GRID_MEMBER, Permission.CASE_ACCEPTANCE)


def test_no_id_number_reaches_the_notice_board_written_in_groups_or_through_the_chain():
    """The board prints the matter, where to object, and each link's who and 文号: an ID number
    written with spaces or hyphens (as people copy it from a card) is still an ID number, and a
    link's fields are printed as much as the matter is."""
    full = _chain(OK, OK, OK)
    for written in ("140105 19900101 1234", "140105-19900101-123X", "１４０１０５１９９００１０１１２３４",
                    "140105 199001011234"):
        with pytest.raises(ApprovalRefused, match="身份证号"):
            check_notice(full, _notice(matter=f"张三（{written}）申请宅基地"))
    for field in ("who", "doc"):
        link = _link(Stage.VILLAGE, REPORTED, **{field: "张三 140105-19900101-1234"})
        with pytest.raises(ApprovalRefused, match="身份证号"):
            check_link((), link, reported_on=REPORTED, today=TODAY)
    # phones and document numbers are not ID numbers
    check_notice(full, _notice(where="村综治中心 0351-12345678 13812345678"))
    check_link((), _link(Stage.VILLAGE, REPORTED, doc="晋民〔2026〕123456号 20261101"),
               reported_on=REPORTED, today=TODAY)
