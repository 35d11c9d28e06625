"""培训场次: the sessions of a year, one session's attendance and materials, and the entry actions."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from ...domain.accounts import Permission, can
from ...domain.training import Presence, SessionView
from ...services.attachments import AttachmentsService
from ...services.team import TeamService
from ...services.training import TrainingService
from ...services.imports import ImportService, LedgerKind
from ..dialogs.attendance_dialog import AttendanceDialog
from ..dialogs.sign_in_dialog import SignInDialog
from ..dialogs.training_dialog import TrainingDialog
from ..training_words import level_label, presence_label
from ..widgets.attachment_list import AttachmentList


def year_choice(this_year: int, all_years: str = "") -> QComboBox:
    """This year and the five before it; with `all_years` as the label of a first 'every year' entry."""
    box = QComboBox()
    if all_years:
        box.addItem(all_years, 0)
    for y in range(this_year, this_year - 6, -1):
        box.addItem(str(y), y)
    box.setCurrentIndex(1 if all_years else 0)
    return box


class SessionsTab(QWidget):
    def __init__(self, service: TrainingService, team: TeamService) -> None:
        super().__init__()
        self.service = service
        self.team = team
        self.views: list[SessionView] = []
        editable = can(service.session.account.role, Permission.EDIT_ROSTER)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = year_choice(service.now().year, self.tr("全部年份"))
        self.year.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.year)
        bar.addStretch(1)
        self.buttons = {}
        for key, text in (("new", self.tr("新增培训…")), ("edit", self.tr("修改…")),
                          ("attendance", self.tr("登记出勤…")), ("sign_in", self.tr("导入签到表…"))):
            button = QPushButton(text)
            button.setVisible(editable)
            bar.addWidget(button)
            self.buttons[key] = button
        self.buttons["new"].setObjectName("Primary")
        self.buttons["new"].clicked.connect(self.new_session)
        self.buttons["edit"].clicked.connect(self.edit_session)
        self.buttons["attendance"].clicked.connect(self.take_attendance)
        self.buttons["sign_in"].clicked.connect(self.import_sign_in)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("级别"), self.tr("培训主题"), self.tr("组织单位"),
                                              self.tr("学时"), self.tr("考核"), self.tr("参加"), self.tr("请假"),
                                              self.tr("材料")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.show_current)
        self.detail = QTextBrowser()
        self.materials = AttachmentList(AttachmentsService(service.session), lambda _s: "")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.materials)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([720, 420])
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        selected = self.current_id()
        self.views = self.service.sessions(self.year.currentData() or None)
        self.table.setRowCount(len(self.views))
        for r, v in enumerate(self.views):
            t = v.session
            values = (f"{t.starts_at:%Y-%m-%d}", level_label(t.level), t.topic + (self.tr("（岗前）") if t.onboarding else ""),
                      t.organiser, f"{t.hours:g}", self.tr("有") if t.assessed else "", str(v.present),
                      str(v.excused or ""), str(v.materials or ""))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        if selected is not None:
            self.select(selected)
        self.show_current()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.views[rows[0].row()].session.id if rows and rows[0].row() < len(self.views) else None

    def select(self, session_id: int) -> None:
        for r, v in enumerate(self.views):
            if v.session.id == session_id:
                self.table.selectRow(r)

    def show_current(self) -> None:
        session_id = self.current_id()
        for key in ("edit", "attendance", "sign_in"):
            self.buttons[key].setEnabled(session_id is not None)
        if session_id is None:
            hint = self.tr("选一次培训，查看参训人员和材料。")
            self.detail.setHtml(f"<p style='color:#5b6b82'>{escape(hint)}</p>")
            self.materials.hide()
            return
        t = self.service.get(session_id)
        names = {m.id: m.member.name for m in self.team.members(include_left=True)}
        rows = [(self.tr("级别"), level_label(t.level)), (self.tr("组织单位"), t.organiser),
                (self.tr("时间"), f"{t.starts_at:%Y-%m-%d %H:%M}"), (self.tr("学时"), f"{t.hours:g}"),
                (self.tr("地点"), t.place), (self.tr("授课人"), t.trainer), (self.tr("备注"), t.notes)]
        html = [f"<h3>{escape(t.topic)}</h3><table>"]
        html += [f"<tr><td style='color:#5b6b82;padding-right:8px'>{escape(k)}</td><td>{escape(v or '—')}</td></tr>"
                 for k, v in rows]
        attended = self.tr("参训人员")
        html.append(f"</table><h4>{escape(attended)}</h4><ol>")
        for a in self.service.attendance(session_id):
            extra = []
            if a.score is not None:
                extra.append(self.tr("成绩 {0}").format(f"{a.score:g}"))
            if a.passed is not None:
                extra.append(self.tr("合格") if a.passed else self.tr("不合格"))
            if a.presence is not Presence.PRESENT and a.reason:
                extra.append(a.reason)
            html.append(f"<li>{escape(names.get(a.member_id, '?'))}　{escape(presence_label(a.presence))}"
                        f"　{escape('，'.join(extra))}</li>")
        html.append("</ol>")
        self.detail.setHtml("".join(html))
        self.materials.show_for("training", session_id)

    def new_session(self) -> None:
        created: list[int] = []
        dialog = TrainingDialog(lambda t, files: created.extend(self.service.save_session(t, files).ids), parent=self)
        if dialog.exec() == TrainingDialog.DialogCode.Accepted and created:
            self.refresh()
            self.select(int(created[0]))

    def edit_session(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        dialog = TrainingDialog(lambda t, files: self.service.save_session(t, files), self.service.get(session_id),
                                self)
        if dialog.exec() == TrainingDialog.DialogCode.Accepted:
            self.refresh()

    def take_attendance(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        current = self.service.attendance(session_id)
        team = [m for m in self.team.members(include_left=True)
                if m.left_on is None or any(a.member_id == m.id for a in current)]
        dialog = AttendanceDialog(self.service.get(session_id), team, current,
                                  lambda rows: self.service.set_attendance(session_id, rows),
                                  self.service.certificate_states(), self)
        if dialog.exec() == AttendanceDialog.DialogCode.Accepted:
            self.refresh()

    def import_sign_in(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        importer = ImportService(self.service.session).importer(LedgerKind.SIGN_IN, session_id)
        dialog = SignInDialog(lambda path: importer.preview(Path(path)), importer.commit, self)
        if dialog.exec() == SignInDialog.DialogCode.Accepted:
            self.refresh()
