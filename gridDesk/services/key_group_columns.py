"""The columns of each key group's register (domain/key_group_registers.py): the template's header
row made into sheet columns. Person columns carry the roster's keys (their values come from the
roster and are only checked on import), the group's own fields `detail:<key>`, 关注程度 the tag's
level and 备注 its notes."""

from __future__ import annotations

from dataclasses import replace

from ..domain.key_group_registers import LEVEL, NOTES, Register, bare, register
from ..domain.key_groups import SPECS, AttentionLevel, KeyGroup
from ..sheets.columns import Column
from .roster_columns import KEY_GROUP_COLUMNS, RESIDENT_CHECKED_COLUMNS

# The template's name for a person column -> the roster's field (its header, aliases and list).
PERSON_KEYS = {
    "姓名": "name", "所属网格": "grid_code", "片组片格": "grid_code", "性别": "sex", "出生日期": "birth_date",
    "身份证号码": "id_number", "户籍地": "registered_place", "户籍详细地址": "registered_address",
    "现住地址": "actual_address", "现居住地址": "actual_address", "其他地址": "other_address", "曾用名": "former_name",
    "工作单位或就读学校": "employer", "工作单位": "employer", "联系电话": "phone2", "联系手机": "phone",
    "电子邮箱": "email", "电子邮件": "email", "民族": "ethnicity", "政治面貌": "political_status",
    "文化程度": "education", "职业": "occupation", "婚姻状况": "marital_status", "血型": "blood_type",
    "宗教信仰": "religion", "身高(CM)": "height_cm", "户籍派出所": "police_station", "临时居所": "temporary_residence",
}
_ROSTER = {c.key: c for c in RESIDENT_CHECKED_COLUMNS}
# GridDesk's own layout adds the tag's dates after the template's columns; the county layout has none.
TAG_DATES = (Column("since", "列管日期", aliases=("起始日期", "开始日期"), width=12),
             Column("until", "解除日期", aliases=("结束日期",), width=12))
# The columns an import of a register cannot do without (the rest may be missing from a county file).
IMPORT_REQUIRED = ("id_number", "name")


def register_columns(group: KeyGroup, layout: str = "template") -> tuple[Column, ...]:
    """The register's columns in the template's order; `required` where the template puts `*`."""
    reg = register(group)
    columns = tuple(_column(reg, h) for h in reg.headers)
    return columns + (TAG_DATES if layout == "template" else ())


def import_columns(group: KeyGroup) -> tuple[Column, ...]:
    return tuple(replace(c, required=c.key in IMPORT_REQUIRED) for c in register_columns(group))


def _column(reg: Register, header: str) -> Column:
    required, name = "*" in header, header.replace("*", "").strip()
    own = reg.field(header)
    if own is not None:
        return Column(f"detail:{own.key}", name, required, own.aliases, own.choices, width=14)
    if name == LEVEL:
        return Column("level", name, required, choices=tuple(a.value for a in AttentionLevel), width=10)
    if name == NOTES:
        return Column("notes", name, required, width=20)
    roster = _ROSTER[PERSON_KEYS[bare(name)] if bare(name) in PERSON_KEYS else PERSON_KEYS[name]]
    aliases = tuple(a for a in (roster.header, *roster.aliases) if bare(a) != bare(name))
    return Column(roster.key, name, required, aliases, roster.choices, roster.text, roster.width)


# A printed register is a landscape page: the person by name and ID number, then the tag's level,
# every one of the group's own fields, and the notes (the roster's other columns stay in the export).
_PRINTED_PERSON = ("name", "id_number", "level")


def register_print_keys(columns: tuple[Column, ...]) -> tuple[str, ...]:
    keys = [c.key for c in columns]
    return (*(k for k in _PRINTED_PERSON if k in keys), *(k for k in keys if k.startswith("detail:")),
            *(("notes",) if "notes" in keys else ()))


def register_print_widths(columns: tuple[Column, ...], pick: list[int]) -> tuple[float, ...]:
    """序号 first, then each printed column by what it holds (an ID number is wide, a 是/否 narrow)."""
    wide = {"id_number": 3.8, "phone": 2.2, "name": 1.3, "level": 1.2, "notes": 1.8}
    return (0.6, *(wide.get(columns[i].key, 1.0 if columns[i].choices == ("是", "否") else
                            1.9 if columns[i].key in _DATE_KEYS else 1.3) for i in pick))


_DATE_KEYS = {f"detail:{f.key}" for spec in SPECS.values() for f in spec.fields if f.kind == "date"}


def combined_columns_kept(sensitive: bool) -> list[int]:
    """The combined ledger's columns (KEY_GROUP_COLUMNS) a copy without the sensitive groups keeps:
    their own columns (社区矫正开始时间, 吸毒原因 …) go with them, so not even a header is left."""
    public = {f"detail:{f.key}" for spec in SPECS.values() if not spec.sensitive for f in spec.fields}
    return [i for i, c in enumerate(KEY_GROUP_COLUMNS)
            if sensitive or not c.key.startswith("detail:") or c.key in public]
