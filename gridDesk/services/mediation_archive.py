"""A case's mediation in its archive item (ARCHIVE.md; issue 20 item 5): the mediation's record
(调解卷: intake, parties masked, investigations, sessions, outcome, follow-up visits) as a CSV, the
人民调解协议书 as its PDF when there is an agreement, and the number and outcome in the item's
内容描述. A case without a mediation gets nothing."""

from __future__ import annotations

import io

from ..archive.package import ItemFile, csv_bytes, hashed_file
from ..domain.mediation import REFERRAL_WORDS, SEVERITY_WORDS, STATE_WORDS
from ..storage.mediation_repo import MediationRepo
from .mediation import MediationService
from .session import UserSession

HEADER = ["项目", "日期", "人员", "内容"]


def mediation_parts(session: UserSession, case_id: int) -> tuple[tuple[tuple[str, str], ...], list[ItemFile]]:
    """(the 内容描述 entries, the files) the case's item carries for its mediation."""
    with session.db.transaction() as s:
        mediation_id = MediationRepo(s).of_case(case_id)
    if mediation_id is None:
        return (), []
    service = MediationService(session)
    m = service.get(mediation_id)
    files = [hashed_file("mediation.csv", f"调解卷 {m.number}", csv_bytes(HEADER, service.record_rows(mediation_id)))]
    outcome = "调解中"
    if m.outcome is not None:
        outcome = "达成协议" if m.outcome.agreed else f"未达成协议，引导至{REFERRAL_WORDS[m.outcome.referral]}" \
            if m.outcome.referral else "未达成协议"
    if m.outcome is not None and m.outcome.agreed:
        pdf = io.BytesIO()
        service.print_agreement(mediation_id, pdf, record=False)
        files.append(hashed_file("agreement.pdf", f"人民调解协议书 {m.number}", pdf.getvalue()))
    description = (("调解编号", m.number), ("纠纷等级", SEVERITY_WORDS[m.severity]), ("涉及人数", str(m.people)),
                   ("调解结果", outcome), ("调解状态", STATE_WORDS[m.state]))
    return description, files
