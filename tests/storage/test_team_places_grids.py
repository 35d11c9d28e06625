"""The grid team (eligibility, photos), places and grids through their services."""

from __future__ import annotations

from datetime import date

import pytest

from gridDesk.domain.staffing import LeaveReason

from gridDesk.domain.errors import ValidationError
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.places import Place, PlaceKind
from gridDesk.domain.roster import Grid, GridKind, TeamMember, TeamRole
from gridDesk.services.grids import GridService
from gridDesk.services.places import PlacesService
from gridDesk.services.search import SearchService
from gridDesk.services.team import TeamService

JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 100


def _id(born: date) -> str:
    first17 = f"140105{born:%Y%m%d}003"
    return first17 + check_digit(first17)


def test_grids_codes_micro_grids_and_images(session):
    grids = GridService(session)
    code = grids.next_code()
    assert code == "140105100201001"
    grids.save(Grid(code, "第一网格", GridKind.RURAL), "东村、西村", "东至河，西至公路")
    micro = grids.next_code(code)
    assert micro == code + "01"
    grids.save(Grid(micro, "一号微网格", GridKind.RURAL, parent_code=code))
    with pytest.raises(ValidationError):
        grids.save(Grid("123", "坏编码", GridKind.RURAL))
    grids.set_image(code, "qr", JPEG)
    assert grids.image(code, "qr") == JPEG
    with pytest.raises(ValidationError):
        grids.set_image(code, "map", b"GIF89a")


def test_team_eligibility_photo_and_leaving(session):
    GridService(session).save(Grid("140105100201001", "第一网格", GridKind.RURAL))
    team = TeamService(session)
    young = date.today().replace(year=date.today().year - 17)
    member = TeamMember("少年", _id(young), "13900001111", TeamRole.FULL_TIME, "140105100201001", date.today())
    with pytest.raises(ValidationError, match="18"):
        team.save(member, "", "", True)
    adult = TeamMember("王网格", _id(date(1990, 5, 1)), "+86 139 0000 2222", TeamRole.FULL_TIME,
                       "140105100201001", date(2024, 1, 1))
    with pytest.raises(ValidationError, match="不得担任"):
        team.save(adult, "中共党员", "大学专科", False)
    member_id = team.save(adult, "中共党员", "大学专科", True).ids[0]
    record = team.members()[0]
    assert record.member.phone == "13900002222" and "*" in record.member.id_number
    assert record.grid_codes == ("140105100201001",)
    team.set_photo(member_id, JPEG, JPEG)
    assert team.photo(member_id, thumbnail=True) == JPEG
    with pytest.raises(ValidationError):
        team.set_photo(member_id, b"not an image", JPEG)
    team.save(record.member, "中共党员", "大学本科", True, member_id)  # a masked ID keeps the stored one
    assert team.members()[0].education == "大学本科"
    assert any(h.kind == "team" for h in SearchService(session).search("王网格"))
    team.leave(member_id, date(2026, 9, 1), LeaveReason.RESIGNED)
    assert team.members() == [] and len(team.members(include_left=True)) == 1


def test_places_with_their_own_fields(session):
    GridService(session).save(Grid("140105100201001", "第一网格", GridKind.RURAL))
    places = PlacesService(session)
    with pytest.raises(ValidationError, match="数字"):
        places.save(Place(None, PlaceKind.RENTAL, "李家出租房", "东村5号", "140105100201001",
                          details={"capacity": "很多"}))
    places.save(Place(None, PlaceKind.RENTAL, "李家出租房", "东村5号", "140105100201001",
                      details={"landlord": "李四", "capacity": "6", "hazard": "一般", "bogus": "x"}))
    places.save(Place(None, PlaceKind.RISK_POINT, "老井", "村北", "140105100201001",
                      details={"risk_type": "水井", "hazard": "较大"}))
    listed = places.list()
    assert [p.name for p in listed] == ["李家出租房", "老井"]
    assert listed[0].details == {"landlord": "李四", "capacity": "6", "hazard": "一般"}
    assert [p.name for p in places.list(PlaceKind.RISK_POINT)] == ["老井"]
    assert any(h.kind == "place" for h in SearchService(session).search("老井"))


def test_a_member_name_or_duties_too_long_is_refused_in_words_never_cut(session):
    GridService(session).save(Grid("140105100201001", "第一网格", GridKind.RURAL))
    team = TeamService(session)
    long = TeamMember("王" * 33, _id(date(1990, 5, 1)), "13900002222", TeamRole.FULL_TIME, "140105100201001",
                      date(2024, 1, 1))
    with pytest.raises(ValidationError, match="32") as exc:
        team.save(long, "中共党员", "大学专科", True)
    assert exc.value.code == "invalid.too_long"
    wordy = TeamMember("王网格", _id(date(1990, 5, 1)), "13900002222", TeamRole.FULL_TIME, "140105100201001",
                       date(2024, 1, 1), duties="巡" * 501)
    with pytest.raises(ValidationError, match="500"):
        team.save(wordy, "中共党员", "大学专科", True)
    assert team.members() == []
