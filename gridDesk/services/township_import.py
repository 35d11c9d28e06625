"""`griddesk township import STICK`: every package verified first by the existing verifier
(archive/verify.py is the gate) against the villages the township registered; one that fails is
copied to the quarantine folder with its report and never loaded; one that passes is loaded in ONE
transaction (OpenDK's upsert keyed by village and local id, ODK Briefcase's de-duplication):
- the same batch twice changes nothing, and says so (its package digest is known);
- items are keyed by (village code, the village's 档号) and version: a correction is a new
  version, the older ones kept and marked not current;
- a roster snapshot replaces the village's previous one;
- the audit segment must extend the head the township holds for the village (the verifier checks
  it against the heads kept in the database), and the batch must follow the last one loaded from
  its village (Previous-Bag-Digest-SM3): a gap is refused in words.
The files themselves are kept in the township's folder under their SM3 (content-addressed), one
pack file per package, written from the verifier's own read of the stick: what is kept is what was
hashed and checked (services/township_store.py)."""

from __future__ import annotations

import re
import shutil
from concurrent.futures import Future, ThreadPoolExecutor
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from lxml import etree

from ..archive import unpack
from ..archive.audit_anchor import known_for, remember
from ..archive.trust import BATCH_NAME, Registration
from ..domain.escalations import CATEGORY as ESCALATION_CATEGORY, F_NUMBER, F_ORDINAL
from ..archive.verify import (Check, Report, carrier_report, report_text, report_xml, signer_and_digest, stick_entries,
                              verify_bag)
from ..archive.verify_paths import is_real_folder, read_bytes, regular_file
from ..domain.catalogue import ZH, Message
from ..domain.township import (ImportSummary, Outcome, PackageResult, TownshipAction, TownshipError)
from ..security.sm import PublicKey
from ..storage.township.repo import TownshipRepo
from .guard import rule
from .township import TownshipSession, now_iso
from ..domain.text import cell_text, control_at
from .township_csv import package_rows
from .township_store import PackKeeper, sweep_partials
from .township_reviews import CATEGORY as REVIEWS, load_reviews

Progress = Callable[[str, str], None]  # (stage, batch): "verified", "loading" (inside the transaction), "loaded"
ESCALATION = ESCALATION_CATEGORY  # the village side writes it: domain/escalations.py is the contract
CASE_LIMITS = {"number": 40, "category": 64, "work_kind": 32, "channel": 32, "grid": 64, "closure": 32,
               "satisfaction": 16}
RECORD_LIMIT = 80
ANSWER_DAYS = 5  # working days the township has to answer an escalated case
# What stops the whole import, the rest of the stick not reached: the township's side, not a package
STOPS = ("township.db_unreachable", "township.store.write_failed")


@dataclass
class _State:
    """What the township holds, read once and kept up to date as packages load."""

    registered: dict  # code -> Village
    heads: dict
    received: set[str]  # package digests loaded
    last: dict  # village -> (batch name, digest)
    extra_keys: dict = field(default_factory=dict)  # village -> PublicKey from its first package


@dataclass(frozen=True)
class _Seen:
    """A package as it names itself (bag-info, its signer and digest), read before it is verified."""

    info: dict
    signer: str
    digest: str
    again: bool  # its digest is one the township loaded
    identifier: str
    village: str
    group: str  # Bag-Group-Identifier
    keeper: PackKeeper | None = None  # keeps the files as the verifier reads them; None: not worth keeping


def _apart(one: _Seen, following: _Seen) -> bool:
    """Whether loading `one` leaves `following`'s verdict as it is: another village, another group
    and another key (the audit heads, the chain and the villages received are kept by village,
    group and key), neither already loaded."""
    return (bool(one.village and following.village and one.signer and following.signer and one.group
                 and following.group) and one.village != following.village and one.signer != following.signer
            and one.group != following.group and one.digest != following.digest
            and not one.again and not following.again)


def _bags(stick: Path) -> list[Path]:
    """The village batches on the stick, as the verifier finds them (a reply of this township's
    left on the stick is not one)."""
    if regular_file(stick / "bagit.txt") or stick.name.endswith(".partial"):
        return [stick]
    return stick_entries(stick)[3]


def _signer_key(bag: Path) -> PublicKey | None:
    pem = regular_file(bag / "signature" / "signer.pem") if is_real_folder(bag / "signature") else None
    if pem is None:
        return None
    try:
        return PublicKey.from_pem(read_bytes(bag / "signature", pem, 65536).decode("ascii"))
    except (ValueError, OSError, UnicodeDecodeError):
        return None


def _registrations(state: _State, bags: list[Path]) -> list[Registration]:
    """Each registered village's key: stored, or (registered by fingerprint alone) the key a package
    of this stick carries whose fingerprint is the one registered. Bound to the village's code; the
    name the township registered is its own label, not the centre's Source-Organization."""
    out = []
    for v in state.registered.values():
        if v.pem:
            out.append(Registration(PublicKey.from_pem(v.pem), v.code))
    for bag in bags:
        key = _signer_key(bag)
        if key is None:
            continue
        for v in state.registered.values():
            if not v.pem and key.fingerprint() == v.fingerprint and v.code not in state.extra_keys:
                state.extra_keys[v.code] = key
                out.append(Registration(key, v.code))
    return out


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)[:80] or "package"


class TownshipImport:
    def __init__(self, session: TownshipSession, progress: Progress | None = None) -> None:
        self.session = session
        self.progress = progress or (lambda stage, batch: None)
        self._reports: list[Report] = []  # each bag's, for the stick's own check (说明文件.TXT)

    @rule(None, why="the township's own table decides (domain/township.py TOWNSHIP_RULES): session.require below")
    def run(self, stick: Path) -> ImportSummary:
        self.session.require(TownshipAction.IMPORT)
        stick = Path(stick)
        if not is_real_folder(stick):
            raise TownshipError("township.stick_missing", path=str(stick))
        with self.session.db.transaction() as s:
            repo = TownshipRepo(s)
            registered = {v.code: v for v in repo.villages()}
            batches = repo.batches()
            state = _State(registered, repo.heads(), {b.digest for b in batches},
                           {b.village: (b.name, b.digest) for b in batches})
        bags = _bags(stick)
        sweep_partials(self.session.files)
        trusted = _registrations(state, bags)
        on_stick: set[str] = set()
        for bag in bags:
            digest = signer_and_digest(bag)[1]
            if digest:
                on_stick.add(digest)
        results: list[PackageResult] = []
        stopped: TownshipError | None = None
        # The next package is verified on a thread while this one is copied and loaded (hashing and
        # the file store's writes then share the two cores), when nothing this one's load changes
        # can change its verdict: another village, another key (_apart). Otherwise in turn.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="verify-ahead") as ahead:
            upcoming: tuple[int, _Seen, Future] | None = None
            for n, bag in enumerate(bags):
                if stopped is not None:
                    if upcoming is not None and upcoming[0] == n:  # verified ahead: what it kept goes
                        upcoming[2].result()
                        if upcoming[1].keeper is not None:
                            upcoming[1].keeper.discard()
                        upcoming = None
                    results.append(PackageResult(bag.name, "", Outcome.NOT_REACHED, (_said(stopped),)))
                    continue
                if upcoming is not None and upcoming[0] == n:
                    seen, report = upcoming[1], upcoming[2].result()
                else:
                    seen, verify = self._prepare(bag, state, trusted, on_stick)
                    report = self._verified(seen, verify)
                upcoming = None
                if n + 1 < len(bags):
                    following, verify = self._prepare(bags[n + 1], state, trusted, on_stick)
                    if _apart(seen, following):
                        upcoming = (n + 1, following, ahead.submit(self._verified, following, verify))
                try:
                    results.append(self._one(bag, state, seen, report))
                except TownshipError as exc:
                    if exc.code not in STOPS:
                        raise
                    stopped = exc
                    results.append(PackageResult(bag.name, "", Outcome.NOT_REACHED, (_said(exc),)))
        if not bags:
            raise TownshipError("township.stick_empty", path=str(stick))
        problems: tuple[Message, ...] = ()
        if len(bags) > 1 or bags[0] != stick:  # a stick, not one bag: what else lies on it (autorun.inf, links)
            problems = _failed(carrier_report(stick, self._reports))
        return ImportSummary(str(stick), tuple(results), problems)

    # -- one package -------------------------------------------------------------------------
    def _prepare(self, bag: Path, state: _State, trusted: list[Registration], on_stick: set[str]
                 ) -> tuple["_Seen", Callable[[PackKeeper | None], Report]]:
        """What the package says of itself, and its verification with the township's state as it is
        now, copied: the call may run on another thread while the state changes. A package that
        may load gets a keeper, so that the verifier's read of each file also makes its copy."""
        info = unpack.read_bag_info(bag)
        signer, digest = signer_and_digest(bag)
        again = bool(digest) and digest in state.received
        identifier = info.get("External-Identifier", "")
        match = BATCH_NAME.match(identifier)
        village = match.group(1) if match else ""
        group = info.get("Bag-Group-Identifier", "")
        received_villages = set(state.last) - ({village} if again else set())
        known, head = state.received | on_stick, known_for(state.heads, group, signer, again)
        keeper = None
        if not again and village in state.registered:
            keeper = PackKeeper(self.session.files, digest or village, self._stored(bag))
        seen = _Seen(info, signer, digest, again, identifier, village, group, keeper)
        return seen, lambda keep: verify_bag(bag, trusted, known, audit_head=head, received_villages=received_villages,
                                             keeper=keep)

    @staticmethod
    def _verified(seen: "_Seen", verify: Callable[[PackKeeper | None], Report]) -> Report:
        """The report; a keeper whose package failed keeps nothing (its partial pack is deleted)."""
        try:
            report = verify(seen.keeper)
        except BaseException:
            if seen.keeper is not None:
                seen.keeper.discard()
            raise
        if seen.keeper is not None and not report.passed:
            seen.keeper.discard()
        return report

    def _stored(self, bag: Path) -> set[str]:
        """The bag's paths whose file (by the SM3 its manifest claims) the store already holds: not
        copied again. Read as names only, never opened: the bag is not verified yet. A claim that is
        false fails the verifier; a path left out here by mistake is refused when it loads."""
        entry = regular_file(bag / "manifest-sm3.txt")
        if entry is None:
            return set()
        claimed: dict[str, str] = {}
        try:
            for line in read_bytes(bag, entry, 64 * 1024 ** 2).decode("utf-8").splitlines():
                digest, _, path = line.partition(" ")
                claimed[path.strip()] = digest
            with self.session.db.transaction() as s:
                known = TownshipRepo(s).known_files(claimed.values())
        except (OSError, ValueError, TownshipError):
            return set()  # unreadable (the verifier says why) or the database is away (the load says so)
        return {path for path, digest in claimed.items() if digest in known}

    def _one(self, bag: Path, state: _State, seen: "_Seen", report: Report) -> PackageResult:
        info, signer, digest, again = seen.info, seen.signer, seen.digest, seen.again
        identifier, village = seen.identifier, seen.village
        self._reports.append(report)
        self.progress("verified", bag.name)
        reasons = self._township_checks(report, info, village, signer, digest, again, state)
        keeper = seen.keeper
        if not report.passed or reasons or again:
            if keeper is not None:
                keeper.discard()
        if not report.passed or reasons:
            return self._quarantine(bag, report, reasons, village, digest, info)
        if again:
            with self.session.db.transaction(writes=True) as s:
                TownshipRepo(s).audit(now_iso(), self.session.username, "package_again", identifier, digest)
            return PackageResult(identifier, village, Outcome.ALREADY,
                                 (Message("township.import.already", {"batch": identifier}),))
        try:
            counts = self._load(bag, report, info, village, digest, state, keeper)
        except TownshipError as exc:
            if exc.code in STOPS:
                raise
            return self._quarantine(bag, report, [Message(exc.code, exc.params)], village, digest, info)
        except (unpack.UnpackError, ValueError, KeyError, OSError, etree.Error) as exc:
            # Passed every check and still not what the loader reads: kept aside, never half loaded.
            return self._quarantine(bag, report, [Message("township.import.unreadable",
                                                          {"detail": f"{type(exc).__name__}: {str(exc)[:200]}"})],
                                    village, digest, info)
        finally:
            if keeper is not None:
                keeper.discard()  # what was not loaded (a finished pack stays: see discard)
        if report.audit_head is not None:
            remember(state.heads, report.village, report.signer, report.audit_head)
        state.received.add(digest)
        state.last[village] = (identifier, digest)
        self.progress("loaded", identifier)
        return PackageResult(identifier, village, Outcome.LOADED, (), counts)

    def _township_checks(self, report: Report, info: dict, village: str, signer: str, digest: str, again: bool,
                         state: _State) -> list[Message]:
        reasons: list[Message] = []
        registered = state.registered.get(village)
        if not village:
            return reasons  # the verifier names a bad identifier
        if registered is None:
            reasons.append(Message("township.import.unregistered", {"village": village,
                                                                    "name": info.get("Source-Organization", "")}))
            return reasons
        if signer and signer != registered.fingerprint:
            reasons.append(Message("township.import.other_key", {"village": village, "name": registered.name,
                                                                 "registered": registered.fingerprint,
                                                                 "fingerprint": signer}))
        if again:
            return reasons
        previous = info.get("Previous-Bag-Digest-SM3", "")
        last = state.last.get(village)
        if last is None and previous != "none":
            reasons.append(Message("township.import.chain_no_first", {"village": village,
                                                                      "previous": info.get("Previous-Bag", "?")}))
        elif last is not None and previous != last[1]:
            reasons.append(Message("township.import.chain_gap", {"village": village, "last": last[0],
                                                                 "previous": info.get("Previous-Bag", "?")}))
        return reasons

    # -- quarantine ---------------------------------------------------------------------------
    def _quarantine(self, bag: Path, report: Report, reasons: list[Message], village: str, digest: str,
                    info: dict) -> PackageResult:
        folder = self.session.files / "quarantine" / f"{datetime.now():%Y%m%d-%H%M%S}-{_safe(bag.name)}"
        n = 1
        while folder.exists():
            n += 1
            folder = folder.with_name(f"{folder.name.rsplit('~', 1)[0]}~{n}")
        said = [m.render(ZH) for m in reasons]
        try:
            folder.mkdir(parents=True, mode=0o700)
            try:
                shutil.copytree(bag, folder / "package", symlinks=True)
            except (OSError, shutil.Error) as exc:
                (folder / "copy-problem.txt").write_text(str(exc)[:2000], encoding="utf-8")
            text = report_text([report], ZH) + "".join(f"乡镇检查：{r}\n" for r in said)
            (folder / "report.txt").write_text(text, encoding="utf-8")
            (folder / "report.xml").write_bytes(report_xml([report]))
        except OSError as exc:  # the township's disk (full, failing), not the package: the import stops
            raise TownshipError("township.store.write_failed", folder=str(folder.parent),
                                detail=(exc.strerror or str(exc))[:200]) from None
        messages = (*reasons, *_failed(report))
        with self.session.db.transaction(writes=True) as s:
            repo = TownshipRepo(s)
            repo.add_quarantine(village, bag.name, digest, info.get("Bagging-Date", "")[:7],
                                str(folder), "\n".join(m.render(ZH) for m in messages), now_iso())
            repo.audit(now_iso(), self.session.username, "package_quarantined", bag.name[:200], digest)
        return PackageResult(bag.name, village, Outcome.QUARANTINED, messages, {}, str(folder))

    # -- loading --------------------------------------------------------------------------------
    def _load(self, bag: Path, report: Report, info: dict, village: str, digest: str, state: _State,
              keeper: PackKeeper | None) -> dict:
        files = unpack.manifest(bag)
        items = list(unpack.items(bag, files))
        distinct = {f.sm3: f for item in items for _name, f in item.files}
        counts = {"items": 0, "cases": 0, "corrections": 0, "training": 0, "visits": 0, "roster_grids": 0,
                  "figures": 0, "escalations": 0, "unchanged": 0}
        written = False
        try:
            with self.session.db.transaction(writes=True) as s:
                self._rows(TownshipRepo(s), bag, report, info, village, digest, state, keeper, items, distinct,
                           counts)
                written = True  # from here its commit is asked for, and may land even if it then fails
        except BaseException:
            if keeper is not None and not written:
                keeper.undo()  # failed before its commit was asked for: no row names the pack
            raise
        return counts

    def _rows(self, repo: TownshipRepo, bag: Path, report: Report, info: dict, village: str, digest: str,
              state: _State, keeper: PackKeeper | None, items: list[unpack.Unpacked], distinct: dict,
              counts: dict) -> None:
        """Every row of the package, in the caller's transaction."""
        identifier = info["External-Identifier"]
        seq = int(identifier.rsplit("-", 1)[1])
        bagging = (info.get("Bagging-Date", "") or date.today().isoformat())[:10]
        batch_id = repo.add_batch(village, identifier, seq, digest, info.get("Previous-Bag-Digest-SM3", ""),
                                  bagging, now_iso(), self.session.username, report.audit_head)
        if village in state.extra_keys:
            repo.set_pem(village, state.extra_keys[village].pem())
        if report.audit_head is not None:
            for name in (report.village, "签名人 " + report.signer.replace(" ", "").upper()):
                if name.strip():
                    repo.add_head(name, report.audit_head)
        self.progress("loading", identifier)
        for i in items:
            _plain(i)
            for name, _f in i.files:
                _fit(name, 200, "计算机文件名")
            if len(i.record_id) > RECORD_LIMIT or not i.record_id:
                raise TownshipError("township.import.too_long", item=i.record_id[:RECORD_LIMIT], field="record_id",
                                    limit=RECORD_LIMIT)
        held = repo.versions(village, [i.record_id for i in items])
        new = [i for i in items if i.version not in held.get(i.record_id, set())]
        counts["unchanged"] = len(items) - len(new)  # sent again in a later batch: kept once
        ids = repo.add_items_bulk(village, batch_id, [(i.record_id, i.version, i.category, i.title, i.date,
                                                       list(i.description)) for i in new], held)
        known = repo.known_files(distinct)
        # Made durable once the package's own checks are done and before any row names its files:
        # a commit that then fails leaves a spare pack, never a row without its file.
        kept = keeper.finish() if keeper is not None else {}
        new_files = {}
        for d, f in distinct.items():
            if d in known:
                continue
            where = kept.get(d)
            if where is None or where.size != f.size:
                raise TownshipError("township.store.not_kept", path=f.path)
            new_files[d] = (where.size, where.pack, where.offset)
        repo.add_files_bulk(new_files,
                            [(item_id, name, f.sm3) for (item_id, _c), i in zip(ids, new) for name, f in i.files])
        cases = []
        for (item_id, current), item in zip(ids, new):
            counts["items"] += 1
            counts["corrections"] += item.version > 1
            if item.category == "网格事件":
                cases.append(self._case(item_id, current, village, item))
            else:
                self._item(repo, bag, village, item, item_id, batch_id, counts)
        repo.add_cases_bulk(cases)
        counts["cases"] = len(cases)
        repo.set_batch_items(batch_id, counts["items"])
        repo.audit(now_iso(), self.session.username, "package_loaded", identifier, digest)

    @staticmethod
    def _case(item_id: int, current: bool, village: str, item: unpack.Unpacked) -> dict:
        first = item.steps[0].at if item.steps else ""
        row = {"item_id": item_id, "village_code": village, "record_id": item.record_id,
               "number": item.file_number, "version": item.version, "category": item.said("类别"),
               "work_kind": item.said("事项类型"), "channel": item.said("来源"),
               "grid": item.said("网格"), "state": "closed", "reported_at": first[:19],
               "closed_on": item.date[:10], "closure": item.said("办结类型"),
               "satisfaction": item.said("回访满意度"), "current": current}
        for name, limit in CASE_LIMITS.items():  # refused in words, never cut
            if len(row[name]) > limit:
                raise TownshipError("township.import.too_long", item=item.record_id[:80], field=name, limit=limit)
        return row

    def _item(self, repo: TownshipRepo, bag: Path, village: str, item: unpack.Unpacked, item_id: int, batch_id: int,
              counts: dict) -> None:
        """What the other categories carry, into the tables the township counts from."""
        by_name = {name: f for name, f in item.files}
        if item.category == "花名册" and "residents.csv" in by_name:
            counts["roster_grids"] += self._roster(repo, bag, village, by_name, batch_id)
        elif item.category == "培训记录" and "training.csv" in by_name:
            rows = [{"day": _fit(r.get("日期", ""), 10, "日期"), "level": _fit(r.get("级别", ""), 16, "级别"), "organiser": _fit(r.get("组织单位", ""), 64, "组织单位"),
                     "topic": _fit(r.get("主题", ""), 200, "主题"), "hours": _fit(r.get("学时", ""), 8, "学时"), "person": _fit(r.get("姓名", ""), 64, "姓名"),
                     "presence": _fit(r.get("出勤", ""), 16, "出勤"), "score": _fit(r.get("成绩", ""), 8, "成绩")}
                    for r in package_rows(bag, by_name["training.csv"].path)]
            counts["training"] += repo.add_training(village, rows, batch_id)
        elif item.category == "走访记录" and "visits.csv" in by_name:
            rows = [{"day": _fit(r.get("日期", ""), 10, "日期"), "slot": _fit(r.get("时段", ""), 16, "时段"), "grid": _fit(r.get("网格", ""), 64, "网格"),
                     "member": _fit(r.get("网格员", ""), 64, "网格员"), "households": _int(r.get("走访户数")),
                     "problems": _int(r.get("发现问题")), "solved": _int(r.get("当场解决"))}
                    for r in package_rows(bag, by_name["visits.csv"].path)]
            counts["visits"] += repo.add_visits(village, rows, batch_id)
        elif item.category == "统计报表" and "report.xml" in by_name:
            kind, period, figures = unpack.report_figures(bag, by_name["report.xml"].path)
            counts["figures"] += repo.add_figures(item_id, village, _fit(kind, 32, "类型"), _fit(period, 16, "报告期"),
                                                  [(_fit(f.section, 32, "部分"), _fit(f.key, 64, "代码"), f.value, f.total) for f in figures])
        elif item.category == ESCALATION:
            counts["escalations"] += self._escalation(repo, village, item, batch_id)
        elif item.category == REVIEWS and "reviews.csv" in by_name:  # 考核结果: services/township_reviews.py
            counts["reviews"] = counts.get("reviews", 0) + load_reviews(repo, bag, by_name["reviews.csv"].path,
                                                                        village, batch_id)

    def _roster(self, repo: TownshipRepo, bag: Path, village: str, by_name: dict, batch_id: int) -> int:
        counts: dict[str, list] = {}
        for r in package_rows(bag, by_name["residents.csv"].path):
            grid = _fit(r.get("所属网格", ""), 64, "所属网格")
            entry = counts.setdefault(grid, [0, set(), 0])
            entry[0] += 1
            entry[1].add(r.get("户号", ""))
        if "keygroups.csv" in by_name:
            for r in package_rows(bag, by_name["keygroups.csv"].path):
                grid = _fit(r.get("所属网格") or r.get("网格") or "", 64, "网格")
                counts.setdefault(grid, [0, set(), 0])[2] += 1
        repo.replace_roster(village, {g: (n, len(h - {""}), k) for g, (n, h, k) in counts.items()}, batch_id)
        return len(counts)

    def _escalation(self, repo: TownshipRepo, village: str, item: unpack.Unpacked, batch_id: int) -> int:
        """An escalated case (上报件, built by the village side): queued once per (village, case
        number, ordinal), its answer due in working days from its arrival."""
        from .township_status import township_calendar

        number = item.said(F_NUMBER) or item.file_number.partition("#")[0]
        ordinal = _int(item.said(F_ORDINAL)) or 1
        received = datetime.now().replace(microsecond=0)
        due = township_calendar(received.date()).add_working_days(received, ANSWER_DAYS)
        return int(repo.add_escalation(village, _fit(number, 40, "案件编号"), ordinal, item.title, received.isoformat(),
                                       due.isoformat(timespec="seconds"), batch_id))


@dataclass(frozen=True)
class _Problems:
    """A failed check's problems as a sentence's parameter, in the reader's language (the
    catalogue renders any parameter with a code and render(lang))."""

    check: Check
    code: str = "township.import.check_failed"

    def render(self, lang: str) -> str:
        return self.check.reason_in(lang)


def _failed(report: Report) -> tuple[Message, ...]:
    """The checks a package (or the stick) failed, each "check：problems" (the Chinese as it
    always read), rendered where they are shown: the window in its language, the CLI in Chinese."""
    return tuple(Message("township.import.check_failed", {"check": c.label, "reason": _Problems(c)})
                 for c in report.checks if not c.ok)


def _said(error: TownshipError) -> Message:
    return Message(error.code, error.params)


def _plain(item: unpack.Unpacked) -> None:
    """An item's words hold no control character (an ESC or a C1 CSI repaints the terminal that
    `township status` prints them to) nor what no database or reply can keep: refused in words,
    naming the item and the element. One scan of them all: most items hold none."""
    fields = [("档号", item.record_id), ("电子文件号", item.file_number), ("题名", item.title), ("日期", item.date),
              *((name or "内容描述", text) for name, text in item.description),
              *(("业务实体", f"{s.action}\n{s.at}\n{s.person}") for s in item.steps),
              *(("计算机文件名", name) for name, _f in item.files)]
    if control_at("\n".join(text for _name, text in fields)) < 0:
        return
    for name, text in fields:
        at = control_at(text)
        if at >= 0:
            raise TownshipError("township.import.item_controls", item=cell_text(item.record_id[:RECORD_LIMIT]) or "?",
                                label=cell_text(name)[:40], char=f"U+{ord(text[at]):04X}")


def _fit(value: str, limit: int, field: str) -> str:
    """A value from the package that fits its column, or the package refused in words (never cut)."""
    if len(value) > limit:
        raise TownshipError("township.import.too_long", item=value[:40], field=field, limit=limit)
    return value


def _int(value: object) -> int:
    text = str(value or "").strip()
    return int(text) if text.isdigit() and len(text) < 10 else 0


def import_stick(session: TownshipSession, stick: Path, progress: Progress | None = None) -> ImportSummary:
    return TownshipImport(session, progress).run(stick)
