"""导入乡镇回复包 on 档案上报, driven as a person would: the button, the progress of the import off
the UI thread, the result dialog listing each item (applied / kept with why), the same reply again,
and a reply for another village refused in words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFileDialog, QMessageBox

from gridDesk.archive.reply import AnswerKind, EscalationAnswer, Reply, build_reply
from gridDesk.domain.case_flows import HandoverChannel
from gridDesk.domain.case_inputs import EscalateInput, FileInput
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseState, Channel, WorkKind
from gridDesk.security.sm import SigningKey
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.cases import CasesService
from gridDesk.ui.pages.archive_page import ArchivePage
from gridDesk.ui.reply_import import ReplyResultDialog

NOW = datetime(2026, 11, 23, 10, 0)


def _reply(number: str, village: str = "140105100201", seq: int = 1) -> Reply:
    answers = (EscalationAnswer("A1", number, 1, AnswerKind.INSTRUCT, "镇综治办 李主任", datetime(2026, 11, 23, 11, 0),
                                "请村里先行调解。"),
               EscalationAnswer("A2", "140105100201-2026-09999", 1, AnswerKind.SOLVED, "李主任",
                                datetime(2026, 11, 23, 11, 0), "已办结。"))
    return Reply(village[:9], "小店镇", village, "测试村", 2026, seq, datetime(2026, 11, 23, 12, 0), answers=answers)


def test_the_button_imports_a_reply_and_lists_each_item(qtbot, session, clock, tmp_path, monkeypatch):
    clock.now = NOW.timestamp()
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    township = SigningKey.generate()
    ArchiveService(session).register_township(township.public().fingerprint())
    cases = CasesService(session)
    category = next(c for c in cases.categories() if c.parent_id is not None)
    case_id = cases.report(CaseReport("路灯不亮", category.id, WorkKind.ORDINARY, Channel.WALK_IN,
                                      datetime(2026, 11, 20, 9, 0))).ids[0]
    cases.act(case_id, cases.get(case_id).version, FileInput())
    cases.act(case_id, cases.get(case_id).version, EscalateInput(channel=HandoverChannel.PAPER.value, taken_by="周"))
    folder = build_reply(_reply(cases.get(case_id).number), tmp_path / "stick", township)
    clock.now = datetime(2026, 11, 24, 9, 0).timestamp()

    page = ArchivePage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.reply_button.isVisible() and page.reply_button.text() == "导入乡镇回复包…"
    shown = []
    page.replies.shown = lambda dialog: shown.append(dialog)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.reply_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    dialog = shown[-1]
    assert isinstance(dialog, ReplyResultDialog)
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert rows[0][0].startswith("答复：案件") and rows[0][1] == "已应用"
    assert rows[1][1] == "保留，未应用" and "没有编号为" in rows[1][2]
    assert "已应用 1 项" in dialog.summary.text() and "保留未应用 1 项" in dialog.summary.text()
    assert cases.get(case_id).state is CaseState.IN_PROGRESS
    # the same reply again: nothing changes, and the dialog says so
    page.replies.run(folder)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30000)
    assert "没有作任何改动" in shown[-1].summary.text() and shown[-1].rows()[0][1] == "此前已应用"
    qtbot.addWidget(shown[-1])
    # a reply for another village is refused in words, nothing imported
    other = build_reply(_reply("x", village="140105100202"), tmp_path / "stick2", township)
    page.replies.run(other)
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert "另一个村" in told[-1] and len(shown) == 2
