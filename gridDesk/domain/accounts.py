"""Staff roles, what each may do, and the password rule (SECURITY.md, 等保 2.0 level 2)."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .errors import PasswordRejected, ValidationError

MAX_FAILURES = 5
LOCKOUT_SECONDS = 15 * 60
IDLE_LOCK_SECONDS = 10 * 60
PASSWORD_MIN_LENGTH = 8
PASSWORD_MAX_LENGTH = 256


class Role(str, enum.Enum):
    DIRECTOR = "director"  # 主任
    STAFF = "staff"  # 工作人员
    GRID_MEMBER = "grid_member"  # 网格员
    AUDITOR = "auditor"  # 审计员

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.DIRECTOR: "主任",
    Role.STAFF: "工作人员",
    Role.GRID_MEMBER: "网格员",
    Role.AUDITOR: "审计员",
}


class Permission(str, enum.Enum):
    MANAGE_ACCOUNTS = "manage_accounts"
    EDIT_ROSTER = "edit_roster"
    VIEW_ROSTER = "view_roster"
    UNMASK = "unmask"
    EXPORT = "export"
    PRINT = "print"
    READ_AUDIT = "read_audit"
    SETTINGS = "settings"
    BACKUP = "backup"
    MANAGE_BACKUPS = "manage_backups"  # restore, and how many generations are kept


_WORK = {Permission.EDIT_ROSTER, Permission.VIEW_ROSTER, Permission.PRINT}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.DIRECTOR: frozenset(Permission),
    Role.STAFF: frozenset(_WORK | {Permission.UNMASK, Permission.EXPORT, Permission.SETTINGS,
                                   Permission.BACKUP}),
    Role.GRID_MEMBER: frozenset(_WORK),
    Role.AUDITOR: frozenset({Permission.READ_AUDIT}),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: Role
    disabled: bool
    password_changed_at: datetime | None
    must_change_password: bool
    created_at: datetime
    grid_codes: tuple[str, ...] = ()  # for a grid member: the grids they may see


def normalise_password(password: str) -> str:
    """NFC, so a password typed through one input method opens what another one set."""
    return unicodedata.normalize("NFC", password)


def check_password_rule(password: str) -> None:
    """At least 8 characters from 3 of the 4 classes; anything else is allowed (quotes, 中文, emoji)."""
    password = normalise_password(password)
    if len(password) < PASSWORD_MIN_LENGTH:
        raise PasswordRejected(f"密码至少需要 {PASSWORD_MIN_LENGTH} 个字符。")
    if len(password) > PASSWORD_MAX_LENGTH:
        raise PasswordRejected(f"密码不能超过 {PASSWORD_MAX_LENGTH} 个字符。")
    classes = 0
    classes += any(c.isascii() and c.islower() for c in password)
    classes += any(c.isascii() and c.isupper() for c in password)
    classes += any(c.isdigit() for c in password)
    classes += any(not (c.isascii() and c.isalnum()) for c in password)
    if classes < 3:
        raise PasswordRejected("密码需包含大写字母、小写字母、数字、符号中的至少三类。")


def username_key(username: str) -> str:
    """The form in which two user names are the same name: NFKC (the full-width ｄｅｍｏ of a
    Chinese input method is demo), case-folded (Demo is demo), outer spaces dropped. Names are
    stored as typed (NFKC); this key is what uniqueness, login and the lockout counter compare."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", username).casefold()).strip()


def match_username(typed: str, names: Iterable[str]) -> str | None:
    """The stored name that `typed` means: itself if stored so, else the only stored name with
    its key (None when there is none, or two old names already share a key)."""
    names = list(names)
    plain = unicodedata.normalize("NFKC", typed).strip()
    if plain in names:
        return plain
    same = [n for n in names if username_key(n) == username_key(typed)]
    return same[0] if len(same) == 1 else None


def check_username(username: str) -> str:
    username = unicodedata.normalize("NFKC", username).strip()
    if not username or len(username) > 32:
        raise ValidationError("username", "用户名不能为空，且不超过 32 个字符。")
    if any(c.isspace() or unicodedata.category(c).startswith("C") for c in username):
        raise ValidationError("username", "用户名不能包含空格或控制字符。")
    return username
