"""The village's 上报件 reach the township's queue (issue 21 items 1 and 2 together): the demo
village exports its first batch with its two escalations, the township imports the stick, and the
queue names each by the contract's key (village code, case number, ordinal), once, on both
storages. Importing the same stick again queues nothing twice."""

from __future__ import annotations

from datetime import date

from gridDesk import paths
from gridDesk.archive.verify import report_text
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.township import add_village
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_status import status_json, township_status


def test_the_demo_villages_escalations_arrive_in_the_township_queue(tsession, tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 120, make_access=make, with_activity=True)
    village = make(summary.db_path).login("demo", "Demo@2026")
    try:
        escalated = sorted(c.number for c in CasesService(village).list(None)
                           if any(e.action == "escalate" for e in c.events) or c.escalated_at is not None)
        archive = ArchiveService(village)
        fingerprint = archive.ensure_signing_key().public().fingerprint()
        stick = tmp_path / "stick"
        stick.mkdir()
        _batch, report = archive.export(stick)
        assert report.passed, report_text([report])
        code = village.centre.division_code
    finally:
        village.close()
    add_village(tsession, code, "杏花村", fingerprint)
    imported = import_stick(tsession, stick)
    assert imported.loaded == 1, [p.reasons for p in imported.packages]
    queue = status_json(township_status(tsession, date.today()))["escalations"]
    assert len(escalated) == 2
    assert sorted((e["village"], e["case_number"], e["ordinal"]) for e in queue) == [(code, n, 1) for n in escalated]
    import_stick(tsession, stick)  # the same stick again
    assert len(status_json(township_status(tsession, date.today()))["escalations"]) == 2
