"""A case's or visit's attachments: look at a photo inside the app, or save a copy out (audited)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from ...domain.accounts import Permission, can
from ...domain.attachments import Attachment
from ...domain.errors import GridDeskError
from ...services.attachments import AttachmentsService
from .. import file_dialogs
from ..messages import explain
from .attachment_picker import size_text


class AttachmentList(QWidget):
    def __init__(self, service: AttachmentsService, step_label: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.step_label = step_label
        self.items: list[Attachment] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.itemDoubleClicked.connect(lambda _item: self.view_selected())
        bar = QHBoxLayout()
        self.view_button = QPushButton(self.tr("查看照片"))
        self.view_button.clicked.connect(self.view_selected)
        self.save_button = QPushButton(self.tr("另存为…"))
        self.save_button.clicked.connect(self.save_selected)
        self.save_button.setVisible(can(service.session.account.role, Permission.EXPORT))
        bar.addWidget(self.view_button)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        layout.addLayout(bar)

    def show_for(self, owner: str, owner_id: int) -> None:
        self.items = self.service.listed(owner, owner_id)
        self.list.clear()
        self.caption.setText(self.tr("照片和文件（{0}）").format(len(self.items)))
        for a in self.items:
            step = self.step_label(a.step) if a.step else ""
            kind = self.tr("[照片]") if a.kind == "photo" else self.tr("[文件]")
            item = QListWidgetItem(f"{kind} {a.name}  {size_text(a.size)}"
                                   f"  {step}  {a.added_at:%m-%d %H:%M} {a.added_by}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(item)
        self.setVisible(bool(self.items))

    def _selected(self) -> Attachment | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def view_selected(self) -> None:
        from ..dialogs.photo_dialog import PhotoDialog

        chosen = self._selected()
        if chosen is None:
            return
        if chosen.kind != "photo":
            QMessageBox.information(self, self.tr("文件"), self.tr("文件请用“另存为…”保存出来，再用相应的软件打开。"))
            return
        try:
            attachment, data = self.service.open(chosen.id)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("打不开"), explain(exc))
            return
        PhotoDialog(attachment.name, data, self).exec()

    def save_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        path = file_dialogs.save_file(self, file_dialogs.ATTACHMENTS, self.tr("另存附件"), chosen.name)
        if path is not None:
            self.save_to(chosen, str(path))

    def save_to(self, chosen: Attachment, path: str) -> bool:
        try:
            self.service.save_to(chosen.id, path)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("没有保存"), explain(exc))
            return False
        return True
