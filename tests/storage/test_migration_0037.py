"""A centre at revision 0031 (before 上报件) upgrades: the escalations already on record are
numbered per case in the order they happened, keep their reason and the photos as of then, and
leave in the next batch."""

from __future__ import annotations

from datetime import datetime, timedelta

from gridDesk.domain.attachments import NewAttachment
from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.services.cases import CasesService
from gridDesk.storage import migrate
from tests.conftest import DIRECTOR, PASSWORD
from tests.migrations_helper import downgrade

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200


def test_a_0031_database_numbers_its_escalations(access, centre, clock):
    clock.now = datetime(2026, 5, 6, 10, 0).timestamp()
    session = access.login(DIRECTOR, PASSWORD)
    cases = CasesService(session)
    case_id = cases.report(CaseReport("河道堤坝渗水", cases.categories()[1].id, WorkKind.COORDINATION,
                                      Channel.WALK_IN, datetime(2026, 5, 6, 9, 0)),
                           [NewAttachment("现场.jpg", JPEG)]).ids[0]

    def do(step):
        cases.act(case_id, cases.get(case_id).version, step)

    do(STEP_INPUTS[A.FILE]())
    do(STEP_INPUTS[A.ESCALATE](channel="paper", taken_by="镇水利站", detail="请派员"))
    clock.advance(600)
    do(STEP_INPUTS[A.ESCALATE](channel="phone", taken_by="镇水利站值班员", detail="渗水加重",
                               attachments=(NewAttachment("加重.jpg", JPEG),)))
    downgrade(session.db.engine, "0031")
    with session.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0031"
    session.close()

    session = access.login(DIRECTOR, PASSWORD)
    try:
        assert migrate.current_revision(session.db.engine) == migrate.HEAD
        with session.db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT ordinal, reason, attachments_upto, sent_in, asked_due "
                                        "FROM case_escalations WHERE case_id = ? ORDER BY ordinal", (case_id,)).all()
            photos = [r[0] for r in conn.exec_driver_sql("SELECT id FROM attachments ORDER BY id").all()]
        assert [(r[0], r[1], r[3], r[4]) for r in rows] == [(1, "请派员", "", None), (2, "渗水加重", "", None)]
        assert [r[2] for r in rows] == photos  # the first had the report's photo, the second both
        view = CasesService(session).get(case_id)
        assert [(e.ordinal, e.left) for e in view.escalations] == [(1, False), (2, False)]
        assert view.escalations[1].escalated_at - view.escalations[0].escalated_at == timedelta(minutes=10)
    finally:
        session.close()
