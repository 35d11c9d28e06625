"""A 需审批事项's approval chain and its public notice (公示), as the town guide §6 gives them.

Village acceptance (村受理) -> township review (镇审核) -> district approval (区审批), each link with
who decided (a person or a body), when, the decision (同意/不同意) and the document number (文号);
then the public notice on the board, with its start and end dates. A link follows the one
before it, and a refusal ends the chain: no later body decides on what an earlier one refused,
so the matter ends by procedure with the refusal documented. Closing needs either a refusal on
record, or all three links approved and the notice period over.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime

from .catalogue import Word
from .cases import CaseState, TransitionRefused, WorkKind
from .rules import Permission


class Stage(str, enum.Enum):
    VILLAGE = "village"  # 村受理
    TOWNSHIP = "township"  # 镇审核
    DISTRICT = "district"  # 区审批


STAGES = (Stage.VILLAGE, Stage.TOWNSHIP, Stage.DISTRICT)  # the order the links are recorded in
STAGE_WORDS = {Stage.VILLAGE: "村受理", Stage.TOWNSHIP: "镇审核", Stage.DISTRICT: "区审批"}


class Decision(str, enum.Enum):
    APPROVED = "approved"
    REFUSED = "refused"


DECISION_WORDS = {Decision.APPROVED: "同意", Decision.REFUSED: "不同意"}


class ApprovalRefused(TransitionRefused):
    code = "approval_refused"


@dataclass(frozen=True)
class ApprovalLink:
    stage: Stage
    decided_by: str  # the person or the body that decided (e.g. 小店镇人民政府)
    decided_on: date
    decision: Decision
    doc_number: str  # 文号
    recorded_by: str = ""
    recorded_at: datetime | None = None


@dataclass(frozen=True)
class PublicNotice:
    matter: str  # the words on the board: what was applied for, by whom
    starts_on: date
    ends_on: date
    where_to_object: str  # where and how to raise an objection (the centre's address, phone)
    recorded_by: str = ""
    recorded_at: datetime | None = None


# An ID number has no place on a notice board (Measures Art. 20): the matter says who, not their number.
# Written in one run, or in the card's groups (6-8-4) with spaces or hyphens between them.
_ID_NUMBER = re.compile(r"\d{17}[\dXx]|(?<!\d)\d{6}[\s\-]?\d{8}[\s\-]?\d{3}[\dXx](?!\d)")


def refused_at(links: tuple[ApprovalLink, ...]) -> ApprovalLink | None:
    return next((link for link in links if link.decision is Decision.REFUSED), None)


def next_stage(links: tuple[ApprovalLink, ...]) -> Stage | None:
    """The stage the next link must be; None when the chain is complete or ended by a refusal."""
    if refused_at(links) is not None or len(links) >= len(STAGES):
        return None
    return STAGES[len(links)]


def approved(links: tuple[ApprovalLink, ...]) -> bool:
    """All three links recorded, all approved."""
    return len(links) == len(STAGES) and all(link.decision is Decision.APPROVED for link in links)


def check_open(kind: WorkKind, state: CaseState) -> None:
    """The chain and the notice belong to a 需审批 matter that has been filed and is still open."""
    if kind is not WorkKind.APPROVAL:
        raise ApprovalRefused("approval.not_approval_kind")
    if state is CaseState.REPORTED:
        raise ApprovalRefused("approval.file_first")
    if state is CaseState.CLOSED:
        raise ApprovalRefused("approval.closed")


def check_link(links: tuple[ApprovalLink, ...], link: ApprovalLink, *, reported_on: date, today: date) -> None:
    """A link follows the one before it, says who decided and under which document, and is dated
    between the report (or the previous link) and today."""
    expected = next_stage(links)
    if expected is None:
        stop = refused_at(links)
        if stop is not None:
            raise ApprovalRefused("approval.stopped", stage=Word(f"stage.{stop.stage.value}"))
        raise ApprovalRefused("approval.complete")
    if link.stage is not expected:
        raise ApprovalRefused("approval.order", stage=Word(f"stage.{expected.value}"))
    if not link.decided_by.strip():
        raise ApprovalRefused("approval.who", stage=Word(f"stage.{link.stage.value}"))
    if not link.doc_number.strip():
        raise ApprovalRefused("approval.doc_number", stage=Word(f"stage.{link.stage.value}"))
    if _ID_NUMBER.search(link.decided_by) or _ID_NUMBER.search(link.doc_number):
        # who decided and the 文号 are printed on the notice board with the matter
        raise ApprovalRefused("approval.id_in_link")
    if link.decided_on > today:
        raise ApprovalRefused("approval.date_future")
    if link.decided_on < reported_on:
        raise ApprovalRefused("approval.date_before_report")
    if links and link.decided_on < links[-1].decided_on:
        raise ApprovalRefused("approval.date_order", stage=Word(f"stage.{link.stage.value}"), before=Word(f"stage.{links[-1].stage.value}"),
                              date=f"{links[-1].decided_on:%Y-%m-%d}")


def check_notice(links: tuple[ApprovalLink, ...], notice: PublicNotice) -> None:
    """The notice announces an approval: it comes after the district's, and its dates make a period."""
    if refused_at(links) is not None:
        raise ApprovalRefused("approval.refused_no_notice")
    if not approved(links):
        raise ApprovalRefused("approval.notice_too_early", stage=Word(f"stage.{next_stage(links).value}"))
    if not notice.matter.strip():
        raise ApprovalRefused("approval.matter_required")
    if _ID_NUMBER.search(notice.matter) or _ID_NUMBER.search(notice.where_to_object):
        raise ApprovalRefused("approval.id_in_notice")
    if not notice.where_to_object.strip():
        raise ApprovalRefused("approval.where_to_object")
    if notice.starts_on < links[-1].decided_on:
        raise ApprovalRefused("approval.notice_before_approval", date=f"{links[-1].decided_on:%Y-%m-%d}")
    if notice.ends_on <= notice.starts_on:
        raise ApprovalRefused("approval.notice_dates")


def closing_refusal(links: tuple[ApprovalLink, ...], notice: PublicNotice | None, today: date) -> str:
    """'' when a 需审批 matter may be closed as far as its approval goes; otherwise what is still
    missing, in plain words."""
    if refused_at(links) is not None:
        return ""  # ended by procedure: the refusal and its document are the record
    stage = next_stage(links)
    if stage is not None:
        done = "、".join(STAGE_WORDS[link.stage] for link in links)
        so_far = f"已登记{done}，" if done else ""
        return f"{so_far}还没有登记{STAGE_WORDS[stage]}的结果，需审批事项要登记完审批环节才能结案。"
    if notice is None:
        return "区审批已同意，还没有登记公示，公示期满后才能结案。"
    if today <= notice.ends_on:
        return f"公示期到 {notice.ends_on:%Y-%m-%d} 结束，公示期满后才能结案。"
    return ""


def decision_words(links: tuple[ApprovalLink, ...]) -> str:
    """The decision as a notice states it."""
    stop = refused_at(links)
    if stop is not None:
        return f"{STAGE_WORDS[stop.stage]}不同意（{stop.decided_by}，文号：{stop.doc_number}）"
    if approved(links):
        last = links[-1]
        return f"经村受理、镇审核，{last.decided_by}审批同意（文号：{last.doc_number}）"
    return "审批中"


def link_words(link: ApprovalLink) -> str:
    """One link as the case timeline records it."""
    return (f"{STAGE_WORDS[link.stage]}：{DECISION_WORDS[link.decision]}（{link.decided_by}，"
            f"{link.decided_on:%Y-%m-%d}，文号：{link.doc_number}）")


def notice_words(notice: PublicNotice) -> str:
    return (f"公示 {notice.starts_on:%Y-%m-%d} 至 {notice.ends_on:%Y-%m-%d}：{notice.matter}；"
            f"异议请向：{notice.where_to_object}")


# Who records which link (RULES.md): the township's review and the district's approval are the
# director's to record; the village's acceptance is the centre's intake, staff's as well.
STAGE_PERMISSION = {Stage.VILLAGE: Permission.CASE_ACCEPTANCE, Stage.TOWNSHIP: Permission.CASE_APPROVAL,
                    Stage.DISTRICT: Permission.CASE_APPROVAL}
