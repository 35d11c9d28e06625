"""Renders what a person sees to PNG, for the README and for a look during review.

    uv run python tests/screenshots.py [OUT_DIR]

Builds a demo village in a temporary folder, logs in as the demo director and renders the main
window (工作台, 审计, 设置), the login dialog and the lock screen, offscreen; then a new centre's
工作台 with its 开始使用 checklist. These are also the pictures of the manual (resources/manual/).
"""

from __future__ import annotations

import os
import sys
import time
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from gridDesk import paths  # noqa: E402
from gridDesk.security.keycache import MemoryCache  # noqa: E402
from gridDesk.services.access import Access  # noqa: E402
from gridDesk.services.demo import DEMO_PASSWORD, DEMO_USER, build_demo  # noqa: E402
from gridDesk.ui import i18n  # noqa: E402
from gridDesk.ui.dialogs.login_dialog import LoginDialog  # noqa: E402
from gridDesk.ui.shell import build_main_window  # noqa: E402
from gridDesk.ui.theme import STYLE  # noqa: E402


def grab(widget, path: Path) -> None:
    widget.show()
    # The dashboard's figures arrive just after the first paint: let them.
    for _ in range(20):
        QApplication.processEvents()
        time.sleep(0.02)
    widget.grab().save(str(path))
    print(path)


def sign_png(session, path: Path) -> None:
    """The first grid's sign as a person will see it on paper (rendered from the PDF)."""
    from io import BytesIO

    import pypdfium2

    from gridDesk.services.printouts import PrintService
    from gridDesk.ui.dialogs.print_preview import render_page

    service = PrintService(session)
    buffer = BytesIO()
    service.print_signs(buffer, [service.sign_status()[0].grid_code], record=False)
    render_page(pypdfium2.PdfDocument(buffer.getvalue()), 0, 1100 / (420 / 25.4 * 72)).save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else paths.resources_dir() / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyleSheet(STYLE)
    i18n.install(app, os.environ.get("GRIDDESK_LANG", "zh_CN"))
    with tempfile.TemporaryDirectory() as tmp:
        make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
        summary = build_demo(Path(tmp), paths.migrations_dir(), 1000, make_access=make, with_activity=True)
        access = make(summary.db_path)
        login = LoginDialog(access, "杏花村（演示）", DEMO_USER,
                            f"演示村：登录名 {DEMO_USER}，密码 {DEMO_PASSWORD}")
        grab(login, out / "login.png")
        session = access.login(DEMO_USER, DEMO_PASSWORD)
        window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
        window.resize(1400, 820)
        grab(window, out / "main_window.png")
        window.show_page("roster")
        people = window.page("roster")
        people.residents.table.selectRow(2)
        people.residents.search.setText("zh")
        people.residents.run_search()
        grab(window, out / "roster.png")
        people.residents.search.clear()
        people.residents.run_search()
        people.tabs.setCurrentWidget(people.team)
        grab(window, out / "team.png")
        for tab, name in ((people.staffing, "staffing"), (people.wechat, "wechat"), (people.volunteers, "volunteers")):
            people.tabs.setCurrentWidget(tab)  # issue 19: vacancies, 一户一代表, volunteers and 信息员
            grab(window, out / f"{name}.png")
        window.show_page("visits")
        grab(window, out / "visits.png")
        window.page("visits").show_part("report")
        grab(window, out / "week_report.png")
        window.show_page("daily_logs")
        window.page("daily_logs").show_part("month")
        grab(window, out / "daily_logs.png")
        window.show_page("patrols")
        grab(window, out / "patrols.png")
        window.show_page("cycle")
        window.page("cycle").show_part("meetings")
        grab(window, out / "meetings.png")
        window.page("cycle").show_part("review")
        grab(window, out / "review.png")
        window.page("cycle").show_part("pay")
        grab(window, out / "pay.png")
        window.show_page("party")  # issue 19: the party organisations and 党员联户
        window.page("party").show_part("orgs")
        grab(window, out / "party_orgs.png")
        window.page("party").show_part("contacts")
        grab(window, out / "party_contacts.png")
        window.page("party").show_part("stations")
        grab(window, out / "stations.png")
        for part in ("mediation", "register"):  # issue 20: people's mediation and petitions, one page
            window.show_page("disputes")
            window.page("disputes").show_part(part)
            grab(window, out / f"{'petitions' if part == 'register' else part}.png")
        window.show_page("reports")
        grab(window, out / "reports.png")
        window.show_page("training")
        window.page("training").show_part("compliance")
        grab(window, out / "training.png")
        window.show_page("printing")
        grab(window, out / "printing.png")
        sign_png(session, out / "sign.png")
        window.show_page("archive")
        grab(window, out / "archive.png")
        window.show_page("cases")
        cases = window.page("cases")
        emergency = next(c for c in cases.cases if c.work_kind.value == "emergency")
        cases.select_case(emergency.id)  # escalated by phone at once, with who took the call
        grab(window, out / "cases.png")
        matter = next(c for c in cases.cases if c.work_kind.value == "approval")
        cases.select_case(matter.id)  # the 需审批 matter in its public notice
        grab(window, out / "cases_approval.png")
        window.show_page("audit")
        grab(window, out / "audit.png")
        window.show_page("settings")
        grab(window, out / "settings.png")
        window.lock()
        grab(window, out / "lock_screen.png")
        window.close()
        session.close()
        new_centre(make(Path(tmp) / "new" / "griddesk.db"), out)


def new_centre(access, out: Path) -> None:
    """A centre just set up through the wizard: the 工作台 with its 开始使用 checklist (the manual's)."""
    access.create_centre("新村", "140105100202", "小店镇", "zhuren", "王主任", "Grid@2026pass")
    session = access.login("zhuren", "Grid@2026pass")
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    window.resize(1400, 820)
    grab(window, out / "first_steps.png")
    window.close()
    session.close()


if __name__ == "__main__":
    main()
