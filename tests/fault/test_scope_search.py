"""Search as you type reached past the account's grids for the team and places: a grid member's
account typing another grid's member's name, or a word of another grid's rental house, got them
back with their grid (residents and households were scoped; found by trying, fails before)."""

from __future__ import annotations

from gridDesk.domain.places import Place, PlaceKind
from gridDesk.services.places import PlacesService
from gridDesk.services.search import SearchService
from gridDesk.services.team import TeamService

from .test_scope_everywhere import db, member, three_grids  # noqa: F401  (the 3-grid village and ge1 of grid 1)


def test_search_finds_only_the_accounts_grids_team_and_places(demo, member):
    session, own, other = member
    theirs = next(t for t in TeamService(demo).members()
                  if other in {*t.grid_codes, t.member.grid_code} and own not in {*t.grid_codes, t.member.grid_code})
    PlacesService(demo).save(Place(None, PlaceKind.RENTAL, "别处出租屋甲", "西村某号", other))
    PlacesService(demo).save(Place(None, PlaceKind.RENTAL, "本处出租屋甲", "东村某号", own))
    assert any(h.id == theirs.id for h in SearchService(demo).search(theirs.member.name) if h.kind == "team")
    assert {h.title for h in SearchService(demo).search("出租屋甲") if h.kind == "place"} == {"别处出租屋甲", "本处出租屋甲"}
    mine = SearchService(session)
    assert not [h for h in mine.search(theirs.member.name) if h.kind == "team" and h.id == theirs.id]
    assert {h.title for h in mine.search("出租屋甲") if h.kind == "place"} == {"本处出租屋甲"}
    ours = next(t for t in TeamService(session).members())
    assert any(h.kind == "team" and h.id == ours.id for h in mine.search(ours.member.name))
    assert all(h.grid_code.startswith(own) or h.kind == "team" for h in mine.search("村"))


def test_an_account_given_no_grids_yet_finds_nobody(demo, db):
    """A grid member's account before the director gives it its grids sees none (RULES.md): its
    search found the whole village's residents and households (an empty or_() is no condition)."""
    from gridDesk import paths
    from gridDesk.domain.accounts import Role
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access
    from gridDesk.services.accounts import AccountsService

    access = Access(db, paths.migrations_dir(), MemoryCache())
    AccountsService(demo, access).add("ge0", "新网格员", Role.GRID_MEMBER, "Member@2026x")
    session = access.login("ge0", "Member@2026x")
    try:
        assert session.account.grid_codes == ()
        for text in ("王", "村", "李", "张"):
            assert SearchService(demo).search(text)
            assert SearchService(session).search(text) == []
    finally:
        session.close()
