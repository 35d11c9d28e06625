"""The task admission list (准入清单): the director keeps it; a task the township passes down names
a type in force on it, or is recorded as an exception with the document that allows it."""

from __future__ import annotations

from datetime import datetime

import pytest

from gridDesk.domain.accounts import Role
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.domain.roster import Grid, GridKind
from gridDesk.domain.task_types import CaseTask, TaskChoice
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.services.cases import CasesService
from gridDesk.services.grids import GridService
from gridDesk.services.task_types import TaskTypesService

NOW = datetime(2026, 5, 6, 10, 0)
DOC = "某县委政法委〔2026〕3号"
G1, G2 = "140105100201001", "140105100201002"


@pytest.fixture
def service(session, clock):
    clock.now = NOW.timestamp()
    GridService(session).save(Grid(G1, "第一网格", GridKind.RURAL))
    GridService(session).save(Grid(G2, "第二网格", GridKind.RURAL))
    return TaskTypesService(session)


def _report(session, task, channel=Channel.TOWNSHIP, grid=G1):
    cases = CasesService(session)
    return cases.report(CaseReport("镇里交办：排查自建房安全隐患", cases.categories()[1].id, WorkKind.ORDINARY,
                                   channel, NOW.replace(hour=9), grid_code=grid, task=task)).ids[0]


def test_the_list_starts_with_examples_not_in_force(service):
    types = service.types()
    assert len(types) == 5 and all(t.example and not t.in_force and not t.document for t in types)


def test_a_township_task_names_a_type_in_force_or_is_refused(session, service):
    example = service.types()[2]
    with pytest.raises(ValidationError, match="要写明任务类型"):
        _report(session, None)
    with pytest.raises(ValidationError, match="不在县里批准的准入清单上"):
        _report(session, TaskChoice(type_id=example.id))  # an example is not in force
    with pytest.raises(ValidationError, match="文件（文号）才能启用"):
        service.save(example.id, example.name, "", True)
    service.save(example.id, example.name, DOC, True)
    entry = next(t for t in service.types() if t.id == example.id)
    assert entry.in_force and entry.document == DOC and not entry.example  # the director's now

    case_id = _report(session, TaskChoice(type_id=example.id))
    assert CasesService(session).get(case_id).task == CaseTask(example.name, example.id)
    typed = _report(session, TaskChoice(name=example.name))  # the name of a listed type is that type
    assert CasesService(session).get(typed).task == CaseTask(example.name, example.id)
    assert CasesService(session).report(CaseReport("路灯坏了", CasesService(session).categories()[1].id,
                                                   WorkKind.ORDINARY, Channel.PHONE, NOW)).ids
    with pytest.raises(ValidationError, match="只有乡镇交办的任务"):
        _report(session, TaskChoice(type_id=example.id), channel=Channel.PHONE)


def test_a_type_off_the_list_is_refused_or_an_exception_with_its_document(session, service):
    off_list = TaskChoice(name="代收城乡居民医保费")
    with pytest.raises(ValidationError, match="“代收城乡居民医保费”不在县里批准的准入清单上"):
        _report(session, off_list)
    case_id = _report(session, TaskChoice(name="代收城乡居民医保费", document="某镇政府〔2026〕12号"), grid=G2)
    task = CasesService(session).get(case_id).task
    assert task.exception and task.type_id is None and task.exception_document == "某镇政府〔2026〕12号"
    usage = service.usage()
    assert [(r[0], r[3].name) for r in usage.exceptions] == [(case_id, "代收城乡居民医保费")]
    assert usage.per_type == {}


def test_counted_within_the_accounts_reach(session, access, service):
    example = service.types()[0]
    service.save(example.id, example.name, DOC, True)
    _report(session, TaskChoice(type_id=example.id), grid=G1)
    _report(session, TaskChoice(type_id=example.id), grid=G2)
    _report(session, TaskChoice(name="代收医保费", document="某镇政府〔2026〕12号"), grid=G2)
    assert service.usage().per_type == {example.id: 2} and len(service.usage().exceptions) == 1
    accounts = AccountsService(session, access)
    accounts.add("ge", "葛网格", Role.GRID_MEMBER, "Grid@2026xy")
    accounts.set_grids("ge", [G1])
    member = access.login("ge", "Grid@2026xy")
    try:
        mine = TaskTypesService(member).usage()
        assert mine.per_type == {example.id: 1} and mine.exceptions == ()
        _report(member, TaskChoice(type_id=example.id), grid=G1)  # a grid member reports one too
        with pytest.raises(PermissionDenied, match="只有主任可以修改规则（办理时限、走访和巡查频次"):
            TaskTypesService(member).save(None, "新任务", DOC, True)
    finally:
        member.close()


def test_editing_the_list(session, service):
    new_id = service.save(None, "防汛巡查", "某县委政法委〔2026〕4号", True).ids[0]
    assert service.types()[-1].name == "防汛巡查"
    with pytest.raises(ValidationError, match="已经有“防汛巡查”"):
        service.save(None, "防汛巡查", "", False)
    with pytest.raises(ValidationError, match="请填写任务类型名称"):
        service.save(None, "  ", "", False)
    _report(session, TaskChoice(type_id=new_id))
    with pytest.raises(ValidationError, match="已有 1 件交办任务属于“防汛巡查”"):
        service.delete(new_id)
    service.save(new_id, "防汛巡查", "某县委政法委〔2026〕4号", False)  # out of force: its cases keep it
    with pytest.raises(ValidationError, match="不在县里批准的准入清单上"):
        _report(session, TaskChoice(type_id=new_id))
    unused = service.types()[0].id
    service.delete(unused)
    assert unused not in {t.id for t in service.types()}
    rows, _n = AuditService(session).query(AuditFilter(action="settings_changed"))
    assert any(r.target == "task type" and "防汛巡查" in r.detail for r in rows)
