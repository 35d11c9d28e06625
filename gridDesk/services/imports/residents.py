"""人口信息台账: residents by ID number, new or changed; a column the file lacks keeps what the
roster holds; one person, one household."""

from __future__ import annotations

from dataclasses import MISSING, fields, replace
from datetime import date

from ...domain import catalogue
from ...domain.errors import ValidationError
from ...domain.id_regions import county_name
from ...domain.resident_rules import check_against_id, check_resident_fields, clean_text, parse_bool, parse_date, \
    read_extra
from ...domain.roster import Resident
from ...sheets.reader import EXTRA
from ...storage.residents_repo import ResidentsRepo
from ..clock import local_dt
from ..roster_columns import RESIDENT_CHECKED_COLUMNS
from .base import Cancelled, Grids, ImportCancelled, ImportPreview, LedgerKind, Progress, RosterImporter, Rows, \
    check_cancel, text_id

_BLANK = {"name": "", "id_number": "", "sex": "", "birth_date": date(2000, 1, 1), "phone": "",
          "household_number": None, "relation": "", "grid_code": ""}
# Every field of a Resident with what a row that lacks the column gets: the checks take the row as
# a mapping (check_resident_fields), no Resident is built before the checked one.
_DEFAULTS = {f.name: f.default for f in fields(Resident) if f.default is not MISSING} | _BLANK
_KEYS = frozenset(_DEFAULTS)

OTHER_GRID_PERSON = catalogue.render("import.person_other_grid")
_BATCH = 2000


class ResidentsImporter(RosterImporter[Resident]):
    kind = LedgerKind.RESIDENTS
    columns = RESIDENT_CHECKED_COLUMNS

    def _sort(self, s, rows: Rows, grids: Grids, preview: ImportPreview[Resident], cancelled: Cancelled) -> None:
        parsed: list[tuple[int, dict, Resident, set[str]]] = []
        first_line: dict[str, int] = {}
        today = self._today()
        for i, (line, values) in enumerate(rows):
            check_cancel(cancelled, i)
            try:
                given = {k: v for k, v in values.items() if k in _KEYS}
                if EXTRA in values:
                    given["extra"] = read_extra(values[EXTRA])
                # 性别 and 出生日期 are the ID number's to say; a ledger's own are only checked.
                said_sex, said_birth = given.pop("sex", None), given.pop("birth_date", None)
                given["id_number"] = text_id(values.get("id_number"))
                given["grid_code"] = grids.code(values.get("grid_code"))
                if not self._scope_ok(given["grid_code"]):
                    raise ValidationError("grid_code", "import.grid_outside")
                if "away" in given:
                    given["away"] = parse_bool(given["away"], "away")
                if "away_since" in given:
                    given["away_since"] = parse_date(given["away_since"], "away_since")
                for key in ("name", "phone", "phone2", "household_number", "relation"):
                    if key in given and not isinstance(given[key], str):
                        given[key] = str(int(given[key])) if isinstance(given[key], float) and \
                            given[key].is_integer() else str(given[key] or "")
                if not clean_text(given.get("household_number"), field="household_number"):
                    raise ValidationError("household_number", "import.household_number_required")
                if not clean_text(given.get("relation"), field="relation"):
                    raise ValidationError("relation", "import.relation_required")
                resident = check_resident_fields(_DEFAULTS | given, today)
                check_against_id(resident, said_sex, said_birth)
            except ValidationError as exc:
                preview.reject(line, values, exc.message)
                continue
            if resident.id_number in first_line:
                preview.reject(line, values, catalogue.render("import.id_repeated", {"line": first_line[resident.id_number]}))
                continue
            first_line[resident.id_number] = line
            parsed.append((line, values, resident, set(given)))
        preview.extras_kept = True
        existing = ResidentsRepo(s).by_id_numbers(r.id_number for _, _, r, _ in parsed)
        for line, values, resident, given in parsed:
            old = existing.get(resident.id_number)
            if old is None:
                preview.add(resident, line, values)
                self._check_county(preview, resident, line, values)
                continue
            if not self._scope_ok(old.grid_code):  # nothing of another grid's person is said or changed
                preview.reject(line, values, OTHER_GRID_PERSON)
                continue
            if old.household_number and resident.household_number != old.household_number:
                preview.reject(line, values, catalogue.render("import.person_in_household",
                                                              {"number": old.household_number, "name": old.name}))
                continue
            # Columns the file does not have keep what the roster holds; its own columns add to
            # (or correct) those kept from earlier files.
            merged = replace(old, **{k: getattr(resident, k) for k in given | {"sex", "birth_date"}})
            if "extra" in given:
                merged = replace(merged, extra=tuple({**dict(old.extra), **dict(resident.extra)}.items()))
            if merged == old:
                preview.unchanged += 1
            else:
                preview.change(old, merged, line, values)
                self._check_county(preview, resident, line, values)

    @staticmethod
    def _check_county(preview: ImportPreview[Resident], resident: Resident, line: int, values: dict) -> None:
        """An ID whose county the division history never had is taken (counties merge and are
        renamed; LEDGERS.md), and shown among the rows to check."""
        if county_name(resident.id_number[:6]) is None:
            preview.warn(line, values, catalogue.render("import.county_unknown", {"code": resident.id_number[:6]}))

    def _write(self, s, preview: ImportPreview[Resident], grids: dict[str, int], cancelled: Cancelled,
               progress: Progress | None) -> None:
        now = local_dt(self.session.clock())
        repo = ResidentsRepo(s)
        wanted = {r.household_number: (r.actual_address or r.registered_address, grids[r.grid_code])
                  for r in [*preview.new, *preview.changed] if r.household_number}
        households = repo.ensure_households(wanted)
        if cancelled():
            raise ImportCancelled("import.cancelled")
        for start in range(0, len(preview.new), _BATCH):
            repo.insert_many(preview.new[start:start + _BATCH], grids, households, now)
            if progress:
                progress(start, len(preview.new))
            if cancelled():
                raise ImportCancelled("import.cancelled")
        repo.update_many(preview.changed, grids, households, now, self.session.account.username,
                         f"导入 {preview.path.name}")
