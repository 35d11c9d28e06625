"""The township's reply package at the village (`griddesk archive reply PATH`, the 导入乡镇回复包
button): verified against the township key registered here (archive/reply_read.py), then each
item lands in its place as the township's word, through the same rules as a step typed by hand:
- receipts mark this village's batches received (the digest is the batch's own package digest);
- answers advance the escalated case through the case's own steps (指导意见 -> 乡镇指导意见,
  退回 -> 退回, 已办结 -> 乡镇办结, 上报县级 -> a note; the case waits on), each with who answered at
  the township; an answer to a case that is no longer waiting for it (closed, or moved on, or
  escalated again since) is KEPT and shown on the case as a note, not applied;
- second reviews complete the member's quarter (复评), with the points the township changed;
- tasks arrive as cases the township assigned (渠道 乡镇交办) typed per the 准入清单, one per grid
  named (or one for all grids);
- township training sessions are recorded with the attendance of the members named; a person is
  matched by name plus the member id, or name plus the masked ID number (first 6, last 4) when it
  points to exactly one member; anyone else is kept and listed, never invented.
Each item is kept in `reply_items` under (township key, kind, the township's key for it): the same
reply twice changes nothing, and an item kept once is tried again when a later reply carries it.
Every item is on the audit log with the township person who said it."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..archive.reply import (AnswerKind, Attendee, EscalationAnswer, PersonRef, Presence, Reply, ReplyError,
                             SecondReview, TaskDown, TrainingDown)
from ..archive.reply_read import read_reply, reply_digest
from ..domain.attachments import NewAttachment
from ..domain.audit import Action
from ..domain.case_inputs import NoteInput, ReturnInput, TownshipInstructsInput, TownshipSolvedInput
from ..domain.case_records import CaseReport
from ..domain.cases import STATE_LABELS, CaseState, Channel, WorkKind
from ..domain.catalogue import ZH, Message, Word, has
from ..domain.errors import GridDeskError
from ..domain.rules import Permission
from ..domain.task_types import TaskChoice
from ..domain.training import Attendance, TrainingLevel, TrainingSession, check_attendance, check_session
from ..domain.training import Presence as Came
from ..storage.archive_repo import ArchiveRepo
from ..storage.centre_repo import CentreRepo
from ..storage.grids_repo import GridsRepo
from ..storage.replies_repo import RepliesRepo, StoredImport, StoredItem
from ..storage.team_repo import TeamRepo
from ..storage.training_repo import TrainingRepo
from .archive_receipts import TOWNSHIP_FINGERPRINT
from .clock import local_dt
from .guard import rule
from .session import UserSession

APPLIED, ALREADY, KEPT = "applied", "already", "kept"
KIND_WORDS = {"receipt": "回执", "answer": "答复", "review": "复评", "task": "任务", "training": "培训"}
_PRESENCE = {Presence.PRESENT: Came.PRESENT, Presence.EXCUSED: Came.EXCUSED, Presence.ABSENT: Came.ABSENT}
Progress = Callable[[int, int], None] | None


@dataclass(frozen=True)
class ItemResult:
    kind: str  # receipt | answer | review | task | training
    key: str
    title: Message  # the item in words (the package's own words in it)
    outcome: str  # applied | already | kept
    reason: Message | GridDeskError | str | None = None  # why kept, or what applying noted (names not found …)

    def title_in(self, lang: str = ZH) -> str:
        return self.title.render(lang)

    def reason_in(self, lang: str = ZH) -> str:
        """Why, in `lang`; a reason recorded by an earlier import is kept as it was written."""
        if self.reason is None or isinstance(self.reason, str):
            return self.reason or ""
        return self.reason.render(lang)


@dataclass(frozen=True)
class ReplyImport:
    name: str
    digest_sm3: str
    township_name: str
    items: tuple[ItemResult, ...]
    again: bool = False  # this very package was imported before: nothing changed

    def count(self, outcome: str) -> int:
        return sum(i.outcome == outcome for i in self.items)


class _Kept(Exception):
    """An item that is not applied, with the reason as a catalogue sentence."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.code)
        self.reason = reason


def _say(code: str, **params: object) -> Message:
    return Message(code, params)


class RepliesService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _now(self) -> datetime:
        return local_dt(self.session.clock())

    @rule(Permission.EXPORT)
    def imports(self) -> list[StoredImport]:
        with self.session.db.transaction() as s:
            return RepliesRepo(s).imports()

    @rule(Permission.VIEW_CASES)
    def township_words(self, case_id: int) -> list[StoredItem]:
        """The township's answers to a case, applied or kept (what the case page shows)."""
        from .cases import CasesService

        CasesService(self.session).get(case_id)  # the case's own scope rule decides who may see it
        with self.session.db.transaction() as s:
            return RepliesRepo(s).of_case(case_id)

    @rule(Permission.EXPORT)
    def import_reply(self, path: Path, progress: Progress = None) -> ReplyImport:
        """Verifies the reply and lands each item; refusals of the whole package are ReplyErrors
        in words (and one audit row saying why)."""
        path = Path(path)
        with self.session.db.transaction() as s:
            registered = CentreRepo(s).setting(TOWNSHIP_FINGERPRINT)
        try:
            reply = read_reply(path, registered, self.session.centre.division_code)
            digest = reply_digest(path)
        except ReplyError as exc:
            self._refused(path, exc.message)
            raise
        with self.session.db.transaction() as s:
            before = RepliesRepo(s).imported(digest)
        work = self._work(reply)
        if before is not None:
            stored = self._as_stored(reply, registered)
            if all(r is not None for r in stored):
                self.session.record(Action.WRITE.value, f"township reply {reply.name}", "再次导入：未作任何改动")
                return ReplyImport(reply.name, digest, reply.township_name, tuple(stored), again=True)
            # An import cut short (the PC went off): the items it reached stand; the rest go on now.
            import_id = before.id
        else:
            stored = [None] * len(work)
            with self.session.write(Action.WRITE.value, f"township reply {reply.name}",
                                    f"{reply.township_name}（指纹 {registered}）回复包 SM3 {digest}") as s:
                import_id = RepliesRepo(s).add_import(reply.name, digest, registered, reply.township_name, self._now(),
                                                      self.session.account.username)
        results = []
        for n, (kind, key, title, apply) in enumerate(work):
            done = stored[n]
            results.append(done if done is not None else self._one(registered, import_id, reply, kind, key, title, apply))
            if progress:
                progress(n + 1, len(work))
        with self.session.db.transaction(writes=True) as s:
            RepliesRepo(s).count(import_id, sum(r.outcome == APPLIED for r in results),
                                 sum(r.outcome == KEPT for r in results))
        return ReplyImport(reply.name, digest, reply.township_name, tuple(results))

    # -- the items ---------------------------------------------------------------------------------
    def _work(self, reply: Reply) -> list[tuple[str, str, str, Callable]]:
        out: list[tuple[str, str, str, Callable]] = []
        for r in reply.receipts:
            out.append(("receipt", r.digest_sm3, _say("reply.item.receipt", name=r.batch),
                        lambda ctx, r=r: self._receipt(ctx, r)))
        for a in reply.answers:
            out.append(("answer", a.key, _say("reply.item.answer", number=a.case_number, ordinal=a.ordinal,
                                              kind=a.kind.value), lambda ctx, a=a: self._answer(ctx, a)))
        for v in reply.reviews:
            out.append(("review", v.key, _say("reply.item.review", name=v.member.name, quarter=v.quarter),
                        lambda ctx, v=v: self._review(ctx, v)))
        for t in reply.tasks:
            out.append(("task", t.key, _say("reply.item.task", title=t.title, task_type=t.type_name),
                        lambda ctx, t=t: self._task(ctx, t)))
        for t in reply.trainings:
            out.append(("training", t.key, _say("reply.item.training", topic=t.topic,
                                                day=f"{t.starts_at:%Y-%m-%d}"),
                        lambda ctx, t=t: self._training(ctx, t)))
        return out

    def _as_stored(self, reply: Reply, township: str) -> list[ItemResult | None]:
        """Each item as recorded by the import of this very package (None: not reached yet)."""
        out: list[ItemResult | None] = []
        with self.session.db.transaction() as s:
            repo = RepliesRepo(s)
            for kind, key, title, _apply in self._work(reply):
                stored = repo.item(township, kind, key)
                outcome = ALREADY if stored is not None and stored.outcome == APPLIED else KEPT
                out.append(ItemResult(kind, key, title, outcome, _stored_reason(stored)) if stored else None)
        return out

    def _one(self, township: str, import_id: int, reply: Reply, kind: str, key: str, title: str,
             apply: Callable) -> ItemResult:
        with self.session.db.transaction() as s:
            stored = RepliesRepo(s).item(township, kind, key)
        if stored is not None and stored.outcome == APPLIED:
            return ItemResult(kind, key, title, ALREADY, _stored_reason(stored))
        ctx = _Context(reply, township, import_id, kind, key)
        reason: Message | GridDeskError | None
        try:
            reason = apply(ctx)
            outcome = APPLIED
        except _Kept as kept:
            outcome, reason = KEPT, kept.reason
        except GridDeskError as exc:  # a step the village's own rules refuse: kept, with their words
            outcome, reason = KEPT, exc
        said = reason.render(ZH) if reason is not None else ""
        with self.session.write(Action.WRITE.value, f"township reply {reply.name}",
                                f"{KIND_WORDS[kind]} {key}：{'已应用' if outcome == APPLIED else '保留未应用'}"
                                + (f"（乡镇 {ctx.person}）" if ctx.person else "") + (f"：{said[:300]}" if said else "")) as s:
            RepliesRepo(s).keep(township, kind, key, import_id, outcome, said, self._now(), _to_json(reason), ctx.target,
                                ctx.case_id, ctx.person, ctx.said_at, ctx.text, ctx.answer_kind)
        return ItemResult(kind, key, title, outcome, reason)

    def _receipt(self, ctx: "_Context", r) -> None:
        ctx.target = f"batch:{r.batch}"[:64]
        with self.session.db.transaction() as s:
            ours = {b.digest_sm3: b for b in ArchiveRepo(s).batches()}
        batch = ours.get(r.digest_sm3)
        if batch is None:
            raise _Kept(_say("reply.kept.not_our_batch", name=r.batch))
        if not r.passed:
            raise _Kept(_say("reply.kept.batch_failed", name=batch.name, text=r.note))
        self.session.require(Permission.EXPORT)
        with self.session.write(Action.WRITE.value, "archive receipt",
                                f"乡镇回复包 {ctx.reply.name}：{batch.name} 已接收") as s:
            ArchiveRepo(s).mark_received(r.digest_sm3, self._now())
        return None

    def _answer(self, ctx: "_Context", a: EscalationAnswer) -> None:
        from .cases import CasesService

        ctx.person, ctx.said_at, ctx.text, ctx.answer_kind = a.answered_by, a.answered_at, a.text, a.kind.value
        with self.session.db.transaction() as s:
            found = RepliesRepo(s).case_by_number(a.case_number)
        if found is None:
            raise _Kept(_say("reply.kept.no_case", number=a.case_number))
        case_id, state, times = found
        escalations = len(times)
        ctx.case_id, ctx.target = case_id, f"case:{case_id}"
        said = _say("reply.said", township=ctx.reply.township_name, kind=a.kind.value, who=a.answered_by,
                    at=f"{a.answered_at:%Y-%m-%d %H:%M}", name=ctx.reply.name, text=a.text).render(ZH)
        cases = CasesService(self.session)
        why = None
        if state == CaseState.CLOSED.value:
            why = _say("reply.kept.closed", number=a.case_number)
        elif a.ordinal > escalations:
            why = _say("reply.kept.not_escalated", number=a.case_number, ordinal=a.ordinal, count=escalations)
        elif a.ordinal < escalations:
            why = _say("reply.kept.escalated_again", number=a.case_number, ordinal=a.ordinal, count=escalations)
        elif state != CaseState.ESCALATED.value:
            why = _say("reply.kept.moved_on", number=a.case_number, state=STATE_LABELS[CaseState(state)])
        elif a.answered_at < times[-1]:
            why = _say("reply.kept.before_escalation", number=a.case_number, at=f"{a.answered_at:%Y-%m-%d %H:%M}",
                       escalated=f"{times[-1]:%Y-%m-%d %H:%M}")
        if why is not None:
            if escalations:  # shown on the case, where the village looks for the township's word
                view = cases.get(case_id)
                cases.act(case_id, view.version, NoteInput(detail=f"{why.render(ZH)}\n{said}"))
            raise _Kept(why)
        view = cases.get(case_id)
        files = tuple(NewAttachment(f.name, f.data) for f in a.attachments)
        at = a.answered_at.replace(microsecond=0)
        if a.kind is AnswerKind.INSTRUCT:
            step = TownshipInstructsInput(detail=said, at=at, attachments=files)
        elif a.kind is AnswerKind.RETURN:
            step = ReturnInput(detail=said, at=at, attachments=files)
        elif a.kind is AnswerKind.SOLVED:
            step = TownshipSolvedInput(result=said, at=at, attachments=files)
        else:
            step = NoteInput(detail=said, at=at, attachments=files)
        cases.act(case_id, view.version, step)
        return None

    def _review(self, ctx: "_Context", v: SecondReview) -> None:
        from ..domain.assessment import Quarter, ReviewLevel
        from .assessment import AssessmentService
        from .quarter_reviews import PointsChange, QuarterReviewsService

        ctx.person, ctx.text = v.reviewer, v.decision
        ctx.said_at = datetime.combine(v.decided_on, datetime.min.time())
        member_id = self._member(v.member)
        ctx.target = f"member:{member_id}"
        quarter = Quarter.parse(v.quarter)
        items = {i.name: i.item_id for i in AssessmentService(self.session).member_quarter(member_id, quarter).items}
        unknown = [c.item for c in v.changes if c.item not in items]
        if unknown:
            raise _Kept(_say("reply.kept.no_item", names=unknown))
        changes = [PointsChange(items[c.item], c.points, c.reason) for c in v.changes]
        QuarterReviewsService(self.session).record(member_id, quarter, ReviewLevel.SECOND, v.reviewer, v.decided_on,
                                                   v.decision, changes)
        return None

    def _task(self, ctx: "_Context", t: TaskDown) -> None:
        from .cases import CasesService

        cases = CasesService(self.session)
        categories = cases.categories()
        category = next((c for c in categories if c.name == "乡镇交办"), None) or \
            next((c for c in categories if c.name == "其他"), None) or (categories[0] if categories else None)
        if category is None:
            raise _Kept(_say("reply.kept.no_category"))
        with self.session.db.transaction() as s:
            known = set(GridsRepo(s).ids())
        missing = [g for g in t.grids if g not in known]
        if missing:
            raise _Kept(_say("reply.kept.no_grid", grids=missing))
        description = _say("reply.task_text", township=ctx.reply.township_name, due=t.due_on.isoformat(),
                           document=t.document or "—", name=ctx.reply.name, text=t.details).render(ZH)
        made = []
        for grid in t.grids or ("",):
            report = CaseReport(t.title, category.id, WorkKind.ORDINARY, Channel.TOWNSHIP, self._now().replace(microsecond=0),
                                grid_code=grid, reporter=ctx.reply.township_name[:64], description=description,
                                task=TaskChoice(name=t.type_name, document=t.document))
            made += cases.report(report).ids
        ctx.target = ",".join(f"case:{i}" for i in made)[:64]
        ctx.text = t.title
        return None

    def _training(self, ctx: "_Context", t: TrainingDown) -> Message | None:
        self.session.require(Permission.TRAINING)
        matched: list[Attendance] = []
        unknown = []
        for a in t.attendees:
            try:
                member_id = self._member(a.person)
            except _Kept:
                unknown.append(a.person.name)
                continue
            matched.append(_attendance(member_id, a))
        if len({m.member_id for m in matched}) != len(matched):
            raise _Kept(_say("reply.kept.person_twice", topic=t.topic))
        session = TrainingSession(TrainingLevel.TOWNSHIP, ctx.reply.township_name[:64], t.starts_at, t.hours, t.topic,
                                  t.place, t.trainer, t.assessed,
                                  notes=_say("reply.training_note", name=ctx.reply.name).render(ZH))
        with self.session.write(Action.WRITE.value, "training",
                                f"乡镇回复包 {ctx.reply.name}：{t.starts_at:%Y-%m-%d} {t.topic}") as s:
            repo = TrainingRepo(s)
            check_session(session)
            session_id = repo.save_session(session, self._now())
            team = {m.id: m.member.name for m in TeamRepo(s).all(include_left=True)}
            check_attendance(matched, session, team, self._now())
            repo.replace_attendance(session_id, matched)
        ctx.target = f"training:{session_id}"
        return _say("reply.kept.unknown_people", names=unknown) if unknown else None

    def _member(self, person: PersonRef) -> int:
        """The member this person is: the name must agree with the member the id points to, or
        with exactly one member whose ID number has the masked number's first 6 and last 4."""
        with self.session.db.transaction() as s:
            team = TeamRepo(s).all(include_left=True)
        if person.member_id is not None:
            found = next((m for m in team if m.id == person.member_id), None)
            if found is not None and found.member.name == person.name:
                return found.id
        if person.id_masked:
            head, tail = person.id_masked[:6], person.id_masked[-4:].upper()
            same = [m for m in team if m.member.name == person.name and m.member.id_number[:6] == head
                    and m.member.id_number[-4:].upper() == tail]
            if len(same) == 1:
                return same[0].id
        raise _Kept(_say("reply.kept.unknown_person", name=person.name))

    def _refused(self, path: Path, reason: str) -> None:
        try:
            self.session.record(Action.WRITE.value, "township reply refused", f"{path.name}：{reason[:200]}")
        except Exception:  # noqa: BLE001 - the refusal stands even if it cannot be written down
            pass


def _plain(value):
    if isinstance(value, Word):
        return {"$word": value.code}
    if isinstance(value, Message) or isinstance(value, GridDeskError):
        return {"$message": value.code, "params": {k: _plain(v) for k, v in value.params.items()}}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _back(value):
    if isinstance(value, dict) and "$word" in value:
        return Word(value["$word"])
    if isinstance(value, dict) and "$message" in value:
        return Message(value["$message"], {k: _back(v) for k, v in value.get("params", {}).items()})
    if isinstance(value, list):
        return [_back(v) for v in value]
    return value


def _to_json(reason) -> str:
    """A reason as a catalogue sentence in JSON, so that it reads in any language later."""
    if reason is None or not has(getattr(reason, "code", "")):
        return ""
    return json.dumps(_plain(reason), ensure_ascii=False)


def _stored_reason(stored: StoredItem | None):
    if stored is None:
        return None
    if stored.reason_code:
        try:
            return _back(json.loads(stored.reason_code))
        except (ValueError, TypeError, AttributeError):
            pass
    return stored.reason or None


def _attendance(member_id: int, a: Attendee) -> Attendance:
    return Attendance(member_id, _PRESENCE[a.presence], a.hours, a.score, a.passed, a.reason)


class _Context:
    """What an item leaves on its row: the case, who said it at the township, when, the words."""

    def __init__(self, reply: Reply, township: str, import_id: int, kind: str, key: str) -> None:
        self.reply, self.township, self.import_id, self.kind, self.key = reply, township, import_id, kind, key
        self.target, self.case_id, self.person, self.said_at, self.text, self.answer_kind = "", None, "", None, "", ""
