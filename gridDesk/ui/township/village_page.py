"""村情: pick a village and see what it sent (its roster counts, cases by category, report figures
by period, training and visits, its batches and the packages quarantined with their reasons); pick
two or more (Ctrl or Shift) and the measures stand side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSplitter,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...services.township_views import COMPARE_LIMIT, VillageView, registered_villages, village_views
from ..messages import explain
from .common import ReadProblem, fit, heading, table
from .context import TownshipContext


class VillagePage(QWidget):
    def __init__(self, context: TownshipContext) -> None:
        super().__init__()
        self.context = context
        self.views: list[VillageView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading(layout, self.tr("村情"), self.tr("选一个村看它报上来的情况；按住 Ctrl 多选几个村（最多 {0} 个）并排比较。")
                .format(COMPARE_LIMIT))
        self.problem = ReadProblem(self)
        layout.addWidget(self.problem)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self.show_selected)
        self.list.setMinimumWidth(180)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        self.error = QLabel()
        self.error.setObjectName("ErrorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        side.addWidget(self.error)
        self.compare = table([])
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare.horizontalHeader().setStretchLastSection(False)  # each village as wide as its name
        side.addWidget(self.compare, 3)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight: bold;")
        side.addWidget(self.detail_title)
        self.tabs = QTabWidget()
        self.figures = table([self.tr("报告期"), self.tr("报表"), self.tr("部分"), self.tr("指标"), self.tr("数值")])
        self.categories = table([self.tr("事件类别"), self.tr("件数")])
        self.batches = table([self.tr("批次"), self.tr("打包日期"), self.tr("导入时间"), self.tr("件数")])
        self.quarantine = table([self.tr("包"), self.tr("月份"), self.tr("时间"), self.tr("原因")])
        self.tabs.addTab(self.figures, self.tr("报表数字"))
        self.tabs.addTab(self.categories, self.tr("事件类别"))
        self.tabs.addTab(self.batches, self.tr("收到的批次"))
        self.tabs.addTab(self.quarantine, self.tr("隔离的包"))
        side.addWidget(self.tabs, 4)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 800])
        split.setChildrenCollapsible(False)
        body = QHBoxLayout()
        body.addWidget(split)
        layout.addLayout(body, 1)
        context.changed.connect(lambda what: self.load() if what == "import" else None)
        self.load()

    def load(self) -> None:
        self.problem.attempt(self._load)

    def _load(self) -> None:
        chosen = set(self.selected_codes())
        self.list.blockSignals(True)
        self.list.clear()
        for code, name in registered_villages(self.context.session):
            item = QListWidgetItem(f"{name}\n{code}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(item)
            item.setSelected(code in chosen)
        self.list.blockSignals(False)
        if not chosen and self.list.count():
            self.list.item(0).setSelected(True)
        else:
            self.show_selected()

    def selected_codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).isSelected()]

    def choose(self, codes: list[str]) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            self.list.item(i).setSelected(self.list.item(i).data(Qt.ItemDataRole.UserRole) in codes)
        self.list.blockSignals(False)
        self.show_selected()

    def show_selected(self) -> None:
        codes = self.selected_codes()
        self.error.hide()
        if not codes:
            return
        try:
            self.views = village_views(self.context.session, codes)
        except Exception as exc:  # noqa: BLE001 - said in words above the tables (too many chosen, a gone village)
            self.error.setText(explain(exc))
            self.error.show()
            return
        self._fill_compare(self.views)
        self._fill_detail(self.views[0])

    def _measures(self) -> list[tuple[str, callable]]:
        return [
            (self.tr("网格"), lambda v: v.grids), (self.tr("居民"), lambda v: v.residents),
            (self.tr("户"), lambda v: v.households), (self.tr("重点人群"), lambda v: v.key_people),
            (self.tr("已办结事件"), lambda v: v.cases), (self.tr("事件更正版本"), lambda v: v.corrections),
            (self.tr("培训场次"), lambda v: v.training_sessions),
            (self.tr("培训出勤（人次）"), lambda v: f"{v.training_present} / {v.training_rows}"),
            (self.tr("走访次数"), lambda v: v.visits), (self.tr("走访户数"), lambda v: v.visit_households),
            (self.tr("走访发现问题 / 当场解决"), lambda v: f"{v.visit_problems} / {v.visit_solved}"),
            (self.tr("收到的批次"), lambda v: len(v.batches)),
            (self.tr("最近一批"), lambda v: v.batches[0][1] if v.batches else self.tr("还没有")),
            (self.tr("隔离的包"), lambda v: len(v.quarantined)), (self.tr("上报件"), lambda v: v.escalations),
        ]

    def _fill_compare(self, views: list[VillageView]) -> None:
        t = self.compare
        measures = self._measures()
        t.clear()
        t.setColumnCount(len(views))
        t.setRowCount(len(measures))
        t.setHorizontalHeaderLabels([v.name for v in views])
        t.setVerticalHeaderLabels([m for m, _f in measures])
        t.verticalHeader().setVisible(True)
        for c, v in enumerate(views):
            for r, (_m, value) in enumerate(measures):
                item = QTableWidgetItem(str(value(v)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                t.setItem(r, c, item)
        fit(t)

    def _fill_detail(self, v: VillageView) -> None:
        self.detail_title.setText(self.tr("{0}（{1}），{2} 登记").format(v.name, v.code, v.registered_at))
        self._rows(self.figures, [(f.period, f.kind, f.section, f.key,
                                   f"{f.value}" + (f" / {f.total}" if f.total is not None else "")) for f in v.figures])
        self._rows(self.categories, [(c or self.tr("（未分类）"), str(n)) for c, n in v.cases_by_category])
        self._rows(self.batches, [(n, d, at[:16].replace("T", " "), str(items)) for n, d, at, items in v.batches])
        self._rows(self.quarantine, [(b, p, at[:16].replace("T", " "), reasons.replace("\n", "；"))
                                     for b, p, at, reasons in v.quarantined])
        self.tabs.setTabText(3, self.tr("隔离的包（{0}）").format(len(v.quarantined)))

    @staticmethod
    def _rows(t, rows: list[tuple[str, ...]]) -> None:
        t.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value if len(value) > 40 else "")
                t.setItem(r, c, item)
        fit(t)
