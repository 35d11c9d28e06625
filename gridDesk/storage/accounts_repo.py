"""Accounts in the database: roles, flags and dates (never keys or passwords)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.accounts import Account, Role, match_username
from .orm.accounts import AccountRow
from .orm.roster import TeamMemberRow


def _to_domain(row: AccountRow) -> Account:
    return Account(id=row.id, username=row.username, display_name=row.display_name,
                   role=Role(row.role), disabled=row.disabled,
                   password_changed_at=row.password_changed_at,
                   must_change_password=row.must_change_password, created_at=row.created_at,
                   grid_codes=tuple(c for c in row.grid_codes.split(",") if c), member_id=row.member_id)


class AccountsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _row(self, username: str) -> AccountRow | None:
        """The active account `username` means: exactly so named, else the one name that is
        the same under NFKC and case folding (ｚｈｕｒｅｎ, Zhuren)."""
        row = self.s.scalar(select(AccountRow).where(
            AccountRow.username == username, AccountRow.removed_at.is_(None)))
        if row is not None:
            return row
        active = list(self.s.scalars(select(AccountRow).where(AccountRow.removed_at.is_(None))))
        name = match_username(username, [r.username for r in active])
        return next((r for r in active if r.username == name), None)

    def get(self, username: str) -> Account | None:
        row = self._row(username)
        return _to_domain(row) if row else None

    def list(self) -> list[Account]:
        rows = self.s.scalars(select(AccountRow).where(AccountRow.removed_at.is_(None))
                              .order_by(AccountRow.id))
        return [_to_domain(r) for r in rows]

    def removed(self) -> list[tuple[int, str, datetime]]:
        """Removed accounts: (id, the name they had, when), oldest first."""
        rows = self.s.scalars(select(AccountRow).where(AccountRow.removed_at.is_not(None))
                              .order_by(AccountRow.id))
        return [(r.id, r.username.rsplit(f"#removed{r.id}", 1)[0], r.removed_at) for r in rows]

    def add(self, username: str, display_name: str, role: Role, now: datetime,
            must_change_password: bool, member_id: int | None = None) -> Account:
        row = AccountRow(username=username, display_name=display_name, role=role.value,
                         disabled=False, must_change_password=must_change_password,
                         password_changed_at=now, created_at=now, member_id=member_id)
        self.s.add(row)
        self.s.flush()
        return _to_domain(row)

    def set_grids(self, username: str, codes: list[str]) -> None:
        row = self._row(username)
        assert row is not None
        row.grid_codes = ",".join(codes)

    def set_member(self, username: str, member_id: int | None) -> None:
        row = self._row(username)
        assert row is not None
        row.member_id = member_id

    def people_names(self) -> dict[str, str]:
        """Login -> the person, for what is printed: the linked team member's real name, else the
        account's display name. Removed accounts too, under the login they had (timelines keep
        it); a login in use again means its present holder."""
        rows = self.s.execute(select(AccountRow.id, AccountRow.username, AccountRow.display_name,
                                     AccountRow.removed_at, TeamMemberRow.name)
                              .outerjoin(TeamMemberRow, TeamMemberRow.id == AccountRow.member_id)
                              .order_by(AccountRow.removed_at.is_(None), AccountRow.id))
        out: dict[str, str] = {}
        for id_, username, display_name, removed_at, member_name in rows:  # removed first, active last
            login = username.rsplit(f"#removed{id_}", 1)[0] if removed_at is not None else username
            out[login] = member_name or display_name or login
        return out

    def holder_of(self, member_id: int) -> str | None:
        """The active account that belongs to this team member, if any."""
        return self.s.scalar(select(AccountRow.username).where(
            AccountRow.member_id == member_id, AccountRow.removed_at.is_(None)))

    def set_disabled(self, username: str, disabled: bool) -> None:
        row = self._row(username)
        assert row is not None
        row.disabled = disabled

    def password_changed(self, username: str, now: datetime, must_change: bool = False) -> None:
        row = self._row(username)
        assert row is not None
        row.password_changed_at = now
        row.must_change_password = must_change

    def mark_removed(self, username: str, now: datetime) -> None:
        row = self._row(username)
        assert row is not None
        # The row stays for the audit trail; the name is freed for reuse.
        row.removed_at = now
        row.disabled = True
        row.username = f"{username}#removed{row.id}"
