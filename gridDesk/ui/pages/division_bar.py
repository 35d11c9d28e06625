"""The grids tab's division row (issue 19 item 6): 拆分, 合并, 划分记录 and the yearly 划分报告, and
the size marks of the guidance (a warning beside the grid, never a block)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton

from ...domain.division import SizeGuidance
from ...domain.errors import GridDeskError
from ...domain.roster import GridKind, GridNode
from ...domain.rules import Permission, can
from ...services.clock import local_dt
from ...services.division import DivisionService
from ...services.division_report import DivisionReportService
from ...services.grids import GridService
from .. import file_dialogs
from ..messages import explain


class DivisionBar(QObject):
    def __init__(self, tab, session) -> None:
        super().__init__(tab)
        self.tab = tab
        self.service = DivisionService(session)
        self.reports = DivisionReportService(session)
        self.grids = GridService(session)
        self.session = session
        self.split_button = QPushButton(self.tr("拆分网格…"))
        self.merge_button = QPushButton(self.tr("合并网格…"))
        self.retire_button = QPushButton(self.tr("撤销空网格…"))
        self.history_button = QPushButton(self.tr("划分记录"))
        self.report_button = QPushButton(self.tr("打印划分年报…"))
        self.guidance_button = QPushButton(self.tr("规模参考值…"))
        self.guidance_button.clicked.connect(self.edit_guidance)
        self.guidance_button.setVisible(can(session.account.role, Permission.EDIT_RULES))
        self.split_button.clicked.connect(self.split)
        self.merge_button.clicked.connect(self.merge)
        self.history_button.clicked.connect(self.history)
        self.retire_button.clicked.connect(self.retire)
        self.report_button.clicked.connect(lambda: self.print_report(None, None))
        divides = can(session.account.role, Permission.DIVISION)
        self.bar = QHBoxLayout()
        for b in (self.split_button, self.merge_button, self.retire_button, self.report_button):
            b.setVisible(divides)
            self.bar.addWidget(b)
        self.bar.addWidget(self.history_button)
        self.bar.addWidget(self.guidance_button)
        self.done = QLabel()  # what was just printed, and where
        self.bar.addWidget(self.done)
        self.bar.addStretch(1)

    def today(self) -> date:
        return local_dt(self.session.clock()).date()

    # -- the size marks ---------------------------------------------------------------------
    def guidance(self) -> SizeGuidance:
        return self.service.guidance()

    def edit_guidance(self) -> None:
        from ..dialogs.size_guidance_dialog import SizeGuidanceDialog

        self.dialog = SizeGuidanceDialog(self.guidance(), self.service.set_guidance, self.tab)
        if self.dialog.exec():
            self.tab.refresh()

    def size_word(self, guidance: SizeGuidance, g: GridNode) -> str:
        verdict = guidance.verdict(g.kind, g.households)
        return {"small": self.tr("⚠ 偏小"), "large": self.tr("⚠ 偏大")}.get(verdict, "")

    def hint(self, code: str | None) -> Callable[[str], str]:
        """For the grid dialog: the guidance for the kind chosen, and whether the grid's
        households fall outside it (a new grid has none yet: no warning)."""
        guidance = self.guidance()
        node = next((n for n in self.tab.nodes if n.code == code), None)

        def say(kind: str) -> str:
            k = GridKind(kind)
            low, high = guidance.band(k)
            aim = self.tr("规模参考约 {0} 户（{1}–{2} 户）").format(guidance.households(k), low, high)
            if node is None:
                return aim
            word = {"small": self.tr("偏小"), "large": self.tr("偏大")}.get(guidance.verdict(k, node.households), "")
            now = self.tr("现有 {0} 户").format(node.households)
            return f"{now}，{aim}" + (self.tr("：⚠ {0}，可保存，报送时请说明").format(word) if word else "")
        return say

    def size_tip(self, guidance: SizeGuidance, g: GridNode) -> str:
        low, high = guidance.band(g.kind)
        return self.tr("{0} 户；规模参考约 {1} 户（{2}–{3} 户不提示）").format(
            g.households, guidance.households(g.kind), low, high)

    # -- the actions ------------------------------------------------------------------------
    def split(self) -> None:
        from ..dialogs.split_dialog import SplitDialog

        node = self.tab.selected()
        if node is None:
            self.tab.error.say(self.tr("请先选中要拆分的网格。"))
            return
        try:
            households, places = self.service.contents(node.code)
            code = self.grids.next_code(node.parent_code)
        except GridDeskError as exc:
            self.tab.error.say(explain(exc))
            return
        self.tab.error.say("")
        dialog = SplitDialog(self.service.split, node, households, code, self.today(), self.tab, places)
        if dialog.exec() == SplitDialog.DialogCode.Accepted:
            self.tab.refresh()

    def merge(self) -> None:
        from ..dialogs.merge_dialog import MergeDialog

        node = self.tab.selected()
        if node is None:
            self.tab.error.say(self.tr("请先选中合并后保留的网格。"))
            return
        self.tab.error.say("")
        others = [n for n in self.tab.nodes if n.code != node.code and n.parent_code == node.parent_code]
        dialog = MergeDialog(self.service.merge, node, others, self.today(), self.tab)
        if dialog.exec() == MergeDialog.DialogCode.Accepted:
            self.tab.refresh()

    def retire(self) -> None:
        """A grid emptied by hand (its people and places moved first) is retired with a reason."""
        from ..dialogs.reason_dialog import ReasonDialog

        node = self.tab.selected()
        if node is None:
            self.tab.error.say(self.tr("请先选中要撤销的网格。"))
            return
        dialog = ReasonDialog(self.tr("撤销网格"), self.tr("撤销“{0}”（{1}）：编码保留在划分记录里，不再使用。")
                              .format(node.name, node.code), self.tab)
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        try:
            self.service.retire(node.code, self.today(), dialog.value())
        except GridDeskError as exc:
            self.tab.error.say(explain(exc))
            return
        self.tab.error.say("")
        self.tab.refresh()

    def history(self) -> None:
        from ..dialogs.division_history_dialog import DivisionHistoryDialog

        node = self.tab.selected()
        DivisionHistoryDialog(self.service.history(node.code if node else ""), self.tab).exec()

    def print_report(self, year: int | None, path: Path | None) -> int:
        """Asks for the year (next year's report from December on) and where to save it."""
        if year is None:
            today = self.today()
            default = today.year + 1 if today.month == 12 else today.year
            year, ok = QInputDialog.getInt(self.tab, self.tr("网格划分年报"), self.tr("年度（1月25日前报送）"),
                                           default, 2000, today.year + 1)
            if not ok:
                return 0
        if path is None:
            path = file_dialogs.save_file(self.tab, file_dialogs.PDF, self.tr("保存网格划分年报"),
                                          self.tr("{0}年度网格划分情况报告.pdf").format(year), self.tr("PDF (*.pdf)"))
            if path is None:
                return 0
        try:
            pages = self.reports.print_report(year, path)
        except (GridDeskError, OSError) as exc:
            self.tab.error.say(explain(exc))
            return 0
        self.tab.error.say("")
        self.done.setText(self.tr("已生成 {0} 年度网格划分报告 {1} 页：{2}").format(year, pages, path.name))
        return pages
