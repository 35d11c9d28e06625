"""The audit page says what happened to whom in a sentence (issue 16 item 6), in Chinese and in
English: the record's title, not 'team:9'; a resident's name masked; a deleted record marked."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gridDesk.domain.case_inputs import FileInput
from gridDesk.domain.accounts import Role
from gridDesk.domain.audit import Action
from gridDesk.domain.audit_entries import Event
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, Channel, WorkKind
from gridDesk.domain.errors import PermissionDenied
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import Grid, GridKind, Resident, TeamMember, TeamRole
from gridDesk.domain.training import Certificate, TrainingLevel, TrainingSession
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.services.cases import CasesService
from gridDesk.services.grids import GridService
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.services.training import TrainingService
from gridDesk.ui import i18n
from gridDesk.ui.audit_words import SENTENCES, sentence
from gridDesk.ui.models.audit_model import AuditModel
from gridDesk.ui.pages.audit_page import AuditPage

G1 = "140105100201001"
CJK = re.compile(r"[\u3400-\u9fff]")
RAW_ID = re.compile(r"\b[a-z_]+:\d+\b")  # 'team:9', 'case:12': what the page must not show

# One row per Event, in the shapes the services write (grep `session.write(` / `.record(`).
SAMPLES: dict[Event, tuple[str, str, str]] = {
    Event.CENTRE_CREATED: ("centre_created", "测试村", "140105100201"),
    Event.LOGIN: ("login", "zhuren", ""),
    Event.LOGIN_FAILED: ("login_failed", "zhuren", "wrong_password"),
    Event.LOGIN_COUNTER_TAMPERED: ("login_counter_tampered", "griddesk.logins",
                                   "counter_tampered: altered; it listed 3 pending failed logins, not believed"),
    Event.LOGOUT: ("logout", "zhuren", ""),
    Event.LOCK: ("lock", "zhuren", ""),
    Event.UNLOCK: ("unlock", "zhuren", ""),
    Event.RECOVERY_USED: ("recovery_used", "zhuren", "password reset with the recovery key"),
    Event.ACCOUNT_ADDED: ("account_added", "shen", "auditor"),
    Event.ACCOUNT_DISABLED: ("account_disabled", "shen", ""),
    Event.ACCOUNT_ENABLED: ("account_enabled", "shen", ""),
    Event.ACCOUNT_REMOVED: ("account_removed", "shen", ""),
    Event.PASSWORD_CHANGED: ("password_changed", "zhuren", ""),
    Event.REKEY: ("rekey", "epoch 2", "removed 1"),
    Event.SETTINGS_CHANGED: ("settings_changed", "centre_phone", "0351-1234567"),
    Event.MIGRATED: ("migrated", "0011", ""),
    Event.WRITE: ("write", "something new", "x"),
    Event.UNMASK: ("unmask", "something new", "x"),
    Event.PRINT: ("print", "something new", "x"),
    Event.EXPORT: ("export", "something new", "x"),
    Event.AUDIT_VERIFIED: ("audit_verified", "12 rows", "ok"),
    Event.AUDIT_HEAD_READ: ("audit_head_read", "12", "ab" * 32),
    Event.AUDIT_RECHAINED: ("audit_rechained", "40 rows", ""),
    Event.DEMO_GENERATED: ("demo_generated", "300 人", ""),
    Event.PERMISSION_DENIED: ("permission_denied", "manage_accounts", "staff"),
    Event.BACKUP: ("backup", "/media/u/GridDesk-backup-1", "manual; residents=3"),
    Event.RESTORE: ("restore", "/media/u/GridDesk-backup-1", ""),
    Event.INTEGRITY_CHECKED: ("integrity_checked", "cipher_integrity_check+integrity_check", "ok"),
    Event.CERT_OVERRIDE: ("cert_override", "team:{member}", "assign case:{case}: 人手不足"),
    Event.ACCOUNT_GRIDS: ("settings_changed", "account shen", f"grids {G1}"),
    Event.ACCOUNT_MEMBER: ("settings_changed", "account shen", "member {member}"),
    Event.SET_CALENDAR: ("settings_changed", "calendar", "2027-10-08 workday"),
    Event.SET_CATEGORY: ("settings_changed", "case category", "邻里纠纷 15"),
    Event.SET_TRAINING_RULES: ("settings_changed", "training rules", "2027 county=1"),
    Event.SET_TASK_TYPE: ("settings_changed", "task type", "政策宣传 | 某文件 | in force"),
    Event.SET_VISIT_FREQUENCY: ("settings_changed", "visit frequency", "elderly_alone 7"),
    Event.SET_PRINTING: ("settings_changed", "printing", "centre_phone=1"),
    Event.SET_BACKUP_KEEP: ("settings_changed", "backup_keep", "12"),
    Event.SET_TOWNSHIP_KEY: ("settings_changed", "township_key_fingerprint", "ab12"),
    Event.RESIDENT_SAVED: ("write", "resident 李四华", "save"),
    Event.RESIDENT_STATUS: ("write", "resident:{resident} 李四华", "status moved_out: 迁往太原"),
    Event.KEY_GROUP: ("write", "resident:{resident}", "key group elderly_alone attention"),
    Event.GRID_SAVED: ("write", f"grid {G1}", "第一网格"),
    Event.GRID_IMAGE: ("write", f"grid {G1}", "qr image"),
    Event.MEMBER_SAVED: ("write", "team 张伟", "full_time"),
    Event.MEMBER_PHOTO: ("write", "team:{member}", "photo"),
    Event.MEMBER_LEFT: ("write", "team:{member}", "left 2026-05-01"),
    Event.PLACE_SAVED: ("write", "place 村小学", "school"),
    Event.TRAINING_SAVED: ("write", "training", "2026-04-14 信息采集与台账填报"),
    Event.TRAINING_DELETED: ("write", "training:999", "deleted"),
    Event.ATTENDANCE: ("write", "training:{training}", "attendance 10"),
    Event.CERTIFICATE_SAVED: ("write", "team:{member}", "certificate GR-1"),
    Event.CERTIFICATE_DELETED: ("write", "certificate:998", "deleted"),
    Event.CASE_REPORTED: ("write", "case", "report 村道路面塌陷"),
    Event.CASE_STEP: ("write", "case:{case}", "feedback"),
    Event.CASE_APPROVAL: ("write", "case:{case}", "approval township"),
    Event.CASE_NOTICE: ("write", "case:{case}", "public notice"),
    Event.VISIT_LOGGED: ("write", f"visit {G1}", "2026-09-21"),
    Event.VISIT_FINDING_CASE: ("write", "visit:997", "finding 3 → case {case}"),
    Event.IMPORTED: ("write", "import residents", "120 rows"),
    Event.RECEIPT: ("write", "archive receipt", "batch 2026-01 accepted"),
    Event.RECEIPT_REFUSED: ("write", "archive receipt refused", "r.json：签名不符"),
    Event.UNMASK_RESIDENT: ("unmask", "resident:{resident} 李四华", "核对户籍"),
    Event.UNMASK_ATTACHMENT: ("unmask", "case:{case}", "附件 现场.jpg"),
    Event.UNMASK_LEDGER: ("unmask", f"ledger residents {G1}", "核对台账"),
    Event.UNMASK_AUDIT: ("unmask", "audit log", "核对记录"),
    Event.PRINT_SIGNS: ("print", f"sign {G1}", "A3 → 公示牌.pdf"),
    Event.PRINT_CARDS: ("print", f"contact cards {G1}", "12 cards → 联系卡.pdf"),
    Event.PRINT_LEDGER: ("print", "ledger residents all", "3 rows, 1 pages → 台账.pdf"),
    Event.PRINT_CASE: ("print", "case:{case} 2026-0001", "结案卷宗 → 卷宗.pdf"),
    Event.PRINT_HANDOVER: ("print", "archive 2026-01", "移交登记表 → 登记表.pdf"),
    Event.PRINT_AUDIT_HEAD: ("print", "audit head", "第 12 条 abcd：printed"),
    Event.EXPORT_ATTACHMENT: ("export", "resident:{resident}", "附件 户口本.jpg → /media/u/户口本.jpg"),
    Event.EXPORT_TRAINING: ("export", "training register", "2026 12 rows → 培训.xlsx"),
    Event.EXPORT_ROSTER: ("export", "residents → 人口.xlsx", "3 rows, template, grid all, masked"),
    Event.EXPORT_ARCHIVE: ("export", "archive 2026-01", "12 cases → /media/u"),
    Event.DENIED_CASE: ("permission_denied", "case:{case}", "case_close"),
    Event.DENIED_GRID: ("permission_denied", f"case report {G1}", "outside the account's grids"),
    Event.DENIED_SETTING: ("permission_denied", "setting archive_key", "director only"),
    Event.DENIED_CASE_OUTSIDE: ("permission_denied", "case:{case}", "outside the account's grids"),
    Event.DENIED_VISIT: ("permission_denied", "visit:996 attachments", "outside the account's grids"),
    Event.PRINT_REPORT: ("print", "visit week report 2026-09-21", "12 rows, 1 pages → 周报.pdf"),
}


def _id(n: int) -> str:
    first17 = f"14010519800101{n:03d}"
    return first17 + check_digit(first17)


@pytest.fixture
def village(session):
    """A grid, a resident, a team member with a certificate, a training session and a case, all
    made through the services (so each is on the log as the app writes it)."""
    GridService(session).save(Grid(G1, "第一网格", GridKind.RURAL))
    roster = RosterService(session)
    resident = roster.save_resident(Resident("李四华", _id(1), "", date(1980, 1, 1), "13900139000", "H0001", "户主",
                                             G1, actual_address="东村1排1号")).ids[0]
    team = TeamService(session)
    team.save(TeamMember("张伟", _id(2), "13900000002", TeamRole.FULL_TIME, G1, date(2025, 3, 1)), "群众", "高中", True)
    member = team.members()[0].id
    training = TrainingService(session)
    training.save_certificate(Certificate(member, "GR-1", "县委政法委", date(2025, 4, 1)))
    session_id = training.save_session(TrainingSession(TrainingLevel.VILLAGE, "村综治中心", datetime(2026, 4, 14, 9),
                                                       2, "信息采集与台账填报")).ids[0]
    cases = CasesService(session)
    case = cases.report(CaseReport("邻里纠纷", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                   cases._now(), grid_code=G1)).ids[0]
    cases.act(case, cases.get(case).version, FileInput())
    return dict(resident=resident, member=member, training=session_id, case=case,
                number=cases.get(case).number)


@pytest.fixture
def english(qapp):
    translators = i18n.install(qapp, "en")
    yield
    for t in translators:
        qapp.removeTranslator(t)


def test_every_action_and_every_event_has_a_sentence_in_both_languages(qapp, english):
    assert {Event(a.value) for a in Action} <= set(Event)  # each Action has its fallback sentence
    assert set(SENTENCES) == set(Event)
    assert set(SAMPLES) == set(Event)  # the test below reads every one back
    for event, source in SENTENCES.items():
        english_text = QCoreApplication.translate("AuditWords", source)
        assert english_text != source and not CJK.search(english_text), event
        assert set(re.findall(r"\{\w+\}", english_text)) == set(re.findall(r"\{\w+\}", source)), event


def _page(qtbot, session) -> AuditPage:
    page = AuditPage(AuditService(session))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def _sentences(page: AuditPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, AuditModel.SENTENCE)) for r in range(model.rowCount())]


def test_every_shape_the_services_write_reads_as_a_sentence_without_ids(qtbot, session, village):
    for action, target, detail in SAMPLES.values():
        session.record(action, target.format(**village), detail.format(**village))
    rows, _n = AuditService(session).entries(AuditFilter(), limit=10_000)
    sample_rows = rows[:len(SAMPLES)][::-1]
    assert [r.event for r in sample_rows] == list(SAMPLES)
    for entry in sample_rows:
        text = sentence(entry)
        assert text and not RAW_ID.search(text), (entry.event, text)
        assert "李四华" not in text and "13900139000" not in text, text  # masked by default
    said = {r.event: sentence(r) for r in sample_rows}
    assert said[Event.RESIDENT_STATUS] == "主任 王主任 把居民 李*华 登记为迁出：迁往太原"
    assert said[Event.CASE_STEP] == f"主任 王主任 办理了事件 {village['number']}（邻里纠纷）：处理反馈"
    assert said[Event.CERT_OVERRIDE] == "主任 王主任 准许未持证的网格员 张伟 承办案件，理由：人手不足"
    assert said[Event.ATTENDANCE] == "主任 王主任 登记了培训 2026-04-14 信息采集与台账填报 的出勤（10 人）"
    assert said[Event.PRINT_SIGNS] == "主任 王主任 为 第一网格 打印了网格公示牌（A3 → 公示牌.pdf）"
    assert said[Event.TRAINING_DELETED] == "主任 王主任 删除了培训 编号 999（已删除）"
    assert said[Event.LOGIN_FAILED] == "有人以账号 王主任（zhuren） 登录失败：密码错误"
    assert said[Event.LOGIN_COUNTER_TAMPERED] == ("登录失败记录（griddesk.logins）被改动过，所有账号暂时锁定；"
                                                  "其中列出的 3 次登录失败不予采信")
    assert said[Event.EXPORT_ROSTER] == "主任 王主任 导出了人口信息台账（3 行）到 人口.xlsx"
    assert said[Event.PRINT_LEDGER] == "主任 王主任 打印了台账“人口信息台账”（所有网格）：3 行，1 页 → 台账.pdf"
    assert said[Event.AUDIT_VERIFIED] == "主任 王主任 校验了审计日志（12 条）：完好"
    assert said[Event.DENIED_GRID] == "主任 王主任 想动网格 第一网格 的数据，不在其负责范围，被拒绝"
    assert said[Event.PERMISSION_DENIED] == "主任 王主任 想管理账号，没有权限，被拒绝"


def test_what_the_print_preview_records_reads_in_words(qtbot, session, village):
    session.record("print", "case:{case} {number}".format(**village), "slip printed 2 pages on HP LaserJet")
    session.record("print", "case:{case} {number}".format(**village), "public_notice saved to 公示.pdf")
    said = _sentences(_page(qtbot, session))
    assert said[0] == f"主任 王主任 打印了事件 {village['number']}（邻里纠纷） 的公示 另存为 公示.pdf"
    assert said[1] == f"主任 王主任 打印了事件 {village['number']}（邻里纠纷） 的上报单 在 HP LaserJet 上打印了 2 页"


def test_the_page_shows_what_the_services_did_in_words(qtbot, session, village):
    roster, training = RosterService(session), TrainingService(session)
    roster.unmask(village["resident"], "核对户籍")
    roster.set_status(village["resident"], "moved_out", "迁往太原")
    training.set_attendance(village["training"], [])
    training.delete_session(village["training"])
    page = _page(qtbot, session)
    said = _sentences(page)
    number = village["number"]
    assert "主任 王主任 登记或修改了网格 第一网格" in said
    assert "主任 王主任 登记或修改了居民 李*华 的信息" in said
    assert "主任 王主任 为网格员 张伟 登记了证书 GR-1" in said
    assert "主任 王主任 上报了事件“邻里纠纷”" in said
    assert f"主任 王主任 办理了事件 {number}（邻里纠纷）：案卷建立" in said
    assert "主任 王主任 查看了居民 李*华 的完整身份证号和电话，理由：核对户籍" in said
    assert "主任 王主任 把居民 李*华 登记为迁出：迁往太原" in said
    # the training is gone: the rows that named it say so, with what they knew
    assert "主任 王主任 删除了培训 2026-04-14 信息采集与台账填报（已删除）" in said
    assert "主任 王主任 登记了培训 编号 {0}（已删除） 的出勤（0 人）".format(village["training"]) in said
    assert not any(RAW_ID.search(s) or "李四华" in s for s in said)
    # the expert still has the stored fields and the hash, masked as the page is
    page.table.selectRow(0)
    assert "摘要：" in page.technical.toPlainText() and "training:" in page.technical.toPlainText()
    tip = page.model.data(page.model.index(0, AuditModel.SENTENCE), 3)  # ToolTipRole
    assert page.model.rows[0].hash in tip


def test_english_session_reads_the_rows_in_english(qtbot, session, village, english):
    page = _page(qtbot, session)
    said = _sentences(page)
    assert f"Director 王主任 worked on case {village['number']}（邻里纠纷）: file" in said or any(
        s.startswith("Director 王主任 worked on case") for s in said)
    assert "Director 王主任 registered or changed resident 李*华" in said
    for text in said:  # the words are English; only names and titles stay Chinese
        assert not CJK.search(re.sub(r"王主任|李\*华|张伟|第一网格|邻里纠纷|信息采集与台账填报|测试村", "", text)), text


def test_the_page_unmasks_after_a_reason_and_masks_again_on_the_next_search(qtbot, session, village):
    from gridDesk.ui.dialogs.reason_dialog import ReasonDialog
    from tests.ui.helpers import when_dialog_opens

    RosterService(session).unmask(village["resident"], "核对户籍")
    page = _page(qtbot, session)
    assert any("李*华" in s for s in _sentences(page)) and not any("李四华" in s for s in _sentences(page))
    page.table.selectRow(0)  # the newest: the unmasking of 李四华
    assert "李四华" not in page.technical.toPlainText() and "李*华" in page.technical.toPlainText()

    def reason(dialog):
        assert isinstance(dialog, ReasonDialog)
        dialog.reason.setText("核对投诉")
        dialog.submit()

    when_dialog_opens(reason)
    page.unmask()
    said = _sentences(page)
    assert said[0] == "主任 王主任 查看了审计日志中未遮蔽的姓名和号码，理由：核对投诉"
    assert "主任 王主任 查看了居民 李四华 的完整身份证号和电话，理由：核对户籍" in said
    page.search.click()
    assert not any("李四华" in s for s in _sentences(page))


def test_unmasked_view_needs_the_right_and_a_reason_and_is_logged(qtbot, access, session, village, monkeypatch):
    RosterService(session).unmask(village["resident"], "核对户籍")
    service = AuditService(session)
    rows, _n = service.entries(AuditFilter(action="unmask"), unmask_reason="核对投诉")
    assert any("李四华" in sentence(r) for r in rows)
    logged, _n = service.query(AuditFilter(action="unmask", text="audit log"))
    assert logged and logged[0].detail == "核对投诉"
    AccountsService(session, access).add("shen", "沈审计", Role.AUDITOR, "Audit@2026x")
    auditor = access.login("shen", "Audit@2026x")
    try:
        masked, _n = AuditService(auditor).entries(AuditFilter(action="unmask"))
        assert masked and not any("李四华" in sentence(r) or "李四华" in r.target for r in masked)
        with pytest.raises(PermissionDenied):
            AuditService(auditor).entries(AuditFilter(), unmask_reason="想看看")
        page = _page(qtbot, auditor)
        assert not page.unmask_button.isVisibleTo(page)
    finally:
        auditor.close()
