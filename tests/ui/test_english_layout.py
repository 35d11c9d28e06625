"""Issue 22 item 14: the English window as a person sees it at 1280x800."""

from __future__ import annotations

import pytest

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.ui import i18n
from gridDesk.ui.shell import build_main_window

TS = paths.resources_dir() / "i18n" / "griddesk_en.ts"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    return build_demo(tmp_path_factory.mktemp("demo"), paths.migrations_dir(), 300, make_access=make,
                      with_activity=True).db_path


@pytest.fixture(params=["en", "zh_CN"])
def window(request, qtbot, qapp, demo_db):
    translators = i18n.install(qapp, request.param)
    access = Access(demo_db, paths.migrations_dir(), MemoryCache())
    session = access.login("demo", "Demo@2026")
    chosen = {"code": request.param}
    w = build_main_window(session, access, lambda: chosen["code"], lambda code: chosen.update(code=code))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.language = request.param
    yield w
    w.close()
    session.close()
    for t in translators:
        qapp.removeTranslator(t)


def test_no_translation_adds_a_stray_mnemonic():
    """An "&" in a translation underlines the next letter on tabs and buttons ("Residents _households")."""
    import xml.etree.ElementTree as ET

    stray = [(m.findtext("source"), m.findtext("translation"))
             for m in ET.parse(TS).getroot().iter("message")
             if "&" in (m.findtext("translation") or "").replace("&&", "") and "(&" not in m.findtext("source")]
    assert stray == []


def test_tab_labels_have_no_stray_mnemonic(window, qtbot):
    from PySide6.QtWidgets import QTabWidget

    for key in ("roster", "training"):
        window.show_page(key)
        for tabs in window.page(key).findChildren(QTabWidget):
            for i in range(tabs.count()):
                assert "&" not in tabs.tabText(i).replace("&&", "") and "_" not in tabs.tabText(i)


def test_dashboard_labels_fit_and_the_sidebar_needs_no_scroll_bar(window, qtbot, tmp_path):
    page = window.page("dashboard")
    qtbot.waitUntil(lambda: page.cards["residents"].value.text() != "–", timeout=10000)
    qtbot.wait(50)
    clipped = [(card.caption.text(), card.caption.sizeHint().width(), card.caption.width())
               for card in [*page.cards.values(), page.cert_card]
               if card.caption.sizeHint().width() > card.caption.width()]
    assert clipped == []
    sidebar = window.sidebar
    assert not sidebar.horizontalScrollBar().isVisible()
    widest = max(sidebar.visualItemRect(sidebar.item(i)).width() for i in range(sidebar.count()))
    assert all(sidebar.fontMetrics().horizontalAdvance(sidebar.item(i).text()) + 20 + 36 <= widest
               for i in range(sidebar.count()))
    window.grab().save(str(tmp_path / f"dashboard_{window.language}.png"))


def test_the_window_keeps_its_size_on_every_page_and_after_switching_language(window, qtbot):
    size = window.size()
    for entry in window.pages:
        window.show_page(entry.key)
        qtbot.wait(20)
        assert window.size() == size, entry.key
    window.show_page("settings")
    settings = window.page("settings")
    settings.language.setCurrentIndex(settings.language.findData("zh_CN" if window.language == "en" else "en"))
    qtbot.wait(20)
    window.show_page("dashboard")
    qtbot.wait(20)
    assert window.size() == size


def test_the_note_speaks_the_chosen_language_and_offers_a_restart(window, qtbot, tmp_path):
    window.show_page("settings")
    page = window.page("settings")
    other = "zh_CN" if window.language == "en" else "en"
    page.language.setCurrentIndex(page.language.findData(other))
    qtbot.wait(20)
    if other == "zh_CN":
        assert page.language_note.text() == "重新打开程序后生效。" and page.restart_button.text() == "立即重启"
    else:
        assert "next time" in page.language_note.text() and page.restart_button.text() == "Restart now"
    assert page.restart_button.isVisible()
    window.grab().save(str(tmp_path / f"settings_switched_from_{window.language}.png"))
    page.language.setCurrentIndex(page.language.findData(window.language))  # changed their mind
    assert page.language_note.text() == "" and not page.restart_button.isVisible()


def test_restart_now_closes_the_window_the_normal_way_first(window, qtbot):
    from gridDesk.services.audit import AuditFilter, AuditService

    window.show_page("settings")
    page = window.page("settings")
    page.language.setCurrentIndex(page.language.findData("zh_CN" if window.language == "en" else "en"))
    page.restart_button.click()
    assert window.restart_requested and not window.isVisible()
    reader = window.access.login("demo", "Demo@2026")
    try:
        rows, _ = AuditService(reader).query(AuditFilter(action="logout"))
        assert rows  # the logout was recorded: the normal close path ran
    finally:
        reader.close()


def test_the_restart_repeats_this_process_command_line(tmp_path):
    import json
    import subprocess
    import sys

    code = "import json; from gridDesk.ui.restart import command; print(json.dumps(command()))"
    done = subprocess.run([sys.executable, "-X", "utf8", "-c", code, "--demo"], capture_output=True, text=True,
                          check=True, cwd=str(paths.install_root()))
    program, arguments = json.loads(done.stdout)
    assert program == sys.executable and arguments == ["-X", "utf8", "-c", code, "--demo"]


def test_every_page_fits_a_1280_window_without_scrolling_sideways(window, qtbot):
    """Every page and every tab, in both languages: a page wider than the space beside the
    sidebar scrolls sideways and hides its right-hand buttons (the petitions' twelve buttons in
    one row did; in English so did 网格与人口, 培训, 党建, 打印 and 档案上报). Each button a
    person can see lies inside the window: the wrapping rows really wrap."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QPushButton

    room = window.stack.width()
    for entry in window.pages:
        window.show_page(entry.key)
        qtbot.wait(20)
        page = window.page(entry.key)
        tabs = getattr(page, "tabs", None)
        for i in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(i)
                qtbot.wait(20)
                tab = tabs.widget(i)
                assert tab.minimumSizeHint().width() + 50 <= room, (entry.key, tabs.tabText(i))
            for button in page.findChildren(QPushButton):
                if button.isVisible() and button.width() > 0:
                    right = button.mapTo(window.stack, QPoint(button.width(), 0)).x()
                    assert right <= room, (entry.key, button.text(), right, room)
        assert page.minimumSizeHint().width() <= room, entry.key
