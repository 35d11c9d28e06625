"""Escalated cases in the archive batch (issue 21 item 1): category 上报件 (code SBJ). Each
escalation of a case (上报乡镇) leaves once, in the next batch after it, as its own item; a case
escalated again leaves again as a new escalation. Which escalations a batch carries is marked as
the filed reports are (archive_reports.py): by the batch planned, so a batch that failed is
carried again by the next. A case closed later still leaves as a closed case (网格事件) too.

THE CONTRACT with the township edition (domain/escalations.py holds the names):

- One item per escalation, in `data/电子档案/<year of the escalation>/SBJ/<档号>/`, identified by
  (village division code, case `number`, ordinal), the ordinal counting the case's escalations
  from 1. 档号 = `<division>-SBJ-<case year>-<case sequence>-<ordinal>`; 电子文件号 =
  `<case number>#<ordinal>`; 类别 = 上报件; 日期 = the escalation's date; 版本 = 1 (an
  escalation is never corrected: a new one is a new ordinal).
- 内容描述 carries, every 项 present in this order (empty text where the fact is absent):
  村级区划代码, 案件编号, 上报序次, 上报时间 (YYYY-MM-DDTHH:MM), 上报人 (name), 上报账号, 事项类型,
  类别, 问题 (the title), 情况描述, 地点, 网格 (grid code), 要求办结时限 (YYYY-MM-DD or empty),
  上报理由, 上报方式, 乡镇接收人.
- 业务实体组: the case's steps up to and including this escalation (so the count of 业务行为
  上报乡镇 in it equals the ordinal; the verifier checks this).
- Files: slip.pdf (the upward report slip, 事件上报单, as of the escalation: the steps up to it)
  and the case's photos and documents as of the escalation (photo-NN.jpg, doc-NN.pdf ...).
- The township's answer comes back naming (case number, ordinal).
"""

from __future__ import annotations

import io

from ..archive.metadata import ItemRecord, StepEntry
from ..archive.package import Item, hashed_file
from ..domain import escalations as E
from ..domain.case_flows import HANDOVER_WORDS
from ..domain.cases import ACTION_WORDS, KIND_WORDS
from ..domain.step_words import step_word
from .clock import local_dt
from .people_names import names_for_print
from .session import UserSession


def escalation_items(session: UserSession, batch: str) -> list[Item]:
    """Every escalation no recorded batch carried, each marked as going in `batch`, as items."""
    from ..storage.archive_repo import ArchiveRepo
    from ..storage.attachments_repo import AttachmentsRepo
    from ..storage.cases_repo import CasesRepo
    from ..storage.escalations_repo import EscalationsRepo

    with session.db.transaction(writes=True) as s:
        recorded = {b.name for b in ArchiveRepo(s).batches()}
        pending = [(r.case_id, r.event_id, r.ordinal, r.asked_due, r.reason, r.attachments_upto)
                   for r, _e in EscalationsRepo(s).to_send(recorded, batch)]
    if not pending:
        return []
    names = names_for_print(session)
    from .printouts import PrintService

    font = PrintService(session).font_file()
    items = []
    for case_id, event_id, ordinal, asked_due, reason, upto in pending:
        with session.db.transaction() as s:
            repo = CasesRepo(s)
            view = repo.view(repo.row(case_id))
            handover = EscalationsRepo(s).handover(event_id)
            attached = [(a, data) for a, data in AttachmentsRepo(s).with_data("case", case_id) if a.id <= upto]
        items.append(_item(session, view, event_id, ordinal, asked_due, reason, handover, attached, names, font))
    return items


def _item(session: UserSession, view, event_id: int, ordinal: int, asked_due, reason: str, handover, attached,
          names, font) -> Item:
    centre = session.centre
    index = next(i for i, e in enumerate(view.events) if e.id == event_id)
    events = view.events[:index + 1]
    event = events[-1]
    kind = KIND_WORDS[view.work_kind.value]
    channel = HANDOVER_WORDS.get(handover[0], handover[0]) if handover is not None else ""
    taken_by = handover[1] if handover is not None else ""
    by = names.person(event.account)
    facts = {E.F_VILLAGE: centre.division_code, E.F_NUMBER: view.number, E.F_ORDINAL: str(ordinal),
             E.F_AT: event.at.isoformat(timespec="minutes"), E.F_BY: by, E.F_ACCOUNT: event.account,
             E.F_KIND: kind, E.F_CATEGORY: view.category, E.F_TITLE: view.title, E.F_DESCRIPTION: view.description,
             E.F_PLACE: view.place, E.F_GRID: view.grid_code,
             E.F_ASKED_DUE: f"{asked_due:%Y-%m-%d}" if asked_due else "", E.F_REASON: reason,
             E.F_CHANNEL: channel, E.F_TAKEN_BY: taken_by}
    record = ItemRecord(E.archival_code(centre.division_code, view.number, ordinal), E.file_number(view.number, ordinal),
                        f"{view.title}（第 {ordinal} 次上报乡镇）", f"{centre.village_name}综治中心",
                        f"{event.at:%Y-%m-%d}", E.CATEGORY,
                        description=tuple((name, facts[name]) for name in E.FIELDS),
                        steps=tuple(StepEntry(step_word(e.action), e.at.isoformat(timespec="minutes"), e.account,
                                              e.detail) for e in events),
                        steps_note=f"上报件：办理经过截至第 {ordinal} 次上报乡镇")
    files = [hashed_file(E.SLIP_FILE, "事件上报单", _slip_pdf(session, view, events, names, kind, font))]
    for n, (a, data) in enumerate(attached, 1):
        ext = a.name.rsplit(".", 1)[-1].lower() if "." in a.name else "bin"
        ext = "jpg" if ext == "jpeg" else ext
        files.append(hashed_file(f"{'photo' if a.kind == 'photo' else 'doc'}-{n:02d}.{ext}", a.name, data))
    return Item(record, tuple(files))


def _slip_pdf(session: UserSession, view, events, names, kind: str, font) -> bytes:
    """The slip as printed from the case (CasesService.print_escalation_slip), as of the escalation."""
    from ..printing.escalation_slip import EscalationSlip, write_escalation_slip

    last = events[-1]
    slip = EscalationSlip(
        session.centre.village_name, session.centre.township or "乡镇", view.number, view.title, view.category, kind,
        f"{view.reported_at:%Y-%m-%d %H:%M}", view.place, "、".join(view.people), view.description,
        f"{last.detail}（{last.at:%Y-%m-%d %H:%M}，经办人：{names.person(last.account)}）",
        tuple((f"{e.at:%Y-%m-%d %H:%M}", ACTION_WORDS.get(e.action, e.action), e.detail) for e in events),
        names.person(last.account), f"{local_dt(session.clock()):%Y-%m-%d %H:%M}")
    out = io.BytesIO()
    write_escalation_slip(slip, out, font)
    return out.getvalue()
