"""The roster's use cases: the grid tree, residents (masked), households, edits with history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from ..domain.idcard import mask_id_number, mask_phone
from ..domain.text_masking import mask_numbers_in_text
from ..domain.resident_rules import check_resident
from ..domain.text import clean_text
from ..domain.households import check_household_number, next_household_number
from ..domain.roster import GridNode, HouseholdChoice, HouseholdView, Resident, ResidentFilter, ResidentListItem, ResidentMove
from ..storage.grids_repo import GridsRepo
from ..storage.residents_repo import HouseholdsRepo, ResidentsRepo
from .guard import rule
from .clock import local_dt
from .roster_scope import grid_scope
from .session import Changes, UserSession


def mask_item(i: ResidentListItem) -> ResidentListItem:
    # Built directly, not with dataclasses.replace: a scrolling table masks thousands of rows.
    return ResidentListItem(i.id, i.name, i.sex, i.birth_date, mask_id_number(i.id_number),
                            mask_phone(i.phone) if i.phone else "", i.grid_code, i.grid_name,
                            i.household_number, i.relation, i.away, i.status)


def _masked_extra(extra: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple((h, mask_numbers_in_text(v)) for h, v in extra)


def mask_resident(r: Resident) -> Resident:
    return replace(r, id_number=mask_id_number(r.id_number),
                   phone=mask_phone(r.phone) if r.phone else "",
                   phone2=mask_phone(r.phone2) if r.phone2 else "",
                   home_phone=mask_phone(r.home_phone) if r.home_phone else "",
                   extra=_masked_extra(r.extra))


class RosterService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _scope(self) -> tuple[str, ...] | None:
        return grid_scope(self.session)

    def _in_scope(self, grid_code: str) -> bool:
        scope = self._scope()
        return scope is None or any(grid_code.startswith(c) for c in scope)

    # -- reading -------------------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def tree(self) -> list[GridNode]:
        with self.session.db.transaction() as s:
            nodes = GridsRepo(s).tree()
        return [n for n in nodes if self._in_scope(n.code)]

    @rule(Permission.VIEW_ROSTER)
    def resident_ids(self, f: ResidentFilter, sort: str = "", descending: bool = False) -> list[int]:
        if f.key_group:
            from ..domain.key_groups import KeyGroup, visible_groups

            if KeyGroup(f.key_group) not in visible_groups(self.session.account.role):
                self.session.require(Permission.VIEW_SENSITIVE)  # refused, on the record, saying who may
        with self.session.db.transaction() as s:
            return ResidentsRepo(s).ids(f, self._scope(), sort, descending)

    @rule(Permission.VIEW_ROSTER)
    def resident_rows(self, ids: list[int]) -> list[ResidentListItem]:
        """Masked rows: what every screen shows until someone asks, with a reason, to see more."""
        with self.session.db.transaction() as s:
            return [mask_item(i) for i in ResidentsRepo(s).list_items(ids) if self._in_scope(i.grid_code)]

    def _get(self, resident_id: int) -> Resident:
        with self.session.db.transaction() as s:
            resident = ResidentsRepo(s).get(resident_id)
        if resident is None or not self._in_scope(resident.grid_code):
            raise NotFound("roster.no_person")
        return resident

    @rule(Permission.VIEW_ROSTER)
    def resident(self, resident_id: int) -> Resident:
        return mask_resident(self._get(resident_id))

    @rule(Permission.UNMASK)
    def unmask(self, resident_id: int, reason: str) -> Resident:
        """The full ID number and phones, for a stated reason; the view is on the record."""
        reason = clean_text(reason, 200, "reason")
        if len(reason) < 2:
            raise ValidationError("reason", "roster.unmask_reason")
        resident = self._get(resident_id)
        self.session.record(Action.UNMASK.value, f"resident:{resident_id} {resident.name}", reason)
        return resident

    @rule(Permission.VIEW_ROSTER)
    def moves(self, resident_id: int) -> list[ResidentMove]:
        self._get(resident_id)
        with self.session.db.transaction() as s:
            return ResidentsRepo(s).moves(resident_id)

    @rule(Permission.VIEW_ROSTER)
    def household(self, number: str) -> HouseholdView:
        with self.session.db.transaction() as s:
            view = ResidentsRepo(s).household(number)
        if view is None or not self._in_scope(view.grid_code):
            raise NotFound("roster.no_household", number=str(number))
        return replace(view, members=tuple(mask_item(m) for m in view.members))

    @rule(Permission.VIEW_ROSTER)
    def households(self, grid_code: str) -> list[HouseholdChoice]:
        """The grid's households (its micro-grids' too) for the resident form's pick-list."""
        if not grid_code or not self._in_scope(grid_code):
            return []
        with self.session.db.transaction() as s:
            return HouseholdsRepo(s).choices(grid_code)

    @rule(Permission.EDIT_ROSTER)
    def next_household_number(self) -> str:
        with self.session.db.transaction() as s:
            taken = HouseholdsRepo(s).numbers()
        return next_household_number(self.session.centre.division_code, taken)

    # -- writing -------------------------------------------------------------------------------
    @rule(Permission.EDIT_ROSTER)
    def save_resident(self, r: Resident, move_reason: str = "") -> Changes:
        """Add or change one person. Masked numbers left as shown keep their stored values."""
        if r.id is not None:
            old = self._get(r.id)
            if r.id_number == mask_id_number(old.id_number):
                r = replace(r, id_number=old.id_number)
            if r.phone and r.phone == mask_phone(old.phone):
                r = replace(r, phone=old.phone)
            if r.phone2 and r.phone2 == mask_phone(old.phone2):
                r = replace(r, phone2=old.phone2)
            if r.home_phone and r.home_phone == mask_phone(old.home_phone):
                r = replace(r, home_phone=old.home_phone)
            if r.extra == _masked_extra(old.extra):  # the ledger's own columns, as a dialog showed them
                r = replace(r, extra=old.extra)
        r = check_resident(r)
        if not self._in_scope(r.grid_code):
            raise PermissionDenied("roster.not_your_grid")
        now = local_dt(self.session.clock())
        with self.session.write(Action.WRITE.value, f"resident {r.name}", "save") as s:
            repo = ResidentsRepo(s)
            existing = repo.by_id_numbers([r.id_number]).get(r.id_number)
            if existing is not None and existing.id != r.id:
                if not self._in_scope(existing.grid_code):  # whose it is belongs to another grid's staff
                    raise Conflict("roster.id_elsewhere")
                raise Conflict("roster.id_taken", name=existing.name, number=existing.household_number or "-")
            grids = GridsRepo(s).ids()
            if r.grid_code not in grids:
                raise ValidationError("grid_code", "roster.no_grid", grid=r.grid_code)
            if r.household_number:
                grid_of_household = repo.household_grid(r.household_number)
                if grid_of_household and grid_of_household != r.grid_code:
                    if not self._in_scope(grid_of_household):
                        raise PermissionDenied("roster.household_elsewhere", number=r.household_number)
                    r = replace(r, grid_code=grid_of_household)  # a person lives where the household is
            households = repo.ensure_households(
                {r.household_number: (r.actual_address, grids[r.grid_code])} if r.household_number else {})
            if r.id is None:
                repo.insert_many([r], grids, households, now)
                rid = repo.by_id_numbers([r.id_number])[r.id_number].id
            else:
                repo.update_many([r], grids, households, now, self.session.account.username,
                                 move_reason or "编辑")
                rid = r.id
        return Changes("residents", (rid,))

    @rule(Permission.EDIT_ROSTER)
    def add_household(self, number: str, head: Resident) -> Changes:
        """新增户: a household of the number's form in the head's grid, at the head's address, with
        its head registered in the same step (a household is never left without one)."""
        number = check_household_number(number)
        with self.session.db.transaction() as s:
            existing = ResidentsRepo(s).household(number)
        if existing is not None:
            head_name = next((m.name for m in existing.members if m.relation == "户主"), "-")
            raise ValidationError("household_number", "household.exists", number=number,
                                  head=head_name if self._in_scope(existing.grid_code) else "-")
        return self.save_resident(replace(head, household_number=number, relation="户主", id=None))

    @rule(Permission.EDIT_ROSTER)
    def set_status(self, resident_id: int, status: str, reason: str) -> Changes:
        """迁出 / 死亡: the record stays (one person, one record), it leaves the active roster."""
        if status not in ("active", "moved_out", "deceased"):
            raise ValidationError("status", "roster.status")
        resident = self._get(resident_id)
        with self.session.write(Action.WRITE.value, f"resident:{resident_id} {resident.name}",
                                f"status {status}: {reason}") as s:
            repo = ResidentsRepo(s)
            grids = GridsRepo(s).ids()
            households = repo.household_ids([resident.household_number or ""])
            repo.update_many([replace(resident, status=status)], grids, households,
                             local_dt(self.session.clock()), self.session.account.username, reason)
        return Changes("residents", (resident_id,))

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return local_dt(self.session.clock()).date()
