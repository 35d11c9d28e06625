"""网格队伍花名册: the grid team by ID number, with the eligibility the regulation asks (Article 9)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...domain import catalogue
from ...domain.catalogue import Word
from ...domain.errors import ValidationError
from ...domain.idcard import parse_id_number
from ...domain.key_groups import age_on
from ...domain.phones import normalise_mobile
from ...domain.resident_rules import check_against_id, clean_text, parse_bool, parse_date, read_listed
from ...domain.roster import TEAM_ROLE_LABELS, TeamMember, TeamRole
from ...storage.team_repo import TeamRepo
from ..roster_columns import TEAM_CHECKED_COLUMNS
from .base import Cancelled, Grids, ImportPreview, LedgerKind, Progress, RosterImporter, Rows, check_cancel, text_id


@dataclass(frozen=True)
class TeamRow:
    """A team member as the roster lists them, with what the roster keeps beside the member."""

    member: TeamMember
    political_status: str
    education: str
    notes: str = ""
    declared: bool = True


# 专兼职情况 as GRIDTEAM.xls writes it: the post of a grid member. A member the roster already has
# as 网格长, 辅助员 or 微格员 keeps that post (the word says full or part time, not the post).
_BY_TIME = {"专职": TeamRole.FULL_TIME, "兼职": TeamRole.PART_TIME, "专职网格员": TeamRole.FULL_TIME,
            "兼职网格员": TeamRole.PART_TIME}
_GRID_MEMBER_POSTS = (TeamRole.FULL_TIME, TeamRole.PART_TIME)


def _declared(values: dict[str, object]) -> bool | None:
    """The Article 9 column: 是 declared, blank not yet (None when the file has no such column);
    否 says the person may not serve, a refused row."""
    if "declaration" not in values:
        return None
    if values["declaration"] in (None, "") or not str(values["declaration"]).strip():
        return False
    if not parse_bool(values.get("declaration"), "declaration"):
        raise ValidationError("declaration", "import.declaration")
    return True


class TeamImporter(RosterImporter[TeamRow]):
    kind = LedgerKind.TEAM
    columns = TEAM_CHECKED_COLUMNS

    def _sort(self, s, rows: Rows, grids: Grids, preview: ImportPreview[TeamRow], cancelled: Cancelled) -> None:
        roles = {label: role for role, label in TEAM_ROLE_LABELS.items()}
        seen: dict[str, int] = {}
        good: list[tuple[TeamRow, int, dict, bool | None, bool]] = []
        for i, (line, values) in enumerate(rows):
            check_cancel(cancelled, i)
            try:
                name = clean_text(values.get("name"), 32, "name")
                if not name:
                    raise ValidationError("name", "import.name_required")
                idn = parse_id_number(text_id(values.get("id_number")))
                check_against_id(idn, values.get("sex"), values.get("birth_date"))  # type: ignore[arg-type]
                phone_raw = values.get("phone")
                phone = normalise_mobile(str(int(phone_raw)) if isinstance(phone_raw, float) else str(phone_raw or ""))
                if not phone:
                    raise ValidationError("phone", "import.phone_required")
                word = clean_text(values.get("role"), field="role")
                role = roles.get(word) or _BY_TIME.get(word)
                if role is None:
                    raise ValidationError("role", "import.role", value=values.get("role"),
                                          roles=[Word(f"import.team_role.{r.value}") for r in roles.values()])
                appointed = parse_date(values.get("appointed_on"), "appointed_on")
                if appointed is None:
                    raise ValidationError("appointed_on", "import.appointed_required")
                if age_on(idn.birth_date, appointed) < 18:
                    raise ValidationError("id_number", "import.under_age")
                declared = _declared(values)
                code = grids.code(values.get("grid_code")) if values.get("grid_code") not in (None, "") else None
                duties = clean_text(values.get("duties"), 500, "duties", multiline=True)
                political = read_listed("political_status", clean_text(values.get("political_status"),
                                                                       field="political_status"))
                education = read_listed("education", clean_text(values.get("education"), field="education"))
                notes = clean_text(values.get("notes"), 2000, "notes", multiline=True)
            except ValidationError as exc:
                preview.reject(line, values, exc.message)
                continue
            if idn.value in seen:
                preview.reject(line, values, catalogue.render("import.id_repeated", {"line": seen[idn.value]}))
                continue
            seen[idn.value] = line
            member = TeamMember(name, idn.value, phone, role, code, appointed, duties)
            good.append((TeamRow(member, political, education, notes, bool(declared)), line, values, declared,
                         word in _BY_TIME and word not in roles))
        existing = TeamRepo(s).by_id_numbers(row.member.id_number for row, *_ in good)
        for row, line, values, declared, by_time in good:
            old = existing.get(row.member.id_number)
            if old is None:
                preview.add(row, line, values)
                continue
            was = TeamRow(old.member, old.political_status, old.education, old.notes, old.declared)
            # Columns the file does not have keep what the roster holds.
            keep = {"duties": old.member.duties} if "duties" not in values else {}
            if by_time and old.member.role not in _GRID_MEMBER_POSTS:
                keep["role"] = old.member.role
            if "grid_code" not in values:
                keep["grid_code"] = old.member.grid_code
            row = replace(row, member=replace(row.member, **keep),
                          notes=row.notes if "notes" in values else old.notes,
                          declared=old.declared if declared is None else declared)
            if row == was:
                preview.unchanged += 1
            else:
                preview.change(was, row, line, values, TEAM_ROLE_LABELS)

    def _write(self, s, preview: ImportPreview[TeamRow], grids: dict[str, int], cancelled: Cancelled,
               progress: Progress | None) -> None:
        team = TeamRepo(s)
        for row in [*preview.new, *preview.changed]:
            team.upsert(row.member, row.political_status, row.education, row.declared, row.notes)
