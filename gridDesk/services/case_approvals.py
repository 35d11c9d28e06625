"""A 需审批 matter's approval chain and public notice (RULES.md, the four work kinds): recording
each link and the notice, each on the case's timeline, and printing the notice for the board.

Who: the village acceptance is the centre's (staff and director), the township's review and the
district's approval are the director's, the notice is the centre's (rules.py). Reach: only the
cases this account can see, as CasesService decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.audit import Action
from ..domain.case_approvals import (STAGE_PERMISSION, STAGE_WORDS, ApprovalLink, ApprovalRefused, Decision,
                                     PublicNotice, Stage, check_link, check_notice, check_open, closing_refusal,
                                     decision_words, link_words, next_stage, notice_words)
from ..domain.case_records import CaseView
from ..domain.cases import CaseState, WorkKind
from ..domain.errors import NotFound
from ..domain.rules import Permission, refusal
from ..domain.text import clean_text
from ..storage.case_approvals_repo import CaseApprovalsRepo
from ..storage.cases_repo import CasesRepo
from ..storage.centre_repo import CentreRepo
from .cases import CasesService
from .clock import local_dt
from .guard import rule
from .print_files import Out, written
from .printouts import PrintService, out_name
from .session import Changes, UserSession


@dataclass(frozen=True)
class ApprovalFile:
    """What the page shows of a 需审批 matter, with '' or the reason for each thing it offers."""

    case: CaseView
    links: tuple[ApprovalLink, ...]
    notice: PublicNotice | None
    next_stage: Stage | None
    link_refusal: str  # why this account may not record the next link now ('' when it may)
    notice_refusal: str
    print_refusal: str
    closing: str  # what closing still waits for ('' when the chain and the notice allow it)
    decision: str  # the decision as the notice states it
    objection_default: str  # where to object, from Settings, for a new notice
    today: date  # the session clock's day, for the dialogs' first dates


class CaseApprovalsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    @rule(Permission.VIEW_CASES)
    def file(self, case_id: int) -> ApprovalFile:
        """The chain and the notice of one case this account can see."""
        case = CasesService(self.session).get(case_id)  # refuses a case outside the account's reach
        with self.session.db.transaction() as s:
            repo = CaseApprovalsRepo(s)
            links, notice = repo.links(case_id), repo.notice(case_id)
            phone = CentreRepo(s).setting("centre_phone")
        stage = next_stage(links)
        link_refusal = self._state_refusal(case)
        if not link_refusal and stage is None:
            link_refusal = "审批未获同意，已经终止。" if links[-1].decision is Decision.REFUSED else "三个审批环节都已登记。"
        if not link_refusal and not self.session.may(STAGE_PERMISSION[stage]):
            link_refusal = refusal(STAGE_PERMISSION[stage])
        notice_refusal = self._state_refusal(case) or self._may(Permission.CASE_NOTICE)
        if not notice_refusal and stage is not None:
            notice_refusal = f"区审批同意之后才能公示：还没有登记{STAGE_WORDS[stage]}。"
        elif not notice_refusal and links and links[-1].decision is Decision.REFUSED:
            notice_refusal = "审批未获同意，事项按程序终结，不需要公示。"
        print_refusal = self._may(Permission.CASE_NOTICE) or ("" if notice else "还没有登记公示。")
        village = self.session.centre.village_name
        return ApprovalFile(case, links, notice, stage, link_refusal, notice_refusal, print_refusal,
                            closing_refusal(links, notice, self._today()), decision_words(links),
                            f"{village}综治中心" + (f"（电话 {phone}）" if phone else ""), self._today())

    def _may(self, permission: Permission) -> str:
        return "" if self.session.may(permission) else refusal(permission)

    @staticmethod
    def _state_refusal(case: CaseView) -> str:
        try:
            check_open(case.work_kind, case.state)
        except ApprovalRefused as exc:
            return exc.message
        return ""

    @rule(Permission.VIEW_CASES)
    def record_link(self, case_id: int, stage: Stage, decided_by: str, decided_on: date, decision: Decision,
                    doc_number: str) -> Changes:
        """One link of the chain, the next in order: who decided, when, what, under which document."""
        stage, decision = Stage(stage), Decision(decision)
        self.session.require(STAGE_PERMISSION[stage])
        CasesService(self.session).get(case_id)  # in reach, or refused and written down
        now = local_dt(self.session.clock()).replace(microsecond=0)
        link = ApprovalLink(stage, clean_text(decided_by, 64, "decided_by"), decided_on, decision,
                            clean_text(doc_number, 64, "doc_number"), self.session.account.username, now)
        with self.session.write(Action.WRITE.value, f"case:{case_id}", f"approval {stage.value}") as s:
            row, state = self._open_row(s, case_id)
            repo = CaseApprovalsRepo(s)
            check_link(repo.links(case_id), link, reported_on=row.reported_at.date(), today=now.date())
            event = CasesRepo(s).add_event(case_id, now, link.recorded_by, "approval", state, state, link_words(link))
            repo.add_link(case_id, link, event)
            row.version, row.updated_at = row.version + 1, now
        return Changes("cases", (case_id,))

    @rule(Permission.CASE_NOTICE)
    def record_notice(self, case_id: int, matter: str, starts_on: date, ends_on: date,
                      where_to_object: str) -> Changes:
        """The public notice after the district's approval; registering it again (a longer period,
        corrected words) replaces it, and both registrations stay on the timeline."""
        CasesService(self.session).get(case_id)
        now = local_dt(self.session.clock()).replace(microsecond=0)
        notice = PublicNotice(clean_text(matter, 400, "matter", multiline=True), starts_on, ends_on,
                              clean_text(where_to_object, 200, "where_to_object"), self.session.account.username, now)
        with self.session.write(Action.WRITE.value, f"case:{case_id}", "public notice") as s:
            row, state = self._open_row(s, case_id)
            repo = CaseApprovalsRepo(s)
            check_notice(repo.links(case_id), notice)
            event = CasesRepo(s).add_event(case_id, now, notice.recorded_by, "public_notice", state, state,
                                           notice_words(notice))
            repo.set_notice(case_id, notice, event)
            row.version, row.updated_at = row.version + 1, now
        return Changes("cases", (case_id,))

    @staticmethod
    def _open_row(s, case_id: int):
        row = CasesRepo(s).row(case_id)
        if row is None:
            raise NotFound("case.gone")
        state = CaseState(row.state)
        check_open(WorkKind(row.work_kind), state)
        return row, state

    @rule(Permission.CASE_NOTICE)
    def print_notice(self, case_id: int, out: Out, record: bool = True) -> int:
        """The notice for the board as an A4 PDF (a file, or a buffer for the preview); audited
        when recorded. Returns the number of pages."""
        from ..printing.public_notice import NoticeSheet, write_public_notice

        f = self.file(case_id)
        if f.notice is None:
            raise ApprovalRefused("approval.no_notice_to_print")
        n = f.notice
        sheet = NoticeSheet(
            self.session.centre.village_name, f.case.number, n.matter, f.decision,
            tuple((STAGE_WORDS[link.stage], link.decided_by, f"{link.decided_on:%Y-%m-%d}",
                   "同意" if link.decision is Decision.APPROVED else "不同意", link.doc_number) for link in f.links),
            n.starts_on, n.ends_on, n.where_to_object, self._today())
        font = PrintService(self.session).font_file()
        pages = written(out, lambda target: write_public_notice(sheet, target, font))
        if record:
            self.session.record(Action.PRINT.value, f"case:{case_id} {f.case.number}", f"公示 → {out_name(out)}")
        return pages
