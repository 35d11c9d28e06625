"""A grid or micro-grid: code (the default scheme, suggested), name, type, groups, boundary."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from ...domain.errors import GridDeskError
from ...domain.outreach import WECHAT_LINK_MAX, check_wechat_link
from ...domain.roster import Grid, GridKind, GridNode
from ..widgets.forms import FormDialog

Save = Callable[..., None]  # (grid, villager groups, boundary, why, document)
SaveLink = Callable[[str], object]  # the grid's WeChat group link (一网格一微信群), saved after the grid


class GridDialog(FormDialog):
    def __init__(self, save: Save, code: str, parent_code: str | None = None, node: GridNode | None = None,
                 parent=None, size_hint: Callable[[str], str] | None = None, link: str = "",
                 save_link: SaveLink | None = None) -> None:
        self.save = save
        self.size_hint = size_hint
        self.save_link = save_link
        self.parent_code = parent_code
        self.code = QLineEdit(node.code if node else code)
        self.code.setReadOnly(node is not None)
        self.name = QLineEdit(node.name if node else "")
        self.kind = QComboBox()
        if parent_code:  # a micro-grid is one kind only; a grid's kinds are not offered to it
            self.kind.addItem(self.tr("微网格（约 100 户）"), GridKind.MICRO.value)
        else:
            self.kind.addItem(self.tr("农村网格（约 300 户）"), GridKind.RURAL.value)
            self.kind.addItem(self.tr("城市网格（约 500 户）"), GridKind.URBAN.value)
        if node is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(node.kind.value)))
        self.groups = QLineEdit(node.villager_groups if node else "")
        self.groups.setPlaceholderText(self.tr("所含村民小组或自然村，例如：东村、西村"))
        self.boundary = QPlainTextEdit(node.boundary if node else "")
        self.boundary.setFixedHeight(70)
        self.size = QLabel()  # the size guidance: a warning beside the form, never a block
        self.size.setWordWrap(True)
        self.link = QLineEdit(link)  # a grid's group only: a micro-grid shares its grid's
        self.link.setPlaceholderText(self.tr("https:// 开头的微信群邀请链接，印在公示牌上成为二维码"))
        self.link.setMaxLength(WECHAT_LINK_MAX + 1)
        # An existing grid renamed or re-bounded: the division's record takes why and on whose word.
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("改名称或边界时填写，记入网格划分记录"))
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("批准文件的文号，没有可不填"))
        title = self.tr("编辑网格") if node else (self.tr("新增微网格") if parent_code else self.tr("新增网格"))
        super().__init__(title, [(self.tr("网格编码"), self.code), (self.tr("名称"), self.name),
                                 (self.tr("类型"), self.kind), (self.tr("村民小组"), self.groups),
                                 (self.tr("四至边界"), self.boundary)]
                         + ([(self.tr("微信群链接"), self.link)] if save_link else []) + [(self.tr("规模"), self.size)]
                         + ([(self.tr("变更原因"), self.why), (self.tr("批准文号"), self.document)] if node else []),
                         parent=parent, fields={"villager_groups": self.groups, "wechat_link": self.link})
        self.why.setVisible(node is not None)
        self.document.setVisible(node is not None)
        self.setMinimumWidth(520)
        self.kind.currentIndexChanged.connect(lambda _i: self.show_size())
        self.show_size()

    def show_size(self) -> None:
        self.size.setText(self.size_hint(self.kind.currentData()) if self.size_hint else "")

    def submit(self) -> None:
        grid = Grid(self.code.text().strip(), self.name.text(), GridKind(self.kind.currentData()),
                    parent_code=self.parent_code)
        try:
            if self.save_link:  # checked first, so a bad link leaves the grid unsaved as well
                check_wechat_link(self.link.text())
            self.save(grid, self.groups.text(), self.boundary.toPlainText(), self.why.text(), self.document.text())
            if self.save_link:
                self.save_link(self.link.text())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
