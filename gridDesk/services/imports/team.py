"""网格队伍花名册: the grid team by ID number, with the eligibility the regulation asks (Article 9)."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain import catalogue
from ...domain.catalogue import Word
from ...domain.errors import ValidationError
from ...domain.idcard import parse_id_number
from ...domain.key_groups import age_on
from ...domain.phones import normalise_mobile
from ...domain.resident_rules import clean_text, parse_bool, parse_date
from ...domain.roster import TEAM_ROLE_LABELS, TeamMember
from ...storage.team_repo import TeamRepo
from ..roster_columns import TEAM_COLUMNS
from .base import Cancelled, Grids, ImportPreview, LedgerKind, Progress, RosterImporter, Rows, check_cancel, text_id


@dataclass(frozen=True)
class TeamRow:
    """A team member as the roster lists them, with what the roster keeps beside the member."""

    member: TeamMember
    political_status: str
    education: str


class TeamImporter(RosterImporter[TeamRow]):
    kind = LedgerKind.TEAM
    columns = TEAM_COLUMNS

    def _sort(self, s, rows: Rows, grids: Grids, preview: ImportPreview[TeamRow], cancelled: Cancelled) -> None:
        roles = {label: role for role, label in TEAM_ROLE_LABELS.items()}
        seen: dict[str, int] = {}
        good: list[tuple[TeamRow, int, dict]] = []
        for i, (line, values) in enumerate(rows):
            check_cancel(cancelled, i)
            try:
                name = clean_text(values.get("name"), 32, "name")
                if not name:
                    raise ValidationError("name", "import.name_required")
                idn = parse_id_number(text_id(values.get("id_number")))
                phone_raw = values.get("phone")
                phone = normalise_mobile(str(int(phone_raw)) if isinstance(phone_raw, float) else str(phone_raw or ""))
                if not phone:
                    raise ValidationError("phone", "import.phone_required")
                role = roles.get(clean_text(values.get("role"), field="role"))
                if role is None:
                    raise ValidationError("role", "import.role", value=values.get("role"),
                                          roles=[Word(f"import.team_role.{r.value}") for r in roles.values()])
                appointed = parse_date(values.get("appointed_on"), "appointed_on")
                if appointed is None:
                    raise ValidationError("appointed_on", "import.appointed_required")
                if age_on(idn.birth_date, appointed) < 18:
                    raise ValidationError("id_number", "import.under_age")
                if not parse_bool(values.get("declaration"), "declaration"):
                    raise ValidationError("declaration", "import.declaration")
                code = grids.code(values.get("grid_code")) if values.get("grid_code") not in (None, "") else None
                duties = clean_text(values.get("duties"), 500, "duties", multiline=True)
                political = clean_text(values.get("political_status"), field="political_status")
                education = clean_text(values.get("education"), field="education")
            except ValidationError as exc:
                preview.reject(line, values, exc.message)
                continue
            if idn.value in seen:
                preview.reject(line, values, catalogue.render("import.id_repeated", {"line": seen[idn.value]}))
                continue
            seen[idn.value] = line
            good.append((TeamRow(TeamMember(name, idn.value, phone, role, code, appointed, duties), political, education),
                         line, values))
        existing = TeamRepo(s).by_id_numbers(row.member.id_number for row, _, _ in good)
        for row, line, values in good:
            old = existing.get(row.member.id_number)
            if old is None:
                preview.add(row, line, values)
            elif (old.member, old.political_status, old.education) == (row.member, row.political_status,
                                                                       row.education):
                preview.unchanged += 1
            else:
                preview.change(TeamRow(old.member, old.political_status, old.education), row, line, values,
                               TEAM_ROLE_LABELS)

    def _write(self, s, preview: ImportPreview[TeamRow], grids: dict[str, int], cancelled: Cancelled,
               progress: Progress | None) -> None:
        team = TeamRepo(s)
        for row in [*preview.new, *preview.changed]:
            team.upsert(row.member, row.political_status, row.education, True)
