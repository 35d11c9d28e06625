"""The township's reply package (乡镇回复包): what the township sends back to ONE village, as a
BagIt bag signed with the township's SM2 key over tagmanifest-sm3.txt, written onto the stick with
the same USB-safe writer as the village's batches (stick.write_onto). Plain data in; no database.

Layout (the bag's folder name = its External-Identifier):
```
HF-<township 9-digit code>-<village 12-digit code>-<year>-<seq>/
  bagit.txt  bag-info.txt  manifest-sm3.txt  manifest-sha256.txt  tagmanifest-sm3.txt  tagmanifest-sha256.txt
  signature/tagmanifest-sm3.txt.sig  signature/signer.pem        (the township's key)
  data/reply.xml                                                    every item (below)
  data/attachments/<item key>--<file>                            an answer's attachments (one folder:
                                                                 a folder per answer cost a mkdir each)
```
bag-info: Source-Organization = the township's name, Township-Code, Target-Village (the 12-digit
code), Target-Village-Name, External-Identifier, Bag-Group-Identifier = HF-<township>-<village>,
Contact-Name/Phone, Bagging-Date, Payload-Oxum, Export-Type = reply, Item counts, Software.

reply.xml (UTF-8, no DTD; every item has a 编号, the township's own key for it, unique in its kind:
the village keeps what it imported by (township key fingerprint, kind, 编号), so the same item sent
again changes nothing):
- <回执 批次 包摘要 结论="通过|不通过">note</回执>: a batch the township received (its package digest).
- <答复 编号 村代码 案件编号 上报序号 类型 答复人 答复时间><内容/><附件 文件 题名/>*</答复>: the
  township's answer to an escalation, named as THE CONTRACT says: (village division code, case
  number, ordinal: 1 for the case's first escalation (ESCALATE step), 2 for the second ...).
  类型: 指导意见 (instructions: the work goes on at the village), 退回 (returned, 内容 is the reason),
  已办结 (solved, 内容 is the result), 上报县级 (passed to the county; the case waits on).
- <复评 编号 季度 姓名 网格员编号 身份证号 复评人 日期 结论><调整 项目 分值 理由/>*</复评>: the second
  review of a member's quarter, with the points the township changed (by item name).
- <任务 编号 类型 文号 题名 期限 网格>details</任务>: a task passed down, typed per the 准入清单 (类型 is
  the list entry's name, 文号 its approving document); 网格 the grid codes, or empty for all grids.
- <培训 编号 主题 开始 学时 地点 授课人 考核><参加 姓名 网格员编号 身份证号 情况 学时 成绩 合格 原因/>*</培训>:
  a township training session and who of this village attended.

A person is named by name plus the village's member id (网格员编号, as the village's own packages
carry it) or a masked ID number (身份证号: the first 6 and last 4 characters, the rest `*`). The
village accepts a person only when the name agrees with the member the id (or the masked number,
uniquely) points to; anything else is kept and listed, never guessed (services/replies.py).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from lxml import etree

from ..domain.catalogue import Word
from ..domain.catalogue.replies import FIELDS, field_code
from ..domain.errors import GridDeskError
from ..domain.step_words import RECORD_WORDS
from ..security.sm import SigningKey
from .bag import PayloadFile, Progress, check_payload_path, write_bag
from .stick import Cancelled, StickError, write_onto

REPLY_XML = "reply.xml"  # ASCII, as the handover's naming rule asks of every name we make up
ATTACHMENTS = "attachments"
NAME = re.compile(r"^HF-([0-9]{9})-([0-9]{12})-([0-9]{4})-([0-9]{4})$")
KEY = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
MASKED_ID = re.compile(r"^[0-9]{6}\*{8}[0-9]{3}[0-9Xx]$")
# Limits: longer text is refused in words (never cut); the village checks them again.
TEXT_LIMIT = 4000  # a task's details, a receipt's note
ANSWER_LIMIT = 1500  # an answer's text: it goes on the case's step with who said it (2000 in all)
LINE_LIMIT = 128  # names, titles, places
# A person's name: the village's own limit for a grid member's (services/team.check_member,
# storage/orm/roster.TeamMemberRow.name); the township refuses a longer one where it comes in.
PERSON_LIMIT = 32
MAX_ITEMS = 5000  # of each kind in one reply
MAX_ATTACHMENT = 20 * 1024 ** 2
MAX_ATTACHMENTS = 20  # per answer
MAX_PEOPLE = 500  # per training session
EARLIEST = date(2000, 1, 1)


class ReplyError(GridDeskError, ValueError):
    """A reply package refused, built or read: a catalogue code (`reply.*`) with the facts."""

    code = "reply.refused"


class AnswerKind(str, enum.Enum):
    INSTRUCT = "指导意见"
    RETURN = RECORD_WORDS["return"]  # 退回: the case step's own word (domain/step_words.py)
    SOLVED = "已办结"
    COUNTY = "上报县级"


class Presence(str, enum.Enum):
    PRESENT = "参加"
    EXCUSED = "请假"
    ABSENT = "缺席"


@dataclass(frozen=True)
class ReplyReceipt:
    batch: str  # ZZ-<village>-<year>-<seq>
    digest_sm3: str  # the package digest the township computed
    passed: bool
    note: str = ""


@dataclass(frozen=True)
class ReplyAttachment:
    name: str  # an ASCII file name (the bag's naming rule)
    title: str
    data: bytes


@dataclass(frozen=True)
class EscalationAnswer:
    key: str
    case_number: str
    ordinal: int  # 1: the case's first escalation, 2: its second ...
    kind: AnswerKind
    answered_by: str  # who answered at the township
    answered_at: datetime
    text: str  # the instructions, the reason, the result, or what the county was told
    attachments: tuple[ReplyAttachment, ...] = ()


@dataclass(frozen=True)
class PersonRef:
    name: str
    member_id: int | None = None  # the village's own member id
    id_masked: str = ""  # 6 digits, 8 stars, 4 characters


@dataclass(frozen=True)
class PointsChange:
    item: str  # the assessment item's name
    points: float
    reason: str


@dataclass(frozen=True)
class SecondReview:
    key: str
    member: PersonRef
    quarter: str  # 2026Q3
    reviewer: str
    decided_on: date
    decision: str
    changes: tuple[PointsChange, ...] = ()


@dataclass(frozen=True)
class TaskDown:
    key: str
    type_name: str  # the 准入清单 entry's name
    title: str
    due_on: date
    document: str = ""  # the approving document (文号)
    details: str = ""
    grids: tuple[str, ...] = ()  # grid codes; () for every grid


@dataclass(frozen=True)
class Attendee:
    person: PersonRef
    presence: Presence = Presence.PRESENT
    hours: float | None = None
    score: float | None = None
    passed: bool | None = None
    reason: str = ""


@dataclass(frozen=True)
class TrainingDown:
    key: str
    topic: str
    starts_at: datetime
    hours: float
    place: str = ""
    trainer: str = ""
    assessed: bool = False
    attendees: tuple[Attendee, ...] = ()


@dataclass(frozen=True)
class Reply:
    township_code: str  # 9 digits
    township_name: str
    village_code: str  # 12 digits: the village it is for
    village_name: str
    year: int
    seq: int
    made_at: datetime
    contact: str = ""
    phone: str = ""
    receipts: tuple[ReplyReceipt, ...] = ()
    answers: tuple[EscalationAnswer, ...] = ()
    reviews: tuple[SecondReview, ...] = ()
    tasks: tuple[TaskDown, ...] = ()
    trainings: tuple[TrainingDown, ...] = ()
    software: str = "GridDesk"

    @property
    def name(self) -> str:
        return f"HF-{self.township_code}-{self.village_code}-{self.year:04d}-{self.seq:04d}"


# -- checks the builder makes (the village makes them again when it reads) ---------------------------
def field(name: str) -> Word | str:
    """The package's own (Chinese) field or element name as a word of the catalogue."""
    return Word(field_code(name)) if name in FIELDS else name


def _bad(what: str, value: str) -> None:
    raise ReplyError("reply.bad_value", what=field(what), value=value)


def _too_many(what: str, count: int, limit: int) -> None:
    raise ReplyError("reply.too_many", what=field(what), count=count, limit=limit)


def _text(value: str, limit: int, what: str, required: bool = True) -> str:
    if not isinstance(value, str):
        raise ReplyError("reply.bad_value", what=field(what), value=str(value)[:40])
    if required and not value.strip():
        raise ReplyError("reply.missing_value", what=field(what))
    if len(value) > limit:
        raise ReplyError("reply.text_long", what=field(what), limit=limit, length=len(value))
    if any(ord(c) < 32 and c not in "\n\t" for c in value) or "\x7f" in value:
        raise ReplyError("reply.control_chars", what=field(what))
    return value


def _day(value: date, what: str, today: date) -> None:
    if value < EARLIEST or value.year > today.year + 5:
        raise ReplyError("reply.bad_date", what=field(what), value=value.isoformat())


def check_reply(reply: Reply, today: date | None = None) -> None:
    """Everything the format asks of the plain data, refused in words (ReplyError)."""
    today = today or reply.made_at.date()
    if not NAME.match(reply.name):
        raise ReplyError("reply.bad_name", value=reply.name)
    if reply.village_code[:9] != reply.township_code:
        raise ReplyError("reply.village_outside", village=reply.village_code, township=reply.township_code)
    _text(reply.township_name, LINE_LIMIT, "乡镇名称")
    _text(reply.village_name, LINE_LIMIT, "村名称")
    _text(reply.contact, LINE_LIMIT, "联系人", False)
    _text(reply.phone, LINE_LIMIT, "联系电话", False)
    _day(reply.made_at.date(), "生成时间", today)
    for kind, items in (("回执", reply.receipts), ("答复", reply.answers), ("复评", reply.reviews),
                        ("任务", reply.tasks), ("培训", reply.trainings)):
        if len(items) > MAX_ITEMS:
            _too_many(kind, len(items), MAX_ITEMS)
        keys = [getattr(i, "key", None) or getattr(i, "digest_sm3", "") for i in items]
        for k in keys:
            if not KEY.match(k or ""):
                raise ReplyError("reply.bad_key", what=field(kind), value=str(k)[:70])
        if len(set(keys)) != len(keys):
            raise ReplyError("reply.duplicate_key", what=field(kind), value=next(k for k in keys if keys.count(k) > 1))
    for r in reply.receipts:
        if not re.fullmatch(r"[0-9a-f]{64}", r.digest_sm3):
            _bad("包摘要", r.digest_sm3[:40])
        _text(r.batch, LINE_LIMIT, "批次")
        _text(r.note, TEXT_LIMIT, "回执说明", False)
    for a in reply.answers:
        _text(a.case_number, 64, "案件编号")
        if not isinstance(a.ordinal, int) or not 1 <= a.ordinal <= 999:
            _bad("上报序号", str(a.ordinal))
        if not isinstance(a.kind, AnswerKind):
            _bad("类型", str(a.kind)[:20])
        _text(a.answered_by, 64, "答复人")
        _text(a.text, ANSWER_LIMIT, "答复内容")
        _day(a.answered_at.date(), "答复时间", today)
        if len(a.attachments) > MAX_ATTACHMENTS:
            _too_many("附件", len(a.attachments), MAX_ATTACHMENTS)
        for f in a.attachments:
            _attachment_path(a.key, f.name)
            _text(f.title, LINE_LIMIT, "附件题名")
            if len(f.data) > MAX_ATTACHMENT:
                raise ReplyError("reply.attachment_large", name=f.name, limit_mb=MAX_ATTACHMENT // 1024 ** 2)
    for v in reply.reviews:
        _person(v.member)
        _text(v.quarter, 8, "季度")
        if not re.fullmatch(r"[0-9]{4}Q[1-4]", v.quarter):
            _bad("季度", v.quarter)
        _text(v.reviewer, 64, "复评人")
        _text(v.decision, 500, "复评结论")
        _day(v.decided_on, "复评日期", today)
        for c in v.changes:
            _text(c.item, LINE_LIMIT, "考核项目")
            _text(c.reason, 500, "调整理由")
    for t in reply.tasks:
        _text(t.type_name, 64, "任务类型")
        _text(t.document, LINE_LIMIT, "文号", False)
        _text(t.title, LINE_LIMIT, "任务题名")
        _text(t.details, TEXT_LIMIT, "任务内容", False)
        _day(t.due_on, "办理期限", today)
        for g in t.grids:
            _text(g, 32, "网格")
            if " " in g:
                _bad("网格", g)
    for s in reply.trainings:
        _text(s.topic, LINE_LIMIT, "培训主题")
        _text(s.place, LINE_LIMIT, "培训地点", False)
        _text(s.trainer, 64, "授课人", False)
        _day(s.starts_at.date(), "培训时间", today)
        if not 0 < s.hours <= 200:
            _bad("学时", str(s.hours))
        if len(s.attendees) > MAX_PEOPLE:
            _too_many("参加人员", len(s.attendees), MAX_PEOPLE)
        for p in s.attendees:
            _person(p.person)
            if not isinstance(p.presence, Presence):
                _bad("情况", str(p.presence)[:20])
            _text(p.reason, LINE_LIMIT, "请假原因", False)


def _person(p: PersonRef) -> None:
    _text(p.name, PERSON_LIMIT, "姓名")
    if p.member_id is not None and (not isinstance(p.member_id, int) or not 0 < p.member_id < 2 ** 62):
        _bad("网格员编号", str(p.member_id)[:40])
    if p.id_masked and not MASKED_ID.match(p.id_masked):
        _bad("身份证号", p.id_masked[:40])
    if p.member_id is None and not p.id_masked:
        raise ReplyError("reply.person_unnamed", name=p.name)


def attachment_path(key: str, name: str) -> str:
    """Where an answer's file lies under data/ (the XML names it too)."""
    return f"{ATTACHMENTS}/{key}--{name}"


def _attachment_path(key: str, name: str) -> str:
    if "/" in name or not name:
        raise ReplyError("reply.bad_attachment", name=name)
    try:
        return check_payload_path(attachment_path(key, name))
    except GridDeskError:
        raise ReplyError("reply.bad_attachment", name=name) from None


# -- the XML --------------------------------------------------------------------------------------
def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _person_attrs(p: PersonRef) -> dict[str, str]:
    return {"姓名": p.name, "网格员编号": "" if p.member_id is None else str(p.member_id), "身份证号": p.id_masked}


def reply_xml(reply: Reply) -> bytes:
    root = etree.Element("乡镇回复", 标识=reply.name, 乡镇代码=reply.township_code, 乡镇名称=reply.township_name,
                         村代码=reply.village_code, 村名称=reply.village_name,
                         生成时间=reply.made_at.isoformat(timespec="seconds"))
    for r in reply.receipts:
        etree.SubElement(root, "回执", 批次=r.batch, 包摘要=r.digest_sm3,
                         结论="通过" if r.passed else "不通过").text = r.note
    for a in reply.answers:
        el = etree.SubElement(root, "答复", 编号=a.key, 村代码=reply.village_code, 案件编号=a.case_number,
                              上报序号=str(a.ordinal), 类型=AnswerKind(a.kind).value, 答复人=a.answered_by,
                              答复时间=a.answered_at.isoformat(timespec="seconds"))
        etree.SubElement(el, "内容").text = a.text
        for f in a.attachments:
            etree.SubElement(el, "附件", 文件=attachment_path(a.key, f.name), 题名=f.title)
    for v in reply.reviews:
        el = etree.SubElement(root, "复评", 编号=v.key, 季度=v.quarter, 复评人=v.reviewer,
                              日期=v.decided_on.isoformat(), 结论=v.decision, **_person_attrs(v.member))
        for c in v.changes:
            etree.SubElement(el, "调整", 项目=c.item, 分值=_fmt(c.points), 理由=c.reason)
    for t in reply.tasks:
        etree.SubElement(root, "任务", 编号=t.key, 类型=t.type_name, 文号=t.document, 题名=t.title,
                         期限=t.due_on.isoformat(), 网格=" ".join(t.grids)).text = t.details
    for s in reply.trainings:
        el = etree.SubElement(root, "培训", 编号=s.key, 主题=s.topic, 开始=s.starts_at.isoformat(timespec="minutes"),
                              学时=_fmt(s.hours), 地点=s.place, 授课人=s.trainer, 考核="是" if s.assessed else "否")
        for p in s.attendees:
            etree.SubElement(el, "参加", 情况=Presence(p.presence).value, 学时=_fmt(p.hours), 成绩=_fmt(p.score),
                             合格="" if p.passed is None else ("是" if p.passed else "否"), 原因=p.reason,
                             **_person_attrs(p.person))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _files(reply: Reply) -> Iterator[PayloadFile]:
    for a in reply.answers:
        for f in a.attachments:
            yield PayloadFile(_attachment_path(a.key, f.name), f.data)
    yield PayloadFile(REPLY_XML, reply_xml(reply))


def bag_info(reply: Reply) -> dict[str, str]:
    return {"Source-Organization": reply.township_name, "Township-Code": reply.township_code,
            "Contact-Name": reply.contact, "Contact-Phone": reply.phone, "External-Identifier": reply.name,
            "Bag-Group-Identifier": f"HF-{reply.township_code}-{reply.village_code}", "Bag-Count": "1 of 1",
            "Target-Village": reply.village_code, "Target-Village-Name": reply.village_name,
            "Export-Type": "reply", "Bagging-Date": reply.made_at.date().isoformat(),
            "Receipt-Count": str(len(reply.receipts)), "Answer-Count": str(len(reply.answers)),
            "Review-Count": str(len(reply.reviews)), "Task-Count": str(len(reply.tasks)),
            "Training-Count": str(len(reply.trainings)), "Software": reply.software}


def write_reply_bag(reply: Reply, folder: Path, key: SigningKey, progress: Progress = None, checked: bool = False):
    """The bag itself into `folder` (new or empty); returns bag.BagResult. `checked`: check_reply
    has passed already."""
    if not checked:
        check_reply(reply)
    total = sum(len(f.data) for a in reply.answers for f in a.attachments)
    return write_bag(Path(folder), _files(reply), bag_info(reply), key, total, progress)


def build_reply(reply: Reply, target_root: Path, key: SigningKey, progress: Progress = None,
                cancelled: Cancelled = lambda: False) -> Path:
    """What the township edition calls: the reply for one village written onto the stick (or any
    folder) with the USB-safe writer, read back and verified against the township's own key
    before the rename. Returns the bag's folder."""
    from .reply_read import read_reply

    check_reply(reply)
    fingerprint = key.public().fingerprint()
    try:
        Path(target_root).mkdir(parents=True, exist_ok=True)  # a folder for the stick (a stick's root is there)
    except OSError as exc:
        raise StickError("stick.unreachable", path=str(target_root), os_error=exc.strerror or str(exc)) from None
    return write_onto(Path(target_root), reply.name,
                      lambda folder, step: write_reply_bag(reply, folder, key, step, checked=True),
                      lambda folder: read_reply(folder, fingerprint, reply.village_code, writing=True),
                      lambda _written: None, progress, cancelled)


def build_replies(replies: Sequence[Reply], target_root: Path, key: SigningKey,
                  progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """One reply per village onto the same stick (the township's "all villages")."""
    out = []
    for n, reply in enumerate(replies):
        out.append(build_reply(reply, target_root, key))
        if progress:
            progress(n + 1, len(replies))
    return out
