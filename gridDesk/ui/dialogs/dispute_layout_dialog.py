"""统计表设置: the director keeps the dispute report's rows (which case categories each takes; the
catch-all 其他 takes the rest) and its people bands. A refused save is said under the form and
what was typed stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ...domain.dispute_report import ReportRow
from ...domain.errors import GridDeskError
from ...services.dispute_report import DisputeReportService
from ..messages import explain


class DisputeLayoutDialog(QDialog):
    def __init__(self, service: DisputeReportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.changed = False
        self.setWindowTitle(self.tr("统计表设置"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("统计表的行")))
        self.rows = QListWidget()
        self.rows.currentRowChanged.connect(self.show_row)
        left.addWidget(self.rows, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新增行"))
        self.add_button.clicked.connect(self.new_row)
        self.delete_button = QPushButton(self.tr("删除行"))
        self.delete_button.clicked.connect(self.delete_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        body.addLayout(left, 1)
        right = QVBoxLayout()
        name_bar = QHBoxLayout()
        name_bar.addWidget(QLabel(self.tr("名称")))
        self.name = QLineEdit()
        name_bar.addWidget(self.name, 1)
        name_bar.addWidget(QLabel(self.tr("排序")))
        self.sort = QSpinBox()
        self.sort.setRange(0, 999)
        name_bar.addWidget(self.sort)
        right.addLayout(name_bar)
        right.addWidget(QLabel(self.tr("归入这一行的事件类别（未归入任何行的纠纷类别计入“其他”）")))
        self.categories = QListWidget()
        right.addWidget(self.categories, 1)
        self.save_button = QPushButton(self.tr("保存这一行"))
        self.save_button.clicked.connect(self.save_row)
        right.addWidget(self.save_button)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)
        bands_bar = QHBoxLayout()
        bands_bar.addWidget(QLabel(self.tr("涉及人数分档（每档的起始人数，用逗号分开）")))
        self.bands = QLineEdit()
        bands_bar.addWidget(self.bands, 1)
        self.bands_button = QPushButton(self.tr("保存分档"))
        self.bands_button.clicked.connect(self.save_bands)
        bands_bar.addWidget(self.bands_button)
        layout.addLayout(bands_bar)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.editing: ReportRow | None = None
        self.load()

    def load(self, keep: int | None = None) -> None:
        self.layout_data = self.service.layout()
        self.rows.blockSignals(True)
        self.rows.clear()
        for row in self.layout_data.rows:
            self.rows.addItem(row.name + (self.tr("（收纳未归类的纠纷）") if row.other else ""))
        self.rows.blockSignals(False)
        self.bands.setText(", ".join(str(b) for b in self.layout_data.bands))
        ids = [r.id for r in self.layout_data.rows]
        self.rows.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.show_row(self.rows.currentRow())

    def show_row(self, index: int) -> None:
        rows = self.layout_data.rows
        self.editing = rows[index] if 0 <= index < len(rows) else None
        row = self.editing or ReportRow(None, "", (rows[-1].sort + 1) if rows else 0)
        self.name.setText(row.name)
        self.sort.setValue(row.sort)
        self.delete_button.setEnabled(self.editing is not None and not self.editing.other)
        taken = {cid: r.name for r in rows for cid in r.category_ids if r.id != row.id}
        self.categories.clear()
        for cid, path in self.layout_data.categories:
            item = QListWidgetItem(path + (self.tr("（已归入：{0}）").format(taken[cid]) if cid in taken else ""))
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if cid in row.category_ids else Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        self.error.clear()

    def new_row(self) -> None:
        self.rows.clearSelection()
        self.rows.setCurrentRow(-1)
        self.show_row(-1)
        self.name.setFocus()

    def chosen(self) -> tuple[int, ...]:
        return tuple(self.categories.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.categories.count())
                     if self.categories.item(i).checkState() == Qt.CheckState.Checked)

    def save_row(self) -> None:
        row = ReportRow(self.editing.id if self.editing else None, self.name.text(), self.sort.value(), self.chosen(),
                        self.editing.other if self.editing else False)
        self._act(lambda: self.service.save_row(row))

    def delete_row(self) -> None:
        if self.editing is not None:
            row_id = self.editing.id
            self._act(lambda: self.service.delete_row(row_id), keep_form=False)

    def save_bands(self) -> None:
        text = self.bands.text().replace("，", ",")
        values: list[object] = []
        for part in text.split(","):
            part = part.strip()
            if part:
                values.append(int(part) if part.isdigit() and len(part) < 10 else part)
        self._act(lambda: self.service.set_bands(values))

    def _act(self, call, keep_form: bool = True) -> None:
        try:
            changes = call()
        except GridDeskError as exc:
            self.error.setText(explain(exc))  # what was typed stays where it was
            return
        self.changed = True
        keep = changes.ids[0] if keep_form and changes.ids and isinstance(changes.ids[0], int) else None
        if self.sender() is self.bands_button:
            keep = self.editing.id if self.editing else None
        self.load(keep)
