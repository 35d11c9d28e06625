"""Who a login is, as paper names them: a timeline keeps the login that took each step ("demo",
"ge1"), but a form signed and handed to the township names a person. The linked team member's
name, else the account's display name (storage/accounts_repo.people_names); grid codes become
grid names the same way. Read inside an entry point that has already asked its rule."""

from __future__ import annotations

from ..storage.accounts_repo import AccountsRepo
from ..storage.grids_repo import GridsRepo
from .session import UserSession


class Names:
    """People by login and grids by code, read once for one printout."""

    def __init__(self, people: dict[str, str], grids: dict[str, str]) -> None:
        self.people, self.grids = people, grids

    def person(self, login: str) -> str:
        return self.people.get(login, login)

    def grid(self, code: str) -> str:
        return self.grids.get(code, code)


def names_for_print(session: UserSession) -> Names:
    with session.db.transaction() as s:
        return Names(AccountsRepo(s).people_names(), GridsRepo(s).names())

