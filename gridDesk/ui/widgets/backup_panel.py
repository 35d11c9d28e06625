"""设置 → 备份与恢复: back up now (to this PC or a stick), the backups there, how many are kept,
the full check of the database, and restoring (the director)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.accounts import Permission, can
from ...domain.backups import KEEP_MAX, KEEP_MIN, REASONS, BackupInfo, Medium, MediumKind
from ...services.backups import BackupService
from ...services.session import UserSession
from .. import file_dialogs
from ..messages import explain
from ..bundle import SessionBundle

_REASON_WORDS = {"manual": QT_TRANSLATE_NOOP("BackupPanel", "手动备份"),
                 "before-restore": QT_TRANSLATE_NOOP("BackupPanel", "恢复前自动备份"),
                 "before-migration": QT_TRANSLATE_NOOP("BackupPanel", "升级前自动备份")}
assert set(_REASON_WORDS) == set(REASONS)


def reason_label(code: str) -> str:
    return QCoreApplication.translate("BackupPanel", _REASON_WORDS.get(code, code))


_MEDIUM_WORDS = {MediumKind.THIS_PC: QT_TRANSLATE_NOOP("BackupPanel", "本机"),
                 MediumKind.REMOVABLE: QT_TRANSLATE_NOOP("BackupPanel", "U 盘"),
                 MediumKind.OTHER_DISK: QT_TRANSLATE_NOOP("BackupPanel", "另一块磁盘")}


def medium_label(medium: Medium) -> str:
    """"U 盘 E:\\", "另一块磁盘 /media/zhang/HDD", "本机": what a person reads as where it went."""
    word = QCoreApplication.translate("BackupPanel", _MEDIUM_WORDS[medium.kind])
    return word if medium.kind is MediumKind.THIS_PC else f"{word} {medium.place}"


def last_backup_line(days: int, medium: Medium | None) -> str:
    """The dashboard's and the panel's one line about the centre's last backup."""
    where = medium_label(medium) if medium is not None else ""
    return QCoreApplication.translate("BackupPanel", "上次备份：{0} 天前，{1}").format(days, where)


class BackupPanel(QWidget):
    def __init__(self, session: "UserSession | SessionBundle", on_restore: Callable[[Path], None]) -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        self.session = session
        self.service = self.ctx.get(BackupService)
        self.on_restore = on_restore
        self.task = None
        self.shown: list[BackupInfo] = []
        role = session.account.role
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        where = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        choose = QPushButton(self.tr("换位置（U 盘或文件夹）…"))
        choose.clicked.connect(self.choose_folder)
        where.addWidget(QLabel(self.tr("备份位置：")))
        where.addWidget(self.folder_label, 1)
        where.addWidget(choose)
        layout.addLayout(where)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.setObjectName("Primary")
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_button.setEnabled(can(role, Permission.BACKUP))
        self.check_button = QPushButton(self.tr("检查数据库（逐页）"))
        self.check_button.clicked.connect(self.check_now)
        self.restore_button = QPushButton(self.tr("从备份恢复…"))
        self.restore_button.clicked.connect(self.restore_chosen)
        self.restore_button.setVisible(can(role, Permission.MANAGE_BACKUPS))
        self.keep = QSpinBox()
        self.keep.setRange(KEEP_MIN, KEEP_MAX)
        self.keep.setSuffix(self.tr(" 份"))
        self.keep.setPrefix(self.tr("保留最近 "))
        self.keep.setEnabled(can(role, Permission.MANAGE_BACKUPS))
        self.keep.editingFinished.connect(self.save_keep)
        for w in (self.backup_button, self.check_button, self.restore_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.keep)
        layout.addLayout(buttons)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("类型"), self.tr("位置"), self.tr("软件版本"),
                                              self.tr("居民"), self.tr("事件"), self.tr("大小")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Each column as wide as its text (equal shares cut the time and left the counts half empty);
        # the last one takes what is left over.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table)
        hint = QLabel(self.tr("备份是加密的，只有本中心的账号密码或恢复密钥才能打开。建议每周备份一次到 U 盘，"
                              "U 盘和恢复密钥分开保管。只有备份到 U 盘或另一块磁盘才算数：恢复前、升级前软件自动"
                              "留在本机的副本不算。"))
        hint.setObjectName("PageHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.folder: Path = self.service.default_folder()

    def refresh(self) -> None:
        state = self.service.state()
        self.state = state
        self.folder = state.folder
        self._show_folder()
        self.keep.blockSignals(True)
        self.keep.setValue(state.keep)
        self.keep.blockSignals(False)
        if state.days is not None:
            text = self.tr("上次备份：{0}（{1} 天前），{2}").format(
                state.last_at.replace("T", " "), state.days, medium_label(state.last_medium))
        elif state.on_pc_at:
            text = self.tr("只在这台电脑上备份过（{0}）。电脑坏了、被盗或中了病毒，这样的备份会和数据一起丢失："
                           "请备份到 U 盘或移动硬盘。").format(state.on_pc_at.replace("T", " "))
        else:
            text = self.tr("还没有备份过。请插上 U 盘或移动硬盘，现在备份一次。")
        self.status.setText(text)
        self.status.setObjectName("ErrorLabel" if state.overdue else "OkLabel")
        self.status.setStyleSheet("")  # re-apply the object name's style
        self.load_list()

    def _show_folder(self) -> None:
        medium = self.service.medium(self.folder)
        if medium.off_pc:
            self.folder_label.setText(self.tr("{0}（{1}）").format(self.folder, medium_label(medium)))
        else:
            self.folder_label.setText(self.tr("{0}（这台电脑上：电脑坏了备份也会丢，请换到 U 盘）").format(self.folder))

    def load_list(self) -> None:
        self.shown = self.service.backups(self.folder)
        upgrades = self.service.upgrade_copies()
        rows = [(info.created.replace("T", " "), reason_label(info.reason),
                 medium_label(self.service.medium(info.folder)), info.app_version,
                 str(info.counts.get("residents", 0)), str(info.counts.get("cases", 0)),
                 f"{info.db_bytes / 2 ** 20:.1f} MB") for info in self.shown]
        # Below the backups: the single-file copies taken before an upgrade (no counts are
        # recorded in them; a technician restores one by hand if an upgrade ever goes wrong).
        rows += [(copy.created.replace("T", " "), reason_label("before-migration"),
                  medium_label(self.service.medium(copy.path)), "", "", "",
                  f"{copy.db_bytes / 2 ** 20:.1f} MB") for copy in upgrades]
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def choose_folder(self) -> bool:
        """The place is kept at once (it outlives restarts and restores); True when one was chosen."""
        chosen = file_dialogs.folder(self, file_dialogs.BACKUP, self.tr("选择备份位置（U 盘或文件夹）"), self.folder)
        if chosen is None:
            return False
        try:
            self.service.set_folder(Path(chosen))
        except Exception as exc:  # noqa: BLE001 - said in words
            QMessageBox.warning(self, self.tr("无法保存"), explain(exc))
            return False
        self.refresh()
        return True

    def save_keep(self) -> None:
        try:
            self.service.set_keep(self.keep.value())
        except Exception as exc:  # noqa: BLE001 - said in words
            QMessageBox.warning(self, self.tr("无法保存"), explain(exc))

    def _run(self, label: str, work, done) -> None:
        self.backup_button.setEnabled(False)

        def finish(result) -> None:
            self.task = None
            self.backup_button.setEnabled(can(self.session.account.role, Permission.BACKUP))
            done(result)

        def failed(exc) -> None:
            self.task = None
            self.backup_button.setEnabled(can(self.session.account.role, Permission.BACKUP))
            QMessageBox.warning(self, self.tr("没有完成"), explain(exc))
            self.refresh()

        def step(count: int, total: int) -> None:
            if count >= total and self.task is not None:
                self.task.say(self.tr("正在校验刚写好的备份…"))

        self.task = self.ctx.runner.run(self, work, label, on_done=finish, on_failed=failed, on_progress=step)

    def backup_now(self) -> None:
        if not self.service.state().chosen and not self._ask_place():
            return
        target = self.folder

        def done(info: BackupInfo) -> None:
            self.refresh()
            QMessageBox.information(self, self.tr("备份完成"), self.tr(
                "已备份并校验通过：\n{0}\n居民 {1} 人，事件 {2} 件。").format(
                info.folder, info.counts.get("residents", 0), info.counts.get("cases", 0)))

        self._run(self.tr("备份"), lambda report: self.service.backup(target, report), done)

    def _ask_place(self) -> bool:
        """The first backup: a stick or another disk, and why; False when the person cancelled."""
        from ..dialogs.backup_place_dialog import STICK, BackupPlaceDialog

        dialog = BackupPlaceDialog(self)
        if not dialog.exec():
            return False
        if dialog.choice == STICK:
            return self.choose_folder()
        return True  # this PC, knowingly: the reminder stays up until a copy leaves the PC

    def check_now(self) -> None:
        def done(problems: list[str]) -> None:
            if problems:
                QMessageBox.critical(self, self.tr("数据库有损坏"), self.tr(
                    "检查发现数据库有损坏，已进入只读模式。请从最近的备份恢复。\n\n{0}").format("\n".join(problems[:5])))
            else:
                QMessageBox.information(self, self.tr("检查完成"), self.tr("数据库完好：每一页都通过了校验，结构完整。"))

        self._run(self.tr("逐页检查数据库"), lambda _report: self.service.full_check(), done)

    def restore_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() >= len(self.shown):
            QMessageBox.information(self, self.tr("不能从这里恢复"), self.tr(
                "升级前的自动副本只留作升级出错时由技术人员找回，不能在这里恢复。请选择一份备份。"))
            return
        if rows:
            self.on_restore(self.shown[rows[0].row()].folder)
            return
        chosen = file_dialogs.folder(self, file_dialogs.BACKUP, self.tr("选择要恢复的备份文件夹"), self.folder)
        if chosen is not None:
            self.on_restore(chosen)
