"""Picking photos and documents to go with a step or a visit: each file checked as it is added."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...domain.attachments import NewAttachment
from ...domain.errors import GridDeskError
from ...services.attachments import load_attachment
from .. import file_dialogs
from ..messages import explain


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


class AttachmentPicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files: list[NewAttachment] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setFixedHeight(64)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加照片或文件…"))
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("移除"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def choose(self) -> None:
        chosen = file_dialogs.open_files(
            self, file_dialogs.PHOTOS, self.tr("选择照片或文件"),
            self.tr("照片和文件 (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.pdf *.doc *.docx *.xls *.xlsx *.wps *.et "
                    "*.ofd *.txt *.rtf);;所有文件 (*)"))
        self.add_paths([str(p) for p in chosen])

    def add_paths(self, paths: list[str]) -> list[str]:
        """Adds the good files; the others are named with the reason, all in one message."""
        problems = []
        for path in paths:
            try:
                self.files.append(load_attachment(path))
            except GridDeskError as exc:
                problems.append(explain(exc))
                continue
            self.list.addItem(f"{self.files[-1].name}（{size_text(len(self.files[-1].data))}）")
        if problems:
            QMessageBox.warning(self, self.tr("有文件没有添加"), "\n".join(problems))
        return problems

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.files[row]
