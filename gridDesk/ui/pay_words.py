"""The words of rewards and pay on screen, in the UI's language (the catalogue of record kinds,
pay sources and rules as the tab, its dialogs and the dashboard show them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.pay import PayLine, PaySource, yuan
from ..domain.rewards import RewardKind, RewardLevel
from .words import team_role_label

_KINDS = {RewardKind.COMMENDATION: QT_TRANSLATE_NOOP("PayWords", "表彰"),
          RewardKind.WARNING: QT_TRANSLATE_NOOP("PayWords", "警示"),
          RewardKind.CRITICISM: QT_TRANSLATE_NOOP("PayWords", "通报批评"),
          RewardKind.TRANSFER: QT_TRANSLATE_NOOP("PayWords", "调整岗位"),
          RewardKind.DISMISSAL: QT_TRANSLATE_NOOP("PayWords", "解聘")}
_LEVELS = {RewardLevel.VILLAGE: QT_TRANSLATE_NOOP("PayWords", "村"),
           RewardLevel.TOWNSHIP: QT_TRANSLATE_NOOP("PayWords", "乡镇"),
           RewardLevel.COUNTY: QT_TRANSLATE_NOOP("PayWords", "县")}
_SOURCES = {PaySource.BASE: QT_TRANSLATE_NOOP("PayWords", "基础补贴"),
            PaySource.CASE: QT_TRANSLATE_NOOP("PayWords", "以案定补"),
            PaySource.GRADE: QT_TRANSLATE_NOOP("PayWords", "以奖代补"),
            PaySource.DEDUCTION: QT_TRANSLATE_NOOP("PayWords", "扣减"),
            PaySource.CORRECTION: QT_TRANSLATE_NOOP("PayWords", "更正")}
_WORK_KINDS = {"ordinary": QT_TRANSLATE_NOOP("PayWords", "一般事项"),
               "coordination": QT_TRANSLATE_NOOP("PayWords", "需协调事项"),
               "emergency": QT_TRANSLATE_NOOP("PayWords", "紧急事项"),
               "approval": QT_TRANSLATE_NOOP("PayWords", "需审批事项")}
_GRADES = {"优秀": QT_TRANSLATE_NOOP("PayWords", "优秀"), "称职": QT_TRANSLATE_NOOP("PayWords", "称职"),
           "基本称职": QT_TRANSLATE_NOOP("PayWords", "基本称职"), "不称职": QT_TRANSLATE_NOOP("PayWords", "不称职")}
# Each rule as the director reads it in the rules dialog.
RULE_WORDS = {
    "base.leader": QT_TRANSLATE_NOOP("PayWords", "基础补贴：网格长（元/月）"),
    "base.full_time": QT_TRANSLATE_NOOP("PayWords", "基础补贴：专职网格员（元/月）"),
    "base.part_time": QT_TRANSLATE_NOOP("PayWords", "基础补贴：兼职网格员（元/月）"),
    "base.assistant": QT_TRANSLATE_NOOP("PayWords", "基础补贴：网格辅助员（元/月）"),
    "base.micro": QT_TRANSLATE_NOOP("PayWords", "基础补贴：微格员（元/月）"),
    "case.ordinary": QT_TRANSLATE_NOOP("PayWords", "以案定补：一般事项按期办结（元/件）"),
    "case.coordination": QT_TRANSLATE_NOOP("PayWords", "以案定补：需协调事项按期办结（元/件）"),
    "case.emergency": QT_TRANSLATE_NOOP("PayWords", "以案定补：紧急事项按期办结（元/件）"),
    "case.approval": QT_TRANSLATE_NOOP("PayWords", "以案定补：需审批事项按期办结（元/件）"),
    "late.percent": QT_TRANSLATE_NOOP("PayWords", "超期办结：宽限期内按此比例发放（%）"),
    "late.grace_days": QT_TRANSLATE_NOOP("PayWords", "超期宽限（工作日；超过则不发）"),
    "grade.excellent": QT_TRANSLATE_NOOP("PayWords", "以奖代补：季度优秀（元）"),
    "grade.competent": QT_TRANSLATE_NOOP("PayWords", "以奖代补：季度称职（元）"),
    "grade.basic": QT_TRANSLATE_NOOP("PayWords", "以奖代补：季度基本称职（元）"),
    "grade.incompetent": QT_TRANSLATE_NOOP("PayWords", "以奖代补：季度不称职（元）"),
    "grade.month": QT_TRANSLATE_NOOP("PayWords", "季度等次在季度结束后第几个月发放"),
    "deduct.warning": QT_TRANSLATE_NOOP("PayWords", "扣减：每次警示（元）"),
    "deduct.criticism": QT_TRANSLATE_NOOP("PayWords", "扣减：每次通报批评（元）"),
    "minimum_wage": QT_TRANSLATE_NOOP("PayWords", "当地最低工资标准（元/月；0 为未录入）"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("PayWords", text)


def reward_kind_label(kind: RewardKind) -> str:
    return _t(_KINDS[kind])


def reward_level_label(level: RewardLevel) -> str:
    return _t(_LEVELS[level])


def source_label(source: PaySource) -> str:
    return _t(_SOURCES[source])


def rule_label(key: str) -> str:
    return _t(RULE_WORDS[key])


def basis_label(line: PayLine) -> str:
    """What the rule was looked up by: the post, the work kind, the grade, the kind of record."""
    if line.source is PaySource.BASE:
        return team_role_label(line.post)
    if line.source is PaySource.CASE:
        return _t(_WORK_KINDS.get(line.basis, line.basis))
    if line.source is PaySource.GRADE:
        return _t(_GRADES[line.basis]) if line.basis in _GRADES else line.basis
    if line.source is PaySource.DEDUCTION:
        return reward_kind_label(RewardKind(line.basis))
    return ""


def line_note(line: PayLine) -> str:
    if line.source is PaySource.BASE:
        return QCoreApplication.translate("PayWords", "在岗 {0}/{1} 天").format(line.n1, line.n2)
    if line.source is PaySource.CASE:
        return QCoreApplication.translate("PayWords", "超期 {0} 个工作日").format(line.n1) if line.n1 else QCoreApplication.translate("PayWords", "按期办结")
    if line.source is PaySource.DEDUCTION and line.n1:
        return QCoreApplication.translate("PayWords", "应扣 {0} 元，本月补贴扣完为止").format(yuan(line.n1))
    if line.source is PaySource.CORRECTION:
        when = f" {line.added_at:%Y-%m-%d}" if line.added_at else ""
        return f"{line.reason}（{line.added_by}{when}）"
    return ""
