"""A key group's register as rows: the roster's person columns, then the tag's level, notes and the
group's own fields, each where the register's columns put it (for the export and the printout)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from ..domain.key_groups import SPECS, KeyGroup
from ..domain.roster import ResidentFilter
from ..sheets.columns import Column
from ..storage.key_groups_repo import KeyGroupsRepo
from ..storage.residents_repo import ResidentsRepo
from .roster_scope import inside

PREFIX = "keygroup:"


def register_kind(kind: str) -> KeyGroup | None:
    """"keygroup:released" -> KeyGroup.RELEASED; any other kind -> None."""
    if not isinstance(kind, str) or not kind.startswith(PREFIX):
        return None
    try:
        return KeyGroup(kind[len(PREFIX):])
    except ValueError:
        return None


def register_rows(s, group: KeyGroup, columns: Sequence[Column], scope: Sequence[str] | None,
                  f: ResidentFilter, today: date) -> Iterator[tuple]:
    """The group's tags in force, within the account's grids and the filter's grid, one row each."""
    dates = {f"detail:{spec.key}" for spec in SPECS[group].fields if spec.kind == "date"}
    tags = KeyGroupsRepo(s).by_kinds([group.value], today)
    items = ResidentsRepo(s).list_items([t.resident_id for t in tags])
    people = {p.id: p for p in ResidentsRepo(s).by_id_numbers(i.id_number for i in items).values()}
    for t in tags:
        p = people.get(t.resident_id)
        if p is None or not inside(p.grid_code, scope) or (f.grid_code and not p.grid_code.startswith(f.grid_code)):
            continue
        tag = {"level": t.level.value, "notes": t.notes, "since": t.since, "until": t.until,
               **{f"detail:{k}": v for k, v in t.details.items()}}
        row = []
        for c in columns:
            value = tag.get(c.key, "") if c.key in tag or c.key.startswith("detail:") else getattr(p, c.key, "")
            row.append(_day(value) if c.key in dates else value)
        yield tuple(row)


def _day(value: object) -> object:
    """A date detail (kept as 2024-05-01) goes out as a date; what is not one goes out as it is."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else value
    except ValueError:
        return value
