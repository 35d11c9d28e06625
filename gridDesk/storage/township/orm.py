"""The township's tables, on their own metadata (never the village's): settings and staff
(`tw_settings`, `tw_staff`), the registered villages (`tw_villages`), what arrived (`tw_batches`,
`tw_audit_heads`, `tw_quarantine`), what the packages carry (`tw_items`, `tw_cases`, `tw_roster`,
`tw_training`, `tw_visits`, `tw_report_figures`, `tw_files`, `tw_item_files`) and the escalation
queue (`tw_escalations`). Dates are ISO text, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Index, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {"ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
          "ck": "ck_%(table_name)s_%(constraint_name)s",
          "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s", "pk": "pk_%(table_name)s"}


class TownshipBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


metadata = TownshipBase.metadata


class SettingRow(TownshipBase):
    __tablename__ = "tw_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StaffRow(TownshipBase):
    __tablename__ = "tw_staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    db_role: Mapped[str] = mapped_column(String(63), default="")  # the PostgreSQL role, one per staff member
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[str] = mapped_column(String(32))


class VillageRow(TownshipBase):
    __tablename__ = "tw_villages"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(39), unique=True)
    pem: Mapped[str] = mapped_column(Text, default="")  # "" until the first package brings the matching key
    registered_at: Mapped[str] = mapped_column(String(32))
    registered_by: Mapped[str] = mapped_column(String(32))


class BatchRow(TownshipBase):
    __tablename__ = "tw_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"), index=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    seq: Mapped[int] = mapped_column()
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    previous_digest: Mapped[str] = mapped_column(String(64))
    bagging_date: Mapped[str] = mapped_column(String(10))
    period: Mapped[str] = mapped_column(String(7), index=True)
    imported_at: Mapped[str] = mapped_column(String(32))
    imported_by: Mapped[str] = mapped_column(String(32))
    audit_count: Mapped[int] = mapped_column(default=0)
    audit_head: Mapped[str] = mapped_column(String(64), default="")
    items: Mapped[int] = mapped_column(default=0)


class AuditHeadRow(TownshipBase):
    __tablename__ = "tw_audit_heads"
    __table_args__ = (UniqueConstraint("name", "count", "digest"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), index=True)  # Bag-Group-Identifier, or 签名人 <fingerprint>
    count: Mapped[int] = mapped_column()
    digest: Mapped[str] = mapped_column(String(64))


class QuarantineRow(TownshipBase):
    __tablename__ = "tw_quarantine"

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), index=True)  # as the package claims; maybe unregistered
    batch_name: Mapped[str] = mapped_column(String(200))
    digest: Mapped[str] = mapped_column(String(64), default="")
    period: Mapped[str] = mapped_column(String(7), default="")
    folder: Mapped[str] = mapped_column(Text)
    reasons: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(32))


class ItemRow(TownshipBase):
    """Every item of every category, each version its own row (a correction is a new version)."""

    __tablename__ = "tw_items"
    __table_args__ = (UniqueConstraint("village_code", "record_id", "version"),
                      Index("ix_tw_items_current", "village_code", "category", "current"))

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"))
    record_id: Mapped[str] = mapped_column(String(80))  # the village's 档号
    version: Mapped[int] = mapped_column()
    category: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[str] = mapped_column(String(19))
    description: Mapped[str] = mapped_column(Text, default="")  # JSON [[element, text], ...]
    batch_id: Mapped[int] = mapped_column(ForeignKey("tw_batches.id"), index=True)
    current: Mapped[bool] = mapped_column(default=True)


class CaseRow(TownshipBase):
    __tablename__ = "tw_cases"
    __table_args__ = (UniqueConstraint("village_code", "record_id", "version"),
                      Index("ix_tw_cases_current", "village_code", "current", "closed_on"))

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("tw_items.id"), unique=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"))
    record_id: Mapped[str] = mapped_column(String(80))
    number: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column()
    category: Mapped[str] = mapped_column(String(64), default="")
    work_kind: Mapped[str] = mapped_column(String(32), default="")
    channel: Mapped[str] = mapped_column(String(32), default="")
    grid: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(16))
    reported_at: Mapped[str] = mapped_column(String(19), default="")
    closed_on: Mapped[str] = mapped_column(String(10), default="")
    closure: Mapped[str] = mapped_column(String(32), default="")
    satisfaction: Mapped[str] = mapped_column(String(16), default="")
    current: Mapped[bool] = mapped_column(default=True)


class RosterRow(TownshipBase):
    """The counts of the village's latest roster snapshot, per grid (a new snapshot replaces it)."""

    __tablename__ = "tw_roster"

    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"), primary_key=True)
    grid: Mapped[str] = mapped_column(String(64), primary_key=True)
    residents: Mapped[int] = mapped_column()
    households: Mapped[int] = mapped_column()
    key_group_people: Mapped[int] = mapped_column(default=0)
    batch_id: Mapped[int] = mapped_column(ForeignKey("tw_batches.id"))


class TrainingRow(TownshipBase):
    __tablename__ = "tw_training"
    __table_args__ = (UniqueConstraint("village_code", "day", "topic", "person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"))
    day: Mapped[str] = mapped_column(String(10))
    level: Mapped[str] = mapped_column(String(16), default="")
    organiser: Mapped[str] = mapped_column(String(64), default="")
    topic: Mapped[str] = mapped_column(String(200))
    hours: Mapped[str] = mapped_column(String(8), default="")
    person: Mapped[str] = mapped_column(String(64))
    presence: Mapped[str] = mapped_column(String(16), default="")
    score: Mapped[str] = mapped_column(String(8), default="")
    batch_id: Mapped[int] = mapped_column(ForeignKey("tw_batches.id"))


class VisitRow(TownshipBase):
    __tablename__ = "tw_visits"
    __table_args__ = (UniqueConstraint("village_code", "day", "slot", "grid", "member"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"))
    day: Mapped[str] = mapped_column(String(10))
    slot: Mapped[str] = mapped_column(String(16), default="")
    grid: Mapped[str] = mapped_column(String(64), default="")
    member: Mapped[str] = mapped_column(String(64), default="")
    households: Mapped[int] = mapped_column(default=0)
    problems: Mapped[int] = mapped_column(default=0)
    solved: Mapped[int] = mapped_column(default=0)
    batch_id: Mapped[int] = mapped_column(ForeignKey("tw_batches.id"))


class ReportFigureRow(TownshipBase):
    """The figures of a filed report's XML (report_xml.py), one row a figure, per report version."""

    __tablename__ = "tw_report_figures"
    __table_args__ = (UniqueConstraint("item_id", "section", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("tw_items.id"), index=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"))
    kind: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(16))
    section: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[int] = mapped_column()
    total: Mapped[int | None] = mapped_column(default=None)


class FileRow(TownshipBase):
    """A file kept in the township's folder under its SM3 (content-addressed: stored once)."""

    __tablename__ = "tw_files"

    sm3: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column()
    # Where the bytes are: a pack (objects/packs/NAME) at an offset, or loose (objects/ab/abcd...) when "".
    pack: Mapped[str] = mapped_column(String(80), default="", server_default="")
    pack_offset: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class ItemFileRow(TownshipBase):
    __tablename__ = "tw_item_files"

    item_id: Mapped[int] = mapped_column(ForeignKey("tw_items.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    sm3: Mapped[str] = mapped_column(ForeignKey("tw_files.sm3"))


class EscalationRow(TownshipBase):
    """A case a village escalated (上报件), waiting for the township's answer; filled once the
    village's packages carry the category. Clocks in working days (domain/workdays.py)."""

    __tablename__ = "tw_escalations"
    __table_args__ = (UniqueConstraint("village_code", "case_number", "ordinal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"))
    case_number: Mapped[str] = mapped_column(String(40))
    ordinal: Mapped[int] = mapped_column()
    title: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[str] = mapped_column(String(19))
    due_at: Mapped[str] = mapped_column(String(19))
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    answered_at: Mapped[str] = mapped_column(String(19), default="")
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("tw_batches.id"), default=None)


class AuditRow(TownshipBase):
    """The township's own audit log (who set up, registered, imported, looked): hash-chained as the
    village's is (security/audit_chain.py: h = SM3(prev_h || SM3(canonical row)))."""

    __tablename__ = "tw_audit"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    ts: Mapped[str] = mapped_column(String(32))
    account: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    hash: Mapped[str] = mapped_column(String(64))


class AnswerRow(TownshipBase):
    """The township's answer to an escalation (issue 21 item 2): its kind, its words, the staff
    member who answered (their display name, as the reply names them), and the reply package that
    carried it (None until one did). A second answer to the same escalation is a row of its own."""

    __tablename__ = "tw_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("tw_escalations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # instruct | return | solved | county
    text: Mapped[str] = mapped_column(Text)
    answered_by: Mapped[str] = mapped_column(String(64))  # the staff member's display name
    account: Mapped[str] = mapped_column(String(32))  # and their login
    answered_at: Mapped[str] = mapped_column(String(19))
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("tw_replies.id"), default=None, index=True)


class AnswerFileRow(TownshipBase):
    """An answer's attachment: kept once under its SM3 in the township's folder (tw_files)."""

    __tablename__ = "tw_answer_files"

    answer_id: Mapped[int] = mapped_column(ForeignKey("tw_answers.id"), primary_key=True)
    n: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))  # the ASCII name in the reply bag
    title: Mapped[str] = mapped_column(String(128))  # the file's own name
    sm3: Mapped[str] = mapped_column(ForeignKey("tw_files.sm3"))


class ReplyRow(TownshipBase):
    """A reply package written onto a stick for one village: its sequence runs per village and
    year (HF-<township>-<village>-<year>-<seq>)."""

    __tablename__ = "tw_replies"
    __table_args__ = (UniqueConstraint("village_code", "year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"))
    year: Mapped[int] = mapped_column()
    seq: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(String(48))
    made_at: Mapped[str] = mapped_column(String(19))
    made_by: Mapped[str] = mapped_column(String(32))
    receipts: Mapped[int] = mapped_column(default=0)
    answers: Mapped[int] = mapped_column(default=0)
    folder: Mapped[str] = mapped_column(Text, default="")


class ReplyReceiptRow(TownshipBase):
    """Which loaded batch (batch_id) or quarantined package (quarantine_id) a reply receipted:
    what has no row here is still to be receipted."""

    __tablename__ = "tw_reply_receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    reply_id: Mapped[int] = mapped_column(ForeignKey("tw_replies.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("tw_batches.id"), default=None, unique=True)
    quarantine_id: Mapped[int | None] = mapped_column(ForeignKey("tw_quarantine.id"), default=None, unique=True)


class ReviewRow(TownshipBase):
    """A quarterly review a village reported (its 考核结果 item, reviews.csv): one row per
    (village, quarter, member, level), a later batch's row for the same key replacing the
    earlier one (a review the village recorded again), so the same batch twice changes nothing.
    member_id is the village's own member id (0 when an older package did not carry it)."""

    __tablename__ = "tw_reviews"
    __table_args__ = (UniqueConstraint("village_code", "quarter", "member", "member_id", "level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"))
    quarter: Mapped[str] = mapped_column(String(8))
    member: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[int] = mapped_column(default=0)
    level: Mapped[str] = mapped_column(String(8))  # first | second
    reviewer: Mapped[str] = mapped_column(String(64), default="")
    decided_on: Mapped[str] = mapped_column(String(10), default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    total: Mapped[str] = mapped_column(String(16), default="")
    grade: Mapped[str] = mapped_column(String(16), default="")
    batch_id: Mapped[int] = mapped_column(ForeignKey("tw_batches.id"), index=True)


class SecondReviewRow(TownshipBase):
    """The township's second review (复评) of a member's quarter, kept unsent until a reply
    carries it (reply_id). changes: JSON [[item, points, reason], ...]."""

    __tablename__ = "tw_second_reviews"
    __table_args__ = (UniqueConstraint("village_code", "quarter", "member", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"))
    quarter: Mapped[str] = mapped_column(String(8))
    member: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[int] = mapped_column(default=0)
    reviewer: Mapped[str] = mapped_column(String(64))
    decided_on: Mapped[str] = mapped_column(String(10))
    decision: Mapped[str] = mapped_column(Text)
    changes: Mapped[str] = mapped_column(Text, default="[]")
    account: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[str] = mapped_column(String(19))
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("tw_replies.id"), default=None, index=True)


class TaskDownRow(TownshipBase):
    """A task the township sends down to one village (typed per the 准入清单); grids: codes
    separated by spaces, "" for every grid."""

    __tablename__ = "tw_tasks_down"

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"), index=True)
    type_name: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(128))
    due_on: Mapped[str] = mapped_column(String(10))
    document: Mapped[str] = mapped_column(String(128), default="")
    details: Mapped[str] = mapped_column(Text, default="")
    grids: Mapped[str] = mapped_column(Text, default="")
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(19))
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("tw_replies.id"), default=None, index=True)


class TrainingDownRow(TownshipBase):
    """A training session the township held for one village's members, sent with who attended."""

    __tablename__ = "tw_trainings_down"

    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("tw_villages.code"), index=True)
    topic: Mapped[str] = mapped_column(String(128))
    starts_at: Mapped[str] = mapped_column(String(16))  # YYYY-MM-DDTHH:MM
    hours: Mapped[str] = mapped_column(String(8))  # as typed and checked ("2.5"): text, exact on both engines
    place: Mapped[str] = mapped_column(String(128), default="")
    trainer: Mapped[str] = mapped_column(String(64), default="")
    assessed: Mapped[bool] = mapped_column(default=False)
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(19))
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("tw_replies.id"), default=None, index=True)


class TrainingDownPersonRow(TownshipBase):
    __tablename__ = "tw_training_down_people"

    training_id: Mapped[int] = mapped_column(ForeignKey("tw_trainings_down.id"), primary_key=True)
    n: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[int | None] = mapped_column(default=None)
    id_masked: Mapped[str] = mapped_column(String(18), default="")
    presence: Mapped[str] = mapped_column(String(8))  # 参加 | 请假 | 缺席
    hours: Mapped[str] = mapped_column(String(8), default="")
    score: Mapped[str] = mapped_column(String(8), default="")
    passed: Mapped[bool | None] = mapped_column(default=None)
    reason: Mapped[str] = mapped_column(String(128), default="")
