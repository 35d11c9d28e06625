"""The roster services on a real database: masking, unmasking on the record, edits, moves,
key groups and their suggestions, search."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import Conflict, PermissionDenied, ValidationError
from gridDesk.domain.key_groups import AttentionLevel, KeyGroup, KeyGroupTag
from gridDesk.domain.roster import Resident, ResidentFilter
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.services.demo import build_demo
from gridDesk.services.key_groups import KeyGroupsService
from gridDesk.services.roster import RosterService
from gridDesk.services.search import SearchService


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    folder = tmp_path_factory.mktemp("village")
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(folder, paths.migrations_dir(), 600, make_access=make)
    return make(summary.db_path)


@pytest.fixture
def demo(village):
    session = village.login("demo", "Demo@2026")
    yield session
    session.close()


def _first(roster, **kw):
    ids = roster.resident_ids(ResidentFilter(**kw))
    return roster.resident(ids[0])


def test_rows_and_details_are_masked_and_unmasking_is_recorded(demo):
    roster = RosterService(demo)
    ids = roster.resident_ids(ResidentFilter())
    assert len(ids) == 600
    row = roster.resident_rows(ids[:1])[0]
    assert "*" in row.id_number and row.id_number[:4].isdigit()
    person = roster.resident(ids[0])
    assert "**********" in person.id_number
    with pytest.raises(ValidationError):
        roster.unmask(ids[0], "")
    full = roster.unmask(ids[0], "核对低保材料")
    assert "*" not in full.id_number and len(full.id_number) == 18
    rows, _ = AuditService(demo).query(AuditFilter(action="unmask"))
    assert rows[0].detail == "核对低保材料" and full.name in rows[0].target


def test_grid_tree_counts_and_filters(demo):
    roster = RosterService(demo)
    tree = roster.tree()
    assert sum(n.residents for n in tree if n.parent_code is None) == 600
    first = tree[0]
    assert len(roster.resident_ids(ResidentFilter(grid_code=first.code))) == first.residents
    elderly = roster.resident_rows(roster.resident_ids(ResidentFilter(min_age=60)))
    assert elderly and all((date.today() - r.birth_date).days >= 60 * 365 for r in elderly)
    away = roster.resident_rows(roster.resident_ids(ResidentFilter(away=True)))
    assert away and all(r.away for r in away)


def test_add_edit_and_the_one_person_one_record_rule(demo):
    roster = RosterService(demo)
    grid = roster.tree()[0].code
    new = Resident("新来的", "１１０１０５１９４９１２３１００２ｘ", "", date(2000, 1, 1), "+86 139-0013-9000",
                   "NEW0001", "户主", grid, actual_address="东村1排1号")
    changes = roster.save_resident(new)
    rid = changes.ids[0]
    saved = roster.unmask(rid, "测试")
    assert (saved.id_number, saved.sex, saved.birth_date, saved.phone) == (
        "11010519491231002X", "女", date(1949, 12, 31), "13900139000")
    with pytest.raises(Conflict):
        roster.save_resident(replace(new, name="另一个人"))
    masked = roster.resident(rid)
    roster.save_resident(replace(masked, occupation="个体"))  # masked numbers kept as they were
    assert roster.unmask(rid, "测试").id_number == "11010519491231002X"
    with pytest.raises(ValidationError) as err:
        roster.save_resident(replace(masked, id_number="110105194912310021"))
    assert "校验位" in err.value.message


def test_moving_household_keeps_the_history(demo):
    roster = RosterService(demo)
    person = _first(roster)
    other = [i for i in roster.resident_rows(roster.resident_ids(ResidentFilter()))
             if i.household_number != person.household_number][0]
    roster.save_resident(replace(person, household_number=other.household_number, relation="其他"),
                         move_reason="投亲")
    moved = roster.resident(person.id)
    assert moved.household_number == other.household_number
    history = roster.moves(person.id)
    assert history[-1][1:] == (person.household_number, other.household_number, "投亲")
    members = roster.household(other.household_number).members
    assert person.id in [m.id for m in members]


def test_key_groups_sensitivity_and_suggestions(village, demo):
    groups = KeyGroupsService(demo)
    roster = RosterService(demo)
    target = _first(roster, min_age=20)
    groups.save(KeyGroupTag(None, target.id, KeyGroup.MENTAL_DISORDER, AttentionLevel.SERIOUS, None, None,
                            {"guardian": "张三", "risk_level": "2级"}))
    assert any(t.group is KeyGroup.MENTAL_DISORDER for t in groups.tags(target.id))
    AccountsService(demo, village).add("ge2", "网格员", Role.GRID_MEMBER, "Grid@2026xy")
    member = village.login("ge2", "Grid@2026xy")
    try:
        assert RosterService(member).resident_ids(ResidentFilter()) == []  # no grid of their own yet
        with pytest.raises(PermissionDenied):
            KeyGroupsService(member).save(KeyGroupTag(None, target.id, KeyGroup.DRUG_USER,
                                                      AttentionLevel.NORMAL, None, None, {}))
        assert KeyGroup.MENTAL_DISORDER not in KeyGroupsService(member).groups()
    finally:
        member.close()
    for s in groups.suggestions():
        assert s.reason
    child = next((s for s in groups.suggestions() if s.group is KeyGroup.LEFT_BEHIND_CHILD and s.add), None)
    if child is not None:
        groups.apply(child)
        assert all(not (s.resident_id == child.resident_id and s.group is child.group and s.add)
                   for s in groups.suggestions())


def test_search_by_name_pinyin_initials_and_tails(demo):
    roster = RosterService(demo)
    search = SearchService(demo)
    person = _first(roster)
    full = roster.unmask(person.id, "测试搜索")
    from gridDesk.storage.search_keys import name_keys

    py, ini = name_keys(person.name)
    for query in (person.name, person.name[1:], py, ini, full.id_number[-6:]):
        hits = search.search(query)
        assert any(h.kind == "resident" and h.id == person.id for h in hits), query
    top = search.search(person.name)[0]
    assert top.title == person.name and top.grid_name and "*" in top.detail
    if full.phone:
        assert any(h.id == person.id for h in search.search(full.phone[-4:]))
    assert search.search("") == [] and search.search("z") == []


def test_a_grid_member_sees_only_their_own_grid(village, demo):
    from gridDesk.domain.errors import NotFound

    accounts = AccountsService(demo, village)
    accounts.add("ge3", "网格员三", Role.GRID_MEMBER, "Grid@2026xy")
    grid = RosterService(demo).tree()[0]
    with pytest.raises(NotFound):
        accounts.set_grids("ge3", ["999"])
    accounts.set_grids("ge3", [grid.code])
    member = village.login("ge3", "Grid@2026xy")
    try:
        roster = RosterService(member)
        assert [n.code for n in roster.tree()] == [grid.code]
        rows = roster.resident_rows(roster.resident_ids(ResidentFilter()))
        assert len(rows) == grid.residents and {r.grid_code for r in rows} == {grid.code}
        other = RosterService(demo).resident_ids(ResidentFilter(grid_code=RosterService(demo).tree()[1].code))[0]
        with pytest.raises(Exception):
            roster.resident(other)
        assert all(h.grid_code == grid.code for h in SearchService(member).search("zh"))
    finally:
        member.close()
