"""Importing a ledger: choose, preview (what will be added, what will change field by field, what
is refused and why), then confirm, and read plainly what was done. Reading and writing run off the
UI thread with a progress bar and a cancel button."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
                               QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ... import logfile
from ...domain.errors import GridDeskError
from ...services.imports import ImportPreview, ImportService, LedgerKind
from ...services.imports.base import ShownRow
from ...services.print_files import save_failed
from .. import file_dialogs
from ..ops import Runner
from ..messages import explain
from ..saved_notice import tell_saved
from ..widgets.forms import ErrorLabel
from ..words import key_group_label

KINDS = ((LedgerKind.RESIDENTS.value, QT_TRANSLATE_NOOP("ImportDialog", "人口信息")),
         (LedgerKind.HOUSEHOLDS.value, QT_TRANSLATE_NOOP("ImportDialog", "户信息")),
         (LedgerKind.TEAM.value, QT_TRANSLATE_NOOP("ImportDialog", "网格队伍")),
         (LedgerKind.KEY_GROUPS.value, QT_TRANSLATE_NOOP("ImportDialog", "重点人群")),
         (LedgerKind.RENTALS.value, QT_TRANSLATE_NOOP("ImportDialog", "出租房")))


def _table(headers: list[str], *stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    for column in stretch:  # the free text (an old and a new value side by side share the room)
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


class ImportDialog(QDialog):
    def __init__(self, service: ImportService, parent=None, runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner or Runner(parent=self)  # the session's, so a lock waits for the import
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.committed = False
        self.task = None
        self.busy = False
        self.setWindowTitle(self.tr("导入 Excel 台账"))
        self.resize(760, 520)

        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        # 重点人群: which group's register, or recognised from the sheet (its title, its columns, or
        # the combined ledger's 人群类别 column); only the groups this role may keep.
        self.group = QComboBox()
        self.group.addItem(self.tr("按表识别"), "")
        for g in service.register_groups():
            self.group.addItem(self.tr("{0}登记表").format(key_group_label(g)), g.value)
        self.group.currentIndexChanged.connect(self._kind_changed)
        self.group_label = QLabel(self.tr("哪一类"))
        self.choose = QPushButton(self.tr("选择文件…"))
        self.choose.clicked.connect(self.pick_file)
        self.file_label = QLabel(self.tr("尚未选择文件（支持 .xlsx、.xls、.ods）"))
        self.file_label.setObjectName("PageHint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("台账类别")))
        top.addWidget(self.kind)
        top.addWidget(self.group_label)
        top.addWidget(self.group)
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)

        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.unknown = QLabel()
        self.unknown.setObjectName("ErrorLabel")
        self.unknown.setWordWrap(True)
        self.unknown.hide()
        self.result = QLabel()  # after the import: what was done, plainly
        self.result.setObjectName("OkLabel")
        self.result.setWordWrap(True)
        self.result.hide()
        # The preview a person checks before confirming: one tab each for added, changed, refused.
        self.added = _table([self.tr("行号"), self.tr("内容")], 1)
        self.changes = _table([self.tr("行号"), self.tr("内容"), self.tr("字段"), self.tr("原来"), self.tr("改为")], 3, 4)
        self.rejects = _table([self.tr("行号"), self.tr("内容"), self.tr("未通过的原因")], 2)
        # Rows that go in as they are but deserve a look (an ID number's county no longer exists).
        self.checks = _table([self.tr("行号"), self.tr("内容"), self.tr("请核对")], 2)
        self.tabs = QTabWidget()
        for table in (self.added, self.changes, self.rejects, self.checks):
            self.tabs.addTab(table, "")
        self.tabs.setTabVisible(3, False)  # shown when a preview has rows to check
        self._name_tabs(False)
        self.error = ErrorLabel(self)

        self.save_rejects = QPushButton(self.tr("保存未通过的行…"))
        self.save_rejects.setEnabled(False)
        self.save_rejects.clicked.connect(self.export_rejects)
        self.confirm = QPushButton(self.tr("确认导入"))
        self.confirm.setObjectName("Primary")
        self.confirm.setEnabled(False)
        self.confirm.clicked.connect(self.commit)
        # Why 确认导入 cannot be pressed yet, or what pressing it will do.
        self.confirm_hint = QLabel()
        self.confirm_hint.setObjectName("PageHint")
        self.confirm_hint.setWordWrap(True)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_rejects)
        buttons.addWidget(self.confirm_hint, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.confirm)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(running)
        layout.addWidget(self.result)
        layout.addWidget(self.summary)
        layout.addWidget(self.unknown)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show_group()
        self._say_confirm()

    def _show_group(self) -> None:
        registers = self.kind.currentData() == LedgerKind.KEY_GROUPS.value
        self.group.setVisible(registers)
        self.group_label.setVisible(registers)

    def _name_tabs(self, done: bool) -> None:
        p = self.preview
        n = (len(p.new), len(p.changed), len(p.rejected), len(p.warnings)) if p is not None else (0, 0, 0, 0)
        words = ((self.tr("已新增（{0}）"), self.tr("已修改（{0}）"), self.tr("未导入（{0}）"), self.tr("需核对（{0}）"))
                 if done else
                 (self.tr("将新增（{0}）"), self.tr("将修改（{0}）"), self.tr("未通过（{0}）"), self.tr("需核对（{0}）")))
        for i, (word, count) in enumerate(zip(words, n)):
            self.tabs.setTabText(i, word.format(count))

    def _say_confirm(self) -> None:
        """The hint beside 确认导入, and the button's state with it."""
        p = self.preview
        if self.path is None:
            hint = self.tr("请先点“选择文件…”选一个台账文件；看过预览后才能确认导入。")
        elif p is None:
            hint = self.tr("正在读取文件，或文件没有读出来。")
        elif self.committed:
            hint = ""
        elif not p.has_work:
            hint = self.tr("文件里没有要新增或修改的行，不需要导入。")
        else:
            hint = self.tr("确认后一次写入：新增 {0} 条，修改 {1} 条；未通过的 {2} 条不会写入。").format(
                len(p.new), len(p.changed), len(p.rejected))
        self.confirm_hint.setText(hint)
        self.confirm.setToolTip(hint)
        self.confirm.setEnabled(not self.busy and p is not None and p.has_work and not self.committed)

    def _kind_changed(self) -> None:
        self._show_group()
        # A preview read as another kind of ledger says nothing about this one: read it again.
        if self.path is not None and not self.busy and not self.committed:
            self.start_preview(self.path)

    def pick_file(self) -> None:
        chosen = file_dialogs.open_file(self, file_dialogs.IMPORT, self.tr("选择台账文件"),
                                        self.tr("Excel 文件 (*.xlsx *.xls *.ods)"))
        if chosen is not None:
            self.start_preview(chosen)

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.choose.setEnabled(not busy)
        self.kind.setEnabled(not busy)
        self.group.setEnabled(not busy)
        self._say_confirm()
        if busy:
            self.progress.setRange(0, 0)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def start_preview(self, path: Path) -> None:
        self.path = path
        self.preview = None
        self.committed = False  # a new file, a new import
        self.result.hide()
        self.file_label.setText(str(path))
        self.error.say("")
        self._busy(True)
        kind = self.kind.currentData()
        group = self.group.currentData() if kind == LedgerKind.KEY_GROUPS.value else None
        importer = self.service.importer(kind, group=group or None)  # the registry's importer for the kind
        self.task = self.runner.run(self, lambda job: importer.preview(path, job, job.cancelled),
                                    self.tr("读取台账"), cancellable=True, progress=False, on_done=self._previewed,
                                    on_failed=self._failed, on_progress=self._progress)

    def _previewed(self, preview: ImportPreview) -> None:
        self.task = None
        self.preview = preview
        self._busy(False)
        self.summary.setText(self.tr("新增 {0} 条，修改 {1} 条，没有变化 {2} 条，未通过 {3} 条。"
                                     "确认后一次写入；未通过的行不会写入，可保存下来改好再导入。").format(
            len(preview.new), len(preview.changed), preview.unchanged, len(preview.rejected)))
        columns = "、".join(preview.unknown_columns)
        self.unknown.setText(self.tr("这些列本软件没有对应的项目，已随每个人一并保存，导出时原样带回：{0}").format(columns)
                             if preview.extras_kept else
                             self.tr("这些列本软件不认识，不会导入：{0}").format(columns))
        self.unknown.setObjectName("PageHint" if preview.extras_kept else "ErrorLabel")  # kept is no error
        self.unknown.style().unpolish(self.unknown)
        self.unknown.style().polish(self.unknown)
        self.unknown.setVisible(bool(preview.unknown_columns))
        self._fill(self.added, [(str(r.line), r.label) for r in preview.shown_new])
        self._fill(self.changes, self._change_rows(preview.shown_changed))
        self._fill(self.rejects, [(str(r.line), r.label, r.reason) for r in preview.rejected])
        self._fill(self.checks, [(str(r.line), r.label, r.reason) for r in preview.warnings])
        self.tabs.setTabVisible(3, bool(preview.warnings))
        self._name_tabs(False)
        # Open on what needs a look first: the refused rows, else the changes, else the new rows.
        self.tabs.setCurrentIndex(2 if preview.rejected else 1 if preview.changed else 0)
        self.save_rejects.setEnabled(bool(preview.rejected))
        self._say_confirm()

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))

    def _value(self, value: object) -> str:
        if value is None or value == "":
            return self.tr("（空）")
        if isinstance(value, bool):
            return self.tr("是") if value else self.tr("否")
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def _change_rows(self, shown: list[ShownRow]) -> list[tuple[str, ...]]:
        """One line per field that changes; the row's number and name on its first field."""
        rows: list[tuple[str, ...]] = []
        for r in shown:
            for i, c in enumerate(r.changes):
                rows.append((str(r.line) if i == 0 else "", r.label if i == 0 else "", c.header,
                             self._value(c.before), self._value(c.after)))
        return rows

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._busy(False)
        self.error.say(explain(exc))

    def commit(self) -> None:
        if self.preview is None:
            return
        self._busy(True)
        preview = self.preview
        importer = self.service.importer_for(preview)  # a group's register goes back to its own importer
        self.task = self.runner.run(self, lambda job: importer.commit(preview, job.cancelled, job),
                                    self.tr("导入台账"), cancellable=True, progress=False, on_done=self._committed,
                                    on_failed=self._failed, on_progress=self._progress)

    def _committed(self, _changes) -> None:
        self.task = None
        self.committed = True
        self._busy(False)
        p = self.preview
        # One transaction: everything the preview listed as new or changed is now in the roster.
        text = self.tr("导入完成：新增 {0} 条，修改 {1} 条，已写入。").format(len(p.new), len(p.changed))
        if p.rejected:
            text += self.tr("未通过的 {0} 条没有导入，原因见“未导入”；可点“保存未通过的行…”改好后再导入。").format(
                len(p.rejected))
        self.result.setText(text)
        self.result.show()
        self.summary.setText(self.tr("文件：{0}").format(p.path.name))
        self._name_tabs(True)

    def export_rejects(self) -> None:
        if self.preview is None:
            return
        chosen = file_dialogs.save_file(self, file_dialogs.EXPORT, self.tr("保存未通过的行"), "未通过的行.xlsx",
                                        "Excel (*.xlsx)")
        if chosen is None:
            return
        name = str(chosen)
        try:
            self.service.importer_for(self.preview).save_rejects(self.preview, Path(name))
        except OSError as exc:  # a full or pulled-out stick, a read-only folder: say so, do not vanish
            logfile.log_failure(exc, "saving rejected rows")
            self.error.say(explain(save_failed(name, exc)))
        except GridDeskError as exc:
            self.error.say(explain(exc))
        else:
            self.error.say(self.tr("未通过的行已保存到 {0}。").format(name))
            tell_saved(self, self.tr("已保存"), self.tr("未通过的行已保存到 {0}。").format(name), chosen.parent)
