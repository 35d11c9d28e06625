"""The township's staff accounts beyond adding one (storage/township/repo.py adds): removing,
and the PostgreSQL side of each account, its database role: what it is granted, whether it may
log in, its password. Role names reach SQL only as checked identifiers, quoted."""

from __future__ import annotations

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from .orm import StaffRow
from .repo import Staff


def _quoted(role: str) -> str:
    return '"' + role.replace('"', '""') + '"'


class TownshipStaffRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def staff(self) -> list[Staff]:
        return [Staff(r.username, r.name, r.role, r.db_role, r.active)
                for r in self.s.scalars(select(StaffRow).order_by(StaffRow.username))]

    def active_directors(self) -> int:
        return int(self.s.scalar(select(func.count()).select_from(StaffRow).where(
            StaffRow.role == "director", StaffRow.active.is_(True))) or 0)

    def deactivate(self, username: str) -> None:
        """The row stays (the audit log names the account), the account no longer opens."""
        self.s.execute(update(StaffRow).where(StaffRow.username == username).values(active=False))

    # -- PostgreSQL ------------------------------------------------------------------------
    def table_owners(self) -> set[str]:
        return set(self.s.scalars(text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")))

    def may_manage_roles(self) -> bool:
        """Whether the connected role may change other roles (CREATEROLE, or a superuser)."""
        return bool(self.s.execute(text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"))
                    .scalar())

    def regrant(self, role: str, read_only: bool) -> None:
        """Exactly what the staff role needs on the township's tables as they are now (a table a
        later migration added included): an auditor reads, and writes only the audit log (what
        they looked at is logged under their name); staff and directors read and write."""
        quoted = _quoted(role)
        if read_only:  # an auditor once granted more (a director turned auditor) keeps no write
            self.s.execute(text(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public FROM {quoted}"))
            self.s.execute(text(f"REVOKE USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public FROM {quoted}"))
            self.s.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {quoted}"))
            self.s.execute(text(f"GRANT INSERT ON tw_audit TO {quoted}"))
        else:
            self.s.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted}"))
            self.s.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted}"))

    def renew_all(self, connected_as: str) -> list[Staff]:
        """Every staff role granted what it needs now (read only where every active account on it
        is an auditor), a removed account's role stripped; the roles that own the tables, and the
        one connected, are left alone (they have everything). Returns the active ones granted."""
        owners = self.table_owners() | {connected_as}
        everyone = self.staff()
        readers: dict[str, bool] = {}
        for m in everyone:
            if m.active and m.db_role:
                readers[m.db_role] = readers.get(m.db_role, True) and m.role == "auditor"
        for role, read_only in readers.items():
            if role not in owners:
                self.regrant(role, read_only)
        for role in {m.db_role for m in everyone if m.db_role and not m.active} - set(readers) - owners:
            self.revoke_all(role)
        return [m for m in everyone if m.active and m.db_role and m.db_role not in owners]

    def revoke_all(self, role: str) -> None:
        quoted = _quoted(role)
        self.s.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}"))
        self.s.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {quoted}"))

    def close_login(self, role: str) -> None:
        self.s.execute(text(f"ALTER ROLE {_quoted(role)} NOLOGIN"))

    def set_role_password(self, role: str, verifier: str) -> None:
        """`verifier` is a SCRAM-SHA-256 verifier (security/pg_scram.py), never the password itself;
        ALTER ROLE takes no bind parameter, so it goes in as a quoted literal of base64 and $:."""
        if "'" in verifier or "\\" in verifier:
            raise ValueError("not a SCRAM verifier")
        # Through the driver as it is: text() would take the verifier's ":salt" for a bind parameter.
        self.s.connection().exec_driver_sql(f"ALTER ROLE {_quoted(role)} PASSWORD '{verifier}'")
