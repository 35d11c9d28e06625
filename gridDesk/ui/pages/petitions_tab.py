"""信访登记: the register of petitions with its filters (period, state, form, category, text,
overdue only), the overdue in red; registering and correcting a petition (with the likely
repeats offered), its steps (受理, 不予受理, 办理, 答复, 办结), 转为事件 or a link to a case, the
petitioners' full numbers for a stated reason, and the month's printed register."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.petitions import CategoryKind, Petition, PetitionFilter, PetitionForm, PetitionState, PetitionStep
from ...domain.rules import Permission
from ...services.cases import CasesService
from ...services.petitions import PetitionsService
from ...services.search import SearchService
from ...services.session import Changes
from .. import file_dialogs
from ..bundle import SessionBundle
from ..dialogs.petition_dialog import PetitionCaseDialog, PetitionDialog, PetitionStepDialog, form_words
from ..dialogs.reason_dialog import ReasonDialog
from ..messages import explain

RED = QColor("#b3261e")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


_FLOW_BUTTONS = frozenset({"new", "edit", "accept", "refuse", "start", "answer", "close"})


class PetitionsTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.get(PetitionsService)
        self.petitions: list[Petition] = []
        self.may = ctx.session.may(Permission.PETITIONS)
        today = self.service.today()
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.first = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.last = QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.state = QComboBox()
        self.state.addItem(self.tr("全部状态"), None)
        for state, word in self.state_words().items():
            self.state.addItem(word, state.value)  # Qt keeps a str enum as its text
        self.form = QComboBox()
        self.form.addItem(self.tr("全部形式"), None)
        for form, word in form_words().items():
            self.form.addItem(word, form.value)
        self.subject = QComboBox()
        self.subject.addItem(self.tr("全部类别"), None)
        for c in self.service.categories(CategoryKind.SUBJECT):
            self.subject.addItem(c.name, c.id)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("编号、姓名、内容"))
        self.text.returnPressed.connect(self.refresh)
        self.overdue_only = QCheckBox(self.tr("只看超期"))
        for combo in (self.state, self.form, self.subject):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_only.toggled.connect(lambda _b: self.refresh())
        for widget in (QLabel(self.tr("收到日期")), self.first, QLabel("–"), self.last, self.state, self.form,
                       self.subject, self.text, self.overdue_only):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        bar, more = QHBoxLayout(), QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, shown in (
                ("new", self.tr("登记信访…"), self.new_petition, self.may),
                ("edit", self.tr("修改…"), self.edit_petition, self.may),
                ("accept", self.tr("受理…"), lambda: self.step(PetitionStep.ACCEPT), self.may),
                ("refuse", self.tr("不予受理…"), lambda: self.step(PetitionStep.REFUSE), self.may),
                ("start", self.tr("转入办理"), lambda: self.step(PetitionStep.START), self.may),
                ("answer", self.tr("答复…"), lambda: self.step(PetitionStep.ANSWER), self.may),
                ("close", self.tr("办结…"), lambda: self.step(PetitionStep.CLOSE), self.may),
                ("case", self.tr("转为事件…"), self.to_case, self.may),
                ("link", self.tr("关联事件…"), self.link_case, self.may),
                ("unmask", self.tr("查看完整号码…"), self.unmask, self.ctx.session.may(Permission.UNMASK)),
                ("print", self.tr("打印登记台账…"), self.print_register, self.ctx.session.may(Permission.PRINT)),
                ("settings", self.tr("信访设置…"), self.settings, self.ctx.session.may(Permission.EDIT_RULES))):
            button = QPushButton(text)
            button.setVisible(shown)
            button.clicked.connect(slot)
            # Two rows: the flow's steps, then what goes beside it; one row of twelve ran past a
            # 1280-wide window and pushed the whole page sideways.
            (bar if key in _FLOW_BUTTONS else more).addWidget(button)
            self.buttons[key] = button
        self.buttons["new"].setObjectName("Primary")
        bar.addStretch(1)
        more.addStretch(1)
        layout.addLayout(bar)
        layout.addLayout(more)
        headers = [self.tr("编号"), self.tr("收到日期"), self.tr("形式"), self.tr("人数"), self.tr("信访人"),
                   self.tr("问题类别"), self.tr("诉求类别"), self.tr("主要诉求"), self.tr("重复信访"), self.tr("状态"),
                   self.tr("期限"), self.tr("事件")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _i: self.edit_petition())
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("PageHint")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.refresh()

    def state_words(self) -> dict[PetitionState, str]:
        return {PetitionState.REGISTERED: self.tr("登记"), PetitionState.ACCEPTED: self.tr("受理"),
                PetitionState.REFUSED: self.tr("不予受理"), PetitionState.IN_PROGRESS: self.tr("办理中"),
                PetitionState.ANSWERED: self.tr("已答复"), PetitionState.CLOSED: self.tr("办结")}

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.selected()
        try:
            self.petitions = self.service.listed(PetitionFilter(
                _pydate(self.first.date()), _pydate(self.last.date()),
                PetitionState(self.state.currentData()) if self.state.currentData() else None,
                PetitionForm(self.form.currentData()) if self.form.currentData() else None, self.subject.currentData(), self.overdue_only.isChecked(),
                self.text.text().strip()))
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("信访"), explain(exc))
            self.petitions = []
        today = self.service.today()
        forms, states = form_words(), self.state_words()
        self.table.setRowCount(len(self.petitions))
        for row, p in enumerate(self.petitions):
            due = p.due()
            late = p.overdue(today)
            limit = ""
            if due is not None:
                limit = (self.tr("超期 {0} 天").format((today - due).days) if late
                         else self.tr("{0} 前").format(f"{due:%Y-%m-%d}"))
            names = "、".join(x.name for x in p.petitioners)
            values = (p.number, f"{p.received_on:%Y-%m-%d}", forms[p.form], str(p.people), names, p.subject, p.purpose,
                      p.summary[:60], p.repeat_number, states[p.state], limit, p.case_number)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if late:
                    item.setForeground(QBrush(RED))
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        if chosen is not None:
            self.select(chosen.id)
        self._enable()

    def select(self, petition_id: int) -> None:
        for row, p in enumerate(self.petitions):
            if p.id == petition_id:
                self.table.selectRow(row)
                return

    def selected(self) -> Petition | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.petitions[rows[0].row()] if rows and rows[0].row() < len(self.petitions) else None

    def show_overdue(self) -> None:
        self.overdue_only.setChecked(True)

    def _enable(self) -> None:
        p = self.selected()
        state = p.state if p else None
        allowed = {"edit": state not in (None, PetitionState.CLOSED, PetitionState.REFUSED),
                   "accept": state is PetitionState.REGISTERED, "refuse": state is PetitionState.REGISTERED,
                   "start": state is PetitionState.ACCEPTED,
                   "answer": state in (PetitionState.ACCEPTED, PetitionState.IN_PROGRESS),
                   "close": state is PetitionState.ANSWERED,
                   "case": p is not None and p.case_id is None and state is not PetitionState.REFUSED,
                   "link": p is not None and p.case_id is None, "unmask": p is not None}
        for key, on in allowed.items():
            self.buttons[key].setEnabled(on)
        if p is None:
            self.detail.setText("")
            return
        words = [self.tr("被反映人或单位：{0}").format(p.respondent or "—"), self.tr("具体要求：{0}").format(p.request or "—")]
        if p.answer:
            words.append(self.tr("答复意见（{0}）：{1}").format(f"{p.answered_on:%Y-%m-%d}", p.answer))
        if p.refuse_reason:
            words.append(self.tr("不予受理理由：{0}").format(p.refuse_reason))
        people = "；".join(" ".join(v for v in (x.name, x.id_number, x.phone) if v) for x in p.petitioners)
        words.append(self.tr("信访人：{0}").format(people))
        self.detail.setText("\n".join(words))

    # -- acting --------------------------------------------------------------------------------
    def _publish(self, changes) -> None:
        self.ctx.publish(changes, self)
        self.refresh()

    def _dialog(self, current: Petition | None) -> PetitionDialog:
        search = self.ctx.get(SearchService).search
        save = (lambda p: self._publish(self.service.edit(p))) if current else \
            (lambda p: self._saved_new(self.service.register(p)))
        return PetitionDialog(self.service.categories(CategoryKind.PURPOSE), self.service.categories(CategoryKind.SUBJECT),
                              search, self.service.suggest_repeats, save, self.service.today(), current, self)

    def _saved_new(self, changes) -> None:
        self._publish(changes)
        if changes.ids:
            self.select(int(changes.ids[0]))

    def new_petition(self) -> None:
        self._dialog(None).exec()

    def edit_petition(self) -> None:
        p = self.selected()
        if p is None or not self.may:
            return
        self._dialog(p).exec()

    def step(self, step: PetitionStep) -> None:
        p = self.selected()
        if p is None:
            return

        def act(on: date, text: str) -> None:
            self._publish(self.service.step(p.id, p.version, step, on, text))

        if step is PetitionStep.START:
            try:
                act(self.service.today(), "")
            except GridDeskError as exc:
                QMessageBox.warning(self, self.tr("信访"), explain(exc))
            return
        titles = {PetitionStep.ACCEPT: (self.tr("受理"), ""), PetitionStep.REFUSE: (self.tr("不予受理"), self.tr("理由")),
                  PetitionStep.ANSWER: (self.tr("答复"), self.tr("答复意见")), PetitionStep.CLOSE: (self.tr("办结"), "")}
        title, label = titles[step]
        PetitionStepDialog(f"{title} {p.number}", label, act, self.service.today(), parent=self).exec()

    def to_case(self) -> None:
        p = self.selected()
        if p is None:
            return
        categories = [(c.id, c.name) for c in self.ctx.get(CasesService).categories()]

        def make(category_id: int, title: str) -> None:
            case_id = self.service.to_case(p.id, category_id, title)
            self.ctx.publish(Changes("cases", (case_id,)), self)  # the cases page shows the new case
            self._publish(Changes("petitions", (p.id,)))

        PetitionCaseDialog(categories, f"{p.subject}：{p.summary}"[:60], make, self).exec()

    def link_case(self) -> None:
        p = self.selected()
        if p is None:
            return
        number, ok = QInputDialog.getText(self, self.tr("关联事件"), self.tr("事件编号"))
        if not ok or not number.strip():
            return
        try:
            hits = [h for h in self.ctx.get(SearchService).search(number.strip()) if h.kind == "case"]
            if not hits:
                QMessageBox.warning(self, self.tr("关联事件"), self.tr("找不到编号为 {0} 的事件。").format(number.strip()))
                return
            self._publish(self.service.link_case(p.id, p.version, hits[0].id))
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("关联事件"), explain(exc))

    def unmask(self) -> None:
        p = self.selected()
        if p is None:
            return
        dialog = ReasonDialog(self.tr("查看完整号码"), self.tr("查看信访人的完整身份证号和电话会记入审计日志。"), self)
        if not dialog.exec():
            return
        try:
            full = self.service.unmask(p.id, dialog.value())
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("查看完整号码"), explain(exc))
            return
        QMessageBox.information(self, p.number, "\n".join(
            " ".join(v for v in (x.name, x.id_number, x.phone) if v) for x in full.petitioners))

    def settings(self) -> None:
        """The director's 信访设置: time limits and categories (the filter's categories follow)."""
        from ..dialogs.petition_settings_dialog import PetitionSettingsDialog

        self.settings_dialog = PetitionSettingsDialog(self.service, lambda changes: self.ctx.publish(changes, self),
                                                      self)
        self.settings_dialog.exec()
        chosen = self.subject.currentData()
        self.subject.blockSignals(True)
        self.subject.clear()
        self.subject.addItem(self.tr("全部类别"), None)
        for c in self.service.categories(CategoryKind.SUBJECT):
            self.subject.addItem(c.name, c.id)
        self.subject.setCurrentIndex(max(0, self.subject.findData(chosen)))
        self.subject.blockSignals(False)
        self.refresh()

    def print_register(self) -> None:
        month, ok = QInputDialog.getText(self, self.tr("打印信访登记台账"), self.tr("月份（YYYY-MM）"),
                                         text=f"{self.service.today():%Y-%m}")
        if not ok:
            return
        path = file_dialogs.save_file(self, file_dialogs.PDF, self.tr("保存信访登记台账"), f"信访登记台账-{month}.pdf",
                                      "PDF (*.pdf)")
        if path is None:
            return
        try:
            self.service.print_register(month.strip(), path)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("打印信访登记台账"), explain(exc))
            return
