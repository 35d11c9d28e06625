"""Words for the quarterly review on screen: how items are scored, grades, review states, translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.assessment import Grade, ItemKind, ItemNote, ItemScore, ReviewLevel, ReviewState

_KINDS = {ItemKind.METRIC: QT_TRANSLATE_NOOP("Review", "按台账计算"),
          ItemKind.REPRESENTATIVES: QT_TRANSLATE_NOOP("Review", "群众代表评议"),
          ItemKind.PARTY: QT_TRANSLATE_NOOP("Review", "党员评议"),
          ItemKind.SELF: QT_TRANSLATE_NOOP("Review", "本人自评")}
_METRICS = {"visit_coverage": QT_TRANSLATE_NOOP("Review", "每周入户走访覆盖率"),
            "cases_on_time": QT_TRANSLATE_NOOP("Review", "派办案件按时办结率"),
            "training_hours": QT_TRANSLATE_NOOP("Review", "培训学时"),
            "log_days": QT_TRANSLATE_NOOP("Review", "民情日志天数"),
            "patrols_done": QT_TRANSLATE_NOOP("Review", "巡查完成率")}
_UNITS = {"visit_coverage": QT_TRANSLATE_NOOP("Review", "户次"), "cases_on_time": QT_TRANSLATE_NOOP("Review", "件"),
          "training_hours": QT_TRANSLATE_NOOP("Review", "学时"), "log_days": QT_TRANSLATE_NOOP("Review", "天"),
          "patrols_done": QT_TRANSLATE_NOOP("Review", "次")}
_GRADES = {Grade.EXCELLENT: QT_TRANSLATE_NOOP("Review", "优秀"), Grade.COMPETENT: QT_TRANSLATE_NOOP("Review", "称职"),
           Grade.BASIC: QT_TRANSLATE_NOOP("Review", "基本称职"), Grade.INCOMPETENT: QT_TRANSLATE_NOOP("Review", "不称职")}
_STATES = {ReviewState.OPEN: QT_TRANSLATE_NOOP("Review", "未评议"),
           ReviewState.FIRST_DONE: QT_TRANSLATE_NOOP("Review", "已初评，待乡镇复评"),
           ReviewState.CLOSED: QT_TRANSLATE_NOOP("Review", "已复评（结束）")}
_LEVELS = {ReviewLevel.FIRST: QT_TRANSLATE_NOOP("Review", "村党组织初评"),
           ReviewLevel.SECOND: QT_TRANSLATE_NOOP("Review", "乡镇党委复评")}
STATE_COLOURS = {ReviewState.OPEN: "#a66300", ReviewState.FIRST_DONE: "#1f5fa8", ReviewState.CLOSED: "#1e7d32"}
GRADE_COLOURS = {Grade.EXCELLENT: "#1e7d32", Grade.COMPETENT: "#1f5fa8", Grade.BASIC: "#a66300",
                 Grade.INCOMPETENT: "#b3261e"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def kind_label(kind: ItemKind) -> str:
    return _t(_KINDS[kind])


def metric_label(metric: str) -> str:
    return _t(_METRICS[metric]) if metric in _METRICS else metric


def grade_label(grade: Grade | None) -> str:
    return _t(_GRADES[grade]) if grade is not None else QCoreApplication.translate("Review", "待补分")


def state_label(state: ReviewState) -> str:
    return _t(_STATES[state])


def level_label(level: ReviewLevel) -> str:
    return _t(_LEVELS[level])


def points_cell(item: ItemScore) -> str:
    if item.points is not None:
        return f"{item.points:g}"
    return QCoreApplication.translate("Review", "暂无数据") if item.note is ItemNote.NO_DATA else QCoreApplication.translate("Review", "未录入")


def figure_cell(item: ItemScore) -> str:
    """What the member did, in the item's units: 741 / 793 户次（93.4%）."""
    if item.kind is not ItemKind.METRIC:
        return QCoreApplication.translate("Review", "{0} 人参加评议").format(item.participants) if item.participants else ""
    if item.numerator is None:
        return QCoreApplication.translate("Review", "暂无数据：这本台账还没有接入考核") if item.points is None else QCoreApplication.translate("Review", "暂无数据，评议核定分数")
    if item.ratio is None:
        return QCoreApplication.translate("Review", "本季无应办事项，记满分")
    unit = _t(_UNITS.get(item.metric, ""))
    return f"{item.numerator:g} / {item.denominator:g} {unit}（{item.ratio:.1%}）"
