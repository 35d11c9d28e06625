"""Recording a patrol: the place, who, when, what was seen (normal, or a finding with its class
and words), photos and notes. An error leaves the dialog open with everything as typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QPlainTextEdit

from ...domain.attachments import NewAttachment
from ...domain.errors import GridDeskError
from ...domain.patrols import Patrol, PatrolOutcome, targets_of
from ...domain.places import Place
from ...domain.roster import TeamRecord
from ...domain.visits import FINDING_LABELS, FindingCategory
from ..patrol_words import target_label
from ..widgets.attachment_picker import AttachmentPicker
from ..widgets.forms import FormDialog
from . import cert_override

Save = Callable[[Patrol, list[NewAttachment], str], object]  # the patrol, its photos, the director's 持证上岗 reason


class PatrolDialog(FormDialog):
    def __init__(self, places: list[Place], team: list[TeamRecord], save: Save, parent=None,
                 states: dict[int, str] | None = None, may_override: bool = False, place_id: int | None = None,
                 member_id: int | None = None, now: datetime | None = None) -> None:
        self.save = save
        self.may_override = may_override
        self.team = team
        self.states = states or {}
        self.place = QComboBox()
        for p in places:
            self.place.addItem(f"{p.name}（{target_label(targets_of(p)[0])}）", p.id)
        self.place_grid = {p.id: p.grid_code for p in places}
        if place_id is not None:
            self.place.setCurrentIndex(max(0, self.place.findData(place_id)))
        self.member = QComboBox()
        # the services' clock, not the widget's: a session's "now" is what a future time is checked against
        self.at = QDateTimeEdit(QDateTime(now.replace(second=0)) if now else QDateTime.currentDateTime())
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("正常"), PatrolOutcome.NORMAL.value)
        self.outcome.addItem(self.tr("发现问题"), PatrolOutcome.FINDING.value)
        self.category = QComboBox()
        for category, label in FINDING_LABELS.items():
            self.category.addItem(label, category.value)
        self.finding = QPlainTextEdit()
        self.finding.setFixedHeight(70)
        self.finding.setPlaceholderText(self.tr("看到的情况，如：河堤东段有一处渗水，约半米宽"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.files = AttachmentPicker()
        super().__init__(self.tr("登记巡查"), [
            (self.tr("场所或风险点"), self.place), (self.tr("巡查的网格员"), self.member), (self.tr("时间"), self.at),
            (self.tr("巡查情况"), self.outcome), (self.tr("问题类别"), self.category), (self.tr("看到的情况"), self.finding),
            (self.tr("照片"), self.files), (self.tr("备注"), self.notes)], parent=parent,
            fields={"place": self.place, "member_id": self.member, "at": self.at, "finding": self.finding,
                    "notes": self.notes, "attachment": self.files})
        self.setMinimumWidth(520)
        self.place.currentIndexChanged.connect(self._load_members)
        self.outcome.currentIndexChanged.connect(self._show_finding)
        self._load_members(preferred=member_id)
        self._show_finding()

    def _load_members(self, _index: int = 0, preferred: int | None = None) -> None:
        """The members serving the place's grid (the only ones who may patrol it), the one chosen kept."""
        keep = preferred if preferred is not None else self.member.currentData()
        code = self.place_grid.get(self.place.currentData(), "")
        self.member.clear()
        for t in self.team:
            served = [g for g in (*t.grid_codes, t.member.grid_code) if g]
            if code and not any(code.startswith(g) or g.startswith(code) for g in served):
                continue
            uncertified = self.states.get(t.id) in ("none", "expired")
            self.member.addItem(t.member.name + (self.tr("（未持证）") if uncertified else ""), t.id)
        if keep is not None and self.member.findData(keep) >= 0:
            self.member.setCurrentIndex(self.member.findData(keep))

    def _show_finding(self) -> None:
        found = self.outcome.currentData() == PatrolOutcome.FINDING.value
        self.category.setEnabled(found)
        self.finding.setEnabled(found)

    def value(self) -> Patrol:
        found = self.outcome.currentData() == PatrolOutcome.FINDING.value
        at = self.at.dateTime().toPython()
        return Patrol(self.place.currentData() or 0, self.member.currentData() or 0,
                      datetime(at.year, at.month, at.day, at.hour, at.minute), PatrolOutcome(self.outcome.currentData()),
                      FindingCategory(self.category.currentData()) if found else None,
                      self.finding.toPlainText() if found else "", self.notes.toPlainText())

    def submit(self) -> None:
        patrol = self.value()
        try:
            if not cert_override.attempt(self, self.may_override,
                                         lambda reason: self.save(patrol, self.files.files, reason)):
                return
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
