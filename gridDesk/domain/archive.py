"""The export history of archive packages, and what an export may carry out of the centre."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import NamedTuple

from .errors import ValidationError
from .text import clean_text


@dataclass(frozen=True)
class ExportProfile:
    """Privacy by recipient: by default ID numbers and phones go out masked and the sensitive
    key groups (severe mental disorder, community correction, drug use…) stay in the centre."""

    full_numbers: bool = False
    sensitive_groups: bool = False
    reason: str = ""  # required for either, and recorded

    def check(self) -> ExportProfile:
        """The profile with its reason cleaned (it goes into bag-info.txt, one line)."""
        reason = clean_text(self.reason, 200, "reason")
        if (self.full_numbers or self.sensitive_groups) and len(reason) < 2:
            raise ValidationError("reason", "archive.reason_required")
        return replace(self, reason=reason)

    def describe(self) -> str:
        parts = ["身份证号和电话" + ("完整" if self.full_numbers else "已遮蔽"),
                 "含敏感重点人群" if self.sensitive_groups else "不含敏感重点人群（严重精神障碍、社区矫正、吸毒等）"]
        if self.reason.strip():
            parts.append(f"原因：{self.reason.strip()}")
        return "；".join(parts)


@dataclass(frozen=True)
class ExportBatch:
    id: int
    name: str
    created_at: datetime
    account: str
    digest_sm3: str
    previous_digest: str
    period_from: datetime | None
    period_to: datetime
    summary: str
    profile: str
    written_to: str
    received_at: datetime | None


class PendingCase(NamedTuple):
    """A closed case the next archive batch carries."""

    case_id: int
    row_version: int
    archival_version: int  # > 1: a correction of a case already sent
