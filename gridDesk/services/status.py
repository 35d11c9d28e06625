"""The figures of the 工作台 and of `griddesk status`: one place computes them for both."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .cases import CasesService
from .daily_logs import daily_log_status
from .dashboard import DashboardService
from .division_status import division_status
from .meeting_status import meeting_status
from .pay import pay_status
from .wechat_groups import wechat_status
from .session import UserSession
from .staffing_status import staffing_status
from .task_types import TaskTypesService
from .work_calendar import CalendarService
from .training import TrainingService
from .visits import VisitsService
from .patrols import PatrolsService


@dataclass(frozen=True)
class Status:
    grids: int
    households: int
    residents: int
    team: int
    cases_open: int
    cases_overdue: int
    cases_warning: int
    cases_due_this_week: int
    emergencies_unescalated: int  # open emergencies not yet handed to the township
    grids_not_fully_visited: int
    key_groups_due: int
    training_short: int
    uncertified: int
    certificates_expiring: int
    cert_overrides: int  # 持证上岗 exceptions the director allowed
    task_exceptions: int  # township tasks of a type not on the 准入清单, taken on a document
    holidays_to_enter: int  # the year whose official holidays should be entered now; 0 when none
    patrols_missed: int = 0  # places and risk points past their patrol's due day
    patrols_due_today: int = 0
    logs_missing_yesterday: int = 0  # members in post with no 民情日志 for the last working day
    logs_to_sign_off: int = 0  # days waiting for this account's sign-off (a 网格长's, the centre's)
    meeting_this_month: bool | None = None  # the monthly meeting held (None: not the account's to see)
    tasks_open: int = 0  # follow-up tasks not done (the account's own person's for a grid member)
    tasks_overdue: int = 0
    pay_unlocked_months: int = 0  # past months whose pay ledger the director has not locked
    pay_below_minimum: int = 0  # full-time members paid below the minimum wage last month (Art. 18)
    reviews_open: int = 0  # members' quarters ended and not closed by the township's review (the centre's)
    grids_incomplete: dict = field(default_factory=dict)  # code -> [leader/member/full_time] missing (issue 19)
    vacancies: list = field(default_factory=list)  # open vacancies: {grid, post, opened, days_open, overdue}
    party_members_behind: int = 0  # 党员联户: members behind on their households' visits, exchange or appraisal
    grids_out_of_size: dict = field(default_factory=dict)  # code -> {households, guidance, band} (a warning)
    division_report_due: str | None = None  # the yearly division report's due day while not printed
    wechat_coverage: dict[str, int] | None = None  # grid code -> % of households with a representative in its group
    petitions_overdue: int = 0  # open petitions past their time limit (信访, issue 20), within the account's reach
    reports_due: list = field(default_factory=list)  # issue 20: {kind, period, due, days_overdue} not filed, due to come
    reports_overdue: list = field(default_factory=list)  # not filed and past the calendar's due day

    def as_dict(self) -> dict[str, object]:  # JSON values: numbers, yes/no, text, lists and maps of them
        return dict(self.__dict__)


def current_status(session: UserSession) -> Status:
    status = replace(_status(session), **dict(zip(("pay_unlocked_months", "pay_below_minimum"), pay_status(session))),
                     **staffing_status(session), **division_status(session), wechat_coverage=wechat_status(session))
    from .reports import report_status  # issue 20: the reporting calendar

    return replace(status, party_members_behind=_party_behind(session), petitions_overdue=_petitions_overdue(session),
                   **report_status(session))


def _status(session: UserSession) -> Status:
    roster = DashboardService(session).counts()
    cases = CasesService(session).counts()
    visits = VisitsService(session)
    this_week = [row[-1] for row in visits.matrix(weeks=1)]
    training = TrainingService(session).gaps()
    return Status(roster.grids, roster.households, roster.residents, roster.team, cases["open"],
                  cases["overdue"], cases["warning"], cases["due_this_week"], cases["emergencies_unescalated"],
                  sum(1 for w in this_week if not w.complete), len(visits.key_groups_due()),
                  training.short, training.uncertified, training.expiring,
                  len(DashboardService(session).cert_overrides()), len(TaskTypesService(session).usage().exceptions),
                  CalendarService(session).year_to_enter() or 0, *PatrolsService(session).counts(),
                  **daily_log_status(session), **meeting_status(session), reviews_open=_reviews_open(session))


def _party_behind(session: UserSession) -> int:
    from ..domain.rules import Permission
    from .party import PartyService

    return PartyService(session).behind_count() if session.may(Permission.VIEW_ROSTER) else 0


def _petitions_overdue(session: UserSession) -> int:
    """Petitions past their limit: the register's (an auditor's account counts none)."""
    from ..domain.rules import Permission
    from .petitions import PetitionsService

    return PetitionsService(session).overdue_count() if session.may(Permission.VIEW_PETITIONS) else 0


def _reviews_open(session: UserSession) -> int:
    """A member's assessment is the centre's record: other accounts count none."""
    from ..domain.rules import Permission
    from .assessment import AssessmentService

    return AssessmentService(session).open_reviews() if session.may(Permission.VIEW_ASSESSMENT) else 0
