"""The director's list of staff accounts, with add, disable/enable and remove."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.accounts import Account
from ...domain.errors import GridDeskError
from ...services.accounts import AccountsService
from ..dialogs.account_dialog import AccountDialog
from ..messages import explain
from ..words import role_label
from .forms import ErrorLabel


class AccountsPanel(QWidget):
    changed = Signal()

    def __init__(self, service: AccountsService, grid_nodes=None, members=None) -> None:
        super().__init__()
        self.service = service
        self.grid_nodes = grid_nodes
        self.members = members or (lambda: [])  # the team in post, for linking a login to its person
        self.accounts: list[Account] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("登录名"), self.tr("姓名"), self.tr("角色"),
                                              self.tr("状态"), self.tr("网格队伍成员")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(160)
        self.add_button = QPushButton(self.tr("新增账号…"))
        self.toggle_button = QPushButton(self.tr("停用"))
        self.remove_button = QPushButton(self.tr("删除账号…"))
        self.grids_button = QPushButton(self.tr("负责网格…"))
        self.grids_button.clicked.connect(self.pick_grids)
        self.grids_button.setVisible(grid_nodes is not None)
        self.member_button = QPushButton(self.tr("关联队伍成员…"))
        self.member_button.clicked.connect(self.pick_member)
        self.member_button.setVisible(members is not None)
        self.add_button.clicked.connect(self.add)
        self.toggle_button.clicked.connect(self.toggle)
        self.remove_button.clicked.connect(self.remove)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.error = ErrorLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.grids_button)
        buttons.addWidget(self.member_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        self.accounts = self.service.list()
        people = {t.id: t.member.name for t in self.members()}
        self.table.setRowCount(len(self.accounts))
        for row, a in enumerate(self.accounts):
            state = self.tr("已停用") if a.disabled else self.tr("正常")
            person = people.get(a.member_id, "") if a.member_id is not None else ""
            for col, text in enumerate((a.username, a.display_name, role_label(a.role), state, person)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._selection_changed()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        account = self.selected()
        self.toggle_button.setEnabled(account is not None)
        self.remove_button.setEnabled(account is not None)
        self.grids_button.setEnabled(account is not None and account.role.in_grids)
        self.member_button.setEnabled(account is not None)
        if account is not None:
            self.toggle_button.setText(self.tr("恢复") if account.disabled else self.tr("停用"))

    def _run(self, work) -> None:
        try:
            work()
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.error.say("")
        self.refresh()
        self.changed.emit()

    def add(self) -> None:
        dialog = AccountDialog(self, self.members())
        if dialog.exec() == AccountDialog.DialogCode.Accepted:
            username, name, role, password, member_id = dialog.value()
            self._run(lambda: self.service.add(username, name, role, password, member_id))

    def toggle(self) -> None:
        account = self.selected()
        if account is not None:
            self._run(lambda: self.service.set_disabled(account.username, not account.disabled))

    def pick_grids(self) -> None:
        from ..dialogs.grids_pick_dialog import GridsPickDialog

        account = self.selected()
        if account is None or self.grid_nodes is None:
            return
        dialog = GridsPickDialog(self.grid_nodes(), account.grid_codes, account.username, self)
        if dialog.exec() == GridsPickDialog.DialogCode.Accepted:
            codes = dialog.value()
            self._run(lambda: self.service.set_grids(account.username, codes))

    def pick_member(self) -> None:
        from ..dialogs.member_pick_dialog import MemberPickDialog

        account = self.selected()
        if account is None:
            return
        dialog = MemberPickDialog(self.members(), account.member_id, account.username, self)
        if dialog.exec() == MemberPickDialog.DialogCode.Accepted:
            member_id = dialog.value()
            self._run(lambda: self.service.set_member(account.username, member_id))

    def remove(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = QMessageBox.question(self, self.tr("删除账号"), self.tr(
            "删除账号“{0}”后，此人将不能再登录，数据库会换一把新的密钥（需要几秒钟）。"
            "账号的操作记录会保留在审计日志里。确定删除吗？").format(account.username))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.service.remove(account.username))
