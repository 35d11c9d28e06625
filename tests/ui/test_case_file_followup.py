"""Issue 16, side effects after the commit: closing a case commits the close; its case file is a
follow-up operation off the UI thread. When the file cannot be made (no Chinese font) the case
stays closed, the page says the file is missing and offers 重新生成案卷, which makes it once the
cause is gone (before: the file was rendered inside the close, on the UI thread)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox, QPushButton

from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, CaseState, Channel, WorkKind
from gridDesk.printing.fonts import FontNotFound
from gridDesk.services import case_printouts
from gridDesk.services.case_printouts import CasePrintouts
from gridDesk.services.cases import CasesService
from gridDesk.ui.pages.cases_page import CasesPage
from tests.ui.helpers import when_dialog_opens


def _close_on_page(qtbot, page, case_id):
    assert page.select_case(case_id)

    def fill(dialog):
        dialog.text.setPlainText("当场调解，双方满意")
        dialog.closure.setCurrentIndex(1)
        dialog.submit()

    when_dialog_opens(fill)
    page.action_button(CaseAction.SELF_SOLVE).click()


def test_the_case_file_follows_the_close_and_can_be_made_again(qtbot, session, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    cases = CasesService(session)
    case_id = cases.report(CaseReport("邻里纠纷", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                      cases._now())).ids[0]
    rendered_on = []
    real = case_printouts.case_file_pdf

    def no_font(s, c):
        rendered_on.append(threading.current_thread() is threading.main_thread())
        raise FontNotFound("找不到可以嵌入的中文字体。")

    monkeypatch.setattr(case_printouts, "case_file_pdf", no_font)
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    _close_on_page(qtbot, page, case_id)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert cases.get(case_id).state is CaseState.CLOSED  # the close stands
    assert rendered_on == [False]  # made off the UI thread
    assert "结案卷宗没能生成" in told[-1] or "结案卷宗没能生成" in "".join(told)
    remake = page.actions.findChild(QPushButton, "remake_case_file")
    assert remake is not None and "结案卷宗还没有生成" in page.detail.toPlainText()

    monkeypatch.setattr(case_printouts, "case_file_pdf", real)  # a font installed
    remake.click()
    qtbot.waitUntil(lambda: CasePrintouts(session).case_file_current(case_id), timeout=20000)
    qtbot.waitUntil(lambda: page.actions.findChild(QPushButton, "remake_case_file") is None, timeout=5000)
    assert "结案卷宗还没有生成" not in page.detail.toPlainText()
    page.ctx.runner.wait(5000)
