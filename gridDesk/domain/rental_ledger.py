"""A rental house as the county templates describe it (RENTALHOUSE.xls, LETTINGHOUSE.xls, and the
rented rows of ACTUALHOUSE.xls): the fields kept in a RENTAL place's details beyond the few
GridDesk shows first (landlord, phone, tenants, capacity, hazard)."""

from __future__ import annotations

from .dictionaries.housing import HAVE_NOT, YES_NO
from .key_groups import FieldSpec

# In RENTALHOUSE.xls's column order; the labels are the template's headers.
RENTAL_LEDGER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("rental_kind", "出租房类别"),
    FieldSpec("house_no", "房屋编号"),
    FieldSpec("deed_address", "房产证地址"),
    FieldSpec("building_name", "建筑物名称"),
    FieldSpec("building_use", "建筑物用途"),
    FieldSpec("property_manager", "物业管理单位名称"),
    FieldSpec("owner", "代表人/业主"),
    FieldSpec("owner_id", "业主身份证号码"),
    FieldSpec("owner_phone", "业主联系电话"),
    FieldSpec("layout", "房屋户型"),
    FieldSpec("built_year", "建成年份"),
    FieldSpec("floor_area", "本户建筑面积"),
    FieldSpec("structure", "房屋结构"),
    FieldSpec("house_use", "房屋用途"),
    FieldSpec("house_source", "房屋来源"),
    FieldSpec("own_property", "自有产权"),
    FieldSpec("leased_public", "租赁公房"),
    FieldSpec("house_deed", "房屋凭证"),
    FieldSpec("house_deed_no", "房屋权证号"),
    FieldSpec("house_deed_date", "房屋权证发证时间", "date"),
    FieldSpec("land_deed", "土地凭证"),
    FieldSpec("land_deed_no", "土地权证号"),
    FieldSpec("land_deed_date", "土地权证发证时间", "date"),
    FieldSpec("titleholder_type", "产权人类型"),
    FieldSpec("titleholder", "产权人姓名"),
    FieldSpec("titleholder_id_type", "产权人证件类型"),
    FieldSpec("titleholder_id", "产权人证件号码"),
    FieldSpec("titleholder_tel", "产权人联系电话"),
    FieldSpec("titleholder_mobile", "产权人联系手机"),
    FieldSpec("rental_use", "出租房用途"),
    FieldSpec("lease_filing_no", "租赁备案证号"),
    FieldSpec("lessor_type", "出租人类型"),
    FieldSpec("lessor_id_type", "出租人证件类型"),
    FieldSpec("lessor_id", "出租人证件号码"),
    FieldSpec("landlord_tel", "出租人联系电话"),
    FieldSpec("lessor_address", "出租人联系地址"),
    FieldSpec("rental_nature", "出租房性质"),
    FieldSpec("management_kind", "管理类别"),
    FieldSpec("registered_on", "登记日期", "date"),
    FieldSpec("let_since", "出租时间", "date"),
    FieldSpec("rooms", "出租间数", "int"),
    FieldSpec("occupants", "实住人数", "int"),
    FieldSpec("rent", "月租金"),
    FieldSpec("hazard_notes", "隐患情况"),
    FieldSpec("security_pledge", "是否签订治安责任保证书", "choice", YES_NO.names),
    FieldSpec("safe_exit", "有无安全通道", "choice", HAVE_NOT.names),
    FieldSpec("fire_exit", "有无消防通道", "choice", HAVE_NOT.names),
)

# Numbers that name a person: checked as ID numbers (a 证件类型 other than 身份证 keeps the text),
# and masked on export and on paper exactly as a resident's are.
ID_FIELDS = ("owner_id", "titleholder_id", "lessor_id")
ID_KIND_OF = {"titleholder_id": "titleholder_id_type", "lessor_id": "lessor_id_type"}
PHONE_FIELDS = ("landlord_phone", "landlord_tel", "owner_phone", "titleholder_tel", "titleholder_mobile")
