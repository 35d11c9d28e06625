"""The longest UI-thread stall in the benchmark's page-open and action rows (budget: none over
100 ms), each action started from the event loop as a click would be and measured with the
heartbeat of tests/bench/stalls.py. Run on the big village with the activity rows' 20,000 cases
and 200,000 visits, so the pages open on what the other rows time."""

from __future__ import annotations

import statistics
from io import BytesIO

from tests.bench.stalls import longest_stall

Row = tuple[str, float, float | None, str]
BUDGET = "< 0.100 s stall"


def rows(session, repeat: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from tests.bench import activity_bench

    activity_bench.fill(session)
    app = QApplication.instance() or QApplication([])
    try:
        from gridDesk.ui.bundle import SessionBundle

        bundle = SessionBundle(session)
        get, wait = bundle.get, bundle.runner.wait
    except ImportError:  # the code before issue 16, for the baseline: pages took the session
        bundle, get, wait = session, (lambda cls: cls(session)), (lambda _ms: None)
    kept = []  # pages stay alive until their row is done

    def open_page(make):
        def action():
            page = make()
            page.resize(1300, 800)
            page.show()
            page.refresh()
            kept.append(page)
        return action

    def done_with_pages() -> None:
        for page in kept:
            page.close()
            page.deleteLater()
        kept.clear()
        app.processEvents()

    def measure(action, until=lambda: True) -> float:
        def once() -> float:
            stall = longest_stall(action, until)
            wait(600_000)
            done_with_pages()
            return stall
        return statistics.median(once() for _ in range(repeat))

    from gridDesk.services.dashboard import DashboardService
    from gridDesk.ui.pages.cases_page import CasesPage
    from gridDesk.ui.pages.dashboard import DashboardPage
    from gridDesk.ui.pages.roster_page import RosterPage
    from gridDesk.ui.pages.training_page import TrainingPage
    from gridDesk.ui.pages.visits_page import VisitsPage

    out: list[Row] = []
    for name, make in (("dashboard", lambda: DashboardPage(bundle, get(DashboardService), "村", "主任")),
                       ("roster", lambda: RosterPage(bundle)), ("visits", lambda: VisitsPage(bundle)),
                       ("cases", lambda: CasesPage(bundle)), ("training", lambda: TrainingPage(bundle))):
        out.append((f"UI stall: open the {name} page", measure(open_page(make)), None, BUDGET))

    cases = CasesPage(bundle)
    cases.resize(1300, 800)
    cases.show()
    cases.refresh()
    first = cases.cases[0].id if cases.cases else None
    out.append(("UI stall: show a case on the cases page",
                measure(lambda: cases.select_case(first)), None, BUDGET))
    cases.close()

    from gridDesk.services.printouts import PrintService
    from gridDesk.ui.dialogs.print_preview import PrintPreview

    from gridDesk.services.roster import RosterService

    pdf = BytesIO()
    PrintService(session).print_signs(pdf, [RosterService(session).tree()[0].code], "A3", record=False)
    previews = []

    def preview() -> None:
        dialog = PrintPreview("公示牌", pdf.getvalue(), "公示牌.pdf", lambda how: None)
        dialog.show()
        previews.append(dialog)

    out.append(("UI stall: open the print preview of a grid's A3 sign",
                measure(preview, until=lambda: bool(previews) and getattr(previews[-1], "showing", True) is not None), None, BUDGET))
    for dialog in previews:
        dialog.done(0)
        dialog.deleteLater()
    worst = max(row[1] for row in out)
    out.append(("UI stall: the longest of the rows above", worst, None, BUDGET))
    return out
