"""A 需审批 matter driven through the cases page as the centre would: the chain recorded link by
link from the panel under the details, the notice registered and printed, closing refused until
the notice period is over, and the panel absent from an ordinary case; a staff account sees the
director's links greyed with the reason."""

from __future__ import annotations

from datetime import datetime

import pytest

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, CaseState, Channel, WorkKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.ui.pages.cases_page import CasesPage
from tests.conftest import FakeClock
from tests.ui.helpers import when_asked, when_dialog_opens

START = datetime(2026, 11, 2, 9, 0)


@pytest.fixture
def village(tmp_path):
    clock = FakeClock(START.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 200, make_access=make)
    access = make(summary.db_path)
    s = access.login("demo", "Demo@2026")
    yield s, access, clock
    s.close()


def _matter(service: CasesService, kind=WorkKind.APPROVAL) -> int:
    category = next(c.id for c in service.categories() if c.name == "社会保障")
    case_id = service.report(CaseReport("村民张三申请最低生活保障", category, kind, Channel.WALK_IN, START)).ids[0]
    for action, extra in ((CaseAction.FILE, {}), (CaseAction.ASSIGN, {"body": "民政协理员"}),
                          (CaseAction.START, {}), (CaseAction.FEEDBACK, {"result": "已告知申请人"}),
                          (CaseAction.REVISIT, {"satisfaction": "满意"})):
        service.act(case_id, service.get(case_id).version, STEP_INPUTS[action](**extra))
    return case_id


def _link(doc: str, refuse: bool = False, who: str = ""):
    def fill(dialog) -> None:
        if who:
            dialog.decided_by.setText(who)
        dialog.doc_number.setText(doc)
        if refuse:
            dialog.decision.setCurrentIndex(1)
        dialog.submit()
        if dialog.isVisible():  # refused: say why rather than wait for ever
            print("REFUSED", dialog.error_text())
            dialog.reject()
    return fill


def test_the_chain_and_the_notice_from_the_page(qtbot, village, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gridDesk.ui.dialogs.print_preview import PrintPreview

    session, _access, clock = village
    service = CasesService(session)
    ordinary = _matter(service, WorkKind.ORDINARY)
    case_id = _matter(service)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.select_case(ordinary)
    assert not page.approval.isVisible()
    page.select_case(case_id)
    panel = page.approval
    assert panel.isVisible() and panel.link_button.text() == "登记村受理…"
    assert not panel.notice_button.isEnabled() and "还没有登记村受理" in panel.notice_button.toolTip()
    assert "结案前还需" in panel.summary.text()

    def village_link(dialog) -> None:
        assert dialog.decided_by.text() == session.centre.village_name
        dialog.submit()
        assert "文号" in dialog.error_text()  # said on the dialog, nothing saved
        _link("杏村受〔2026〕3号")(dialog)

    when_dialog_opens(village_link)
    panel.link_button.click()
    assert "杏村受〔2026〕3号" in panel.summary.text() and panel.link_button.text() == "登记镇审核…"
    assert "审批环节" in page.detail.toPlainText() and "村受理：同意" in page.detail.toPlainText()  # on the timeline
    when_dialog_opens(_link("小政审〔2026〕21号"))
    panel.link_button.click()
    assert panel.link_button.text() == "登记区审批…"
    when_dialog_opens(_link("小民批〔2026〕88号", who="小店区民政局"))
    panel.link_button.click()
    assert not panel.link_button.isEnabled() and panel.notice_button.isEnabled()

    def notice(dialog) -> None:
        assert dialog.matter.toPlainText() == "村民张三申请最低生活保障" and "综治中心" in dialog.where.text()
        dialog.ends_on.setDate(dialog.starts_on.date())
        dialog.submit()
        assert "晚于开始日期" in dialog.error_text()
        dialog.ends_on.setDate(dialog.starts_on.date().addDays(7))
        dialog.submit()

    when_dialog_opens(notice)
    panel.notice_button.click()
    assert "2026-11-02 至 2026-11-09" in panel.summary.text()
    close = page.action_button(CaseAction.CLOSE)
    assert not close.isEnabled() and "公示期到 2026-11-09 结束" in close.toolTip()

    def refused(dialog) -> None:  # asked anyway (the page greys it): the dialog says why, nothing changes
        dialog.closure.setCurrentIndex(dialog.closure.findData("solved"))
        when_asked("结案归档")
        dialog.submit()
        warnings.append(dialog.error_text())
        dialog.reject()

    when_dialog_opens(refused)
    page.run(CaseAction.CLOSE)
    assert warnings and "公示期到 2026-11-09 结束" in warnings[-1]
    assert page.current.state is CaseState.FEEDBACK

    monkeypatch.setattr(PrintPreview, "exec", lambda self: self.save_to(tmp_path / "notice.pdf"))
    panel.print_button.click()
    assert (tmp_path / "notice.pdf").read_bytes().startswith(b"%PDF")

    clock.now = datetime(2026, 11, 10, 9, 0).timestamp()
    page.refresh()
    assert "结案前还需" not in panel.summary.text()
    when_dialog_opens(lambda d: (d.closure.setCurrentIndex(d.closure.findData("solved")), when_asked("结案归档"),
                                 d.submit()))
    page.run(CaseAction.CLOSE)
    assert page.current.state is CaseState.CLOSED and page.current.closure_type == "solved"
    assert not panel.link_button.isEnabled() and "已结案" in panel.notice_button.toolTip()


def test_staff_record_the_village_link_and_see_the_directors_greyed(qtbot, village):
    session, access, _clock = village
    case_id = _matter(CasesService(session))
    AccountsService(session, access).add("gzry", "工作人员", Role.STAFF, "Staff@2026x")
    staff = access.login("gzry", "Staff@2026x")
    try:
        page = CasesPage(staff)
        qtbot.addWidget(page)
        page.refresh()
        page.select_case(case_id)
        panel = page.approval
        assert panel.link_button.isEnabled()
        when_dialog_opens(_link("杏村受〔2026〕3号"))
        panel.link_button.click()
        assert not panel.link_button.isEnabled()
        assert panel.link_button.toolTip() == "只有主任可以登记审批结果、办结需审批事项。"
    finally:
        staff.close()
