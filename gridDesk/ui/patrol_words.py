"""The words of the patrol rules' rows (a place kind, a risk-point type, a hazard level) in the
UI's language; the risk type and hazard level themselves are the place form's own choices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.patrols import PatrolOutcome
from ..domain.visits import FINDING_LABELS, FindingCategory


def _t(text: str) -> str:
    return QCoreApplication.translate("PatrolWords", text)


def target_label(target: str) -> str:
    if target == "rental":
        return _t("出租房屋")
    if target == "organisation":
        return _t("单位与场所")
    kind, _, word = target.partition(":")
    return _t("风险点：{0}").format(word) if kind == "risk" else _t("隐患等级：{0}").format(word)


def outcome_label(outcome: PatrolOutcome, category: FindingCategory | None) -> str:
    if outcome is PatrolOutcome.NORMAL:
        return _t("正常")
    return _t("发现问题：{0}").format(FINDING_LABELS.get(category, "") if category else "")
