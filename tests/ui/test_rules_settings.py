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
    assert page.visit_frequencies is None and page.admission_list is None


def test_the_director_keeps_the_admission_list(qtbot, access, session):
    from PySide6.QtCore import Qt

    from gridDesk.services.task_types import TaskTypesService

    panel = _settings(qtbot, session, access).admission_list
    assert panel.table.rowCount() == 5
    assert {panel.table.item(r, 3).text() for r in range(5)} == {"GridDesk 示例"}
    assert all(panel.table.item(r, 2).checkState() == Qt.CheckState.Unchecked for r in range(5))
    panel.table.item(0, 2).setCheckState(Qt.CheckState.Checked)
    panel.save()
    assert "才能启用" in panel.error.text()  # in force only with the approving document
    panel.table.item(0, 1).setText("某县委政法委〔2026〕3号")
    panel.save()
    assert panel.error.isHidden()
    first = TaskTypesService(session).types()[0]
    assert first.in_force and first.document == "某县委政法委〔2026〕3号" and not first.example
    assert panel.table.item(0, 3).text() == "主任录入"
    panel.new_name.setText("防汛巡查")
    panel.new_document.setText("某县委政法委〔2026〕4号")
    panel.new_in_force.setChecked(True)
    panel.add()
    assert panel.table.rowCount() == 6 and panel.table.item(5, 0).text() == "防汛巡查" and panel.new_name.text() == ""
    panel.table.setCurrentCell(4, 0)
    panel.delete()
    assert panel.table.rowCount() == 5
    assert panel.exceptions_label.text().endswith("：0 件")


def _closing_on_failure(act):
    """A failed check inside a modal dialog closes it, so the test fails instead of hanging."""
    def run(dialog):
        try:
            act(dialog)
        except BaseException:
            dialog.reject()
            raise
    return run


def test_intake_of_a_township_task_names_its_type_or_its_document(qtbot, session, clock):
    import time

    from gridDesk.domain.cases import Channel
    from gridDesk.services.task_types import TaskTypesService
    from gridDesk.ui.pages.cases_page import CasesPage
    from tests.ui.helpers import when_dialog_opens

    clock.now = time.time()  # the dialog's report time is the wall clock's
    listed = TaskTypesService(session).types()[2]
    TaskTypesService(session).save(listed.id, listed.name, "某县委政法委〔2026〕3号", True)
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()

    def listed_type(dialog):
        assert dialog.task.isHidden()  # not asked unless the township passed the task down
        dialog.title_edit.setText("排查自建房安全隐患")
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.TOWNSHIP.value))
        assert not dialog.task.isHidden() and dialog.task.type.currentText() == listed.name
        assert dialog.task.hint.isHidden() and dialog.task.document.isHidden()
        dialog.submit()

    when_dialog_opens(_closing_on_failure(listed_type))
    page.new_case()
    assert page.current.task.name == listed.name and "任务类型" in page.detail.toPlainText()

    def exception(dialog):
        dialog.title_edit.setText("代收城乡居民医保费")
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.TOWNSHIP.value))
        dialog.task.type.setCurrentIndex(dialog.task.type.count() - 1)
        assert not dialog.task.document.isHidden()
        dialog.task.name.setText("代收医保费")
        dialog.submit()
        assert "不在县里批准的准入清单上" in dialog.error_text() and dialog.isVisible()
        dialog.task.document.setText("某镇政府〔2026〕12号")
        dialog.submit()

    when_dialog_opens(_closing_on_failure(exception))
    page.new_case()
    assert page.current.task.exception
    assert "代收医保费（不在准入清单上，依据：某镇政府〔2026〕12号）" in page.detail.toPlainText()
    assert len(TaskTypesService(session).usage().exceptions) == 1
