"""Who may do what, over which scope: the one table (RULES.md "One table, in the domain").

Every service entry point names the action it is (`services.guard.rule`), the session asks
this table, and the UI and the command line ask it too, to decide what to show and enable.
Nothing else decides. Scope is a property of the account: a grid member's account reaches the
grids it was given (and the cases assigned to it, wherever they are); the centre's reach all.
"""

from __future__ import annotations

import enum

from . import catalogue
from .catalogue import Message, Word
from .errors import PermissionDenied
from .roles import Role


class Scope(str, enum.Enum):
    ALL = "all"  # every grid of the village
    GRIDS = "grids"  # the account's grids, and the cases assigned to the account
    ASSIGNED = "assigned"  # only the cases assigned to the account


class Permission(str, enum.Enum):
    # seeing
    VIEW_ROSTER = "view_roster"  # people, households, places, the team, training, visits
    VIEW_CASES = "view_cases"
    VIEW_SENSITIVE = "view_sensitive"  # the sensitive key groups (mental disorder, correction, drugs...)
    UNMASK = "unmask"
    READ_AUDIT = "read_audit"
    # keeping the roster and the daily work
    EDIT_ROSTER = "edit_roster"
    LOG_VISITS = "log_visits"  # visits, the daily log, patrols
    REVIEW_LOGS = "review_logs"  # a 网格长 reviews the logs of their grids' members
    TRAINING = "training"  # sessions, attendance, certificates
    PRINT = "print"
    EXPORT = "export"
    # the six steps and the flows (one action per step, so each step has its own row)
    CASE_REPORT = "case_report"
    CASE_SELF_SOLVE = "case_self_solve"
    CASE_FILE = "case_file"
    CASE_ASSIGN = "case_assign"
    CASE_WORK = "case_work"  # 调查落实 and 处理反馈 of a case assigned to the account
    CASE_REQUEST_EXTENSION = "case_request_extension"
    CASE_ESCALATE = "case_escalate"  # to the township, and the township's answer recorded
    CASE_RETURN = "case_return"
    CASE_REVISIT = "case_revisit"
    CASE_CLOSE = "case_close"
    CASE_NOTE = "case_note"
    CASE_APPROVE_EXTENSION = "case_approve_extension"
    CASE_APPROVAL = "case_approval"  # a 需审批 matter's approval chain, and closing it
    CASE_ACCEPTANCE = "case_acceptance"  # a 需审批 matter's village acceptance (村受理), the chain's first link
    CASE_NOTICE = "case_notice"  # a 需审批 matter's public notice (公示)
    # the centre's cycle: the monthly meeting, the quarterly review, rewards and pay (DB3208/T 200 8.2)
    VIEW_ASSESSMENT = "view_assessment"  # meetings, reviews, commendations and pay: personnel records
    MEETINGS = "meetings"  # hold the monthly meeting, its minutes and follow-up tasks
    ASSESS = "assess"  # a member's quarter: self-assessment, the representatives' appraisal, scores
    REVIEW_DECISIONS = "review_decisions"  # the party organisation's first and the township's second review
    REWARDS = "rewards"  # commendations and warnings
    PAY = "pay"  # draw up the month's performance-pay ledger
    PAY_LOCK = "pay_lock"  # review and lock it for the township's finance office
    # party building in the grid and a complete team (DB3208/T 200 ch. 5, 6, 7.1.7, 9; Measures Arts. 8-11)
    PARTY = "party"  # party organisations, party members, 党员联户 links, service stations
    STAFFING = "staffing"  # a member's departure, the vacancy it opens, selection records
    DIVISION = "division"  # the grid division: splits, merges, boundaries, its size guidance
    # petitions (信访, issue 20)
    VIEW_PETITIONS = "view_petitions"  # the register of petitions, petitioners masked
    PETITIONS = "petitions"  # register petitions, decide on acceptance, answer, link and make cases
    # the reports to the township (issue 20): build, print, file them; the calendar is EDIT_RULES
    REPORTS = "reports"
    # people's mediation (人民调解, issue 20): intake, sessions, the agreement, the follow-up visits
    MEDIATION = "mediation"
    # the director's
    DELETE_RECORDS = "delete_records"  # remove a record entered by mistake (a training session)
    CERT_OVERRIDE = "cert_override"  # 持证上岗: let an uncertified member do one act
    EDIT_RULES = "edit_rules"  # the rules as data: time limits, visit frequencies, 准入清单
    MANAGE_ACCOUNTS = "manage_accounts"
    SETTINGS = "settings"
    BACKUP = "backup"
    MANAGE_BACKUPS = "manage_backups"  # restore, and how many generations are kept


D, S, L, M, A = Role.DIRECTOR, Role.STAFF, Role.GRID_LEADER, Role.GRID_MEMBER, Role.AUDITOR
ALL, GRIDS, ASSIGNED = Scope.ALL, Scope.GRIDS, Scope.ASSIGNED
_CENTRE = {D: ALL, S: ALL}
_TEAM = {D: ALL, S: ALL, L: GRIDS, M: GRIDS}

# permission -> {role: scope}; a role absent from a row may not do it at all.
RULES: dict[Permission, dict[Role, Scope]] = {
    Permission.VIEW_ROSTER: _TEAM,
    Permission.VIEW_CASES: _TEAM,
    Permission.VIEW_SENSITIVE: _CENTRE,
    Permission.UNMASK: _CENTRE,
    Permission.READ_AUDIT: {D: ALL, A: ALL},
    # Art. 7 (1): collecting and updating the data of people and places is the grid member's duty.
    Permission.EDIT_ROSTER: _TEAM,
    Permission.LOG_VISITS: _TEAM,
    Permission.REVIEW_LOGS: {D: ALL, S: ALL, L: GRIDS},
    Permission.TRAINING: _CENTRE,
    Permission.PRINT: _TEAM,
    Permission.EXPORT: _CENTRE,
    Permission.CASE_REPORT: _TEAM,
    Permission.CASE_SELF_SOLVE: _TEAM,  # the work kind decides too: only an ordinary matter
    Permission.CASE_FILE: _CENTRE,
    Permission.CASE_ASSIGN: _CENTRE,
    Permission.CASE_WORK: {D: ALL, S: ALL, L: ASSIGNED, M: ASSIGNED},
    Permission.CASE_REQUEST_EXTENSION: {D: ALL, S: ALL, L: ASSIGNED, M: ASSIGNED},
    Permission.CASE_ESCALATE: _CENTRE,
    Permission.CASE_RETURN: _CENTRE,
    Permission.CASE_REVISIT: _CENTRE,
    Permission.CASE_CLOSE: _CENTRE,
    Permission.CASE_NOTE: _TEAM,
    Permission.CASE_APPROVE_EXTENSION: {D: ALL},
    Permission.CASE_APPROVAL: {D: ALL},
    # The village's own acceptance is the centre taking the application in, as filing is: the
    # staff's as well as the director's; the township's and district's decisions are the director's.
    Permission.CASE_ACCEPTANCE: _CENTRE,
    Permission.CASE_NOTICE: _CENTRE,
    # A member's assessment and pay are personnel records: the centre keeps them; the decisions
    # (the reviews recorded, the pay ledger locked) are the director's, who answers for them.
    Permission.VIEW_ASSESSMENT: _CENTRE,
    Permission.MEETINGS: _CENTRE,
    Permission.ASSESS: _CENTRE,
    Permission.REVIEW_DECISIONS: {D: ALL},
    Permission.REWARDS: _CENTRE,
    Permission.PAY: _CENTRE,
    Permission.PAY_LOCK: {D: ALL},
    # The party register and the staffing records are the centre's to keep; the contacts party
    # members make and the households' WeChat membership are recorded by the team (LOG_VISITS,
    # EDIT_ROSTER) within their grids.
    Permission.PARTY: _CENTRE,
    Permission.STAFFING: _CENTRE,
    Permission.DIVISION: _CENTRE,
    # Petitions (信访工作条例): the centre registers, decides and answers them. A grid leader or
    # member sees the petitions of their own grids (to know what the households they serve have
    # raised), masked, and never one whose purpose is confidential (揭发控告: Art. 44 protects the
    # petitioner); the auditor reaches them only through the audit log.
    Permission.VIEW_PETITIONS: _TEAM,
    Permission.PETITIONS: _CENTRE,
    # The reports to the township are the centre's (a village report counts every grid); the
    # calendar they are due on is the director's, as the other rules as data are (EDIT_RULES).
    Permission.REPORTS: _CENTRE,
    # Mediating disputes is among a grid member's duties (Measures Art. 7: find and mediate
    # disputes): as CASE_NOTE and LOG_VISITS, the team within its grids, the centre everywhere.
    Permission.MEDIATION: _TEAM,
    Permission.DELETE_RECORDS: {D: ALL},
    Permission.CERT_OVERRIDE: {D: ALL},
    Permission.EDIT_RULES: {D: ALL},
    Permission.MANAGE_ACCOUNTS: {D: ALL},
    Permission.SETTINGS: _CENTRE,
    Permission.BACKUP: _CENTRE,
    Permission.MANAGE_BACKUPS: {D: ALL},
}

# What each action is, in the words of a refusal ("只有主任、工作人员可以{what}。").
# What each permission allows, in words (the catalogue holds them in both languages).
WHAT: dict[Permission, str] = {p: catalogue.template(f"permission.{p.value}") for p in Permission}


def scope_of(role: Role, permission: Permission) -> Scope | None:
    """Over which scope `role` may do `permission`; None when it may not at all."""
    return RULES[permission].get(role)


def can(role: Role, permission: Permission) -> bool:
    return scope_of(role, permission) is not None


def who_may(permission: Permission) -> tuple[Role, ...]:
    return tuple(r for r in Role if r in RULES[permission])


def refusal_message(permission: Permission) -> Message:
    """The plain sentence a refused person reads, as data: what it is and who may do it."""
    return Message("permission.refused", {"roles": tuple(Word(f"role.{r.value}") for r in who_may(permission)),
                                          "what": Word(f"permission.{permission.value}")})


def refusal(permission: Permission) -> str:
    """The refusal in Chinese (the pages that show it as a reason, the logs)."""
    return refusal_message(permission).render()


def denied(permission: Permission) -> PermissionDenied:
    """The error to raise when `permission` is refused."""
    message = refusal_message(permission)
    return PermissionDenied(message.code, **message.params)


SCOPE_WORDS = {Scope.ALL: "全村", Scope.GRIDS: "本人负责的网格", Scope.ASSIGNED: "派给本人的案件"}


# -- the case steps --------------------------------------------------------------------------
# Each step of the loop is a row of the table above; which row a step is depends on the flow
# only where the rules say so (closing a 需审批 matter is the director's).
def step_permission(action, kind) -> Permission:
    from .cases import CaseAction, WorkKind

    if action is CaseAction.CLOSE and kind is WorkKind.APPROVAL:
        return Permission.CASE_APPROVAL
    return _STEP[action.value]


_STEP = {
    "file": Permission.CASE_FILE, "resubmit": Permission.CASE_FILE,
    "self_solve": Permission.CASE_SELF_SOLVE, "assign": Permission.CASE_ASSIGN,
    "start": Permission.CASE_WORK, "feedback": Permission.CASE_WORK,
    "request_extension": Permission.CASE_REQUEST_EXTENSION,
    "approve_extension": Permission.CASE_APPROVE_EXTENSION,
    "escalate": Permission.CASE_ESCALATE, "township_instructs": Permission.CASE_ESCALATE,
    "township_solved": Permission.CASE_ESCALATE, "return": Permission.CASE_RETURN,
    "revisit": Permission.CASE_REVISIT, "close": Permission.CASE_CLOSE, "note": Permission.CASE_NOTE,
}

OUTSIDE_GRIDS = catalogue.template("permission.outside_grids")


def step_refusal(role: Role, action, kind, *, in_grids: bool, assigned: bool) -> str:
    """step_refusal_message in Chinese; '' when the step is this role's."""
    message = step_refusal_message(role, action, kind, in_grids=in_grids, assigned=assigned)
    return message.render() if message else ""


def step_refusal_message(role: Role, action, kind, *, in_grids: bool, assigned: bool) -> Message | None:
    """'' when `role` may take this step on a case of this kind; otherwise the sentence saying
    why and who may. `in_grids`: the case is in the account's grids; `assigned`: it is assigned
    to the account."""
    permission = step_permission(action, kind)
    scope = scope_of(role, permission)
    if scope is None:
        return refusal_message(permission)
    if scope is Scope.GRIDS and not (in_grids or assigned):
        return Message("permission.outside_grids")
    if scope is Scope.ASSIGNED and not assigned:
        return Message("permission.not_assigned", {"what": Word(f"permission.{permission.value}")})
    return None
