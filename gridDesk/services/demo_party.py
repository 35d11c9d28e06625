"""The demo village's party building (issue 19 item 9): the village organisation, a branch on
every grid and a group on every micro-grid there is, the roster's party members in them, two
流动党员 and one 双报到 member, households linked to the members, and a month of weekly home
visits, this month's exchange and this year's appraisal, with one member (the last linked)
behind: their households' latest visit is ten days old."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.idcard import check_digit
from ..domain.party import Appraisal, Contact, ContactKind, MemberKind, OrgLevel, PartyMember, PartyOrg
from ..domain.roster import GridKind
from .party import PartyService
from .roster import RosterService
from .session import UserSession

LINKED_PER_GRID = 3  # members of each branch given households
HOUSEHOLDS_EACH = 4


def _id_number(region: str, born: date, seq: int) -> str:
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def fill_party(session: UserSession) -> int | None:
    """The id of the member left behind on their households (None when the roster has too few)."""
    party, roster = PartyService(session), RosterService(session)
    today = party.today()
    nodes = roster.tree()
    party.save_org(PartyOrg(OrgLevel.VILLAGE, party.proposed_name(OrgLevel.VILLAGE), None,
                            set_up_on=date(2019, 3, 1), document_number="小店镇党委〔2019〕8号"))
    for node in nodes:
        if node.kind is not GridKind.MICRO:
            party.save_org(PartyOrg(OrgLevel.BRANCH, party.proposed_name(OrgLevel.BRANCH, node.code), node.code,
                                    set_up_on=date(2022, 4, 18), document_number="小店镇党委〔2022〕21号"))
    for node in nodes:
        if node.kind is GridKind.MICRO:
            party.save_org(PartyOrg(OrgLevel.GROUP, party.proposed_name(OrgLevel.GROUP, node.code), node.code,
                                    set_up_on=date(2022, 5, 6)))
    party.take_from_roster()
    orgs = party.orgs()
    region = session.centre.division_code[:6]
    branches = [o for o in orgs if o.level is OrgLevel.BRANCH]
    for n, (kind, name, extra) in enumerate((
            (MemberKind.FLOWING, "周建华", {"whereabouts": "江苏省苏州市工业园区（务工）"}),
            (MemberKind.FLOWING, "孙丽萍", {"whereabouts": "山西省太原市小店区（经商）"}),
            (MemberKind.IN_POST, "刘志强", {"unit": "小店镇人民政府农业农村办"}))):
        org = branches[n % len(branches)].id if branches else None
        party.save_member(PartyMember(kind, name, _id_number(region, date(1980 + n, 5, 12), 31 + 2 * n),
                                      f"1390351{n:04d}", org, **extra))
    members = party.members()
    by_org: dict[int | None, list[PartyMember]] = {}
    for m in members:
        if m.kind is MemberKind.ROSTER and m.household_number:
            by_org.setdefault(m.org_id, []).append(m)
    linked: list[int] = []
    first = True
    for org in orgs:
        if org.level is OrgLevel.VILLAGE:
            continue
        people = by_org.get(org.id, [])
        leader = next(iter(people), None)
        if leader is not None:  # a secretary (or group leader) and a central household of their own
            party.save_org(PartyOrg(org.level, org.name, org.grid_code, leader.id, org.set_up_on, org.document_number,
                                    org.id))
            party.save_member(PartyMember(MemberKind.ROSTER, org_id=org.id, resident_id=leader.resident_id,
                                          central=True, id=leader.id))
        if first and leader is not None:
            village = next(o for o in orgs if o.level is OrgLevel.VILLAGE)
            party.save_org(PartyOrg(OrgLevel.VILLAGE, village.name, None, leader.id, village.set_up_on,
                                    village.document_number, village.id))
            first = False
        if org.level is not OrgLevel.BRANCH:
            continue
        taken = {l.household_number for l in party.links()}
        free = [h.number for h in roster.households(org.grid_code) if h.number not in taken]
        for k, m in enumerate(people[:LINKED_PER_GRID]):
            mine = [n for n in free[k * 6:k * 6 + 6] if n != m.household_number][:HOUSEHOLDS_EACH]
            if mine:
                party.link(m.id, mine)
                linked.append(m.id)
    if not linked:
        return None
    _backdate_links(session, today - timedelta(days=35))
    behind = linked[-1]
    links = party.links()
    for member_id in linked:
        own = tuple(l.household_number for l in links if l.member_id == member_id)
        days = (31, 24, 17, 10) if member_id == behind else (31, 24, 17, 10, 3)
        for back in days:
            party.record_contact(Contact(member_id, today - timedelta(days=back), ContactKind.VISIT, own,
                                         "入户走访，了解生产生活情况，宣传政策"))
        party.record_contact(Contact(member_id, max(today.replace(day=1), today - timedelta(days=5)),
                                     ContactKind.EXCHANGE, own[:2], "联系户集中交流，听取意见建议"))
        party.appraise(Appraisal(member_id, today.year, max(today.replace(month=1, day=1), today - timedelta(days=40)),
                                 "合格", "网格党支部党员大会"))
    return behind


def _backdate_links(session: UserSession, on: date) -> None:
    """The links were made over a month ago in the story the demo tells (the service dates a
    link today, as it should)."""
    from ..storage.party_repo import PartyRepo

    with session.db.transaction(writes=True) as s:
        PartyRepo(s).date_links(on)
