"""档案上报: the next incremental batch (closed cases new or corrected since the last one, the
roster snapshot, training and visits of the period), written straight onto the stick (into
`<batch>.partial/`, hashed as it is written; no copy on the local disk), read back and verified
there, renamed, and only then recorded in the export history with its audit row."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from threading import Lock
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..archive.audit_anchor import Segment, batch_fields, build_segment
from ..archive.metadata import ITEM_XSD, NAMING_RULES, ItemRecord, StepEntry
from ..archive.bag import BagResult
from ..archive.package import Batch, Item, ItemFile, csv_bytes, hashed_file, item_folder, write_batch
from ..archive.stick import Estimate, StickError, describe_carrier, preflight, write_onto
from ..archive.verify import Report, report_text, verify_bag
from .export_check import ReportText, not_verified
from ..domain.accounts import Permission
from ..domain.archive import ExportBatch, ExportProfile, PendingCase
from ..domain.audit import Action
from ..domain.case_records import CaseView
from ..domain.case_flows import closure_words
from ..domain.cases import CHANNEL_WORDS, KIND_WORDS
from ..domain.errors import GridDeskError, ValidationError
from ..domain.key_groups import SPECS
from ..domain.roster import ResidentFilter
from ..domain.step_words import step_word
from ..domain.text_masking import mask_numbers_in_text
from ..domain.training import LEVEL_LABELS, PRESENCE_LABELS
from ..security.audit_chain import GENESIS, Head
from ..storage.archive_repo import ArchiveRepo
from ..storage.audit_repo import AuditRepo
from ..storage.attachments_repo import AttachmentsRepo
from ..storage.centre_repo import CentreRepo
from .guard import rule
from .access import SIGNING_PRIVATE, SIGNING_PUBLIC, new_signing_key, store_signing_key
from .case_printouts import kept_case_file
from .cases import CasesService
from .clock import local_dt
from .prefetched import prefetched
from .key_group_columns import combined_columns_kept
from .roster_columns import COLUMNS
from .roster_export import ExportService, ledger_rows
from .session import UserSession
from .team import TeamService
from .training import TrainingService

Progress = Callable[[int, int], None] | None
@dataclass(frozen=True)
class Prepared:
    """A batch written onto a stick and verified there (or, `recovered`, found there after a crash
    and recorded then)."""

    name: str
    folder: Path
    digest_sm3: str
    summary: str
    profile: ExportProfile
    items: tuple[tuple[int, int], ...]  # (case id, version)
    period_from: datetime | None
    period_to: datetime
    report: Report
    audit_head: Head = Head(0, GENESIS)  # the audit chain's head the batch carries, signed
    recovered: bool = False  # a batch found on the stick after a crash and recorded then, not built now


@dataclass
class _Plan:
    """The next batch as read from the database, before a byte of it is written."""

    name: str
    batch: Batch
    cases: Iterator  # the case items, read on a second thread once writing starts
    sent: tuple[tuple[int, int], ...]  # (case id, version)
    changes: list[tuple[str, int, str]]
    last: ExportBatch | None
    period_from: datetime | None
    now: datetime
    segment: Segment
    estimate: Estimate
    profile: ExportProfile
    minutes: int = 0  # meetings' minutes made final since the last batch
    reviews: int = 0  # the review results item, when reviews were recorded since
    escalations: int = 0  # 上报件: escalations to the township not carried before

    @property
    def previous(self) -> str:
        return self.last.digest_sm3 if self.last else "none"


# Room allowed, per item, for what is made while writing: its metadata XML, its lines in the two
# directory XMLs and the four manifests (about 4 KB in all in the demo village), and a case's
# file PDF when none was kept at closing (about 40 KB); and for the bag's own files.
_ITEM_ALLOWANCE = 8 * 1024
_PDF_ALLOWANCE = 64 * 1024
_BAG_ALLOWANCE = 64 * 1024 + len(ITEM_XSD) + len(NAMING_RULES)

# The batch being written to a stick, recorded (in the encrypted database, durably) before its
# `.partial` folder is renamed: a crash after the rename is then recovered by the next export, not
# refused.
PENDING_EXPORT = "archive_pending_export"
# One stick write (from the note to the history row) or one recovery at a time in this process:
# a recovery looking while an export is between its rename and its history row would record the
# batch under the export's feet. A recovery that finds an export writing leaves it alone.
_STICK_WRITE = Lock()


class ArchiveService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _now(self) -> datetime:
        return local_dt(self.session.clock())

    # -- the installation's SM2 key ----------------------------------------------------------
    @rule(Permission.EXPORT)
    def signing_key(self):
        """The installation's key pair; a read only (a database made before keys were made at
        set-up gets one from `ensure_signing_key`, which the export calls)."""
        from ..security.sm import SigningKey

        with self.session.db.transaction() as s:
            repo = CentreRepo(s)
            private, public = repo.setting(SIGNING_PRIVATE), repo.setting(SIGNING_PUBLIC)
        if not private or not public:
            raise ValidationError("signing_key", "export.no_signing_key")
        return SigningKey(private, public)

    @rule(Permission.EXPORT)
    def ensure_signing_key(self):
        """The key pair, made now (in one transaction with its audit row) when the database has
        none: a database made before keys were made at set-up."""
        from ..security.sm import SigningKey

        with self.session.db.transaction(writes=True) as s:
            repo = CentreRepo(s)
            private, public = repo.setting(SIGNING_PRIVATE), repo.setting(SIGNING_PUBLIC)
            if private and public:
                return SigningKey(private, public)
            key = new_signing_key()
            store_signing_key(repo, key)
            self.session.audit_repo(s).append(self.session.now_iso(), self.session.account.username,
                                              Action.SETTINGS_CHANGED.value, "archive signing key",
                                              f"生成本中心的档案签名密钥（SM2），公钥指纹 {key.public().fingerprint()}")
        return key

    def _public_keys(self) -> list:
        """This centre's public key, or none yet (nothing can have been signed with it then)."""
        from ..security.sm import PublicKey

        with self.session.db.transaction() as s:
            public = CentreRepo(s).setting(SIGNING_PUBLIC)
        return [PublicKey(public)] if public else []

    @rule(None, why="the public key's fingerprint: public by design, printed on every handover form and "
                    "shown on the settings page to every role")
    def fingerprint(self) -> str:
        """'' until the centre has a key (made at set-up, or by the first export of an older database)."""
        keys = self._public_keys()
        return keys[0].fingerprint() if keys else ""

    # -- building ----------------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def history(self) -> list[ExportBatch]:
        with self.session.db.transaction() as s:
            return ArchiveRepo(s).batches()

    @rule(Permission.EXPORT)
    def pending(self) -> list[PendingCase]:
        """Closed cases the next batch will carry: (case id, row version, archival version; > 1 a correction)."""
        with self.session.db.transaction() as s:
            return ArchiveRepo(s).to_export()

    def _plan(self, profile: ExportProfile) -> _Plan:
        """What the next batch holds and needs, read in one transaction; the cases themselves are
        read later, a few ahead of the writer."""
        profile = profile.check()
        now = self._now()
        centre = self.session.centre
        with self.session.db.transaction() as s:
            repo = ArchiveRepo(s)
            last = repo.last_batch()
            name = f"ZZ-{centre.division_code}-{now.year}-{repo.count(now.year) + 1:04d}"
            pending = repo.to_export()
            segment = self._audit_segment(s, profile)
            sizes = repo.payload_sizes([case_id for case_id, _v, _a in pending])
        changes: list[tuple[str, int, str]] = []
        period_from = last.period_to if last else None
        from .archive_cycle import division_items  # the yearly division report (WGHF, issue 19)

        from .archive_reports import report_items  # the filed reports (TJBB, issue 20)

        from .archive_escalations import escalation_items  # escalations as 上报件 (SBJ, issue 21)

        tables = [*self._tables(now, period_from, profile), *division_items(self.session, name),
                  *report_items(self.session, name, changes), *escalation_items(self.session, name)]
        cases = prefetched(lambda: self._case_items(pending, changes))
        batch = Batch(name, f"{centre.village_name}综治中心", self.session.account.display_name,
                      _centre_phone(self.session), chain(cases, tables), last.name if last else "none",
                      last.digest_sm3 if last else "none", changes, f"ZZ-{centre.division_code}",
                      profile.describe(), f"GridDesk {__version__}", f"{now:%Y-%m-%d}",
                      **batch_fields(segment))
        return _Plan(name, batch, cases, tuple((case_id, version) for case_id, version, _a in pending), changes,
                     last, period_from, now, segment, self._estimate(sizes, tables, batch), profile,
                     sum(1 for t in tables if t.record.category == "会议纪要"),
                     sum(1 for t in tables if t.record.category == "考核结果"),
                     sum(1 for t in tables if t.record.category == "上报件"))

    def _estimate(self, sizes: list[tuple[str, int, int, int | None]], tables: list[Item], batch: Batch) -> Estimate:
        """The room the batch needs on the stick, its largest file and its longest path, from the
        sizes in the database (nothing read) and the tables already made."""
        size = biggest = 0
        longest = 0
        for number, attached, largest, pdf in sizes:
            size += attached + (pdf if pdf is not None else _PDF_ALLOWANCE) + _ITEM_ALLOWANCE
            biggest = max(biggest, largest, pdf or _PDF_ALLOWANCE)
            code = self._code_of(number)
            longest = max(longest, len(f"data/电子档案/0000/WGSJ/{code}-v99/{code}-v99.xml"))
        for item in tables:
            folder = item_folder(item.record)
            size += _ITEM_ALLOWANCE
            for f in item.files:
                size += len(f.data)
                biggest = max(biggest, len(f.data))
                longest = max(longest, len(f"data/{folder}/{f.name}"))
        size += sum(len(data) for _name, data in batch.other_files) + _BAG_ALLOWANCE
        return Estimate(size, biggest, longest)

    def _audit_segment(self, s, profile: ExportProfile) -> Segment:
        """The audit rows written since the last batch's head, masked as the rest of the package."""
        after, _head = ArchiveRepo(s).audit_sent()
        audit = AuditRepo(s)
        previous = audit.hash_at(after)
        if previous is None:  # the log is shorter than what already left: it was cut
            raise ValidationError("audit", "export.audit_shorter", after=after)
        mask = (lambda text: text) if profile.full_numbers else mask_numbers_in_text
        try:
            return build_segment(audit.chain_tuples(after), after, previous, mask)
        except ValueError:
            raise ValidationError("audit", "export.audit_broken") from None

    def _audit_known(self) -> Head | None:
        """The head the last batch carried: our own check holds the next segment to it, as the
        township will."""
        with self.session.db.transaction() as s:
            count, head = ArchiveRepo(s).audit_sent()
        return Head(count, head) if head else None

    def _case_items(self, pending: list[PendingCase], changes: list[tuple[str, int, str]]):
        """The closed cases, one at a time (a case's photos are in memory only while it is written)."""
        cases = CasesService(self.session)
        for case_id, _version, archival in pending:
            view = cases.get(case_id)
            if archival > 1:
                note = next((e.detail for e in reversed(view.events) if e.action == "note"), "更正")
                changes.append((self._code(view), archival, note))
            yield self._case_item(view, archival)

    def _code(self, view: CaseView) -> str:
        return self._code_of(view.number)

    def _code_of(self, number: str) -> str:
        _village, year, seq = (["", "", ""] + number.rsplit("-", 2))[-3:]
        return f"{self.session.centre.division_code}-WGSJ-{year}-{seq}"

    def _case_item(self, view: CaseView, archival_version: int) -> Item:
        steps = tuple(StepEntry(step_word(e.action),
                                e.at.isoformat(timespec="minutes"), e.account, e.detail) for e in view.events)
        self_solved = any(e.action == "self_solve" for e in view.events)
        from .mediation_archive import mediation_parts  # 人民调解 (issue 20): its record and agreement

        mediation_said, mediation_files = mediation_parts(self.session, view.id)
        record = ItemRecord(
            self._code(view), view.number, view.title, f"{self.session.centre.village_name}综治中心",
            f"{view.closed_at:%Y-%m-%d}", "网格事件", version=archival_version,
            description=(("类别", view.category), ("事项类型", KIND_WORDS[view.work_kind.value]),
                         ("来源", CHANNEL_WORDS[view.channel.value]), ("网格", view.grid_code), ("地点", view.place),
                         ("当事人", "、".join(view.people)), ("情况描述", view.description),
                         ("处理结果", view.result), ("办结类型", closure_words(view.closure_type)),
                         ("回访满意度", view.satisfaction)) + mediation_said,
            steps=steps, steps_note="自办自结：当场解决，登记即结案" if self_solved else "")
        files = [hashed_file("casefile.pdf", "案件卷宗", kept_case_file(self.session, view)), *mediation_files]
        with self.session.db.transaction() as s:
            attached = AttachmentsRepo(s).with_data("case", view.id)
        for n, (a, data) in enumerate(attached, 1):
            ext = a.name.rsplit(".", 1)[-1].lower() if "." in a.name else "bin"
            ext = "jpg" if ext == "jpeg" else ext
            files.append(hashed_file(f"{'photo' if a.kind == 'photo' else 'doc'}-{n:02d}.{ext}", a.name, data))
        return Item(record, tuple(files))

    def _tables(self, now: datetime, since: datetime | None, profile: ExportProfile) -> list[Item]:
        """The roster snapshot, and the training records and visit logs of the period."""
        division, village = self.session.centre.division_code, self.session.centre.village_name
        stamp = f"{now:%Y-%m-%d}"
        seq = f"{now:%Y%m%d%H%M}"
        exporter = ExportService(self.session)
        with self.session.db.transaction() as s:
            residents = list(ledger_rows(exporter, s, "residents", ResidentFilter(), profile.full_numbers))
            kept = combined_columns_kept(profile.sensitive_groups)
            groups = [[r[i] for i in kept] for r in ledger_rows(exporter, s, "keygroup", ResidentFilter(),
                                                                 profile.full_numbers)
                      if profile.sensitive_groups or not any(spec.sensitive and spec.label == r[2]
                                                             for spec in SPECS.values())]
        roster = Item(ItemRecord(f"{division}-HMC-{now.year}-{seq}", f"HMC-{seq}", f"{village}花名册快照（{stamp}）",
                                 f"{village}综治中心", stamp, "花名册"),
                      (ItemFile("residents.csv", "居民花名册", csv_bytes([c.header for c in COLUMNS["residents"]],
                                                                      [list(r) for r in residents])),
                       ItemFile("keygroups.csv", "重点人群登记表",
                                csv_bytes([COLUMNS["keygroup"][i].header for i in kept], groups))))
        training = TrainingService(self.session)
        names = {t.id: t.member.name for t in TeamService(self.session).members(include_left=True)}
        rows = []
        for year in range((since or now).year, now.year + 1):
            for view in training.sessions(year):
                t = view.session
                if since and t.starts_at < since:  # sent with an earlier batch
                    continue
                for a in training.attendance(t.id):
                    rows.append([f"{t.starts_at:%Y-%m-%d}", LEVEL_LABELS[t.level], t.organiser, t.topic, t.hours,
                                 names.get(a.member_id, ""), PRESENCE_LABELS[a.presence], a.score, a.reason])
        train_item = Item(ItemRecord(f"{division}-PXJL-{now.year}-{seq}", f"PXJL-{seq}", f"{village}培训记录（至 {stamp}）",
                                     f"{village}综治中心", stamp, "培训记录"),
                          (ItemFile("training.csv", "培训记录",
                                    csv_bytes(["日期", "级别", "组织单位", "主题", "学时", "姓名", "出勤", "成绩", "请假原因"],
                                              rows)),))
        from .visits import VisitsService

        visits = VisitsService(self.session).log_rows(since.date() if since else None, now.date())
        visit_item = Item(ItemRecord(f"{division}-ZFJL-{now.year}-{seq}", f"ZFJL-{seq}", f"{village}走访记录（至 {stamp}）",
                                     f"{village}综治中心", stamp, "走访记录"),
                          (ItemFile("visits.csv", "走访记录",
                                    csv_bytes(["日期", "时段", "网格", "网格员", "走访户数", "发现问题", "当场解决"], visits)),))
        from .archive_cycle import daily_log_item, minutes_items, patrol_item, review_items

        cycle = [daily_log_item(self.session, now, since, seq), patrol_item(self.session, now, since, seq),
                 *minutes_items(self.session, now, since), *review_items(self.session, now, since, seq)]
        return [roster, train_item, visit_item, *cycle]

    # -- onto the stick ----------------------------------------------------------------------
    def _write_locked(self, target_root: Path, profile: ExportProfile, fs_type: str, progress: Progress,
                      cancelled: Callable[[], bool], key) -> tuple[Prepared, Report]:
        plan = self._plan(profile)
        try:
            problems = preflight(target_root, plan.name, plan.estimate, fs_type)
            if problems:
                raise ValidationError("target", "stick.preflight", problems=problems)
            if (target_root / plan.name).exists() or (target_root / plan.name).is_symlink():
                # never overwritten, and never noted as this batch
                raise StickError("export.stick_has_other", name=plan.name)
            checked: list[Report] = []
            written: list[BagResult] = []

            def write(folder: Path, step: Progress) -> BagResult:
                written.append(write_batch(plan.batch, folder, key, step, total=plan.estimate.size))
                return written[0]

            def check(folder: Path) -> None:
                # Every check of the township's verifier, over the bytes read back from the stick.
                report = verify_bag(folder, [key.public()], {plan.previous} if plan.last else None,
                                    audit_head=self._audit_known(), writing=True)
                if not report.passed:
                    raise ValidationError("stick", not_verified(report), report=ReportText(report))
                checked.append(report)

            try:
                final = write_onto(target_root, plan.name, write, check,
                                   lambda result: self._journal(plan, result, target_root / plan.name),
                                   progress, cancelled)
            except BaseException:
                if not (target_root / plan.name).exists():  # never renamed: nothing to recover later
                    self._clear_journal()
                raise
        finally:
            plan.cases.close()  # the reader thread lets go of its connection, whatever happened
        result, report = written[0], checked[0]
        report.target = str(final)
        self._describe(target_root, plan.name, result.digest_sm3, plan.now)
        summary = _summary(plan)
        batch = ExportBatch(0, plan.name, plan.now, self.session.account.username, result.digest_sm3, plan.previous,
                            plan.period_from, plan.now, summary, profile.describe(), str(final), None)
        with self.session.write(Action.EXPORT.value, f"archive {plan.name}",
                                f"{summary}; {profile.describe()}; SM3 {result.digest_sm3}; → {final}") as s:
            ArchiveRepo(s).add_batch(batch, plan.sent, (plan.segment.head.count, plan.segment.head.digest))
            CentreRepo(s).set_setting(PENDING_EXPORT, "")
        return Prepared(plan.name, final, result.digest_sm3, summary, profile, plan.sent, plan.period_from, plan.now,
                        report, plan.segment.head), report

    def _describe(self, target_root: Path, name: str, digest: str, day: datetime) -> None:
        entries = [(b.name, b.digest_sm3, f"{b.created_at:%Y-%m-%d}") for b in self.history() if b.name != name]
        entries.append((name, digest, f"{day:%Y-%m-%d}"))
        describe_carrier(target_root, f"{self.session.centre.village_name}综治中心", entries, f"GridDesk {__version__}")

    # -- a crash between the stick's rename and the history row -------------------------------
    def _journal(self, plan: _Plan, result: BagResult, final: Path) -> None:
        p = plan.profile
        record = {"name": plan.name, "digest": result.digest_sm3, "target": str(final),
                  "previous": plan.previous, "summary": _summary(plan),
                  "profile": [p.full_numbers, p.sensitive_groups, p.reason],
                  "items": list(plan.sent), "period_from": plan.period_from.isoformat() if plan.period_from else None,
                  "period_to": plan.now.isoformat(), "account": self.session.account.username}
        with self.session.db.transaction(writes=True) as s:
            CentreRepo(s).set_setting(PENDING_EXPORT, json.dumps(record, ensure_ascii=False))

    def _clear_journal(self) -> None:
        try:
            with self.session.db.transaction(writes=True) as s:
                CentreRepo(s).set_setting(PENDING_EXPORT, "")
        except GridDeskError:  # the note is checked against the stick before it is ever used
            pass

    @rule(Permission.EXPORT)
    def interrupted(self) -> dict | None:
        """The batch an export was writing when it stopped short of recording it, if any."""
        with self.session.db.transaction() as s:
            raw = CentreRepo(s).setting(PENDING_EXPORT)
        try:
            pending = json.loads(raw) if raw else None
        except ValueError:
            return None
        return pending if isinstance(pending, dict) else None

    def _forget(self, why: str) -> None:
        pending = self.interrupted() or {}
        with self.session.write(Action.EXPORT.value, f"archive {pending.get('name', '?')}",
                                f"上次中断的导出没有补记：{why}") as s:
            CentreRepo(s).set_setting(PENDING_EXPORT, "")
        if isinstance(pending.get("staging"), str) and pending["staging"]:
            # a note from a version that built the bag on the local disk first: its unencrypted copy
            shutil.rmtree(pending["staging"], ignore_errors=True)

    @rule(Permission.EXPORT)
    def recover_interrupted(self, target_root: Path | None = None, forget_missing: bool = False) -> Prepared | None:
        """After a crash between the stick's rename and the history row: finds the batch where it
        was written (or under `target_root`, the same stick mounted elsewhere), verifies it with
        this centre's key, and, when it is the batch that was being written (same name, same
        package digest, same previous batch), records it in the history and the audit log as the
        export would have. `forget_missing`: the batch is nowhere to be found, so it was never
        renamed (or its stick is gone); drop the note so the next batch can take the name."""
        if not _STICK_WRITE.acquire(blocking=False):
            return None  # an export in this process is writing its batch: it records it itself
        try:
            return self._recover_locked(target_root, forget_missing)
        finally:
            _STICK_WRITE.release()

    def _recover_locked(self, target_root: Path | None, forget_missing: bool) -> Prepared | None:
        pending = self.interrupted()
        if pending is None:
            return None
        try:
            name, digest = pending["name"], pending["digest"]
            candidates = [Path(pending["target"])] + ([Path(target_root) / name] if target_root else [])
        except (KeyError, TypeError):
            self._forget("记录已损坏")
            return None
        with self.session.db.transaction() as s:
            last = ArchiveRepo(s).last_batch()
        previous = last.digest_sm3 if last else "none"
        if pending.get("previous") != previous:
            self._forget("之后已经记录了别的批次")
            return None
        linked = [c for c in candidates if c.is_symlink()]
        if linked:  # a link is not a bag written to the stick, whatever it points at
            raise ValidationError("stick", "export.pending_is_link", name=str(linked[0]))
        found = list(dict.fromkeys(c for c in candidates if c.is_dir()))
        if not found:
            if forget_missing:
                self._forget(f"U 盘上找不到 {name}（没有写完，或不在这个 U 盘上）")
            return None
        keys = self._public_keys()
        reports = [(c, verify_bag(c, keys, {previous} if last else None, deep=False, audit_head=self._audit_known()))
                   for c in found]
        folder, report = next(((c, r) for c, r in reports if r.digest_sm3 == digest), (None, None))
        if folder is None:
            # Not the batch that was written (someone else's folder, an older batch of ours): left
            # alone, and the note kept, so the real one is still recorded when its stick comes back.
            raise ValidationError("stick", "export.pending_other_package", found=str(found[0]), name=name)
        if not report.passed:
            raise ValidationError("stick", "export.pending_not_verified", name=name, report=ReportText(report))
        period_from = datetime.fromisoformat(pending["period_from"]) if pending.get("period_from") else None
        period_to = datetime.fromisoformat(pending["period_to"])
        profile = ExportProfile(*pending["profile"])
        items = tuple((int(c), int(v)) for c, v in pending["items"])
        batch = ExportBatch(0, name, period_to, pending["account"], digest, previous, period_from, period_to,
                            pending["summary"], profile.describe(), str(folder), None)
        with self.session.write(Action.EXPORT.value, f"archive {name}",
                                f"{pending['summary']}; {profile.describe()}; SM3 {digest}; → {folder}; "
                                f"写入 U 盘后程序中断，U 盘上的包已校验，现补记") as s:
            head = report.audit_head or Head(0, "")  # the head the verified bag itself carries
            ArchiveRepo(s).add_batch(batch, items, (head.count, head.digest))
            CentreRepo(s).set_setting(PENDING_EXPORT, "")
        try:  # the crash may have come before the carrier description was rewritten
            self._describe(folder.parent, name, digest, period_to)
        except (StickError, OSError):
            pass
        if isinstance(pending.get("staging"), str) and pending["staging"]:
            shutil.rmtree(pending["staging"], ignore_errors=True)  # as in _forget
        return Prepared(name, folder, digest, pending["summary"], profile, items, period_from, period_to, report,
                        report.audit_head or Head(0, GENESIS), recovered=True)

    @rule(Permission.EXPORT)
    def export(self, target_root: Path, profile: ExportProfile = ExportProfile(), fs_type: str = "",
               progress: Progress = None, cancelled: Callable[[], bool] = lambda: False) -> tuple[Prepared, Report]:
        """The next batch onto the stick; or, when the last export was cut short after the stick's
        rename, that batch verified and recorded (`Prepared.recovered`), and nothing new built.
        `progress` hears (bytes written, bytes expected); `cancelled` is asked after each file."""
        recovered = self.recover_interrupted(target_root, forget_missing=True)
        if recovered is not None:
            return recovered, recovered.report
        key = self.ensure_signing_key()
        with _STICK_WRITE:
            return self._write_locked(Path(target_root), profile, fs_type, progress, cancelled, key)

    @rule(Permission.EXPORT)
    def handover_form(self, name: str, out) -> None:
        """移交登记表 (services/archive_handover.py): the batch, what it holds, what the township
        checks in words, the signer's fingerprint, lines for both sides to sign."""
        from ..printing.ledger import write_form
        from .archive_handover import handover_form
        from .printouts import PrintService, out_name

        self.session.require(Permission.PRINT)
        batch = next((b for b in self.history() if b.name == name), None)
        if batch is None:
            raise ValidationError("batch", "export.no_batch", name=name)
        with self.session.db.transaction() as s:
            audit = ArchiveRepo(s).audit_sent(name)
        form = handover_form(self.session.centre, batch, self.fingerprint(), audit, f"{self._now():%Y-%m-%d}")
        write_form(form, out, PrintService(self.session).font_file())
        self.session.record(Action.PRINT.value, f"archive {name}", f"移交登记表 → {out_name(out)}")

    @rule(Permission.EXPORT)
    def verify_folder(self, path: Path) -> tuple[list[Report], str]:
        """Check a stick or a package as the township will, with this centre's key and its own batches."""
        from ..archive.verify import verify_path

        self.session.require(Permission.VIEW_ROSTER)
        known = {b.digest_sm3 for b in self.history()}
        reports = verify_path(Path(path), self._public_keys(), known)
        return reports, report_text(reports)

    # -- the township's receipts (services/archive_receipts.py) ------------------------------
    def _receipts(self):
        from .archive_receipts import ReceiptService

        return ReceiptService(self.session, self.fingerprint)

    @rule(Permission.EXPORT)
    def township_fingerprint(self) -> str:
        """The township's signing key as registered here ('' until it is)."""
        return self._receipts().township_fingerprint()

    @rule(Permission.SETTINGS)
    def register_township(self, fingerprint: str = "", key_file: Path | None = None) -> str:
        return self._receipts().register_township(fingerprint, key_file)

    @rule(Permission.EXPORT)
    def import_receipt(self, path: Path) -> tuple[ExportBatch, ...]:
        """The township's signed verification report (检测报告 XML) comes back: the batches it
        passed are received."""
        return self._receipts().import_receipt(path)


def _summary(plan: _Plan) -> str:
    return (f"案件 {len(plan.sent)} 件（其中更正 {len(plan.changes)} 件），花名册快照、培训记录、走访记录、民情日志、巡查记录各 1 件，"
            f"会议纪要 {plan.minutes} 件" + (f"，考核结果 {plan.reviews} 件" if plan.reviews else "")
            + (f"，上报件 {plan.escalations} 件" if plan.escalations else ""))



def _centre_phone(session: UserSession) -> str:
    with session.db.transaction() as s:
        return CentreRepo(s).setting("centre_phone") or "—"
