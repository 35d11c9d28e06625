"""Which pages the township window has, decided by TOWNSHIP_RULES: everyone who may view reads 概览,
村情, 上报件 (an auditor without the answer form) and 下发 (an auditor without its forms); 考核复核 only
for those who may review; 导入 and 回复 only for those who may import and reply. Pages are built when first shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QStyle

from ...domain.township import TownshipAction
from .context import TownshipContext
from .window import TownshipPage, TownshipWindow
from .words import t

SP = QStyle.StandardPixmap


def _dashboard(context: TownshipContext, window: list):
    from .dashboard_page import DashboardPage

    return DashboardPage(context, lambda key: window[0].open(key))


def _villages(context: TownshipContext):
    from .village_page import VillagePage

    return VillagePage(context)


def _queue(context: TownshipContext):
    from .queue_page import QueuePage

    return QueuePage(context)


def _reviews(context: TownshipContext):
    from .reviews_page import ReviewsPage

    return ReviewsPage(context)


def _downlinks(context: TownshipContext):
    from .downlinks_page import DownlinksPage

    return DownlinksPage(context)


def _import(context: TownshipContext):
    from .import_page import ImportPage

    return ImportPage(context)


def _reply(context: TownshipContext):
    from .reply_page import ReplyPage

    return ReplyPage(context)


def build_township_window(context: TownshipContext) -> TownshipWindow:
    holder: list[TownshipWindow] = []
    pages = [TownshipPage("dashboard", t(QT_TRANSLATE_NOOP("TownshipWords", "概览")),
                          lambda: _dashboard(context, holder), SP.SP_ComputerIcon),
             TownshipPage("villages", t(QT_TRANSLATE_NOOP("TownshipWords", "村情")),
                          lambda: _villages(context), SP.SP_DirHomeIcon),
             TownshipPage("queue", t(QT_TRANSLATE_NOOP("TownshipWords", "上报件")),
                          lambda: _queue(context), SP.SP_MessageBoxWarning)]
    if context.may(TownshipAction.REVIEW):
        pages.append(TownshipPage("reviews", t(QT_TRANSLATE_NOOP("TownshipWords", "考核复核")),
                                  lambda: _reviews(context), SP.SP_DialogApplyButton))
    # 下发 is read by everyone who may view (what waits to go down); its forms need SEND_DOWN.
    pages.append(TownshipPage("downlinks", t(QT_TRANSLATE_NOOP("TownshipWords", "下发")),
                              lambda: _downlinks(context), SP.SP_ArrowDown))
    if context.may(TownshipAction.IMPORT):
        pages.append(TownshipPage("import", t(QT_TRANSLATE_NOOP("TownshipWords", "导入")),
                                  lambda: _import(context), SP.SP_DriveFDIcon))
    if context.may(TownshipAction.REPLY):
        pages.append(TownshipPage("reply", t(QT_TRANSLATE_NOOP("TownshipWords", "回复")),
                                  lambda: _reply(context), SP.SP_DialogSaveButton))
    window = TownshipWindow(context, pages)
    holder.append(window)
    return window
