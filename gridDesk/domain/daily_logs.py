"""民情日志 / 日反馈 (town guide §7.1; DB3208/T 200 8.1): a grid member's working day, its sign-off
by the 网格长 (or the centre), and which working days have no entry at all."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime

from .errors import ValidationError
from .visits import FindingCategory

MAX_SLOTS = 2  # GM_V3.0's log: a morning and an afternoon slot


class LogState(str, enum.Enum):
    SUBMITTED = "submitted"  # 已提交, waiting for the 网格长
    SIGNED = "signed"  # 已签核: the member can no longer change it
    RETURNED = "returned"  # 已退回 with a reason: the member corrects and resubmits


class DayMark(str, enum.Enum):
    """What the month grid shows in one member's day."""

    ENTERED = "entered"  # a log, waiting for sign-off
    NOTHING = "nothing"  # 今日无异常, waiting for sign-off
    SIGNED = "signed"
    RETURNED = "returned"
    MISSING = "missing"  # a working day in post, over, with no entry
    OFF = "off"  # not a working day, not yet in post, or not over yet: nothing expected


@dataclass(frozen=True)
class TimeSlot:
    start: str  # "08:30"
    end: str  # "11:30"

    @property
    def minutes(self) -> int:
        return _minutes(self.end) - _minutes(self.start)


@dataclass(frozen=True)
class LogEntry:
    """What the member (or whoever types it for them) enters for one day."""

    member_id: int
    day: date
    slots: tuple[TimeSlot, ...] = ()
    places: str = ""  # where they went
    found: tuple[tuple[FindingCategory, int], ...] = ()  # problems found beyond the visit findings, by class
    solved_on_spot: int = 0
    nothing_to_report: bool = False  # 今日无异常, an entry of its own
    notes: str = ""


@dataclass(frozen=True)
class LogDay:
    """A stored day with its sign-off."""

    id: int
    entry: LogEntry
    minutes: int
    case_ids: tuple[int, ...]  # the reported problems, each a case
    state: LogState
    entered_by: str
    entered_at: datetime
    reviewed_by: str = ""
    reviewed_at: datetime | None = None
    return_reason: str = ""

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def stamp(self) -> str:
        """What a dialog saw when it opened the day: saving checks it still stands."""
        return f"{self.state.value}|{self.entered_at:%Y-%m-%dT%H:%M:%S}|{self.reviewed_at or ''}"

    @property
    def found_total(self) -> int:
        return sum(n for _c, n in self.entry.found)

    @property
    def mark(self) -> DayMark:
        if self.state is LogState.SIGNED:
            return DayMark.SIGNED
        if self.state is LogState.RETURNED:
            return DayMark.RETURNED
        return DayMark.NOTHING if self.entry.nothing_to_report else DayMark.ENTERED


@dataclass(frozen=True)
class DayVisit:
    """A visit of that member that day, shown in the log as it is in the visit log."""

    visit_id: int
    slot: str
    grid_code: str
    household_numbers: tuple[str, ...]
    findings: tuple[tuple[int, str, str, int | None], ...]  # (finding id, category, text, case id)


@dataclass(frozen=True)
class MemberMonth:
    """One row of the month grid: a member's day marks, first of the month to its last."""

    member_id: int
    name: str
    marks: tuple[DayMark, ...]

    def count(self, mark: DayMark) -> int:
        return sum(1 for m in self.marks if m is mark)


@dataclass(frozen=True)
class ToSignOff:
    log_id: int
    member_id: int
    name: str
    day: date
    state: LogState
    minutes: int
    nothing_to_report: bool


_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _minutes(text: str) -> int:
    match = _TIME.match(text.strip())
    if not match:
        raise ValidationError("slots", "daily_log.bad_time", value=text)
    return int(match.group(1)) * 60 + int(match.group(2))


MAX_FOUND = 999  # problems of one class in one member's day: more is a typing slip (and SQLite's limit is far)


def check_entry(entry: LogEntry, today: date, case_count: int = 0) -> int:
    """The entry's worked minutes, or the refusal naming the field. `case_count`: reported
    problems already linked to cases (they are found problems too)."""
    if entry.day > today:
        raise ValidationError("day", "daily_log.future")
    if len(entry.slots) > MAX_SLOTS:
        raise ValidationError("slots", "daily_log.too_many_slots", limit=MAX_SLOTS)
    total, spans = 0, []
    for slot in entry.slots:
        start, end = _minutes(slot.start), _minutes(slot.end)
        if end <= start:
            raise ValidationError("slots", "daily_log.slot_order", start=slot.start, end=slot.end)
        if any(start < e and s < end for s, e in spans):
            raise ValidationError("slots", "daily_log.slot_overlap")
        spans.append((start, end))
        total += end - start
    if any(n < 0 for _c, n in entry.found) or entry.solved_on_spot < 0:
        raise ValidationError("found", "daily_log.negative")
    if any(n > MAX_FOUND for _c, n in entry.found) or entry.solved_on_spot > MAX_FOUND:
        raise ValidationError("found", "daily_log.too_many", most=MAX_FOUND)
    found = sum(n for _c, n in entry.found)
    if entry.nothing_to_report and (found or case_count or entry.solved_on_spot):
        raise ValidationError("nothing_to_report", "daily_log.nothing_but_found")
    if not entry.nothing_to_report and not entry.slots:
        raise ValidationError("slots", "daily_log.slots_required")
    if entry.solved_on_spot + case_count > found:
        raise ValidationError("solved_on_spot", "daily_log.solved_range", found=found)
    return total
