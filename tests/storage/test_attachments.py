"""Attachments on a real database: stored with their step, checked, audited when opened or saved."""

from __future__ import annotations

from datetime import datetime

import pytest

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.accounts import Role
from gridDesk.domain.attachments import MAX_BYTES, NewAttachment
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, Channel, TransitionRefused, WorkKind
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.services.accounts import AccountsService
from gridDesk.services.attachments import AttachmentsService, load_attachment
from gridDesk.services.audit import AuditService
from gridDesk.services.cases import CasesService
from gridDesk.storage.audit_repo import AuditFilter

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200
PDF = b"%PDF-1.4\n" + b"x" * 100


@pytest.fixture
def cases(session, clock):
    clock.now = datetime(2026, 3, 2, 9, 0).timestamp()
    return CasesService(session)


def _report(cases, files=()):
    category = cases.categories()[1].id
    return cases.report(CaseReport("围墙开裂", category, WorkKind.ORDINARY, Channel.WALK_IN,
                                   datetime(2026, 3, 2, 8, 30)), files).ids[0]


def test_photos_and_documents_go_with_the_intake_and_the_steps(cases, session, tmp_path):
    case_id = _report(cases, [NewAttachment("C:\\照片\\现场.jpg", JPEG)])
    cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[CaseAction.FILE]())
    cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[CaseAction.ASSIGN](body="李四", attachments=[NewAttachment("交办单.pdf", PDF), NewAttachment("补拍.JPG", JPEG)]))
    service = AttachmentsService(session)
    listed = service.listed("case", case_id)
    assert [(a.name, a.kind, a.step) for a in listed] == [
        ("现场.jpg", "photo", "report"), ("交办单.pdf", "document", "assign"), ("补拍.JPG", "photo", "assign")]
    events = {e.action: e.id for e in cases.get(case_id).events}
    assert listed[1].event_id == events["assign"]
    attachment, data = service.open(listed[0].id)
    assert data == JPEG and attachment.size == len(JPEG)
    out = tmp_path / "out.pdf"
    service.save_to(listed[1].id, out)
    assert out.read_bytes() == PDF
    rows, _total = AuditService(session).query(AuditFilter())
    assert any(r.action == "unmask" and "现场.jpg" in r.detail for r in rows)
    assert any(r.action == "export" and "交办单.pdf" in r.detail for r in rows)


def test_bad_files_are_refused_in_plain_words_and_nothing_is_half_written(cases, session, tmp_path):
    with pytest.raises(ValidationError, match="空文件"):
        _report(cases, [NewAttachment("a.jpg", b"")])
    with pytest.raises(ValidationError, match="类型不能作附件"):
        _report(cases, [NewAttachment("病毒.exe", b"MZ" * 10)])
    with pytest.raises(ValidationError, match="扩展名不符"):
        _report(cases, [NewAttachment("假照片.jpg", b"hello")])
    with pytest.raises(ValidationError, match="超过了 20 MB"):
        _report(cases, [NewAttachment("大.pdf", b"%PDF" + b"0" * MAX_BYTES)])
    assert cases.list(None) == []  # no case was made by any refused intake
    with pytest.raises(ValidationError, match="找不到文件"):
        load_attachment(tmp_path / "nope.jpg")
    case_id = _report(cases)
    # A refused step keeps its files out too.
    with pytest.raises(TransitionRefused):
        cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[CaseAction.CLOSE](attachments=[NewAttachment("x.pdf", PDF)]))
    assert AttachmentsService(session).listed("case", case_id) == []


def test_saving_an_attachment_out_needs_the_export_right(cases, session, access, tmp_path):
    from gridDesk.domain.roster import Grid, GridKind
    from gridDesk.services.grids import GridService

    grids = GridService(session)
    code = grids.next_code()
    grids.save(Grid(code, "第一网格", GridKind.RURAL))
    category = cases.categories()[1].id
    case_id = cases.report(CaseReport("围墙开裂", category, WorkKind.ORDINARY, Channel.WALK_IN,
                                      datetime(2026, 3, 2, 8, 30), grid_code=code),
                           [NewAttachment("现场.png", b"\x89PNG" + b"0" * 50)]).ids[0]
    AccountsService(session, access).add("viewer", "只读员", Role.GRID_MEMBER, "Viewer@2026x")
    AccountsService(session, access).set_grids("viewer", [code])  # it sees the case: seeing is not saving out
    viewer = access.login("viewer", "Viewer@2026x")
    attachment = AttachmentsService(viewer).listed("case", case_id)[0]
    with pytest.raises(PermissionDenied):
        AttachmentsService(viewer).save_to(attachment.id, tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()
