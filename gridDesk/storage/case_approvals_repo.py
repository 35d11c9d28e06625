"""A 需审批 matter's approval chain and public notice: read as domain records, written together
with the event that puts each on the case's timeline."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.case_approvals import STAGES, ApprovalLink, Decision, PublicNotice, Stage
from .orm.case_approvals import CaseApprovalLinkRow, CaseNoticeRow


class CaseApprovalsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def links(self, case_id: int) -> tuple[ApprovalLink, ...]:
        """The chain so far, in the order of the stages."""
        rows = {r.stage: r for r in self.s.scalars(select(CaseApprovalLinkRow)
                                                   .where(CaseApprovalLinkRow.case_id == case_id))}
        return tuple(ApprovalLink(Stage(r.stage), r.decided_by, r.decided_on, Decision(r.decision), r.doc_number,
                                  r.recorded_by, r.recorded_at)
                     for r in (rows.get(stage.value) for stage in STAGES) if r is not None)

    def notice(self, case_id: int) -> PublicNotice | None:
        r = self.s.get(CaseNoticeRow, case_id)
        if r is None:
            return None
        return PublicNotice(r.matter, r.starts_on, r.ends_on, r.where_to_object, r.recorded_by, r.recorded_at)

    def add_link(self, case_id: int, link: ApprovalLink, event_id: int) -> None:
        self.s.add(CaseApprovalLinkRow(case_id=case_id, stage=link.stage.value, decided_by=link.decided_by,
                                       decided_on=link.decided_on, decision=link.decision.value,
                                       doc_number=link.doc_number, recorded_by=link.recorded_by,
                                       recorded_at=link.recorded_at, event_id=event_id))
        self.s.flush()

    def set_notice(self, case_id: int, notice: PublicNotice, event_id: int) -> None:
        """A notice registered again (its period extended, its words corrected) replaces the one
        the rules read; the earlier registration stays on the timeline."""
        row = self.s.get(CaseNoticeRow, case_id)
        if row is None:
            row = CaseNoticeRow(case_id=case_id)
            self.s.add(row)
        row.matter, row.starts_on, row.ends_on = notice.matter, notice.starts_on, notice.ends_on
        row.where_to_object, row.event_id = notice.where_to_object, event_id
        row.recorded_by, row.recorded_at = notice.recorded_by, notice.recorded_at or datetime.min
        self.s.flush()
