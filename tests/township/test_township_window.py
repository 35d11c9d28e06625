"""The township's window (issue 21 item 2) on both storages: the login says a wrong password in
words; the matrix's cells of a hand-built township (one village every month on time, one missing a
month and late, one with a package quarantined); the queue overdue first and an answer that lands
(a refused one loses nothing typed); the import with its progress; a reply written; an auditor
reads everything and is offered nothing to change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gridDesk.domain.township import TownshipRole
from gridDesk.services.township import add_staff, open_township
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_status import township_status
from gridDesk.ui.township.context import TownshipContext
from gridDesk.ui.township.login_dialog import TownshipLoginDialog
from gridDesk.ui.township.pages import build_township_window
from tests.township.conftest import DIRECTOR, PASSWORD
from tests.township.window_data import register, settle, three_villages

TODAY = date(2026, 12, 20)


@pytest.fixture
def built(tsession, tmp_path):
    stick = tmp_path / "stick"
    a, b, c = three_villages(stick)
    register(tsession, [a, b, c])
    summary = import_stick(tsession, stick)
    assert summary.loaded == 6 and summary.refused == 1, [p.reasons for p in summary.packages]
    settle(tsession, a, b, c)
    return a, b, c


@pytest.fixture
def window(qtbot, tsession):
    def make(session=tsession):
        w = build_township_window(TownshipContext(session, TODAY))
        qtbot.addWidget(w)
        return w
    return make


def test_login_says_a_wrong_password_in_words_and_keeps_the_name(qtbot, storage, township):
    dialog = TownshipLoginDialog(storage)
    qtbot.addWidget(dialog)
    dialog.username.setText(DIRECTOR if not storage.startswith("postgresql") else "nobody")
    dialog.password.setText("wrong-password")
    dialog.login_button.click()
    assert dialog.session is None and dialog.result() != dialog.DialogCode.Accepted
    said = dialog.error.text()
    assert dialog.error.isVisible() or not dialog.isVisible()
    assert said and "Traceback" not in said and ("密码" in said or "登录" in said or "账号" in said), said
    assert dialog.username.text() and dialog.password.text() == ""
    dialog.username.setText(DIRECTOR)
    dialog.password.setText(PASSWORD)
    dialog.login_button.click()
    assert dialog.session is not None and dialog.session.role is TownshipRole.DIRECTOR
    dialog.session.close()


def test_the_matrix_shows_each_villages_months(window, built):
    a, b, c = built
    w = window()
    page = w.page("dashboard")
    m = page.matrix
    periods = [m.horizontalHeaderItem(i).text() for i in range(m.columnCount())]
    assert periods == ["2026-09", "2026-10", "2026-11", "2026-12"]
    rows = {v.code: r for r, v in enumerate(page.status.villages)}

    def state(v, period):
        return m.item(rows[v.code], periods.index(period)).data(Qt.ItemDataRole.UserRole)

    assert [state(a, p) for p in periods] == ["on_time", "on_time", "on_time", "none"]
    assert [state(b, p) for p in periods] == ["on_time", "missing", "late", "none"]
    assert [state(c, p) for p in periods] == ["on_time", "failed", "missing", "none"]
    tip = m.item(rows[b.code], periods.index("2026-11")).toolTip()
    assert "2026-11" in tip and "逾期" in tip and "桃园村" in tip
    assert "隔离" in m.item(rows[c.code], periods.index("2026-10")).toolTip()
    assert m.item(rows[b.code], periods.index("2026-10")).text() == "—"
    assert page.waiting_card.value.text() == "3" and page.overdue_card.value.text() == "1"
    assert page.missing_card.value.text() == "1" and page.failed_card.value.text() == "1"


def test_the_queue_puts_the_overdue_first_and_an_answer_lands(window, built, tsession, tmp_path, qtbot):
    a, b, _c = built
    w = window()
    page = w.open("queue")
    keys = [(e.village, e.case_number, e.working_days_left) for e in page.rows]
    assert [k[:2] for k in keys] == [(a.code, f"{a.code}-2026-00008"), (b.code, f"{b.code}-2026-00005"),
                                     (a.code, f"{a.code}-2026-00007")]
    assert keys[0][2] < 0 <= keys[1][2] <= keys[2][2]
    assert page.table.item(0, 1).text().startswith("超期")
    page.table.selectRow(0)
    assert "宅基地纠纷 8" in page.facts.toPlainText() and "涉及土地确权" in page.facts.toPlainText()
    form = page.form
    assert form.isVisibleTo(page) and form.submit_button.isEnabled()
    # refused: an attachment that is not there; what was typed and chosen stays
    form.kind.setCurrentIndex(form.kind.findData("solved"))
    form.text.setPlainText("乡镇已协调国土所，边界已确认。")
    form.add_file(tmp_path / "no-such-photo.jpg")
    form.submit()
    assert w.context.runner.wait(20_000)
    assert form.error.text() and "no-such-photo.jpg" in form.error.text()
    assert form.text.toPlainText() == "乡镇已协调国土所，边界已确认。" and form.files.count() == 1
    assert form.kind.currentData() == "solved"
    assert township_status(tsession, TODAY).escalations[0].state == "waiting"
    # kept: the attachment removed, a real one added
    photo = tmp_path / "现场.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 2000)
    form.files.clear()
    form.add_file(photo)
    form.submit()
    assert w.context.runner.wait(20_000)
    assert form.error.text() == "" and form.text.toPlainText() == ""
    states = {(e.village, e.case_number): e.state for e in township_status(tsession, TODAY).escalations}
    assert states[(a.code, f"{a.code}-2026-00008")] == "answered"
    assert [e.case_number for e in page.rows] == [f"{b.code}-2026-00005", f"{a.code}-2026-00007"]
    page.filter.setCurrentIndex(page.filter.findData("answered"))
    assert [e.case_number for e in page.rows] == [f"{a.code}-2026-00008"]
    page.table.selectRow(0)
    text = page.facts.toPlainText()
    assert "已办结" in text and "边界已确认" in text and "现场.jpg" in text and "待写入回复包" in text


def test_import_shows_progress_and_each_packages_outcome(window, tsession, tmp_path, qtbot):
    stick = tmp_path / "stick"
    a, b, c = three_villages(stick)
    register(tsession, [a, b, c])
    w = window()
    page = w.open("import")
    seen = []
    page.stage.connect(lambda done, total, batch: seen.append((done, total, batch)))
    page.folder.setText(str(stick))
    page.start()
    assert w.context.runner.wait(120_000)
    qtbot.waitUntil(lambda: page.summary is not None, timeout=5000)
    assert seen and seen[-1][0] == seen[-1][1] == 7 and all(t == 7 for _d, t, _b in seen)
    outcomes = [page.results.item(r, 2).text() for r in range(page.results.rowCount())]
    assert outcomes.count("已导入") == 6 and outcomes.count("已隔离（未导入）") == 1
    row = outcomes.index("已隔离（未导入）")
    assert page.results.item(row, 3).text()  # the reasons, in words
    assert "事件 1" in page.results.item(0, 3).text()
    # the same stick again: already had, nothing twice; the dashboard read again
    page.start()
    assert w.context.runner.wait(120_000)
    qtbot.waitUntil(lambda: page.bar.isHidden(), timeout=5000)
    again = [page.results.item(r, 2).text() for r in range(page.results.rowCount())]
    assert again.count("已有（同一批次，未重复导入）") == 6
    # a folder that is not there: said in words, the page usable
    page.folder.setText(str(tmp_path / "gone"))
    page.start()
    assert w.context.runner.wait(20_000)
    qtbot.waitUntil(lambda: page.import_button.isEnabled(), timeout=5000)
    assert page.error.text() and "gone" in page.error.text()


def test_a_reply_is_written_for_one_village(window, built, tmp_path, qtbot):
    a, _b, _c = built
    w = window()
    page = w.open("reply")
    page.village.setCurrentIndex(page.village.findData(a.code))
    out = tmp_path / "reply-stick"
    out.mkdir()
    page.folder.setText(str(out))
    page.start()
    assert w.context.runner.wait(60_000)
    qtbot.waitUntil(lambda: page.write_button.isEnabled(), timeout=5000)
    assert page.error.text() == "", page.error.text()
    [written] = page.written
    assert written.village == a.code and written.receipts == 3 and Path(written.folder).is_dir()
    assert page.results.item(0, 1).text() == written.reply and page.results.item(0, 2).text() == "3"
    page.start()  # nothing new to send: said so
    assert w.context.runner.wait(60_000)
    qtbot.waitUntil(lambda: page.write_button.isEnabled(), timeout=5000)
    assert page.results.item(0, 1).text() == "没有要发的"


def test_an_auditor_reads_everything_and_changes_nothing(window, built, storage, pg_server_or_none, tsession):
    if storage.startswith("postgresql"):
        role = f"clerk_{storage.rsplit('_', 1)[1].split('?')[0][:8]}"
        pg_server_or_none.sql(f"CREATE ROLE {role} LOGIN PASSWORD 'Audit@2026pass'")
        add_staff(tsession, "shenji", "赵审计", "auditor", db_role=role)
        base, _, query = storage.partition("?")
        auditor = open_township(f"postgresql://{role}:Audit%402026pass@" + base.split("@", 1)[1]
                                + (f"?{query}" if query else ""), "shenji", None)
    else:
        add_staff(tsession, "shenji", "赵审计", "auditor", "Audit@2026pass")
        auditor = open_township(storage, "shenji", "Audit@2026pass")
    try:
        w = window(auditor)
        assert w.keys() == ["dashboard", "villages", "queue", "downlinks"]  # no 考核复核, import, reply
        assert w.page("dashboard").waiting_card.value.text() == "3"
        queue = w.open("queue")
        queue.table.selectRow(0)
        assert "宅基地纠纷" in queue.facts.toPlainText()
        assert not queue.form.isVisibleTo(queue)
        villages = w.open("villages")
        assert villages.views and villages.views[0].residents == 6
    finally:
        auditor.close()


def test_the_server_gone_is_said_in_words_and_the_page_stays(window, built, storage, pg_server_or_none, qtbot):
    if not storage.startswith("postgresql"):
        pytest.skip("a file cannot go away under an open session; the server can")
    w = window()
    page = w.page("dashboard")
    shown = page.matrix.rowCount()
    name = storage.rsplit("/", 1)[1].split("?")[0]
    pg_server_or_none.sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    pg_server_or_none.kick(name)
    try:
        page.refresh()
        assert page.problem.isVisibleTo(page) and page.problem.text()
        assert "Traceback" not in page.problem.text() and page.matrix.rowCount() == shown
    finally:
        pg_server_or_none.sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    page.refresh()
    assert not page.problem.isVisibleTo(page)


def test_villages_side_by_side_and_one_villages_reports(window, built, tsession):
    from gridDesk.domain.township import TownshipError
    from gridDesk.services.township_views import village_views

    a, b, c = built
    w = window()
    page = w.open("villages")
    page.choose([a.code, b.code, c.code])
    t = page.compare
    assert [t.horizontalHeaderItem(i).text() for i in range(t.columnCount())] == ["杏花村", "桃园村", "柳林村"]
    rows = {t.verticalHeaderItem(r).text(): r for r in range(t.rowCount())}
    assert [t.item(rows["居民"], col).text() for col in range(3)] == ["6", "3", "0"]
    assert [t.item(rows["隔离的包"], col).text() for col in range(3)] == ["0", "0", "1"]
    assert [t.item(rows["上报件"], col).text() for col in range(3)] == ["2", "1", "0"]
    assert page.figures.rowCount() == 2 and page.figures.item(0, 3).text() == "cases_reported"
    page.choose([c.code])
    assert page.quarantine.rowCount() == 1 and "密钥" in page.quarantine.item(0, 3).text()
    with pytest.raises(TownshipError) as e:
        village_views(tsession, [f"140105100{n:03d}" for n in range(201, 208)])
    assert e.value.code == "township.view.too_many"
    with pytest.raises(TownshipError) as e:
        village_views(tsession, ["140105100299"])
    assert e.value.code == "township.view.no_village"


def test_the_command_line_opens_the_window_by_its_own_subcommand():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "gridDesk", "township", "window", "--help"], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0 and "--db" in out.stdout and "--user" not in out.stdout  # the login asks
