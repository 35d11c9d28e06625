"""Every printout is looked at first: pages rendered from memory with pypdfium2, zoom, page
through; then printed through the system's print dialog or saved as a PDF. Both are audited."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout

from .. import file_dialogs
from ..messages import explain
from ..ops import Runner
from ..saved_notice import tell_saved

Recorded = Callable[[str], None]  # "printed on <printer>" / "saved to <file>": goes to the audit log
_FORMATS = {"RGB": QImage.Format.Format_RGB888, "RGBA": QImage.Format.Format_RGBA8888,
            "RGBX": QImage.Format.Format_RGBX8888, "L": QImage.Format.Format_Grayscale8}


# PDFium is not thread-safe: every call into it, from the UI thread or a render worker, holds this.
PDFIUM = threading.Lock()


def render_page(document: pdfium.PdfDocument, index: int, scale: float) -> QImage:
    with PDFIUM:
        bitmap = document[index].render(scale=scale, rev_byteorder=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, _FORMATS[bitmap.mode])
        return image.copy()  # the bitmap's memory goes when it does


class PrintPreview(QDialog):
    def __init__(self, title: str, pdf: bytes, default_name: str, recorded: Recorded, parent=None,
                 warning: str = "") -> None:
        """`warning`: said in a band above the page, never printed (a grid sign's team not complete)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印预览：{0}").format(title))
        self.pdf = pdf
        self.default_name = default_name
        self.recorded = recorded
        with PDFIUM:
            self.document = pdfium.PdfDocument(pdf)
            self.widths = [self.document[i].get_width() for i in range(len(self.document))]
        self.finished.connect(lambda _code: self._close_document())
        # Pages are rendered off the UI thread (a sign at A3 takes a moment); the newest request
        # wins, older renders that arrive late are dropped.
        self.runner = Runner()
        self.wanted = 0
        self.closed = False
        self.showing: tuple[int, float] | None = None  # (page, zoom) on screen
        self.index = 0
        self.zoom = 1.0
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.previous = QPushButton(self.tr("‹ 上一页"))
        self.previous.clicked.connect(lambda: self.go(self.index - 1))
        self.page_label = QLabel()
        self.next = QPushButton(self.tr("下一页 ›"))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        smaller = QPushButton(self.tr("缩小"))
        smaller.clicked.connect(lambda: self.set_zoom(self.zoom / 1.25))
        larger = QPushButton(self.tr("放大"))
        larger.clicked.connect(lambda: self.set_zoom(self.zoom * 1.25))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("Primary")
        self.print_button.clicked.connect(self.print_)
        save = QPushButton(self.tr("另存为 PDF…"))
        save.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        for w in (self.previous, self.page_label, self.next, smaller, larger):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(save)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)
        self.warning = QLabel(warning)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fde7e4; border: 1px solid #e7a49c; border-radius: 6px; "
                                   "padding: 8px 12px; color: #8c1d13; font-weight: bold;")
        self.warning.setVisible(bool(warning))
        layout.addWidget(self.warning)
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.page)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("background: #8a93a3;")
        layout.addWidget(scroll, 1)
        self.resize(1000, 760)
        self.show_page()

    @property
    def pages(self) -> int:
        return len(self.widths)

    def _close_document(self) -> None:
        with PDFIUM:  # after any render in flight
            self.closed = True
            self.document.close()

    def go(self, index: int) -> None:
        self.index = max(0, min(self.pages - 1, index))
        self.show_page()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.25, min(4.0, zoom))
        self.show_page()

    def show_page(self) -> None:
        fit = max(0.2, (self.width() - 80) / self.widths[self.index])  # zoom 1.0: the page as wide as the window
        self.wanted += 1
        wanted, index, zoom, document = self.wanted, self.index, self.zoom, self.document

        def shown(image: QImage) -> None:
            if wanted == self.wanted and image is not None:
                self.page.setPixmap(QPixmap.fromImage(image))  # pixmaps only on the UI thread
                self.showing = (index, zoom)

        def failed(exc: BaseException) -> None:
            if not self.closed:
                self.page.setText(explain(exc))

        self.runner.run(self, lambda _job: None if self.closed else render_page(document, index, fit * zoom),
                        self.tr("显示预览"), progress=False, quiet=True, on_done=shown, on_failed=failed)
        self.page_label.setText(self.tr("第 {0} 页 共 {1} 页").format(self.index + 1, self.pages))
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < self.pages - 1)

    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page rendered at the printer's resolution (at most 300 dpi) and fitted to the paper."""
        dpi = min(printer.resolution(), 300)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("没有打印"), self.tr("打印机没有准备好。请检查打印机是否开机、连接，再试一次。"))
            return
        try:
            for i in range(self.pages):
                if i:
                    printer.newPage()
                image = render_page(self.document, i, dpi / 72)
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(QRect(area.x(), area.y(), size.width(), size.height()))
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
        finally:
            painter.end()
        self.recorded(f"printed {self.pages} pages on {printer.printerName() or printer.outputFileName() or 'printer'}")

    def save(self) -> None:
        path = file_dialogs.save_file(self, file_dialogs.PDF, self.tr("另存为 PDF"), self.default_name, "PDF (*.pdf)")
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        partial = path.with_name(path.name + ".partial")
        try:
            partial.write_bytes(self.pdf)
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("没有保存"), self.tr(
                "没能保存到 {0}（{1}）。请换一个文件夹，或检查 U 盘是否已满、是否还插着。").format(path, exc.strerror or exc))
            return False
        self.recorded(f"saved to {path.name}")
        tell_saved(self, self.tr("已保存"), self.tr("已保存为 PDF：\n{0}").format(path), path.parent)
        return True
