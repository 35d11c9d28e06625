"""Key-group ledgers: the combined 重点人群登记表 (a 人群类别 column, a tag per resident and group) and
one register per group in its county template's columns (domain/key_group_registers.py), for the
groups this role may keep. A register's person columns are the roster's: the name must be the
roster's, 性别 and 出生日期 must agree with the ID number, and nothing of the person is overwritten."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ...domain import catalogue
from ...domain.catalogue import Word
from ...domain.errors import ValidationError
from ...domain.idcard import parse_id_number
from ...domain.key_group_registers import other_group, recognise
from ...domain.key_groups import SPECS, AttentionLevel, FieldSpec, KeyGroup, KeyGroupTag, visible_groups
from ...domain.resident_rules import check_against_id, clean_text, parse_date
from ...sheets.columns import header_key
from ...sheets.reader import read_ledger
from ...storage.key_groups_repo import KeyGroupsRepo
from ...storage.residents_repo import ResidentsRepo
from ..clock import local_dt
from ..key_group_columns import import_columns
from ..roster_columns import KEY_GROUP_COLUMNS
from .base import Cancelled, Grids, ImportPreview, LedgerKind, Progress, RosterImporter, Rows, check_cancel, text_id

# Read first when the group is not chosen: the combined ledger's columns, none required, to find
# the header row, the title above it and whether a 人群类别 column says it is the combined ledger.
_PROBE = tuple(replace(c, required=False) for c in KEY_GROUP_COLUMNS)
_GROUP_HEADERS = {header_key(h) for c in KEY_GROUP_COLUMNS if c.key == "group" for h in (c.header, *c.aliases)}
_KEEP = object()  # a column the register does not have: the tag keeps what it holds


def _word(group: KeyGroup) -> Word:
    return Word(f"key_group.{group.value}")


@dataclass(frozen=True)
class _Parsed:
    line: int
    values: dict
    id_number: str
    group: KeyGroup
    level: AttentionLevel | object
    since: date | None | object
    until: date | None | object
    details: dict[str, str | None]  # a register's None: the cell is blank, the detail goes
    notes: str | object
    name: str = ""


class KeyGroupsImporter(RosterImporter[KeyGroupTag]):
    kind = LedgerKind.KEY_GROUPS
    columns = KEY_GROUP_COLUMNS

    def __init__(self, session, group: KeyGroup | str | None = None) -> None:
        super().__init__(session)
        self.group = KeyGroup(group) if group else None
        self._chosen = self.group is not None
        if self.group is not None:
            self.columns = import_columns(self.group)
            self.register = self.group.value

    # -- which register the file is ------------------------------------------------------------
    def _read(self, path: Path, progress: Progress | None):
        allowed = visible_groups(self.session.account.role)
        if self.group is None:
            probe = read_ledger(path, _PROBE)
            if _GROUP_HEADERS & {header_key(h) for h in probe.header}:
                return read_ledger(path, KEY_GROUP_COLUMNS, progress)  # the combined ledger, as ever
            found = recognise(probe.above, probe.header)
            if not found:
                raise ValidationError("group", "register.unrecognised")
            if len(found) > 1:
                title = next((t for t in probe.above if len(t) > 4), probe.sheet_name)
                raise ValidationError("group", "register.ambiguous", title=title, one=_word(found[0]),
                                      other=_word(found[1]))
            self._use(found[0])
        if self.group not in allowed:
            raise ValidationError("group", "register.not_yours", group=_word(self.group))
        ledger = read_ledger(path, self.columns, progress)
        if self._chosen and _GROUP_HEADERS & {header_key(h) for h in ledger.header}:
            raise ValidationError("group", "register.combined_chosen")
        looks = other_group(self.group, ledger.header)
        if looks is not None:
            raise ValidationError("group", "register.other_group", looks=_word(looks), chosen=_word(self.group))
        return ledger

    def _use(self, group: KeyGroup) -> None:
        self.group = group
        self.columns = import_columns(group)
        self.register = group.value

    # -- rows ------------------------------------------------------------------------------------
    def _sort(self, s, rows: Rows, grids: Grids, preview: ImportPreview[KeyGroupTag], cancelled: Cancelled) -> None:
        good = self._parse_register(rows, preview, cancelled) if self.group else self._parse_combined(
            rows, preview, cancelled)
        people = ResidentsRepo(s).by_id_numbers(g.id_number for g in good)
        tags_repo = KeyGroupsRepo(s)
        seen: dict[tuple[str, KeyGroup], int] = {}
        for g in good:
            person = people.get(g.id_number)
            if person is None:
                preview.reject(g.line, g.values, catalogue.render("import.person_missing"))
                continue
            if not self._scope_ok(person.grid_code):
                preview.reject(g.line, g.values, catalogue.render("import.person_outside"))
                continue
            if (g.id_number, g.group) in seen:
                preview.reject(g.line, g.values, catalogue.render("import.row_repeated", {"line": seen[(g.id_number, g.group)]}))
                continue
            if self.group is not None:  # a register names the person: the roster's person, checked
                try:
                    if _plain(g.name) != _plain(person.name):
                        raise ValidationError("name", "register.name_differs", value=g.name, name=person.name)
                    check_against_id(person, g.values.get("sex"), g.values.get("birth_date"))
                except ValidationError as exc:
                    preview.reject(g.line, g.values, exc.message)
                    continue
            seen[(g.id_number, g.group)] = g.line
            current = [t for t in tags_repo.for_resident(person.id) if t.group is g.group and t.active]
            tag = _tag(current[0] if current else None, person.id, g)
            if not current:
                preview.add(tag, g.line, g.values)
            elif current[0] == tag:
                preview.unchanged += 1
            else:
                preview.change(current[0], tag, g.line, g.values)

    def _parse_combined(self, rows: Rows, preview: ImportPreview[KeyGroupTag], cancelled: Cancelled) -> list[_Parsed]:
        labels = {spec.label: group for group, spec in SPECS.items()}
        allowed = set(visible_groups(self.session.account.role))
        good: list[_Parsed] = []
        for i, (line, values) in enumerate(rows):
            check_cancel(cancelled, i)
            try:
                idn = parse_id_number(text_id(values.get("id_number")))
                group = labels.get(clean_text(values.get("group"), field="group"))
                if group is None:
                    raise ValidationError("group", "import.group_unknown", value=values.get("group"))
                if group not in allowed:
                    raise ValidationError("group", "import.group_not_yours")
                level = _level(values.get("level")) or AttentionLevel.NORMAL
                since, until = _dates(values)
                keys = {f.key for f in SPECS[group].fields}
                details = {k.split(":", 1)[1]: v.isoformat() if isinstance(v, date) else clean_text(v, 500, "details")
                           for k, v in values.items()
                           if k.startswith("detail:") and k.split(":", 1)[1] in keys and v not in (None, "")}
                notes = clean_text(values.get("notes"), 2000, "notes", multiline=True)
            except ValidationError as exc:
                preview.reject(line, values, exc.message)
                continue
            good.append(_Parsed(line, values, idn.value, group, level, since, until, details, notes))
        return good

    def _parse_register(self, rows: Rows, preview: ImportPreview[KeyGroupTag], cancelled: Cancelled) -> list[_Parsed]:
        assert self.group is not None
        own = {f"detail:{f.key}": f for f in SPECS[self.group].fields}
        good: list[_Parsed] = []
        for i, (line, values) in enumerate(rows):
            check_cancel(cancelled, i)
            try:
                idn = parse_id_number(text_id(values.get("id_number")))
                name = clean_text(values.get("name"), 32, "name")
                if not name:
                    raise ValidationError("name", "import.name_required")
                level = _level(values.get("level")) or _KEEP  # blank: the level the tag has (一般 if new)
                since, until = _dates(values, keep=True)
                details = {spec.key: _detail(spec, values[key]) for key, spec in own.items() if key in values}
                notes = clean_text(values["notes"], 2000, "notes", multiline=True) if "notes" in values else _KEEP
            except ValidationError as exc:
                preview.reject(line, values, exc.message)
                continue
            good.append(_Parsed(line, values, idn.value, self.group, level, since, until, details, notes, name))
        return good

    def _write(self, s, preview: ImportPreview[KeyGroupTag], grids: dict[str, int], cancelled: Cancelled,
               progress: Progress | None) -> None:
        now = local_dt(self.session.clock())
        tags = KeyGroupsRepo(s)
        for tag in [*preview.new, *preview.changed]:
            tags.save(tag, now)


def _plain(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


def _level(value: object) -> AttentionLevel | None:
    text = clean_text(value, field="level")
    if not text:
        return None
    try:
        return AttentionLevel(text)
    except ValueError:
        raise ValidationError("level", "import.level") from None


def _dates(values: dict, keep: bool = False) -> tuple[date | None | object, date | None | object]:
    """列管日期 and 解除日期; with `keep`, a missing column is _KEEP rather than no date."""
    since = parse_date(values["since"], "since") if "since" in values else _KEEP if keep else None
    until = parse_date(values["until"], "until") if "until" in values else _KEEP if keep else None
    if isinstance(since, date) and isinstance(until, date) and until < since:
        raise ValidationError("until", "import.until_before_since")
    return since, until


def _detail(spec: FieldSpec, value: object) -> str | None:
    """A register's cell for one of the group's fields: None when blank, a date as 2024-05-01."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if spec.kind == "date":
        try:
            return parse_date(value, f"detail:{spec.key}").isoformat()  # type: ignore[union-attr]
        except ValidationError:
            raise ValidationError(f"detail:{spec.key}", "register.date", header=spec.label,
                                  value=str(value)) from None
    return clean_text(value, 500, "details")


def _tag(current: KeyGroupTag | None, resident_id: int, g: _Parsed) -> KeyGroupTag:
    """The tag the row asks for. A combined ledger's row is the whole tag; in a register, what the
    file has no column for stays as the tag holds it (a county register has no 列管日期, and may
    lack GridDesk's own fields), and a blank cell of a column it has clears the detail."""
    tag_id = current.id if current else None
    if not g.name:
        return KeyGroupTag(tag_id, resident_id, g.group, g.level, g.since, g.until,  # type: ignore[arg-type]
                           dict(g.details), g.notes)  # type: ignore[arg-type]

    def kept(value, held, default):
        return (held if current is not None else default) if value is _KEEP else value

    details = dict(current.details) if current is not None else {}
    for key, value in g.details.items():
        if value is None:
            details.pop(key, None)
        else:
            details[key] = value
    return KeyGroupTag(tag_id, resident_id, g.group,
                       kept(g.level, current.level if current else None, AttentionLevel.NORMAL),
                       kept(g.since, current.since if current else None, None),
                       kept(g.until, current.until if current else None, None),
                       details, kept(g.notes, current.notes if current else None, ""))
