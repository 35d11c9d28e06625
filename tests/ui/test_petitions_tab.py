"""信访 driven as a person would: a petition registered in its dialog (a refusal shown under its
field, everything typed kept), a repeat found among the suggestions and confirmed, the petition
accepted and turned into a case, another answered; an overdue petition in red on the tab and
counted on the dashboard's card, which opens the overdue list."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.petitions import CategoryKind, Petition, PetitionForm, Petitioner, PetitionState, PetitionStep
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.dashboard import DashboardService
from gridDesk.services.demo import build_demo
from gridDesk.services.petitions import PetitionsService
from gridDesk.ui.pages.dashboard import DashboardPage
from gridDesk.ui.pages.disputes_page import DisputesPage
from tests.conftest import FakeClock
from tests.ui.helpers import when_dialog_opens

TODAY = datetime(2026, 11, 20, 10, 0)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path_factory.mktemp("petitions_ui"), paths.migrations_dir(), 300, make_access=make,
                         with_activity=True)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield session, access
    session.close()


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    return said


def _tab(qtbot, session):
    page = DisputesPage(session)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.show_part("register")  # the page's second tab, after 人民调解
    tab = page.parts["register"]
    tab.refresh()
    return page, tab


def test_register_a_repeat_confirm_it_turn_it_into_a_case_and_answer_another(qtbot, demo, tmp_path):
    session, _access = demo
    page, tab = _tab(qtbot, session)
    earlier = next(p for p in tab.petitions if p.number == "XF-2026-0001")
    before = len(tab.petitions)
    typed = {}

    def fill(dialog):
        try:
            _fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    def _fill(dialog):
        dialog.received_on.setDate(QDate(2026, 11, 18))
        dialog.form.setCurrentIndex(dialog.form.findData(PetitionForm.VISIT.value))
        dialog.petitioners.add(earlier.petitioners[0].resident_id, earlier.petitioners[0].name)
        dialog.subject_id.setCurrentIndex(dialog.subject_id.findData(earlier.subject_id))
        dialog.purpose_id.setCurrentIndex(dialog.purpose_id.findData(earlier.purpose_id))
        dialog.respondent.setText(earlier.respondent)
        dialog.summary.setPlainText("")  # nothing about the matter: refused under its field
        dialog.submit()
        typed["error"] = dialog.error_text()
        typed["kept"] = (dialog.petitioners.chosen, dialog.respondent.text())
        dialog.summary.setPlainText("院墙还是没拆，第三次来反映巷道被占。")
        dialog.show_suggestions()
        typed["offered"] = [dialog.repeat_of.itemData(i) for i in range(dialog.repeat_of.count())]
        dialog.repeat_of.setCurrentIndex(dialog.repeat_of.findData(earlier.id))
        dialog.grab().save(str(tmp_path / "petition_dialog.png"))
        dialog.submit()

    when_dialog_opens(fill)
    tab.new_petition()
    assert "主要诉求" in typed["error"]
    assert typed["kept"] == ([(earlier.petitioners[0].resident_id, earlier.petitioners[0].name)], earlier.respondent)
    assert earlier.id in typed["offered"]
    assert len(tab.petitions) == before + 1
    new = tab.selected()
    assert new is not None and new.repeat_of == earlier.id and new.state is PetitionState.REGISTERED
    assert tab.table.item(tab.table.currentRow(), 8).text() == earlier.number
    # 受理, then 转为事件
    when_dialog_opens(lambda d: d.submit())
    tab.step(PetitionStep.ACCEPT)
    assert tab.selected().state is PetitionState.ACCEPTED
    assert tab.buttons["case"].isEnabled()

    def make_case(dialog):
        dialog.title.setText("巷道被占（第三次信访）")
        dialog.submit()

    when_dialog_opens(make_case)
    tab.to_case()
    made = tab.selected()
    assert made.case_number and not tab.buttons["case"].isEnabled()
    assert tab.table.item(tab.table.currentRow(), 11).text() == made.case_number
    assert CasesService(session).get(made.case_id).title == "巷道被占（第三次信访）"
    # 答复: an empty answer is refused in the dialog, the typed one saved
    said = {}

    def answer(dialog):
        dialog.submit()
        said["error"] = dialog.error_text()
        dialog.text.setPlainText("已转网格员现场处理，答复信访人。")
        dialog.submit()

    when_dialog_opens(answer)
    tab.step(PetitionStep.ANSWER)
    assert "答复意见" in said["error"]
    assert tab.selected().state is PetitionState.ANSWERED and tab.selected().answer.startswith("已转网格员")
    page.grab().save(str(tmp_path / "petitions_tab.png"))


def test_an_overdue_petition_is_red_and_counted_on_the_dashboard(qtbot, demo):
    session, _access = demo
    service = PetitionsService(session)
    purposes = service.categories(CategoryKind.PURPOSE)
    subjects = service.categories(CategoryKind.SUBJECT)
    late = int(service.register(Petition(date(2026, 10, 1), PetitionForm.LETTER, 1, (Petitioner("孙八"),),
                                         purposes[0].id, subjects[0].id, "来信无人理")).ids[0])
    _page, tab = _tab(qtbot, session)
    row = next(i for i, p in enumerate(tab.petitions) if p.id == late)
    assert tab.table.item(row, 0).foreground().color().name() == "#b3261e"
    assert "超期" in tab.table.item(row, 10).text()
    dash = DashboardPage(session, DashboardService(session), "演示村", "演示主任")
    qtbot.addWidget(dash)
    dash.refresh()
    assert dash.cards["petitions_overdue"].value.text() == str(service.overdue_count()) != "0"
    _page.show_part("overdue")
    assert tab.overdue_only.isChecked() and all(p.overdue(service.today()) for p in tab.petitions)


def test_a_grid_member_sees_the_register_without_the_buttons_that_change_it(qtbot, demo):
    session, access = demo
    AccountsService(session, access).add("wgy_ui", "网格员", Role.GRID_MEMBER, "Member@2026pass")
    member = access.login("wgy_ui", "Member@2026pass")
    try:
        _page, tab = _tab(qtbot, member)
        assert tab.petitions == []  # no grids given: nothing of the village
        assert not tab.buttons["new"].isVisible() and not tab.buttons["unmask"].isVisible()
        assert not tab.buttons["settings"].isVisible()  # the limits and categories are the director's
    finally:
        member.close()


def test_the_director_sets_the_limits_and_adds_a_category_a_duplicate_said_with_the_name_kept(qtbot, demo):
    from gridDesk.domain.petitions import CategoryKind
    from gridDesk.services.petitions import PetitionsService

    session, _access = demo
    service = PetitionsService(session)
    before = service.rules()
    _page, tab = _tab(qtbot, session)
    assert tab.buttons["settings"].isVisible()

    def fill(dialog):
        dialog.category.setText("涉农补贴")
        dialog.add_category()
        assert "涉农补贴" in [dialog.lists[CategoryKind.SUBJECT].item(i).text()
                            for i in range(dialog.lists[CategoryKind.SUBJECT].count())]
        dialog.category.setText("涉农补贴")
        dialog.add_category()  # the same name again: said under the field, the name kept
        said["duplicate"] = dialog.category_error.text()
        said["kept"] = dialog.category.text()
        dialog.accept_days.setValue(10)
        dialog.working_days.setChecked(True)
        dialog.submit()

    said = {}
    when_dialog_opens(fill)
    try:
        tab.buttons["settings"].click()
        assert "涉农补贴" in said["duplicate"] and said["kept"] == "涉农补贴"
        rules = service.rules()
        assert (rules.accept_days, rules.working_days) == (10, True)
        assert tab.subject.findText("涉农补贴") > 0  # the filter offers the new category at once
    finally:
        service.set_rules(before)
