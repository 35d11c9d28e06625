"""The training register (培训台账) and the yearly compliance table, as xlsx; both audited."""

from __future__ import annotations

from pathlib import Path

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.roster import TEAM_ROLE_LABELS, TeamRole
from ..domain.training import LEVEL_LABELS, Presence
from ..sheets.columns import Column
from ..sheets.writer import write_template
from .housekeeping import xlsx_tmpdir
from ..storage.team_repo import TeamRepo
from ..storage.training_repo import TrainingRepo
from .training import TrainingService

_REGISTER = (Column("n", "序号", width=6), Column("day", "培训日期", width=12), Column("level", "级别", width=8),
             Column("organiser", "组织单位", width=18), Column("topic", "培训主题", width=28),
             Column("trainer", "授课人", width=10), Column("place", "地点", width=16), Column("hours", "学时", width=6),
             Column("assessed", "是否考核", width=8), Column("present", "参训人数", width=8),
             Column("names", "参训人员", width=40), Column("excused", "请假人员（原因）", width=24))
_CERT = {"valid": "已持证", "expiring": "证书即将到期", "expired": "证书已过期", "none": "未持证"}


def export_register(service: TrainingService, year: int, out: Path) -> int:
    """One row per session of the year, with who attended and who was excused."""
    service.session.require(Permission.EXPORT)
    with service.session.db.transaction() as s:
        repo = TrainingRepo(s)
        names = {t.id: t.member.name for t in TeamRepo(s).all(include_left=True)}
        views = sorted(repo.sessions(year), key=lambda v: v.session.starts_at)
        lists = {v.session.id: repo.attendance(v.session.id) for v in views}
    rows = []
    for n, v in enumerate(views, 1):
        t, people = v.session, lists[v.session.id]
        present = [names.get(a.member_id, "") for a in people if a.presence is Presence.PRESENT]
        excused = [f"{names.get(a.member_id, '')}（{a.reason}）" for a in people if a.presence is Presence.EXCUSED]
        rows.append((n, t.starts_at.date(), LEVEL_LABELS[t.level], t.organiser, t.topic, t.trainer, t.place, t.hours,
                     t.assessed, len(present), "、".join(present), "、".join(excused)))
    count = write_template(out, f"{year}年培训台账", _REGISTER, rows,
                           note=f"{service.session.centre.village_name}　共 {len(rows)} 次培训",
                           tmpdir=xlsx_tmpdir(service.session.db_path))
    service.session.record(Action.EXPORT.value, "training register", f"{year} {count} rows → {out.name}")
    return count


def export_compliance(service: TrainingService, year: int, out: Path) -> int:
    """Per member: attended against the rule per level, what is missing, prorating and 持证."""
    service.session.require(Permission.EXPORT)
    rows = service.compliance(year)
    levels = [c.level for c in rows[0].levels] if rows else []
    columns = [Column("name", "姓名", width=10), Column("role", "岗位", width=12), Column("months", "在岗月数", width=8)]
    for level in levels:
        label = LEVEL_LABELS[level]
        columns += [Column(f"{level.value}_a", f"{label}参加", width=8), Column(f"{level.value}_r", f"{label}应参加", width=9)]
    columns += [Column("missing", "仍缺", width=24), Column("cert", "持证情况", width=12),
                Column("note", "说明", width=30)]
    out_rows = []
    for r in rows:
        cells: list[object] = [r.name, TEAM_ROLE_LABELS[TeamRole(r.role)], r.months_in_post]
        for c in r.levels:
            cells += [c.attended, c.required]
        missing = "、".join(f"{LEVEL_LABELS[c.level]} {c.missing} 次" for c in r.levels if c.missing) or "已达标"
        note = f"年中在岗 {r.months_in_post} 个月，要求按月折算" if r.prorated else ""
        out_rows.append((*cells, missing, _CERT[r.certificate], note))
    rules, own = service.rules(year)
    rule_text = "，".join(f"{LEVEL_LABELS[level]}每年不少于 {n} 次" for level, n in rules.items() if n)
    count = write_template(out, f"{year}年网格员培训达标情况", columns, out_rows,
                           note=f"规则：{rule_text}（{'本中心设定' if own else '《办法》默认'}）",
                           tmpdir=xlsx_tmpdir(service.session.db_path))
    service.session.record(Action.EXPORT.value, "training compliance", f"{year} {count} rows → {out.name}")
    return count

