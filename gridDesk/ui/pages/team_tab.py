"""The grid team tab: who serves which grid, with photos for the announcement signs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.roster import TeamRecord
from ...domain.rules import Permission
from ...services.roster import RosterService
from ...services.staffing import StaffingService
from ...services.team import TeamService
from ..dialogs.team_dialog import TeamDialog
from .. import file_dialogs
from ..messages import explain
from ..photos import PhotoError, portrait_from_file
from ..widgets.forms import ErrorLabel
from ..widgets.member_rewards import MemberRewards
from ..staffing_words import missing_label, preference_words
from ..words import team_role_label


class TeamTab(QWidget):
    def __init__(self, roster: RosterService, team: TeamService, editable: bool) -> None:
        super().__init__()
        self.roster = roster
        self.service = team
        self.records: list[TeamRecord] = []
        self.staffing = StaffingService(team.session)  # issue 19: departures, preference facts, completeness
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([self.tr("照片"), self.tr("姓名"), self.tr("岗位"), self.tr("负责网格"),
                                              self.tr("手机号码"), self.tr("身份证号"), self.tr("任职日期"),
                                              self.tr("政治面貌"), self.tr("优先条件")])
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
        self.leave_button.setVisible(team.session.may(Permission.STAFFING))  # 离任 is the centre's record
        bar.addStretch(1)
        self.only_incomplete = QCheckBox(self.tr("只看队伍不齐的网格"))
        self.only_incomplete.toggled.connect(lambda _on: self.refresh())
        bar.addWidget(self.only_incomplete)
        layout = QVBoxLayout(self)
        self.lacking = QLabel()  # the grids without a 网格长 or members, said above the list
        self.lacking.setObjectName("ErrorLabel")
        self.lacking.setWordWrap(True)
        self.lacking.hide()
        layout.addLayout(bar)
        layout.addWidget(self.lacking)
        layout.addWidget(self.table, 1)
        self.rewards = MemberRewards(team.session)  # issue 18: the member's commendations and warnings
        self.table.itemSelectionChanged.connect(lambda: self.rewards.show_member(r.id if (r := self.selected()) else None))
        layout.addWidget(self.rewards)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        from ...services.training import TrainingService

        self.records = self.service.members()
        names = {g.code: g.name for g in self.roster.tree()}
        lacking = self.staffing.incomplete()
        if self.only_incomplete.isChecked():
            self.records = [r for r in self.records if set(r.grid_codes) & set(lacking)]
        self.lacking.setText(self.tr("队伍不齐：{0}").format("；".join(
            self.tr("{0}缺{1}").format(names.get(c, c), "、".join(missing_label(m) for m in lacks))
            for c, lacks in sorted(lacking.items()))))
        self.lacking.setVisible(bool(lacking))
        preferences = self.staffing.preferences()
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
                                        m.appointed_on.isoformat(), r.political_status,
                                        preference_words(r.political_status, preferences.get(r.id))), start=1):
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
        dialog = TeamDialog(self.roster.tree(), lambda m, pol, edu, ok, preferences=None: self.service.save(
            m, pol, edu, ok, member_id, preferences=preferences), record, self, staffing=self.staffing,
            preferences=self.staffing.preferences().get(member_id) if member_id else None)
        self.dialog = dialog  # tests drive it
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
        """离任 with the date and why; the post becomes a vacancy (the 队伍配备 tab lists it)."""
        from ..dialogs.departure_dialog import DepartureDialog

        record = self.selected()
        if record is None:
            self.error.say(self.tr("请先选中一名成员。"))
            return
        self.dialog = DepartureDialog(record, self.staffing.record_departure, self.staffing.today(), self)
        if self.dialog.exec() == DepartureDialog.DialogCode.Accepted:
            self.error.say("")
            self.refresh()
