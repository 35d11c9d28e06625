"""Cases, their people and their timeline; categories and the director's calendar entries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import false, func, or_, select
from sqlalchemy.orm import Session

from ..domain.case_records import CaseEvent, CaseReport, CaseView, Category
from ..domain.cases import CaseState, Channel, WorkKind
from ..domain.workdays import CalendarEntry
from .orm.cases import CalendarDayRow, CaseCategoryRow, CaseEventRow, CaseHandoverRow, CasePersonRow, CaseRow
from .orm.roster import GridRow


class CasesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def categories(self) -> list[Category]:
        rows = self.s.scalars(select(CaseCategoryRow).order_by(CaseCategoryRow.parent_id.is_not(None),
                                                               CaseCategoryRow.sort, CaseCategoryRow.id))
        return [Category(r.id, r.name, r.parent_id, r.limit_days) for r in rows]

    def calendar_entries(self) -> list[CalendarEntry]:
        return [CalendarEntry(r.day, r.kind, r.name) for r in self.s.scalars(select(CalendarDayRow).order_by(CalendarDayRow.day))]

    def set_calendar_day(self, day: date, kind: str | None, name: str) -> None:
        row = self.s.get(CalendarDayRow, day)
        if kind is None:
            if row is not None:
                self.s.delete(row)
        elif row is None:
            self.s.add(CalendarDayRow(day=day, kind=kind, name=name))
        else:
            row.kind, row.name = kind, name

    def save_category(self, category_id: int | None, name: str, parent_id: int | None, limit_days: int) -> int:
        row = self.s.get(CaseCategoryRow, category_id) if category_id else None
        if row is None:
            row = CaseCategoryRow(parent_id=parent_id, sort=99)
            self.s.add(row)
        row.name, row.limit_days = name, limit_days
        self.s.flush()
        return row.id

    def next_number(self, prefix: str) -> str:
        count = self.s.scalar(select(func.count(CaseRow.id)).where(CaseRow.number.like(prefix + "%"))) or 0
        return f"{prefix}{count + 1:05d}"

    def insert(self, number: str, report: CaseReport, state: CaseState, now: datetime) -> int:
        grid_id = self.s.scalar(select(GridRow.id).where(GridRow.code == report.grid_code)) \
            if report.grid_code else None
        row = CaseRow(number=number, title=report.title, description=report.description,
                      category_id=report.category_id, work_kind=report.work_kind.value,
                      channel=report.channel.value, grid_id=grid_id, place=report.place,
                      reporter=report.reporter, reported_at=report.reported_at, state=state.value,
                      assignee="", due_at=None, extension_days=0, extension_requested=False, result="",
                      satisfaction="", version=1, updated_at=now)
        self.s.add(row)
        self.s.flush()
        for resident_id, name in report.people:
            self.s.add(CasePersonRow(case_id=row.id, resident_id=resident_id, name=name, role="当事人"))
        return row.id

    def row(self, case_id: int) -> CaseRow | None:
        return self.s.get(CaseRow, case_id)

    def add_event(self, case_id: int, at: datetime, account: str, action: str, from_state: CaseState,
                  to_state: CaseState, detail: str) -> int:
        row = CaseEventRow(case_id=case_id, at=at, account=account, action=action,
                           from_state=from_state.value, to_state=to_state.value, detail=detail)
        self.s.add(row)
        self.s.flush()
        return row.id

    def add_handover(self, case_id: int, event_id: int, channel: str, taken_by: str) -> None:
        self.s.add(CaseHandoverRow(case_id=case_id, event_id=event_id, channel=channel, taken_by=taken_by))

    def actions_taken(self, case_id: int) -> set[str]:
        """The steps on a case's record (the flows ask: escalated? the township's word?)."""
        return set(self.s.scalars(select(CaseEventRow.action).where(CaseEventRow.case_id == case_id).distinct()))

    def view(self, row: CaseRow, with_events: bool = True) -> CaseView:
        category = self.s.get(CaseCategoryRow, row.category_id)
        grid = self.s.get(GridRow, row.grid_id) if row.grid_id else None
        people = tuple(self.s.scalars(select(CasePersonRow.name).where(CasePersonRow.case_id == row.id)))
        events: tuple[CaseEvent, ...] = ()
        if with_events:
            events = tuple(CaseEvent(e.at, e.account, e.action, CaseState(e.from_state), CaseState(e.to_state),
                                     e.detail, e.id)
                           for e in self.s.scalars(select(CaseEventRow).where(CaseEventRow.case_id == row.id)
                                                   .order_by(CaseEventRow.at, CaseEventRow.id)))
        return CaseView(row.id, row.number, row.title, row.description, category.name if category else "",
                        WorkKind(row.work_kind), Channel(row.channel), grid.code if grid else "", row.place,
                        row.reporter, row.reported_at, CaseState(row.state), row.assignee, row.due_at,
                        row.extension_requested, row.result, row.satisfaction, row.revisited_at, row.closed_at,
                        row.version, people=people, events=events, closure_type=row.closure_type,
                        escalated_at=self.s.scalar(_first_escalation().where(CaseEventRow.case_id == row.id)))

    def _in_grids(self, stmt, grids: Sequence[str] | None, mine: int | None = None):
        """A grid member's scope: cases of these grids, and those assigned to `mine` (the team
        member the account belongs to) wherever they are. None: every case."""
        if grids is None:
            return stmt
        # A micro-grid's code extends its grid's: the grid's account reaches its micro-grids' cases.
        codes = [GridRow.code.startswith(c, autoescape=True) for c in grids]
        in_grids = CaseRow.grid_id.in_(select(GridRow.id).where(or_(false(), *codes)))
        return stmt.where(or_(in_grids, CaseRow.assignee_member_id == mine) if mine is not None else in_grids)

    def grid_code(self, row: CaseRow) -> str:
        grid = self.s.get(GridRow, row.grid_id) if row.grid_id else None
        return grid.code if grid else ""

    def list_views(self, states: Sequence[CaseState] | None = None,
                   grids: Sequence[str] | None = None, mine: int | None = None) -> list[CaseView]:
        """Every case in these states in one joined query (no people, no timeline): the list page."""
        stmt = (select(CaseRow.id, CaseRow.number, CaseRow.title, CaseCategoryRow.name, CaseRow.work_kind,
                       CaseRow.channel, GridRow.code, CaseRow.place, CaseRow.reporter, CaseRow.reported_at,
                       CaseRow.state, CaseRow.assignee, CaseRow.due_at, CaseRow.extension_requested,
                       CaseRow.closed_at, CaseRow.version, CaseRow.closure_type, _escalated_at())
                .join(CaseCategoryRow, CaseCategoryRow.id == CaseRow.category_id)
                .outerjoin(GridRow, GridRow.id == CaseRow.grid_id))
        if states:
            stmt = stmt.where(CaseRow.state.in_([s.value for s in states]))
        stmt = self._in_grids(stmt, grids, mine)
        return [CaseView(i, n, t, "", cat, WorkKind(k), Channel(ch), g or "", pl, rep, at, CaseState(st), who, due,
                         ext, "", "", None, closed, ver, closure_type=how, escalated_at=_as_datetime(esc))
                for i, n, t, cat, k, ch, g, pl, rep, at, st, who, due, ext, closed, ver, how, esc
                in self.s.connection().execute(stmt)]

    def count_by_state(self, grids: Sequence[str] | None = None, mine: int | None = None) -> dict[str, int]:
        stmt = self._in_grids(select(CaseRow.state, func.count()), grids, mine).group_by(CaseRow.state)
        return dict(self.s.execute(stmt).all())

    def monthly_by_top_category(self, since: datetime, grids: Sequence[str] | None = None,
                                mine: int | None = None) -> list[tuple[str, str, int]]:
        """(month "YYYY-MM", top-level category, cases reported) since a moment."""
        month = func.substr(CaseRow.reported_at, 1, 7)  # stored as ISO text: the month is its first 7 characters
        stmt = (select(month, CaseRow.category_id, func.count()).where(CaseRow.reported_at >= since)
                .group_by(month, CaseRow.category_id))
        rows = list(self.s.connection().execute(self._in_grids(stmt, grids, mine)))
        cats = {c.id: c for c in self.categories()}
        top = {i: (cats[c.parent_id].name if c.parent_id in cats else c.name) for i, c in cats.items()}
        return [(m, top.get(cid, ""), n) for m, cid, n in rows]

    def closure_days(self, since: datetime, grids: Sequence[str] | None = None,
                     mine: int | None = None) -> list[tuple[str, str, int]]:
        """(reported day, closed day, cases) as ISO dates, for cases closed since a moment."""
        reported, closed = func.date(CaseRow.reported_at), func.date(CaseRow.closed_at)
        stmt = select(reported, closed, func.count()).where(CaseRow.closed_at >= since).group_by(reported, closed)
        stmt = self._in_grids(stmt, grids, mine)
        return [(a, b, n) for a, b, n in self.s.connection().execute(stmt)]

    def clock_counts(self, states: Sequence[CaseState], now: datetime, week_end: datetime,
                     grids: Sequence[str] | None = None, mine: int | None = None) -> dict[str, int]:
        """The clock's figures over open cases in SQL: what clock_state decides case by case."""
        started, due = func.julianday(CaseRow.reported_at), func.julianday(CaseRow.due_at)
        running = CaseRow.due_at >= now
        warning = running & ((due - started <= 0) | (func.julianday(now) - started >= 0.7 * (due - started)))
        unescalated = (CaseRow.work_kind == WorkKind.EMERGENCY.value) & _escalated_at().is_(None)
        stmt = select(func.count(), func.count().filter(CaseRow.due_at < now), func.count().filter(warning),
                      func.count().filter(running & (CaseRow.due_at <= week_end)), func.count().filter(unescalated)
                      ).where(CaseRow.state.in_([st.value for st in states]))
        stmt = self._in_grids(stmt, grids, mine)
        total, overdue, warn, week, waiting = self.s.connection().execute(stmt).one()
        return {"open": total, "overdue": overdue, "warning": warn, "due_this_week": week,
                "emergencies_unescalated": waiting}

    def closures(self, since: datetime, until: datetime, grids: Sequence[str] | None = None,
                 mine: Sequence[str] = ()) -> list[tuple[str, str, int]]:
        """(closure type, satisfaction, cases) for the cases closed in [since, until)."""
        stmt = (select(CaseRow.closure_type, CaseRow.satisfaction, func.count())
                .where(CaseRow.closed_at >= since, CaseRow.closed_at < until, CaseRow.state == CaseState.CLOSED.value)
                .group_by(CaseRow.closure_type, CaseRow.satisfaction))
        return [(how, sat, n) for how, sat, n in self.s.connection().execute(self._in_grids(stmt, grids, mine))]

    def top_categories(self) -> list[str]:
        return list(self.s.scalars(select(CaseCategoryRow.name).where(CaseCategoryRow.parent_id.is_(None))
                                   .order_by(CaseCategoryRow.sort, CaseCategoryRow.id)))


def _first_escalation():
    return select(func.min(CaseEventRow.at)).where(CaseEventRow.action == "escalate")


def _escalated_at():
    """The first hand-over to the township of the case in the outer query (NULL: none yet)."""
    return _first_escalation().where(CaseEventRow.case_id == CaseRow.id).correlate(CaseRow).scalar_subquery()


def _as_datetime(value) -> datetime | None:
    # A bare aggregate over a DateTime column comes back from SQLite as its stored text.
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)
