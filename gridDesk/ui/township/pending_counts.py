"""Under the 回复 page's controls: per village, the second reviews, tasks and training sessions
kept and not yet sent, and the answers not yet sent: what the village's next reply will carry besides receipts and answers.
Read again whenever something is recorded, sent down or written onto a stick."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from ...services.township_pending import UnsentCount, unsent_counts
from .common import ReadProblem, fit, table
from .context import TownshipContext


class PendingCounts(QWidget):
    def __init__(self, context: TownshipContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.counts: list[UnsentCount] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("下一个回复包还会带上（已保存、尚未发出的）："))
        caption.setObjectName("PageHint")
        layout.addWidget(caption)
        self.problem = ReadProblem(self)
        layout.addWidget(self.problem)
        self.table = table([self.tr("村"), self.tr("答复"), self.tr("复评"), self.tr("交办任务"), self.tr("培训")])
        self.table.setMaximumHeight(150)
        layout.addWidget(self.table)
        context.changed.connect(lambda _what: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.problem.attempt(self._read)

    def _read(self) -> None:
        self.counts = unsent_counts(self.context.session)
        self.table.setRowCount(len(self.counts))
        for r, c in enumerate(self.counts):
            for col, value in enumerate((f"{c.name}（{c.code}）", str(c.answers), str(c.reviews), str(c.tasks), str(c.trainings))):
                self.table.setItem(r, col, QTableWidgetItem(value))
        fit(self.table)
