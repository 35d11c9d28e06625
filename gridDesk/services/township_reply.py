"""The township's answers to escalated cases (上报件) and the reply package it writes for each
village (`griddesk township answer|reply`, issue 21 item 3).

An answer names the escalation by the contract's key (village code, case number, ordinal), has a
kind (指导意见 / 退回 / 已办结 / 上报县级), words of at most 1500 characters (the reply's cap: the
village puts them on the case's step with who said it) and optional attachments, kept once under
their SM3 in the township's folder as the import keeps the villages' files. It waits, unsent,
until the next reply package for its village carries it.

The reply for a village carries a receipt (通过) for every batch of it loaded since its last reply,
a receipt (不通过, with the reasons) for every package of it quarantined since, every answer not
yet sent, and every second review, task and training session not yet sent
(services/township_reply_items.py): a village with only a task pending gets a reply too. It is
written with archive/reply.build_reply (the USB-safe writer: read back and verified before the
rename); only then, in one transaction, is all it carried marked sent. A stick pulled mid-way
sends nothing: the next run sends them again."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..archive.reply import (ANSWER_LIMIT, LINE_LIMIT, MAX_ATTACHMENT, MAX_ATTACHMENTS, TEXT_LIMIT, AnswerKind,
                             EscalationAnswer, Reply, ReplyAttachment, ReplyReceipt, build_reply)
from ..archive.stick import DESCRIPTION, StickError, describe_carrier
from ..domain.errors import GridDeskError, ValidationError
from ..domain.text import refuse_controls
from ..domain.township import TownshipAction, TownshipError, check_village_code
from ..security.fileio import fsync_dir
from ..storage.township.replies_repo import PendingAnswer, PendingReceipt, TownshipRepliesRepo
from ..storage.township.repo import TownshipRepo
from .township import TownshipSession, now_iso
from .township_store import loose_path
from .township_reply_items import pending_downlinks

KINDS = {"instruct": AnswerKind.INSTRUCT, "return": AnswerKind.RETURN, "solved": AnswerKind.SOLVED,
         "county": AnswerKind.COUNTY}
NUMBER_LIMIT = 40  # the queue's column (tw_escalations.case_number)
_DIGEST = re.compile(r"^[0-9a-f]{64}$")
_ASCII_SUFFIX = re.compile(r"^\.[A-Za-z0-9]{1,8}$")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Answered:
    id: int
    village: str
    case_number: str
    ordinal: int
    kind: AnswerKind


@dataclass(frozen=True)
class VillageReply:
    village: str
    name: str  # the village's name
    folder: str  # where the reply was written; "" when there was nothing to send
    reply: str  # HF-… ; "" when nothing
    receipts: int
    answers: int
    reviews: int = 0  # second reviews (复评), tasks and training sessions carried
    tasks: int = 0
    trainings: int = 0


def _kind(value: object) -> AnswerKind:
    if isinstance(value, AnswerKind):
        return value
    text = str(value or "").strip()
    if text in KINDS:
        return KINDS[text]
    try:
        return AnswerKind(text)
    except ValueError:
        raise ValidationError("kind", "township.answer.bad_kind", value=text[:20]) from None


def _ordinal(value: object) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or not (text.isascii() and text.isdigit()) or len(text) > 3 or not 1 <= int(text) <= 999:
        raise ValidationError("ordinal", "township.answer.bad_ordinal", value=text[:20])
    return int(text)


def _text(value: object) -> str:
    text = unicodedata.normalize("NFC", str(value or "")).strip()
    if not text:
        raise ValidationError("text", "township.answer.text_required")
    refuse_controls(text.replace("\n", " ").replace("\t", " "), "text", "township.field.answer")
    if len(text) > ANSWER_LIMIT:
        raise ValidationError("text", "township.answer.text_long", limit=ANSWER_LIMIT, length=len(text))
    return text


def _read_photo(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT:
            raise ValidationError("photo", "township.answer.photo_large", file=path.name,
                                  limit_mb=MAX_ATTACHMENT // 1024 ** 2)
        if not path.is_file():
            raise IsADirectoryError(21, "not a regular file")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("photo", "township.answer.photo_unreadable", file=path.name,
                              os_error=exc.strerror or str(exc)) from None
    if len(data) > MAX_ATTACHMENT:
        raise ValidationError("photo", "township.answer.photo_large", file=path.name,
                              limit_mb=MAX_ATTACHMENT // 1024 ** 2)
    return data


def _object(session: TownshipSession, digest: str) -> Path:
    return loose_path(session.files, digest)  # the township's own files stay loose (few, and written one at a time)


def _keep(session: TownshipSession, data: bytes) -> tuple[str, int]:
    """The file under its SM3 in the township's folder (written, synced, renamed); stored once."""
    digest = hashlib.new("sm3", data).hexdigest()
    target = _object(session, digest)
    if target.exists() and target.stat().st_size == len(data):
        return digest, len(data)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = target.with_name(f"{digest}.{os.getpid()}.tmp")
    with open(temporary, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, target)
    fsync_dir(target.parent)
    return digest, len(data)


def _bag_name(n: int, path: Path) -> str:
    suffix = path.suffix.lower()
    return f"photo-{n}{suffix if _ASCII_SUFFIX.match(suffix) else ''}"


def _title(path: Path) -> str:
    title = _CONTROLS.sub("", unicodedata.normalize("NFC", path.name)).strip() or "photo"
    return title[:LINE_LIMIT]  # the file's own name, as a label; the bag names it photo-N


def answer_escalation(session: TownshipSession, village: str, case_number: str, ordinal: object, kind: object,
                      text: str, photos: tuple[Path, ...] | list[Path] = ()) -> Answered:
    """The township's answer to one escalation, kept until the next reply for the village carries
    it; the escalation becomes `answered`. Answering the same escalation again is NOT refused and
    does not replace the first answer: the second answer is a new one, sent in order after the
    first (the village applies the township's answers in the order they come, as steps of the case)."""
    session.require(TownshipAction.ANSWER)
    village = check_village_code(village, session.code)
    number = unicodedata.normalize("NFKC", str(case_number or "")).strip()
    if not number or len(number) > NUMBER_LIMIT or _CONTROLS.search(number):
        raise ValidationError("case_number", "township.answer.bad_number", value=number[:50])
    ordinal = _ordinal(ordinal)
    kind = _kind(kind)
    text = _text(text)
    photos = [Path(p) for p in photos]
    if len(photos) > MAX_ATTACHMENTS:
        raise ValidationError("photo", "township.answer.photo_too_many", count=len(photos), limit=MAX_ATTACHMENTS)
    with session.db.transaction() as s:
        repo = TownshipRepo(s)
        escalation = TownshipRepliesRepo(s).escalation_id(village, number, ordinal)
        staff = repo.staff(session.username)
    if escalation is None:
        raise TownshipError("township.answer.no_escalation", village=village, number=number, ordinal=ordinal)
    files = []
    for n, path in enumerate(photos, 1):  # kept before the row names them: a refused save leaves a spare file
        digest, size = _keep(session, _read_photo(path))
        files.append((_bag_name(n, path), _title(path), digest, size))
    at = datetime.now().replace(microsecond=0).isoformat()
    by = staff.name if staff is not None else session.username
    with session.db.transaction(writes=True) as s:
        answer_id = TownshipRepliesRepo(s).add_answer(escalation, kind.name.lower(), text, by, session.username, at,
                                                      files)
        TownshipRepo(s).audit(now_iso(), session.username, "escalation_answered", f"{village} {number}#{ordinal}",
                              f"{kind.value} answer {answer_id}")
    return Answered(answer_id, village, number, ordinal, kind)


# -- the reply package ---------------------------------------------------------------------------
def _receipt(r: PendingReceipt) -> ReplyReceipt:
    batch = _CONTROLS.sub("", r.batch)[:LINE_LIMIT] or r.digest[:16]
    note = _CONTROLS.sub("", r.note)
    if len(note) > TEXT_LIMIT:  # the township's own report, summarised: the whole one is in its quarantine folder
        note = note[:TEXT_LIMIT - 1] + "…"
    return ReplyReceipt(batch, r.digest, r.passed, note)


def _answer(session: TownshipSession, a: PendingAnswer) -> EscalationAnswer:
    files = []
    for name, title, digest in a.files:
        try:
            data = _object(session, digest).read_bytes()
        except OSError:
            data = b""
        if hashlib.new("sm3", data).hexdigest() != digest:
            raise TownshipError("township.reply.file_lost", file=title)
        files.append(ReplyAttachment(name, title, data))
    return EscalationAnswer(f"A{a.id}", a.case_number, a.ordinal, AnswerKind[a.kind.upper()], a.answered_by,
                            datetime.fromisoformat(a.answered_at), a.text, tuple(files))


def _one_village(session: TownshipSession, village, stick: Path, contact: str) -> VillageReply:
    with session.db.transaction() as s:
        repo = TownshipRepliesRepo(s)
        pending = [r for r in repo.pending_receipts(village.code) if _DIGEST.match(r.digest or "")]
        answers = repo.pending_answers(village.code)
    down = pending_downlinks(session, village.code)  # second reviews, tasks, training sessions
    if not pending and not answers and not down.any:
        return VillageReply(village.code, village.name, "", "", 0, 0)
    receipts, seen = [], set()
    for r in pending:  # one receipt per package: 通过 wins over an earlier 不通过 of the same package
        if r.digest in seen or (not r.passed and any(o.passed and o.digest == r.digest for o in pending)):
            continue
        seen.add(r.digest)
        receipts.append(_receipt(r))
    made = datetime.now().replace(microsecond=0)
    with session.db.transaction() as s:
        seq = TownshipRepliesRepo(s).next_seq(village.code, made.year)
    reply = Reply(session.code, session.name, village.code, village.name, made.year, seq, made, contact=contact,
                  receipts=tuple(receipts), answers=tuple(_answer(session, a) for a in answers),
                  reviews=down.reviews, tasks=down.tasks, trainings=down.trainings)
    _refuse_unrecorded(stick, reply.name)
    folder = build_reply(reply, stick, session.signing_key())
    # Written and verified on the stick: only now is anything marked sent. When that is refused
    # (another staff member sent the same items or took the same number a moment before, or the
    # database went away), the package is taken off the stick again: nothing was sent.
    description = Path(stick) / DESCRIPTION
    before = _read_description(description)
    try:
        _describe(session, Path(stick), folder, made)
        with session.db.transaction(writes=True) as s:
            reply_id = TownshipRepliesRepo(s).add_reply(village.code, made.year, seq, reply.name, made.isoformat(),
                                                        session.username, str(folder), [a.id for a in answers], pending)
            down.mark_sent(s, reply_id, reply.name)
            TownshipRepo(s).audit(now_iso(), session.username, "reply_written", reply.name,
                                  f"receipts {len(receipts)} answers {len(answers)} reviews {len(down.reviews)} "
                                  f"tasks {len(down.tasks)} trainings {len(down.trainings)}")
    except GridDeskError:
        shutil.rmtree(folder, ignore_errors=True)
        _put_back(description, before)  # the stick as it was: no line for a package that is not there
        raise
    return VillageReply(village.code, village.name, str(folder), reply.name, len(receipts), len(answers),
                        len(down.reviews), len(down.tasks), len(down.trainings))


def _describe(session: TownshipSession, stick: Path, folder: Path, made: datetime) -> None:
    """The stick's 说明文件.TXT gets this package's line (name, package digest, date), as the
    village's export writes its batches' (archive/stick.describe_carrier keeps the other
    packages' lines): whoever takes the stick reads what is on it and each package's digest there
    (the village's export alone wrote it; the reply's line was missing). Written before the package is
    recorded, so a description that cannot be written sends nothing (the caller takes the package off)."""
    from .. import __version__
    from ..archive.reply_read import reply_digest

    try:
        describe_carrier(stick, session.name, [(folder.name, reply_digest(folder), f"{made:%Y-%m-%d}")],
                         f"GridDesk {__version__}")
    except StickError as exc:
        raise TownshipError("township.reply.description_failed", name=folder.name,
                            os_error=exc.params.get("os_error", "")) from None


def _read_description(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() and not path.is_symlink() else None
    except OSError:
        return None


def _put_back(path: Path, before: bytes | None) -> None:
    try:
        if before is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(before)
    except OSError:  # a stick pulled: its description lists a package that is not there, which any check says
        pass


def _refuse_unrecorded(stick: Path, name: str) -> None:
    """The next package's name already on the stick: an earlier write was stopped (killed, the
    power cut) after the package was on the stick and before it was recorded. The database knows
    nothing of it (this is the next free number), so nothing it carried counts as sent; the
    writer's bare "won't overwrite" left the user stuck, so the words name the folder and the way on."""
    there = Path(stick) / name
    if there.exists() or there.is_symlink():
        raise TownshipError("township.reply.unrecorded_folder", name=name, folder=str(there))


def write_replies(session: TownshipSession, stick: Path, village: str | None = None) -> list[VillageReply]:
    """One signed reply per village (the one named, or every registered village when None) onto
    the stick; a village with nothing to send gets none (its VillageReply has folder "")."""
    session.require(TownshipAction.REPLY)
    with session.db.transaction() as s:
        repo = TownshipRepo(s)
        villages = repo.villages()
        staff = repo.staff(session.username)
    if village is not None:
        code = check_village_code(village, session.code)
        villages = [v for v in villages if v.code == code]
        if not villages:
            raise TownshipError("township.reply.no_village", village=code)
    contact = staff.name if staff is not None else session.username
    return [_one_village(session, v, Path(stick), contact) for v in villages]
