"""Residents and households: filtered id lists for lazy tables, rows by id, writes with history."""

from __future__ import annotations

import json
import operator
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date, datetime

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from ..domain.roster import HouseholdChoice, HouseholdView, Resident, ResidentFilter, ResidentListItem, ResidentMove
from .orm.roster import GridRow, HouseholdRow, KeyGroupTagRow, ResidentMoveRow, ResidentRow
from .search_keys import name_keys, reversed_digits

_PLAIN_FIELDS = [f.name for f in fields(Resident)
                 if f.name not in ("id", "household_number", "grid_code")]
# A new resident's row: the plain fields as they are, then what is worked out from them.
_COPIED = [k for k in _PLAIN_FIELDS if k != "extra"]
_INSERT_KEYS = (*_COPIED, "extra", "grid_id", "household_id", "updated_at", "name_py", "name_ini", "id_rev",
                "phone_rev")
_plain_of = operator.attrgetter(*_COPIED)
_DATED = [_COPIED.index("birth_date"), _COPIED.index("away_since")]


def extra_to_text(extra: tuple[tuple[str, str], ...]) -> str:
    """A ledger's own columns as stored: JSON pairs, in the file's order."""
    return json.dumps([list(pair) for pair in extra], ensure_ascii=False) if extra else ""


def extra_from_text(text: str | None) -> tuple[tuple[str, str], ...]:
    if not text:
        return ()
    try:
        return tuple((str(h), str(v)) for h, v in json.loads(text))
    except (ValueError, TypeError):  # a hand-edited database: keep the person, drop what cannot be read
        return ()


def _plain(row: ResidentRow) -> dict:
    values = {k: getattr(row, k) for k in _PLAIN_FIELDS}
    values["extra"] = extra_from_text(row.extra)
    return values
SORTABLE = {"name": ResidentRow.name_py, "birth_date": ResidentRow.birth_date,
            "id_number": ResidentRow.id_number, "grid": GridRow.code,
            "household": HouseholdRow.number, "sex": ResidentRow.sex}


def _sqlite_value(value: object) -> object:
    """As SQLAlchemy's SQLite types store them: dates ISO, datetimes with six-digit microseconds."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _years_ago(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


class ResidentsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- reading ----------------------------------------------------------------------------
    def _where(self, f: ResidentFilter, grid_scope: Sequence[str] | None, today: date):
        conds = []
        if not f.include_inactive:
            conds.append(ResidentRow.status == "active")
        codes = [f.grid_code] if f.grid_code else []
        if grid_scope is not None:
            codes = [c for c in codes if any(c.startswith(s) for s in grid_scope)] if codes else list(grid_scope)
            if not codes:
                return [False]
        if codes:
            conds.append(ResidentRow.grid_id.in_(select(GridRow.id).where(
                or_(*[or_(GridRow.code == c, GridRow.code.like(c + "__")) for c in codes]))))
        if f.key_group:
            conds.append(exists().where(
                KeyGroupTagRow.resident_id == ResidentRow.id, KeyGroupTagRow.kind == f.key_group,
                or_(KeyGroupTagRow.until.is_(None), KeyGroupTagRow.until >= today)))
        if f.min_age is not None:
            conds.append(ResidentRow.birth_date <= _years_ago(today, f.min_age))
        if f.max_age is not None:
            conds.append(ResidentRow.birth_date > _years_ago(today, f.max_age + 1))
        if f.away is not None:
            conds.append(ResidentRow.away == f.away)
        return conds

    def ids(self, f: ResidentFilter, grid_scope: Sequence[str] | None = None, sort: str = "",
            descending: bool = False, today: date | None = None) -> list[int]:
        today = today or date.today()
        stmt = select(ResidentRow.id).where(*self._where(f, grid_scope, today))
        if sort in ("grid", "household"):
            stmt = stmt.join(GridRow, GridRow.id == ResidentRow.grid_id).outerjoin(
                HouseholdRow, HouseholdRow.id == ResidentRow.household_id)
        if sort in SORTABLE and sort not in ("", "grid"):
            key = SORTABLE[sort]
            stmt = stmt.order_by(key.desc() if descending else key, ResidentRow.id)
        elif sort == "grid":
            keys = (GridRow.code, HouseholdRow.number, ResidentRow.id)
            stmt = stmt.order_by(*[k.desc() for k in keys] if descending else keys)
        else:
            # The default order, grid then household, straight off ix_residents_place: no sort step.
            stmt = stmt.order_by(ResidentRow.grid_id, ResidentRow.household_id, ResidentRow.id)
        # Core execution: a list of 100,000 ints does not need the ORM's row machinery.
        return [row[0] for row in self.s.connection().execute(stmt)]

    def list_items(self, ids: Sequence[int]) -> list[ResidentListItem]:
        """Rows for these ids, in the order given."""
        if not ids:
            return []
        stmt = (select(ResidentRow.id, ResidentRow.name, ResidentRow.sex, ResidentRow.birth_date,
                       ResidentRow.id_number, ResidentRow.phone, GridRow.code, GridRow.name,
                       HouseholdRow.number, ResidentRow.relation, ResidentRow.away, ResidentRow.status)
                .join(GridRow, GridRow.id == ResidentRow.grid_id)
                .outerjoin(HouseholdRow, HouseholdRow.id == ResidentRow.household_id)
                .where(ResidentRow.id.in_(ids)))
        by_id = {r[0]: ResidentListItem(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "",
                                        r[9], r[10], r[11]) for r in self.s.execute(stmt)}
        return [by_id[i] for i in ids if i in by_id]

    def get(self, resident_id: int) -> Resident | None:
        row = self.s.get(ResidentRow, resident_id)
        return self._to_domain(row) if row else None

    def _to_domain(self, row: ResidentRow) -> Resident:
        grid = self.s.get(GridRow, row.grid_id)
        household = self.s.get(HouseholdRow, row.household_id) if row.household_id else None
        return Resident(**_plain(row), id=row.id,
                        household_number=household.number if household else None,
                        grid_code=grid.code if grid else "")

    def by_id_numbers(self, numbers: Iterable[str]) -> dict[str, Resident]:
        """Existing residents for these ID numbers (for an import's new/changed/unchanged)."""
        wanted = list(set(numbers))
        found: dict[str, Resident] = {}
        grids = dict(self.s.execute(select(GridRow.id, GridRow.code)).all())
        for start in range(0, len(wanted), 900):
            chunk = wanted[start:start + 900]
            rows = self.s.execute(select(ResidentRow, HouseholdRow.number)
                                  .outerjoin(HouseholdRow, HouseholdRow.id == ResidentRow.household_id)
                                  .where(ResidentRow.id_number.in_(chunk))).all()
            for row, number in rows:
                found[row.id_number] = Resident(**_plain(row), id=row.id,
                                                household_number=number, grid_code=grids[row.grid_id])
        return found

    def count(self) -> int:
        return self.s.scalar(select(func.count(ResidentRow.id))) or 0

    # -- writing ----------------------------------------------------------------------------
    def _values(self, r: Resident, grid_id: int, household_id: int | None, now: datetime) -> dict:
        py, ini = name_keys(r.name)
        values = {k: getattr(r, k) for k in _PLAIN_FIELDS}
        values["extra"] = extra_to_text(r.extra)
        values.update(grid_id=grid_id, household_id=household_id, updated_at=now, name_py=py,
                      name_ini=ini, id_rev=reversed_digits(r.id_number), phone_rev=reversed_digits(r.phone))
        return values

    def insert_many(self, residents: Sequence[Resident], grid_ids: dict[str, int],
                    household_ids: dict[str, int], now: datetime) -> None:
        """One prepared INSERT run over every row: a ledger's 10,000 rows in one executemany."""
        if not residents:
            return
        # Each row straight to its tuple of parameters, in _INSERT_KEYS order (what _values gives
        # update_many as a dict): the dict per row was a third of the write's Python time.
        sql = (f"INSERT INTO residents ({', '.join(_INSERT_KEYS)}) "
               f"VALUES ({', '.join('?' for _ in _INSERT_KEYS)})")
        stamp = _sqlite_value(now)
        params = []
        for r in residents:
            values = list(_plain_of(r))
            for i in _DATED:
                if values[i] is not None:
                    values[i] = values[i].isoformat()
            py, ini = name_keys(r.name)
            params.append((*values, extra_to_text(r.extra), grid_ids[r.grid_code],
                           household_ids.get(r.household_number) if r.household_number else None, stamp, py, ini,
                           reversed_digits(r.id_number), reversed_digits(r.phone)))
        self.s.connection().exec_driver_sql(sql, params)

    def update_many(self, residents: Sequence[Resident], grid_ids: dict[str, int],
                    household_ids: dict[str, int], now: datetime, account: str, reason: str) -> None:
        """Update in place; a change of household is recorded in resident_moves."""
        for r in residents:
            row = self.s.get(ResidentRow, r.id)
            assert row is not None
            new_household = household_ids.get(r.household_number) if r.household_number else None
            if new_household != row.household_id:
                self.s.add(ResidentMoveRow(resident_id=row.id, from_household_id=row.household_id,
                                           to_household_id=new_household, moved_at=now, reason=reason,
                                           account=account))
            for key, value in self._values(r, grid_ids[r.grid_code], new_household, now).items():
                setattr(row, key, value)
        self.s.flush()

    def moves(self, resident_id: int) -> list[ResidentMove]:
        src, dst = HouseholdRow.__table__.alias("src"), HouseholdRow.__table__.alias("dst")
        stmt = (select(ResidentMoveRow.moved_at, src.c.number, dst.c.number, ResidentMoveRow.reason)
                .outerjoin(src, src.c.id == ResidentMoveRow.from_household_id)
                .outerjoin(dst, dst.c.id == ResidentMoveRow.to_household_id)
                .where(ResidentMoveRow.resident_id == resident_id).order_by(ResidentMoveRow.moved_at))
        return [ResidentMove(m, a or "", b or "", why) for m, a, b, why in self.s.execute(stmt)]

    # -- households ---------------------------------------------------------------------------
    def household_ids(self, numbers: Iterable[str]) -> dict[str, int]:
        wanted = list(set(n for n in numbers if n))
        found: dict[str, int] = {}
        for start in range(0, len(wanted), 900):
            found.update(self.s.execute(select(HouseholdRow.number, HouseholdRow.id).where(
                HouseholdRow.number.in_(wanted[start:start + 900]))).all())
        return found

    def ensure_households(self, wanted: dict[str, tuple[str, int]]) -> dict[str, int]:
        """Households by number, creating the missing ones with (address, grid id)."""
        have = self.household_ids(wanted)
        missing = [{"number": n, "address": a, "grid_id": g, "notes": ""}
                   for n, (a, g) in wanted.items() if n not in have]
        if missing:
            # One prepared INSERT over the rows, as insert_many does: a ledger of 10,000 people
            # brings some 3,000 new households, and the ORM's per-row parameter work doubled the time.
            # Their ids are read back as those above the highest before: this is a write
            # transaction, nobody else adds households meanwhile.
            before = self.s.scalar(select(func.max(HouseholdRow.id))) or 0
            self.s.connection().exec_driver_sql(
                "INSERT INTO households (number, address, grid_id, notes) VALUES (?, ?, ?, ?)",
                [(m["number"], m["address"], m["grid_id"], m["notes"]) for m in missing])
            have.update(self.s.execute(select(HouseholdRow.number, HouseholdRow.id)
                                       .where(HouseholdRow.id > before)).all())
        return have

    def household(self, number: str) -> HouseholdView | None:
        row = self.s.scalar(select(HouseholdRow).where(HouseholdRow.number == number))
        if row is None:
            return None
        grid = self.s.get(GridRow, row.grid_id)
        member_ids = list(self.s.scalars(select(ResidentRow.id).where(
            ResidentRow.household_id == row.id, ResidentRow.status == "active").order_by(ResidentRow.id)))
        members = self.list_items(member_ids)
        members.sort(key=lambda m: (m.relation != "户主", m.birth_date))
        return HouseholdView(row.id, row.number, row.address, grid.code if grid else "", tuple(members))

    def household_grid(self, number: str) -> str | None:
        return self.s.scalar(select(GridRow.code).join(HouseholdRow, HouseholdRow.grid_id == GridRow.id)
                             .where(HouseholdRow.number == number))



class HouseholdsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def by_numbers(self, numbers: Iterable[str]) -> dict[str, tuple[int, str, str, str]]:
        """number -> (id, address, grid code, notes)."""
        wanted = list(set(numbers))
        out: dict[str, tuple[int, str, str, str]] = {}
        for start in range(0, len(wanted), 900):
            stmt = (select(HouseholdRow.number, HouseholdRow.id, HouseholdRow.address, GridRow.code,
                           HouseholdRow.notes).join(GridRow, GridRow.id == HouseholdRow.grid_id)
                    .where(HouseholdRow.number.in_(wanted[start:start + 900])))
            for number, hid, address, code, notes in self.s.execute(stmt):
                out[number] = (hid, address, code, notes)
        return out

    def upsert(self, number: str, address: str, grid_id: int, notes: str) -> None:
        row = self.s.scalar(select(HouseholdRow).where(HouseholdRow.number == number))
        if row is None:
            self.s.add(HouseholdRow(number=number, address=address, grid_id=grid_id, notes=notes))
        else:
            row.address, row.grid_id, row.notes = address, grid_id, notes

    def numbers(self) -> list[str]:
        return list(self.s.scalars(select(HouseholdRow.number)))

    def choices(self, grid_code: str) -> list[HouseholdChoice]:
        """The households of a grid and its micro-grids, with the head's name and 户籍 address."""
        grids = select(GridRow.id).where(GridRow.code.startswith(grid_code))
        rows = self.s.execute(
            select(HouseholdRow.id, HouseholdRow.number, HouseholdRow.address)
            .where(HouseholdRow.grid_id.in_(grids)).order_by(HouseholdRow.number)).all()
        people: dict[int, list[tuple[str, str, str]]] = {}
        for hid, name, relation, registered in self.s.execute(
                select(ResidentRow.household_id, ResidentRow.name, ResidentRow.relation,
                       ResidentRow.registered_address)
                .where(ResidentRow.household_id.in_([r[0] for r in rows]), ResidentRow.status == "active")
                .order_by(ResidentRow.id)):
            people.setdefault(hid, []).append((name, relation, registered))
        out = []
        for hid, number, address in rows:
            members = people.get(hid, [])
            head = next((m for m in members if m[1] == "户主"), members[0] if members else ("", "", ""))
            registered = head[2] or next((m[2] for m in members if m[2]), "")
            out.append(HouseholdChoice(number, address, registered, head[0], len(members)))
        return out

    def rows(self, grid_scope_ids: Sequence[int] | None = None):
        stmt = (select(HouseholdRow.number, HouseholdRow.address, GridRow.code, GridRow.name, HouseholdRow.notes,
                       func.count(ResidentRow.id))
                .join(GridRow, GridRow.id == HouseholdRow.grid_id)
                .outerjoin(ResidentRow, and_(ResidentRow.household_id == HouseholdRow.id,
                                             ResidentRow.status == "active"))
                .group_by(HouseholdRow.id).order_by(GridRow.code, HouseholdRow.number))
        if grid_scope_ids is not None:
            stmt = stmt.where(HouseholdRow.grid_id.in_(list(grid_scope_ids)))
        return self.s.execute(stmt).all()


def export_resident_rows(s: Session, f: ResidentFilter, grid_scope: Sequence[str] | None, today: date,
                         keys: Sequence[str], batch: int = 5000):
    """Every resident the filter picks, as ledger tuples in the order of `keys` (the ledger's
    columns), then the ledger's own columns GridDesk kept (`extra`, as pairs); streamed."""
    repo = ResidentsRepo(s)
    special = {"household_number": HouseholdRow.number, "grid_code": GridRow.code}
    stmt = (select(*[special.get(k) if k in special else getattr(ResidentRow, k) for k in keys], ResidentRow.extra)
            .join(GridRow, GridRow.id == ResidentRow.grid_id)
            .outerjoin(HouseholdRow, HouseholdRow.id == ResidentRow.household_id)
            .where(*repo._where(f, grid_scope, today))
            .order_by(GridRow.code, HouseholdRow.number, ResidentRow.id)
            .execution_options(yield_per=batch))
    for row in s.execute(stmt):
        yield (*row[:-1], extra_from_text(row[-1]))


def extra_headers(s: Session) -> list[str]:
    """Every header of the ledgers' own columns kept with anyone, in the order first seen."""
    seen: dict[str, None] = {}
    for (text,) in s.execute(select(ResidentRow.extra).where(ResidentRow.extra != "")):
        for header, _value in extra_from_text(text):
            seen.setdefault(header, None)
    return list(seen)
