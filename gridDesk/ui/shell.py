"""Assembles the main window's pages for one session (used by the app and the benchmark)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QStyle

from ..domain.accounts import Permission, can
from ..services.access import Access
from ..services.accounts import AccountsService
from ..services.audit import AuditService
from ..services.dashboard import DashboardService
from ..services.session import UserSession
from .bundle import SessionBundle
from .main_window import MainWindow, PageEntry
from .pages.dashboard import DashboardPage

SP = QStyle.StandardPixmap


def _t(text: str) -> str:
    return QCoreApplication.translate("Shell", text)


# Pages other than the first are imported when first shown: the Excel, printing and case
# modules they pull in need not stand between a cold start and the first paint.
def _people_page(bundle: SessionBundle):
    from .pages.people_page import PeoplePage

    return PeoplePage(bundle)


def _visits_page(bundle: SessionBundle):
    from .pages.visits_page import VisitsPage

    return VisitsPage(bundle)


def _daily_log_page(bundle: SessionBundle):
    from .pages.daily_log_page import DailyLogPage

    return DailyLogPage(bundle)


def _patrols_page(bundle: SessionBundle):
    from .pages.patrols_page import PatrolsPage

    return PatrolsPage(bundle)


def _cases_page(bundle: SessionBundle):
    from .pages.cases_page import CasesPage

    return CasesPage(bundle)


def _training_page(bundle: SessionBundle):
    from .pages.training_page import TrainingPage

    return TrainingPage(bundle)


def _cycle_page(bundle: SessionBundle):
    from .pages.cycle_page import CyclePage

    return CyclePage(bundle)


def _party_page(bundle: SessionBundle):
    from .pages.party_page import PartyPage

    return PartyPage(bundle)


def _disputes_page(bundle: SessionBundle):
    from .pages.disputes_page import DisputesPage

    return DisputesPage(bundle)


def _printing_page(bundle: SessionBundle):
    from .pages.printing_page import PrintingPage

    return PrintingPage(bundle)


def _archive_page(bundle: SessionBundle):
    from .pages.archive_page import ArchivePage

    return ArchivePage(bundle)


def _reports_page(bundle: SessionBundle):
    from .pages.reports_page import ReportsPage

    return ReportsPage(bundle)


def _settings_page(bundle: SessionBundle, accounts, get_language, set_language, after_restore, restart):
    from .pages.settings_page import SettingsPage

    return SettingsPage(bundle, accounts, get_language, set_language, after_restore, restart)


def _audit_page(bundle: SessionBundle):
    from .pages.audit_page import AuditPage

    return AuditPage(bundle.get(AuditService))


def build_main_window(session: UserSession, access: Access, get_language: Callable[[], str],
                      set_language: Callable[[str], None], idle_seconds: float | None = None,
                      ) -> MainWindow:
    role = session.account.role
    # One bundle per session: every page gets its services, the change bus and the runner here.
    bundle = SessionBundle(session)
    accounts = AccountsService(session, access)
    pages: list[PageEntry] = []
    if can(role, Permission.VIEW_ROSTER):
        user = session.account.display_name
        pages.append(PageEntry("dashboard", _t(QT_TRANSLATE_NOOP("Shell", "工作台")),
                               lambda: DashboardPage(bundle, bundle.get(DashboardService),
                                                     session.centre.village_name, user,
                                                     lambda page, arg: window.open_list(page, arg)),
                               SP.SP_ComputerIcon))
        pages.append(PageEntry("roster", _t(QT_TRANSLATE_NOOP("Shell", "网格与人口")),
                               lambda: _people_page(bundle), SP.SP_DirHomeIcon))
        pages.append(PageEntry("visits", _t(QT_TRANSLATE_NOOP("Shell", "走访")),
                               lambda: _visits_page(bundle), SP.SP_FileDialogDetailedView))
        pages.append(PageEntry("daily_logs", _t(QT_TRANSLATE_NOOP("Shell", "民情日志")),
                               lambda: _daily_log_page(bundle), SP.SP_FileDialogContentsView))
        pages.append(PageEntry("patrols", _t(QT_TRANSLATE_NOOP("Shell", "巡查")),
                               lambda: _patrols_page(bundle), SP.SP_FileDialogListView))
        pages.append(PageEntry("cases", _t(QT_TRANSLATE_NOOP("Shell", "事件")),
                               lambda: _cases_page(bundle), SP.SP_MessageBoxWarning))
        from .pages.disputes_page import visible_tabs as dispute_tabs

        if dispute_tabs(session):  # 人民调解 and 信访 (issue 20), one page
            pages.append(PageEntry("disputes", _t(QT_TRANSLATE_NOOP("Shell", "调解信访")),
                                   lambda: _disputes_page(bundle), SP.SP_DialogYesButton))
        pages.append(PageEntry("training", _t(QT_TRANSLATE_NOOP("Shell", "培训")),
                               lambda: _training_page(bundle), SP.SP_FileDialogInfoView))
        from .pages.cycle_page import visible_tabs

        if visible_tabs(session):
            pages.append(PageEntry("cycle", _t(QT_TRANSLATE_NOOP("Shell", "例会考核")),
                                   lambda: _cycle_page(bundle), SP.SP_FileDialogStart))
        from .pages.party_page import visible_tabs as party_tabs

        if party_tabs(session):
            pages.append(PageEntry("party", _t(QT_TRANSLATE_NOOP("Shell", "党建")),
                                   lambda: _party_page(bundle), SP.SP_FileDialogNewFolder))
        if can(role, Permission.PRINT):
            pages.append(PageEntry("printing", _t(QT_TRANSLATE_NOOP("Shell", "打印")),
                                   lambda: _printing_page(bundle), SP.SP_DialogSaveButton))
        if can(role, Permission.EXPORT):
            pages.append(PageEntry("archive", _t(QT_TRANSLATE_NOOP("Shell", "档案上报")),
                                   lambda: _archive_page(bundle), SP.SP_DriveFDIcon))
        if can(role, Permission.REPORTS):  # issue 20: the reports to the township and their calendar
            pages.append(PageEntry("reports", _t(QT_TRANSLATE_NOOP("Shell", "报表")),
                                   lambda: _reports_page(bundle), SP.SP_FileDialogDetailedView))
    pages.append(PageEntry("settings", _t(QT_TRANSLATE_NOOP("Shell", "设置")),
                           lambda: _settings_page(bundle, accounts, get_language, set_language,
                                                  lambda: window.after_restore(), lambda: window.restart()),
                           SP.SP_FileDialogContentsView))
    if can(role, Permission.READ_AUDIT):
        pages.append(PageEntry("audit", _t(QT_TRANSLATE_NOOP("Shell", "审计")),
                               lambda: _audit_page(bundle), SP.SP_FileDialogListView))
    # The dashboard's numbers open lists on other pages; its factory runs after this returns.
    window = MainWindow(bundle, access, pages) if idle_seconds is None else \
        MainWindow(bundle, access, pages, idle_seconds)
    bundle.setParent(window)  # lives and dies with the window
    bundle.navigate = window.open_list  # a record's evidence opens the record on its page
    return window
