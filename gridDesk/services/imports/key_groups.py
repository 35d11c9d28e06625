"""重点人群登记表: a key-group tag per resident and group, for the groups this role may keep."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ...domain import catalogue
from ...domain.errors import ValidationError
from ...domain.idcard import parse_id_number
from ...domain.key_groups import SPECS, AttentionLevel, KeyGroup, KeyGroupTag, visible_groups
from ...domain.resident_rules import clean_text, parse_date
from ...storage.key_groups_repo import KeyGroupsRepo
from ...storage.residents_repo import ResidentsRepo
from ..clock import local_dt
from ..roster_columns import KEY_GROUP_COLUMNS
from .base import Cancelled, Grids, ImportPreview, LedgerKind, Progress, RosterImporter, Rows, check_cancel, text_id


@dataclass(frozen=True)
class _Parsed:
    line: int
    values: dict
    id_number: str
    group: KeyGroup
    level: AttentionLevel
    since: date | None
    until: date | None
    details: dict[str, str]
    notes: str


class KeyGroupsImporter(RosterImporter[KeyGroupTag]):
    kind = LedgerKind.KEY_GROUPS
    columns = KEY_GROUP_COLUMNS

    def _sort(self, s, rows: Rows, grids: Grids, preview: ImportPreview[KeyGroupTag], cancelled: Cancelled) -> None:
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
                level_text = clean_text(values.get("level"), field="level") or AttentionLevel.NORMAL.value
                try:
                    level = AttentionLevel(level_text)
                except ValueError:
                    raise ValidationError("level", "import.level") from None
                since = parse_date(values.get("since"), "since")
                until = parse_date(values.get("until"), "until")
                if since and until and until < since:
                    raise ValidationError("until", "import.until_before_since")
                keys = {f.key for f in SPECS[group].fields}
                details = {k.split(":", 1)[1]: v.isoformat() if isinstance(v, date) else clean_text(v, 500, "details")
                           for k, v in values.items()
                           if k.startswith("detail:") and k.split(":", 1)[1] in keys and v not in (None, "")}
                notes = clean_text(values.get("notes"), 2000, "notes", multiline=True)
            except ValidationError as exc:
                preview.reject(line, values, exc.message)
                continue
            good.append(_Parsed(line, values, idn.value, group, level, since, until, details, notes))
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
            seen[(g.id_number, g.group)] = g.line
            current = [t for t in tags_repo.for_resident(person.id) if t.group is g.group and t.active]
            tag = KeyGroupTag(current[0].id if current else None, person.id, g.group, g.level, g.since, g.until,
                              g.details, g.notes)
            if not current:
                preview.add(tag, g.line, g.values)
            elif replace(current[0], details=current[0].details) == tag:
                preview.unchanged += 1
            else:
                preview.change(current[0], tag, g.line, g.values)

    def _write(self, s, preview: ImportPreview[KeyGroupTag], grids: dict[str, int], cancelled: Cancelled,
               progress: Progress | None) -> None:
        now = local_dt(self.session.clock())
        tags = KeyGroupsRepo(s)
        for tag in [*preview.new, *preview.changed]:
            tags.save(tag, now)
