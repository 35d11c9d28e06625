"""The verifier on 上报件 items (issue 21 item 1): a good one passes; one without its slip, with an
ordinal its steps, code or file number contradict, another village's, or one repeating (case
number, ordinal) fails the 上报件 check with a clear reason."""

from __future__ import annotations

from io import BytesIO

import bagit
import pytest

from dataclasses import replace

from gridDesk.archive.audit_anchor import batch_fields, build_segment
from gridDesk.archive.metadata import ItemRecord, StepEntry
from gridDesk.archive.package import Batch, Item, ItemFile, build_batch
from gridDesk.archive.verify import report_text, verify_bag
from gridDesk.domain import escalations as E
from gridDesk.printing.ledger import Form, FormSection, write_form
from gridDesk.security.audit_chain import GENESIS
from gridDesk.security.sm import SigningKey

VILLAGE = "140105100201"
CHECK = "每件上报件有上报单、必备信息齐全、序次正确且不重复"


def _pdf() -> bytes:
    out = BytesIO()
    write_form(Form("事件上报单", "杏花村", "2026-11-23", (FormSection("一、基本情况", (("编号", "X-1"),)),)), out)
    return out.getvalue()


def escalation(number: str = f"{VILLAGE}-2026-00007", ordinal: int = 1, escalated: int | None = None,
               slip: bool = True, village: str = VILLAGE, code_ordinal: int | None = None,
               drop: str = "") -> Item:
    """A 上报件 as services/archive_escalations.py writes it; the keywords spoil one thing."""
    escalated = ordinal if escalated is None else escalated
    steps = [StepEntry("问题上报", "2026-10-10T09:00", "zhang"), StepEntry("案卷建立", "2026-10-10T10:00", "wang")]
    steps += [StepEntry(E.ESCALATE_WORD, f"2026-10-{11 + i:02d}T09:00", "wang", "上报方式：电话")
              for i in range(escalated)]
    facts = {E.F_VILLAGE: village, E.F_NUMBER: number, E.F_ORDINAL: str(ordinal), E.F_AT: steps[-1].at,
             E.F_BY: "王主任", E.F_ACCOUNT: "wang", E.F_KIND: "需协调事项", E.F_CATEGORY: "基础设施",
             E.F_TITLE: "河道堤坝渗水", E.F_DESCRIPTION: "渗水", E.F_PLACE: "东河堤", E.F_GRID: "01",
             E.F_ASKED_DUE: "", E.F_REASON: "无力处置", E.F_CHANNEL: "电话", E.F_TAKEN_BY: "刘强"}
    on_code = ordinal if code_ordinal is None else code_ordinal
    record = ItemRecord(E.archival_code(village, number, on_code), E.file_number(number, on_code),
                        f"河道堤坝渗水（第 {ordinal} 次上报乡镇）", "杏花村综治中心", steps[-1].at[:10], E.CATEGORY,
                        description=tuple((k, v) for k, v in facts.items() if k != drop),
                        steps=tuple(steps), steps_note="上报件")
    files = (ItemFile(E.SLIP_FILE if slip else "other.pdf", "事件上报单", _pdf()),)
    return Item(record, files)


def _bag(tmp_path, key, items):
    batch = Batch(f"ZZ-{VILLAGE}-2026-0001", "杏花村综治中心", "王主任", "0351-1234567", items,
                  bagging_date="2026-11-23", **batch_fields(build_segment([], 0, GENESIS, str)))
    return build_batch(batch, tmp_path, key).folder


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate()


def _reason(report) -> str:
    return next(c.reason for c in report.checks if c.name == CHECK)


def test_good_escalation_items_pass_and_bagit_python_agrees(tmp_path, key):
    bag = _bag(tmp_path, key, [escalation(), escalation(ordinal=2),
                               escalation(number=f"{VILLAGE}-2026-00008")])
    report = verify_bag(bag, [key.public()])
    assert report.passed, report_text([report])
    assert any(c.name == CHECK and c.ok for c in report.checks)
    bagit.Bag(str(bag)).validate()


@pytest.mark.parametrize("items, words", [
    ([escalation(slip=False)], "没有上报单（slip.pdf）"),
    ([escalation(ordinal=2, escalated=1)], "上报序次 2 不对：办理经过里是第 1 次上报乡镇"),
    ([escalation(ordinal=1, code_ordinal=3, escalated=1)], "上报序次 1 不对"),
    # the same escalation sent twice (as a "new version": an escalation is never corrected)
    ([escalation(), (lambda i: replace(i, record=replace(i.record, version=2)))(escalation())],
     "案件 140105100201-2026-00007 的第 1 次上报在包里出现了不止一次"),
    ([escalation(village="140105100202")], "村级区划代码 140105100202 与包的村 140105100201 不一致"),
    ([escalation(drop=E.F_REASON)], "缺少 上报理由"),
    ([escalation(drop=E.F_NUMBER)], "缺少 案件编号"),
])
def test_a_spoilt_escalation_item_fails_with_its_reason(tmp_path, key, items, words):
    report = verify_bag(_bag(tmp_path, key, items), [key.public()])
    assert not report.passed
    assert words in _reason(report), report_text([report])


def test_the_reason_reads_in_english(tmp_path, key):
    report = verify_bag(_bag(tmp_path, key, [escalation(slip=False)]), [key.public()])
    check = next(c for c in report.checks if c.name == CHECK)
    assert "has no report slip (slip.pdf)" in check.reason_in("en")
    assert "Every escalation item has its slip" in check.name_in("en")
