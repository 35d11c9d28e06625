"""The audit log as a read-only table model: each row a sentence about people and records (raw
values for sorting, the stored target, detail and hash in the tooltip, the entry for callers)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...services.audit import AuditEntry
from ..audit_words import actor, sentence
from ..words import action_label
from .base import ObjectRole, ReadOnlyTableModel, SortRole

__all__ = ["AuditModel", "ObjectRole", "SortRole"]


class AuditModel(ReadOnlyTableModel):
    ID, TIME, ACCOUNT, ACTION, SENTENCE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AuditEntry] = []
        self.shown: list[tuple[str, str, str, str]] = []  # time, who, action, sentence: made once per page
        self.headers = [self.tr("编号"), self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("经过")]

    def set_rows(self, rows: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.shown = [(r.ts[:19].replace("T", " "), actor(r), action_label(r.action), sentence(r)) for r in rows]
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def technical(self, row: AuditEntry) -> str:
        """What the log stores, for the expert (masked as the page is)."""
        return self.tr("第 {0} 条　{1}　账号 {2}　操作代码 {3}\n对象：{4}\n说明：{5}\n摘要：{6}").format(
            row.id, row.ts, row.account, row.action, row.target, row.detail, row.hash)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == ObjectRole:
            return row
        if role == SortRole:
            return (row.id, row.ts, row.account, row.action, self.shown[index.row()][3])[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.id if col == self.ID else self.shown[index.row()][col - 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.technical(row)
        return None
