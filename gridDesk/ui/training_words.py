"""Words for training on screen: levels, presence and 持证 states, translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.training import Presence, TrainingLevel

_LEVELS = {TrainingLevel.PROVINCE: QT_TRANSLATE_NOOP("Training", "省级"),
           TrainingLevel.CITY: QT_TRANSLATE_NOOP("Training", "市级"),
           TrainingLevel.COUNTY: QT_TRANSLATE_NOOP("Training", "县级"),
           TrainingLevel.TOWNSHIP: QT_TRANSLATE_NOOP("Training", "乡镇级"),
           TrainingLevel.VILLAGE: QT_TRANSLATE_NOOP("Training", "村级")}
_PRESENCE = {Presence.PRESENT: QT_TRANSLATE_NOOP("Training", "参加"),
             Presence.EXCUSED: QT_TRANSLATE_NOOP("Training", "请假"),
             Presence.ABSENT: QT_TRANSLATE_NOOP("Training", "缺席")}
_CERT = {"valid": QT_TRANSLATE_NOOP("Training", "已持证"), "expiring": QT_TRANSLATE_NOOP("Training", "证书将到期"),
         "expired": QT_TRANSLATE_NOOP("Training", "未持证（证书过期）"), "none": QT_TRANSLATE_NOOP("Training", "未持证")}
CERT_COLOURS = {"valid": "#1e7d32", "expiring": "#a66300", "expired": "#b3261e", "none": "#b3261e"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Training", text)


def level_label(level: TrainingLevel) -> str:
    return _t(_LEVELS[level])


def presence_label(p: Presence) -> str:
    return _t(_PRESENCE[p])


def cert_label(state: str) -> str:
    return _t(_CERT[state])
