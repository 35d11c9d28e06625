"""The audit log as a read-only table model (raw values for sorting, the row for callers)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...services.audit import ChainRow
from ..words import action_label
from .base import ObjectRole, ReadOnlyTableModel, SortRole

__all__ = ["AuditModel", "ObjectRole", "SortRole"]


class AuditModel(ReadOnlyTableModel):
    ID, TIME, ACCOUNT, ACTION, TARGET, DETAIL = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ChainRow] = []
        self.headers = [self.tr("编号"), self.tr("时间"), self.tr("账号"), self.tr("操作"),
                        self.tr("对象"), self.tr("说明")]

    def set_rows(self, rows: list[ChainRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == ObjectRole:
            return row
        raw = (row.id, row.ts, row.account, row.action, row.target, row.detail)[col]
        if role == SortRole:
            return raw
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TIME:
                return row.ts[:19].replace("T", " ")
            if col == self.ACTION:
                return action_label(row.action)
            return raw
        return None
