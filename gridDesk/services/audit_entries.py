"""Audit rows as plain data about people and records: who (name and role), what (the event), to
what (the record's title, looked up now, or what the row knew if it is gone), and the facts
the sentence needs. The UI puts them in words; nothing here is a sentence.

Titles are fetched in bulk for the rows asked for (one query per kind of record, never one per
row) and masked by default: residents' names, and any ID or mobile number in free text."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.audit_entries import Event, Kind, Parsed, parse
from ..domain.text_masking import mask_name, mask_numbers_in_text
from ..security.audit_chain import ChainRow
from ..storage.audit_titles_repo import AuditTitlesRepo


@dataclass(frozen=True)
class AuditEntry:
    id: int
    ts: str
    account: str  # the login that did it
    actor: str  # that account's display name (the login if the account is unknown)
    role: str  # the account's role code today ('' for 'system' or an unknown login)
    action: str  # the stored Action code
    event: Event
    kind: Kind
    title: str  # the record's title as it stands, or what the row knew of it
    deleted: bool  # the record is gone since
    key: str  # the record's id or code (shown to the expert, never in the sentence)
    facts: dict[str, str]  # the sentence's other values
    target: str  # the stored target and detail, masked unless asked otherwise
    detail: str
    hash: str  # the row's chain value
    masked: bool


def _split_codes(key: str) -> list[str]:
    return [c.strip() for c in key.replace("，", ",").split(",") if c.strip()]


def build(s, rows: list[ChainRow], masked: bool = True) -> list[AuditEntry]:
    parsed = [parse(r.action, r.target, r.detail) for r in rows]
    repo = AuditTitlesRepo(s)
    want: dict[Kind, set[str]] = {k: set() for k in Kind}
    for p in parsed:
        if p.key:
            if p.kind is Kind.GRID:
                want[Kind.GRID].update(_split_codes(p.key))
            else:
                want[p.kind].add(p.key)
        if p.event is Event.ACCOUNT_GRIDS:
            want[Kind.GRID].update(_split_codes(p.facts.get("grids", "")))
        elif p.event is Event.ACCOUNT_MEMBER and p.facts.get("member"):
            want[Kind.MEMBER].add(p.facts["member"])
        elif p.event is Event.VISIT_FINDING_CASE:
            want[Kind.CASE].add(p.facts["case"])
    accounts = repo.accounts({r.account for r in rows} | want[Kind.ACCOUNT])
    titles = _Titles(accounts, repo.residents(want[Kind.RESIDENT]), repo.grids(want[Kind.GRID]),
                     repo.cases(want[Kind.CASE]), repo.trainings(want[Kind.TRAINING]),
                     repo.members(want[Kind.MEMBER]), repo.certificates(want[Kind.CERTIFICATE]),
                     repo.visits(want[Kind.VISIT]), masked)
    titles.keep(parsed)
    return [titles.entry(r, p) for r, p in zip(rows, parsed)]


class _Titles:
    def __init__(self, accounts, residents, grids, cases, trainings, members, certificates, visits,
                 masked: bool) -> None:
        self.accounts, self.residents, self.grids, self.cases = accounts, residents, grids, cases
        self.trainings, self.members, self.certificates, self.visits = trainings, members, certificates, visits
        self.masked = masked
        # longest first, so a code inside a longer one is not split
        self.codes = sorted(set(grids) | {n for n, _t in cases.values()}, key=len, reverse=True)

    def keep(self, parsed: list[Parsed]) -> None:
        """Add the codes and numbers the rows themselves name (a grid or case since deleted)."""
        more = set()
        for p in parsed:
            if p.kind is Kind.GRID:
                more.update(_split_codes(p.key))
            elif p.kind is Kind.CASE and p.known:
                more.add(p.known)
        self.codes = sorted(set(self.codes) | more, key=len, reverse=True)

    def text(self, value: str) -> str:
        """Free text with any ID or mobile number masked; the village's own codes (a grid's code,
        a case number) look like numbers to that masking and are kept."""
        if not self.masked or not value:
            return value
        kept = [c for c in self.codes if c in value]
        for i, code in enumerate(kept):
            value = value.replace(code, f"\x00{i}\x00")
        value = mask_numbers_in_text(value)
        for i, code in enumerate(kept):
            value = value.replace(f"\x00{i}\x00", code)
        return value

    def person(self, name: str) -> str:
        return mask_name(name) if self.masked else name

    def grid_names(self, key: str) -> tuple[str, bool]:
        codes = _split_codes(key)
        names = [self.grids.get(c, c) for c in codes]
        return "、".join(names), any(c not in self.grids for c in codes)

    def title(self, p: Parsed) -> tuple[str, bool, list[str]]:
        """(title, deleted, the residents' names in it, to mask in the raw fields too)."""
        k, key, known = p.kind, p.key, p.known
        if k is Kind.RESIDENT:
            name = self.residents.get(key) if key else None
            if name is None:
                return self.person(known), bool(key), [known]
            return self.person(name), False, [name, known]
        if k is Kind.ACCOUNT:
            found = self.accounts.get(key)
            if found is None:
                return key, False, []
            display, _role, removed = found
            return (f"{display}（{key}）" if display and display != key else key), removed, []
        if k is Kind.GRID:
            if not key:
                return "", False, []
            names, missing = self.grid_names(key)
            return names, missing and len(_split_codes(key)) == 1, []
        if k is Kind.CASE:
            found = self.cases.get(key)
            if found is None:
                return known, True, []
            number, title = found
            return f"{number}（{self.text(title)}）", False, []
        if k is Kind.TRAINING:
            found = self.trainings.get(key)
            if found is None:
                return self.text(known), True, []
            return f"{found[0]} {self.text(found[1])}", False, []
        if k is Kind.MEMBER:
            found = self.members.get(key)
            return (known, True, []) if found is None else (found, False, [])
        if k is Kind.CERTIFICATE:
            found = self.certificates.get(key)
            return (known, True, []) if found is None else (f"{found[0]}（{found[1]}）", False, [])
        if k is Kind.VISIT:
            found = self.visits.get(key)
            return (known, True, []) if found is None else (f"{found[0]} {found[1]}", False, [])
        if k is Kind.PLACE and p.people:
            return self.person(known), False, list(p.people)
        return self.text(known), False, list(p.people)

    def entry(self, r: ChainRow, p: Parsed) -> AuditEntry:
        title, deleted, people = self.title(p)
        facts = {name: self.text(value) for name, value in p.facts.items()}
        if p.event is Event.ACCOUNT_GRIDS:
            facts["grids"] = self.grid_names(p.facts.get("grids", ""))[0]
        elif p.event is Event.ACCOUNT_MEMBER and p.facts.get("member"):
            facts["member"] = self.members.get(p.facts["member"], "")
        elif p.event is Event.VISIT_FINDING_CASE:
            found = self.cases.get(p.facts["case"])
            facts["case"] = f"{found[0]}（{self.text(found[1])}）" if found else ""
        display, role, _removed = self.accounts.get(r.account, ("", "", False))
        target, detail = r.target, r.detail
        if self.masked:
            for name in {n for n in people if n}:
                target, detail = target.replace(name, mask_name(name)), detail.replace(name, mask_name(name))
            target, detail = self.text(target), self.text(detail)
        return AuditEntry(r.id, r.ts, r.account, display or r.account, role, r.action, p.event, p.kind,
                          title, deleted, p.key, facts, target, detail, r.mac, self.masked)
