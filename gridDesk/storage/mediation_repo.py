"""People's mediation: the intake written with its number (the year's next, gap-free: the write
transaction is BEGIN IMMEDIATE, and (year, seq) is unique besides), its records, outcome and
visits appended, and mediations read back as domain records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.mediation import (Agreement, FollowUpVisit, Intake, Investigation, Mediation, MediationLine,
                                MediationSession, MediationState, NEXT_STEP, Outcome, Party, Performance, Referral,
                                Severity, Source, mediation_number)
from .orm.cases import CaseRow
from .orm.mediation import MediationFollowUpRow, MediationPartyRow, MediationRecordRow, MediationRow
from .orm.roster import GridRow

INVESTIGATION, SESSION = "investigation", "session"


class MediationRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- writing ------------------------------------------------------------------------------
    def next_seq(self, year: int) -> int:
        return (self.s.scalar(select(func.max(MediationRow.seq)).where(MediationRow.year == year)) or 0) + 1

    def insert(self, i: Intake, accepted_on: date, account: str, now: datetime) -> tuple[int, str]:
        seq = self.next_seq(accepted_on.year)
        number = mediation_number(accepted_on.year, seq)
        row = MediationRow(case_id=i.case_id, year=accepted_on.year, seq=seq, number=number, source=i.source.value,
                           severity=i.severity.value, occurred_on=i.occurred_on, accepted_on=accepted_on,
                           place=i.place, people=i.people, dispute_type=i.dispute_type, summary=i.summary,
                           state=MediationState.REGISTERED.value, outcome_on=None, agreed=None, referral="",
                           outcome_note="", facts="", disputed="", terms="", performance="", perform_by=None,
                           recorder="", version=1, account=account, created_at=now)
        self.s.add(row)
        self.s.flush()
        for n, p in enumerate(i.parties):
            self.s.add(MediationPartyRow(mediation_id=row.id, sort=n, name=p.name, id_number=p.id_number,
                                         phone=p.phone, address=p.address, resident_id=p.resident_id))
        self.s.flush()
        return row.id, number

    def row(self, mediation_id: int) -> MediationRow | None:
        return self.s.get(MediationRow, mediation_id)

    def add_record(self, mediation_id: int, kind: str, on: date, place: str, who: str, attended: str, said: str,
                   account: str, now: datetime) -> None:
        self.s.add(MediationRecordRow(mediation_id=mediation_id, kind=kind, held_on=on, place=place, who=who,
                                      attended=attended, said=said, account=account, created_at=now))

    def set_outcome(self, row: MediationRow, o: Outcome, state: MediationState) -> None:
        row.outcome_on, row.agreed, row.state = o.on, o.agreed, state.value
        row.referral = o.referral.value if o.referral else ""
        row.outcome_note = o.note
        a = o.agreement
        if a is not None:
            row.facts, row.disputed, row.terms, row.performance = a.facts, a.disputed, a.terms, a.performance
            row.perform_by, row.recorder = a.perform_by, a.recorder

    def add_followup(self, mediation_id: int, f: FollowUpVisit, account: str, now: datetime) -> None:
        self.s.add(MediationFollowUpRow(mediation_id=mediation_id, visited_on=f.on, by=f.by,
                                        performance=f.performance.value, notes=f.notes, account=account,
                                        created_at=now))

    # -- reading ------------------------------------------------------------------------------
    def of_case(self, case_id: int) -> int | None:
        return self.s.scalar(select(MediationRow.id).where(MediationRow.case_id == case_id))

    def by_number(self, year: int, seq: int) -> int | None:
        return self.s.scalar(select(MediationRow.id).where(MediationRow.year == year, MediationRow.seq == seq))

    def last_session(self, mediation_id: int) -> date | None:
        return self.s.scalar(select(func.max(MediationRecordRow.held_on)).where(
            MediationRecordRow.mediation_id == mediation_id, MediationRecordRow.kind == SESSION))

    def case_grid(self, case_id: int) -> tuple[str, int | None] | None:
        """(the case's grid code, its assignee member id), None when there is no such case."""
        found = self.s.execute(select(GridRow.code, CaseRow.assignee_member_id).select_from(CaseRow)
                               .outerjoin(GridRow, GridRow.id == CaseRow.grid_id).where(CaseRow.id == case_id)).first()
        return (found[0] or "", found[1]) if found else None

    def open_without_mediation(self, category_ids: Sequence[int]) -> list[tuple[int, str, str, datetime, str,
                                                                                int | None]]:
        """Open cases of these categories that have no mediation yet, newest first: (id, number,
        title, reported at, grid code, assignee member id)."""
        if not category_ids:
            return []
        taken = select(MediationRow.case_id)
        rows = self.s.execute(
            select(CaseRow.id, CaseRow.number, CaseRow.title, CaseRow.reported_at, GridRow.code,
                   CaseRow.assignee_member_id).select_from(CaseRow)
            .outerjoin(GridRow, GridRow.id == CaseRow.grid_id)
            .where(CaseRow.category_id.in_(list(category_ids)), CaseRow.state != "closed",
                   CaseRow.id.not_in(taken))
            .order_by(CaseRow.reported_at.desc(), CaseRow.id.desc())).all()
        return [(r[0], r[1], r[2], r[3], r[4] or "", r[5]) for r in rows]

    def get(self, mediation_id: int) -> Mediation | None:
        row = self.s.get(MediationRow, mediation_id)
        return self._mediation(row) if row is not None else None

    def _mediation(self, row: MediationRow) -> Mediation:
        case = self.s.get(CaseRow, row.case_id)
        grid = self.s.get(GridRow, case.grid_id) if case is not None and case.grid_id else None
        parties = tuple(Party(p.name, p.id_number, p.phone, p.address, p.resident_id) for p in self.s.scalars(
            select(MediationPartyRow).where(MediationPartyRow.mediation_id == row.id).order_by(MediationPartyRow.sort)))
        records = list(self.s.scalars(select(MediationRecordRow).where(MediationRecordRow.mediation_id == row.id)
                                      .order_by(MediationRecordRow.held_on, MediationRecordRow.id)))
        investigations = tuple(Investigation(r.held_on, r.who, r.said) for r in records if r.kind == INVESTIGATION)
        sessions = tuple(MediationSession(r.held_on, r.place, tuple(filter(None, r.who.split("、"))), r.attended, r.said)
                         for r in records if r.kind == SESSION)
        outcome = None
        if row.outcome_on is not None:
            agreement = (Agreement(row.facts, row.disputed, row.terms, row.performance, row.perform_by, row.recorder)
                         if row.agreed else None)
            outcome = Outcome(row.outcome_on, bool(row.agreed), Referral(row.referral) if row.referral else None,
                              row.outcome_note, agreement)
        followups = tuple(FollowUpVisit(f.visited_on, f.by, Performance(f.performance), f.notes) for f in self.s.scalars(
            select(MediationFollowUpRow).where(MediationFollowUpRow.mediation_id == row.id)
            .order_by(MediationFollowUpRow.visited_on, MediationFollowUpRow.id)))
        return Mediation(row.id, row.number, row.case_id, case.number if case else "", grid.code if grid else "",
                         MediationState(row.state), Source(row.source), Severity(row.severity), row.occurred_on,
                         row.place, row.people, row.dispute_type, row.summary, row.accepted_on, parties,
                         investigations, sessions, outcome, followups, row.version)

    def lines(self, first: date | None, last: date | None, states: Sequence[MediationState] | None) -> list[
            tuple[MediationLine, str, int | None]]:
        """The list's rows, each with its case's grid code and assignee (the service filters by scope)."""
        query = (select(MediationRow, CaseRow.number, GridRow.code, CaseRow.assignee_member_id)
                 .join(CaseRow, CaseRow.id == MediationRow.case_id).outerjoin(GridRow, GridRow.id == CaseRow.grid_id))
        if first is not None:
            query = query.where(MediationRow.accepted_on >= first)
        if last is not None:
            query = query.where(MediationRow.accepted_on <= last)
        if states:
            query = query.where(MediationRow.state.in_([s.value for s in states]))
        rows = self.s.execute(query.order_by(MediationRow.year.desc(), MediationRow.seq.desc())).all()
        names: dict[int, list[str]] = {}
        ids = [r[0].id for r in rows]
        for chunk in range(0, len(ids), 500):
            for mid, name in self.s.execute(select(MediationPartyRow.mediation_id, MediationPartyRow.name)
                                            .where(MediationPartyRow.mediation_id.in_(ids[chunk:chunk + 500]))
                                            .order_by(MediationPartyRow.mediation_id, MediationPartyRow.sort)):
                names.setdefault(mid, []).append(name)
        out = []
        for m, case_number, grid, assignee in rows:
            state = MediationState(m.state)
            out.append((MediationLine(m.id, m.number, m.case_id, case_number, "、".join(names.get(m.id, [])), state,
                                      m.accepted_on, Severity(m.severity), NEXT_STEP[state]), grid or "", assignee))
        return out

    def facts(self, case_ids: Sequence[int]) -> list[tuple[int, str, int, date | None, bool | None]]:
        columns = (MediationRow.case_id, MediationRow.severity, MediationRow.people, MediationRow.outcome_on,
                   MediationRow.agreed)
        ids = list(case_ids)
        if len(ids) > 2000:  # a year of a big village's disputes: one pass over the mediations beats 40 IN lists
            wanted = set(ids)
            return [tuple(r) for r in self.s.execute(select(*columns)) if r[0] in wanted]
        out = []
        for chunk in range(0, len(ids), 500):
            out += [tuple(r) for r in self.s.execute(
                select(*columns).where(MediationRow.case_id.in_(ids[chunk:chunk + 500])))]
        return out
