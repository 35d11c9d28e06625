"""The 报表 preview's figures in the window's language. The printed report, its xlsx and its XML
are the township's form and always Chinese: in Chinese the preview shows exactly their words
(Figure.label); in English each figure is worded from its stable key (Figure.key), and whatever
is the village's own data (a case category's name, a dispute row, a people band) stays as typed.
A key this table does not know shows its Chinese label rather than nothing."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import catalogue
from ..domain.assessment import Grade
from ..domain.cases import CaseState, Channel, WorkKind
from ..domain.key_groups import AttentionLevel, KeyGroup
from ..domain.meetings import FigureRow
from ..domain.petitions import PetitionForm
from ..domain.reports import Figure, Section
from ..domain.roster import TeamRole
from ..services.minutes_data import figure_label as meeting_label
from .case_words import channel_label, closure_label, kind_label, state_label
from .i18n import current
from .review_words import grade_label
from .words import key_group_label, team_role_label


def _t(text: str) -> str:
    """Each literal is marked QT_TRANSLATE_NOOP("ReportWords", ...) where it stands (lupdate reads
    those, not a helper's argument)."""
    return QCoreApplication.translate("ReportWords", text)


_PLAIN = {  # keys whose words need nothing from the record
    "cases_open_warning": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "在办事件中快到期（截至期末）")),
    "key_groups": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "重点人群（人次）")),
    "team_in_post": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "在岗网格队伍（期末）")),
    "team_joined": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "本期新任")),
    "team_left": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "本期离岗")),
    "team_certified": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "已取得上岗资格 / 在岗")),
    "petitions": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "受理信访（件）")),
    "petitions.people": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "信访人次")),
    "petitions.collective": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "集体访（件）")),
    "petitions.repeats": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "重复信访 / 受理信访")),
    "petitions.answered_in_time": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "按期答复 / 受理信访")),
    "petitions.overdue": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "超期未答复（截至期末）")),
    "found": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "排查数")),
    "found_major": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "排查数·重大")),
    "handled": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "调处数")),
    "handled_major": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "调处数·重大")),
    "succeeded": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "调处成功数")),
    "succeeded_major": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "调处成功数·重大")),
}

_LEVELS = {AttentionLevel.NORMAL.name.lower(): lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "一般")),
           AttentionLevel.MEDIUM.name.lower(): lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "中等")),
           AttentionLevel.SERIOUS.name.lower(): lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "严重"))}

_FORMS = {PetitionForm.LETTER.value: lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "来信")), PetitionForm.CALL.value: lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "来电")),
          PetitionForm.VISIT.value: lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "来访")), PetitionForm.ONLINE.value: lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "网上信访"))}

_SECTIONS = {
    "cases": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "一、事件办理")),
    "visits": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "二、走访覆盖")),
    "patrols": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "三、场所和风险点巡查")),
    "key_groups": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "四、重点人群")),
    "team": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "五、网格队伍和培训")),
    "assessment": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "六、季度考核评议结果")),
    "petitions": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "七、信访")),
    "cases_ytd": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "年度累计")),
    "year_to_date": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "年度累计")),
    "subtotal": lambda: _t(QT_TRANSLATE_NOOP("ReportWords", "小计")),
}


def _quarter(q: str) -> str:
    """'2026Q3' as the window says a quarter."""
    year, _sep, n = q.partition("Q")
    return _t(QT_TRANSLATE_NOOP("ReportWords", "{0}年第{1}季度")).format(year, n)


_BAND = re.compile(r"^([0-9]+)(?:-([0-9]+))?人(以上|及以上)?$")


def _band(label: str) -> str:
    """A people band's head ('1-49人', '50人', '501人以上', made from the director's bounds by
    domain/dispute_report.band_labels) in the window's words."""
    m = _BAND.match(label)
    if m is None:
        return label
    low, high, more = m.groups()
    if more:
        return _t(QT_TRANSLATE_NOOP("ReportWords", "{0}人以上")).format(low)
    if high:
        return _t(QT_TRANSLATE_NOOP("ReportWords", "{0}-{1}人")).format(low, high)
    return _t(QT_TRANSLATE_NOOP("ReportWords", "{0}人")).format(low)


def _worded(f: Figure) -> str | None:
    key = f.key
    if key.startswith("ytd_"):
        return _t(QT_TRANSLATE_NOOP("ReportWords", "年度累计：{0}")).format(_label(Figure(key[4:], f.label.removeprefix("年度累计"), f.value, f.of)))
    if key in _PLAIN:
        return _PLAIN[key]()
    head, _sep, rest = key.partition(":")
    if head == "category":
        return _t(QT_TRANSLATE_NOOP("ReportWords", "类别：{0}")).format(rest)  # the village's own category name
    if head == "reported_state":
        return _t(QT_TRANSLATE_NOOP("ReportWords", "本期受理的现处环节：{0}")).format(state_label(CaseState(rest)))
    if head == "kind":
        return _t(QT_TRANSLATE_NOOP("ReportWords", "事项类型：{0}")).format(kind_label(WorkKind(rest)))
    if head == "channel":
        return _t(QT_TRANSLATE_NOOP("ReportWords", "来源：{0}")).format(channel_label(Channel(rest)))
    if head == "closure":
        return _t(QT_TRANSLATE_NOOP("ReportWords", "结案方式：{0}")).format(closure_label(rest))
    if head == "on_time":
        return _t(QT_TRANSLATE_NOOP("ReportWords", "按时办结率：{0}")).format(kind_label(WorkKind(rest)))
    if head == "group":
        return _t(QT_TRANSLATE_NOOP("ReportWords", "人群：{0}")).format(key_group_label(KeyGroup(rest)))
    if head == "level" and rest in _LEVELS:
        return _t(QT_TRANSLATE_NOOP("ReportWords", "关注程度：{0}")).format(_LEVELS[rest]())
    if head == "role":
        return _t(QT_TRANSLATE_NOOP("ReportWords", "岗位：{0}")).format(team_role_label(TeamRole(rest)))
    if head == "petitions.form" and rest in _FORMS:
        return _t(QT_TRANSLATE_NOOP("ReportWords", "形式：{0}")).format(_FORMS[rest]())
    if head == "people_band":
        return _t(QT_TRANSLATE_NOOP("ReportWords", "涉及人数 {0}")).format(_band(f.label.removeprefix("涉及人数 ")))
    if head == "assessment":
        quarter, _sep, what = rest.partition(":")
        if what == "reviewed":
            return _t(QT_TRANSLATE_NOOP("ReportWords", "{0}村级初评 人数")).format(_quarter(quarter))
        if what == "closed":
            return _t(QT_TRANSLATE_NOOP("ReportWords", "{0}乡镇复评完成 / 初评")).format(_quarter(quarter))
        if what.startswith("grade:"):
            return _t(QT_TRANSLATE_NOOP("ReportWords", "{0}等次：{1}")).format(_quarter(quarter), grade_label(Grade(what[6:])))
    if catalogue.has(f"meeting.figure.{key}") or key.startswith("state:"):  # the monthly meeting's own figures
        return meeting_label(FigureRow(key, f.value, f.of), current_catalogue())
    return None


def _label(f: Figure) -> str:
    try:
        return _worded(f) or f.label
    except (ValueError, KeyError):  # a key of a newer version: its Chinese words, not a crash
        return f.label


def current_catalogue() -> str:
    return catalogue.EN if current() == "en" else catalogue.ZH


def figure_label(f: Figure) -> str:
    """A figure's words in the window's language."""
    return f.label if current() != "en" else _label(f)


def section_title(section: Section) -> str:
    if current() != "en" or section.key not in _SECTIONS:
        return section.title  # a dispute row's section is the category's own name
    return _SECTIONS[section.key]()
