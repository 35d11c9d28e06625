"""Staff accounts: add, disable, enable, remove (with the rekey), change a password."""

from __future__ import annotations

from ..domain.accounts import Account, Permission, Role, check_password_rule, check_username, username_key
from ..domain.audit import Action
from ..domain.errors import Conflict, NotFound, PermissionDenied
from ..domain.text import clean_text
from ..storage.accounts_repo import AccountsRepo
from ..storage.grids_repo import GridsRepo
from ..storage.team_repo import TeamRepo
from .guard import rule
from .access import Access, Checkpoint
from .clock import local_dt
from .session import Changes, UserSession


class AccountsService:
    def __init__(self, session: UserSession, access: Access) -> None:
        self.session = session
        self.access = access

    @rule(Permission.MANAGE_ACCOUNTS)
    def list(self) -> list[Account]:
        with self.session.db.transaction() as s:
            return AccountsRepo(s).list()

    @rule(Permission.MANAGE_ACCOUNTS)
    def add(self, username: str, display_name: str, role: Role, password: str,
            member_id: int | None = None) -> Changes:
        """A new account with a first password it must change at first login. `member_id`: the
        team member this login belongs to; a grid member's or leader's account then reaches the
        grids that member serves, until the director gives it others."""
        username = check_username(username)
        check_password_rule(password)
        keyfile = self.access.load_keys(self.session)
        key = username_key(username)
        if any(username_key(name) == key for name in keyfile.accounts()):
            raise Conflict("accounts.exists", username=username)
        with self.session.write(Action.ACCOUNT_ADDED.value, username, role.value) as s:
            repo = AccountsRepo(s)
            if any(username_key(a.username) == key for a in repo.list()):
                raise Conflict("accounts.exists", username=username)
            member = self._member(s, member_id, username) if member_id is not None else None
            name = clean_text(display_name, 32, "display_name") or (member.member.name if member else username)
            account = repo.add(username, name, role, local_dt(self.session.clock()), must_change_password=True,
                               member_id=member_id)
            if member is not None and role.in_grids:
                repo.set_grids(username, list(member.grid_codes))
            # The slot is written inside the transaction: if it fails, no account row lands.
            keyfile.put_account(username, password, self.session.dek)
            keyfile.save(self.access.keys_path, self.session.dek)
        return Changes("accounts", (account.id,))

    def _target(self, username: str) -> Account:
        with self.session.db.transaction() as s:
            account = AccountsRepo(s).get(username)
        if account is None:
            raise NotFound("accounts.no_such", username=username)
        return account

    def _keep_a_director(self, username: str) -> None:
        if username == self.session.account.username:
            raise PermissionDenied("accounts.own")
        others = [a for a in self.list()
                  if a.role is Role.DIRECTOR and not a.disabled and a.username != username]
        if self._target(username).role is Role.DIRECTOR and not others:
            raise PermissionDenied("accounts.last_director")

    @rule(Permission.MANAGE_ACCOUNTS)
    def set_disabled(self, username: str, disabled: bool) -> Changes:
        account = self._target(username)
        username = account.username  # the stored name, however it was typed (ＬＩ, Li)
        if disabled:
            self._keep_a_director(username)
        action = Action.ACCOUNT_DISABLED if disabled else Action.ACCOUNT_ENABLED
        with self.session.write(action.value, username) as s:
            AccountsRepo(s).set_disabled(username, disabled)
        if disabled:
            self.access.cache.forget(self.session.centre.db_id, username)
        return Changes("accounts", (account.id,))

    @rule(Permission.MANAGE_ACCOUNTS)
    def set_grids(self, username: str, codes: list[str]) -> Changes:
        """The grids a grid member's account may see (网格员: own grid only)."""
        account = self._target(username)
        username = account.username
        with self.session.db.transaction() as s:
            known = set(GridsRepo(s).ids())
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise NotFound("accounts.no_grids", grid=list(unknown))
        with self.session.write(Action.SETTINGS_CHANGED.value, f"account {username}", "grids " + ",".join(codes)) as s:
            AccountsRepo(s).set_grids(username, sorted(set(codes)))
        return Changes("accounts", (account.id,))

    @staticmethod
    def _member(s, member_id: int, username: str):
        """The serving team member an account is to belong to, held by no other account."""
        member = next((t for t in TeamRepo(s).all() if t.id == member_id), None)
        if member is None:
            raise NotFound("accounts.no_member")
        holder = AccountsRepo(s).holder_of(member_id)
        if holder is not None and username_key(holder) != username_key(username):
            raise Conflict("accounts.member_taken", name=member.member.name, username=holder)
        return member

    @rule(Permission.MANAGE_ACCOUNTS)
    def set_member(self, username: str, member_id: int | None) -> Changes:
        """Which team member this login belongs to (None: nobody, e.g. a staff account)."""
        account = self._target(username)
        username = account.username
        with self.session.write(Action.SETTINGS_CHANGED.value, f"account {username}",
                                f"member {member_id if member_id is not None else 'none'}") as s:
            if member_id is not None:
                self._member(s, member_id, username)
            AccountsRepo(s).set_member(username, member_id)
        return Changes("accounts", (account.id,))

    @rule(Permission.MANAGE_ACCOUNTS)
    def remove(self, username: str, checkpoint: Checkpoint | None = None) -> Changes:
        """Remove the account, then seal a new data key to everyone else and rekey."""
        account = self._target(username)
        username = account.username  # the slot to drop carries the stored name
        self._keep_a_director(username)
        with self.session.write(Action.ACCOUNT_REMOVED.value, username) as s:
            AccountsRepo(s).mark_removed(username, local_dt(self.session.clock()))
        self.access.cache.forget(self.session.centre.db_id, username)
        self.access.rotate_key(self.session, drop=username, checkpoint=checkpoint)
        return Changes("accounts", (account.id,))

    @rule(None, why="one's own password: the old one proves who it is, whatever the role")
    def change_password(self, old_password: str, new_password: str) -> Changes:
        """Your own password: the old one proves it is you; a new slot replaces the old."""
        me = self.session.account.username
        check_password_rule(new_password)
        keyfile = self.access.load_keys(self.session)
        keyfile.unwrap_private(me, old_password)
        with self.session.write(Action.PASSWORD_CHANGED.value, me) as s:
            AccountsRepo(s).password_changed(me, local_dt(self.session.clock()))
            keyfile.put_account(me, new_password, self.session.dek)
            keyfile.save(self.access.keys_path, self.session.dek)
        self.access.cache.forget(self.session.centre.db_id, me)
        return Changes("accounts", (self.session.account.id,))
