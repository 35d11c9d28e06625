"""The month's pay ledger as xlsx for the township's finance office; an export, on the audit log.
A locked month is written from its stored lines, never recomputed."""

from __future__ import annotations

from pathlib import Path

from ..domain.audit import Action
from ..domain.cases import WorkKind
from ..domain.pay import Ledger, LedgerState, PayLine, PaySource, parse_month, yuan
from ..domain.rewards import KIND_WORDS, RewardKind
from ..domain.roster import TEAM_ROLE_LABELS
from ..domain.rules import Permission
from ..sheets.pay_ledger import write_pay_ledger
from .housekeeping import xlsx_tmpdir
from .pay import PayService

SOURCE_WORDS = {PaySource.BASE: "基础补贴", PaySource.CASE: "以案定补", PaySource.GRADE: "以奖代补",
                PaySource.DEDUCTION: "扣减", PaySource.CORRECTION: "更正"}
KIND_WORDS_CASE = {WorkKind.ORDINARY.value: "一般事项", WorkKind.COORDINATION.value: "需协调事项",
                   WorkKind.EMERGENCY.value: "紧急事项", WorkKind.APPROVAL.value: "需审批事项"}
HEADER = ("序号", "姓名", "岗位", "在岗天数", "基础补贴", "按期办结（件）", "以案定补", "以奖代补", "扣减", "更正",
          "合计", "最低工资标准", "备注")
MONEY = frozenset({4, 6, 7, 8, 9, 10, 11})
DETAIL_HEADER = ("姓名", "岗位", "来源", "依据（案件编号、季度、文号）", "规则", "金额（元）", "说明")


def line_note(line: PayLine) -> str:
    """Where the amount came from, in the words the finance office reads."""
    if line.source is PaySource.BASE:
        return f"在岗 {line.n1}/{line.n2} 天"
    if line.source is PaySource.CASE:
        return f"超期 {line.n1} 个工作日" if line.n1 else "按期办结"
    if line.source is PaySource.DEDUCTION and line.n1:
        return f"应扣 {yuan(line.n1)} 元，本月补贴扣完为止"
    if line.source is PaySource.CORRECTION:
        return f"{line.reason}（{line.added_by} {line.added_at:%Y-%m-%d}）" if line.added_at else line.reason
    return ""


def basis_words(line: PayLine) -> str:
    if line.source is PaySource.CASE:
        return KIND_WORDS_CASE.get(line.basis, line.basis)
    if line.source is PaySource.DEDUCTION:
        return KIND_WORDS.get(RewardKind(line.basis), line.basis)
    if line.source is PaySource.BASE:
        return TEAM_ROLE_LABELS[line.post]
    return line.basis


def _state_words(ledger: Ledger) -> str:
    if ledger.state is LedgerState.LOCKED:
        return f"已锁定（{ledger.locked_by} {ledger.locked_at:%Y-%m-%d %H:%M}）"
    if ledger.state is LedgerState.DRAFT:
        return f"草稿，未锁定（{ledger.drawn_by} {ledger.drawn_at:%Y-%m-%d %H:%M} 编制）"
    return "未编制（按现行规则试算）"


def export_pay(service: PayService, month: str, out: Path) -> int:
    """One row per member in post, the totals, the signature lines; every line on 明细."""
    session = service.session
    session.require(Permission.EXPORT)
    first = parse_month(month)
    ledger = service.ledger(month)
    rows, sums = [], [0] * len(HEADER)
    for n, m in enumerate(ledger.members, 1):
        by = {s: sum(x.amount for x in m.lines if x.source is s) for s in PaySource}
        base = next((x for x in m.lines if x.source is PaySource.BASE), None)
        on_time = sum(1 for x in m.lines if x.source is PaySource.CASE and not x.n1)
        wage = ledger.minimum_wage if m.post.value == "full_time" and ledger.minimum_wage else None
        note = "低于最低工资标准" if m.below_minimum else ""
        row = [n, m.name, TEAM_ROLE_LABELS[m.post], base.n1 if base else 0, by[PaySource.BASE], on_time,
               by[PaySource.CASE], by[PaySource.GRADE], by[PaySource.DEDUCTION], by[PaySource.CORRECTION], m.total,
               wage if wage is not None else "", note]
        for i in (4, 5, 6, 7, 8, 9, 10):
            sums[i] += row[i]
        rows.append(row)
    totals = ["", "合计", f"{len(rows)} 人", "", *sums[4:11], "", f"共 {len(ledger.below_minimum)} 人低于最低工资标准"
              if ledger.below_minimum else ""]
    centre = session.centre
    wage = f"最低工资标准 {yuan(ledger.minimum_wage)} 元（主任录入）" if ledger.minimum_wage else "最低工资标准未录入"
    note = (f"村：{centre.village_name}　乡镇：{centre.township}　月份：{first.year}年{first.month:02d}月　"
            f"状态：{_state_words(ledger)}　{wage}")
    signatures = (f"制表人：{ledger.drawn_by or '__________'}　　　审核人：__________　　　主任：__________",
                  "日期：______年____月____日")
    detail = [(m.name, TEAM_ROLE_LABELS[m.post], SOURCE_WORDS[x.source], x.ref, basis_words(x), x.amount,
               line_note(x)) for m in ledger.members for x in m.lines]
    count = write_pay_ledger(out, f"{centre.village_name}{first.year}年{first.month}月网格员绩效补贴发放表", note,
                             HEADER, rows, MONEY, totals, signatures, DETAIL_HEADER, detail,
                             tmpdir=xlsx_tmpdir(session.db_path))
    session.record(Action.EXPORT.value, f"pay:{month}", f"{ledger.state.value} {count} members, total "
                   f"{yuan(ledger.total)} → {Path(out).name}")
    return count
