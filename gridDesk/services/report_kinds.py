"""The report builder registry (issue 20 item 3): each report kind is one object that says what it
is and how it is built, printed and kept; the reports service, the calendar, the archive batch,
the 报表 page and `griddesk report KIND` all walk this registry, so a new kind is one line:

    register(ReportKind("disputes", "矛盾纠纷排查调处情况统计表", PeriodKind.MONTH, 5,
                        compute, pdf, xlsx, xml))

`compute(session, period) -> data` reads what it needs through the session (a UserSession; the
reports service has checked the account and the period); `pdf(data, out, font_file=None) ->
pages`, `xlsx(data, path) -> rows` and `xml(data) -> bytes` take that plain data alone.
`digest(data)` says what the report says, for refiling: a report whose figures have not changed
is not filed twice; by default the SHA-256 of its XML.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..domain.report_periods import PeriodKind


def _xml_digest(kind: "ReportKind") -> Callable[[Any], str]:
    return lambda data: hashlib.sha256(kind.xml(data)).hexdigest()


@dataclass(frozen=True)
class ReportKind:
    kind: str  # the command line's word and the calendar's key: ASCII, at most 16 characters
    title: str  # 月报, 季报 …: the calendar's and the archive's words
    periodicity: PeriodKind
    default_due_day: int  # the day of the month after the period, until the director changes it
    compute: Callable[[Any, Any], Any]
    pdf: Callable[..., int]
    xlsx: Callable[[Any, Path], int]
    xml: Callable[[Any], bytes]
    digest: Callable[[Any], str] | None = field(default=None, compare=False)
    # (kind, period) the data says it is; by default its own .kind and .period
    identity: Callable[[Any], tuple[str, str]] | None = field(default=None, compare=False)

    def content_digest(self, data: Any) -> str:
        return (self.digest or _xml_digest(self))(data)

    def data_of(self, data: Any) -> tuple[str, str]:
        """(kind, period) of computed data, for checking it is the report asked for."""
        if self.identity is not None:
            return self.identity(data)
        return str(getattr(data, "kind", "")), str(getattr(data, "period", ""))


KINDS: dict[str, ReportKind] = {}


def register(*kinds: ReportKind) -> None:
    for k in kinds:
        if not (k.kind.isascii() and k.kind.isidentifier() and len(k.kind) <= 16):
            raise ValueError(f"a report kind is a short ASCII word: {k.kind!r}")
        if k.kind in KINDS:
            raise ValueError(f"report kind {k.kind} registered twice")
        KINDS[k.kind] = k


def all_kinds() -> list[ReportKind]:
    _load()
    return list(KINDS.values())


def kind_named(name: object) -> ReportKind:
    """The kind, or a refusal that names the kinds there are."""
    _load()
    found = KINDS.get(name) if isinstance(name, str) else None
    if found is None:
        raise ValidationError("kind", "report.unknown_kind", value=str(name)[:20], kinds=", ".join(KINDS))
    return found


def kind_word(kind: ReportKind) -> object:
    """The kind as a word of the catalogue (report.kind.<kind>), else its own name."""
    from ..domain import catalogue

    code = f"report.kind.{kind.kind}"
    return catalogue.Word(code) if catalogue.has(code) else kind.kind


_loaded: list[bool] = []


def _load() -> None:
    """The kinds, registered on first use (their modules build on ReportKind above)."""
    if _loaded:
        return
    _loaded.append(True)
    # -- the kinds: one line each ---------------------------------------------------------------
    from .dispute_kind import DISPUTES
    from .summary_reports import SUMMARY_KINDS

    register(*SUMMARY_KINDS)
    register(DISPUTES)  # the monthly dispute report (矛盾纠纷排查调处情况统计表)
