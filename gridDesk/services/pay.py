"""The month's performance-pay ledger (Measures Arts. 16, 18, 19): the rules as data the director
edits, the ledger drawn up by the centre (PAY) and reviewed and locked by the director (PAY_LOCK).

A locked month is frozen: its stored lines are shown and exported as they are, never recomputed
from rules or cases that changed since; a change after locking is a correction line of its own
with its reason, on the audit log. Until a month is drawn up, what is shown is computed now."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from ..domain.audit import Action
from ..domain.errors import Conflict, ValidationError
from ..domain.pay import (Correction, Ledger, LedgerState, PayLine, PayRules, PaySource, add_months, check_correction,
                          check_rules, draw_up, month_end, month_text, parse_month, per_member, quarter_paid_in, yuan)
from ..domain.rules import Permission
from ..storage.cases_repo import CasesRepo
from ..storage.pay_repo import PayRepo
from ..storage.rewards_repo import RewardsRepo
from ..storage.work_calendar_repo import WorkCalendarRepo
from .clock import local_dt
from .guard import rule
from .pay_grades import grades_for
from .session import Changes, UserSession
from .work_calendar import build_calendar


class PayService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    # -- the rules ---------------------------------------------------------------------------
    @rule(Permission.VIEW_ASSESSMENT)
    def rules(self) -> PayRules:
        with self.session.db.transaction() as s:
            return PayRepo(s).rules()

    @rule(Permission.EDIT_RULES)
    def save_rules(self, values: Mapping[str, int]) -> Changes:
        """The director's figures (fen, or the count a key names); each one saved is theirs."""
        values = check_rules(values)
        with self.session.db.transaction() as s:
            before = PayRepo(s).rules()
        said = ", ".join(f"{k}={v}" for k, v in values.items() if before[k] != v) or "confirmed"
        with self.session.write(Action.SETTINGS_CHANGED.value, "pay rules", said[:1000]) as s:
            PayRepo(s).save_rules(dict(values))
        return Changes("pay", ("rules",))

    # -- the ledger --------------------------------------------------------------------------
    @rule(Permission.VIEW_ASSESSMENT)
    def ledger(self, month: str) -> Ledger:
        """The stored ledger of the month (draft or locked), else the one the rules give now. A month
        not yet begun has none (an export of it would pay a month nobody worked)."""
        first = self._month(month)
        if first > self._today():
            raise ValidationError("month", "pay.month_future", month=month_text(first))
        with self.session.db.transaction() as s:
            repo = PayRepo(s)
            rules = repo.rules()
            row = repo.ledger_row(month_text(first))
            if row is None:
                wage = rules.minimum_wage
                return Ledger(month_text(first), LedgerState.NONE, per_member(self._compute(s, first, rules), wage),
                              wage, examples=rules.examples)
            return Ledger(row.month, LedgerState(row.state), per_member(repo.lines(row.month), row.minimum_wage),
                          row.minimum_wage, row.drawn_by, row.drawn_at, row.locked_by, row.locked_at, rules.examples)

    @rule(Permission.PAY)
    def draw_up(self, month: str) -> Changes:
        """编制: compute the month from the rules and the records and keep it as the draft (again
        and again until it is locked). The current month may be drawn up as it stands."""
        first = self._month(month)
        if first > self._today():
            raise ValidationError("month", "pay.month_future", month=month_text(first))
        now = local_dt(self.session.clock())
        with self.session.write(Action.WRITE.value, f"pay:{month_text(first)}", "draw up") as s:
            repo = PayRepo(s)
            row = repo.ledger_row(month_text(first))
            if row is not None and row.state == LedgerState.LOCKED.value:
                raise Conflict("pay.locked", month=month_text(first))
            rules = repo.rules()
            lines = self._compute(s, first, rules)
            repo.save_draft(month_text(first), lines, rules.minimum_wage, self.session.account.username, now)
        return Changes("pay", (month_text(first),))

    @rule(Permission.PAY_LOCK)
    def lock(self, month: str, drawn_at: datetime | None = None) -> Changes:
        """审核锁定: the draft as drawn up (at `drawn_at`, the one the director looked at) is frozen."""
        first = self._month(month)
        key = month_text(first)
        now = local_dt(self.session.clock())
        if add_months(first, 1) > now.date():  # a month still being worked is not over: nothing to lock yet
            raise ValidationError("month", "pay.month_open", month=key)
        with self.session.db.transaction() as s:
            total = sum(t for _p, t in PayRepo(s).totals(key).values())
        with self.session.write(Action.WRITE.value, f"pay:{key}", f"lock, total {yuan(total)}") as s:
            repo = PayRepo(s)
            row = repo.ledger_row(key)
            if row is None:
                raise ValidationError("month", "pay.not_drawn", month=key)
            if row.state == LedgerState.LOCKED.value:
                raise Conflict("pay.locked", month=key)
            if drawn_at is not None and row.drawn_at != drawn_at:
                raise Conflict("pay.changed", month=key)
            repo.lock(key, self.session.account.username, now)
        return Changes("pay", (key,))

    @rule(Permission.PAY_LOCK)
    def correct(self, month: str, correction: Correction) -> Changes:
        """更正 a locked month: a line of its own for one member, with its reason; nothing else moves."""
        first = self._month(month)
        key = month_text(first)
        c = check_correction(correction)
        now = local_dt(self.session.clock())
        detail = f"member {c.member_id} {yuan(c.amount)} {c.ref} | {c.reason}"
        with self.session.write(Action.WRITE.value, f"pay:{key}", f"correction {detail}"[:1000]) as s:
            repo = PayRepo(s)
            row = repo.ledger_row(key)
            if row is None or row.state != LedgerState.LOCKED.value:
                raise ValidationError("month", "pay.not_locked", month=key)
            own = [x for x in repo.lines(key) if x.member_id == c.member_id]
            if not own:
                raise ValidationError("member", "pay.member_not_in_ledger", month=key)
            if sum(x.amount for x in own) + c.amount < 0:  # a subsidy is never a debt
                raise ValidationError("amount", "pay.correction_below_zero", month=key,
                                      total=yuan(sum(x.amount for x in own)))
            repo.add_lines(key, [PayLine(c.member_id, own[0].member_name, own[0].post, PaySource.CORRECTION, c.ref,
                                         "", c.amount, reason=c.reason, added_by=self.session.account.username,
                                         added_at=now)])
        return Changes("pay", (key,))

    # -- what the dashboard and `status` say --------------------------------------------------
    @rule(Permission.VIEW_ASSESSMENT)
    def unlocked_months(self) -> list[str]:
        """Past months not locked: from the first month ever drawn up (or last month, when none
        was) to last month. The current month is still being worked and is not counted."""
        last = add_months(self._today().replace(day=1), -1)
        with self.session.db.transaction() as s:
            states = PayRepo(s).states()
        first = min([parse_month(m) for m in states] + [last])
        out, month = [], first
        while month <= last:
            if states.get(month_text(month)) != LedgerState.LOCKED.value:
                out.append(month_text(month))
            month = add_months(month, 1)
        return out

    @rule(Permission.VIEW_ASSESSMENT)
    def last_month(self) -> str:
        return month_text(add_months(self._today().replace(day=1), -1))

    # -- inside ----------------------------------------------------------------------------
    def _month(self, month: str) -> date:
        return parse_month(month)

    def _compute(self, s, first: date, rules: PayRules) -> list[PayLine]:
        """Every member's lines of the month from four grouped reads (members in post, the cases
        closed, the quarter's grades, the records dated in the month), not one query per member."""
        last = month_end(first)
        repo = PayRepo(s)
        since, until = datetime.combine(first, datetime.min.time()), datetime.combine(
            add_months(first, 1), datetime.min.time())
        calendar = build_calendar(CasesRepo(s), WorkCalendarRepo(s), self._today())
        quarter = quarter_paid_in(first, rules["grade.month"])
        grades = grades_for(self.session, quarter) if quarter else {}
        return draw_up(first, rules, repo.members_in_post(first, last), repo.closed_cases(since, until), grades,
                       RewardsRepo(s).deductible(first, last), calendar.working_days_between)


def pay_status(session: UserSession) -> tuple[int, int]:
    """(past months not locked, full-time members paid below the minimum wage last month): 0, 0
    for an account that may not see pay (a grid member sees nothing of it)."""
    if not session.may(Permission.VIEW_ASSESSMENT):
        return 0, 0
    service = PayService(session)
    ledger = service.ledger(service.last_month())
    return len(service.unlocked_months()), len(ledger.below_minimum)
