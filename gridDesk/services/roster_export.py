"""Exporting roster ledgers: GridDesk's template or the county layout; masked unless the role may
unmask and chooses to, with a reason; every export on the audit log."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.county_unit import unit_of
from ..domain.errors import ValidationError
from ..domain.idcard import mask_id_number, mask_phone, parse_id_number
from ..domain.key_group_registers import register
from ..domain.key_groups import SPECS, visible_groups
from ..domain.places import PlaceKind
from ..domain.rental_ledger import ID_FIELDS, PHONE_FIELDS
from ..domain.roster import TEAM_ROLE_LABELS, ResidentFilter
from ..domain.text import clean_text
from ..domain.text_masking import mask_numbers_in_text
from ..sheets.columns import Column
from ..sheets.writer import write_county, write_template
from ..storage.key_groups_repo import KeyGroupsRepo
from ..storage.places_repo import PlacesRepo
from ..storage.residents_repo import HouseholdsRepo, ResidentsRepo, export_resident_rows, extra_headers
from ..storage.team_repo import TeamRepo
from .guard import rule
from .clock import local_dt
from .housekeeping import xlsx_tmpdir
from .county_layouts import COUNTY_TEMPLATE_VERSION, LAYOUTS
from .key_group_columns import register_columns
from .key_group_export import register_kind, register_rows
from .roster_columns import COLUMNS, TITLES
from .roster_scope import grid_scope, inside, require_grids
from .session import UserSession

# A rental's landlord, owner and titleholder numbers are masked as a resident's are.
_IDS = ("id_number", *(f"detail:{k}" for k in ID_FIELDS))
_PHONES = ("phone", "phone2", "home_phone", *(f"detail:{k}" for k in PHONE_FIELDS))
_EXTRA = "extra:"
MASKED_DATE = "****-**-**"


class ExportService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.EXPORT)
    def export(self, kind: str, out: Path, layout: str = "template", f: ResidentFilter | None = None,
               unmask_reason: str = "", progress: Callable[[int], None] | None = None) -> list[Path]:
        group = register_kind(kind)
        if kind not in COLUMNS and group is None:
            raise ValidationError("kind", "printouts.kind", kind=str(kind))
        if layout not in ("template", "county"):
            raise ValidationError("layout", "roster.layout")
        unmask_reason = clean_text(unmask_reason, 200, "reason")
        unmasked = bool(unmask_reason)
        if unmasked:
            self.session.require(Permission.UNMASK)
        f = f or ResidentFilter()
        columns = ledger_columns(kind, layout)
        out = Path(out)
        counter = [0]
        with self.session.db.transaction() as s:
            # The ledgers' own columns kept with people go back out after ours: nothing imported is lost.
            kept = extra_headers(s) if kind == "residents" else _rental_extra_headers(s) if kind == "rentals" else []
            keys = [c.key for c in columns]
            columns = columns + tuple(Column(f"extra:{h}", h, width=14) for h in kept)
            rows = _counted(self._masked_rows(s, kind, f, unmasked, kept, layout), counter)
            name = register(group).title if group else TITLES[kind]
            if layout == "template":
                title = f"{self.session.centre.village_name}{name}"
                write_template(out, title, columns, rows, progress, tmpdir=xlsx_tmpdir(self.session.db_path))
                paths = [out]
            else:
                centre = self.session.centre
                county = (register(group).title, register(group).title) if group else \
                    (LAYOUTS[kind].title, LAYOUTS[kind].sheet)
                paths = write_county(out, county[0], unit_of(centre.division_code, centre.township,
                                                             centre.village_name),
                                     COUNTY_TEMPLATE_VERSION, columns, rows, progress,
                                     tmpdir=xlsx_tmpdir(self.session.db_path), sheet_name=county[1])
        self.session.record(Action.EXPORT.value, f"{kind} → {', '.join(p.name for p in paths)}",
                            f"{counter[0]} rows, {layout}, grid {f.grid_code or 'all'}, "
                            + (f"unmasked: {unmask_reason.strip()}" if unmasked else "masked"))
        return paths

    def _masked_rows(self, s, kind: str, f: ResidentFilter, unmasked: bool,
                     kept: Sequence[str] = (), layout: str = "template") -> Iterator[tuple]:
        """The ledger's rows in the order of its columns in `layout` (ledger_columns), within the
        account's grids, ID numbers and phones masked unless `unmasked` (the caller has checked
        the right and will audit the reason)."""
        if f.grid_code:
            require_grids(self.session, [f.grid_code], what=f"ledger {kind} {f.grid_code}")
        columns = ledger_columns(kind, layout)
        keys = [c.key for c in columns]
        masks = [self._mask_for(k, unmasked) for k in keys]
        masks += [None if unmasked else (lambda v: mask_numbers_in_text(v) if v else v)] * len(kept)
        group = register_kind(kind)
        if group is not None and group not in visible_groups(self.session.account.role):
            self.session.require(Permission.VIEW_SENSITIVE)  # refused, on the record, saying who may
        rows = register_rows(s, group, columns, grid_scope(self.session), f, local_dt(self.session.clock()).date()) \
            if group else self._ordered(s, kind, f, kept, keys)
        return (tuple(m(v) if m else v for m, v in zip(masks, row, strict=True)) for row in rows)

    def _ordered(self, s, kind: str, f: ResidentFilter, kept: Sequence[str], keys: list[str]) -> Iterator[tuple]:
        """Residents come from the database in any column order; the other ledgers' rows are
        built in COLUMNS[kind] order and reordered here when the layout wants another."""
        own = [c.key for c in COLUMNS[kind]]
        if kind == "residents" or keys == own:
            return self._rows(s, kind, f, kept, keys)
        rows = self._rows(s, kind, f, kept, own)
        if kind == "team":  # GRIDTEAM's 性别 and 出生年月: what the member's ID number says
            at_id = own.index("id_number")
            rows = ((*row, *_sex_and_birth(row[at_id])) for row in rows)
            own = [*own, "sex", "birth_date"]
        at = [own.index(k) for k in keys]
        # The kept columns (a rental's own extras) follow the ledger's, as they came.
        return (tuple(row[i] for i in at) + tuple(row[len(own):]) for row in rows)

    @staticmethod
    def _mask_for(key: str, unmasked: bool):
        if unmasked:
            return None
        if key in _IDS:
            return lambda v: mask_id_number(v) if v else v
        if key in _PHONES or key.endswith("_phone"):  # a register's 监护人电话 is a phone too
            return lambda v: mask_phone(v) if v else v
        if key == "birth_date":
            # The county layouts' 出生日期 is the ID number's digits 7-14, the very ones the mask
            # hides: beside 1401**********123X and the village's county code it would give the
            # number back whole.
            return lambda v: MASKED_DATE if v else v
        return None

    def _rows(self, s, kind: str, f: ResidentFilter, kept: Sequence[str], keys: list[str]) -> Iterator[tuple]:
        scope = grid_scope(self.session)
        today = local_dt(self.session.clock()).date()
        if kind == "residents":
            for *row, extra in export_resident_rows(s, f, scope, today, keys):
                given = dict(extra)
                yield (*row, *(given.get(h, "") for h in kept))
        elif kind == "households":
            for number, address, code, _name, notes, _members in HouseholdsRepo(s).rows():
                if inside(code, scope) and (not f.grid_code or code.startswith(f.grid_code)):
                    yield (number, address, code, notes)
        elif kind == "rentals":
            keys = [c.key for c in COLUMNS["rentals"]]
            for p in PlacesRepo(s).list(PlaceKind.RENTAL):
                if inside(p.grid_code, scope) and (not f.grid_code or p.grid_code.startswith(f.grid_code)):
                    yield (*(_rental_cell(p, k) for k in keys), *(p.details.get(_EXTRA + h, "") for h in kept))
        elif kind == "team":
            for t in TeamRepo(s).all():
                m = t.member
                if scope is not None and not any(inside(g, scope) for g in (*t.grid_codes, m.grid_code)):
                    continue
                yield (m.name, m.id_number, m.phone, TEAM_ROLE_LABELS[m.role], m.grid_code or "",
                       m.appointed_on, t.political_status, t.education, m.duties, "是" if t.declared else "", t.notes)
        else:
            allowed = [g.value for g in visible_groups(self.session.account.role)]
            tags = KeyGroupsRepo(s).by_kinds(allowed, today)
            people = {i.id: i for i in ResidentsRepo(s).list_items([t.resident_id for t in tags])}
            detail_keys = [c.key.split(":", 1)[1] for c in COLUMNS["keygroup"] if c.key.startswith("detail:")]
            for t in tags:
                p = people.get(t.resident_id)
                if p is None or not inside(p.grid_code, scope):
                    continue
                if f.grid_code and not p.grid_code.startswith(f.grid_code):
                    continue
                yield (p.id_number, p.name, SPECS[t.group].label, t.level.value, t.since, t.until, t.notes,
                       *[t.details.get(k, "") for k in detail_keys])


def _sex_and_birth(id_number: str) -> tuple[str, object]:
    try:
        parsed = parse_id_number(id_number or "")
    except ValidationError:  # a number stored before the checks it would fail now: left blank
        return "", ""
    return parsed.sex, parsed.birth_date


def _rental_cell(place, key: str) -> object:
    if key.startswith("detail:"):
        return place.details.get(key.split(":", 1)[1], "")
    return getattr(place, key)


def _rental_extra_headers(s) -> list[str]:
    """The ledgers' own columns kept with rental houses, in the order they first came."""
    seen: dict[str, None] = {}
    for p in PlacesRepo(s).list(PlaceKind.RENTAL):
        seen.update((k[len(_EXTRA):], None) for k in p.details if k.startswith(_EXTRA))
    return list(seen)


def _counted(rows, counter: list[int]):
    for row in rows:
        counter[0] += 1
        yield row


def ledger_rows(service: ExportService, s, kind: str, f: ResidentFilter, unmasked: bool) -> Iterator[tuple]:
    """For the printed ledgers and the archive's roster snapshot: the same rows an export would
    write, in the same scope; the calling entry point has asked its own rule and the unmask right."""
    return service._masked_rows(s, kind, f, unmasked)


def ledger_columns(kind: str, layout: str = "template") -> tuple[Column, ...]:
    """A ledger's columns: a roster kind's, or a key group's register ("keygroup:released")."""
    group = register_kind(kind)
    if group:
        return register_columns(group, layout)
    return COLUMNS[kind] if layout == "template" else LAYOUTS[kind].columns
