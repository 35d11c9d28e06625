"""The rental housing ledger's columns (出租房): RENTALHOUSE.xls's, with the names LETTINGHOUSE.xls
and ACTUALHOUSE.xls give the same things. A detail kept in the place's details is `detail:<key>`,
as the preview's differences name it."""

from __future__ import annotations

from ..domain.dictionaries.housing import HAZARD_LEVELS, YES_NO
from ..domain.rental_ledger import ID_FIELDS, PHONE_FIELDS, RENTAL_LEDGER_FIELDS
from ..sheets.columns import Column

# Other names of a detail's column, where the templates differ (LETTINGHOUSE's 房东 is the lessor).
_ALIASES = {
    "house_no": ("编号", "住房编号"), "owner": ("业主", "业主姓名"), "floor_area": ("建筑面积", "出租房面积", "面积"),
    "structure": ("出租房结构",), "own_property": ("自主产权",), "leased_public": ("租凭公房",),
    "rental_use": ("出租用途",), "lessor_id": ("身份证号码", "房东身份证号码", "出租人身份证号码", "身份证号"),
    "landlord_tel": ("联系电话", "房东联系电话", "房东固定电话"), "lessor_address": ("房东地址", "房东联系地址"),
    "rooms": ("房间数", "出租房间数"), "rent": ("月租金(元)", "租金"),
}
_WIDE = {"deed_address": 24, "lessor_address": 24, "hazard_notes": 24, "property_manager": 18}

_SPECS = {f.key: f for f in RENTAL_LEDGER_FIELDS}
# RENTALHOUSE.xls's order; LETTINGHOUSE's 实住人数 beside 限住人数; GridDesk's own three at the end.
_ORDER = (*[f.key for f in RENTAL_LEDGER_FIELDS[:34]], "landlord_tel", "landlord_phone", "lessor_address",
          "rental_nature", "management_kind", "registered_on", "let_since", "rooms", "capacity", "occupants",
          *[f.key for f in RENTAL_LEDGER_FIELDS[42:]])
_OURS = {
    "landlord_phone": Column("detail:landlord_phone", "出租人联系手机", False,
                             ("联系手机", "房东电话", "房东手机", "房东联系手机"), text=True, width=14),
    "capacity": Column("detail:capacity", "限住人数", False, ("可住人数",), width=8),
}


def _detail(key: str) -> Column:
    if key in _OURS:
        return _OURS[key]
    f = _SPECS[key]
    return Column(f"detail:{key}", f.label, aliases=_ALIASES.get(key, ()), choices=f.choices,
                  text=key in ID_FIELDS or key in PHONE_FIELDS or key.endswith("_no"), width=_WIDE.get(key, 14))


RENTAL_COLUMNS = (
    Column("grid_code", "所属网格", True, ("片组片格", "网格", "网格名称", "服务网格"), text=True, width=18),
    Column("address", "房屋准确地址", True, ("出租房地址", "房屋地址", "地址", "常住地址"), width=28),
    Column("detail:landlord", "房主姓名", False, ("房东姓名", "出租人", "房东", "出租人姓名"), width=10),
    Column("detail:hazard", "隐患程度", False, ("隐患等级",), HAZARD_LEVELS.names, width=10),
    *(_detail(k) for k in _ORDER),
    Column("detail:tenants", "承租人", False, ("租户", "承租人姓名"), width=14),
    Column("name", "名称", False, ("出租房名称", "场所名称"), width=16),
    Column("notes", "备注", width=20),
)

# ACTUALHOUSE.xls lists every house; only the rows it marks as rented are rentals.
RENTAL_CHECKED_COLUMNS = RENTAL_COLUMNS + (Column("is_rental", "是否为出租房", choices=YES_NO.names),)
