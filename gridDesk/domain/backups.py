"""What a backup is to the people who keep them: a dated, checked copy of the whole centre,
several kept, the oldest let go, and a reminder when the last one is getting old."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

FORMAT = "griddesk-backup/1"
MANIFEST = "backup.json"
DB_FILE = "griddesk.db"
KEYS_FILE = "griddesk.keys"
FOLDER_PREFIX = "GridDesk-backup-"

KEEP_DEFAULT = 10
KEEP_MIN, KEEP_MAX = 2, 99
REMIND_AFTER_DAYS = 7
FULL_CHECK_EVERY_DAYS = 7

# The tables whose counts a person recognises, in the order the restore dialog shows them.
SHOWN_COUNTS = (("residents", "居民"), ("households", "户"), ("grids", "网格"), ("team_members", "网格队伍"),
                ("cases", "事件"), ("visits", "走访"), ("training_sessions", "培训"), ("attachments", "附件"))

REASONS = {"manual": "手动备份", "before-restore": "恢复前自动备份", "before-migration": "升级前自动备份"}
# Copies the program makes by itself before it changes the database: listed, never the centre's backup.
AUTOMATIC = frozenset({"before-restore", "before-migration"})


# The copy taken before a database upgrade: one keyed file, before-migration-<local time>.db,
# beside the backups on this PC (services/access.py); listed, never restored from the list.
UPGRADE_COPY_PREFIX = "before-migration-"


@dataclass(frozen=True)
class UpgradeCopy:
    path: Path
    created: str  # local ISO time, from the name
    db_bytes: int


class MediumKind(str, enum.Enum):
    """Where a backup went, as it matters when the PC is lost: only the last two survive it."""

    THIS_PC = "this_pc"
    REMOVABLE = "removable"  # a USB stick, a memory card
    OTHER_DISK = "other_disk"  # a USB hard disk, a second disk, a network share


@dataclass(frozen=True)
class Medium:
    kind: MediumKind
    place: str  # the volume as a person names it: "E:\\", "/media/zhang/KINGSTON"

    @property
    def off_pc(self) -> bool:
        return self.kind is not MediumKind.THIS_PC


def counts_as_backup(reason: str, medium: Medium) -> bool:
    """The centre's backup: made by a person, on something that leaves with them, not with the PC."""
    return reason not in AUTOMATIC and medium.off_pc


@dataclass(frozen=True)
class BackupInfo:
    folder: Path
    created: str  # local ISO time of the snapshot
    app_version: str
    schema: str
    db_id: str
    village: str
    division_code: str
    epoch: int
    db_bytes: int
    keys_sha256: str
    reason: str = "manual"
    counts: dict[str, int] = field(default_factory=dict)
    audit_head: str = ""  # "<count> <SM3 head>" of the copy's audit chain (anchoring; "" before 0.7)

    @property
    def db_file(self) -> Path:
        return self.folder / DB_FILE

    @property
    def keys_file(self) -> Path:
        return self.folder / KEYS_FILE

    def shown_counts(self) -> list[tuple[str, int]]:
        return [(label, self.counts[name]) for name, label in SHOWN_COUNTS if name in self.counts]

    def to_json(self) -> dict:
        return {"format": FORMAT, "created": self.created, "app_version": self.app_version,
                "schema": self.schema, "db_id": self.db_id, "village": self.village,
                "division_code": self.division_code, "epoch": self.epoch, "db_bytes": self.db_bytes,
                "keys_sha256": self.keys_sha256, "reason": self.reason, "counts": self.counts,
                "audit_head": self.audit_head}

    @classmethod
    def from_json(cls, folder: Path, body: dict) -> "BackupInfo":
        if body.get("format") != FORMAT:
            raise ValueError(f"not a GridDesk backup: {body.get('format')!r}")
        return cls(folder=folder, created=str(body["created"]), app_version=str(body["app_version"]),
                   schema=str(body["schema"]), db_id=str(body["db_id"]), village=str(body["village"]),
                   division_code=str(body["division_code"]), epoch=int(body["epoch"]),
                   db_bytes=int(body["db_bytes"]), keys_sha256=str(body["keys_sha256"]),
                   reason=str(body.get("reason", "manual")),
                   counts={str(k): int(v) for k, v in dict(body.get("counts", {})).items()},
                   audit_head=str(body.get("audit_head", "")))


def folder_name(created: datetime) -> str:
    return FOLDER_PREFIX + created.strftime("%Y%m%d-%H%M%S")


def check_keep(keep: int) -> int:
    if not KEEP_MIN <= keep <= KEEP_MAX:
        raise ValueError(f"keep {KEEP_MIN}..{KEEP_MAX}")
    return keep


def to_let_go(backups: list[BackupInfo], keep: int) -> list[BackupInfo]:
    """The generations beyond the newest `keep` of the same centre; never the only one left."""
    ordered = sorted(backups, key=lambda b: b.created, reverse=True)
    return ordered[max(1, keep):]


def days_since(last: str, today: date) -> int | None:
    """Whole days since an ISO timestamp; None when there was never one."""
    if not last:
        return None
    return (today - datetime.fromisoformat(last).date()).days


def backup_overdue(last: str, today: date) -> bool:
    days = days_since(last, today)
    return days is None or days >= REMIND_AFTER_DAYS


def schema_relation(schema: str, known: tuple[str, ...]) -> str:
    """'newer' (made by a later GridDesk), 'older' (needs migrating) or 'same'."""
    if schema not in known:
        return "newer"
    return "same" if schema == known[-1] else "older"
