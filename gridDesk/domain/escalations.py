"""An escalation (上报乡镇) as the township receives it: each hand-over of a case is its own
上报件 in the next archive batch, identified by (village division code, case number, ordinal),
the ordinal counting the case's escalations from 1. The item's metadata names below are the
contract with the township edition (services/archive_escalations.py writes them, the verifier
and the township read them); `EscalationStatus` is what the case shows of its journey."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .step_words import RECORD_WORDS

CATEGORY = "上报件"  # the archive category (code SBJ)
CATEGORY_CODE = "SBJ"

# 内容描述 项 names of a 上报件, in this order; every one present (an empty text where the fact is
# absent: no deadline asked, no reason typed).
F_VILLAGE = "村级区划代码"
F_NUMBER = "案件编号"
F_ORDINAL = "上报序次"
F_AT = "上报时间"  # ISO, minutes: 2026-05-04T09:30
F_BY = "上报人"  # the name as the township knows the person
F_ACCOUNT = "上报账号"
F_KIND = "事项类型"
F_CATEGORY = "类别"
F_TITLE = "问题"
F_DESCRIPTION = "情况描述"
F_PLACE = "地点"
F_GRID = "网格"
F_ASKED_DUE = "要求办结时限"  # YYYY-MM-DD, or empty
F_REASON = "上报理由"
F_CHANNEL = "上报方式"
F_TAKEN_BY = "乡镇接收人"
FIELDS = (F_VILLAGE, F_NUMBER, F_ORDINAL, F_AT, F_BY, F_ACCOUNT, F_KIND, F_CATEGORY, F_TITLE, F_DESCRIPTION,
          F_PLACE, F_GRID, F_ASKED_DUE, F_REASON, F_CHANNEL, F_TAKEN_BY)
# Facts without which the township cannot act on the item.
REQUIRED = (F_VILLAGE, F_NUMBER, F_ORDINAL, F_AT, F_BY, F_KIND, F_CATEGORY, F_TITLE)
SLIP_FILE = "slip.pdf"  # the upward report slip as printed, as of the escalation
ESCALATE_WORD = RECORD_WORDS["escalate"]  # the 业务实体's 业务行为 of an escalation, from the one table

# How far ahead a village may ask the township to finish (a longer ask is a typing slip).
MAX_ASKED_DAYS = 366


def archival_code(division: str, number: str, ordinal: int) -> str:
    """<division>-SBJ-<year>-<case sequence>-<ordinal>: one per escalation, never reused."""
    _village, year, seq = (["", "", ""] + number.rsplit("-", 2))[-3:]
    return f"{division}-{CATEGORY_CODE}-{year}-{seq}-{ordinal}"


def file_number(number: str, ordinal: int) -> str:
    """电子文件号: the case number and the ordinal, as the township's answer names them."""
    return f"{number}#{ordinal}"


def asked_due_problem(asked: date | None, escalated_on: date) -> str:
    """'' when the deadline asked of the township is absent or plausible; else a catalogue code."""
    if asked is None:
        return ""
    if not isinstance(asked, date) or isinstance(asked, datetime):
        return "escalation.asked_due_type"
    if asked < escalated_on:
        return "escalation.asked_due_past"
    if (asked - escalated_on).days > MAX_ASKED_DAYS:
        return "escalation.asked_due_far"
    return ""


@dataclass(frozen=True)
class EscalationStatus:
    """One escalation of a case and how far its 上报件 got: not yet in a recorded batch (batch
    ''), exported in `batch` at `exported_at`, and received when the township's receipt marking
    that batch was imported (`received_at`)."""

    ordinal: int
    escalated_at: datetime
    account: str
    asked_due: date | None = None
    reason: str = ""
    batch: str = ""
    exported_at: datetime | None = None
    received_at: datetime | None = None

    @property
    def left(self) -> bool:
        return bool(self.batch)

    @property
    def received(self) -> bool:
        return self.received_at is not None

    def words(self) -> str:
        """The case detail's line, in Chinese (the UI says the same through tr())."""
        parts = [f"{ESCALATE_WORD}：{self.escalated_at:%Y-%m-%d %H:%M}（第 {self.ordinal} 次）"]
        if not self.left:
            parts.append("未随上报包导出")
        else:
            parts.append(f"上报包 {self.batch} 已导出 {self.exported_at:%Y-%m-%d %H:%M}")
            if self.received:
                parts.append(f"乡镇回执 {self.received_at:%Y-%m-%d %H:%M}，乡镇已签收")
        return "；".join(parts)
