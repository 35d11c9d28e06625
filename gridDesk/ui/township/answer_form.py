"""The township's answer to one escalation: kind (指导意见 / 退回 / 已办结 / 上报县级), words and
attachments, handed to answer_escalation. A refusal is said under the form and nothing typed is
lost; only an answer that was kept clears the form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QListWidget, QPlainTextEdit, QPushButton,
                               QWidget)

from ...services.township_reply import answer_escalation
from .. import file_dialogs
from ..messages import explain
from ..widgets.forms import ErrorLabel
from .common import form_frame
from .context import TownshipContext
from .words import kind_words


class AnswerForm(QWidget):
    answered = Signal(object)  # the Answered the service returned

    def __init__(self, context: TownshipContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.target: tuple[str, str, int] | None = None  # (village, case number, ordinal)
        self.kind = QComboBox()
        for key, word in kind_words():
            self.kind.addItem(word, key)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("答复内容（最多 1500 字），会原样出现在村里这件事的办理经过中"))
        self.text.setMinimumHeight(70)
        self.text.setMaximumHeight(120)  # the facts above are what is read; the answer is a few lines
        self.files = QListWidget()
        self.files.setMaximumHeight(64)
        add = QPushButton(self.tr("添加附件…"))
        add.clicked.connect(self._add_files)
        remove = QPushButton(self.tr("移除所选附件"))
        remove.clicked.connect(lambda: [self.files.takeItem(self.files.row(i)) for i in self.files.selectedItems()])
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        self.error = ErrorLabel(self)
        self.submit_button = QPushButton(self.tr("保存答复"))
        self.submit_button.setObjectName("Primary")
        self.submit_button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("答复类型"), self.kind)
        form.addRow(self.tr("答复内容"), self.text)
        form.addRow(self.tr("附件"), self.files)
        form.addRow("", file_buttons)
        form_frame(self, form, self.error, self.submit_button)

    def set_target(self, target: tuple[str, str, int] | None) -> None:
        if target != self.target:
            self.error.say("")
        self.target = target
        self.submit_button.setEnabled(target is not None)

    def add_file(self, path: Path) -> None:
        self.files.addItem(str(path))

    def _add_files(self) -> None:
        for path in file_dialogs.open_files(self, "township_answer", self.tr("选择附件"),
                                            self.tr("图片和文件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)")):
            self.add_file(path)

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def submit(self) -> None:
        if self.target is None:
            return
        village, number, ordinal = self.target
        kind, text, photos = self.kind.currentData(), self.text.toPlainText(), self.paths()
        self.error.say("")
        self.submit_button.setEnabled(False)
        self.context.runner.run(
            self, lambda job: answer_escalation(self.context.session, village, number, ordinal, kind, text, photos),
            self.tr("保存答复"), on_done=self._done, on_failed=self._failed)

    def _done(self, answered) -> None:
        self.text.clear()
        self.files.clear()
        self.submit_button.setEnabled(self.target is not None)
        self.answered.emit(answered)

    def _failed(self, exc: BaseException) -> None:
        self.error.say(explain(exc))  # what was typed stays where it was
        self.submit_button.setEnabled(self.target is not None)
