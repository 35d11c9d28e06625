"""The demo village's 需审批 matter: a minimum-subsistence (低保) application accepted by the
village, reviewed by the township, approved by the district, now on the notice board. Written
through the services, so the chain's rules hold; closing it is greyed until the notice ends."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from ..domain.case_approvals import Decision, Stage
from ..domain.case_records import CaseReport
from ..domain.case_inputs import AssignInput, FeedbackInput, FileInput, RevisitInput, StartInput
from ..domain.cases import Channel, WorkKind
from .case_approvals import CaseApprovalsService
from .cases import CasesService
from .clock import local_dt
from .session import UserSession


def fill_approval_matter(session: UserSession, grid_code: str) -> int:
    """Returns the number of cases made (one)."""
    now = local_dt(session.clock()).replace(microsecond=0)
    cases, approvals = CasesService(session), CaseApprovalsService(session)
    category = next(c.id for c in cases.categories() if c.name == "社会保障")
    at = now - timedelta(days=12, hours=3)
    case_id = cases.report(CaseReport("村民家庭申请最低生活保障", category, WorkKind.APPROVAL, Channel.WALK_IN, at,
                                      grid_code=grid_code, place="村委会便民服务窗口", reporter="申请人本人",
                                      description="家中主要劳动力因病丧失劳动能力，申请最低生活保障。")).ids[0]
    for n, step in enumerate((FileInput, partial(AssignInput, body="民政协理员"), StartInput)):
        cases.act(case_id, cases.get(case_id).version, step(at=at + timedelta(hours=n + 1)))
    township = session.centre.township or "镇"
    for stage, who, days, doc in ((Stage.VILLAGE, session.centre.village_name, 1, "村受〔2026〕7号"),
                                  (Stage.TOWNSHIP, f"{township}人民政府", 4, "镇民审〔2026〕15号"),
                                  (Stage.DISTRICT, "区民政局", 8, "区民批〔2026〕42号")):
        approvals.record_link(case_id, stage, who, (at + timedelta(days=days)).date(), Decision.APPROVED, doc)
    starts = (at + timedelta(days=9)).date()
    approvals.record_notice(case_id, "本村一户家庭（3 人）申请最低生活保障，经审批同意纳入低保", starts,
                            starts + timedelta(days=7), approvals.file(case_id).objection_default)
    cases.act(case_id, cases.get(case_id).version, FeedbackInput(result="区民政局审批同意，已告知申请人；公示中"))
    cases.act(case_id, cases.get(case_id).version, RevisitInput(satisfaction="满意"))
    return 1
