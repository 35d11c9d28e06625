"""A few words in a language other than the one the window speaks: the note under the language
choice must speak the language just chosen, and the running app has only the old catalogue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from ..paths import resources_dir

CONTEXT = "LanguageChoice"
TAKES_EFFECT = QT_TRANSLATE_NOOP("LanguageChoice", "重新打开程序后生效。")
RESTART_NOW = QT_TRANSLATE_NOOP("LanguageChoice", "立即重启")


def in_language(code: str, source: str) -> str:
    if code == "zh_CN":
        return source  # Chinese is the source language
    catalogue = QTranslator()
    if not catalogue.load(str(resources_dir() / "i18n" / f"griddesk_{code}.qm")):
        return source
    return catalogue.translate(CONTEXT, source) or source
