"""The register of petitions (信访): numbering per year, the petitioners, the categories and the
time limits as data, and reading petitions back as domain records."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ..domain.petitions import (ACCEPT_DAYS, ANSWER_DAYS, COLLECTIVE_PEOPLE, CategoryKind, Petition,
                                PetitionCategory, PetitionFilter, PetitionForm, Petitioner, PetitionRules,
                                PetitionState)
from .orm.cases import CaseRow
from .orm.petitions import PetitionCategoryRow, PetitionPersonRow, PetitionRow, PetitionRuleRow
from .orm.roster import GridRow, ResidentRow


class PetitionsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- data the director keeps -------------------------------------------------------------
    def rules(self) -> PetitionRules:
        kept = dict(self.s.execute(select(PetitionRuleRow.key, PetitionRuleRow.value)).all())
        return PetitionRules(kept.get("accept_days", ACCEPT_DAYS), kept.get("answer_days", ANSWER_DAYS),
                             kept.get("collective_people", COLLECTIVE_PEOPLE), bool(kept.get("working_days", 0)))

    def set_rules(self, rules: PetitionRules) -> None:
        for key, value in (("accept_days", rules.accept_days), ("answer_days", rules.answer_days),
                           ("collective_people", rules.collective_people), ("working_days", int(rules.working_days))):
            row = self.s.get(PetitionRuleRow, key)
            if row is None:
                self.s.add(PetitionRuleRow(key=key, value=value))
            else:
                row.value = value

    def categories(self) -> list[PetitionCategory]:
        return [PetitionCategory(r.id, CategoryKind(r.kind), r.name, r.confidential, r.sort)
                for r in self.s.scalars(select(PetitionCategoryRow).order_by(PetitionCategoryRow.kind,
                                                                             PetitionCategoryRow.sort))]

    def add_category(self, kind: CategoryKind, name: str, confidential: bool) -> int:
        sort = self.s.scalar(select(func.max(PetitionCategoryRow.sort)).where(PetitionCategoryRow.kind == kind.value))
        row = PetitionCategoryRow(kind=kind.value, name=name, confidential=confidential, sort=(sort or 0) + 1)
        self.s.add(row)
        self.s.flush()
        return row.id

    # -- the register -------------------------------------------------------------------------
    def next_seq(self, year: int) -> int:
        """The year's next sequence number: one more than the highest (the write lock is held)."""
        return (self.s.scalar(select(func.max(PetitionRow.seq)).where(PetitionRow.year == year)) or 0) + 1

    def insert(self, p: Petition, year: int, seq: int, number: str, account: str, now: datetime) -> int:
        row = PetitionRow(year=year, seq=seq, number=number, state=PetitionState.REGISTERED.value, version=1,
                          account=account, created_at=now, refuse_reason="", answer="", answered_by="")
        self._fill(row, p)
        self.s.add(row)
        self.s.flush()
        self._people(row.id, p.petitioners)
        return row.id

    def update(self, p: Petition) -> None:
        row = self.row(p.id)
        self._fill(row, p)
        row.version += 1
        self._people(row.id, p.petitioners)

    def _fill(self, row: PetitionRow, p: Petition) -> None:
        row.received_on, row.form, row.people = p.received_on, p.form.value, p.people
        row.purpose_id, row.subject_id, row.summary = p.purpose_id, p.subject_id, p.summary
        row.respondent, row.request, row.grid_code, row.repeat_of = p.respondent, p.request, p.grid_code, p.repeat_of
        row.accept_due, row.answer_due = p.accept_due, p.answer_due

    def _people(self, petition_id: int, people: tuple[Petitioner, ...]) -> None:
        self.s.execute(delete(PetitionPersonRow).where(PetitionPersonRow.petition_id == petition_id))
        for n, person in enumerate(people):
            self.s.add(PetitionPersonRow(petition_id=petition_id, sort=n, resident_id=person.resident_id,
                                         name=person.name, id_number=person.id_number, phone=person.phone,
                                         address=person.address))
        self.s.flush()

    def row(self, petition_id: int) -> PetitionRow | None:
        return self.s.get(PetitionRow, petition_id)

    def get(self, petition_id: int) -> Petition | None:
        row = self.s.get(PetitionRow, petition_id)
        return self._petitions([row])[0] if row is not None else None

    def listed(self, f: PetitionFilter = PetitionFilter()) -> list[Petition]:
        q = select(PetitionRow)
        if f.first is not None:
            q = q.where(PetitionRow.received_on >= f.first)
        if f.last is not None:
            q = q.where(PetitionRow.received_on <= f.last)
        if f.state is not None:
            q = q.where(PetitionRow.state == f.state.value)
        if f.form is not None:
            q = q.where(PetitionRow.form == f.form.value)
        if f.subject_id is not None:
            q = q.where(PetitionRow.subject_id == f.subject_id)
        if f.text:
            like = f"%{f.text}%"
            named = select(PetitionPersonRow.petition_id).where(PetitionPersonRow.name.like(like))
            q = q.where(or_(PetitionRow.number.like(like), PetitionRow.summary.like(like),
                            PetitionRow.respondent.like(like), PetitionRow.id.in_(named)))
        rows = list(self.s.scalars(q.order_by(PetitionRow.received_on.desc(), PetitionRow.id.desc())))
        return self._petitions(rows)

    def of_case(self, case_id: int) -> list[Petition]:
        return self._petitions(list(self.s.scalars(select(PetitionRow).where(PetitionRow.case_id == case_id))))

    def _petitions(self, rows: list[PetitionRow]) -> list[Petition]:
        if not rows:
            return []
        cats = {c.id: c for c in self.categories()}
        ids = [r.id for r in rows]
        people: dict[int, list[Petitioner]] = {}
        for chunk in range(0, len(ids), 500):
            for p in self.s.scalars(select(PetitionPersonRow).where(PetitionPersonRow.petition_id.in_(
                    ids[chunk:chunk + 500])).order_by(PetitionPersonRow.petition_id, PetitionPersonRow.sort)):
                people.setdefault(p.petition_id, []).append(
                    Petitioner(p.name, p.resident_id, p.id_number, p.phone, p.address))
        case_ids = {r.case_id for r in rows if r.case_id is not None}
        cases = dict(self.s.execute(select(CaseRow.id, CaseRow.number).where(CaseRow.id.in_(case_ids))).all()) \
            if case_ids else {}
        repeat_ids = {r.repeat_of for r in rows if r.repeat_of is not None}
        repeats = dict(self.s.execute(select(PetitionRow.id, PetitionRow.number).where(
            PetitionRow.id.in_(repeat_ids))).all()) if repeat_ids else {}
        out = []
        for r in rows:
            purpose, subject = cats.get(r.purpose_id), cats.get(r.subject_id)
            out.append(Petition(
                r.received_on, PetitionForm(r.form), r.people, tuple(people.get(r.id, ())), r.purpose_id, r.subject_id,
                r.summary, r.respondent, r.request, r.grid_code, r.repeat_of, r.id, r.number, PetitionState(r.state),
                purpose.name if purpose else "", subject.name if subject else "",
                bool(purpose and purpose.confidential), r.decided_on, r.refuse_reason, r.answer, r.answered_on,
                r.answered_by, r.closed_on, r.case_id, cases.get(r.case_id, ""), repeats.get(r.repeat_of, ""),
                r.accept_due, r.answer_due, r.version, r.account))
        return out

    def repeat_chain(self, petition_id: int, limit: int = 10_000) -> list[int]:
        """The petitions this one repeats, nearest first (stops at a cycle)."""
        seen: list[int] = []
        current = self.s.scalar(select(PetitionRow.repeat_of).where(PetitionRow.id == petition_id))
        while current is not None and current not in seen and len(seen) < limit:
            seen.append(current)
            current = self.s.scalar(select(PetitionRow.repeat_of).where(PetitionRow.id == current))
        return seen

    # -- what it refers to ---------------------------------------------------------------------
    def resident(self, resident_id: int) -> tuple[str, str, str, str] | None:
        """(name, id number, phone, grid code) of a resident on the roster."""
        found = self.s.execute(select(ResidentRow.name, ResidentRow.id_number, ResidentRow.phone, GridRow.code)
                               .join(GridRow, GridRow.id == ResidentRow.grid_id)
                               .where(ResidentRow.id == resident_id)).first()
        return tuple(found) if found is not None else None  # type: ignore[return-value]

    def grid_exists(self, code: str) -> bool:
        return self.s.scalar(select(GridRow.id).where(GridRow.code == code)) is not None

    def case_exists(self, case_id: int) -> tuple[int, str] | None:
        found = self.s.execute(select(CaseRow.id, CaseRow.number).where(CaseRow.id == case_id)).first()
        return tuple(found) if found is not None else None  # type: ignore[return-value]

    def case_grid(self, case_id: int) -> str | None:
        return self.s.scalar(select(GridRow.code).join(CaseRow, CaseRow.grid_id == GridRow.id)
                             .where(CaseRow.id == case_id))

    def all_between(self, first: date, last: date) -> list[Petition]:
        return self.listed(PetitionFilter(first=first, last=last))
