"""The 填报单位 names come from python-stdnum's division table, and are left empty, never made up,
where the table has no name for a level."""

from gridDesk.domain.county_unit import CountyUnit, unit_of


def test_names_from_the_division_code():
    assert unit_of("140105100201", "小店镇", "杏花村") == CountyUnit("山西省", "太原市", "小店区", "小店镇", "杏花村")
    # A renamed county: today's name (桥西区 became 信都区 in 2020).
    assert unit_of("130503001001", "镇", "村").county == "信都区"


def test_a_municipality_is_its_own_city():
    # The table files 110100 as the grouping 市辖区, not a city.
    assert unit_of("110105001001", "镇", "村") == CountyUnit("北京市", "北京市", "朝阳区", "镇", "村")


def test_levels_the_table_does_not_name_stay_empty():
    # 东莞 has no county level; 仙桃 sits under a grouping, not a city.
    assert unit_of("441900003001", "镇", "村") == CountyUnit("广东省", "东莞市", "", "镇", "村")
    assert unit_of("429004100000", "镇", "村") == CountyUnit("湖北省", "", "仙桃市", "镇", "村")
    assert unit_of("000000000000", "镇", "村") == CountyUnit("", "", "", "镇", "村")
    assert unit_of("", "镇", "村") == CountyUnit(township="镇", village="村")
