"""A place: rental housing, an organisation or a risk point, with its kind's own fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFrame, QLineEdit, QScrollArea

from ...domain.errors import GridDeskError
from ...domain.places import PLACE_FIELDS, Place, PlaceKind
from ...domain.roster import GridNode, TeamRecord
from ..widgets.field_form import SpecFields
from ..widgets.forms import FormDialog

Save = Callable[[Place], None]


class PlaceDialog(FormDialog):
    def __init__(self, grids: list[GridNode], team: list[TeamRecord], save: Save, place: Place | None = None,
                 kind: PlaceKind = PlaceKind.RENTAL, parent=None) -> None:
        self.save = save
        self.place = place
        self.kind = QComboBox()
        for k, (label, _fields) in PLACE_FIELDS.items():
            self.kind.addItem(label, k.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData((place.kind if place else kind).value)))
        self.kind.setEnabled(place is None)
        self.name = QLineEdit(place.name if place else "")
        self.address = QLineEdit(place.address if place else "")
        self.grid = QComboBox()
        for g in grids:
            self.grid.addItem(("    " if g.parent_code else "") + f"{g.name}（{g.code}）", g.code)
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("（未指定）"), None)
        for t in team:
            self.responsible.addItem(t.member.name, t.id)
        self.extra = SpecFields()
        # A rental house has the county template's fifty columns: they scroll inside the dialog.
        self.extra_area = QScrollArea()
        self.extra_area.setWidget(self.extra)
        self.extra_area.setWidgetResizable(True)
        self.extra_area.setFrameShape(QFrame.Shape.NoFrame)
        self.extra_area.setMinimumHeight(300)
        self.notes = QLineEdit(place.notes if place else "")
        if place is not None:
            self.grid.setCurrentIndex(max(0, self.grid.findData(place.grid_code)))
            self.responsible.setCurrentIndex(max(0, self.responsible.findData(place.responsible_member_id)))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        super().__init__(self.tr("编辑场所") if place else self.tr("新增场所"), [
            (self.tr("类别"), self.kind), (self.tr("名称"), self.name), (self.tr("地址或位置"), self.address),
            (self.tr("所属网格"), self.grid), (self.tr("责任网格员"), self.responsible), ("", self.extra_area),
            (self.tr("备注"), self.notes)], parent=parent, fields={"grid_code": self.grid})
        self.setMinimumWidth(520)

    def _kind_changed(self) -> None:
        kind = PlaceKind(self.kind.currentData())
        values = self.place.details if self.place and self.place.kind is kind else {}
        self.extra.set_specs(PLACE_FIELDS[kind][1], values)

    def submit(self) -> None:
        place = Place(self.place.id if self.place else None, PlaceKind(self.kind.currentData()), self.name.text(),
                      self.address.text(), self.grid.currentData() or "", self.responsible.currentData(),
                      self.extra.values(), self.notes.text())
        self.field_errors.fields.update(self.extra.inputs)  # the kind's own fields, as now shown
        try:
            self.save(place)
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
