"""Key-group tags: who sees which, saving them, and the rules' suggestions a person confirms."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from ..domain.accounts import Permission
from ..domain.errors import NotFound
from ..domain.audit import Action
from ..domain.key_groups import (SPECS, AttentionLevel, KeyGroup, KeyGroupTag, Suggestion, age_on,
                                 visible_groups)
from ..domain.roster import ResidentFilter
from ..domain.text import clean_text
from ..storage.key_groups_repo import KeyGroupsRepo
from ..storage.residents_repo import ResidentsRepo
from .guard import rule
from .roster import RosterService
from .clock import local_dt
from .roster_scope import grid_scope
from .session import Changes, UserSession


class KeyGroupsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _visible(self) -> set[KeyGroup]:
        return set(visible_groups(self.session.account.role))

    @rule(Permission.VIEW_ROSTER)
    def groups(self) -> list[KeyGroup]:
        return [g for g in SPECS if g in self._visible()]

    @rule(Permission.VIEW_ROSTER)
    def tags(self, resident_id: int) -> list[KeyGroupTag]:
        RosterService(self.session).resident(resident_id)  # NotFound outside the account's grids
        with self.session.db.transaction() as s:
            tags = KeyGroupsRepo(s).for_resident(resident_id)
        return [t for t in tags if t.group in self._visible()]

    @rule(Permission.EDIT_ROSTER)
    def save(self, tag: KeyGroupTag) -> Changes:
        if tag.group not in self._visible():
            self.session.require(Permission.VIEW_SENSITIVE)  # refused, on the record, saying who may
        RosterService(self.session).resident(tag.resident_id)  # NotFound outside the account's grids
        tag = replace(tag, notes=clean_text(tag.notes, 2000, "notes"),
                      details={k: clean_text(v, 500, "details") for k, v in tag.details.items()})
        detail = f"{tag.group.value} {tag.level.value}" + (f" until {tag.until}" if tag.until else "")
        with self.session.write(Action.WRITE.value, f"resident:{tag.resident_id}", f"key group {detail}") as s:
            repo = KeyGroupsRepo(s)
            if tag.id is not None:
                # The tag named by id is this resident's, of this group: else the id would reach a
                # tag of another grid's resident, or a sensitive one the account may not see.
                held = repo.get(tag.id)
                if held is None or held.resident_id != tag.resident_id or held.group is not tag.group:
                    raise NotFound("key_groups.gone")
            tag_id = repo.save(tag, local_dt(self.session.clock()))
        return Changes("key_groups", (tag_id,))

    @rule(Permission.EDIT_ROSTER)
    def end(self, tag: KeyGroupTag, reason: str = "") -> Changes:
        return self.save(replace(tag, until=self._today() - timedelta(days=1),
                                 notes=(tag.notes + " " + reason).strip()))

    def _today(self):
        return local_dt(self.session.clock()).date()

    @rule(Permission.EDIT_ROSTER)
    def suggestions(self) -> list[Suggestion]:
        """What the rules propose; nothing is written until a person confirms."""
        today = self._today()
        scope = grid_scope(self.session)
        out: list[Suggestion] = []
        with self.session.db.transaction() as s:
            residents = ResidentsRepo(s)
            kinds = KeyGroupsRepo(s).active_kinds(today)
            ids = residents.ids(ResidentFilter(), scope)
            items = residents.list_items(ids)
            by_household: dict[str, list] = {}
            for item in items:
                if item.household_number:
                    by_household.setdefault(item.household_number, []).append(item)
            for item in items:
                age = age_on(item.birth_date, today)
                tags = kinds.get(item.id, set())
                family = by_household.get(item.household_number, [])
                parents = [m for m in family if m.relation in ("户主", "配偶") and m.id != item.id]
                if age < 16 and item.relation not in ("户主", "配偶") and len(parents) >= 2 \
                        and all(p.away for p in parents) and KeyGroup.LEFT_BEHIND_CHILD.value not in tags:
                    out.append(Suggestion(item.id, item.name, KeyGroup.LEFT_BEHIND_CHILD, True,
                                          "未满 16 周岁，父母均外出"))
                if age >= 16 and KeyGroup.LEFT_BEHIND_CHILD.value in tags:
                    out.append(Suggestion(item.id, item.name, KeyGroup.LEFT_BEHIND_CHILD, False, "已满 16 周岁"))
                if age >= 60 and len(family) == 1 and KeyGroup.ELDERLY_ALONE.value not in tags:
                    out.append(Suggestion(item.id, item.name, KeyGroup.ELDERLY_ALONE, True,
                                          "60 周岁以上，户内只有本人"))
            if KeyGroup.CORRECTION_ENDED in self._visible():
                # A correction that has run its term makes a 解除社区矫正人员 (five years of 安置帮教),
                # not a 刑满释放人员: they never served a prison term, and the ledgers keep them apart.
                in_scope = set(ids)
                tag_repo = KeyGroupsRepo(s)
                done = {t.resident_id for t in tag_repo.ended(KeyGroup.CORRECTION_ENDED, today)}
                for ended in tag_repo.ended(KeyGroup.CORRECTION, today):
                    held = kinds.get(ended.resident_id, set())
                    if ended.resident_id not in in_scope or ended.resident_id in done or \
                            held & {KeyGroup.CORRECTION.value, KeyGroup.CORRECTION_ENDED.value}:
                        continue  # still (or again) under correction, or already listed
                    done.add(ended.resident_id)
                    name = residents.list_items([ended.resident_id])[0].name
                    out.append(Suggestion(ended.resident_id, name, KeyGroup.CORRECTION_ENDED, True,
                                          f"社区矫正已于 {ended.until} 期满解除，列为解除社区矫正人员（五年安置帮教）"))
        return out

    @rule(Permission.EDIT_ROSTER)
    def apply(self, suggestion: Suggestion) -> Changes:
        today = self._today()
        if suggestion.add:
            details: dict[str, str] = {}
            since = today
            if suggestion.group is KeyGroup.CORRECTION_ENDED:
                ends = [t.until for t in self.tags(suggestion.resident_id)
                        if t.group is KeyGroup.CORRECTION and t.until is not None and t.until < today]
                discharged = max(ends, default=today)
                since = min(today, discharged + timedelta(days=1))
                details = {"discharge_date": str(discharged), "support_until": str(_years_after(discharged, 5))}
            return self.save(KeyGroupTag(None, suggestion.resident_id, suggestion.group, AttentionLevel.NORMAL,
                                         since, None, details, suggestion.reason))
        current = [t for t in self.tags(suggestion.resident_id) if t.group is suggestion.group and t.active]
        changes = Changes("key_groups")
        for tag in current:
            changes = self.end(tag, suggestion.reason)
        return changes


def _years_after(day, years: int):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
