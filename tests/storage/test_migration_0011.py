"""A centre made at revision 0007 upgrades to the admission list and the visit frequencies: its
cases stay, the list holds GridDesk's examples (not in force), the frequencies are the defaults."""

from __future__ import annotations

from datetime import datetime

from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.visits import DEFAULT_VISIT_EVERY_DAYS
from gridDesk.services.cases import CasesService
from gridDesk.services.visit_frequencies import VisitFrequenciesService
from gridDesk.storage import migrate
from tests.conftest import DIRECTOR, PASSWORD
from tests.migrations_helper import downgrade


def test_a_0007_database_upgrades(access, centre, clock):
    clock.now = datetime(2026, 5, 6, 10, 0).timestamp()
    session = access.login(DIRECTOR, PASSWORD)
    cases = CasesService(session)
    case_id = cases.report(CaseReport("乡镇交办：排查自建房", cases.categories()[1].id, WorkKind.ORDINARY,
                                      Channel.WALK_IN, datetime(2026, 5, 6, 9, 0))).ids[0]
    downgrade(session.db.engine, "0007")
    with session.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0007"
    session.close()

    session = access.login(DIRECTOR, PASSWORD)
    try:
        assert migrate.current_revision(session.db.engine) == migrate.HEAD
        with session.db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT name, document, in_force, example FROM task_types ORDER BY sort").all()
            assert conn.exec_driver_sql("SELECT count(*) FROM case_task_types").scalar() == 0
        assert len(rows) == 5 and all(r[1] == "" and not r[2] and r[3] for r in rows)
        assert CasesService(session).get(case_id).title == "乡镇交办：排查自建房"
        assert {f.group: f.every_days for f in VisitFrequenciesService(session).frequencies()} == DEFAULT_VISIT_EVERY_DAYS
    finally:
        session.close()
