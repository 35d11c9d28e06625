"""党群服务站 (DB3208/T 200 ch. 9): where each station is, the households it serves (within its
grid unless the centre says otherwise), what it provides, its hours, who is in charge, and the
"七个一" checklist (the items are the director's data; each ticked with a date and a note)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from ..domain.plausible_dates import not_before
from ..domain.audit import Action
from ..domain.errors import NotFound, ValidationError
from ..domain.outreach import ChecklistItem, Station, StationRecord
from ..domain.rules import Permission
from ..domain.resident_rules import bounded_text
from ..storage.grids_repo import GridsRepo
from ..storage.orm.roster import TeamMemberRow
from ..storage.outreach_repo import StationsRepo
from ..storage.residents_repo import HouseholdsRepo
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, inside
from .session import Changes, UserSession

MAX_ITEMS = 30  # "七个一" is seven: room for a township's own additions, not for a pasted column


class StationsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.VIEW_ROSTER)
    def listed(self) -> list[StationRecord]:
        """The stations of the account's grids (every one for the centre), each with its checklist."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            return [r for r in StationsRepo(s).listed() if inside(r.station.grid_code, scope)]

    @rule(Permission.VIEW_ROSTER)
    def items(self) -> list[ChecklistItem]:
        with self.session.db.transaction() as s:
            return StationsRepo(s).items()

    @rule(Permission.PARTY)
    def save(self, station_id: int | None, station: Station, outside_grid: bool = False) -> Changes:
        """A new station (None) or a changed one. Households are picked from its grid; the centre
        may let a station serve a neighbouring grid's households with `outside_grid`."""
        station = replace(station, name=bounded_text(station.name, 64, "name"),
                          address=bounded_text(station.address, 128, "address"),
                          room=bounded_text(station.room, 64, "room"), hours=bounded_text(station.hours, 128, "hours"),
                          services=tuple(x for x in (bounded_text(v, 32, "services") for v in station.services) if x),
                          households=tuple(n.strip() for n in station.households))
        if not station.name:
            raise ValidationError("name", "outreach.name_required")
        twice = [n for n, c in Counter(station.households).items() if c > 1]
        if twice:
            raise ValidationError("households", "outreach.household_twice", number=twice[0])
        with self.session.write(Action.WRITE.value, f"station:{station_id or 'new'}",
                                f"{station.name} {station.grid_code} {len(station.households)}户") as s:
            grid_id = GridsRepo(s).ids().get(station.grid_code)
            if grid_id is None:
                raise ValidationError("grid_code", "outreach.no_grid", grid=station.grid_code)
            repo = StationsRepo(s)
            if station_id is not None and not repo.exists(station_id):
                raise NotFound("outreach.station_gone")
            if station.keeper_id is not None:
                keeper = s.get(TeamMemberRow, station.keeper_id)
                if keeper is None or keeper.left_on is not None:
                    raise ValidationError("keeper", "outreach.no_keeper")
            same = repo.named(station.name, grid_id)
            if same is not None and same != station_id:  # Save pressed twice, or the same station typed again
                raise ValidationError("name", "outreach.station_twice", name=station.name)
            found = HouseholdsRepo(s).by_numbers(station.households)
            missing = [n for n in station.households if n not in found]
            if missing:
                raise ValidationError("households", "outreach.no_households", number=list(missing[:5]))
            elsewhere = [n for n in station.households if not found[n][2].startswith(station.grid_code)]
            if elsewhere and not outside_grid:
                raise ValidationError("households", "outreach.households_elsewhere", number=list(elsewhere[:5]))
            station_id = repo.save(station_id, station, grid_id, [found[n][0] for n in station.households])
        return Changes("stations", (station_id,))

    @rule(Permission.PARTY)
    def tick(self, station_id: int, key: str, done_on: date | None, note: str = "") -> Changes:
        """One "七个一" item in place (with the day it was, and a note), or missing again (None)."""
        note = bounded_text(note, 200, "note")
        not_before(done_on, "done_on")
        if done_on is not None and done_on > local_dt(self.session.clock()).date():
            raise ValidationError("done_on", "outreach.day_future")
        with self.session.write(Action.WRITE.value, f"station:{station_id}", f"七个一 {key} {done_on or '—'}") as s:
            repo = StationsRepo(s)
            if not repo.exists(station_id):
                raise NotFound("outreach.station_gone")
            if key not in {i.key for i in repo.items()}:
                raise ValidationError("item", "outreach.item_unknown", text=key)
            repo.check(station_id, key, done_on, note)
        return Changes("stations", (station_id,))

    @rule(Permission.EDIT_RULES)
    def set_items(self, labels: list[str]) -> Changes:
        """The director's "七个一" list: labels in order; an existing label keeps its key (and so
        its ticks), a new one gets a key of its own."""
        labels = [bounded_text(x, 64, "label") for x in labels]
        if not labels or any(not x for x in labels):
            raise ValidationError("items", "outreach.items_required")
        if len(labels) > MAX_ITEMS:  # a checklist, not a ledger: a pasted column is refused, not kept
            raise ValidationError("items", "outreach.items_many", limit=MAX_ITEMS, count=len(labels))
        if len(set(labels)) != len(labels):
            raise ValidationError("items", "outreach.item_twice")
        with self.session.write(Action.WRITE.value, "station items", "、".join(labels)) as s:
            repo = StationsRepo(s)
            keys = {i.label: i.key for i in repo.items()}
            # a dropped item's key stays taken: its old ticks must not show on a new item
            used = set(keys.values()) | repo.ticked_keys()
            items = []
            for n, label in enumerate(labels):
                key = keys.get(label)
                if key is None:
                    # the first free key: there are at most len(used) taken, so one is found
                    key = next(f"item{k}" for k in range(len(used) + 1) if f"item{k}" not in used)
                    used.add(key)
                items.append(ChecklistItem(key, label))
            repo.set_items(items)
        return Changes("stations")
