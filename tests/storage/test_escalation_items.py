"""Escalations leave as 上报件 (issue 21 item 1), on a real database: an escalated case leaves in
the next batch once, with its slip and its photos as of the escalation; the verifier and
bagit-python pass the batch; a second escalation leaves again; a case closed after its escalation
still leaves as a closed case; the case shows when its package left and when the township's
receipt came back."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import bagit
import pytest
from lxml import etree
from PIL import Image
from pypdf import PdfReader

from gridDesk.archive.receipt import sign_report, township_key
from gridDesk.archive.verify import report_text, report_xml, verify_path
from gridDesk.domain import escalations as E
from gridDesk.domain.attachments import NewAttachment
from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import Channel, TransitionRefused, WorkKind
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.cases import CasesService

MONDAY = datetime(2026, 3, 2, 9, 0)


def jpeg(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (24, 16), colour).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def cases(session, clock):
    clock.now = MONDAY.timestamp()
    return CasesService(session)


def _report(cases, title="河道堤坝渗水", kind=WorkKind.COORDINATION, files=()):
    category = cases.categories()[1].id
    return cases.report(CaseReport(title, category, kind, Channel.WALK_IN, MONDAY - timedelta(hours=1),
                                   description="堤坝下游出现渗水点，需镇水利站处置", place="东河堤"), files).ids[0]


def _do(cases, case_id, action, **kw):
    return cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[action](**kw))


def _items(stick: Path, name: str, code: str = "SBJ") -> list[Path]:
    return sorted((stick / name / "data").rglob(f"*-{code}-*.xml"))


def _facts(xml: Path) -> dict[str, str]:
    root = etree.fromstring(xml.read_bytes())
    return {e.get("名称"): e.text or "" for e in root.iter("项")}


def test_an_escalation_leaves_once_with_its_slip_and_photos_and_again_when_escalated_again(cases, session, clock,
                                                                                           tmp_path):
    case_id = _report(cases, files=[NewAttachment("现场.jpg", jpeg("red"))])
    _do(cases, case_id, A.FILE)
    clock.advance(600)
    _do(cases, case_id, A.ESCALATE, channel="paper", taken_by="镇水利站张站长", detail="村里无力处置，请镇水利站派员",
        asked_due=date(2026, 3, 6), attachments=(NewAttachment("渗水点.jpg", jpeg("blue")),))
    view = cases.get(case_id)
    assert [s.words() for s in view.escalations] == [f"上报乡镇：{view.events[-1].at:%Y-%m-%d %H:%M}（第 1 次）；未随上报包导出"]
    # a photo added after the escalation is not in its 上报件
    clock.advance(600)
    _do(cases, case_id, A.NOTE, detail="补拍", attachments=(NewAttachment("后来.jpg", jpeg("green")),))

    archive = ArchiveService(session)
    stick = tmp_path / "stick"
    stick.mkdir()
    first, report = archive.export(stick)
    assert report.passed, report_text([report])
    assert "上报件 1 件" in first.summary
    [item] = _items(stick, first.name)
    facts = _facts(item)
    number = view.number
    assert list(facts) == list(E.FIELDS)
    assert (facts[E.F_VILLAGE], facts[E.F_NUMBER], facts[E.F_ORDINAL]) == ("140105100201", number, "1")
    assert facts[E.F_ASKED_DUE] == "2026-03-06" and facts[E.F_REASON] == "村里无力处置，请镇水利站派员"
    assert facts[E.F_BY] == "王主任" and facts[E.F_KIND] == "需协调事项" and facts[E.F_PLACE] == "东河堤"
    assert facts[E.F_CHANNEL] == "纸质上报单" and facts[E.F_TAKEN_BY] == "镇水利站张站长"
    folder = item.parent
    assert sorted(p.name for p in folder.iterdir()) == sorted([item.name, "slip.pdf", "photo-01.jpg", "photo-02.jpg"])
    slip = PdfReader(folder / "slip.pdf")
    text = "".join(page.extract_text() for page in slip.pages)
    assert "事件上报单" in text and number in text and "补拍" not in text
    fonts = [f["/BaseFont"] for page in slip.pages for f in page["/Resources"]["/Font"].values()]
    assert all("/FontFile2" in f.get_object()["/FontDescriptor"] or "/DescendantFonts" in f.get_object()
               for f in (page["/Resources"]["/Font"][k] for page in slip.pages for k in page["/Resources"]["/Font"]))
    assert fonts
    key = archive.signing_key().public()
    assert all(r.passed for r in verify_path(stick, [key])), report_text(verify_path(stick, [key]))
    bagit.Bag(str(stick / first.name)).validate()
    shown = cases.get(case_id).escalations[0]
    assert shown.batch == first.name and shown.exported_at is not None and not shown.received

    # the next batch does not carry it again; a second escalation leaves as ordinal 2
    clock.advance(3600)
    second, _r = archive.export(stick)
    assert _items(stick, second.name) == []
    _do(cases, case_id, A.RETURN, detail="镇里退回：请补充渗水量")
    _do(cases, case_id, A.RESUBMIT) if A.RESUBMIT in dict(cases.steps(case_id)) else None
    steps = dict(cases.steps(case_id))
    if A.ESCALATE not in steps:
        _do(cases, case_id, A.FILE)
    _do(cases, case_id, A.ESCALATE, channel="phone", taken_by="镇水利站值班员", detail="渗水加重")
    clock.advance(3600)
    third, report = archive.export(stick)
    assert report.passed, report_text([report])
    [again] = _items(stick, third.name)
    assert _facts(again)[E.F_ORDINAL] == "2" and again.name.endswith(f"-{number.rsplit('-', 1)[1]}-2.xml")
    root = etree.fromstring(again.read_bytes())
    assert [e.findtext("业务行为") for e in root.iter("业务实体")].count(E.ESCALATE_WORD) == 2
    assert [s.ordinal for s in cases.get(case_id).escalations] == [1, 2]
    from gridDesk.storage.escalations_repo import EscalationsRepo  # the township's answer names (number, ordinal)

    with session.db.transaction() as s:
        repo = EscalationsRepo(s)
        found, none = repo.find(number, 2), repo.find(number, 3)
    assert found is not None and found[0] == case_id and none is None
    assert all(r.passed for r in verify_path(stick, [key]))
    bagit.Bag(str(stick / third.name)).validate()

    # the township's receipt for the first batch: that escalation is received, the second not yet
    township, _made = township_key(tmp_path / "township")
    archive.register_township(township.public().fingerprint())
    receipt = tmp_path / "receipt.xml"
    receipt.write_bytes(sign_report(report_xml(verify_path(stick / first.name, [key])), township))
    archive.import_receipt(receipt)
    one, two = cases.get(case_id).escalations
    assert one.received and "乡镇已签收" in one.words() and f"上报包 {first.name} 已导出" in one.words()
    assert not two.received and two.batch == third.name


def test_a_case_closed_after_escalation_leaves_as_a_closed_case_too(cases, session, clock, tmp_path):
    case_id = _report(cases, title="路灯损坏", kind=WorkKind.ORDINARY)
    _do(cases, case_id, A.FILE)
    _do(cases, case_id, A.ASSIGN, body="村两委")  # the six steps, so the closed case passes as before
    _do(cases, case_id, A.START)
    _do(cases, case_id, A.ESCALATE, channel="in_person", taken_by="镇城建办")
    archive = ArchiveService(session)
    stick = tmp_path / "stick"
    stick.mkdir()
    first, _r = archive.export(stick)
    assert len(_items(stick, first.name)) == 1 and _items(stick, first.name, "WGSJ") == []
    _do(cases, case_id, A.TOWNSHIP_SOLVED, result="镇城建办已更换路灯")
    _do(cases, case_id, A.REVISIT, satisfaction="满意")
    _do(cases, case_id, A.CLOSE, closure="solved")
    clock.advance(3600)
    second, report = archive.export(stick)
    assert report.passed, report_text([report])
    assert _items(stick, second.name) == [] and len(_items(stick, second.name, "WGSJ")) == 1
    info = (stick / second.name / "bag-info.txt").read_text(encoding="utf-8")
    assert "Case-Count: 1" in info


def test_a_batch_that_failed_carries_nothing_away(cases, session, clock, tmp_path):
    case_id = _report(cases)
    _do(cases, case_id, A.FILE)
    _do(cases, case_id, A.ESCALATE, channel="usb", taken_by="镇综治中心")
    archive = ArchiveService(session)
    missing = tmp_path / "no-such-stick"
    with pytest.raises(Exception):
        archive.export(missing)
    assert not cases.get(case_id).escalations[0].left
    stick = tmp_path / "stick"
    stick.mkdir()
    first, _r = archive.export(stick)
    assert len(_items(stick, first.name)) == 1


def test_an_implausible_deadline_is_refused_and_nothing_is_saved(cases):
    case_id = _report(cases)
    _do(cases, case_id, A.FILE)
    version = cases.get(case_id).version
    for asked, words in ((date(2026, 3, 1), "早于上报日期"), (date(2028, 3, 1), "超过 366 天"),
                         (datetime(2026, 3, 9, 8, 0), "应是一个日期")):
        with pytest.raises(TransitionRefused, match=words):
            _do(cases, case_id, A.ESCALATE, channel="paper", taken_by="镇综治中心", asked_due=asked)
    view = cases.get(case_id)
    assert view.version == version and view.escalations == ()


def test_the_demo_villages_first_batch_carries_its_escalations(tmp_path):
    from gridDesk import paths
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access
    from gridDesk.services.demo import build_demo

    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 120, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    try:
        escalated = [c for c in CasesService(session).list(None) if any(e.action == "escalate" for e in c.events)
                     or c.escalated_at is not None]
        stick = tmp_path / "stick"
        stick.mkdir()
        first, report = ArchiveService(session).export(stick)
        assert report.passed, report_text([report])
        items = [_facts(p) for p in _items(stick, first.name)]
        # the demo's two escalations: a 需协调 matter (with a deadline asked) and an emergency by phone
        assert len(items) == len(escalated) == 2 and {i[E.F_ORDINAL] for i in items} == {"1"}
        assert sorted(i[E.F_CHANNEL] for i in items) == ["电话", "纸质上报单"]
        assert sum(1 for i in items if i[E.F_ASKED_DUE]) == 1
        assert f"上报件 2 件" in first.summary
    finally:
        session.close()


def test_an_escalation_dated_before_the_previous_one_is_refused(cases, clock):
    case_id = _report(cases)
    _do(cases, case_id, A.FILE)
    clock.advance(3600)
    _do(cases, case_id, A.ESCALATE, channel="paper", taken_by="镇综治中心")
    first = cases.get(case_id).escalations[0].escalated_at
    with pytest.raises(TransitionRefused, match="早于上一次上报"):
        _do(cases, case_id, A.ESCALATE, channel="phone", taken_by="镇综治中心", at=first - timedelta(minutes=30))
    assert len(cases.get(case_id).escalations) == 1
