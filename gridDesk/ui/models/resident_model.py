"""Residents as a lazy table: the model holds the filtered ids and fetches rows a page at a time,
so 100,000 residents open and scroll without loading 100,000 rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ...domain.roster import ResidentFilter, ResidentListItem
from ...services.roster import RosterService

from .base import ObjectRole, ReadOnlyTableModel

__all__ = ["ObjectRole", "ResidentModel"]
PAGE = 60  # about two screens: fetched as the view reaches them
_STATUS = {"active": "", "moved_out": "迁出", "deceased": "死亡"}
_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, ObjectRole}


class ResidentModel(ReadOnlyTableModel):
    NAME, SEX, AGE, ID_NUMBER, PHONE, GRID, HOUSEHOLD, RELATION, AWAY = range(9)
    SORT_KEYS = {NAME: "name", SEX: "sex", AGE: "birth_date", ID_NUMBER: "id_number", GRID: "grid",
                 HOUSEHOLD: "household"}

    def __init__(self, service: RosterService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.ids: list[int] = []
        self.pages: dict[int, list[ResidentListItem]] = {}
        self.shown: dict[int, list[tuple | None]] = {}
        self.away_text = self.tr("外出")
        self.filter = ResidentFilter()
        self.sort_key = ""
        self.descending = False
        self.loaded = False
        self.today = date.today()
        self.headers = [self.tr("姓名"), self.tr("性别"), self.tr("年龄"), self.tr("身份证号"), self.tr("联系电话"),
                        self.tr("网格"), self.tr("户号"), self.tr("与户主关系"), self.tr("外出")]

    def load(self, f: ResidentFilter | None = None) -> None:
        if f is not None:
            self.filter = f
        self.beginResetModel()
        self.loaded = True
        self.ids = self.service.resident_ids(self.filter, self.sort_key, self.descending)
        self.pages = {}
        self.shown = {}
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        # Grid ascending is the default order (grid, household), which needs no sorting at all.
        self.sort_key = "" if column == self.GRID and order == Qt.SortOrder.AscendingOrder else key
        # Age ascending means the youngest first, i.e. the latest birth date.
        descending = order == Qt.SortOrder.DescendingOrder
        self.descending = not descending if column == self.AGE else descending
        if self.loaded:  # the first sort comes as the view is set up, before any filter
            self.load()

    def item(self, row: int) -> ResidentListItem | None:
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE
        if page not in self.pages:
            chunk = self.ids[page * PAGE:(page + 1) * PAGE]
            by_id = {i.id: i for i in self.service.resident_rows(chunk)}
            self.pages[page] = [by_id.get(i) for i in chunk]
            self.shown[page] = [self._display(i) if i else None for i in self.pages[page]]
        return self.pages[page][row % PAGE]

    def _display(self, item: ResidentListItem) -> tuple:
        """The row's texts, made once when its page arrives rather than at every paint."""
        born = item.birth_date
        age = self.today.year - born.year - ((self.today.month, self.today.day) < (born.month, born.day))
        status = _STATUS.get(item.status, "")
        return (f"{item.name}（{status}）" if status else item.name, item.sex, age, item.id_number,
                item.phone, item.grid_name, item.household_number, item.relation,
                self.away_text if item.away else "")

    def row_of(self, resident_id: int) -> int:
        try:
            return self.ids.index(resident_id)
        except ValueError:
            return -1

    def row_count(self) -> int:
        return len(self.ids)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        col = index.column()
        if role == ObjectRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            shown = self.shown[index.row() // PAGE][index.row() % PAGE]
            return shown[col] if shown else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
