"""Departures, vacancies, preference facts, the staffing rules and selection records (tables of
orm/staffing.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from ..domain.roster import TeamRole
from ..domain.staffing import (DEFAULT_RULES, Departure, LeaveReason, Preferences, Selection, SelectionStep,
                               StaffingRules, StepEntry, STEPS, Vacancy)
from .orm.outreach import StationRow
from .orm.roster import GridRow, TeamMemberRow
from .orm.staffing import (DepartureRow, PreferencesRow, SelectionRow, SelectionStepRow, StaffingRuleRow,
                           VacancyRow)


class StaffingRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- rules ----------------------------------------------------------------------------------
    def rules(self) -> StaffingRules:
        rows = self.s.scalars(select(StaffingRuleRow)).all()
        values = dict(DEFAULT_RULES) | {r.key: r.value for r in rows}
        examples = frozenset(DEFAULT_RULES) - {r.key for r in rows if not r.example}
        return StaffingRules(values, examples)

    def save_rules(self, values: Mapping[str, int]) -> None:
        for key, value in values.items():
            row = self.s.get(StaffingRuleRow, key)
            if row is None:
                self.s.add(StaffingRuleRow(key=key, value=value, example=False))
            else:
                row.value, row.example = value, False

    # -- departures and vacancies ----------------------------------------------------------------
    def record_departure(self, d: Departure, account: str, now: datetime) -> int:
        """The member's left_on (what every other list reads) and the departure's facts, and the
        vacancy it opens in the member's grid and post; returns the vacancy's id."""
        member = self.s.get(TeamMemberRow, d.member_id)
        assert member is not None
        member.left_on = d.on
        self.s.add(DepartureRow(member_id=d.member_id, left_on=d.on, reason=d.reason.value, words=d.words,
                                decided_by=d.decided_by, document=d.document, recorded_by=account, recorded_at=now))
        vacancy = VacancyRow(grid_id=member.grid_id, post=member.role, opened_on=d.on, left_member_id=d.member_id)
        self.s.add(vacancy)
        # A station run by someone who has left sends residents to nobody: its keeper is cleared,
        # and the stations list shows it without one until the centre names another.
        self.s.execute(update(StationRow).where(StationRow.keeper_id == d.member_id).values(keeper_id=None))
        self.s.flush()
        return vacancy.id

    def departures(self, ids: Iterable[int] | None = None) -> dict[int, Departure]:
        stmt = select(DepartureRow)
        if ids is not None:
            stmt = stmt.where(DepartureRow.member_id.in_(list(ids)))
        return {r.member_id: Departure(r.member_id, r.left_on, LeaveReason(r.reason), r.words, r.decided_by,
                                       r.document) for r in self.s.scalars(stmt)}

    def vacancies(self, include_filled: bool = False, ids: Iterable[int] | None = None) -> list[Vacancy]:
        left, filled = aliased(TeamMemberRow), aliased(TeamMemberRow)
        stmt = (select(VacancyRow, GridRow.code, GridRow.name, left.name, filled.name, DepartureRow.reason)
                .outerjoin(GridRow, GridRow.id == VacancyRow.grid_id)
                .outerjoin(left, left.id == VacancyRow.left_member_id)
                .outerjoin(filled, filled.id == VacancyRow.filled_member_id)
                .outerjoin(DepartureRow, DepartureRow.member_id == VacancyRow.left_member_id)
                .order_by(VacancyRow.opened_on, VacancyRow.id))
        if not include_filled:
            stmt = stmt.where(VacancyRow.filled_on.is_(None))
        if ids is not None:
            stmt = stmt.where(VacancyRow.id.in_(list(ids)))
        return [Vacancy(v.id, code, gname or "", TeamRole(v.post), v.opened_on, v.left_member_id, lname or "",
                        LeaveReason(reason) if reason else None, v.filled_on, v.filled_member_id, fname or "")
                for v, code, gname, lname, fname, reason in self.s.execute(stmt)]

    def add_vacancy(self, grid_code: str | None, post: TeamRole, opened_on: date, left_member_id: int | None) -> int:
        grid_id = self.s.scalar(select(GridRow.id).where(GridRow.code == grid_code)) if grid_code else None
        row = VacancyRow(grid_id=grid_id, post=post.value, opened_on=opened_on, left_member_id=left_member_id)
        self.s.add(row)
        self.s.flush()
        return row.id

    def fills(self, member_id: int) -> int | None:
        """The vacancy this member already filled, if any: one person fills one post."""
        return self.s.scalar(select(VacancyRow.id).where(VacancyRow.filled_member_id == member_id).limit(1))

    def fill(self, vacancy_id: int, member_id: int, on: date) -> None:
        row = self.s.get(VacancyRow, vacancy_id)
        assert row is not None
        row.filled_on, row.filled_member_id = on, member_id

    # -- preference facts ------------------------------------------------------------------------
    def preferences(self, ids: Iterable[int] | None = None) -> dict[int, Preferences]:
        stmt = select(PreferencesRow)
        if ids is not None:
            stmt = stmt.where(PreferencesRow.member_id.in_(list(ids)))
        return {r.member_id: Preferences(r.title, r.social_work_level, r.social_work_number, r.veteran, r.dibao)
                for r in self.s.scalars(stmt)}

    def set_preferences(self, member_id: int, p: Preferences) -> None:
        row = self.s.get(PreferencesRow, member_id)
        if row is None:
            row = PreferencesRow(member_id=member_id)
            self.s.add(row)
        row.title, row.social_work_level, row.social_work_number = p.title, p.social_work_level, p.social_work_number
        row.veteran, row.dibao = p.veteran, p.dibao

    # -- selection records -----------------------------------------------------------------------
    def add_selection(self, vacancy_id: int, note: str, account: str) -> int:
        row = SelectionRow(vacancy_id=vacancy_id, note=note, added_by=account)
        self.s.add(row)
        self.s.flush()
        return row.id

    def selection_for(self, vacancy_id: int) -> int | None:
        return self.s.scalar(select(SelectionRow.id).where(SelectionRow.vacancy_id == vacancy_id))

    def selections(self, ids: Iterable[int] | None = None) -> list[Selection]:
        stmt = select(SelectionRow).order_by(SelectionRow.id)
        if ids is not None:
            stmt = stmt.where(SelectionRow.id.in_(list(ids)))
        rows = self.s.scalars(stmt).all()
        vacancies = {v.id: v for v in self.vacancies(True, [r.vacancy_id for r in rows])}
        steps: dict[int, list[StepEntry]] = {}
        for st in self.s.scalars(select(SelectionStepRow).where(SelectionStepRow.selection_id.in_([r.id for r in rows]))):
            steps.setdefault(st.selection_id, []).append(StepEntry(SelectionStep(st.step), st.day, st.note))
        out = []
        for r in rows:
            v = vacancies[r.vacancy_id]
            ordered = tuple(sorted(steps.get(r.id, []), key=lambda e: STEPS.index(e.step)))
            out.append(Selection(r.id, r.vacancy_id, v.grid_code, v.post, ordered, v.filled_member_id, v.filled_member,
                                 r.note))
        return out

    def set_step(self, selection_id: int, entry: StepEntry) -> None:
        row = self.s.get(SelectionStepRow, (selection_id, entry.step.value))
        if row is None:
            self.s.add(SelectionStepRow(selection_id=selection_id, step=entry.step.value, day=entry.day, note=entry.note))
        else:
            row.day, row.note = entry.day, entry.note
