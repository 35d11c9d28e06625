"""The dashboard's line on 一户一代表 (Measures Art. 7 (6)): each grid whose WeChat-group coverage
is under the director's threshold, with its figure; a click opens the grid's household list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...domain.outreach import GridCoverage
from .banner import Banner


class WechatNotice(Banner):
    def __init__(self, open_list: Callable[[], None]) -> None:
        super().__init__("NoticeBanner", QCoreApplication.translate("WechatNotice", "查看各户进群情况"), open_list)

    def show_grids(self, below: list[GridCoverage], threshold: int) -> None:
        parts = "、".join(QCoreApplication.translate("WechatNotice", "{0} {1}%（{2}/{3} 户）").format(
            c.name, c.percent, c.represented, c.households) for c in below)
        self.text.setText(QCoreApplication.translate(
            "WechatNotice", "微信群一户一代表未达 {0}% 的网格：{1}。").format(threshold, parts))
        self.setVisible(bool(below))
