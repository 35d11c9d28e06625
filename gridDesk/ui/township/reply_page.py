"""回复: write the signed reply packages (receipts for the batches received and the answers not yet
sent) for one village or for all onto a stick folder; each written reply is listed with what it
carried, and a village with nothing to send is said to have nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...services.township_reply import VillageReply, write_replies
from ...services.township_views import registered_villages
from .. import file_dialogs
from ..messages import explain
from ..widgets.forms import ErrorLabel
from .common import ReadProblem, fit, heading, table
from .context import TownshipContext
from .pending_counts import PendingCounts


class ReplyPage(QWidget):
    def __init__(self, context: TownshipContext) -> None:
        super().__init__()
        self.context = context
        self.written: list[VillageReply] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading(layout, self.tr("写回复包"), self.tr("把回执（收到了哪些批次、哪些没通过检测）和已保存的答复，"
                                                  "用乡镇的签名写到 U 盘上，带回村里导入。"))
        self.problem = ReadProblem(self)
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("给")))
        self.village = QComboBox()
        row.addWidget(self.village)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("写到 U 盘上的这个文件夹"))
        choose = QPushButton(self.tr("选择…"))
        choose.clicked.connect(self._choose)
        self.write_button = QPushButton(self.tr("写回复包"))
        self.write_button.setObjectName("Primary")
        self.write_button.clicked.connect(self.start)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        row.addWidget(self.write_button)
        layout.addLayout(row)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.outcome = QLabel()
        self.outcome.setObjectName("PageHint")
        layout.addWidget(self.outcome)
        self.pending = PendingCounts(context)  # what the next reply carries besides receipts and answers
        layout.addWidget(self.pending)
        self.results = table([self.tr("村"), self.tr("回复包"), self.tr("回执"), self.tr("答复"), self.tr("复评"),
                              self.tr("任务"), self.tr("培训"), self.tr("写到")])
        layout.addWidget(self.results, 1)
        context.changed.connect(lambda what: self.load_villages() if what == "import" else None)
        self.load_villages()

    def load_villages(self) -> None:
        self.problem.attempt(self._load_villages)

    def _load_villages(self) -> None:
        current = self.village.currentData()
        self.village.clear()
        self.village.addItem(self.tr("每个村（各一个回复包）"), "")
        for code, name in registered_villages(self.context.session):
            self.village.addItem(f"{name}（{code}）", code)
        index = self.village.findData(current)
        self.village.setCurrentIndex(max(0, index))

    def _choose(self) -> None:
        chosen = file_dialogs.folder(self, "township_reply", self.tr("选择 U 盘上的文件夹"))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def start(self) -> None:
        text = self.folder.text().strip()
        self.error.say("")
        if not text:
            self.error.say(self.tr("请先选择 U 盘上的文件夹。"))
            return
        stick, village = Path(text), self.village.currentData() or None
        self.write_button.setEnabled(False)
        self.context.runner.run(self, lambda job: write_replies(self.context.session, stick, village),
                                self.tr("写回复包"), on_done=self._done, on_failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(True)
        self.error.say(explain(exc))

    def _done(self, written: list[VillageReply]) -> None:
        self.write_button.setEnabled(True)
        self.written = written
        made = [r for r in written if r.folder]
        self.outcome.setText(self.tr("写了 {0} 个回复包。").format(len(made)) if made
                             else self.tr("没有要发的：所有收到的批次都已回执，答复也都已发出。"))
        t = self.results
        t.setRowCount(len(written))
        for r, w in enumerate(written):
            values = (f"{w.name}（{w.village}）", w.reply or self.tr("没有要发的"), str(w.receipts), str(w.answers),
                      str(w.reviews), str(w.tasks), str(w.trainings), w.folder)
            for c, value in enumerate(values):
                t.setItem(r, c, QTableWidgetItem(value))
        fit(t)
        if made:
            self.context.changed.emit("reply")
