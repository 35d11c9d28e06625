"""The dashboard's line on performance pay: past months whose ledger the director has not locked,
and full-time members paid below the local minimum wage last month (Measures Art. 18). Only for
the accounts that may see pay; a click opens 例会考核 › 奖惩与绩效."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from .banner import Banner


class PayNotice(Banner):
    def __init__(self, open_pay: Callable[[], None]) -> None:
        super().__init__("NoticeBanner", QCoreApplication.translate("PayNotice", "查看绩效台账"), open_pay)

    def show_status(self, status: Mapping[str, int], may_see: bool) -> None:
        unlocked, below = status.get("pay_unlocked_months", 0), status.get("pay_below_minimum", 0)
        said = []
        if unlocked:
            said.append(QCoreApplication.translate("PayNotice", "有 {0} 个以往月份的绩效台账还没有审核锁定。").format(unlocked))
        if below:
            said.append(QCoreApplication.translate("PayNotice", "上月有 {0} 名专职网格员的绩效合计低于当地最低工资标准。")
                        .format(below))
        self.text.setText(" ".join(said))
        self.setVisible(may_see and bool(said))
