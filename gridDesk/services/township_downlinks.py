"""Tasks and training sessions the township sends down (issue 21 item 2; `griddesk township task|
training`): each kept for its village, unsent, until the next reply carries it
(services/township_reply.py), where the village's import makes a task a 乡镇交办 case typed per the
准入清单 and records the attendance of the members named.

A task's type must be on the township's 准入清单 (domain/township.ADMISSION_LIST, or the list in
the setting "task_types"): the Measures let only listed tasks be put on grid members. A person at
a training session is named as the village knows them: by name with the village's member id
(known to the township from the village's review results) or with the masked ID number; a name
the township cannot tie to either is refused here, in words, rather than sent as a guess."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from ..archive.reply import LINE_LIMIT, MASKED_ID, TEXT_LIMIT, Presence
from ..domain.catalogue import Word
from ..domain.errors import ValidationError
from ..domain.text import refuse_controls
from ..domain.township import ADMISSION_LIST, TownshipAction, TownshipError, check_village_code
from ..storage.township.downlinks_repo import PendingPerson, TownshipDownlinksRepo
from ..storage.township.repo import TownshipRepo
from .township import TownshipSession, now_iso

ATTENDEE_LIMIT = 100  # a village's grid members and staff are some tens; more is a list gone wrong
GRID_LIMIT = 50
HOURS_LIMIT = 24 * 7  # the village's own limit for a session (domain/training.check_session)
DUE_YEARS = 5  # the reply format refuses a date further off (archive/reply.py _day)
_GRID = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")
_ID_DIGITS = re.compile(r"[0-9]{14}")  # 14 digits in a row: a whole ID number (15 or 18), typed after the name


@dataclass(frozen=True)
class TaskSent:
    ids: tuple[int, ...]
    villages: tuple[str, ...]  # one task row per village
    type_name: str
    title: str
    due_on: date


@dataclass(frozen=True)
class AttendeeIn:
    name: str
    id_masked: str = ""  # 6 digits, 8 stars, 4 characters
    presence: Presence = Presence.PRESENT
    hours: float | None = None
    score: float | None = None
    passed: bool | None = None
    reason: str = ""


@dataclass(frozen=True)
class TrainingSent:
    id: int
    village: str
    topic: str
    starts_at: datetime
    hours: float
    attendees: int


def _line(value: object, limit: int, field: str, required: bool = False, multiline: bool = False) -> str:
    text = unicodedata.normalize("NFC", str(value or "")).strip()
    refuse_controls(text.replace("\n", " ").replace("\t", " ") if multiline else text, field, f"township.field.{field}")
    if required and not text:
        raise ValidationError(field, "township.down.required", field=Word(f"township.field.{field}"))
    if len(text) > limit:
        raise ValidationError(field, "township.text_long", field=Word(f"township.field.{field}"), limit=limit,
                              length=len(text))
    return text


def admission_list(session: TownshipSession) -> tuple[str, ...]:
    """The 准入清单 the township types its tasks by."""
    with session.db.transaction() as s:
        kept = TownshipRepo(s).settings().get("task_types", "")
    try:
        names = tuple(str(n) for n in json.loads(kept)) if kept else ()
    except ValueError:
        names = ()
    return names or ADMISSION_LIST


def _villages(session: TownshipSession, village: str | None) -> list[str]:
    with session.db.transaction() as s:
        registered = [v.code for v in TownshipRepo(s).villages()]
    if village is None:
        if not registered:
            raise TownshipError("township.down.no_villages")
        return registered
    code = check_village_code(village, session.code)
    if code not in registered:
        raise TownshipError("township.reply.no_village", village=code)
    return [code]


def _day(value: object, field: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value or "").strip())
    except ValueError:
        raise ValidationError(field, "township.down.bad_date", value=str(value or "")[:30]) from None


def send_task(session: TownshipSession, village: str | None, type_name: str, title: str, due_on: object,
              document: str = "", details: str = "", grids=()) -> TaskSent:
    """A task for one village (its code) or every registered village (None), typed per the 准入清单;
    grids: the village's grid codes, none for every grid."""
    session.require(TownshipAction.SEND_DOWN)
    type_name = _line(type_name, 64, "task_type", required=True)
    listed = admission_list(session)
    if type_name not in listed:
        raise ValidationError("task_type", "township.down.not_listed", task_type=type_name, names=list(listed))
    title = _line(title, LINE_LIMIT, "title", required=True)
    document = _line(document, LINE_LIMIT, "document")
    details = _line(details, TEXT_LIMIT, "details", multiline=True)
    due = _day(due_on, "due_on")
    today = date.today()
    if due < today or due.year > today.year + DUE_YEARS:
        raise ValidationError("due_on", "township.down.due_range", value=due.isoformat(), years=DUE_YEARS)
    grids = [str(g or "").strip() for g in (grids or ())]
    if len(grids) > GRID_LIMIT:
        raise ValidationError("grids", "township.down.too_many", what=Word("township.field.grids"), count=len(grids), limit=GRID_LIMIT)
    for g in grids:
        if not _GRID.match(g):
            raise ValidationError("grids", "township.down.bad_grid", grid=g[:40])
    grids = list(dict.fromkeys(grids))
    codes = _villages(session, village)
    at = datetime.now().replace(microsecond=0).isoformat()
    with session.db.transaction(writes=True) as s:
        repo = TownshipDownlinksRepo(s)
        ids = tuple(repo.add_task(code, type_name, title, due.isoformat(), document, details, tuple(grids),
                                  session.username, at) for code in codes)
        TownshipRepo(s).audit(now_iso(), session.username, "task_down", " ".join(codes)[:2000],
                              f"{type_name}: {title}")
    return TaskSent(ids, tuple(codes), type_name, title, due)


def parse_attendee(spec: str) -> AttendeeIn:
    """NAME, or NAME/MASKED-ID (the command line's --attendee)."""
    name, _slash, masked = str(spec or "").partition("/")
    return AttendeeIn(name, masked.strip())


def _number(value: object, field: str, low: float, high: float) -> float | None:
    if value is None or value == "":
        return None
    try:
        n = float(str(value).strip())
    except ValueError:
        n = math.nan
    if not math.isfinite(n) or not low <= n <= high:
        raise ValidationError(field, "township.down.bad_number", field=Word(f"township.field.{field}"), value=str(value)[:20], low=low,
                              high=high)
    return round(n, 1)


def _starts(value: object) -> datetime:
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    try:
        return datetime.strptime(str(value or "").strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError("starts_at", "township.down.bad_time", value=str(value or "")[:30]) from None


def _people(attendees, ids: dict[str, set[int]], hours: float, assessed: bool) -> list[PendingPerson]:
    attendees = list(attendees or ())
    if not attendees:
        raise ValidationError("attendees", "township.down.no_attendees")
    if len(attendees) > ATTENDEE_LIMIT:
        raise ValidationError("attendees", "township.down.too_many", what=Word("township.field.attendees"), count=len(attendees),
                              limit=ATTENDEE_LIMIT)
    out, seen = [], set()
    for n, a in enumerate(attendees, 1):
        if _ID_DIGITS.search(re.sub(r"\s", "", unicodedata.normalize("NFKC", str(a.name or "")))):
            # never kept nor sent, nor said back (the refusal may be logged): only its place in the list
            raise ValidationError("attendee", "township.down.id_in_name", n=n)
        name = _line(a.name, 32, "attendee", required=True)
        masked = _line(a.id_masked, 18, "id_masked")
        if masked and not MASKED_ID.match(masked):
            raise ValidationError("id_masked", "township.down.bad_masked_id", name=name, value=masked)
        key = (name, masked)
        if key in seen:
            raise ValidationError("attendees", "township.down.person_twice", name=name)
        seen.add(key)
        known = ids.get(name, set())
        member_id = next(iter(known)) if len(known) == 1 else None
        if member_id is None and not masked:
            raise TownshipError("township.down.who", name=name)
        try:
            presence = a.presence if isinstance(a.presence, Presence) else Presence(str(a.presence))
        except ValueError:
            raise ValidationError("presence", "township.down.bad_presence", name=name,
                                  value=str(a.presence)[:20]) from None
        reason = _line(a.reason, LINE_LIMIT, "reason")
        if presence is Presence.EXCUSED and not reason:
            raise ValidationError("reason", "township.down.excused_reason", name=name)
        person_hours = _number(a.hours, "hours", 0, hours)
        score = _number(a.score, "score", 0, 100)
        if (score is not None or a.passed is not None) and not assessed:
            raise ValidationError("score", "township.down.not_assessed", name=name)
        if presence is not Presence.PRESENT and (score is not None or a.passed):
            raise ValidationError("score", "township.down.absent_scored", name=name)
        out.append(PendingPerson(name, member_id, masked, presence.value,
                                 "" if person_hours is None else f"{person_hours:g}",
                                 "" if score is None else f"{score:g}", a.passed, reason))
    return out


def send_training(session: TownshipSession, village: str, topic: str, starts_at: object, hours: object,
                  place: str = "", trainer: str = "", assessed: bool = False, attendees=()) -> TrainingSent:
    """A training session the township held, with who of the village attended; it must have
    started already (attendance is what happened)."""
    session.require(TownshipAction.SEND_DOWN)
    [code] = _villages(session, village)
    topic = _line(topic, LINE_LIMIT, "topic", required=True)
    place = _line(place, LINE_LIMIT, "place")
    trainer = _line(trainer, 64, "trainer")
    starts = _starts(starts_at)
    if starts > datetime.now() or starts.year < 2000:
        raise ValidationError("starts_at", "township.down.not_held", value=f"{starts:%Y-%m-%d %H:%M}")
    length = _number(hours, "hours", 0.1, HOURS_LIMIT)
    if length is None:
        raise ValidationError("hours", "township.down.required", field=Word("township.field.hours"))
    with session.db.transaction() as s:
        ids = TownshipDownlinksRepo(s).member_ids(code)
    people = _people(attendees, ids, length, bool(assessed))
    at = datetime.now().replace(microsecond=0).isoformat()
    with session.db.transaction(writes=True) as s:
        training_id = TownshipDownlinksRepo(s).add_training(code, topic, f"{starts:%Y-%m-%dT%H:%M}", f"{length:g}",
                                                            place, trainer, bool(assessed), people, session.username,
                                                            at)
        TownshipRepo(s).audit(now_iso(), session.username, "training_down", code,
                              f"{starts:%Y-%m-%d} {topic}: {len(people)}")
    return TrainingSent(training_id, code, topic, starts, length, len(people))
