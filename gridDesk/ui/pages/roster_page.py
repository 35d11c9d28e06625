"""网格与人口: the grid tree, search as you type, the lazy residents table and the detail panel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter,
                               QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...domain.accounts import Permission, can
from ...domain.errors import GridDeskError
from ...domain.roster import GridNode, ResidentFilter
from ...services.key_groups import KeyGroupsService
from ...services.roster import RosterService
from ...services.roster_export import ExportService
from ...services.imports import ImportService
from ...services.search import SearchHit, SearchService
from ...services.session import UserSession
from ..dialogs.reason_dialog import ReasonDialog
from ..dialogs.resident_dialog import ResidentDialog
from ..messages import explain
from ..models.resident_model import ObjectRole, ResidentModel
from ..widgets.flow_row import flow_row
from ..widgets.resident_detail import ResidentDetail
from ..words import key_group_label
from .header import page_header
from ..bundle import SessionBundle

AGE_BANDS = ((QT_TRANSLATE_NOOP("RosterPage", "全部年龄"), None, None),
             (QT_TRANSLATE_NOOP("RosterPage", "0–15 岁"), 0, 15),
             (QT_TRANSLATE_NOOP("RosterPage", "16–59 岁"), 16, 59),
             (QT_TRANSLATE_NOOP("RosterPage", "60 岁以上"), 60, None),
             (QT_TRANSLATE_NOOP("RosterPage", "80 岁以上"), 80, None))
KIND_LABELS = {"resident": QT_TRANSLATE_NOOP("RosterPage", "居民"), "household": QT_TRANSLATE_NOOP("RosterPage", "户"),
               "team": QT_TRANSLATE_NOOP("RosterPage", "网格队伍"), "place": QT_TRANSLATE_NOOP("RosterPage", "场所")}


class RosterPage(QWidget):
    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        self.session = session
        self.roster = self.ctx.get(RosterService)
        self.search_service = self.ctx.get(SearchService)
        self.key_groups = self.ctx.get(KeyGroupsService)
        self.imports = self.ctx.get(ImportService)
        self.exports = self.ctx.get(ExportService)
        self.grids: list[GridNode] = []
        role = session.account.role

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_header(self.tr("网格与人口"), self.tr(
            "身份证号和电话默认遮蔽显示；查看完整号码需写明理由，并记入审计日志。")))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：姓名或其中的字、拼音或首字母（zs）、身份证或电话尾号、地址…"))
        self.search.setClearButtonEnabled(True)
        # The hits float over the page under the search box, as a drop-down does: in the layout
        # they pushed the buttons down under the mouse as they came and went.
        self.results = QListWidget(self)
        self.results.setObjectName("SearchResults")
        self.results.setFrameShape(QListWidget.Shape.Box)
        self.results.hide()
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._open_hit)
        self.results.itemClicked.connect(self._open_hit)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        layout.addWidget(self.search)

        bar = QHBoxLayout()
        self.key_group = QComboBox()
        self.key_group.addItem(self.tr("全部人员"), "")
        for group in self.key_groups.groups():
            self.key_group.addItem(key_group_label(group), group.value)
        self.age = QComboBox()
        for label, lo, hi in AGE_BANDS:
            self.age.addItem(self.tr(label), (lo, hi))
        self.away = QCheckBox(self.tr("只看外出人员"))
        for w in (self.key_group, self.age):
            w.currentIndexChanged.connect(self.reload)
        self.away.toggled.connect(self.reload)
        self.count = QLabel()
        self.count.setObjectName("PageHint")
        self.add_button = QPushButton(self.tr("新增居民"))
        self.add_button.setObjectName("Primary")
        self.add_household_button = QPushButton(self.tr("新增户"))
        self.edit_button = QPushButton(self.tr("编辑"))
        self.unmask_button = QPushButton(self.tr("查看完整号码…"))
        self.tags_button = QPushButton(self.tr("重点人群…"))
        self.hints_button = QPushButton(self.tr("重点人群提醒…"))
        self.tags_button.clicked.connect(self.edit_tags)
        self.hints_button.clicked.connect(self.open_suggestions)
        self.import_button = QPushButton(self.tr("导入台账…"))
        self.export_button = QPushButton(self.tr("导出台账…"))
        self.add_button.clicked.connect(lambda: self.edit_resident(None))
        self.add_household_button.clicked.connect(self.add_household)
        self.edit_button.clicked.connect(lambda: self.edit_resident(self.current_id()))
        self.unmask_button.clicked.connect(self.unmask_current)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.open_export)
        actions = flow_row(self.add_button, self.add_household_button, self.edit_button, self.tags_button,
                           self.hints_button, self.unmask_button, self.import_button, self.export_button)
        for w in (self.key_group, self.age, self.away, self.count):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addWidget(actions)
        layout.addLayout(bar)
        editable = can(role, Permission.EDIT_ROSTER)
        self.add_button.setVisible(editable)
        self.add_household_button.setVisible(editable)
        self.edit_button.setVisible(editable)
        self.import_button.setVisible(editable)
        self.tags_button.setVisible(editable)
        self.hints_button.setVisible(editable)
        self.unmask_button.setVisible(can(role, Permission.UNMASK))
        self.export_button.setVisible(can(role, Permission.EXPORT))

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("网格"), self.tr("户"), self.tr("人")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setMinimumWidth(300)
        self.tree.currentItemChanged.connect(lambda *_: self.reload())
        self.model = ResidentModel(self.roster, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(ResidentModel.GRID, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)  # one-line cells: no text layout pass per cell on every paint
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 90), (1, 44), (2, 48), (3, 170), (4, 110), (5, 140), (6, 110), (7, 80)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())
        self.table.doubleClicked.connect(lambda _i: self.edit_resident(self.current_id()))
        self.detail = ResidentDetail()
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([300, 720, 300])
        layout.addWidget(split, 1)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_grid()
        self.grids = self.roster.tree()
        self.tree.blockSignals(True)
        self.tree.clear()
        village = QTreeWidgetItem([self.session.centre.village_name,
                                   str(sum(g.households for g in self.grids if g.parent_code is None)),
                                   str(sum(g.residents for g in self.grids if g.parent_code is None))])
        village.setData(0, Qt.ItemDataRole.UserRole, "")
        self.tree.addTopLevelItem(village)
        items = {}
        for g in self.grids:
            parent = items.get(g.parent_code, village)
            item = QTreeWidgetItem(parent, [g.name, str(g.households), str(g.residents)])
            item.setData(0, Qt.ItemDataRole.UserRole, g.code)
            item.setToolTip(0, f"{g.code}\n{g.villager_groups}\n{g.boundary}".strip())
            items[g.code] = item
        self.tree.expandAll()
        self.tree.setCurrentItem(items.get(selected, village))
        self.tree.blockSignals(False)
        self.search_service.forget_grid_names()
        self.reload()

    def selected_grid(self) -> str:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else ""

    def select_grid(self, code: str) -> None:
        found = self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        for item in found:
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                self.tree.setCurrentItem(item)
                return

    def current_filter(self) -> ResidentFilter:
        lo, hi = self.age.currentData() or (None, None)
        return ResidentFilter(grid_code=self.selected_grid(), key_group=self.key_group.currentData() or "",
                              min_age=lo, max_age=hi, away=True if self.away.isChecked() else None)

    def reload(self) -> None:
        try:
            self.model.load(self.current_filter())
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("无法显示"), explain(exc))
            return
        self.count.setText(self.tr("共 {0} 人").format(f"{self.model.rowCount():,}"))
        self.detail.show_empty()

    # -- the current person ------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        item = self.model.data(index, ObjectRole) if index.isValid() else None
        return item.id if item else None

    def show_current(self, unmasked=None) -> None:
        rid = self.current_id()
        if rid is None:
            self.detail.show_empty()
            return
        try:
            person = unmasked or self.roster.resident(rid)
            household = self.roster.household(person.household_number) if person.household_number else None
            self.detail.show_resident(person, household, self.key_groups.tags(rid), self.roster.moves(rid))
        except GridDeskError as exc:
            self.detail.setPlainText(explain(exc))

    def select_resident(self, resident_id: int) -> bool:
        row = self.model.row_of(resident_id)
        if row < 0:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.key_group.setCurrentIndex(0)
            self.age.setCurrentIndex(0)
            self.away.setChecked(False)
            row = self.model.row_of(resident_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def unmask_current(self) -> None:
        rid = self.current_id()
        if rid is None:
            return
        dialog = ReasonDialog(self.tr("查看完整号码"), self.tr(
            "完整的身份证号和电话属于敏感个人信息。请写明查看理由，本次查看会记入审计日志。"), self)
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        try:
            self.show_current(unmasked=self.roster.unmask(rid, dialog.value()))
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("无法查看"), explain(exc))

    # -- editing -----------------------------------------------------------------------------
    def edit_resident(self, resident_id: int | None) -> None:
        resident = self.roster.resident(resident_id) if resident_id is not None else None
        saved: list[int] = []

        def save(value) -> None:
            saved.extend(self.roster.save_resident(value).ids)

        dialog = ResidentDialog(self.grids, save, resident, self.selected_grid(), self,
                                households=self.roster.households, next_number=self.roster.next_household_number)
        dialog.exec()
        if saved:  # 保存并新增同户成员 saves before the dialog closes, even if it is then cancelled
            self.refresh()
            self.select_resident(int(saved[-1]))

    def add_household(self) -> None:
        from ..dialogs.household_dialog import HouseholdDialog

        saved: list[int] = []

        def save(number, head) -> None:
            saved.extend(self.roster.add_household(number, head).ids)
            if dialog.in_group.isChecked():  # the head represents the household in the grid's WeChat group
                from ...domain.households import check_household_number
                from ...services.wechat_groups import Joined, WechatGroupsService

                wechat = self.ctx.get(WechatGroupsService)
                self.ctx.publish(wechat.record([Joined(check_household_number(number), head.name, wechat.today())]), self)

        dialog = HouseholdDialog(self.grids, save, self.roster.next_household_number(),
                                 self.selected_grid(), self)
        if dialog.exec() == HouseholdDialog.DialogCode.Accepted and saved:
            self.refresh()
            self.select_resident(int(saved[0]))

    def edit_tags(self) -> None:
        from ..dialogs.key_group_dialog import KeyGroupDialog

        rid = self.current_id()
        if rid is None:
            QMessageBox.information(self, self.tr("重点人群"), self.tr("请先在表格中选中一个人。"))
            return
        dialog = KeyGroupDialog(self.key_groups, rid, self.roster.resident(rid).name, self)
        dialog.exec()
        if dialog.changed:
            self.show_current()

    def open_suggestions(self) -> None:
        from ..dialogs.suggestions_dialog import SuggestionsDialog

        dialog = SuggestionsDialog(self.key_groups, self)
        if dialog.exec() == SuggestionsDialog.DialogCode.Accepted and dialog.applied:
            self.reload()

    # -- search ------------------------------------------------------------------------------
    def run_search(self) -> None:
        text = self.search.text()
        try:
            hits = self.search_service.search(text)
        except GridDeskError as exc:
            self.results.clear()
            self.results.addItem(explain(exc))
            self.results.show()
            return
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}    {hit.detail}    "
                                   f"[{self.tr(KIND_LABELS[hit.kind])} · {hit.grid_name or '—'}]")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if not hits and text.strip():
            self.results.addItem(self.tr("没有找到“{0}”。").format(text.strip()))
        self._place_results()
        self.results.setVisible(bool(text.strip()))
        self.results.raise_()

    def _place_results(self) -> None:
        """Just under the search box, as wide as it, as tall as the hits (at most about eight)."""
        below = self.search.mapTo(self, QPoint(0, self.search.height()))
        rows = max(1, self.results.count())
        height = min(8, rows) * max(self.results.sizeHintForRow(0), 20) + 2 * self.results.frameWidth() + 2
        self.results.setGeometry(QRect(below, QSize(self.search.width(), height)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.results.isVisible():
            self._place_results()

    def eventFilter(self, watched, event) -> bool:
        # Esc in the search box folds the hits away, as it closes any drop-down.
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and self.results.isVisible()):
            self.results.hide()
            return True
        return super().eventFilter(watched, event)

    def _open_hit(self, item: QListWidgetItem) -> None:
        hit: SearchHit | None = item.data(Qt.ItemDataRole.UserRole)
        if hit is None:
            return
        self.results.hide()  # picked: the drop-down folds, the person or grid is shown
        if hit.kind == "resident":
            self.select_resident(hit.id)
        elif hit.grid_code:
            self.select_grid(hit.grid_code)

    # -- Excel -------------------------------------------------------------------------------
    def open_import(self) -> None:
        from ..dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.imports, self, self.ctx.runner)
        dialog.exec()
        if dialog.committed:
            self.refresh()

    def open_export(self) -> None:
        from ..dialogs.export_dialog import ExportDialog

        ExportDialog(self.exports, self.current_filter(), can(self.session.account.role, Permission.UNMASK),
                     self, self.ctx.runner, self.key_groups.groups()).exec()
