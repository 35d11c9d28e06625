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
    aliases: tuple[str, ...] = ()  # other names a ledger gives the column (GridDesk's earlier ones too)


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
_YES_NO = ("是", "否")


def _yes_no(key: str, label: str) -> FieldSpec:
    return FieldSpec(key, label, "choice", _YES_NO)


# Each group's own fields, named as its county register (county-template-headers.txt) prints them;
# the names GridDesk used before stay as aliases, and the keys stay, so tags saved before read the
# same. A key means one thing in every group that has it (the combined register has one column
# per label).
_ELDERLY = (
    FieldSpec("elder_card", "老年人证号"), FieldSpec("person_type", "人员类型"),
    FieldSpec("current_state", "当前状况"), FieldSpec("living", "居住情况"), FieldSpec("spouse", "配偶情况"),
    FieldSpec("income_source", "经济来源"), FieldSpec("work_start", "参加工作日期", _DATE),
    FieldSpec("retired_from", "离退休单位"), FieldSpec("retired_on", "离退休日期", _DATE),
    FieldSpec("retired_post", "离退休单位的职务"), FieldSpec("pension", "退休金(元)"))
_AID = (
    FieldSpec("hardship_reason", "救助原因", aliases=("困难原因",)), _yes_no("subsistence", "是否低保"),
    FieldSpec("hardship_no", "困难证号"), FieldSpec("hardship_type", "困难类型"),
    FieldSpec("aid_amount", "领取金额(元)"), FieldSpec("aid_date", "领取时间", _DATE),
    FieldSpec("subsistence_since", "享受起始时间", _DATE, aliases=("享受起始日期",)),
    FieldSpec("aid_people", "享受人数"), FieldSpec("aid_area", "享受地区"))
_GUARDIAN = (FieldSpec("guardian", "监护人"), FieldSpec("guardian_phone", "监护人电话"))
SPECS: dict[KeyGroup, KeyGroupSpec] = {
    KeyGroup.FLOATING: KeyGroupSpec("流动人口", False, (
        FieldSpec("flow_reason", "流入原因"), FieldSpec("flow_in_date", "流入时间", _DATE, aliases=("流入日期",)),
        FieldSpec("expected_leave", "预计到期日期", _DATE, aliases=("预计离开日期",)),
        FieldSpec("residence_place", "暂住处所"), FieldSpec("flow_source", "流入来源"),
        FieldSpec("permit_status", "登记证情况"), FieldSpec("permit_no", "登记证编号"),
        FieldSpec("registered_on", "登记日期", _DATE), FieldSpec("income_source", "经济来源"),
        FieldSpec("lived_for", "已居住时限"), FieldSpec("stay_for", "预居住时限"),
        _yes_no("marriage_cert", "是否有婚育证明"))),
    KeyGroup.LEFT_BEHIND_CHILD: KeyGroupSpec("留守儿童", False, (
        FieldSpec("person_type", "人员类型", "choice", ("闲散青少年", "不良行为的青少年", "流浪乞讨青少年",
                                                     "服刑在教人员未成年子女", "农村留守儿童", "其他")),
        *_GUARDIAN)),
    KeyGroup.LEFT_BEHIND_WOMAN: KeyGroupSpec("留守妇女", False),
    KeyGroup.LEFT_BEHIND_ELDERLY: KeyGroupSpec("留守老人", False, _ELDERLY),
    KeyGroup.ELDERLY_ALONE: KeyGroupSpec("独居老人", False, (
        *_ELDERLY, FieldSpec("contact", "紧急联系人"), FieldSpec("contact_phone", "紧急联系人电话"))),
    KeyGroup.DISABLED: KeyGroupSpec("残疾人", False, (
        FieldSpec("disability_cause", "残疾原因"),
        FieldSpec("disability_type", "残疾类型", "choice", ("视力", "听力", "言语", "肢体", "智力", "精神", "多重"),
                  aliases=("残疾类别",)),
        FieldSpec("disabled_since", "残疾时间", _DATE),
        FieldSpec("grade", "残疾等级", "choice", ("一级", "二级", "三级", "四级")),
        _yes_no("has_certificate", "是否持有残疾证"), FieldSpec("certificate", "残疾证号"),
        FieldSpec("skills", "技能特长"), FieldSpec("work_ability", "劳动能力"), FieldSpec("guardian", "监护人"))),
    KeyGroup.HARDSHIP: KeyGroupSpec("困难家庭", False, _AID),
    KeyGroup.SUBSISTENCE: KeyGroupSpec("低保", False, (*_AID, FieldSpec("subsistence_no", "低保证号"))),
    KeyGroup.MENTAL_DISORDER: KeyGroupSpec("严重精神障碍患者", True, (
        FieldSpec("danger", "危险程度"), FieldSpec("illness", "患病名称"), _yes_no("treated", "是否接受过治疗"),
        FieldSpec("rehab_org", "康复机构"), FieldSpec("treatment", "治疗状态", aliases=("治疗情况",)),
        FieldSpec("onset", "发病时间", _DATE), FieldSpec("recovered", "康复时间", _DATE), *_GUARDIAN,
        FieldSpec("risk_level", "危险性评估等级", "choice", ("0级", "1级", "2级", "3级", "4级", "5级")))),
    KeyGroup.RELEASED: KeyGroupSpec("刑满释放人员", True, (
        FieldSpec("person_type", "人员类型", "choice", ("刑满释放人员", "解除劳动教养人员")),
        FieldSpec("release_date", "解教(刑释)日期", _DATE, aliases=("释放日期", "刑释日期", "刑满释放日期")),
        FieldSpec("crime", "原罪名/原罪错", aliases=("原罪名",)), FieldSpec("sentence", "原判刑期"),
        FieldSpec("prison", "服刑(劳改)场所", aliases=("服刑场所",)), FieldSpec("former_occupation", "原职业"),
        _yes_no("recidivist", "是否累犯"), FieldSpec("criminal_act", "犯罪行为"),
        _yes_no("reoffended", "本年度是否重新犯罪"), FieldSpec("reoffend_date", "重犯日期", _DATE),
        FieldSpec("settled_on", "安置日期", _DATE), FieldSpec("unsettled_reason", "未安置原因"),
        FieldSpec("support", "帮教情况"), FieldSpec("support_until", "帮教期满日期", _DATE))),
    KeyGroup.CORRECTION: KeyGroupSpec("社区矫正对象", True, (
        FieldSpec("correction_start", "社区矫正开始时间", _DATE, aliases=("矫正开始日期",)),
        FieldSpec("correction_end", "社区矫正结束时间", _DATE, aliases=("矫正结束日期",)),
        FieldSpec("sentence", "原判刑期"),
        FieldSpec("execution", "刑法执行类别", "choice", ("管制", "缓刑", "假释", "暂予监外执行")),
        FieldSpec("native_place", "籍贯"), FieldSpec("recent", "近况描述"))),
    # 解除社区矫正人员 receive 安置帮教 as released prisoners do, but never served a prison term:
    # the county ledgers and the 帮教 figures keep them apart from 刑满释放人员.
    KeyGroup.CORRECTION_ENDED: KeyGroupSpec("解除社区矫正人员", True, (
        FieldSpec("discharge_date", "解除矫正日期", _DATE), FieldSpec("support_until", "帮教期满日期", _DATE))),
    KeyGroup.DRUG_USER: KeyGroupSpec("吸毒人员", True, (
        FieldSpec("drug_reason", "吸毒原因"), FieldSpec("drug_source", "毒品来源"), FieldSpec("rehab", "戒毒情况"),
        FieldSpec("drug_state", "吸毒状态"), FieldSpec("drug_kinds", "滥用毒品种类"),
        FieldSpec("control_status", "管控现状", aliases=("管控情况",)), _yes_no("methadone", "是否服美沙酮戒毒"),
        FieldSpec("seized_on", "查获日期", _DATE), FieldSpec("first_use", "首吸时间", _DATE))),
    KeyGroup.OTHER: KeyGroupSpec("其他", False, (FieldSpec("reason", "关注原因", aliases=("列管原因",)),)),
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
