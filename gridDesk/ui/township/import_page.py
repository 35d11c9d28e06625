"""导入: choose the stick's folder and import it on a worker thread (the runner, as the village
app does its long work); the bar counts the packages checked, and each package's outcome is listed
with what it carried or why it was quarantined."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.catalogue import ZH
from ...domain.township import ImportSummary, Outcome
from ...services.township_import import import_stick
from ...services.township_views import packages_on_stick
from .. import file_dialogs, i18n
from ..messages import explain
from ..widgets.forms import ErrorLabel
from .common import fit, heading, table
from .context import TownshipContext
from .words import outcome_word

_COLOURS = {Outcome.LOADED: "#1e7d32", Outcome.ALREADY: "#5b6b82", Outcome.QUARANTINED: "#b3261e",
            Outcome.NOT_REACHED: "#b3261e"}


class ImportPage(QWidget):
    stage = Signal(int, int, str)  # packages checked, packages on the stick, the batch (from the worker)

    def __init__(self, context: TownshipContext) -> None:
        super().__init__()
        self.context = context
        self.summary: ImportSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading(layout, self.tr("导入 U 盘"), self.tr("每个包先检测签名、完整性和批次链，通过的才导入；"
                                                   "不通过的放进隔离区，连同检测报告，一个也不导入。同一批次导入两次不会重复。"))
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("U 盘上放档案包的文件夹"))
        choose = QPushButton(self.tr("选择…"))
        choose.clicked.connect(self._choose)
        self.import_button = QPushButton(self.tr("开始导入"))
        self.import_button.setObjectName("Primary")
        self.import_button.clicked.connect(self.start)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.bar = QProgressBar()
        self.bar.hide()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("PageHint")
        layout.addWidget(self.bar)
        layout.addWidget(self.progress_label)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.results = table([self.tr("批次"), self.tr("村"), self.tr("结果"), self.tr("内容或原因")])
        layout.addWidget(self.results, 1)
        self.stick_problems = QLabel()
        self.stick_problems.setObjectName("NoticeBanner")
        self.stick_problems.setWordWrap(True)
        self.stick_problems.hide()
        layout.addWidget(self.stick_problems)
        self.stage.connect(self._stage)

    def _choose(self) -> None:
        chosen = file_dialogs.folder(self, "township_stick", self.tr("选择 U 盘上的文件夹"))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def start(self) -> None:
        text = self.folder.text().strip()
        self.error.say("")
        if not text:
            self.error.say(self.tr("请先选择 U 盘上的文件夹。"))
            return
        stick = Path(text)
        self.import_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.progress_label.setText(self.tr("正在查看 U 盘…"))

        def work(job):
            total = packages_on_stick(stick)
            checked = [0]

            def progress(stage: str, batch: str) -> None:
                if stage == "verified":
                    checked[0] += 1
                self.stage.emit(checked[0], total, batch)

            return import_stick(self.context.session, stick, progress)

        self.context.runner.run(self, work, self.tr("导入 U 盘"), on_done=self._done, on_failed=self._failed,
                                progress=False)

    def _stage(self, checked: int, total: int, batch: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(checked, total))
        self.progress_label.setText(self.tr("已检测 {0} / {1} 个包：{2}").format(checked, total, batch))

    def _finish(self) -> None:
        self.import_button.setEnabled(True)
        self.bar.hide()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.progress_label.setText("")
        self.error.say(explain(exc))

    def _done(self, summary: ImportSummary) -> None:
        self._finish()
        self.summary = summary
        already = sum(p.outcome is Outcome.ALREADY for p in summary.packages)
        self.progress_label.setText(self.tr("共 {0} 个包：导入 {1} 个，已有 {2} 个，未导入 {3} 个").format(
            len(summary.packages), summary.loaded, already, summary.refused))
        t = self.results
        t.setRowCount(len(summary.packages))
        lang = i18n.current()  # the reasons come as sentences: said in the window's language
        sep = "；" if lang == ZH else "; "
        for r, p in enumerate(summary.packages):
            reasons = [m.render(lang) for m in p.said]
            if p.outcome is Outcome.LOADED:
                c = p.counts
                what = self.tr("事件 {0}，更正 {1}，上报件 {2}，培训 {3}，走访 {4}，报表数字 {5}，网格 {6}").format(
                    c.get("cases", 0), c.get("corrections", 0), c.get("escalations", 0), c.get("training", 0),
                    c.get("visits", 0), c.get("figures", 0), c.get("roster_grids", 0))
            elif p.outcome is Outcome.QUARANTINED:
                what = sep.join(reasons) + (self.tr("（放在 {0}）").format(p.quarantine) if p.quarantine else "")
            else:
                what = sep.join(reasons)
            for c_, value in enumerate((p.batch, p.village, outcome_word(p.outcome), what)):
                item = QTableWidgetItem(value)
                if c_ == 2:
                    item.setForeground(QBrush(QColor(_COLOURS[p.outcome])))
                if c_ == 3:
                    item.setToolTip("\n".join(reasons) or value)
                t.setItem(r, c_, item)
        fit(t)
        self.stick_problems.setText(self.tr("U 盘上还有不该有的东西：{0}").format(
            sep.join(m.render(lang) for m in summary.stick_said)))
        self.stick_problems.setVisible(bool(summary.stick_said))
        if summary.loaded:
            self.context.changed.emit("import")
