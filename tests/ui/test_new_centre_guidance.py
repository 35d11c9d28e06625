"""Issue 22 item 9: a new centre is guided. The 工作台 shows the 开始使用 checklist, ticked from the
data with a button to each step's place; zeros are grey, not red; the visits table has no weeks
before the centre was set up; 帮助 → 使用说明 opens the manual and its pictures load."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from gridDesk import paths
from gridDesk.domain.roster import Grid, GridKind, Resident
from gridDesk.domain.visits import week_of
from gridDesk.services.grids import GridService
from gridDesk.services.roster import RosterService
from gridDesk.ui.shell import build_main_window


def _window(qtbot, session, access):
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _colour(label) -> QColor:
    return label.palette().color(label.foregroundRole())


def test_a_new_centre_gets_the_checklist_and_grey_zeros(qtbot, access, session, tmp_path):
    window = _window(qtbot, session, access)
    dashboard = window.page("dashboard")
    steps = dashboard.first_steps
    qtbot.waitUntil(lambda: steps.isVisible(), timeout=5000)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "new_centre.png"))
    assert window.height() <= 800  # the checklist scrolls with the page; it does not grow the window off screen
    assert list(steps.marks) == ["grids", "team", "ledger", "backup", "signs"]
    assert not any(steps.is_ticked(key) for key in steps.marks)
    # Nothing has happened yet, so nothing is wrong: the warning cards' zeros are grey, not red.
    overdue = dashboard.cards["cases_overdue"].value
    assert overdue.text() == "0" and _colour(overdue).red() < 200
    assert _colour(overdue).name() != QColor("#b3261e").name()
    assert dashboard.no_charts.isVisible() and not dashboard.charts.isVisible()  # a sentence, not empty axes

    # The first step's button goes to where grids are made; a grid made, the step is ticked.
    steps.buttons["grids"].click()
    people = window.page("roster")
    assert window.stack.currentWidget() is people and people.tabs.currentWidget() is people.grids
    grids = GridService(session)
    grids.save(Grid(grids.next_code(), "第一网格", GridKind.RURAL))
    window.show_page("dashboard")
    dashboard.refresh()
    assert steps.is_ticked("grids") and not steps.is_ticked("team")
    steps.buttons["backup"].click()
    assert window.stack.currentWidget() is window.page("settings")

    # Put away by hand: it stays away.
    window.show_page("dashboard")
    steps.hide_button.click()
    dashboard.refresh()
    assert not steps.isVisible()


def test_a_new_centres_visits_table_has_no_weeks_before_it(qtbot, access, session, tmp_path):
    grids = GridService(session)
    code = grids.next_code()
    grids.save(Grid(code, "第一网格", GridKind.RURAL))
    RosterService(session).save_resident(Resident("张三", "11010519491231002X", "", date(1949, 12, 31), "", "H1",
                                                  "户主", code))
    window = _window(qtbot, session, access)
    window.show_page("visits")
    visits = window.page("visits")
    qtbot.waitUntil(lambda: visits.matrix.rowCount() == 1, timeout=5000)
    window.grab().save(str(tmp_path / "visits.png"))
    assert visits.matrix.columnCount() == 1  # this week only: the centre was set up this week
    assert visits.rows[0][0].week == week_of(visits.service.today())
    assert visits.matrix.horizontalHeaderItem(0).text().startswith("本周")


def test_the_manual_opens_from_the_help_menu_and_its_pictures_load(qtbot, access, session, tmp_path):
    window = _window(qtbot, session, access)
    assert window.manual_action.text().startswith("使用说明")
    window.manual_action.trigger()
    manual = window.manual
    qtbot.waitExposed(manual)
    browser = manual.browser
    text = browser.toPlainText()
    for topic in ("登录与锁定", "建网格", "导入台账", "登记走访", "六步", "备份到 U 盘", "打印公示牌", "导出档案"):
        assert topic in text, topic
    html = paths.manual_page().read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 8
    for name in pictures:  # each picture as the browser itself loads it, relative to the page
        loaded = browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        image = loaded if isinstance(loaded, QImage) else QImage.fromData(loaded) if loaded else QImage()
        assert not image.isNull(), f"broken picture: {name}"
    manual.grab().save(str(tmp_path / "manual.png"))
    browser.scrollToAnchor("case")
    manual.grab().save(str(tmp_path / "manual_case.png"))
