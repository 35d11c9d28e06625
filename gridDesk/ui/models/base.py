"""What every read-only table model here shares: a header row and a row count."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the row's dataclass
SortRole = Qt.ItemDataRole.UserRole + 2  # the raw value, for sorting


class ReadOnlyTableModel(QAbstractTableModel):
    headers: list[str]

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
