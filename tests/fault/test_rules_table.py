"""The rules table decides (RULES.md "One table"): every public method of every service names its
row, and for every role the table refuses, calling the method is refused before it touches
anything, with the sentence naming who may and a permission_denied row on the audit log."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import gridDesk.services as services_pkg
from gridDesk.domain.case_inputs import STEP_INPUTS, AssignInput
from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.cases import CaseAction, CaseState, WorkKind
from gridDesk.domain.errors import PermissionDenied
from gridDesk.domain.rules import RULES, Permission, can, refusal, scope_of, step_permission, step_refusal
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditService
from gridDesk.services.cases import CasesService
from gridDesk.services.roster import RosterService
from gridDesk.storage.audit_repo import AuditFilter

PASSWORD = "Rules@2026x"


def service_methods() -> list[tuple[type, str]]:
    """(class, method name) for every public method of every class that works for a session."""
    found = []
    for info in pkgutil.walk_packages(services_pkg.__path__, "gridDesk.services."):  # services/imports/ too
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            init = cls.__dict__.get("__init__")
            if cls.__module__ != module.__name__ or init is None:
                continue
            if "session" not in inspect.signature(init).parameters:
                continue
            for name, fn in cls.__dict__.items():
                if not name.startswith("_") and inspect.isfunction(fn):
                    found.append((cls, name))
    return found


METHODS = service_methods()


def test_every_service_entry_point_names_its_rule():
    uncovered = [f"{cls.__module__}.{cls.__name__}.{name}" for cls, name in METHODS
                 if not hasattr(getattr(cls, name), "__rule__")]
    assert not uncovered, f"no row of the rules table covers: {uncovered}"
    assert len(METHODS) > 120  # the walk found the services (a broken import would make this pass empty)
    for cls, name in METHODS:
        fn = getattr(cls, name)
        if fn.__rule__ is None:
            assert fn.__rule_why__, f"{cls.__name__}.{name} has no rule and no reason"


def test_every_permission_has_its_words_and_every_row_names_a_role():
    for permission in Permission:
        assert RULES[permission], permission
        assert refusal(permission).startswith("只有") and permission.value not in refusal(permission)


@pytest.fixture
def role_sessions(demo, db):
    """The demo village with one account of each role (a grid member and a leader of its first grid)."""
    access = Access(db, paths.migrations_dir(), MemoryCache())
    accounts = AccountsService(demo, access)
    own = RosterService(demo).tree()[0].code
    sessions = {Role.DIRECTOR: demo}
    for role in (Role.STAFF, Role.GRID_LEADER, Role.GRID_MEMBER, Role.AUDITOR):
        name = f"r_{role.value}"
        accounts.add(name, role.label, role, PASSWORD)
        if role.in_grids:
            accounts.set_grids(name, [own])
        sessions[role] = access.login(name, PASSWORD)
    yield sessions
    for role, s in sessions.items():
        if role is not Role.DIRECTOR:
            s.close()


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.DIRECTOR])
def test_a_role_the_table_refuses_is_refused_at_every_entry_point(role_sessions, role):
    session = role_sessions[role]
    director = role_sessions[Role.DIRECTOR]
    refused = 0
    for cls, name in METHODS:
        permission = getattr(cls, name).__rule__
        if permission is None or can(role, permission):
            continue
        service = cls.__new__(cls)  # the gate needs only the session: nothing else is built
        service.session = session
        params = [p for p in inspect.signature(getattr(cls, name)).parameters.values()
                  if p.name != "self" and p.default is inspect.Parameter.empty
                  and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        with pytest.raises(PermissionDenied) as refusal_raised:
            getattr(service, name)(*[None] * len(params))
        assert str(refusal_raised.value) == refusal(permission), f"{cls.__name__}.{name}"
        refused += 1
    assert refused > 0
    _rows, logged = AuditService(director).query(AuditFilter(account=session.account.username,
                                                             action="permission_denied"))
    assert logged >= refused


def test_the_case_steps_follow_the_table(role_sessions):
    """Each step of each case kind is the row step_permission names, for every role."""
    for action in CaseAction:
        for kind in WorkKind:
            permission = step_permission(action, kind)
            for role in Role:
                why = step_refusal(role, action, kind, in_grids=True, assigned=True)
                assert (why == "") == can(role, permission), (action, kind, role)
    assert step_permission(CaseAction.CLOSE, WorkKind.APPROVAL) is Permission.CASE_APPROVAL
    member_scope = scope_of(Role.GRID_MEMBER, Permission.CASE_WORK)
    assert step_refusal(Role.GRID_MEMBER, CaseAction.FEEDBACK, WorkKind.ORDINARY, in_grids=True,
                        assigned=False), member_scope


@pytest.mark.parametrize("role", [Role.GRID_MEMBER, Role.GRID_LEADER, Role.AUDITOR])
def test_a_case_step_outside_the_role_is_refused_through_the_service(role_sessions, role):
    session = role_sessions[role]
    director = role_sessions[Role.DIRECTOR]
    mine = session.account.grid_codes
    case = next(v for v in CasesService(director).list([CaseState.REPORTED])
                if not mine or v.grid_code in mine)
    for action in (CaseAction.FILE, CaseAction.CLOSE, CaseAction.APPROVE_EXTENSION, CaseAction.ASSIGN):
        with pytest.raises(PermissionDenied) as raised:
            step = AssignInput(detail="x", body="x") if action is CaseAction.ASSIGN else STEP_INPUTS[action](detail="x")
            CasesService(session).act(case.id, case.version, step)
        permission = step_permission(action, case.work_kind) if can(role, Permission.VIEW_CASES) \
            else Permission.VIEW_CASES
        assert str(raised.value) == refusal(permission)
    assert CasesService(director).get(case.id).version == case.version  # nothing was changed
