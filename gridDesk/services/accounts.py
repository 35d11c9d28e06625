"""Staff accounts: add, disable, enable, remove (with the rekey), change a password."""

from __future__ import annotations

from ..domain.accounts import Account, Permission, Role, check_password_rule, check_username, username_key
from ..domain.audit import Action
from ..domain.errors import Conflict, NotFound, PermissionDenied
from ..domain.text import clean_text
from ..storage.accounts_repo import AccountsRepo
from ..storage.grids_repo import GridsRepo
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
    def add(self, username: str, display_name: str, role: Role, password: str) -> Changes:
        """A new account with a first password it must change at first login."""
        username = check_username(username)
        check_password_rule(password)
        keyfile = self.access.load_keys(self.session)
        key = username_key(username)
        if any(username_key(name) == key for name in keyfile.accounts()):
            raise Conflict(f"已有名为“{username}”的账号（大小写、全角半角不同也算同一个名字）。")
        with self.session.write(Action.ACCOUNT_ADDED.value, username, role.value) as s:
            repo = AccountsRepo(s)
            if any(username_key(a.username) == key for a in repo.list()):
                raise Conflict(f"已有名为“{username}”的账号（大小写、全角半角不同也算同一个名字）。")
            account = repo.add(username, clean_text(display_name, 32, "display_name") or username, role,
                               local_dt(self.session.clock()), must_change_password=True)
            # The slot is written inside the transaction: if it fails, no account row lands.
            keyfile.put_account(username, password, self.session.dek)
            keyfile.save(self.access.keys_path, self.session.dek)
        return Changes("accounts", (account.id,))

    def _target(self, username: str) -> Account:
        with self.session.db.transaction() as s:
            account = AccountsRepo(s).get(username)
        if account is None:
            raise NotFound(f"没有名为“{username}”的账号。")
        return account

    def _keep_a_director(self, username: str) -> None:
        if username == self.session.account.username:
            raise PermissionDenied("不能停用或删除自己正在使用的账号。")
        others = [a for a in self.list()
                  if a.role is Role.DIRECTOR and not a.disabled and a.username != username]
        if self._target(username).role is Role.DIRECTOR and not others:
            raise PermissionDenied("至少要保留一个可用的主任账号。")

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
            raise NotFound(f"没有这些网格：{'、'.join(unknown)}")
        with self.session.write(Action.SETTINGS_CHANGED.value, f"account {username}", "grids " + ",".join(codes)) as s:
            AccountsRepo(s).set_grids(username, sorted(set(codes)))
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
