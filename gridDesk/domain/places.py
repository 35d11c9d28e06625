"""Places: rental housing, organisations and businesses, and risk points (林田路井, mines, rivers)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .key_groups import FieldSpec
from .rental_ledger import RENTAL_LEDGER_FIELDS


class PlaceKind(str, enum.Enum):
    RENTAL = "rental"
    ORGANISATION = "organisation"
    RISK_POINT = "risk_point"


HAZARD = ("无", "一般", "较大", "重大")
PLACE_FIELDS: dict[PlaceKind, tuple[str, tuple[FieldSpec, ...]]] = {
    PlaceKind.RENTAL: ("出租房屋", (
        FieldSpec("landlord", "房东"), FieldSpec("landlord_phone", "房东电话"),
        FieldSpec("tenants", "承租人"), FieldSpec("capacity", "可住人数", "int"),
        FieldSpec("hazard", "隐患等级", "choice", HAZARD)) + RENTAL_LEDGER_FIELDS),
    PlaceKind.ORGANISATION: ("单位与场所", (
        FieldSpec("org_type", "类型", "choice", ("企业", "个体工商户", "学校", "医疗机构", "宗教场所",
                                             "社会组织", "其他")),
        FieldSpec("legal_rep", "负责人"), FieldSpec("phone", "联系电话"),
        FieldSpec("hazard", "隐患等级", "choice", HAZARD))),
    PlaceKind.RISK_POINT: ("风险点", (
        FieldSpec("risk_type", "类别", "choice", ("林地", "田地", "道路", "水井", "矿产资源", "河流", "沟壑", "其他")),
        FieldSpec("hazard", "风险等级", "choice", HAZARD), FieldSpec("measures", "防范措施"))),
}


@dataclass(frozen=True)
class Place:
    id: int | None
    kind: PlaceKind
    name: str
    address: str
    grid_code: str
    responsible_member_id: int | None = None
    details: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    responsible_name: str = ""
