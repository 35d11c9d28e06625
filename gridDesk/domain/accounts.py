"""Accounts, user names and the password rule (SECURITY.md, 等保 2.0 level 2)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .errors import PasswordRejected, ValidationError
from .roles import ROLE_LABELS, Role
from .rules import Permission, can

MAX_FAILURES = 5
LOCKOUT_SECONDS = 15 * 60
IDLE_LOCK_SECONDS = 10 * 60
PASSWORD_MIN_LENGTH = 8
PASSWORD_MAX_LENGTH = 256


# Role, ROLE_LABELS, Permission and can live in roles.py and rules.py (the one table); they are
# imported above so that the many `from ..domain.accounts import Role` keep working.

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
    grid_codes: tuple[str, ...] = ()  # for a grid member or leader: the grids they may see
    member_id: int | None = None  # the team member this login belongs to (cases are assigned to people)


def normalise_password(password: str) -> str:
    """NFC, so a password typed through one input method opens what another one set."""
    return unicodedata.normalize("NFC", password)


def check_password_rule(password: str) -> None:
    """At least 8 characters from 3 of the 4 classes; anything else is allowed (quotes, 中文, emoji)."""
    password = normalise_password(password)
    if len(password) < PASSWORD_MIN_LENGTH:
        raise PasswordRejected("password_rejected.too_short", limit=PASSWORD_MIN_LENGTH)
    if len(password) > PASSWORD_MAX_LENGTH:
        raise PasswordRejected("password_rejected.too_long", limit=PASSWORD_MAX_LENGTH)
    classes = 0
    classes += any(c.isascii() and c.islower() for c in password)
    classes += any(c.isascii() and c.isupper() for c in password)
    classes += any(c.isdigit() for c in password)
    classes += any(not (c.isascii() and c.isalnum()) for c in password)
    if classes < 3:
        raise PasswordRejected("password_rejected.classes")


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
        raise ValidationError("username", "username.length")
    if any(c.isspace() or unicodedata.category(c).startswith("C") for c in username):
        raise ValidationError("username", "username.spaces")
    return username
