"""The dashboard's line on the grid division: the yearly report to the township not yet printed
(due 25 January, town guide §4) and the grids outside the size guidance. A click opens 网格与人口 › 网格."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from .banner import Banner


class DivisionNotice(Banner):
    def __init__(self, open_grids: Callable[[], None]) -> None:
        super().__init__("NoticeBanner", QCoreApplication.translate("DivisionNotice", "查看网格"), open_grids)

    def show_status(self, status: Mapping[str, object], today) -> None:
        due, out = status.get("division_report_due"), status.get("grids_out_of_size") or {}
        said = []
        if due:
            late = str(today) > str(due)
            said.append(QCoreApplication.translate(
                "DivisionNotice", "{0} 年度网格划分报告应于 {1} 前报送乡镇，尚未打印{2}。").format(
                str(due)[:4], due, QCoreApplication.translate("DivisionNotice", "（已逾期）") if late else ""))
        if out:
            said.append(QCoreApplication.translate("DivisionNotice", "{0} 个网格的户数超出规模参考范围。").format(len(out)))
        self.text.setText(" ".join(said))
        self.setVisible(bool(said))
