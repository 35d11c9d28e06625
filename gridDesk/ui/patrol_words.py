"""The words of the patrol rules' rows (a place kind, a risk-point type, a hazard level) in the
UI's language; the risk type and hazard level themselves are the place form's own choices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.patrols import PatrolOutcome
from ..domain.visits import FINDING_LABELS, FindingCategory


def target_label(target: str) -> str:
    if target == "rental":
        return QCoreApplication.translate("PatrolWords", "出租房屋")
    if target == "organisation":
        return QCoreApplication.translate("PatrolWords", "单位与场所")
    kind, _, word = target.partition(":")
    if kind == "risk":
        return QCoreApplication.translate("PatrolWords", "风险点：{0}").format(word)
    return QCoreApplication.translate("PatrolWords", "隐患等级：{0}").format(word)


def outcome_label(outcome: PatrolOutcome, category: FindingCategory | None) -> str:
    if outcome is PatrolOutcome.NORMAL:
        return QCoreApplication.translate("PatrolWords", "正常")
    return QCoreApplication.translate("PatrolWords", "发现问题：{0}").format(FINDING_LABELS.get(category, "") if category else "")
