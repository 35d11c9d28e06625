"""档案上报: the next batch onto a USB stick (progress, cancel), the export history with the
township's receipts and handover forms, and checking a stick or package as the township will."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QTextBrowser, QVBoxLayout, QWidget)

from ...archive.verify import report_text
from ...domain.accounts import Permission, can
from ...domain.archive import ExportProfile
from ...domain.errors import GridDeskError
from ...services.archive_export import ArchiveService
from ...services.archive_handover import short_code
from ...domain.changes import Kind
from ...services.session import Changes, UserSession
from .. import file_dialogs, i18n
from ..archive_words import could_not_check, verdict
from ..messages import explain
from ..reply_import import ReplyImporter
from ..stick_places import volumes
from .header import page_header
from ..bundle import SessionBundle


class ArchivePage(QWidget):
    # Kinds of change this page shows: redrawn on screen when another page makes one.
    SHOWS = frozenset({Kind.ARCHIVE, Kind.CASES})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        self.session = session
        self.service = self.ctx.get(ArchiveService)
        self.task = None
        self.verified: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_header(self.tr("档案上报"), self.tr(
            "把自上一批以来结案或更正的案件、花名册快照、培训和走访记录、民情日志、巡查记录和会议纪要，打成电子档案包，写进 U 盘交乡镇。"
            "写完后程序会把 U 盘上的包再检查一遍；写的时候拔出 U 盘也不会留下能交出去的坏包。")))
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("PageHint")
        self.fingerprint.setWordWrap(True)  # long English sentences wrap instead of widening the page
        layout.addWidget(self.fingerprint)
        self.recovered = QLabel()
        self.recovered.setWordWrap(True)
        self.recovered.hide()
        layout.addWidget(self.recovered)

        export = QGroupBox(self.tr("导出下一批"))
        export_layout = QVBoxLayout(export)
        self.pending = QLabel()
        self.pending.setWordWrap(True)
        export_layout.addWidget(self.pending)
        row = QHBoxLayout()
        self.drive = QComboBox()
        self.drive.setMinimumWidth(360)
        self.drive.setPlaceholderText(self.tr("请插入 U 盘后点“刷新”，或选择一个文件夹"))
        refresh_drives = QPushButton(self.tr("刷新"))
        refresh_drives.clicked.connect(self.load_drives)
        folder = QPushButton(self.tr("选择文件夹…"))
        folder.clicked.connect(self.choose_folder)
        for w in (QLabel(self.tr("写到：")), self.drive, refresh_drives, folder):
            row.addWidget(w)
        row.addStretch(1)
        export_layout.addLayout(row)
        options = QHBoxLayout()
        self.full_numbers = QCheckBox(self.tr("身份证号和电话不遮蔽"))
        self.sensitive = QCheckBox(self.tr("包含敏感重点人群"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("勾选上面任一项时，写明原因（记入审计日志和包内说明）"))
        for w in (self.full_numbers, self.sensitive, self.reason):
            options.addWidget(w)
        export_layout.addLayout(options)
        self.export_button = QPushButton(self.tr("导出并写入"))
        self.export_button.setObjectName("Primary")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(can(session.account.role, Permission.EXPORT))
        export_layout.addWidget(self.export_button)
        layout.addWidget(export)

        history = QGroupBox(self.tr("导出记录"))
        history_layout = QVBoxLayout(history)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("批次"), self.tr("时间"), self.tr("经办"), self.tr("内容"),
                                              self.tr("校验码"), self.tr("乡镇回执")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        history_layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        handover = QPushButton(self.tr("移交登记表…"))
        handover.clicked.connect(self.preview_handover)
        receipt = QPushButton(self.tr("导入乡镇回执…"))
        receipt.clicked.connect(self.import_receipt)
        check = QPushButton(self.tr("检查 U 盘或档案包…"))
        check.clicked.connect(self.choose_and_verify)
        self.replies = ReplyImporter(self, self.ctx)  # issue 21: the township's signed reply package
        self.reply_button = QPushButton(self.tr("导入乡镇回复包…"))
        self.reply_button.clicked.connect(self.replies.choose)
        self.reply_button.setVisible(can(session.account.role, Permission.EXPORT))
        for w in (handover, receipt, self.reply_button, check):
            bar.addWidget(w)
        bar.addStretch(1)
        history_layout.addLayout(bar)
        # The township's signing key: a receipt counts only when it signed it (registered once).
        township = QHBoxLayout()
        self.township = QLabel()
        self.township.setObjectName("PageHint")
        self.township.setWordWrap(True)  # the fingerprint's sentence wraps rather than widen the page
        self.township_fingerprint = QLineEdit()
        self.township_fingerprint.setPlaceholderText(self.tr("乡镇给的签名公钥指纹（32 位十六进制）"))
        self.township_fingerprint.setMinimumWidth(300)
        self.township_button = QPushButton(self.tr("登记乡镇公钥"))
        self.township_button.clicked.connect(self.register_township)
        may_register = can(session.account.role, Permission.SETTINGS) and can(session.account.role, Permission.EXPORT)
        self.township_fingerprint.setVisible(may_register)
        self.township_button.setVisible(may_register)
        receipt.setVisible(can(session.account.role, Permission.EXPORT))
        for w in (self.township, self.township_fingerprint, self.township_button):
            township.addWidget(w)
        township.addStretch(1)
        history_layout.addLayout(township)
        self.township_error = QLabel()
        self.township_error.setObjectName("ErrorLabel")
        self.township_error.hide()
        history_layout.addWidget(self.township_error)
        # The check's answer in plain words; the verifier's own report behind 详细信息.
        result = QHBoxLayout()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.details_button = QPushButton(self.tr("详细信息"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.show_details)
        self.details_button.hide()
        result.addWidget(self.verdict, 1)
        result.addWidget(self.details_button)
        history_layout.addLayout(result)
        self.report = QTextBrowser()
        self.report.hide()
        history_layout.addWidget(self.report, 1)
        layout.addWidget(history, 1)
        self.load_drives()

    def refresh(self) -> None:
        self.fingerprint.setText(self.tr("本中心的签名指纹：{0}（乡镇第一次接收时登记，以后凭它认出本中心的 U 盘）")
                                 .format(self.service.fingerprint()))
        if can(self.session.account.role, Permission.EXPORT) and self.task is None:  # not while one runs
            try:  # an export cut short after the stick's rename, its stick plugged in again
                recovered = self.service.recover_interrupted()
            except GridDeskError as exc:
                recovered = None
                self.show_recovered(explain(exc))
            if recovered is not None:
                self.show_recovered(self.recovered_words(recovered.name))
        township = self.service.township_fingerprint()
        self.township.setText(self.tr("乡镇签名公钥指纹：{0}").format(township) if township
                              else self.tr("乡镇签名公钥：未登记（登记后才能导入回执）"))
        pending = self.service.pending()
        corrections = sum(1 for _c, _v, archival in pending if archival > 1)
        self.pending.setText(self.tr("下一批将包含：结案案件 {0} 件（其中更正 {1} 件），以及花名册快照、培训记录、走访记录、民情日志、巡查记录和定稿的会议纪要。")
                             .format(len(pending), corrections))
        batches = self.service.history()
        self.batches = batches
        self.table.setRowCount(len(batches))
        for r, b in enumerate(batches):
            received = f"{b.received_at:%Y-%m-%d}" if b.received_at else self.tr("未回执")
            for c, value in enumerate((b.name, f"{b.created_at:%Y-%m-%d %H:%M}", b.account, b.summary,
                                       short_code(b.digest_sm3), received)):
                item = QTableWidgetItem(value)
                if c == 4:
                    item.setToolTip(b.digest_sm3)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(4)  # the short 校验码, whole

    def load_drives(self) -> None:
        """The sticks plugged in now, the last place written to first (remembered across restarts):
        never the system disk, and nothing chosen when there is no stick and no last place."""
        self.drive.clear()
        last = file_dialogs.last_folder(file_dialogs.STICK)
        for label, root, fs in volumes():
            self.drive.addItem(label, (root, fs))
        if last is not None:
            index = next((i for i in range(self.drive.count()) if Path(self.drive.itemData(i)[0]) == last), -1)
            if index < 0:
                self.drive.insertItem(0, self.tr("上次的位置：{0}").format(last), (str(last), ""))
                index = 0
            self.drive.setCurrentIndex(index)
        else:
            self.drive.setCurrentIndex(0 if self.drive.count() else -1)

    def choose_folder(self) -> None:
        chosen = file_dialogs.folder(self, file_dialogs.STICK, self.tr("选择 U 盘或文件夹"))
        if chosen is not None:
            self.drive.insertItem(0, str(chosen), (str(chosen), ""))
            self.drive.setCurrentIndex(0)

    def export(self) -> None:
        target = self.drive.currentData()
        if not target:
            QMessageBox.information(self, self.tr("请选择位置"), self.tr("请插入 U 盘后点“刷新”，或选择一个文件夹。"))
            return
        self.export_to(Path(target[0]), target[1])

    def export_to(self, root: Path, fs_type: str = "") -> None:
        profile = ExportProfile(self.full_numbers.isChecked(), self.sensitive.isChecked(), self.reason.text())

        def work(job):
            return self.service.export(root, profile, fs_type=fs_type, progress=job, cancelled=job.cancelled)

        def step(done: int, total: int) -> None:
            if self.task is not None:
                self.task.say(self.tr("正在写入 U 盘：{0} / {1} MB").format(done // 2 ** 20, total // 2 ** 20))

        def done(result) -> None:
            self.task = None
            prepared, _report = result
            # The next export defaults here, and the stick check opens here.
            file_dialogs.remember(file_dialogs.STICK, root)
            file_dialogs.remember(file_dialogs.CHECK, root)
            self.ctx.publish(Changes(Kind.ARCHIVE, (prepared.name,)), self)
            self.refresh()
            if prepared.recovered:
                QMessageBox.information(self, self.tr("已补记"), self.recovered_words(prepared.name))
                return
            QMessageBox.information(self, self.tr("已导出"), self.tr(
                "{0} 已写入并校验通过，U 盘上的档案包完好。\n{1}\n请打印移交登记表，与 U 盘一起交乡镇。\n校验码：{2}").format(
                prepared.name, prepared.summary, short_code(prepared.digest_sm3)))

        def failed(exc: BaseException) -> None:
            self.task = None
            self.refresh()
            QMessageBox.warning(self, self.tr("没有导出"), explain(exc))

        self.task = self.ctx.runner.run(self, work, self.tr("导出档案"), cancellable=True, on_done=done,
                                        on_failed=failed, on_progress=step)

    def recovered_words(self, name: str) -> str:
        return self.tr("上次导出 {0} 时，包已写进 U 盘，程序却在记录之前中断了。U 盘上的包已校验通过，"
                       "现已补记到导出记录和审计日志，不必重新导出它。").format(name)

    def show_recovered(self, text: str) -> None:
        self.recovered.setText(text)
        self.recovered.show()

    def register_township(self) -> None:
        try:
            registered = self.service.register_township(self.township_fingerprint.text())
        except GridDeskError as exc:
            self.township_error.setText(explain(exc))
            self.township_error.show()
            return
        self.township_error.hide()
        self.township_fingerprint.clear()
        self.refresh()
        QMessageBox.information(self, self.tr("已登记"), self.tr(
            "已登记乡镇签名公钥指纹：{0}\n以后只承认这个密钥签名的回执。").format(registered))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else (self.batches[0] if self.batches else None)

    def preview_handover(self) -> None:
        from ...services.printouts import PrintService
        from ..dialogs.print_preview import PrintPreview

        batch = self.selected()
        if batch is None:
            return
        buffer = BytesIO()
        try:
            self.service.handover_form(batch.name, buffer)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("不能打印"), explain(exc))
            return
        PrintPreview(self.tr("移交登记表 {0}").format(batch.name), buffer.getvalue(), f"移交登记表-{batch.name}.pdf",
                     lambda how: self.ctx.get(PrintService).record(f"archive {batch.name}", f"移交登记表 {how}"),
                     self).exec()

    def import_receipt(self) -> None:
        chosen = file_dialogs.open_file(self, file_dialogs.RECEIPT, self.tr("选择乡镇的检测报告"),
                                        self.tr("检测报告 (*.xml)"))
        if chosen is None:
            return
        try:
            batches = self.service.import_receipt(chosen)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("没有导入"), explain(exc))
            return
        self.refresh()
        QMessageBox.information(self, self.tr("回执"), self.tr("{0} 已标记为乡镇已接收。").format(
            "、".join(b.name for b in batches)))

    def choose_and_verify(self) -> None:
        # Where the export just went (else the last stick checked, else the last place written to).
        chosen = file_dialogs.folder(self, file_dialogs.CHECK, self.tr("选择 U 盘或档案包文件夹"),
                                     file_dialogs.last_folder(file_dialogs.STICK))
        if chosen is not None:
            self.verify(chosen)

    def verify(self, path: Path):
        """Check a stick or package as the township will: every file re-hashed, off the UI thread
        (a full stick is hundreds of MB). `self.verified` is True/False once it is done."""
        self.verified = None
        self.say_verdict(None, self.tr("正在检查 {0}…").format(path))
        self.report.clear()

        def done(result) -> None:
            reports, _chinese = result
            self.report.setPlainText(report_text(reports, i18n.current()))  # in the window's language
            passed, words = verdict(reports)
            self.say_verdict(passed, words)
            self.verified = passed

        def failed(exc: BaseException) -> None:
            reason = explain(exc)
            self.report.setPlainText(reason)
            self.say_verdict(False, could_not_check(reason))
            self.verified = False

        return self.ctx.runner.run(self, lambda _job: self.service.verify_folder(path), self.tr("校验档案包"),
                                   on_done=done, on_failed=failed)

    def say_verdict(self, passed: bool | None, words: str) -> None:
        colour = {True: "#1e7d32", False: "#b3261e"}.get(passed, "#333333")  # None: still checking
        self.verdict.setStyleSheet(f"color: {colour}; font-size: 15px; font-weight: bold;")
        self.verdict.setText(words)
        self.verdict.show()
        self.details_button.setVisible(passed is not None)

    def show_details(self, shown: bool) -> None:
        self.report.setVisible(shown)
        self.details_button.setText(self.tr("收起详细信息") if shown else self.tr("详细信息"))

