"""户信息台账: households by number, with their address, grid and notes."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain import catalogue
from ...domain.errors import ValidationError
from ...domain.resident_rules import clean_text
from ...storage.residents_repo import HouseholdsRepo
from ..roster_columns import HOUSEHOLD_COLUMNS
from .base import Cancelled, Grids, ImportPreview, LedgerKind, Progress, RosterImporter, Rows, check_cancel

OTHER_GRID_HOUSEHOLD = catalogue.render("import.household_other_grid")


@dataclass(frozen=True)
class HouseholdRow:
    """One household as a ledger gives it."""

    number: str
    address: str
    grid_code: str
    notes: str


class HouseholdsImporter(RosterImporter[HouseholdRow]):
    kind = LedgerKind.HOUSEHOLDS
    columns = HOUSEHOLD_COLUMNS

    def _sort(self, s, rows: Rows, grids: Grids, preview: ImportPreview[HouseholdRow], cancelled: Cancelled) -> None:
        seen: dict[str, int] = {}
        good: list[tuple[HouseholdRow, int, dict]] = []
        for i, (line, values) in enumerate(rows):
            check_cancel(cancelled, i)
            try:
                number = clean_text(values.get("number"), 32, "household_number")
                if isinstance(values.get("number"), float) and values["number"].is_integer():
                    number = str(int(values["number"]))
                address = clean_text(values.get("address"), field="address")
                if not number:
                    raise ValidationError("number", "import.household_number_required")
                if not address:
                    raise ValidationError("address", "import.address_required")
                code = grids.code(values.get("grid_code"))
                if not self._scope_ok(code):
                    raise ValidationError("grid_code", "import.grid_outside")
                notes = clean_text(values.get("notes"), 2000, "notes", multiline=True)
            except ValidationError as exc:
                preview.reject(line, values, exc.message)
                continue
            if number in seen:
                preview.reject(line, values, catalogue.render("import.household_repeated", {"line": seen[number]}))
                continue
            seen[number] = line
            good.append((HouseholdRow(number, address, code, notes), line, values))
        existing = HouseholdsRepo(s).by_numbers(h.number for h, _, _ in good)
        for household, line, values in good:
            old = existing.get(household.number)  # (id, address, grid code, notes)
            if old is None:
                preview.add(household, line, values)
            elif not self._scope_ok(old[2]):
                preview.reject(line, values, OTHER_GRID_HOUSEHOLD)
            elif old[1:] == (household.address, household.grid_code, household.notes):
                preview.unchanged += 1
            else:
                preview.change(HouseholdRow(household.number, *old[1:]), household, line, values)

    def _write(self, s, preview: ImportPreview[HouseholdRow], grids: dict[str, int], cancelled: Cancelled,
               progress: Progress | None) -> None:
        repo = HouseholdsRepo(s)
        for h in [*preview.new, *preview.changed]:
            repo.upsert(h.number, h.address, grids[h.grid_code], h.notes)
