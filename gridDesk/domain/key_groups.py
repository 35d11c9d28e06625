"""Key groups (重点人群): tags on a resident with their own fields and an attention level."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from .roles import Role
from .rules import Permission, can


class AttentionLevel(str, enum.Enum):
    NORMAL = "一般"
    MEDIUM = "中等"
    SERIOUS = "严重"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = "text"  # text | date | int | choice
    choices: tuple[str, ...] = ()


class KeyGroup(str, enum.Enum):
    FLOATING = "floating"
    LEFT_BEHIND_CHILD = "left_behind_child"
    LEFT_BEHIND_WOMAN = "left_behind_woman"
    LEFT_BEHIND_ELDERLY = "left_behind_elderly"
    ELDERLY_ALONE = "elderly_alone"
    DISABLED = "disabled"
    HARDSHIP = "hardship"
    SUBSISTENCE = "subsistence"
    MENTAL_DISORDER = "mental_disorder"
    RELEASED = "released"
    CORRECTION = "correction"
    CORRECTION_ENDED = "correction_ended"  # 解除社区矫正人员: not released from prison, and kept apart
    DRUG_USER = "drug_user"
    OTHER = "other"


@dataclass(frozen=True)
class KeyGroupSpec:
    label: str
    sensitive: bool
    fields: tuple[FieldSpec, ...] = ()


_DATE = "date"
SPECS: dict[KeyGroup, KeyGroupSpec] = {
    KeyGroup.FLOATING: KeyGroupSpec("流动人口", False, (
        FieldSpec("flow_reason", "流入原因"), FieldSpec("flow_in_date", "流入日期", _DATE),
        FieldSpec("expected_leave", "预计离开日期", _DATE))),
    KeyGroup.LEFT_BEHIND_CHILD: KeyGroupSpec("留守儿童", False, (
        FieldSpec("guardian", "监护人"), FieldSpec("guardian_phone", "监护人电话"))),
    KeyGroup.LEFT_BEHIND_WOMAN: KeyGroupSpec("留守妇女", False),
    KeyGroup.LEFT_BEHIND_ELDERLY: KeyGroupSpec("留守老人", False),
    KeyGroup.ELDERLY_ALONE: KeyGroupSpec("独居老人", False, (
        FieldSpec("contact", "紧急联系人"), FieldSpec("contact_phone", "紧急联系人电话"))),
    KeyGroup.DISABLED: KeyGroupSpec("残疾人", False, (
        FieldSpec("disability_type", "残疾类别", "choice", ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")),
        FieldSpec("grade", "残疾等级", "choice", ("一级", "二级", "三级", "四级")),
        FieldSpec("certificate", "残疾证号"))),
    KeyGroup.HARDSHIP: KeyGroupSpec("困难家庭", False, (FieldSpec("hardship_reason", "困难原因"),)),
    KeyGroup.SUBSISTENCE: KeyGroupSpec("低保", False, (
        FieldSpec("subsistence_no", "低保证号"), FieldSpec("subsistence_since", "享受起始日期", _DATE))),
    KeyGroup.MENTAL_DISORDER: KeyGroupSpec("严重精神障碍患者", True, (
        FieldSpec("guardian", "监护人"), FieldSpec("guardian_phone", "监护人电话"),
        FieldSpec("risk_level", "危险性评估等级", "choice", ("0级", "1级", "2级", "3级", "4级", "5级")))),
    KeyGroup.RELEASED: KeyGroupSpec("刑满释放人员", True, (
        FieldSpec("release_date", "释放日期", _DATE), FieldSpec("support_until", "帮教期满日期", _DATE))),
    KeyGroup.CORRECTION: KeyGroupSpec("社区矫正对象", True, (
        FieldSpec("correction_start", "矫正开始日期", _DATE), FieldSpec("correction_end", "矫正结束日期", _DATE))),
    # 解除社区矫正人员 receive 安置帮教 as released prisoners do, but never served a prison term:
    # the county ledgers and the 帮教 figures keep them apart from 刑满释放人员.
    KeyGroup.CORRECTION_ENDED: KeyGroupSpec("解除社区矫正人员", True, (
        FieldSpec("discharge_date", "解除矫正日期", _DATE), FieldSpec("support_until", "帮教期满日期", _DATE))),
    KeyGroup.DRUG_USER: KeyGroupSpec("吸毒人员", True, (FieldSpec("control_status", "管控情况"),)),
    KeyGroup.OTHER: KeyGroupSpec("其他", False, (FieldSpec("reason", "列管原因"),)),
}

# Who may see the sensitive groups: the director and staff; grid members see only their own
# grid's non-sensitive tags (their visits are told about sensitive people by the centre).


def visible_groups(role: Role) -> list[KeyGroup]:
    if not can(role, Permission.VIEW_ROSTER):
        return []
    return [g for g, spec in SPECS.items() if not spec.sensitive or can(role, Permission.VIEW_SENSITIVE)]


@dataclass(frozen=True)
class KeyGroupTag:
    id: int | None
    resident_id: int
    group: KeyGroup
    level: AttentionLevel
    since: date | None
    until: date | None
    details: dict[str, str]
    notes: str = ""

    @property
    def active(self) -> bool:
        return self.until is None or self.until >= date.today()


@dataclass(frozen=True)
class Suggestion:
    """A change the rules propose; a person confirms it before anything is written."""

    resident_id: int
    resident_name: str
    group: KeyGroup
    add: bool  # True: add the tag; False: end it
    reason: str


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
