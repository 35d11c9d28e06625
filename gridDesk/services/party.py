"""Party building in the grid: the organisation tree (village organisation -> grid branches ->
micro-grid groups), the party members, the households they contact (党员联户), their contacts and
yearly appraisal, and who is behind on 7.1.7's rhythm. The register is the centre's (PARTY); the
contacts are recorded by the team within their grids (LOG_VISITS); everyone reads within scope."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..domain.plausible_dates import PARTY_ERA, not_before
from ..domain.attachments import NewAttachment
from ..domain.audit import Action
from ..domain.errors import NotFound, ValidationError
from ..domain.idcard import parse_id_number
from ..domain.party import (APPRAISAL_RESULTS, Appraisal, ChartBranch, ChartGroup, Contact, ContactKind, Link, MemberKind,
                            MemberRhythm, PartyChart,
                            OrgLevel, PartyMember, PartyOrg, PartyRules, check_name, check_rules, months_between,
                            proposed_name)
from ..domain.phones import normalise_mobile
from ..domain.roster import GridKind
from ..domain.rules import Permission
from ..domain.resident_rules import bounded_text
from ..domain.text import clean_text
from ..storage.grids_repo import GridsRepo
from ..storage.party_repo import ORG_FILES, PartyRepo
from ..storage.residents_repo import HouseholdsRepo
from .attachments import checked, store
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, inside, refuse_outside
from .session import Changes, UserSession


class _Outside(Exception):
    """A household outside the account's grids, found inside a read (refused after it)."""


def _reached(link: Link, home: dict[int, str], scope) -> bool:
    """A link within the account's grids: its household's grid, or its member's (a split may have
    put the household in a new grid while its member still contacts it)."""
    return inside(link.grid_code, scope) or bool(home.get(link.member_id)) and inside(home[link.member_id], scope)


class PartyService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return local_dt(self.session.clock()).date()

    def _now(self):
        return local_dt(self.session.clock())

    def _scope(self, permission: Permission = Permission.VIEW_ROSTER) -> tuple[str, ...] | None:
        return grid_scope(self.session, permission)

    # -- organisations ---------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def orgs(self) -> list[PartyOrg]:
        """The tree in order (village, then each branch followed by its groups); a grid member's
        account sees the village organisation and the branches and groups of its grids."""
        with self.session.db.transaction() as s:
            orgs = PartyRepo(s).orgs()
        scope = self._scope()
        orgs = [o for o in orgs if o.grid_code is None or inside(o.grid_code, scope)]
        children: dict[int | None, list[PartyOrg]] = {}
        for o in orgs:
            children.setdefault(o.parent_id, []).append(o)
        out: list[PartyOrg] = []

        def walk(parent: int | None) -> None:
            for o in sorted(children.get(parent, []), key=lambda o: (o.grid_code or "", o.id or 0)):
                out.append(o)
                walk(o.id)

        walk(None)
        seen = {o.id for o in out}
        out += [o for o in orgs if o.id not in seen]  # a parent out of scope: listed after the tree
        return out

    @rule(Permission.VIEW_ROSTER)
    def proposed_name(self, level: OrgLevel, grid_code: str | None = None) -> str:
        """The standard's form from the village's and the grid's names."""
        with self.session.db.transaction() as s:
            names = GridsRepo(s).names()
        return proposed_name(level, self.session.centre.village_name, names.get(grid_code or "", ""))

    @rule(Permission.PARTY)
    def save_org(self, org: PartyOrg, attachments: Sequence[NewAttachment] = ()) -> Changes:
        """The village organisation (one), a branch covering a grid, or a group covering a
        micro-grid of its branch's grid; its secretary or leader is a party member."""
        files = checked(attachments)
        org = replace(org, name=check_name(clean_text(org.name, 100_000, "name")),
                      document_number=bounded_text(org.document_number, 64, "document_number"))
        not_before(org.set_up_on, "set_up_on", PARTY_ERA)
        if org.set_up_on is not None and org.set_up_on > self.today():
            raise ValidationError("set_up_on", "party.set_up_future")
        with self.session.write(Action.WRITE.value, f"party org {org.level.value}", org.name) as s:
            repo = PartyRepo(s)
            existing = {o.id: o for o in repo.orgs()}
            if org.id is not None:
                before = existing.get(org.id)
                if before is None:
                    raise NotFound("party.org_gone")
                if before.level is not org.level:
                    raise ValidationError("level", "party.level_fixed")
            nodes = {g.code: g for g in GridsRepo(s).tree()}
            grid_ids = GridsRepo(s).ids()
            others = [o for o in existing.values() if o.id != org.id]
            village = next((o for o in others if o.level is OrgLevel.VILLAGE), None)
            parent_id: int | None = None
            if org.level is OrgLevel.VILLAGE:
                if village is not None:
                    raise ValidationError("level", "party.one_village")
                if org.grid_code:
                    raise ValidationError("grid", "party.village_no_grid")
            else:
                node = nodes.get(org.grid_code or "")
                if node is None:
                    raise ValidationError("grid", "party.grid_required")
                if org.level is OrgLevel.BRANCH:
                    if node.kind is GridKind.MICRO:
                        raise ValidationError("grid", "party.branch_on_micro")
                    if village is None:
                        raise ValidationError("level", "party.village_first")
                    parent_id = village.id
                else:
                    if node.kind is not GridKind.MICRO or node.parent_code is None:
                        raise ValidationError("grid", "party.group_on_grid")
                    branch = next((o for o in others if o.level is OrgLevel.BRANCH and o.grid_code == node.parent_code),
                                  None)
                    if branch is None:
                        raise ValidationError("grid", "party.branch_first", grid=node.parent_code)
                    if org.parent_id is not None and org.parent_id != branch.id:
                        raise ValidationError("grid", "party.group_other_branch")
                    parent_id = branch.id
                if any(o.grid_code == org.grid_code for o in others):
                    raise ValidationError("grid", "party.grid_taken", grid=org.grid_code)
            if org.secretary_id is not None:
                found = repo.members([org.secretary_id])
                if not found or not found[0].still_member:
                    raise ValidationError("secretary", "party.secretary_not_member")
            org_id = repo.save_org(org, parent_id, grid_ids.get(org.grid_code) if org.grid_code else None,
                                   self.session.account.username, self._now())
            store(s, self.session, ORG_FILES, org_id, files)
        return Changes("party", (org_id,))

    # -- members ---------------------------------------------------------------------------
    def _member_scope(self, members: Iterable[PartyMember], permission: Permission) -> list[PartyMember]:
        scope = self._scope(permission)
        return [m for m in members if scope is None or (m.grid_code and inside(m.grid_code, scope))]

    @rule(Permission.VIEW_ROSTER)
    def members(self, org_id: int | None = None, kind: MemberKind | None = None) -> list[PartyMember]:
        """Party members within the account's grids (where they live, or their organisation's grid)."""
        with self.session.db.transaction() as s:
            found = PartyRepo(s).members()
        found = self._member_scope(found, Permission.VIEW_ROSTER)
        return [m for m in found if (org_id is None or m.org_id == org_id) and (kind is None or m.kind is kind)]

    @rule(Permission.PARTY)
    def take_from_roster(self) -> Changes:
        """Every active resident whose political status is 中共党员 / 中共预备党员 and not yet on the
        register, each in the organisation covering their grid (a micro-grid's group, else the branch)."""
        with self.session.write(Action.WRITE.value, "party members", "from the roster") as s:
            repo = PartyRepo(s)
            orgs = repo.orgs()
            grid_ids = GridsRepo(s).ids()
            code_of = {i: c for c, i in grid_ids.items()}
            by_grid = {o.grid_code: o.id for o in orgs if o.grid_code}
            taken = {m.resident_id for m in repo.members() if m.resident_id}
            made = []
            for resident_id, grid_id in repo.party_residents():
                if resident_id in taken:
                    continue
                code = code_of.get(grid_id, "")
                org = by_grid.get(code) or by_grid.get(code[:15])
                made.append(repo.save_member(PartyMember(MemberKind.ROSTER, resident_id=resident_id, org_id=org),
                                             self.session.account.username, self._now()))
        return Changes("party", tuple(made), moved=len(made))

    @rule(Permission.PARTY)
    def save_member(self, m: PartyMember) -> Changes:
        """A roster member (by resident), a 流动党员 or a 双报到 member written in; their
        organisation and the 党员中心户 flag."""
        with self.session.db.transaction() as s:
            repo = PartyRepo(s)
            orgs = {o.id: o for o in repo.orgs()}
            before = repo.members([m.id])[0] if m.id is not None and repo.members([m.id]) else None
        if m.id is not None and before is None:
            raise NotFound("party.member_gone")
        if before is not None and before.kind is not m.kind:
            raise ValidationError("kind", "party.kind_fixed")
        if m.org_id is not None and m.org_id not in orgs:
            raise ValidationError("org", "party.org_gone")
        if m.kind is MemberKind.ROSTER:
            if m.resident_id is None:
                raise ValidationError("resident", "party.resident_required")
            with self.session.db.transaction() as s:
                found = [p for p in PartyRepo(s).party_residents() if p[0] == m.resident_id]
                other = PartyRepo(s).member_of_resident(m.resident_id)
            if not found:
                raise ValidationError("resident", "party.not_party_member")
            if other is not None and other != m.id:
                raise ValidationError("resident", "party.already_member")
            if m.central and not _has_household(self.session, m.resident_id):
                raise ValidationError("central", "party.central_household")
            m = replace(m, name="", id_number="", phone="", whereabouts=bounded_text(m.whereabouts, 128, "whereabouts"),
                        unit="")
        else:
            name = clean_text(m.name, 100_000, "name")
            if not name:
                raise ValidationError("name", "party.name_required")
            if len(name) > 32:
                raise ValidationError("name", "party.person_name_long", limit=32, length=len(name))
            number = parse_id_number(m.id_number).value
            if m.central:
                raise ValidationError("central", "party.central_household")
            m = replace(m, name=name, id_number=number, phone=normalise_mobile(m.phone),
                        whereabouts=bounded_text(m.whereabouts, 128, "whereabouts"), unit=bounded_text(m.unit, 128, "unit"),
                        resident_id=None)
            if m.kind is MemberKind.FLOWING and not m.whereabouts:
                raise ValidationError("whereabouts", "party.whereabouts_required")
            if m.kind is MemberKind.IN_POST and not m.unit:
                raise ValidationError("unit", "party.unit_required")
            with self.session.db.transaction() as s:
                if PartyRepo(s).id_number_taken(number, m.id):
                    raise ValidationError("id_number", "party.id_number_taken")
        with self.session.write(Action.WRITE.value, f"party member {m.kind.value}", m.name or str(m.resident_id)) as s:
            member_id = PartyRepo(s).save_member(m, self.session.account.username, self._now())
        return Changes("party", (member_id,))

    # -- links -----------------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def links(self, member_id: int | None = None) -> list[Link]:
        """The linked households within the account's grids, each with its last home visit."""
        with self.session.db.transaction() as s:
            repo = PartyRepo(s)
            links = repo.links()
            last = repo.last_home_visits()
            ids = {number: v[0] for number, v in HouseholdsRepo(s).by_numbers(l.household_number for l in links).items()}
            home = {m.id: m.grid_code for m in repo.members({l.member_id for l in links})}
        scope = self._scope()
        return [replace(l, last_visit=last.get((l.member_id, ids[l.household_number])))
                for l in links if _reached(l, home, scope) and (member_id is None or l.member_id == member_id)]

    def _households(self, s, numbers: Iterable[str], permission: Permission) -> dict[str, tuple[int, str, str, str]]:
        """The households by number; those outside the account's grids are refused (raised after
        the caller's read has ended: the refusal writes its own audit row)."""
        wanted = list(dict.fromkeys(numbers))
        found = HouseholdsRepo(s).by_numbers(wanted)
        missing = [n for n in wanted if n not in found]
        if missing:
            raise ValidationError("households", "party.no_household", value=missing)
        scope = self._scope(permission)
        if any(not inside(v[2], scope) for v in found.values()):
            raise _Outside()
        return found

    def _reach(self, numbers: Iterable[str], permission: Permission) -> dict[str, tuple[int, str, str, str]]:
        try:
            with self.session.db.transaction() as s:
                return self._households(s, numbers, permission)
        except _Outside:
            refuse_outside(self.session, "party households")
            raise

    @rule(Permission.PARTY)
    def link(self, member_id: int, household_numbers: Sequence[str]) -> Changes:
        """The member contacts these households; a household already linked to another member is
        refused (one contact member a household), one linked to this member stays as it was."""
        if not household_numbers:
            raise ValidationError("households", "party.households_required")
        found = self._reach(household_numbers, Permission.PARTY)
        with self.session.write(Action.WRITE.value, f"party member:{member_id}", "link households") as s:
            repo = PartyRepo(s)
            member = repo.members([member_id])
            if not member:
                raise NotFound("party.member_gone")
            if not member[0].still_member:
                raise ValidationError("member", "party.not_member_now", name=member[0].name)
            ids = {v[0]: n for n, v in found.items()}
            already = repo.linked_to(ids)
            # A household whose member has died, moved away or left the party is free to hand on.
            current = {m.id for m in repo.members(set(already.values())) if m.still_member}
            held = {h: m for h, m in already.items() if m != member_id and m in current}
            taken = sorted(ids[h] for h in held)
            if taken:
                names = repo.member_names()
                raise ValidationError("households", "party.household_linked", value=taken,
                                      name=names.get(next(iter(held.values())), ""))
            handed_on = [h for h, m in already.items() if m != member_id]
            repo.unlink(handed_on)
            new = [h for h in ids if h not in already or h in handed_on]
            repo.link(member_id, new, self.today(), self.session.account.username)
        return Changes("party_contacts", (member_id,), moved=len(new))

    @rule(Permission.PARTY)
    def unlink(self, household_numbers: Sequence[str]) -> Changes:
        found = self._reach(household_numbers, Permission.PARTY)
        with self.session.write(Action.WRITE.value, "party links", ",".join(household_numbers)) as s:
            PartyRepo(s).unlink(v[0] for v in found.values())
        return Changes("party_contacts", tuple(household_numbers))

    # -- contacts and appraisals -----------------------------------------------------------
    @rule(Permission.LOG_VISITS)
    def record_contact(self, c: Contact) -> Changes:
        """A home visit (to households linked to the member) or a group exchange, recorded by the
        centre or by a grid member of the grids concerned."""
        not_before(c.day, "day")
        if c.day > self.today():
            raise ValidationError("day", "party.contact_future")
        if c.kind is ContactKind.VISIT and not c.household_numbers:
            raise ValidationError("households", "party.households_required")
        c = replace(c, what=bounded_text(c.what, 2000, "what", multiline=True))
        # Scope is checked before the write: a refusal writes its own audit row.
        with self.session.db.transaction() as s:
            repo = PartyRepo(s)
            member = repo.members([c.member_id])
            if not member:
                raise NotFound("party.member_gone")
        scope = self._scope(Permission.LOG_VISITS)
        if scope is not None and not (member[0].grid_code and inside(member[0].grid_code, scope)):
            refuse_outside(self.session, f"party member:{c.member_id} contact")
        # The member's own linked households are theirs to visit wherever the division has since
        # put them (a split may move one into a new grid): the member's grid is the scope that counts,
        # and a household not linked to the member is refused below whatever its grid.
        with self.session.db.transaction() as s:
            wanted = list(dict.fromkeys(c.household_numbers))
            found = HouseholdsRepo(s).by_numbers(wanted)
            missing = [n for n in wanted if n not in found]
            if missing:
                raise ValidationError("households", "party.no_household", value=missing)
            ids = [v[0] for v in found.values()]
            linked = PartyRepo(s).linked_to(ids)
        strangers = sorted(n for n, v in found.items() if linked.get(v[0]) != c.member_id)
        if strangers:
            raise ValidationError("households", "party.not_linked", value=strangers)
        with self.session.write(Action.WRITE.value, f"party member:{c.member_id}", f"{c.kind.value} {c.day}") as s:
            contact_id = PartyRepo(s).add_contact(c, ids, self.session.account.username, self._now())
        return Changes("party_contacts", (contact_id,))

    @rule(Permission.VIEW_ROSTER)
    def contacts(self, days: int = 62) -> list[Contact]:
        members = {m.id for m in self.members()}
        with self.session.db.transaction() as s:
            return [c for c in PartyRepo(s).contacts(self.today() - timedelta(days=days)) if c.member_id in members]

    @rule(Permission.PARTY)
    def appraise(self, a: Appraisal) -> Changes:
        """The yearly democratic appraisal (民主评议), once a member a year."""
        if a.result not in APPRAISAL_RESULTS:
            raise ValidationError("result", "party.appraisal_result")
        by = bounded_text(a.by, 64, "by")
        if not by:
            raise ValidationError("by", "party.appraisal_by")
        not_before(a.day, "day")
        if a.day > self.today():
            raise ValidationError("day", "party.contact_future")
        if a.day.year != a.year:
            raise ValidationError("day", "party.appraisal_day_year", year=a.year)
        with self.session.write(Action.WRITE.value, f"party member:{a.member_id}", f"appraisal {a.year}") as s:
            repo = PartyRepo(s)
            if not repo.members([a.member_id]):
                raise NotFound("party.member_gone")
            if any(x.year == a.year for x in repo.appraisals(a.member_id)):
                raise ValidationError("year", "party.appraisal_twice", year=a.year)
            appraisal_id = repo.add_appraisal(replace(a, by=by), self.session.account.username, self._now())
        return Changes("party_contacts", (appraisal_id,))

    @rule(Permission.VIEW_ROSTER)
    def appraisals(self, member_id: int) -> list[Appraisal]:
        if member_id not in {m.id for m in self.members()}:
            raise NotFound("party.member_gone")
        with self.session.db.transaction() as s:
            return PartyRepo(s).appraisals(member_id)

    # -- the rhythm ------------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def rules(self) -> PartyRules:
        with self.session.db.transaction() as s:
            return PartyRepo(s).rules()

    @rule(Permission.EDIT_RULES)
    def set_rules(self, **values: int) -> Changes:
        rules = check_rules({**self.rules().__dict__, **values})
        with self.session.write(Action.WRITE.value, "party rules", str(rules.__dict__)) as s:
            PartyRepo(s).set_rules(rules)
        return Changes("party_contacts", tuple(values))

    @rule(Permission.VIEW_ROSTER)
    def rhythm(self) -> list[MemberRhythm]:
        """Each member with linked households in the account's grids, against 7.1.7 today: a
        linked household not visited within `visit_days` (counted from its link when never visited:
        a household linked today is not yet owed a visit), no exchange within `exchange_months`
        calendar months (this month, by default), no appraisal within `appraisal_years` (this year)."""
        today = self.today()
        with self.session.db.transaction() as s:
            repo = PartyRepo(s)
            rules = repo.rules()
            links = repo.links()
            hh = {n: v[0] for n, v in HouseholdsRepo(s).by_numbers(l.household_number for l in links).items()}
            last = repo.last_home_visits()
            exchanges = repo.last_exchanges()
            appraised = {}
            for a in repo.appraisals():
                appraised[a.member_id] = max(appraised.get(a.member_id, 0), a.year)
            members = {m.id: m for m in repo.members()}
        scope = self._scope()
        mine: dict[int, list[Link]] = {}
        for l in links:
            mine.setdefault(l.member_id, []).append(l)
        out = []
        home = {i: m.grid_code for i, m in members.items()}
        for member_id, own in mine.items():
            m = members[member_id]
            if not m.still_member:  # died, moved away, left the party: no longer owes 7.1.7's rhythm
                continue
            if not any(_reached(l, home, scope) for l in own):
                continue
            overdue = 0
            for l in own:
                seen = last.get((member_id, hh[l.household_number]))
                since = seen if seen is not None and seen >= l.linked_on else l.linked_on
                if (today - since).days >= rules.visit_days:
                    overdue += 1
            ex = exchanges.get(member_id)
            exchange_due = ex is None or months_between(ex, today) >= rules.exchange_months
            year = appraised.get(member_id)
            appraisal_due = year is None or today.year - year >= rules.appraisal_years
            # Late once a whole period has gone by without one; the month and the year a member
            # was first linked count as done (a member linked on the 30th owes no exchange that month).
            first = min(l.linked_on for l in own)
            done_month = ex or first
            done_year = year if year is not None else first.year
            out.append(MemberRhythm(member_id, m.name, m.org_name, len(own), overdue, ex,
                                    not appraisal_due, exchange_due, appraisal_due,
                                    months_between(done_month, today) > rules.exchange_months,
                                    today.year - done_year > rules.appraisal_years))
        return sorted(out, key=lambda r: (not r.behind, r.org_name, r.name))

    @rule(Permission.VIEW_ROSTER)
    def behind_count(self) -> int:
        return sum(1 for r in self.rhythm() if r.behind)


def _has_household(session: UserSession, resident_id: int) -> bool:
    """Whether the resident belongs to a household (a 党员中心户 is one)."""
    with session.db.transaction() as s:
        return PartyRepo(s).has_household(resident_id)


class PartyPrintService:
    """党组织架构图 as a PDF (the 组织 tab's preview, `griddesk print party`)."""

    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.VIEW_ROSTER)
    def chart(self) -> PartyChart:
        party = PartyService(self.session)
        orgs = party.orgs()
        members = party.members()
        names = {g.code: g.name for g in _grid_nodes(self.session)}
        village = next((o for o in orgs if o.level is OrgLevel.VILLAGE), None)
        branches = []
        for b in (o for o in orgs if o.level is OrgLevel.BRANCH):
            groups = tuple(ChartGroup(g.name, names.get(g.grid_code or "", ""), g.secretary_name, g.members)
                           for g in orgs if g.level is OrgLevel.GROUP and g.parent_id == b.id)
            branches.append(ChartBranch(b.name, names.get(b.grid_code or "", ""), b.secretary_name,
                                        b.members + sum(g.members for g in groups), groups))
        return PartyChart(self.session.centre.village_name, village.name if village else "",
                          village.secretary_name if village else "", len(members), tuple(branches),
                          f"{party.today():%Y-%m-%d}", sum(1 for m in members if m.org_id is None
                                                          or (village is not None and m.org_id == village.id)))

    @rule(Permission.VIEW_ROSTER)
    def print_chart(self, out, record: bool = True) -> int:
        from ..printing.party_chart import write_party_chart
        from .print_files import written
        from .printouts import PrintService, out_name

        self.session.require(Permission.PRINT)
        data = self.chart()
        font = PrintService(self.session).font_file()
        pages = written(out, lambda target: write_party_chart(data, target, font))
        if record:
            self.session.record(Action.PRINT.value, "party chart", f"党组织架构图 → {out_name(out)}")
        return pages


def _grid_nodes(session: UserSession):
    with session.db.transaction() as s:
        return GridsRepo(s).tree()
