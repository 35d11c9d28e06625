"""人员: each grid member's 持证 state, training history and certificates."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.accounts import Permission, can
from ...domain.errors import GridDeskError
from ...domain.roster import TeamRecord
from ...domain.training import Certificate
from ...services.team import TeamService
from ...services.training import TrainingService
from ..dialogs.certificate_dialog import CertificateDialog
from ..messages import explain
from ..training_words import CERT_COLOURS, cert_label, level_label, presence_label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class MembersTab(QWidget):
    def __init__(self, service: TrainingService, team: TeamService) -> None:
        super().__init__()
        self.service = service
        self.team = team
        self.members: list[TeamRecord] = []
        self.certs: list[Certificate] = []
        layout = QVBoxLayout(self)
        self.expiring = QLabel()
        self.expiring.setObjectName("ErrorLabel")
        self.expiring.setWordWrap(True)
        layout.addWidget(self.expiring)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _r: self.show_current())
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.history = _table([self.tr("日期"), self.tr("级别"), self.tr("培训主题"), self.tr("出勤"),
                               self.tr("学时"), self.tr("成绩")])
        self.certificates = _table([self.tr("证书编号"), self.tr("发证单位"), self.tr("发证日期"), self.tr("有效期至")])
        self.certificates.setMaximumHeight(150)
        # 已持证 beside an empty list reads as a mistake: say where the 持证 comes from.
        self.cert_note = QLabel()
        self.cert_note.setObjectName("PageHint")
        self.cert_note.setWordWrap(True)
        self.cert_note.hide()
        self.states: dict[int, str] = {}
        editable = can(service.session.account.role, Permission.EDIT_ROSTER)
        self.add_cert = QPushButton(self.tr("登记证书…"))
        self.add_cert.clicked.connect(self.new_certificate)
        self.remove_cert = QPushButton(self.tr("删除所选证书"))
        self.remove_cert.clicked.connect(self.delete_certificate)
        for b in (self.add_cert, self.remove_cert):
            b.setVisible(editable)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(QLabel(self.tr("培训经历")))
        right_layout.addWidget(self.history, 1)
        right_layout.addWidget(QLabel(self.tr("证书")))
        right_layout.addWidget(self.certificates)
        right_layout.addWidget(self.cert_note)
        bar = QHBoxLayout()
        bar.addWidget(self.add_cert)
        bar.addWidget(self.remove_cert)
        bar.addStretch(1)
        right_layout.addLayout(bar)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([260, 880])
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        row = max(0, self.list.currentRow())
        self.members = self.team.members()
        states = self.states = self.service.certificate_states()
        soon = self.service.expiring_certificates()
        self.expiring.setText(self.tr("60 天内到期的证书：{0}。请安排复训或换证。").format(self.tr("；").join(
            f"{name} {c.number}（{c.expires_on:%Y-%m-%d}）" for name, c in soon)))
        self.expiring.setVisible(bool(soon))
        self.list.clear()
        for m in self.members:
            state = states.get(m.id, "none")
            item = QListWidgetItem(f"{m.member.name}　{cert_label(state)}")
            item.setForeground(QBrush(QColor(CERT_COLOURS[state])))
            self.list.addItem(item)
        if self.members:
            self.list.setCurrentRow(min(row, len(self.members) - 1))
        self.show_current()

    def current(self) -> TeamRecord | None:
        row = self.list.currentRow()
        return self.members[row] if 0 <= row < len(self.members) else None

    def show_current(self) -> None:
        m = self.current()
        self.add_cert.setEnabled(m is not None)
        if m is None:
            self.title.setText("")
            self.cert_note.hide()
            self.history.setRowCount(0)
            self.certificates.setRowCount(0)
            return
        self.title.setText(m.member.name)
        history = self.service.history(m.id)
        self.history.setRowCount(len(history))
        for r, (t, a) in enumerate(history):
            values = (f"{t.starts_at:%Y-%m-%d}", level_label(t.level), t.topic, presence_label(a.presence),
                      f"{(a.hours if a.hours is not None else t.hours):g}", "" if a.score is None else f"{a.score:g}")
            for c, v in enumerate(values):
                self.history.setItem(r, c, QTableWidgetItem(v))
        self.certs = self.service.certificates(m.id)
        self.certificates.setRowCount(len(self.certs))
        for r, cert in enumerate(self.certs):
            values = (cert.number, cert.issuer, f"{cert.issued_on:%Y-%m-%d}",
                      f"{cert.expires_on:%Y-%m-%d}" if cert.expires_on else self.tr("长期有效"))
            for c, v in enumerate(values):
                self.certificates.setItem(r, c, QTableWidgetItem(v))
        self.remove_cert.setEnabled(bool(self.certs))
        # With no certificate on file, only a passed onboarding training makes a member 持证.
        by_training = not self.certs and self.states.get(m.id) in ("valid", "expiring")
        self.cert_note.setText(self.tr("没有登记证书：{0}参加岗前培训并合格，视同持证上岗。").format(m.member.name)
                               if by_training else "")
        self.cert_note.setVisible(by_training)

    def new_certificate(self) -> None:
        m = self.current()
        if m is None:
            return
        dialog = CertificateDialog(m.id, m.member.name, self.service.save_certificate, self)
        if dialog.exec() == CertificateDialog.DialogCode.Accepted:
            self.refresh()

    def delete_certificate(self) -> None:
        rows = self.certificates.selectionModel().selectedRows()
        if not rows:
            return
        cert = self.certs[rows[0].row()]
        answer = QMessageBox.question(self, self.tr("删除证书"), self.tr("删除证书 {0}？").format(cert.number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_certificate(cert.id)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("没有删除"), explain(exc))
        self.refresh()
