"""The director's rules as data on the settings page: visit frequencies and the 准入清单."""

from __future__ import annotations

from gridDesk.domain.accounts import Role
from gridDesk.domain.key_groups import KeyGroup
from gridDesk.services.accounts import AccountsService
from gridDesk.services.visit_frequencies import VisitFrequenciesService
from gridDesk.ui.shell import build_main_window
from gridDesk.ui.words import key_group_label


def _settings(qtbot, session, access):
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None, idle_seconds=600.0)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    return window.page("settings")


def _row(panel, text):
    return next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == text)


def test_the_director_sets_visit_frequencies(qtbot, access, session):
    panel = _settings(qtbot, session, access).visit_frequencies
    assert panel.table.rowCount() == len(KeyGroup)
    mental = _row(panel, key_group_label(KeyGroup.MENTAL_DISORDER))
    assert panel.spin(mental).value() == 7 and panel.table.item(mental, 2).text() == "7 天"
    women = _row(panel, key_group_label(KeyGroup.LEFT_BEHIND_WOMAN))
    assert panel.spin(women).value() == 30
    panel.spin(women).setValue(14)
    panel.spin(mental).setValue(0)
    assert panel.spin(mental).text() == "不单独提醒"
    panel.save_button.click()
    assert panel.saved.text() == "已保存 2 项。"
    shown = {f.group: f.every_days for f in VisitFrequenciesService(session).frequencies()}
    assert shown[KeyGroup.LEFT_BEHIND_WOMAN] == 14 and shown[KeyGroup.MENTAL_DISORDER] == 0
    assert panel.spin(_row(panel, key_group_label(KeyGroup.LEFT_BEHIND_WOMAN))).value() == 14


def test_staff_do_not_get_the_rules_panels(qtbot, access, session):
    AccountsService(session, access).add("staff1", "工作人员", Role.STAFF, "Staff@2026x")
    staff = access.login("staff1", "Staff@2026x")
    page = _settings(qtbot, staff, access)
    assert page.visit_frequencies is None
