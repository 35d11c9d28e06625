"""Saving says so: a PDF saved from the preview, a spreadsheet exported, each confirmed with the
place and a 打开文件夹 button that opens the folder; the preview closes with its own 关闭."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from gridDesk.domain.roster import ResidentFilter
from gridDesk.printing.ledger import Form, FormSection, write_form
from gridDesk.services.roster_export import ExportService
from gridDesk.ui.dialogs.export_dialog import ExportDialog
from gridDesk.ui.dialogs.print_preview import PrintPreview
from tests.ui.file_dialog_driver import answer


class FileManager(QObject):
    """Stands where the system's file manager would: Qt hands it the file: URLs it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


def _file_manager():
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "show")
    return manager


def _button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.buttons() if b.text() == text)


def _pdf(tmp_path: Path) -> bytes:
    out = tmp_path / "form.pdf"
    write_form(Form("测试表", "测试村", "2026-05-01", (FormSection("", (("事项", "内容"),)),)), out)
    return out.read_bytes()


def test_the_preview_confirms_a_saved_pdf_and_opens_its_folder_and_has_a_close_button(qtbot, tmp_path, monkeypatch):
    manager = _file_manager()
    try:
        recorded = []
        preview = PrintPreview("测试表", _pdf(tmp_path), "测试表.pdf", recorded.append)
        qtbot.addWidget(preview)
        preview.show()
        folder = tmp_path / "文件"
        folder.mkdir()
        seen: list[str] = []
        answer(monkeypatch, seen, folder / "测试表.pdf")
        preview.save()
        assert (folder / "测试表.pdf").read_bytes() == preview.pdf
        box = preview.saved_notice
        assert box.isVisible() and str(folder / "测试表.pdf") in box.text()
        preview.grab().save(str(tmp_path / "preview.png"))
        _button(box, "打开文件夹").click()
        assert manager.opened == [folder] and not box.isVisible()
        assert preview.close_button.text() == "关闭" and preview.close_button.isVisible()
        preview.close_button.click()
        assert not preview.isVisible() and preview.result() == PrintPreview.DialogCode.Rejected
        answer(monkeypatch, seen, None)
        again = PrintPreview("测试表", _pdf(tmp_path), "测试表.pdf", recorded.append)
        qtbot.addWidget(again)
        again.save()  # the next PDF is offered in the same folder
        assert Path(seen[-1]) == folder
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_an_excel_export_is_confirmed_with_a_button_to_its_folder(qtbot, session, tmp_path):
    manager = _file_manager()
    try:
        dialog = ExportDialog(ExportService(session), ResidentFilter(), False)
        qtbot.addWidget(dialog)
        dialog.show()
        out = tmp_path / "导出" / "居民.xlsx"
        out.parent.mkdir()
        dialog.start(out)
        qtbot.waitUntil(lambda: getattr(dialog, "saved_notice", None) is not None, timeout=30000)
        box = dialog.saved_notice
        assert out.is_file() and str(out) in box.text() and box.isVisible()
        box.grab().save(str(tmp_path / "exported.png"))
        _button(box, "关闭").click()
        assert manager.opened == [] and not box.isVisible()
        box.open()
        _button(box, "打开文件夹").click()
        assert manager.opened == [out.parent]
    finally:
        QDesktopServices.unsetUrlHandler("file")
