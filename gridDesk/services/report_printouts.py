"""The weekly visit report (走访周报) and the training register (培训台账) as printed ledgers."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.training import LEVEL_LABELS, Presence
from ..domain.visits import week_of
from ..printing.ledger import Ledger, write_ledger
from .guard import rule
from .clock import local_dt
from .print_files import Out, written
from .printouts import PrintService, out_name
from .session import UserSession
from .team import TeamService
from .training import TrainingService
from .visits import VisitsService

_DAYS = ("一", "二", "三", "四", "五", "六", "日")


class ReportPrintouts:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _write(self, ledger: Ledger, out: Out, target: str, record: bool) -> int:
        self.session.require(Permission.PRINT)
        font = PrintService(self.session).font_file()
        pages = written(out, lambda target: write_ledger(ledger, target, font))
        if record:
            self.session.record(Action.PRINT.value, target, f"{len(ledger.rows)} rows, {pages} pages → {out_name(out)}")
        return pages

    def _today(self) -> str:
        return f"{local_dt(self.session.clock()):%Y-%m-%d}"

    @rule(Permission.PRINT)
    def week_report(self, out: Out, week: date | None = None, record: bool = True) -> int:
        """Each grid member's week: households visited day by day, visits, findings, cases made."""
        visits = VisitsService(self.session)
        monday = week_of(week or visits.today())
        rows = [(m.name, "、".join(m.grids), *[str(n or "") for n in m.households_per_day], str(m.visits),
                 str(m.households), str(m.findings), str(m.solved_on_spot), str(m.reported))
                for m in visits.week_report(monday)]
        ledger = Ledger(f"{self.session.centre.village_name}网格走访周报", self.session.centre.village_name,
                        self._today(), ("网格员", "网格", *[f"周{d}" for d in _DAYS], "走访次数", "走访户数", "发现问题",
                                        "当场解决", "转为案件"), rows,
                        (1.2, 2.6, *[0.6] * 7, 0.8, 0.8, 0.8, 0.8, 0.8), landscape=True,
                        note=f"{monday:%Y-%m-%d} 至 {monday + timedelta(days=6):%Y-%m-%d}；周一至周日为当天走访的户数")
        return self._write(ledger, out, f"visit week report {monday}", record)

    @rule(Permission.PRINT)
    def training_register(self, out: Out, year: int, record: bool = True) -> int:
        training = TrainingService(self.session)
        names = {t.id: t.member.name for t in TeamService(self.session).members(include_left=True)}
        rows = []
        for n, view in enumerate(sorted(training.sessions(year), key=lambda v: v.session.starts_at), 1):
            t = view.session
            people = training.attendance(t.id)
            present = "、".join(names.get(a.member_id, "") for a in people if a.presence is Presence.PRESENT)
            excused = "、".join(f"{names.get(a.member_id, '')}（{a.reason}）" for a in people
                               if a.presence is Presence.EXCUSED)
            rows.append((str(n), f"{t.starts_at:%Y-%m-%d}", LEVEL_LABELS[t.level], t.organiser, t.topic,
                         f"{t.hours:g}", "有" if t.assessed else "", present, excused))
        ledger = Ledger(f"{self.session.centre.village_name}{year}年培训台账", self.session.centre.village_name,
                        self._today(), ("序号", "日期", "级别", "组织单位", "培训主题", "学时", "考核", "参训人员",
                                        "请假人员（原因）"), rows, (0.5, 1.1, 0.8, 1.5, 2.4, 0.6, 0.6, 3.6, 1.8),
                        landscape=True, note=f"共 {len(rows)} 次培训")
        return self._write(ledger, out, f"training register {year}", record)
