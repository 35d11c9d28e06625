"""Settings → 打印: the phones printed on every sign and card, and the Chinese font to embed."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...domain.errors import GridDeskError
from ...services.printouts import PrintService
from ...services.session import UserSession
from .. import file_dialogs
from ..messages import explain
from .forms import ErrorLabel
from ..bundle import SessionBundle


class PrintSettingsPanel(QWidget):
    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        self.service = self.ctx.get(PrintService)
        centre, supervision, font = self.service.print_settings()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.centre_phone = QLineEdit(centre)
        self.centre_phone.setPlaceholderText(self.tr("如：0351-7654321"))
        self.supervision_phone = QLineEdit(supervision)
        self.supervision_phone.setPlaceholderText(self.tr("如：12345"))
        self.font = QLabel(font or self.tr("自动（使用系统的中文字体）"))
        self.font.setWordWrap(True)
        self.font_path = font
        choose = QPushButton(self.tr("选择字体文件…"))
        choose.clicked.connect(self.choose_font)
        automatic = QPushButton(self.tr("自动"))
        automatic.clicked.connect(lambda: self.set_font(""))
        row = QHBoxLayout()
        row.addWidget(self.font, 1)
        row.addWidget(choose)
        row.addWidget(automatic)
        self.save_button = QPushButton(self.tr("保存打印设置"))
        self.save_button.clicked.connect(self.save)
        self.message = ErrorLabel(self)
        form.addRow(self.tr("村综治中心电话"), self.centre_phone)
        form.addRow(self.tr("监督电话"), self.supervision_phone)
        form.addRow(self.tr("打印字体"), row)
        form.addRow("", self.save_button)
        form.addRow("", self.message)

    def choose_font(self) -> None:
        # Windows keeps its fonts here; the first time, that is where the font is found.
        chosen = file_dialogs.open_file(self, file_dialogs.FONTS, self.tr("选择中文字体文件"),
                                        self.tr("TrueType 字体 (*.ttf *.ttc)"), "C:/Windows/Fonts")
        if chosen is not None:
            self.set_font(str(chosen))

    def set_font(self, path: str) -> None:
        self.font_path = path
        self.font.setText(path or self.tr("自动（使用系统的中文字体）"))

    def save(self) -> bool:
        try:
            self.service.set_print_settings(self.centre_phone.text(), self.supervision_phone.text(), self.font_path)
        except GridDeskError as exc:
            self.message.setObjectName("ErrorLabel")
            self.message.say(explain(exc))
            return False
        self.message.say(self.tr("已保存。公示牌和联系卡下次打印时使用。"))
        return True
