"""The grid division (issue 19 item 6): size guidance as data, and every change to the division
recorded: grids split, merged, retired here; created, renamed and re-bounded through GridService,
which notes them with `note_edit`. A split or merge is one transaction: the households, their
residents and the places move, the new grids are made and the record written, or nothing is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.plausible_dates import not_before
from ..domain.audit import Action
from ..domain.division import (ChangeKind, DivisionChange, GridCount, MergePlan, SizeGuidance,
                               SplitPlan, check_guidance)
from ..domain.errors import NotFound, ValidationError
from ..domain.resident_rules import bounded_text
from ..domain.roster import Grid, GridKind, GridNode
from ..domain.rules import Permission
from ..storage.division_repo import DivisionRepo
from ..storage.grids_repo import GridsRepo
from ..storage.orm.roster import GridRow
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, inside, require_grids
from .session import Changes, UserSession


@dataclass(frozen=True)
class OutOfSize:
    node: GridNode
    verdict: str  # 'small' or 'large'
    guidance: int  # the households the guidance aims at for its kind
    band: tuple[int, int]


def _count(node: GridNode) -> GridCount:
    return GridCount(node.code, node.name, node.households)


def note_edit(s, by: str, at, old: tuple[str, str, str] | None, grid: Grid, groups: str, boundary: str,
              why: str = "", document: str = "") -> None:
    """Record what a save through the grid dialog changed: a new grid, a new name, new bounds,
    with the reason and the approving document when the clerk gave them.
    `old`: (name, villager groups, boundary) before the save, None for a new grid."""
    nodes = {n.code: n for n in GridsRepo(s).tree()}
    node = nodes.get(grid.code)
    count = (_count(node),) if node else ()
    repo, day = DivisionRepo(s), at.date()
    if old is None:
        repo.add(DivisionChange(ChangeKind.CREATE, day, f"新设{grid.name}（{grid.code}）", why, document, (), count), by, at)
        return
    name, old_groups, old_boundary = old
    if name != grid.name:
        repo.add(DivisionChange(ChangeKind.RENAME, day, f"{name}更名为{grid.name}（{grid.code}）", why, document, count, count),
                 by, at)
    if (old_groups, old_boundary) != (groups, boundary):
        what = f"{grid.name}（{grid.code}）调整边界：村民小组 {old_groups or '—'} → {groups or '—'}"
        repo.add(DivisionChange(ChangeKind.REBOUND, day, what, why, document, count, count), by, at)


def note_map(s, by: str, at, code: str) -> None:
    node = next((n for n in GridsRepo(s).tree() if n.code == code), None)
    if node is not None:
        DivisionRepo(s).add(DivisionChange(ChangeKind.REBOUND, at.date(), f"{node.name}（{code}）更换网格地图", "", "",
                                           (_count(node),), (_count(node),)), by, at)


class DivisionService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    # -- size guidance ----------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def guidance(self) -> SizeGuidance:
        with self.session.db.transaction() as s:
            return SizeGuidance.of(DivisionRepo(s).guidance())

    @rule(Permission.EDIT_RULES)
    def set_guidance(self, values: dict[str, int]) -> Changes:
        clean = {k: check_guidance(k, v) for k, v in values.items()}
        current = self.guidance()
        low = clean.get("band.low_percent", current.low_percent)
        high = clean.get("band.high_percent", current.high_percent)
        if low > high:
            raise ValidationError("band.low_percent", "division.band_order")
        detail = ",".join(f"{k}={v}" for k, v in sorted(clean.items()))
        with self.session.write(Action.SETTINGS_CHANGED.value, "division guidance", detail) as s:
            repo = DivisionRepo(s)
            for k, v in clean.items():
                repo.set_guidance(k, v)
        return Changes("division", tuple(clean))

    @rule(Permission.VIEW_ROSTER)
    def out_of_size(self) -> list[OutOfSize]:
        """The account's grids whose households fall outside the guidance's band (a warning)."""
        guidance = self.guidance()
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            nodes = GridsRepo(s).tree()
        out = []
        for n in nodes:
            verdict = guidance.verdict(n.kind, n.households)
            if verdict and inside(n.code, scope):
                out.append(OutOfSize(n, verdict, guidance.households(n.kind), guidance.band(n.kind)))
        return out

    # -- the record ---------------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def history(self, code: str = "", start: date | None = None, end: date | None = None) -> list[DivisionChange]:
        """The changes to the division, oldest first; a grid member's account sees those that
        touched its grids."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            changes = DivisionRepo(s).changes(start, end, code)
        if scope is None:
            return changes
        return [c for c in changes if any(inside(g.code, scope) for g in (*c.before, *c.after))]

    @rule(Permission.DIVISION)
    def contents(self, code: str) -> tuple[list[tuple[int, str, str, int]], list[tuple[int, str, str]]]:
        """What a split can move: the grid's own households (id, number, address, residents) and
        its places (id, name, address)."""
        with self.session.db.transaction() as s:
            repo = DivisionRepo(s)
            row = repo.grid(code)
            if row is None or row.retired_on is not None:
                raise NotFound("division.no_grid", grid=code)
            return repo.households_of(row.id), repo.places_of(row.id)

    # -- split, merge, retire ---------------------------------------------------------------------
    def _check_day(self, on: date) -> date:
        if not isinstance(on, date) or on > self._today():
            raise ValidationError("on", "division.future")
        not_before(on, "on")
        return on

    @rule(Permission.DIVISION)
    def split(self, plan: SplitPlan) -> Changes:
        on = self._check_day(plan.on)
        why = bounded_text(plan.why, 500, "why", multiline=True)
        if not why:
            raise ValidationError("why", "division.why_required")
        document = bounded_text(plan.document, 64, "document")
        if not plan.targets:
            raise ValidationError("targets", "division.split_needs_target")
        require_grids(self.session, [plan.source, *(t[0] for t in plan.targets)], Permission.DIVISION)
        with self.session.write(Action.WRITE.value, f"grid {plan.source}", "split") as s:
            repo, grids = DivisionRepo(s), GridsRepo(s)
            source = repo.grid(plan.source)
            if source is None or source.retired_on is not None:
                raise NotFound("division.no_grid", grid=plan.source)
            taken = set(grids.ids(include_retired=True))  # retired codes included: a code is never issued twice
            parent_code = repo.parent_code(source)
            seen_h: set[int] = set()
            seen_p: set[int] = set()
            made: list[tuple[str, str, tuple[int, ...], tuple[int, ...]]] = []
            for code, name, households, places in plan.targets:
                code = bounded_text(code, 17, "code")
                if code == plan.source:
                    raise ValidationError("code", "division.split_into_itself")
                if code in taken or code in {m[0] for m in made}:
                    raise ValidationError("code", "division.code_taken", grid=code)
                if not code.isdigit() or len(code) not in (15, 17) or \
                        (parent_code and not code.startswith(parent_code)) or (not parent_code and len(code) != 15):
                    raise ValidationError("code", "grids.code_length")
                name = bounded_text(name, 64, "grid_name")
                if not name:
                    raise ValidationError("name", "grids.name_required")
                hh, pl = tuple(dict.fromkeys(households)), tuple(dict.fromkeys(places))
                if not hh:
                    raise ValidationError("households", "division.target_empty", grid=name)
                if seen_h & set(hh) or seen_p & set(pl):
                    raise ValidationError("households", "division.picked_twice")
                seen_h |= set(hh)
                seen_p |= set(pl)
                made.append((code, name, hh, pl))
            where = repo.household_grids(tuple(seen_h))
            if len(where) != len(seen_h) or any(g != source.id for g in where.values()):
                raise ValidationError("households", "division.not_in_source", grid=source.name)
            if any(g != source.id for g in repo.place_grids(tuple(seen_p)).values()) or \
                    len(repo.place_grids(tuple(seen_p))) != len(seen_p):
                raise ValidationError("places", "division.not_in_source", grid=source.name)
            if repo.household_count(source.id) <= len(seen_h):
                raise ValidationError("households", "division.source_empty", grid=source.name)
            before = {n.code: n for n in grids.tree()}
            for code, name, hh, pl in made:
                new_id = grids.save(Grid(code, name, GridKind(source.kind), "", parent_code))
                repo.move_households(hh, new_id)
                repo.move_places(pl, new_id)
            after = {n.code: n for n in grids.tree()}
            what = f"{source.name}（{source.code}）拆分为：" + "、".join(f"{n}（{c}）" for c, n, _h, _p in made)
            at = local_dt(self.session.clock())
            repo.add(DivisionChange(ChangeKind.SPLIT, on, what, why, document, (_count(before[plan.source]),),
                                    (_count(after[plan.source]), *(_count(after[c]) for c, *_ in made))),
                     self.session.account.username, at)
        return Changes("grids", (plan.source, *(m[0] for m in made)), moved=len(seen_h))

    @rule(Permission.DIVISION)
    def merge(self, plan: MergePlan) -> Changes:
        on = self._check_day(plan.on)
        why = bounded_text(plan.why, 500, "why", multiline=True)
        if not why:
            raise ValidationError("why", "division.why_required")
        document = bounded_text(plan.document, 64, "document")
        sources = tuple(dict.fromkeys(c for c in plan.sources if c != plan.into))
        if not sources:
            raise ValidationError("sources", "division.merge_needs_two")
        require_grids(self.session, [plan.into, *sources], Permission.DIVISION)
        with self.session.write(Action.WRITE.value, f"grid {plan.into}", "merge " + ",".join(sources)) as s:
            repo, grids = DivisionRepo(s), GridsRepo(s)
            nodes = {n.code: n for n in grids.tree()}
            into = nodes.get(plan.into)
            if into is None:
                raise NotFound("division.no_grid", grid=plan.into)
            for code in sources:
                node = nodes.get(code)
                if node is None:
                    raise NotFound("division.no_grid", grid=code)
                if node.parent_code == plan.into or into.parent_code == code:
                    raise ValidationError("sources", "division.merge_own_micro", grid=node.name)
                if node.parent_code != into.parent_code:
                    raise ValidationError("sources", "division.merge_levels", grid=node.name)
            name = bounded_text(plan.name, 64, "grid_name") or into.name
            into_row = repo.grid(plan.into)
            taken = set(grids.ids(include_retired=True))
            notes: list[str] = []
            for code in sources:
                row = repo.grid(code)
                # A micro-grid's code begins with its grid's (scope is a prefix test): under the
                # merged grid each gets a new code of that grid, and the old one retires with its
                # grid, never issued again.
                for child_id in repo.children(row.id):
                    child = s.get(GridRow, child_id)
                    new_code = next((f"{plan.into}{n:02d}" for n in range(1, 100) if f"{plan.into}{n:02d}" not in taken),
                                    None)
                    if new_code is None:
                        raise ValidationError("sources", "division.no_micro_code", grid=into.name)
                    taken.add(new_code)
                    new_id = repo.copy_grid(child, new_code, into_row.id)
                    folded = repo.move_everything(child.id, new_id, on)
                    repo.retire(child.id, on)
                    repo.recode_accounts(child.code, new_code)
                    notes.append(f"{child.name}编码 {child.code} 改为 {new_code}")
                    if folded:
                        notes.append(f"{folded[0]}并入{folded[1]}")
                folded = repo.move_everything(row.id, into_row.id, on)
                repo.retire(row.id, on)
                repo.recode_accounts(code, plan.into)
                if folded:
                    notes.append(f"{folded[0]}并入{folded[1]}")
            if name != into.name:
                into_row.name = name
            s.flush()
            after = next(n for n in grids.tree() if n.code == plan.into)
            what = "、".join(f"{nodes[c].name}（{c}）" for c in (plan.into, *sources)) + f"合并为{name}（{plan.into}）"
            if notes:
                what += "；" + "；".join(notes)
            repo.add(DivisionChange(ChangeKind.MERGE, on, what, why, document,
                                    tuple(_count(nodes[c]) for c in (plan.into, *sources)), (_count(after),)),
                     self.session.account.username, local_dt(self.session.clock()))
        return Changes("grids", (plan.into, *sources))

    @rule(Permission.DIVISION)
    def retire(self, code: str, on: date, why: str, document: str = "") -> Changes:
        """Retire an empty grid (its people and places moved first); its code stays taken."""
        on = self._check_day(on)
        why = bounded_text(why, 500, "why", multiline=True)
        if not why:
            raise ValidationError("why", "division.why_required")
        require_grids(self.session, [code], Permission.DIVISION)
        with self.session.write(Action.WRITE.value, f"grid {code}", "retired") as s:
            repo = DivisionRepo(s)
            node = next((n for n in GridsRepo(s).tree() if n.code == code), None)
            row = repo.grid(code)
            if node is None or row is None:
                raise NotFound("division.no_grid", grid=code)
            if repo.holds_anything(row.id):
                raise ValidationError("code", "division.retire_not_empty", grid=node.name)
            accounts = repo.accounts_on(code)
            if accounts:
                raise ValidationError("code", "division.retire_accounts", grid=node.name, name=", ".join(accounts))
            repo.retire(row.id, on)
            repo.add(DivisionChange(ChangeKind.RETIRE, on, f"撤销{node.name}（{code}）", why,
                                    bounded_text(document, 64, "document"), (_count(node),), ()),
                     self.session.account.username, local_dt(self.session.clock()))
        return Changes("grids", (code,))
