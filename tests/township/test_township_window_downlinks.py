"""The township window's 考核复核 and 下发 pages (issue 21 item 2), on both storages: a second review
recorded from the window lands (the waiting list shrinks, it is listed as waiting to go out, the
village's reply carries it); a task and a training session sent from the window (the 回复 page
counts what the next reply carries); a refusal keeps everything typed; an auditor reads what waits
to go down, has no 考核复核 and no enabled button; both pages fit 1280x800 in both languages."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from gridDesk.archive.reply_read import read_reply
from gridDesk.domain.township import ADMISSION_LIST
from gridDesk.services.township import add_staff, add_village, open_township
from gridDesk.services.township_downlinks import send_task
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_pending import pending_downlinks
from gridDesk.services.township_reply import write_replies
from gridDesk.services.township_reviews import waiting_reviews
from gridDesk.ui.township.context import TownshipContext
from gridDesk.ui.township.pages import build_township_window
from tests.township.packages import Village
from tests.township.reviews_items import review_row, reviews_item

MASKED = "140105********123X"
SOON = (date.today() + timedelta(days=10)).isoformat()


@pytest.fixture
def village(tsession, tmp_path):
    """杏花村, whose batch brought its own (first) review of 张三's and 李四's third quarter."""
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(reviews_item(v, [review_row("2026Q3", "张三", "first", 7),
                                                     review_row("2026Q3", "李四", "first", 8, "工作扎实")]),))
    assert import_stick(tsession, tmp_path / "s1").loaded == 1
    return v


@pytest.fixture
def window(qtbot, tsession):
    def make(session=tsession):
        w = build_township_window(TownshipContext(session))  # today: the services check the real day
        qtbot.addWidget(w)
        return w
    return make


def _finish(w, qtbot, until) -> None:
    """The service call on the runner's thread done, and its outcome shown (until() holds)."""
    assert w.context.runner.wait(30_000)
    qtbot.waitUntil(until, timeout=5000)


def test_a_second_review_recorded_in_the_window_lands(window, village, tsession, tmp_path, qtbot):
    w = window()
    page = w.open("reviews")
    assert [(r.member, r.total, r.grade) for r in page.rows] == [("张三", "88", "良好"), ("李四", "88", "良好")]
    assert page.table.item(1, 5).text() == "工作扎实" and page.unsent.rowCount() == 0
    assert not page.form.submit_button.isEnabled()  # nothing chosen yet
    assert page.select(village.code, "2026Q3", "李四")
    assert "杏花村党总支" in page.facts.toPlainText() and "工作扎实" in page.facts.toPlainText()
    form = page.form
    assert form.reviewer.placeholderText().endswith(tsession.name)
    # refused: points that are not a number; the decision, the reviewer and the change stay
    form.decision.setPlainText("同意初评，入户走访一项调整")
    form.reviewer.setText("镇党委组织委员")
    form.add_change("入户走访", "八十", "复核台账后调整")
    form.submit()
    _finish(w, qtbot, lambda: form.error.text() != "")
    assert form.error.text() and "八十" in form.error.text() and "Traceback" not in form.error.text()
    assert form.decision.toPlainText() == "同意初评，入户走访一项调整" and form.reviewer.text() == "镇党委组织委员"
    assert [c.item for c in form.typed_changes()] == ["入户走访"] and len(page.rows) == 2
    # kept: the points corrected
    form.changes.item(0, 1).setText("80")
    form.submit()
    _finish(w, qtbot, lambda: form.decision.toPlainText() == "")
    assert form.error.text() == "" and form.decision.toPlainText() == "" and form.changes.rowCount() == 0
    assert [r.member for r in page.rows] == ["张三"] and [r.member for r in waiting_reviews(tsession)] == ["张三"]
    assert page.unsent.rowCount() == 1 and page.unsent.item(0, 2).text() == "李四"
    assert page.unsent.item(0, 4).text() == "镇党委组织委员"
    assert "已复评待发出 1 项" in page.summary.text()
    # the 回复 page counts it, and the reply carries it
    reply_page = w.open("reply")
    counts = {c.code: (c.reviews, c.tasks, c.trainings) for c in reply_page.pending.counts}
    assert counts == {village.code: (1, 0, 0)} and reply_page.pending.table.item(0, 2).text() == "1"
    [written] = write_replies(tsession, tmp_path / "r", village.code)
    reply = read_reply(Path(written.folder), tsession.signing_key().public().fingerprint(), village.code)
    [review] = reply.reviews
    assert (review.member.name, review.member.member_id, review.reviewer) == ("李四", 8, "镇党委组织委员")
    assert [(c.item, c.points, c.reason) for c in review.changes] == [("入户走访", 80.0, "复核台账后调整")]
    w.context.changed.emit("reply")
    page = w.open("reviews")
    assert page.unsent.rowCount() == 0 and [c.reviews for c in reply_page.pending.counts] == [0]


def test_a_task_and_a_training_sent_from_the_window(window, village, tsession, tmp_path, qtbot):
    other = Village("140105100202", "梨花村综治中心")
    add_village(tsession, other.code, "梨花村", other.fingerprint)
    w = window()
    page = w.open("downlinks")
    task = page.task_form
    assert [task.task_type.itemText(i) for i in range(task.task_type.count())] == list(ADMISSION_LIST)
    assert task.village.currentData() == ""  # every village unless one is chosen
    # refused: a grid code that is not one; everything typed stays
    task.task_type.setCurrentIndex(1)
    task.title.setText("开展春节前矛盾纠纷大排查")
    task.document.setText("小综治〔2026〕3号")
    task.details.setPlainText("逐户排查，\n月底报结果。")
    task.grids.setText("G01 网格二")
    task.submit()
    _finish(w, qtbot, lambda: task.error.text() != "")
    assert task.error.text() and "网格二" in task.error.text()
    assert (task.title.text(), task.document.text(), task.grids.text()) == ("开展春节前矛盾纠纷大排查", "小综治〔2026〕3号",
                                                                         "G01 网格二")
    assert task.details.toPlainText() == "逐户排查，\n月底报结果。" and page.tasks.rowCount() == 0
    task.grids.setText("G01")
    task.submit()
    _finish(w, qtbot, lambda: task.title.text() == "")
    assert task.error.text() == "" and task.title.text() == ""
    assert page.tasks.rowCount() == 2  # one per village
    assert {page.tasks.item(r, 0).text() for r in range(2)} == {"杏花村", "梨花村"}
    assert page.tasks.item(0, 1).text() == ADMISSION_LIST[1] and page.tasks.item(0, 5).text() == "G01"
    # training: the village's members by name (from its review results), another typed by hand
    page.tabs.setCurrentIndex(1)
    training = page.training_form
    training.village.setCurrentIndex(training.village.findData(village.code))
    names = [training.people.item(i).text() for i in range(training.people.count())]
    assert names == ["张三", "李四"]
    training.topic.setText("人民调解实务")
    training.place.setText("镇会议室")
    training.trainer.setText("司法所王所长")
    assert training.tick("张三")
    training.typed.setText(f"王五/{MASKED}")
    training.add_typed()
    training.submit()  # refused: no hours given
    _finish(w, qtbot, lambda: training.error.text() != "")
    assert training.error.text() and "Traceback" not in training.error.text()
    assert [(a.name, a.id_masked) for a in training.attendees()] == [("张三", ""), ("王五", MASKED)]
    assert training.topic.text() == "人民调解实务" and training.trainer.text() == "司法所王所长"
    training.hours.setText("2.5")
    training.submit()
    _finish(w, qtbot, lambda: training.topic.text() == "")
    assert training.error.text() == "" and training.topic.text() == "" and training.attendees() == []
    assert page.trainings.rowCount() == 1
    assert [page.trainings.item(0, c).text() for c in (0, 1, 3, 4, 5)] == ["杏花村", "人民调解实务", "2.5", "2",
                                                                            "张三、王五"]
    [mine] = pending_downlinks(tsession, village.code)
    assert len(mine.tasks) == 1 and [(p.name, p.member_id) for p in mine.trainings[0].people] == [("张三", 7),
                                                                                                  ("王五", None)]
    # the 回复 page says what each village's next reply carries, and writes it
    reply = w.open("reply")
    counts = {c.code: (c.reviews, c.tasks, c.trainings) for c in reply.pending.counts}
    assert counts == {village.code: (0, 1, 1), other.code: (0, 1, 0)}
    out = tmp_path / "reply-stick"
    out.mkdir()
    reply.village.setCurrentIndex(reply.village.findData(village.code))
    reply.folder.setText(str(out))
    reply.start()
    _finish(w, qtbot, lambda: reply.results.rowCount() == 1)
    assert [reply.results.item(0, c).text() for c in (4, 5, 6)] == ["0", "1", "1"]
    assert {c.code: (c.tasks, c.trainings) for c in reply.pending.counts} == {village.code: (0, 0),
                                                                              other.code: (1, 0)}
    assert page.tasks.rowCount() == 1 and page.trainings.rowCount() == 0  # read again after the reply


def _auditor(storage, tsession, pg_server_or_none):
    if storage.startswith("postgresql"):
        role = f"clerk_{storage.rsplit('_', 1)[1].split('?')[0][:8]}"
        pg_server_or_none.sql(f"CREATE ROLE {role} LOGIN PASSWORD 'Audit@2026pass'")
        add_staff(tsession, "shenji", "赵审计", "auditor", db_role=role)
        base, _, query = storage.partition("?")
        return open_township(f"postgresql://{role}:Audit%402026pass@" + base.split("@", 1)[1]
                             + (f"?{query}" if query else ""), "shenji", None)
    add_staff(tsession, "shenji", "赵审计", "auditor", "Audit@2026pass")
    return open_township(storage, "shenji", "Audit@2026pass")


def test_an_auditor_reads_what_waits_and_has_no_enabled_button(window, village, tsession, storage,
                                                               pg_server_or_none):
    send_task(tsession, village.code, ADMISSION_LIST[0], "人口信息核查", SOON)
    auditor = _auditor(storage, tsession, pg_server_or_none)
    try:
        w = window(auditor)
        assert "reviews" not in w.keys() and "downlinks" in w.keys()
        page = w.open("downlinks")
        assert page.read_only and page.tasks.rowCount() == 1 and page.tasks.item(0, 2).text() == "人口信息核查"
        enabled = [b.text() for b in page.findChildren(QPushButton) if b.isEnabled() and b.objectName() != "Refresh"]
        assert enabled == []
        assert not page.task_form.title.isEnabled() and not page.training_form.topic.isEnabled()
        assert page.problem.isHidden()
    finally:
        auditor.close()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_both_pages_fit_1280_by_800(window, village, qapp, language):
    from gridDesk.ui import i18n

    translators = i18n.install(qapp, language)
    try:
        w = window()
        w.resize(1280, 800)
        titles = {p.key: p.title for p in w.pages}
        if language == "en":
            assert titles["reviews"] != "考核复核" and titles["downlinks"] != "下发"
        for key in ("reviews", "downlinks", "reply"):
            page = w.open(key)
            if key == "reviews":
                page.select(village.code, "2026Q3", "张三")
            tabs = [page.tabs.widget(i) for i in range(page.tabs.count())] if key == "downlinks" else []
            for part in [page, *tabs]:
                hint = part.minimumSizeHint()
                assert hint.width() <= 1280 - w.sidebar.width() and hint.height() <= 760, (key, hint)
            hint = w.minimumSizeHint()
            assert hint.width() <= 1280 and hint.height() <= 800, (key, hint)
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_the_downlinks_page_shows_the_admission_list_in_force(window, village, tsession):
    """The 准入清单 the tasks are typed by was only a combo box's items; the page says it now, and
    the list the director set replaces the default there (issue 21 open finding 4)."""
    from gridDesk.services.township_task_types import set_task_types

    page = window().open("downlinks")
    assert "现行准入清单（5 个任务类型" in page.admission.text() and ADMISSION_LIST[2] in page.admission.text()
    set_task_types(tsession, ["矛盾纠纷排查化解", "城乡环境整治巡查"])
    page.refresh()
    assert page.admission.text().endswith("：矛盾纠纷排查化解；城乡环境整治巡查")
    assert ADMISSION_LIST[2] not in page.admission.text()
