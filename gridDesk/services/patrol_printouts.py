"""The month's patrol calendar per grid, gathered as plain data for printing/patrol_calendar.py;
every print on the audit log, as every other printout."""

from __future__ import annotations

from ..domain.audit import Action
from ..domain.errors import ValidationError
from ..domain.patrols import CalendarRow, PatrolCalendar, month_days, target_label, targets_of
from ..domain.rules import Permission
from ..storage.grids_repo import GridsRepo
from ..storage.patrol_rules_repo import PatrolRulesRepo
from ..storage.patrols_repo import plans
from ..storage.places_repo import PlacesRepo
from ..storage.team_repo import TeamRepo
from .clock import local_dt
from .guard import rule
from .print_files import Out, written
from .printouts import _font, out_name
from .roster_scope import own_codes, require_grids
from .session import UserSession


class PatrolPrintService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.VIEW_ROSTER)
    def calendars(self, year: int, month: int, grid_code: str = "") -> list[PatrolCalendar]:
        """One calendar per top-level grid of this account (or the one grid asked for)."""
        first, last = month_days(year, month)
        today = local_dt(self.session.clock()).date()
        with self.session.db.transaction() as s:
            tree = GridsRepo(s).tree()
            if grid_code:
                if grid_code not in {n.code for n in tree}:
                    raise ValidationError("grid_code", "visits.no_grid")
                require_grids(self.session, [grid_code], what=f"grid {grid_code} patrol calendar")
                grids = [n for n in tree if n.code == grid_code]
            else:
                mine = set(own_codes(self.session, [n.code for n in tree]))
                grids = [n for n in tree if n.parent_code is None and n.code in mine]
            rules = PatrolRulesRepo(s).rules()
            places = PlacesRepo(s).list()
            names = {t.id: t.member.name for t in TeamRepo(s).all(include_left=True)}
            out = []
            for g in grids:
                own = [p for p in places if p.grid_code.startswith(g.code)]
                rows = tuple(CalendarRow(p.place.name, target_label(targets_of(p.place)[0]),
                                         p.place.responsible_name or "、".join(names.get(m, "") for m in p.owed_by),
                                         p.days) for p in plans(s, first, last, today, own))
                seasons = tuple((season.name, tuple(n for n in range(1, last.day + 1)
                                                    if season.covers(first.replace(day=n)))) for season in rules.seasons)
                out.append(PatrolCalendar(self.session.centre.village_name, g.code, g.name, year, month,
                                          tuple(x for x in seasons if x[1]), rows, today))
        return out

    @rule(Permission.PRINT)
    def print_calendars(self, out: Out, year: int, month: int, grid_code: str = "", record: bool = True) -> int:
        """The PDF; returns its pages. On the audit log with the month and the grid (the preview
        records it only when it is printed or saved: `record=False`, then `record_print`)."""
        from ..printing.patrol_calendar import write_patrol_calendars  # reportlab loads only when printing

        calendars = self.calendars(year, month, grid_code)
        with self.session.db.transaction() as s:
            font = _font(s)
        pages = written(out, lambda target: write_patrol_calendars(calendars, target, font))
        if record:
            self.record_print(year, month, grid_code, out_name(out))
        return pages

    @rule(Permission.PRINT)
    def record_print(self, year: int, month: int, grid_code: str, how: str) -> None:
        self.session.record(Action.PRINT.value, f"patrol calendar {year}-{month:02d}", f"{grid_code or 'all'} → {how}")
