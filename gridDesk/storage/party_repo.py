"""Party organisations, party members, their households and contacts: rows in, plain records out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from ..domain.party import (PARTY_STATUSES, Appraisal, Contact, ContactKind, Link, MemberKind, OrgLevel, PartyMember,
                            PartyOrg, PartyRules)
from .orm.attachments import AttachmentRow
from .orm.party import (PartyAppraisalRow, PartyContactRow, PartyLinkRow, PartyMemberRow, PartyOrgRow, PartyRuleRow,
                        party_contact_households)
from .orm.roster import GridRow, HouseholdRow, ResidentRow, TeamMemberRow
from .orm.visits import VisitRow, visit_households

ORG_FILES = "partyorg"  # the attachments' owner of an organisation's approval document


class PartyRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- organisations ---------------------------------------------------------------------
    def orgs(self) -> list[PartyOrg]:
        grids = {i: (c, n) for i, c, n in self.s.execute(select(GridRow.id, GridRow.code, GridRow.name))}
        counts = dict(self.s.execute(select(PartyMemberRow.org_id, func.count()).group_by(PartyMemberRow.org_id)).all())
        files = dict(self.s.execute(select(AttachmentRow.owner_id, func.count()).where(AttachmentRow.owner == ORG_FILES)
                                    .group_by(AttachmentRow.owner_id)).all())
        names = self.member_names()
        out = []
        for r in self.s.scalars(select(PartyOrgRow).where(PartyOrgRow.ended_on.is_(None)).order_by(PartyOrgRow.id)):
            code, gname = grids.get(r.grid_id, (None, "")) if r.grid_id else (None, "")
            out.append(PartyOrg(OrgLevel(r.level), r.name, code, r.secretary_id, r.set_up_on, r.document_number, r.id,
                                r.parent_id, names.get(r.secretary_id, "") if r.secretary_id else "",
                                counts.get(r.id, 0), gname, files.get(r.id, 0)))
        return out

    def save_org(self, org: PartyOrg, parent_id: int | None, grid_id: int | None, account: str, now: datetime) -> int:
        row = self.s.get(PartyOrgRow, org.id) if org.id is not None else None
        if row is None:
            row = PartyOrgRow(level=org.level.value)
            self.s.add(row)
        row.name, row.parent_id, row.grid_id, row.secretary_id = org.name, parent_id, grid_id, org.secretary_id
        row.set_up_on, row.document_number, row.account, row.updated_at = (org.set_up_on, org.document_number,
                                                                            account, now)
        self.s.flush()
        return row.id

    # -- members ---------------------------------------------------------------------------
    def member_names(self) -> dict[int, str]:
        rows = self.s.execute(select(PartyMemberRow.id, PartyMemberRow.name, ResidentRow.name)
                              .join(ResidentRow, ResidentRow.id == PartyMemberRow.resident_id, isouter=True))
        return {i: (resident or own) for i, own, resident in rows}

    def members(self, ids: Iterable[int] | None = None) -> list[PartyMember]:
        orgs = {r.id: (r.name, r.grid_id) for r in self.s.scalars(select(PartyOrgRow))}
        grid_codes = dict(self.s.execute(select(GridRow.id, GridRow.code)).all())
        team = {n: i for i, n in self.s.execute(select(TeamMemberRow.id, TeamMemberRow.id_number)
                                                .where(TeamMemberRow.left_on.is_(None)))}
        q = (select(PartyMemberRow, ResidentRow.name, ResidentRow.id_number, ResidentRow.phone, ResidentRow.grid_id,
                    ResidentRow.political_status, ResidentRow.status, HouseholdRow.number)
             .join(ResidentRow, ResidentRow.id == PartyMemberRow.resident_id, isouter=True)
             .join(HouseholdRow, HouseholdRow.id == ResidentRow.household_id, isouter=True).order_by(PartyMemberRow.id))
        if ids is not None:
            q = q.where(PartyMemberRow.id.in_(list(ids)))
        out = []
        for row, rname, rid, rphone, rgrid, political, status, household in self.s.execute(q):
            org_name, org_grid = orgs.get(row.org_id, ("", None)) if row.org_id else ("", None)
            roster = row.kind == MemberKind.ROSTER.value
            id_number = rid if roster else row.id_number
            grid = grid_codes.get(rgrid if roster else org_grid, "") if (rgrid if roster else org_grid) else ""
            out.append(PartyMember(
                MemberKind(row.kind), rname if roster else row.name, id_number or "", (rphone if roster else row.phone) or "",
                row.org_id, row.whereabouts, row.unit, row.resident_id, row.central,
                (political == PARTY_STATUSES[1]) if roster else row.probationary, row.id, org_name, grid,
                household or "", (political in PARTY_STATUSES and status == "active") if roster else True,
                team.get(id_number) if id_number else None))
        return out

    def member_of_resident(self, resident_id: int) -> int | None:
        return self.s.scalar(select(PartyMemberRow.id).where(PartyMemberRow.resident_id == resident_id))

    def has_household(self, resident_id: int) -> bool:
        return self.s.scalar(select(ResidentRow.household_id).where(ResidentRow.id == resident_id)) is not None

    def id_number_taken(self, id_number: str, other_than: int | None) -> bool:
        own = self.s.scalar(select(func.count()).select_from(PartyMemberRow).where(
            PartyMemberRow.id_number == id_number, PartyMemberRow.id != (other_than or -1)))
        roster = self.s.scalar(select(func.count()).select_from(PartyMemberRow).join(
            ResidentRow, ResidentRow.id == PartyMemberRow.resident_id).where(
            ResidentRow.id_number == id_number, PartyMemberRow.id != (other_than or -1)))
        return bool(own or roster)

    def save_member(self, m: PartyMember, account: str, now: datetime) -> int:
        row = self.s.get(PartyMemberRow, m.id) if m.id is not None else None
        if row is None:
            row = PartyMemberRow(kind=m.kind.value, resident_id=m.resident_id)
            self.s.add(row)
        roster = m.kind is MemberKind.ROSTER
        row.name, row.id_number = ("", "") if roster else (m.name, m.id_number)
        row.phone = "" if roster else m.phone
        row.probationary = False if roster else m.probationary
        row.whereabouts, row.unit, row.org_id, row.central = m.whereabouts, m.unit, m.org_id, m.central
        row.account, row.updated_at = account, now
        self.s.flush()
        return row.id

    def party_residents(self, grid_ids: Iterable[int] | None = None) -> list[tuple[int, int]]:
        """(resident id, grid id) of the active residents whose political status is a party one."""
        q = select(ResidentRow.id, ResidentRow.grid_id).where(ResidentRow.political_status.in_(PARTY_STATUSES),
                                                               ResidentRow.status == "active")
        return [(i, g) for i, g in self.s.execute(q.order_by(ResidentRow.id))]

    # -- links -----------------------------------------------------------------------------
    def links(self) -> list[Link]:
        names = self.member_names()
        q = (select(PartyLinkRow, HouseholdRow.number, HouseholdRow.address, GridRow.code)
             .join(HouseholdRow, HouseholdRow.id == PartyLinkRow.household_id)
             .join(GridRow, GridRow.id == HouseholdRow.grid_id).order_by(PartyLinkRow.member_id, HouseholdRow.number))
        return [Link(number, address, row.member_id, names.get(row.member_id, ""), row.linked_on, None, code)
                for row, number, address, code in self.s.execute(q)]

    def linked_to(self, household_ids: Iterable[int]) -> dict[int, int]:
        return dict(self.s.execute(select(PartyLinkRow.household_id, PartyLinkRow.member_id)
                                   .where(PartyLinkRow.household_id.in_(list(household_ids)))).all())

    def link(self, member_id: int, household_ids: Iterable[int], on: date, account: str) -> None:
        for h in household_ids:
            self.s.add(PartyLinkRow(household_id=h, member_id=member_id, linked_on=on, account=account))
        self.s.flush()

    def date_links(self, on: date) -> None:
        """Every link dated `on` (the demo's story only)."""
        self.s.execute(update(PartyLinkRow).values(linked_on=on))

    def unlink(self, household_ids: Iterable[int]) -> None:
        self.s.execute(delete(PartyLinkRow).where(PartyLinkRow.household_id.in_(list(household_ids))))

    # -- contacts, appraisals and what the visit log says -----------------------------------
    def add_contact(self, c: Contact, household_ids: Iterable[int], account: str, now: datetime) -> int:
        row = PartyContactRow(member_id=c.member_id, day=c.day, kind=c.kind.value, what=c.what, account=account,
                              created_at=now)
        self.s.add(row)
        self.s.flush()
        ids = list(household_ids)
        if ids:
            self.s.execute(insert(party_contact_households), [{"contact_id": row.id, "household_id": h} for h in ids])
        return row.id

    def contacts(self, since: date) -> list[Contact]:
        numbers: dict[int, list[str]] = {}
        for cid, number in self.s.execute(select(party_contact_households.c.contact_id, HouseholdRow.number)
                                          .join(HouseholdRow, HouseholdRow.id == party_contact_households.c.household_id)
                                          .join(PartyContactRow, PartyContactRow.id == party_contact_households.c.contact_id)
                                          .where(PartyContactRow.day >= since)):
            numbers.setdefault(cid, []).append(number)
        return [Contact(r.member_id, r.day, ContactKind(r.kind), tuple(sorted(numbers.get(r.id, ()))), r.what, r.id)
                for r in self.s.scalars(select(PartyContactRow).where(PartyContactRow.day >= since)
                                        .order_by(PartyContactRow.day.desc(), PartyContactRow.id.desc()))]

    def last_home_visits(self) -> dict[tuple[int, int], date]:
        """(party member id, household id) -> the last home visit: the member's own visit entries,
        and the team's visit log when the member is the visiting team member (the same ID number)."""
        out: dict[tuple[int, int], date] = {}
        own = (select(PartyContactRow.member_id, party_contact_households.c.household_id, func.max(PartyContactRow.day))
               .join(party_contact_households, party_contact_households.c.contact_id == PartyContactRow.id)
               .where(PartyContactRow.kind == ContactKind.VISIT.value)
               .group_by(PartyContactRow.member_id, party_contact_households.c.household_id))
        for m, h, d in self.s.execute(own):
            out[(m, h)] = d
        # The visiting team member is the party member when their ID numbers agree.
        numbers = {}
        for pid, own_number, resident_number in self.s.execute(
                select(PartyMemberRow.id, PartyMemberRow.id_number, ResidentRow.id_number)
                .join(ResidentRow, ResidentRow.id == PartyMemberRow.resident_id, isouter=True)):
            if resident_number or own_number:
                numbers[resident_number or own_number] = pid
        team = {tid: numbers[n] for tid, n in self.s.execute(select(TeamMemberRow.id, TeamMemberRow.id_number))
                if n in numbers}
        if team:
            logged = (select(VisitRow.member_id, visit_households.c.household_id, func.max(visit_households.c.visited_on))
                      .join(visit_households, visit_households.c.visit_id == VisitRow.id)
                      .where(VisitRow.member_id.in_(list(team)))
                      .group_by(VisitRow.member_id, visit_households.c.household_id))
            for tid, h, d in self.s.execute(logged):
                key = (team[tid], h)
                if key not in out or out[key] < d:
                    out[key] = d
        return out

    def last_exchanges(self) -> dict[int, date]:
        return dict(self.s.execute(select(PartyContactRow.member_id, func.max(PartyContactRow.day))
                                   .where(PartyContactRow.kind == ContactKind.EXCHANGE.value)
                                   .group_by(PartyContactRow.member_id)).all())

    def appraisals(self, member_id: int | None = None) -> list[Appraisal]:
        q = select(PartyAppraisalRow).order_by(PartyAppraisalRow.year.desc(), PartyAppraisalRow.id)
        if member_id is not None:
            q = q.where(PartyAppraisalRow.member_id == member_id)
        return [Appraisal(r.member_id, r.year, r.day, r.result, r.by_whom, r.id) for r in self.s.scalars(q)]

    def add_appraisal(self, a: Appraisal, account: str, now: datetime) -> int:
        row = PartyAppraisalRow(member_id=a.member_id, year=a.year, day=a.day, result=a.result, by_whom=a.by,
                                account=account, created_at=now)
        self.s.add(row)
        self.s.flush()
        return row.id

    # -- rules -----------------------------------------------------------------------------
    def rules(self) -> PartyRules:
        values = dict(self.s.execute(select(PartyRuleRow.key, PartyRuleRow.value)).all())
        return PartyRules(**{k: v for k, v in values.items() if k in PartyRules().__dict__})

    def set_rules(self, rules: PartyRules) -> None:
        for key, value in rules.__dict__.items():
            row = self.s.get(PartyRuleRow, key)
            if row is None:
                self.s.add(PartyRuleRow(key=key, value=value))
            else:
                row.value = value
