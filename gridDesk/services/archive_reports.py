"""Filed reports in the archive batch (issue 20 item 5): category 统计报表 (TJBB). Each filed
version travels once, as its own item: the report's structured XML (report.xml, schema in
report.xsd beside it, gridDesk/archive/report_xml.py) and its PDF as filed, with DA/T 46 metadata.
A refiled report is a new version of the same archival code, listed in 变更清单 as a correction.
Which versions a batch carries is marked as the division reports are (archive_cycle.py): by the
batch that was planned, so a batch that failed is carried again by the next."""

from __future__ import annotations

from ..archive.metadata import ItemRecord
from ..archive.package import Item, hashed_file
from ..archive.report_xml import REPORT_XSD
from ..domain.report_periods import Period
from .report_kinds import KINDS, all_kinds
from .session import UserSession


def report_items(session: UserSession, batch: str, changes: list[tuple[str, int, str]] | None = None) -> list[Item]:
    from ..storage.archive_repo import ArchiveRepo
    from ..storage.reports_repo import ReportsRepo

    all_kinds()  # the registry loaded: the titles below
    with session.db.transaction(writes=True) as s:
        recorded = {b.name for b in ArchiveRepo(s).batches()}
        filed = ReportsRepo(s).to_send(recorded, batch)
    division, village = session.centre.division_code, session.centre.village_name
    items = []
    for report, pdf, xml in filed:
        period = Period.parse(report.period)
        kind = KINDS.get(report.kind)
        title = kind.title if kind is not None else report.kind
        code = f"{division}-TJBB-{period.year}-{report.kind}-{str(period).replace('-', '')}"
        record = ItemRecord(code, f"TJBB-{report.kind}-{period}", f"{village}{period.words}{title}",
                            f"{village}综治中心", report.filed_at[:10], "统计报表", version=report.version,
                            retention="30年", control_mark="内部使用",
                            description=(("报表", title), ("报告期", str(period)), ("填报人", report.filed_by),
                                         ("归档时间", report.filed_at.replace("T", " "))))
        if report.version > 1 and changes is not None:
            changes.append((code, report.version, "重新归档"))
        items.append(Item(record, (hashed_file("report.xml", f"{title}（结构化数据）", xml),
                                   hashed_file("report.pdf", title, pdf),
                                   hashed_file("report.xsd", "统计报表数据结构", REPORT_XSD))))
    return items
