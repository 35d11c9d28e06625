"""A volunteer, 微格员, 信息员 or 五老 on the register: who, which kind, which grid, what they do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit

from ...domain.errors import GridDeskError
from ...domain.outreach import Volunteer, VolunteerKind, VolunteerRecord
from ...domain.roster import GridNode
from ..widgets.forms import FormDialog

Save = Callable[[Volunteer], object]
Search = Callable[[str], list]  # SearchService.search: the roster's residents by name


def kind_words() -> dict[VolunteerKind, str]:
    from PySide6.QtCore import QCoreApplication

    return {VolunteerKind.VOLUNTEER: QCoreApplication.translate("VolunteerKind", "志愿者"),
            VolunteerKind.MICRO: QCoreApplication.translate("VolunteerKind", "微格员"),
            VolunteerKind.INFORMANT: QCoreApplication.translate("VolunteerKind", "信息员"),
            VolunteerKind.ELDER: QCoreApplication.translate("VolunteerKind", "五老")}


class VolunteerDialog(FormDialog):
    def __init__(self, grids: list[GridNode], save: Save, record: VolunteerRecord | None = None, parent=None,
                 search: Search | None = None) -> None:
        self.save = save
        self.search = search
        v = record.volunteer if record else None
        self.resident_id = v.resident_id if v else None
        self.name = QLineEdit(v.name if v else "")
        self.name.setPlaceholderText(self.tr("不在花名册上的直接写名字"))
        # 从花名册选: a resident found by name; their grid and phone come with them
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("输入姓名或拼音，在花名册中查找"))
        self.hits = QListWidget()
        self.hits.setMaximumHeight(90)
        self.hits.hide()
        self.find.textChanged.connect(self._find)
        self.hits.itemClicked.connect(self._pick)
        self.kind = QComboBox()
        for k, word in kind_words().items():
            self.kind.addItem(word, k.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(v.kind.value if v else "")))
        self.grid = QComboBox()
        for node in grids:
            self.grid.addItem(("    " if node.parent_code else "") + f"{node.name}（{node.code}）", node.code)
        self.grid.setCurrentIndex(max(0, self.grid.findData(v.grid_code if v else "")))
        self.duties = QPlainTextEdit(v.duties if v else "")
        self.duties.setFixedHeight(60)
        self.phone = QLineEdit(v.phone if v else "")
        self.since = QDateEdit(QDate(v.since) if v and v.since else QDate.currentDate())
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.active = QCheckBox(self.tr("在册（取消勾选表示已不再参与）"))
        self.active.setChecked(v.active if v else True)
        super().__init__(self.tr("编辑志愿者") if record else self.tr("登记志愿者"), [
            *([(self.tr("从花名册选"), self.find), ("", self.hits)] if search else []),
            (self.tr("姓名*"), self.name), (self.tr("类别"), self.kind), (self.tr("所在网格"), self.grid),
            (self.tr("做什么"), self.duties), (self.tr("联系电话"), self.phone), (self.tr("参与日期"), self.since),
            ("", self.active)],
            intro=self.tr("微格员从“五老”和热心居民中选；信息员、楼栋长等报送民情线索（DB3208/T 200 6.2、7.2）。"),
            parent=parent, fields={"name": self.name, "grid_code": self.grid, "phone": self.phone,
                                   "duties": self.duties, "since": self.since})
        self.setMinimumWidth(480)

    def _find(self, text: str) -> None:
        self.hits.clear()
        found = [h for h in self.search(text) if h.kind == "resident"][:6] if text.strip() and self.search else []
        for h in found:
            item = QListWidgetItem(f"{h.title}  {h.grid_name}")
            item.setData(Qt.ItemDataRole.UserRole, (h.id, h.title, h.grid_code))
            self.hits.addItem(item)
        self.hits.setVisible(bool(found))

    def _pick(self, item: QListWidgetItem) -> None:
        self.resident_id, name, grid = item.data(Qt.ItemDataRole.UserRole)
        self.name.setText(name)
        at = self.grid.findData(grid)
        if at >= 0:
            self.grid.setCurrentIndex(at)
        self.hits.hide()

    def value(self) -> Volunteer:
        return Volunteer(self.name.text(), VolunteerKind(self.kind.currentData()), self.grid.currentData() or "",
                         self.duties.toPlainText(), self.phone.text().strip(), self.since.date().toPython(),
                         self.active.isChecked(), self.resident_id)

    def submit(self) -> None:
        try:
            self.save(self.value())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()


class ReportDialog(FormDialog):
    """信息报送: what a volunteer passed on, the day and the grid it concerns."""

    def __init__(self, volunteers: list[VolunteerRecord], grids: list[GridNode], save: Callable[[int, object, str, str], object],
                 parent=None) -> None:
        self.save = save
        self.who = QComboBox()
        words = kind_words()
        for r in volunteers:
            if r.volunteer.active:
                self.who.addItem(f"{r.volunteer.name}（{words[r.volunteer.kind]}）", (r.id, r.volunteer.grid_code))
        self.grid = QComboBox()
        for node in grids:
            self.grid.addItem(("    " if node.parent_code else "") + f"{node.name}（{node.code}）", node.code)
        self.who.currentIndexChanged.connect(self._follow)
        self._follow()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(90)
        super().__init__(self.tr("登记报送的信息"), [(self.tr("报送人"), self.who), (self.tr("日期"), self.day),
                                              (self.tr("涉及网格"), self.grid), (self.tr("内容*"), self.content)],
                         parent=parent, fields={"content": self.content, "day": self.day, "grid_code": self.grid})
        self.setMinimumWidth(480)

    def _follow(self) -> None:
        data = self.who.currentData()
        if data:
            self.grid.setCurrentIndex(max(0, self.grid.findData(data[1])))

    def submit(self) -> None:
        data = self.who.currentData()
        try:
            self.save(data[0] if data else 0, self.day.date().toPython(), self.content.toPlainText(),
                      self.grid.currentData() or "")
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
