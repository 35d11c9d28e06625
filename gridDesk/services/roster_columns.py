"""The columns of each roster ledger: GridDesk's template headers and the county ledgers' names."""

from __future__ import annotations

from ..domain.dictionaries.household_status import HUKOU_KINDS
from ..domain.key_groups import SPECS, AttentionLevel
from ..domain.roster import EDUCATION, ETHNICITY, MARITAL, POLITICAL, RELATIONS, RESIDENCE_STATUSES, TEAM_ROLE_LABELS
from ..sheets.columns import Column
from .rental_columns import RENTAL_COLUMNS

RESIDENT_COLUMNS = (
    Column("name", "姓名", True, ("居民姓名",), width=10),
    Column("id_number", "身份证号", True, ("公民身份号码", "身份证号码", "证件号码", "身份证", "公民身份证号码"),
           text=True, width=21),
    Column("phone", "联系电话", False, ("联系方式", "电话"), text=True, width=14,
           prefer=("联系手机", "手机号码", "手机号", "手机")),
    Column("phone2", "备用电话", False, ("其他联系方式", "联系电话"), text=True, width=14),
    Column("household_number", "户号", True, ("户编号", "户籍编号"), text=True, width=14),
    Column("relation", "与户主关系", True, ("与户主关系（称谓）", "关系"), RELATIONS, width=10),
    Column("grid_code", "所属网格", True, ("网格", "网格编码", "网格名称", "服务网格"), text=True, width=18),
    Column("ethnicity", "民族", aliases=("民  族",), choices=ETHNICITY, width=8),
    Column("political_status", "政治面貌", choices=POLITICAL, width=10),
    Column("education", "文化程度", aliases=("学历",), choices=EDUCATION, width=10),
    Column("marital_status", "婚姻状况", choices=MARITAL, width=8),
    Column("registered_address", "户籍地址", aliases=("户籍地详址",), width=24,
           prefer=("户籍详址", "户籍详细地址")),
    Column("actual_address", "现居住地址", aliases=("现住址", "现住地址", "现居住地", "实际居住地", "居住地址"),
           width=24),
    Column("residence_status", "人户状态", aliases=("人户情况",), choices=RESIDENCE_STATUSES, width=10),
    Column("away", "是否外出", aliases=("外出",), choices=("是", "否"), width=8),
    Column("away_reason", "外出原因", width=10),
    Column("away_since", "外出时间", aliases=("外出日期",), width=12),
    Column("away_destination", "外出去向", aliases=("外出地点", "去向"), width=14),
    Column("employer", "工作单位或学校", aliases=("工作单位或就读学校", "工作单位", "服务处所", "就读学校"), width=18),
    Column("occupation", "职业", width=10),
    Column("notes", "备注", width=20),
    # The county template's other person columns (HOUSEHOLDSTAFF.xls), in its order.
    Column("relation_note", "与户主关系备注", width=14),
    Column("registered_place", "户籍地", width=16),
    Column("police_station", "户籍派出所", width=16),
    Column("temporary_residence", "临时居所", width=20),
    Column("other_address", "其他地址", width=20),
    Column("former_name", "曾用名", width=10),
    Column("email", "电子邮箱", aliases=("电子邮件", "邮箱"), width=18),
    Column("blood_type", "血型", width=6),
    Column("religion", "宗教信仰", aliases=("宗教",), width=10),
    Column("height_cm", "身高(CM)", aliases=("身高（厘米）", "身高"), width=8),
    Column("hukou_kind", "户口类别", aliases=("户口性质",), choices=HUKOU_KINDS.names, width=10),
    Column("home_phone", "住宅电话", aliases=("家庭电话", "固定电话"), text=True, width=14),
    Column("family_honour", "家庭称号", width=10),
    Column("away_address", "外出详址", aliases=("外出详细地址",), width=20),
)

# What a county ledger says of a person that the ID number already says (性别, 出生日期): read only
# to check it against the number (LEDGERS.md), never stored from the sheet.
RESIDENT_CHECKED_COLUMNS = RESIDENT_COLUMNS + (
    Column("sex", "性别", choices=("男", "女")),
    Column("birth_date", "出生日期", aliases=("出生年月", "出生年月日")),
)

HOUSEHOLD_COLUMNS = (
    Column("number", "户号", True, ("户编号",), text=True, width=14),
    Column("address", "住址", True, ("地址", "家庭住址", "门牌号"), width=28),
    Column("grid_code", "所属网格", True, ("网格", "网格编码", "网格名称"), text=True, width=18),
    Column("notes", "备注", width=20),
)

# GridDesk's headers, then the county templates' (GRIDTEAM.xls, FOURTEAMMEMBERS.xls) as aliases:
# 专兼职情况 says the post (专职 / 兼职网格员), 登记时间 the date of appointment.
TEAM_COLUMNS = (
    Column("name", "姓名", True, ("成员姓名", "网格员姓名"), width=10),
    Column("id_number", "身份证号", True, ("公民身份号码", "身份证号码"), text=True, width=21),
    Column("phone", "手机号码", True, ("联系电话", "手机号", "电话"), text=True, width=14, prefer=("联系手机",)),
    Column("role", "岗位", True, ("专兼职情况", "专兼职", "职务", "角色", "网格员类别"), tuple(TEAM_ROLE_LABELS.values()),
           width=12),
    Column("grid_code", "所属网格", False, ("网格", "网格编码", "负责网格", "服务网格"), text=True, width=18),
    Column("appointed_on", "任职日期", True, ("登记时间", "登记日期", "聘任日期", "上岗日期"), width=12),
    Column("political_status", "政治面貌", choices=POLITICAL, width=10),
    Column("education", "文化程度", aliases=("学历",), choices=EDUCATION, width=10),
    Column("duties", "主要职责", aliases=("职责",), width=24),
    # Not in the county's templates: a member from one is kept as not yet declared (the dialog asks).
    Column("declaration", "无不得担任情形", False, ("资格声明", "资格承诺"), ("是", "否"), width=14),
    Column("notes", "备注", width=20),
)
# 性别 and 出生年月 of GRIDTEAM.xls: checked against the ID number, never stored from the sheet.
TEAM_CHECKED_COLUMNS = TEAM_COLUMNS + (
    Column("sex", "性别", choices=("男", "女")),
    Column("birth_date", "出生年月", aliases=("出生日期", "出生年月日")),
)

_KG_FIELDS = {f.label: f for spec in SPECS.values() for f in spec.fields}
# One column per label; a label whose groups offer different lists (人员类型) gets no dropdown here.
_KG_CHOICES = {label: f.choices if all(g.choices == f.choices for spec in SPECS.values() for g in spec.fields
                                       if g.label == label) else () for label, f in _KG_FIELDS.items()}
KEY_GROUP_COLUMNS = (
    Column("id_number", "身份证号", True, ("公民身份号码", "身份证号码"), text=True, width=21),
    Column("name", "姓名", width=10),
    Column("group", "人群类别", True, ("类别", "重点人群类别"), tuple(s.label for s in SPECS.values()), width=16),
    Column("level", "关注程度", choices=tuple(a.value for a in AttentionLevel), width=10),
    Column("since", "列管日期", aliases=("起始日期", "开始日期"), width=12),
    Column("until", "解除日期", aliases=("结束日期",), width=12),
    Column("notes", "备注", width=20),
) + tuple(Column(f"detail:{f.key}", label, aliases=f.aliases, choices=_KG_CHOICES[label], width=14)
          for label, f in _KG_FIELDS.items())

COLUMNS = {"residents": RESIDENT_COLUMNS, "households": HOUSEHOLD_COLUMNS, "team": TEAM_COLUMNS,
           "keygroup": KEY_GROUP_COLUMNS}
TITLES = {"residents": "人口信息台账", "households": "户信息台账", "team": "网格队伍花名册",
          "keygroup": "重点人群登记表"}
COLUMNS["rentals"], TITLES["rentals"] = RENTAL_COLUMNS, "出租房信息登记表"  # 出租房: services/rental_columns.py
