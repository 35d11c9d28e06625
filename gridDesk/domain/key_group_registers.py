"""One register per key group: the county template each group is kept on (county-template-headers.txt)
and its header row, in the template's order, `*` where the template marks a required column.

A header is the group's own field (SPECS), 关注程度 (the tag's level), 备注 (the tag's notes), or a
person column the roster holds (the services map those). A group's own fields the template lacks
(GridDesk's 监护人 for 严重精神障碍患者, say) follow the template's columns, before 备注."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .key_groups import SPECS, FieldSpec, KeyGroup

LEVEL, NOTES = "关注程度", "备注"
_PERSON_HEAD = ("姓名*", "所属网格*", "性别*", "出生日期", "身份证号码*")
# The person columns most registers carry after their own first fields, as the templates print them.
_PERSON_TAIL = ("户籍详细地址", "现住地址*", "其他地址", "曾用名", "工作单位或就读学校", "联系电话", "联系手机",
                "电子邮箱", "民族*", "政治面貌*", "文化程度*", "职业", "婚姻状况*", "血型", "宗教信仰", "身高(CM)")


@dataclass(frozen=True)
class Template:
    code: str  # the county template's file name (POSITIVEINFO.xls), "" for a register of GridDesk's own
    title: str  # as the template's second row prints it
    headers: tuple[str, ...]


def _split(text: str) -> tuple[str, ...]:
    return tuple(h.strip() for h in text.split("|"))


TEMPLATES: dict[str, Template] = {t.code: t for t in (
    Template("POSITIVEINFO", "刑释解教人员信息登记表", (
        *_PERSON_HEAD, *_split("人员类型* | 解教(刑释)日期* | 原罪名/原罪错* | 原判刑期* | 服刑(劳改)场所* | 户籍地* | 关注程度"),
        *_PERSON_TAIL, *_split("原职业 | 是否累犯 | 犯罪行为 | 本年度是否重新犯罪 | 重犯日期 | 安置日期 | 未安置原因 | 备注"))),
    Template("RECTIFICATIVEPERSON", "矫正人员信息登记表", (
        *_PERSON_HEAD, *_split("社区矫正开始时间* | 社区矫正结束时间* | 原判刑期 | 刑法执行类别* | 籍贯"),
        *_PERSON_TAIL, *_split("近况描述 | 备注"))),
    Template("MENTALPATIENT", "易肇事肇祸精神病人信息登记表", (
        *_PERSON_HEAD, *_split("危险程度* | 户籍地"), *_PERSON_TAIL,
        *_split("患病名称 | 是否接受过治疗 | 康复机构 | 治疗状态 | 发病时间 | 康复时间 | 备注"))),
    Template("DRUGGY", "吸毒人员信息登记表", (
        *_PERSON_HEAD, *_split("吸毒原因 | 毒品来源 | 戒毒情况* | 户籍地 | 关注程度"), *_PERSON_TAIL,
        *_split("吸毒状态 | 滥用毒品种类 | 管控现状 | 是否服美沙酮戒毒 | 查获日期 | 首吸时间 | 备注"))),
    Template("ELDERLYPEOPLE", "老年人信息登记表", (
        *_PERSON_HEAD, "户籍地", "关注程度", *_PERSON_TAIL,
        *_split("老年人证号 | 人员类型 | 当前状况 | 居住情况 | 配偶情况 | 经济来源 | 参加工作日期 | 离退休单位"
                " | 离退休日期 | 离退休单位的职务 | 退休金(元) | 备注"))),
    Template("HANDICAPPED", "残疾人信息登记表", (
        *_PERSON_HEAD, *_split("残疾原因* | 残疾类型* | 户籍地 | 关注程度"), *_PERSON_TAIL,
        *_split("残疾时间 | 残疾等级 | 是否持有残疾证 | 残疾证号 | 技能特长 | 劳动能力 | 监护人 | 备注"))),
    Template("IDLEYOUTH", "重点青少年信息登记表", (
        *_PERSON_HEAD, "人员类型*", "户籍地", "关注程度", *_PERSON_TAIL, "备注")),
    Template("AIDNEEDPOPULATION", "需要救助人员信息登记表", (
        *_PERSON_HEAD, *_split("救助原因* | 户籍地 | 关注程度"), *_PERSON_TAIL,
        *_split("是否低保 | 困难证号 | 困难类型 | 领取金额(元) | 领取时间 | 享受起始时间 | 享受人数 | 享受地区 | 备注"))),
    Template("FLOATINGPOPULATION", "流动人口信息登记表", (
        *_PERSON_HEAD, *_split("流入原因* | 流入时间* | 户籍地 | 民族* | 政治面貌* | 文化程度* | 婚姻状况* | 预计到期日期*"
                               " | 暂住处所* | 户籍详细地址 | 临时居所 | 曾用名 | 工作单位或就读学校 | 联系电话 | 联系手机"
                               " | 电子邮件 | 职业 | 血型 | 宗教信仰 | 身高(CM) | 流入来源 | 登记证情况 | 登记证编号"
                               " | 登记日期 | 经济来源 | 已居住时限 | 预居住时限 | 是否有婚育证明 | 备注"))),
    Template("OTHERATTENTIONPERSONNEL", "其他关注人员登记表", _split(
        "姓名* | 性别* | 身份证号码* | 出生日期 | 片组片格* | 关注原因* | 户籍地 | 户籍派出所 | 户籍详细地址"
        " | 现居住地址 | 工作单位或就读学校 | 联系电话 | 联系手机 | 备注")),
)}

TEMPLATE_OF: dict[KeyGroup, str] = {
    KeyGroup.RELEASED: "POSITIVEINFO", KeyGroup.CORRECTION: "RECTIFICATIVEPERSON",
    KeyGroup.MENTAL_DISORDER: "MENTALPATIENT", KeyGroup.DRUG_USER: "DRUGGY",
    KeyGroup.ELDERLY_ALONE: "ELDERLYPEOPLE", KeyGroup.LEFT_BEHIND_ELDERLY: "ELDERLYPEOPLE",
    KeyGroup.DISABLED: "HANDICAPPED", KeyGroup.LEFT_BEHIND_CHILD: "IDLEYOUTH",
    KeyGroup.HARDSHIP: "AIDNEEDPOPULATION", KeyGroup.SUBSISTENCE: "AIDNEEDPOPULATION",
    KeyGroup.FLOATING: "FLOATINGPOPULATION", KeyGroup.OTHER: "OTHERATTENTIONPERSONNEL",
}


def bare(header: str) -> str:
    """A header as compared: NFKC, no `*`, no spaces (the sheets layer's header_key, minus notes)."""
    return re.sub(r"[\s*＊※]", "", unicodedata.normalize("NFKC", header))


@dataclass(frozen=True)
class Register:
    """One group's register: its title, the template it follows, and its header row."""

    group: KeyGroup
    template: str
    title: str
    headers: tuple[str, ...]

    def field(self, header: str) -> FieldSpec | None:
        """The group's own field under this header (by its name or an alias), else None."""
        key = bare(header)
        return next((f for f in SPECS[self.group].fields if key in {bare(n) for n in (f.label, *f.aliases)}), None)

    @property
    def own(self) -> tuple[FieldSpec, ...]:
        """The group's own fields in the register's order."""
        found = [self.field(h) for h in self.headers]
        return tuple(f for f in found if f is not None)


def register(group: KeyGroup) -> Register:
    spec = SPECS[group]
    code = TEMPLATE_OF.get(group, "")
    if code:
        template = TEMPLATES[code]
        headers, title = list(template.headers), template.title
        if list(TEMPLATE_OF.values()).count(code) > 1:  # 老年人: 独居 or 留守, said in the title
            title = f"{title}（{spec.label}）"
    else:  # no county template for this group: the common head, its fields, then the address and phones
        headers = [*_PERSON_HEAD, *(f.label for f in spec.fields), LEVEL, "户籍详细地址", "现住地址*", "联系电话",
                   "联系手机", NOTES]
        title = f"{spec.label}登记表"
    taken = {bare(h) for h in headers}
    missing = [f.label for f in spec.fields if not {bare(n) for n in (f.label, *f.aliases)} & taken]
    at = headers.index(NOTES) if NOTES in headers else len(headers)
    headers[at:at] = missing
    return Register(group, code, title, tuple(headers))


def registers() -> dict[KeyGroup, Register]:
    return {g: register(g) for g in SPECS}


def scores(header: list[str]) -> dict[KeyGroup, int]:
    """How many of each group's own columns a header row has."""
    regs = registers()
    return {g: sum(reg.field(h) is not None for h in header if h) for g, reg in regs.items()}


def titled(above: list[str]) -> list[KeyGroup]:
    """The groups whose register's title the text above the header names (with or without 信息)."""
    texts = [bare(t) for t in above]
    out = []
    for g, reg in registers().items():
        title = bare(TEMPLATES[reg.template].title if reg.template else reg.title)
        if any(n in t for t in texts for n in (title, title.replace("信息", ""))):
            out.append(g)
    # A template two groups share (老年人信息登记表): the group the title names, where it names one.
    named = [g for g in out if any(bare(SPECS[g].label) in t for t in texts)]
    return named or out


def other_group(chosen: KeyGroup, header: list[str]) -> KeyGroup | None:
    """The group a register's columns belong to when they are clearly not `chosen`'s: the group
    with the most own columns in the header, where `chosen` has fewer than half as many. Groups
    sharing a template (独居老人 and 留守老人) share most columns and pass for each other."""
    got = scores(header)
    best = max(got, key=lambda g: got[g])
    return best if got[chosen] * 2 < got[best] else None


def recognise(above: list[str], header: list[str]) -> list[KeyGroup]:
    """The groups a register may be: by its title, narrowed by its columns; else by its columns."""
    got = scores(header)
    named = titled(above)
    candidates = named or [g for g in got if got[g] > 0]
    if not candidates:
        return []
    top = max(got[g] for g in candidates)
    return [g for g in candidates if got[g] == top]
