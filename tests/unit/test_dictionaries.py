"""The national code lists as data, checked against their standards (LEDGERS.md, "Dictionaries")."""

from __future__ import annotations

import pytest

from gridDesk.domain.dictionaries import key
from gridDesk.domain.dictionaries.education import EDUCATION_LEVELS
from gridDesk.domain.dictionaries.ethnicities import ETHNICITIES
from gridDesk.domain.dictionaries.household_status import HUKOU_KINDS, RESIDENCE_STATUSES
from gridDesk.domain.dictionaries.marital import MARITAL_STATUSES
from gridDesk.domain.dictionaries.political import POLITICAL_STATUSES
from gridDesk.domain.dictionaries.relations import RELATIONSHIPS

ALL = (ETHNICITIES, POLITICAL_STATUSES, EDUCATION_LEVELS, MARITAL_STATUSES, RELATIONSHIPS, RESIDENCE_STATUSES,
       HUKOU_KINDS)


def test_gb_3304_has_the_56_nationalities_in_code_order_and_the_two_more():
    codes = [e.code for e in ETHNICITIES.entries]
    assert codes == [f"{i:02d}" for i in range(1, 57)] + ["97", "98"]
    assert ETHNICITIES.entry("汉族").code == "01" and ETHNICITIES.entry("基诺族").code == "56"
    assert ETHNICITIES.entry("柯尔克孜族").code == "29" and ETHNICITIES.entry("珞巴族").code == "55"
    assert all(n.endswith("族") for n in ETHNICITIES.names[:56])


def test_gb_t_4762_has_the_thirteen_codes():
    assert [e.code for e in POLITICAL_STATUSES.entries if e.code] == [f"{i:02d}" for i in range(1, 14)]


def test_gb_t_2261_2_marital_codes():
    assert {e.name: e.code for e in MARITAL_STATUSES.entries} == {
        "未婚": "10", "已婚": "20", "初婚": "21", "再婚": "22", "复婚": "23", "丧偶": "30", "离婚": "40", "未说明": "90"}


def test_gb_t_4761_codes_of_the_names_ledgers_use_most():
    codes = {e.name: e.code for e in RELATIONSHIPS.entries}
    assert (codes["户主"], codes["配偶"], codes["子"], codes["长子"], codes["女"], codes["次女"], codes["儿媳"],
            codes["女婿"], codes["孙子"], codes["父亲"], codes["非亲属"]) == (
        "01", "10", "20", "22", "30", "33", "38", "28", "41", "51", "99")


def test_every_value_griddesk_has_stored_is_still_a_name():
    # No stored value may stop reading after the lists became data: no data migration needed.
    for old, dictionary in ((("户主", "配偶", "子", "女", "儿媳", "女婿", "孙子", "孙女", "外孙子", "外孙女", "父亲", "母亲",
                              "祖父", "祖母", "兄弟", "姐妹", "其他"), RELATIONSHIPS),
                            (("未婚", "已婚", "离婚", "丧偶"), MARITAL_STATUSES),
                            (("中共党员", "中共预备党员", "共青团员", "民主党派", "群众"), POLITICAL_STATUSES),
                            (("研究生", "大学本科", "大学专科", "中专", "高中", "初中", "小学", "文盲或半文盲", "学龄前"),
                             EDUCATION_LEVELS),
                            (("人户一致", "人在户不在", "户在人不在", "户籍待定"), RESIDENCE_STATUSES)):
        for name in old:
            assert dictionary.entry(name) is not None, name


@pytest.mark.parametrize("typed,sex,name,lossy", [
    ("子女", "男", "子", False), ("子女", "女", "女", False), ("儿子", "", "子", False), ("女儿", "", "女", False),
    ("之子", "", "子", False), ("妻", "", "配偶", False), ("妻子", "", "配偶", False), ("丈夫", "", "配偶", False),
    ("夫", "", "配偶", False), ("孙子女", "女", "孙女", False), ("外孙", "", "外孙子", False),
    ("本人", "", "户主", False), ("大儿子", "", "长子", False), ("堂兄弟", "", "其他亲属", True),
    ("兄弟姐妹", "女", "姐妹", False), (" 儿　子 ", "", "子", False),
])
def test_what_county_ledgers_write_for_the_relation(typed, sex, name, lossy):
    reading = RELATIONSHIPS.read(typed, sex)
    assert reading is not None and (reading.name, reading.lossy) == (name, lossy)


def test_a_sex_dependent_word_without_a_sex_and_a_word_with_no_reading_read_as_nothing():
    assert RELATIONSHIPS.read("子女") is None
    assert RELATIONSHIPS.read("邻居家的") is None
    assert RELATIONSHIPS.read("") is None


@pytest.mark.parametrize("dictionary,typed,name", [
    (ETHNICITIES, "汉", "汉族"), (ETHNICITIES, "汉族", "汉族"), (ETHNICITIES, "蒙族", "蒙古族"),
    (ETHNICITIES, "维吾尔", "维吾尔族"), (ETHNICITIES, "崩龙族", "德昂族"), (POLITICAL_STATUSES, "党员", "中共党员"),
    (POLITICAL_STATUSES, "团员", "共青团员"), (POLITICAL_STATUSES, "中国共产党党员", "中共党员"),
    (EDUCATION_LEVELS, "本科", "大学本科"), (EDUCATION_LEVELS, "大专", "大学专科"), (EDUCATION_LEVELS, "专科", "大学专科"),
    (EDUCATION_LEVELS, "中等专科", "中专"), (MARITAL_STATUSES, "离异", "离婚"), (HUKOU_KINDS, "非农", "非农业户口"),
    (ETHNICITIES, "ｈａｎ", None),
])
def test_every_list_reads_the_spellings_people_type(dictionary, typed, name):
    reading = dictionary.read(typed)
    assert (reading.name if reading else None) == name


def test_no_spelling_names_two_entries_and_every_name_reads_as_itself():
    for dictionary in ALL:
        for entry in dictionary.entries:
            assert dictionary.read(entry.name).entry is entry
            for word in entry.synonyms:
                assert dictionary.read(word).entry is entry, (dictionary.title, word)
        assert len(set(map(key, dictionary.names))) == len(dictionary.names)
