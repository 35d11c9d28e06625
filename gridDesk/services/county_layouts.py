"""What each ledger looks like in the county layout: the template's title and sheet name, and its
columns in the template's order under the template's names, `*` where the template puts one.

The names are ones GridDesk's importer reads back (a header, a preferred name or an alias of the
kind's columns), so a county-layout export imports again with nothing changed. Residents follow
HOUSEHOLDSTAFF.xls column for column (性别 and 出生日期 come from the ID number); GridDesk's own
columns the template lacks follow it. The other ledgers keep GridDesk's columns in the same frame.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..sheets.columns import Column
from .roster_columns import COLUMNS, RESIDENT_CHECKED_COLUMNS, TEAM_CHECKED_COLUMNS

COUNTY_TEMPLATE_VERSION = "1.0"  # the templates' A1, which they ask not to be modified


@dataclass(frozen=True)
class CountyLayout:
    title: str
    sheet: str
    columns: tuple[Column, ...]

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.columns]


# HOUSEHOLDSTAFF.xls row 5 (../shared/ledgers/county-template-headers.txt): key, name, starred.
_HOUSEHOLDSTAFF = (
    ("name", "姓名", True), ("grid_code", "所属网格", True), ("sex", "性别", True), ("birth_date", "出生日期", False),
    ("id_number", "身份证号码", True), ("household_number", "户号", True), ("relation", "与户主关系", True),
    ("relation_note", "与户主关系备注", False), ("registered_place", "户籍地", False), ("ethnicity", "民族", True),
    ("political_status", "政治面貌", True), ("education", "文化程度", True), ("marital_status", "婚姻状况", True),
    ("residence_status", "人户状态", True), ("away", "是否外出", True), ("away_reason", "外出原因", True),
    ("away_since", "外出时间", True), ("registered_address", "户籍详址", False), ("police_station", "户籍派出所", False),
    ("temporary_residence", "临时居所", False), ("former_name", "曾用名", False),
    ("employer", "工作单位或就读学校", False), ("phone2", "联系电话", False), ("phone", "联系手机", False),
    ("email", "电子邮箱", False), ("occupation", "职业", False), ("blood_type", "血型", False),
    ("religion", "宗教信仰", False), ("height_cm", "身高(CM)", False), ("hukou_kind", "户口类别", False),
    ("home_phone", "住宅电话", False), ("family_honour", "家庭称号", False), ("away_destination", "外出去向", False),
    ("away_address", "外出详址", False), ("notes", "备注", False),
)


def _residents() -> tuple[Column, ...]:
    by_key = {c.key: c for c in RESIDENT_CHECKED_COLUMNS}
    named = tuple(replace(by_key[key], header=name, required=star) for key, name, star in _HOUSEHOLDSTAFF)
    taken = {key for key, _name, _star in _HOUSEHOLDSTAFF}
    # 现居住地址, 其他地址: GridDesk's, not HOUSEHOLDSTAFF's; after the template's own columns.
    return named + tuple(c for c in COLUMNS["residents"] if c.key not in taken)


# GRIDTEAM.xls row 5: key, name, starred. 性别 and 出生年月 come from the ID number; 专兼职情况 carries
# the post (网格长, 专职网格员 ...), which the importer reads back as it reads 专职/兼职.
_GRIDTEAM = (
    ("name", "姓名", True), ("grid_code", "所属网格", False), ("id_number", "身份证号码", True), ("sex", "性别", True),
    ("birth_date", "出生年月", True), ("phone", "联系电话", False), ("role", "专兼职情况", True),
    ("political_status", "政治面貌", True), ("education", "文化程度", True), ("appointed_on", "登记时间", True),
    ("notes", "备注", False),
)


def _team() -> tuple[Column, ...]:
    by_key = {c.key: c for c in TEAM_CHECKED_COLUMNS}
    named = tuple(replace(by_key[key], header=name, required=star) for key, name, star in _GRIDTEAM)
    taken = {key for key, _name, _star in _GRIDTEAM}
    # 主要职责 and Article 9's declaration: GridDesk's own, after the template's columns.
    return named + tuple(c for c in COLUMNS["team"] if c.key not in taken)


def _own(kind: str) -> tuple[Column, ...]:
    # GridDesk's columns and their order; the `*` marks what the importer needs; the ID number
    # under the templates' 身份证号码 (an alias of every kind's ID column).
    return tuple(replace(c, header="身份证号码") if c.key == "id_number" else c for c in COLUMNS[kind])


LAYOUTS = {
    "residents": CountyLayout("户籍人口信息登记表", "户籍人口登记表", _residents()),
    "households": CountyLayout("户信息登记表", "户信息登记表", _own("households")),
    "team": CountyLayout("网格员信息登记表", "网格员信息登记表", _team()),
    "keygroup": CountyLayout("重点人群信息登记表", "重点人群登记表", _own("keygroup")),
    "rentals": CountyLayout("出租房信息登记表", "出租房登记表", _own("rentals")),
}
