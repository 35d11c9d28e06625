"""The 填报单位 of a county ledger: province, city, county, township and village by name.

The county templates ask for the reporting unit by name (省/市/县/乡镇/村). The centre knows its
12-digit division code, its township and its own name; the province, city and county names come
from python-stdnum's division history (`cn/loc`), the table the ID checks use, never from a table
of our own. Where that table has no name for a level (a municipality's "市辖区", a code it does not
know) the cell stays empty: a township system rejects an empty cell it needs, but would file a
made-up name.
"""

from __future__ import annotations

from dataclasses import dataclass

from stdnum import numdb

# The four municipalities are their own city: the table's 110100 is the grouping "市辖区".
_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
# What the table files under a city's code when the level is a grouping, not a place.
_GROUPINGS = frozenset({"市辖区", "县", "省直辖县级行政单位", "省直辖行政单位", "省直辖县级行政区划",
                        "自治区直辖县级行政区划"})


@dataclass(frozen=True)
class CountyUnit:
    """Plain names for the 填报单位 row; empty where nothing trustworthy is known."""

    province: str = ""
    city: str = ""
    county: str = ""
    township: str = ""
    village: str = ""


def _latest(name: str) -> str:
    # "[1983-2019]桥西区,[2020-]信都区": the latest name is the one in use today.
    last = name.split(",")[-1]
    return last.split("]", 1)[1] if last.startswith("[") else last


def _names(code: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for _part, props in numdb.get("cn/loc").info(code):
        found.update(props)
    return found


def unit_of(division_code: str, township: str, village: str) -> CountyUnit:
    """The 填报单位 of a centre with this division code (12 digits; the first six are looked up)."""
    code = str(division_code or "")
    if len(code) < 6 or not (code[:6].isascii() and code[:6].isdigit()):
        return CountyUnit(township=township, village=village)
    province = _latest(_names(code[:2]).get("province", ""))
    city = _latest(_names(code[:4] + "00").get("county", "")) if code[2:4] != "00" else ""
    if city in _GROUPINGS or city == province:
        city = ""
    if not city and code[:2] in _MUNICIPALITIES:
        city = province
    county = _latest(_names(code[:6]).get("county", "")) if code[4:6] != "00" else ""
    if county in _GROUPINGS:
        county = ""
    return CountyUnit(province, city, county, township, village)
