"""Languages: Chinese is the source and the default; English comes from resources/i18n."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_ID
from ..paths import resources_dir

DEFAULT = "zh_CN"


def settings() -> QSettings:
    return QSettings(APP_ID, APP_ID)


def saved_language() -> str:
    """The language chosen in Settings; GRIDDESK_LANGUAGE overrides it (support, tests)."""
    value = os.environ.get("GRIDDESK_LANGUAGE") or settings().value("language", DEFAULT)
    return value if value in ("zh_CN", "en") else DEFAULT


def save_language(code: str) -> None:
    settings().setValue("language", code)


def current() -> str:
    """The language the UI speaks now. Our catalogue translates this marker into its own code, so
    the answer follows the translators actually installed (and removed, as tests do)."""
    code = QCoreApplication.translate("Language", "zh_CN")
    return code if code in ("zh_CN", "en") else DEFAULT


def install(app: QApplication, code: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (for standard buttons); keep them alive on the app."""
    installed = []
    qt = QTranslator(app)
    qt_name = "qtbase_zh_CN" if code == "zh_CN" else "qtbase_en"
    if qt.load(qt_name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if code == DEFAULT:  # what qtbase_zh_CN lacks for Qt 6 (the file dialog's labels); installed later, so it wins
        supplement = QTranslator(app)
        if supplement.load(str(resources_dir() / "i18n" / "qt_supplement_zh_CN.qm")):
            app.installTranslator(supplement)
            installed.append(supplement)
    if code != DEFAULT:
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "i18n" / f"griddesk_{code}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if code == DEFAULT
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return installed
