"""导入乡镇回复包 on the 档案上报 page: the township's reply folder chosen, imported off the UI
thread with its progress, then a dialog listing every item with what became of it (applied,
applied before, kept and not applied, with why)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.changes import Kind
from ..services.replies import ALREADY, APPLIED, KEPT, RepliesService, ReplyImport
from ..services.session import Changes
from . import file_dialogs, i18n
from .messages import explain


class ReplyResultDialog(QDialog):
    """Each item of the reply, what became of it and why; nothing to edit."""

    def __init__(self, result: ReplyImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("乡镇回复包 {0}").format(result.name))
        self.resize(860, 480)
        layout = QVBoxLayout(self)
        words = {APPLIED: self.tr("已应用"), ALREADY: self.tr("此前已应用"), KEPT: self.tr("保留，未应用")}
        if result.again:
            summary = self.tr("这个回复包以前导入过，这次没有作任何改动。")
        else:
            summary = self.tr("{0}的回复包已导入：已应用 {1} 项，此前已应用 {2} 项，保留未应用 {3} 项。").format(
                result.township_name, result.count(APPLIED), result.count(ALREADY), result.count(KEPT))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(result.items), 3)
        self.table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("结果"), self.tr("原因或说明")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lang = i18n.current()
        for row, item in enumerate(result.items):
            cells = (item.title_in(lang), words[item.outcome], item.reason_in(lang))
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if column == 1 and item.outcome == KEPT:
                    cell.setForeground(QColor("#b3261e"))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (for tests and the screen reader alike)."""
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]


class ReplyImporter(QObject):
    """The page's part: choose the folder, run the import with its progress, show the result."""

    def __init__(self, page: QWidget, ctx) -> None:
        super().__init__(page)
        self.page, self.ctx = page, ctx
        self.task = None
        self.dialog: ReplyResultDialog | None = None
        self.shown = ReplyResultDialog.exec  # tests replace it to look without a modal loop

    def choose(self) -> None:
        chosen = file_dialogs.folder(self.page, file_dialogs.CHECK, self.tr("选择 U 盘上的乡镇回复包（HF-… 文件夹）"),
                                     file_dialogs.last_folder(file_dialogs.STICK))
        if chosen is not None:
            self.run(chosen)

    def run(self, path: Path):
        service = self.ctx.get(RepliesService)

        def work(job):
            return service.import_reply(Path(path), progress=job)

        def step(done: int, total: int) -> None:
            if self.task is not None:
                self.task.say(self.tr("正在导入乡镇回复包：{0} / {1} 项").format(done, total))

        def done(result: ReplyImport) -> None:
            self.task = None
            for kind in (Kind.ARCHIVE, Kind.CASES, Kind.TRAINING, Kind.ASSESSMENT):  # where the items landed
                self.ctx.publish(Changes(kind, (result.name,)), self.page)
            self.dialog = ReplyResultDialog(result, self.page)
            self.shown(self.dialog)

        def failed(exc: BaseException) -> None:
            self.task = None
            QMessageBox.warning(self.page, self.tr("没有导入"), explain(exc))

        self.task = self.ctx.runner.run(self.page, work, self.tr("导入乡镇回复包"), on_done=done, on_failed=failed,
                                        on_progress=step)
        return self.task

