"""The grid team tab: who serves which grid, with photos for the announcement signs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.roster import TeamRecord
from ...services.roster import RosterService
from ...services.team import TeamService
from ..dialogs.team_dialog import TeamDialog
from .. import file_dialogs
from ..messages import explain
from ..photos import PhotoError, portrait_from_file
from ..widgets.forms import ErrorLabel
from ..widgets.member_rewards import MemberRewards
from ..words import team_role_label


class TeamTab(QWidget):
    def __init__(self, roster: RosterService, team: TeamService, editable: bool) -> None:
        super().__init__()
        self.roster = roster
        self.service = team
        self.records: list[TeamRecord] = []
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([self.tr("照片"), self.tr("姓名"), self.tr("岗位"), self.tr("负责网格"),
                                              self.tr("手机号码"), self.tr("身份证号"), self.tr("任职日期"),
                                              self.tr("政治面貌")])
        self.table.setIconSize(QSize(36, 48))
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("新增成员…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.photo_button = QPushButton(self.tr("设置照片…"))
        self.leave_button = QPushButton(self.tr("离任…"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.photo_button.clicked.connect(self.pick_photo)
        self.leave_button.clicked.connect(self.leave)
        self.error = ErrorLabel(self)
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.photo_button, self.leave_button):
            b.setVisible(editable)
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.rewards = MemberRewards(team.session)  # issue 18: the member's commendations and warnings
        self.table.itemSelectionChanged.connect(lambda: self.rewards.show_member(r.id if (r := self.selected()) else None))
        layout.addWidget(self.rewards)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        from ...services.training import TrainingService

        self.records = self.service.members()
        names = {g.code: g.name for g in self.roster.tree()}
        states = TrainingService(self.service.session).certificate_states()
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            m = r.member
            photo = QTableWidgetItem()
            thumb = self.service.photo(r.id, thumbnail=True) if r.has_photo else None
            if thumb:
                pixmap = QPixmap()
                pixmap.loadFromData(thumb)
                photo.setIcon(QIcon(pixmap))
            else:
                photo.setText(self.tr("无"))
            self.table.setItem(row, 0, photo)
            grids = "、".join(names.get(c, c) for c in r.grid_codes) if m.grid_code else self.tr("全村")
            uncertified = states.get(r.id) in ("none", "expired")
            name = m.name + (self.tr("（未持证）") if uncertified else "")
            for col, text in enumerate((name, team_role_label(m.role), grids, m.phone, m.id_number,
                                        m.appointed_on.isoformat(), r.political_status), start=1):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if uncertified and col == 1:
                    item.setForeground(QBrush(QColor("#b3261e")))
                    item.setToolTip(self.tr("没有通过岗前培训，也没有有效证书：按规定不得作为网格员开展工作。"))
                self.table.setItem(row, col, item)

    def selected(self) -> TeamRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def edit(self, record: TeamRecord | None) -> None:
        if record is None and self.sender() is self.edit_button:
            self.error.say(self.tr("请先选中一名成员。"))
            return
        member_id = record.id if record else None
        dialog = TeamDialog(self.roster.tree(),
                            lambda m, pol, edu, ok: self.service.save(m, pol, edu, ok, member_id), record, self)
        if dialog.exec() == TeamDialog.DialogCode.Accepted:
            self.refresh()

    def pick_photo(self) -> None:
        record = self.selected()
        if record is None:
            self.error.say(self.tr("请先选中一名成员。"))
            return
        chosen = file_dialogs.open_file(self, file_dialogs.PHOTOS, self.tr("选择照片"), self.tr("照片 (*.jpg *.jpeg *.png)"))
        if chosen is not None:
            self.set_photo(record.id, str(chosen))

    def set_photo(self, member_id: int, path: str) -> None:
        try:
            photo, thumb = portrait_from_file(path)
            self.service.set_photo(member_id, photo, thumb)
        except PhotoError as exc:
            self.error.say(str(exc))
            return
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.error.say("")
        self.refresh()

    def leave(self) -> None:
        record = self.selected()
        if record is None:
            self.error.say(self.tr("请先选中一名成员。"))
            return
        answer = QMessageBox.question(self, self.tr("离任"), self.tr("确定“{0}”今天离任吗？离任后不再出现在公示牌上，"
                                                                    "记录保留。").format(record.member.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.service.leave(record.id, date.today())
            self.refresh()
