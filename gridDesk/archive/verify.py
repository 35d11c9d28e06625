"""The township's verifier: every check of ARCHIVE.md on a bag or a whole stick, grouped by the
four properties of DA/T 70 (真实性, 完整性, 可用性, 安全性), each pass or fail with its reason.
Needs no database; the signer's public key is given, or registered (bound to its village) in a
TrustStore. The package is treated as hostile: see verify_paths (nothing outside the bag is
opened, only regular files are read), verify_files (PDFs through a parser, with a time limit) and
trust (a key vouches for one village only)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..domain.catalogue import ZH, Message, Word, render
from ..security.audit_chain import Head
from ..security.sm import PublicKey, sm3_hex
from .audit_anchor import HEAD_FILE, HEAD_LIMIT, SEGMENT_FILE, SEGMENT_LIMIT, Known, SegmentCheck, check_segment, known_for, remember
from .bag import SIGNATURE, SIGNER
from .reply import NAME as REPLY_NAME
from .trust import BATCH_NAME, Registration, TrustStore, village_of
from .verify_items import items
from .verify_paths import Entry, Keeper, UnsafeFile, clean, digests, is_real_folder, open_regular, path_problem, read_bytes, \
    regular_file, walk

__all__ = ["Check", "Registration", "Report", "TrustStore", "verify_bag", "verify_path", "report_text",
           "report_rows", "report_xml"]
PROPERTIES = ("真实性", "完整性", "可用性", "安全性")
AUTH, INTEGRITY, USABILITY, SECURITY = PROPERTIES
# Each property's word in the catalogue (the XML report and the receipt keep the Chinese names).
_PROPERTY_WORDS = dict(zip(PROPERTIES, ("package.property.auth", "package.property.integrity",
                                        "package.property.usability", "package.property.security")))
_MANIFEST_LINE = re.compile(r"^([0-9a-f]{64})[ \t]+(\S.*)$")
_REQUIRED_INFO = ("Source-Organization", "External-Identifier", "Bagging-Date", "Payload-Oxum",
                  "Previous-Bag-Digest-SM3", "Case-Count")
_DANGEROUS = (".exe", ".bat", ".cmd", ".com", ".scr", ".vbs", ".js", ".ps1", ".lnk", ".msi", ".dll")
# Everything a bag's root may hold (BagIt, our two algorithms, the signature folder).
_ROOT = frozenset({"bagit.txt", "bag-info.txt", "manifest-sm3.txt", "manifest-sha256.txt", "tagmanifest-sm3.txt",
                   "tagmanifest-sha256.txt", "signature", "data"})
_TAG_FILES = frozenset(_ROOT - {"signature", "data"}) | {SIGNATURE, SIGNER}
TAG_LIMIT = 64 * 1024 ** 2  # a tag file (manifests included) larger than this is not read
_SLACK = 64 * 1024 ** 2  # bytes beyond Payload-Oxum still hashed
_SMALL = 1024 ** 2  # bagit.txt, the signature, the public key, 说明文件.TXT


# A problem a check found: a catalogue sentence, or the package's own text (a file name) shown as is.
Problem = Message | str


def _said(problem: Problem, lang: str) -> str:
    return clean(problem.render(lang) if isinstance(problem, Message) else str(problem))


@dataclass(frozen=True)
class Check:
    """One check, its name and problems kept as catalogue sentences so that the report reads in the
    reader's language (report_text(..., lang)); `name` and `reason` are the Chinese, as the XML
    report, the PDF report and the township have always read them."""

    property: str  # one of PROPERTIES
    label: Message
    ok: bool
    problems: tuple[Problem, ...] = ()

    @property
    def name(self) -> str:
        return self.name_in(ZH)

    @property
    def reason(self) -> str:
        return self.reason_in(ZH)

    def name_in(self, lang: str) -> str:
        return self.label.render(lang)

    def reason_in(self, lang: str) -> str:
        """The first few problems; how many in all when there are more (a bag of ten thousand
        changed files is not rendered ten thousand times)."""
        said = [_said(p, lang) for p in self.problems[:5]]
        sep = "；" if lang == ZH else "; "
        count = len(self.problems)
        more = sep + render("package.report.more", {"count": count}, lang) if count > 5 else ""
        return sep.join(said) + more


@dataclass
class Report:
    target: str
    checks: list[Check] = field(default_factory=list)
    digest_sm3: str = ""
    signer: str = ""  # fingerprint
    village: str = ""  # Bag-Group-Identifier (ZZ-<village code>)
    audit_head: Head | None = None  # the audit head this bag proves, when its segment checks out
    audit_note: Message | None = None  # what the audit check says about the head, when it passed
    village_code: str = ""  # the village code the package claims (External-Identifier)
    village_name: str = ""  # its Source-Organization

    def __post_init__(self) -> None:
        self.target = clean(self.target)  # a name from the package may be anything

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def add(self, prop: str, check: str | Message, problems: list[Problem]) -> None:
        """One check (a catalogue code, or a Message when it has parameters): passed when there is
        no problem."""
        label = check if isinstance(check, Message) else Message(check)
        self.checks.append(Check(prop, label, not problems, tuple(problems)))


def _read(bag: Path, files: dict[str, Entry], name: str, limit: int = TAG_LIMIT) -> bytes | None:
    """A tag file's bytes, or None when it is missing, not a regular file or too large."""
    if name not in files:
        return None
    try:
        return read_bytes(bag, files[name], limit)
    except (UnsafeFile, OSError):
        return None


def read_bag_info(bag: Path, files: dict[str, Entry] | None = None) -> dict[str, str]:
    """bag-info.txt's labels and values; {} when it is missing, not a regular file or too large.
    `files`: the bag's walk, when made already."""
    if files is None:
        entry = regular_file(Path(bag) / "bag-info.txt") if is_real_folder(Path(bag)) else None
        files = {"bag-info.txt": entry} if entry else {}
    info = {}
    for line in (_read(bag, files, "bag-info.txt") or b"").decode("utf-8", "replace").splitlines():
        if ":" in line:
            label, value = line.split(":", 1)
            info[label.strip()] = value.strip()
    return info


def read_bag_info_quietly(bag: Path) -> dict[str, str]:
    return read_bag_info(bag)  # never raises now; kept for callers of the earlier name


def _manifest(bag: Path, files: dict[str, Entry], name: str, report: Report, prop: str, unsafe: list[str]
              ) -> dict[str, str]:
    """path -> digest. Unparseable, repeated or conflicting lines are failures; a path that could
    point outside the bag goes to `unsafe` and is left out."""
    entries: dict[str, str] = {}
    lines: dict[str, int] = {}
    problems: list[Problem] = []
    data = _read(bag, files, name)
    check = Message("package.check.manifest_parses", {"manifest": name})
    if data is None:
        report.add(prop, check, [Message("package.p.manifest_unreadable", {"manifest": name})])
        return entries
    for n, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        match = _MANIFEST_LINE.match(line)
        if not match:
            problems.append(Message("package.p.line_unparsed", {"manifest": name, "line": n}))
            continue
        digest, path = match.groups()
        if (why := path_problem(path)) is not None:
            unsafe.append(Message("package.p.line_path", {"manifest": name, "line": n, "reason": why}))
            continue
        if path in lines:
            same = "same" if entries[path] == digest else "different"
            problems.append(Message(f"package.p.line_repeated_{same}",
                                    {"manifest": name, "line": n, "path": path, "first": lines[path]}))
            continue
        lines[path] = n
        entries[path] = digest
    report.add(prop, check, problems)
    return entries


def verify_bag(bag: Path, trusted: Sequence[PublicKey | Registration], known_digests: set[str] | None = None,
               workers: int = 2, deep: bool = True, rehash: bool = True,
               audit_head: Known | Head | tuple[Head, ...] | None = None,
               received_villages: set[str] | None = None, writing: bool = False, keeper: Keeper | None = None
               ) -> Report:
    """Every check. `trusted`: registrations (a key bound to its village), or bare keys (trusted
    for a village that has no bound key). `deep` False: only the integrity ones, without opening
    the XML, PDF and image files. `rehash` False: the payload's digests are taken from the
    manifests (for a bag whose files were hashed as they were written); never for a bag that came
    from elsewhere. `received_villages`: villages with a batch received before (no first batch).
    `writing`: the exporter's own check of the bag it has just written into its `.partial` folder,
    before renaming it: the folder's name is then not held against it (it is everywhere else), and
    what is read back is re-hashed with SHA-256 alone (both digests were made from the same bytes
    as they were written; see verify_paths._Sha256Only), the SM3 lines taken as written.
    `keeper`: handed each payload file's bytes as they are hashed (the township keeps its copy from
    the one read; whether to use it is for the caller to decide from the report)."""
    report = Report(str(bag))
    try:
        _verify(Path(bag), [t if isinstance(t, Registration) else Registration(t) for t in trusted],
                known_digests, workers, report, deep, rehash, received_villages or set(), audit_head, writing, keeper)
    except Exception as exc:  # noqa: BLE001 - damage the checks did not foresee is still a failure, never a crash
        report.add(INTEGRITY, "package.check.completed",
                   [Message("package.p.crashed", {"detail": f"{type(exc).__name__}: {exc}"})])
    return report


def _hash(bag: Path, entry: Entry, sha256_only: bool = False, keeper: Keeper | None = None) -> tuple:
    try:
        return digests(bag, entry, sha256_only, keeper)
    except UnsafeFile as exc:
        return ("", "", -1, b"", exc.problem)
    except OSError as exc:
        return ("", "", -1, b"", str(exc))


def _verify(bag: Path, trusted: list[Registration], known_digests: set[str] | None, workers: int,
            report: Report, deep: bool, rehash: bool, received_villages: set[str],
            audit_head: Known | Head | tuple[Head, ...] | None = None, writing: bool = False,
            keeper: Keeper | None = None) -> None:
    if not is_real_folder(bag):
        report.add(SECURITY, "package.check.real_folder", [Message("package.p.not_real_folder", {"path": bag.name})])
        return
    files, odd = walk(bag)
    names = list(files)
    # -- 安全性 --------------------------------------------------------------------------------
    report.add(SECURITY, "package.check.no_links", odd + [f for f in names if ".." in f.split("/")])
    report.add(SECURITY, "package.check.no_programs",
               [f for f in names if f.lower().endswith(_DANGEROUS) or f.lower().endswith("autorun.inf")])
    if not writing:  # the export checks its own bag before the rename takes .partial away
        report.add(SECURITY, "package.check.not_partial", [bag.name] if bag.name.endswith(".partial") else [])
    # -- 完整性: the bag's own structure ------------------------------------------------------------
    bagit = (_read(bag, files, "bagit.txt", _SMALL) or b"").decode("utf-8", "replace")
    report.add(INTEGRITY, "package.check.bagit",
               [] if "BagIt-Version: 1.0" in bagit else [Message("package.p.bagit_bad")])
    root_names = {f.split("/", 1)[0] for f in names} | {str(o.params["path"]).split("/", 1)[0] for o in odd}
    report.add(INTEGRITY, "package.check.root_known",
               [Message("package.p.unknown", {"path": n}) for n in sorted(root_names - _ROOT)]
               + [Message("package.p.unknown", {"path": f}) for f in names
                  if f.startswith("signature/") and f not in (SIGNATURE, SIGNER)])
    info = read_bag_info(bag, files)
    report.village_code = village_of(info.get("External-Identifier", ""))
    report.village_name = info.get("Source-Organization", "")
    report.add(INTEGRITY, "package.check.bag_info",
               [Message("package.p.missing_label", {"label": k}) for k in _REQUIRED_INFO if not info.get(k)])
    unsafe: list[Problem] = []
    sm3_manifest = _manifest(bag, files, "manifest-sm3.txt", report, INTEGRITY, unsafe)
    sha_manifest = _manifest(bag, files, "manifest-sha256.txt", report, INTEGRITY, unsafe)
    payload = sorted(f for f in names if f.startswith("data/"))
    listed = set(sm3_manifest) | set(sha_manifest)
    report.add(INTEGRITY, "package.check.none_missing",
               [Message("package.p.listed_absent", {"path": f}) for f in sorted(listed - set(payload))])
    report.add(INTEGRITY, "package.check.none_extra", [Message("package.p.unlisted", {"path": f}) for f in payload
                                                       if f not in sm3_manifest or f not in sha_manifest])
    total = sum(files[f].size for f in payload)
    oxum = info.get("Payload-Oxum", "")
    report.add(INTEGRITY, "package.check.oxum",
               [] if oxum == f"{total}.{len(payload)}"
               else [Message("package.p.oxum", {"value": oxum, "actual": f"{total}.{len(payload)}"})])
    octets = oxum.split(".", 1)[0]
    # Never read far more than the bag says it holds (a huge sparse file is refused unread); a
    # small difference is still hashed, so that the report names the changed file.
    bounded = octets.isdigit() and total <= 2 * int(octets) + _SLACK
    # -- 真实性: every file re-hashed, both algorithms (hashlib lets the two threads run at once; the
    # content checks come after: run beside the hashing they slowed it down more than they gained)
    if rehash and bounded:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            hashed: dict = dict(zip(payload, pool.map(lambda f: _hash(bag, files[f], writing, keeper), payload)))
        unread = [hashed[f][4] for f in payload if len(hashed[f]) > 4]
        if writing:  # the SM3 lines as written (the township re-hashes them); SHA-256 proves the read-back
            hashed = {f: (sm3_manifest.get(f, ""), *h[1:]) if len(h) == 4 else h for f, h in hashed.items()}
        else:
            report.add(AUTH, "package.check.sm3",
                       unread + [f for f in payload if f in sm3_manifest and hashed[f][0] != sm3_manifest[f]])
        report.add(AUTH, "package.check.sha256",
                   unread + [f for f in payload if f in sha_manifest and hashed[f][1] != sha_manifest[f]])
    elif rehash:
        why = Message("package.p.oversized", {"total": total, "value": oxum or Word("package.p.none")})
        report.add(AUTH, "package.check.sm3", [why])
        report.add(AUTH, "package.check.sha256", [why])
        hashed = {}
    else:
        hashed = {f: (sm3_manifest.get(f, ""), sha_manifest.get(f, ""), files[f].size) for f in payload}
    _tags(bag, files, report, unsafe)
    report.add(SECURITY, "package.check.paths_inside", unsafe)
    tag_sm3 = _read(bag, files, "tagmanifest-sm3.txt") or b""
    report.digest_sm3 = sm3_hex(tag_sm3) if tag_sm3 else ""
    _signature(bag, files, tag_sm3, trusted, info, report)
    _chain(info, known_digests, received_villages, report)
    report.village = info.get("Bag-Group-Identifier", "")
    _audit(bag, files, info, audit_head, report)
    if deep and (bounded or not rehash):
        for prop, name, problems in items(bag, files, payload, hashed, info):
            report.add(prop, name, problems)


def _tags(bag: Path, files: dict[str, Entry], report: Report, unsafe: list[Problem]) -> None:
    tag_files = [f for f in files if not f.startswith("data/") and not f.startswith("tagmanifest-")
                 and f != SIGNATURE]
    for algorithm, name in (("sm3", "tagmanifest-sm3.txt"), ("sha256", "tagmanifest-sha256.txt")):
        entries = _manifest(bag, files, name, report, INTEGRITY, unsafe)
        problems: list[Problem] = []
        for path, digest in entries.items():
            if path not in _TAG_FILES or path.startswith("tagmanifest-") or path == SIGNATURE:
                problems.append(Message("package.p.tag_listed", {"manifest": name, "path": path}))
                continue
            if path not in files:
                problems.append(Message("package.p.missing", {"path": path}))
                continue
            result = _hash(bag, files[path]) if files[path].size <= TAG_LIMIT else \
                ("", "", -1, b"", Message("package.p.too_large", {"path": path}))
            if len(result) > 4:
                problems.append(result[4])
            elif result[0 if algorithm == "sm3" else 1] != digest:
                problems.append(Message("package.p.changed", {"path": path}))
        problems += [Message("package.p.not_in_manifest", {"path": f, "manifest": name})
                     for f in tag_files if f not in entries]
        report.add(AUTH, Message("package.check.tags", {"manifest": name}), problems)


def _signature(bag: Path, files: dict[str, Entry], tag_sm3: bytes, trusted: list[Registration],
               info: dict[str, str], report: Report) -> None:
    pem, signature = _read(bag, files, SIGNER, _SMALL), _read(bag, files, SIGNATURE, _SMALL)
    try:
        signer = PublicKey.from_pem(pem.decode("ascii")) if pem is not None and signature is not None else None
    except (ValueError, UnicodeDecodeError):
        signer = None
    if signer is None:
        report.add(AUTH, "package.check.signature", [Message("package.p.no_signature")])
        report.add(AUTH, "package.check.signer_registered", [Message("package.p.signer_unreadable")])
        return
    report.signer = signer.fingerprint()
    report.add(AUTH, "package.check.signature", [] if signer.verify(tag_sm3, signature)
               else [Message("package.p.signature_bad")])
    identifier = info.get("External-Identifier", "")
    village, name = village_of(identifier), info.get("Source-Organization", "")
    mine = [r for r in trusted if r.key == signer]
    bound = next((r for r in mine if r.village), None)
    other = next((r for r in trusted if r.village and r.village == village and r.key != signer), None)
    if not mine:
        problems = [Message("package.p.signer_unknown", {"fingerprint": signer.fingerprint()})]
    elif bound and bound.village != village:
        problems = [Message("package.p.signer_other_village",
                            {"village": bound.village, "name": bound.name, "value": village or identifier})]
    elif bound and bound.name and bound.name != name:
        problems = [Message("package.p.signer_other_name", {"value": name, "name": bound.name})]
    elif not bound and other is not None:
        problems = [Message("package.p.village_other_key", {"village": village, "fingerprint": other.key.fingerprint()})]
    else:
        problems = []
    report.add(AUTH, "package.check.signer_registered", problems)
    folder = bag.name.removesuffix(".partial")
    group = info.get("Bag-Group-Identifier", "")
    mismatch = [] if BATCH_NAME.match(identifier) else [Message("package.p.identifier_bad", {"value": identifier})]
    mismatch += [] if folder == identifier else [Message("package.p.folder_mismatch",
                                                         {"folder": folder, "value": identifier})]
    mismatch += [] if not group or group == f"ZZ-{village}" else [Message("package.p.group_mismatch",
                                                                          {"value": group, "village": village})]
    report.add(AUTH, "package.check.names_agree", mismatch)


def _chain(info: dict[str, str], known: set[str] | None, received_villages: set[str], report: Report) -> None:
    previous = info.get("Previous-Bag-Digest-SM3", "")
    match = BATCH_NAME.match(info.get("External-Identifier", ""))
    if previous == "none":
        if not match or match.group(3) != "0001":
            problems = [Message("package.p.chain_first_not_first", {"number": match.group(3) if match else "?"})]
        elif match.group(1) in received_villages:
            problems = [Message("package.p.chain_first_again", {"village": match.group(1)})]
        else:
            problems = []
    elif not previous:
        problems = [Message("package.p.chain_missing")]
    elif not re.fullmatch(r"[0-9a-f]{64}", previous):
        problems = [Message("package.p.chain_not_digest", {"value": previous[:20]})]
    elif known is None or previous in known:
        problems = []
    else:
        problems = [Message("package.p.chain_unknown", {"value": info.get("Previous-Bag", "?"), "digest": previous[:16]})]
    report.add(INTEGRITY, "package.check.chain", problems)


def _segment(bag: Path, files: dict[str, Entry], info_head: str | None,
             known: Known | Head | tuple[Head, ...] | None) -> SegmentCheck:
    """The segment and head read through the walk (regular files only, never a link), the rows
    streamed a line at a time."""
    head_name, rows_name = f"data/{HEAD_FILE}", f"data/{SEGMENT_FILE}"
    present = [n for n in (head_name, rows_name) if n in files]
    if not present:
        return check_segment(None, None, info_head, known)
    if len(present) == 1:
        return check_segment(None, b"", info_head, known)
    if files[rows_name].size > SEGMENT_LIMIT:
        return SegmentCheck([Message("package.p.segment_too_large",
                                     {"size": files[rows_name].size // (1 << 20), "limit": SEGMENT_LIMIT >> 20})], None)
    try:
        head = read_bytes(bag, files[head_name], HEAD_LIMIT)
        with open_regular(bag, files[rows_name]) as rows:
            return check_segment(head, rows, info_head, known)
    except (UnsafeFile, OSError) as exc:
        why = exc.problem if isinstance(exc, UnsafeFile) else str(exc)
        return SegmentCheck([Message("package.p.segment_unread", {"reason": why})], None)


def _audit(bag: Path, files: dict[str, Entry], info: dict[str, str],
           known: Known | Head | tuple[Head, ...] | None, report: Report) -> None:
    """The audit segment extends the head received last time from this village (audit_anchor)."""
    result = _segment(bag, files, info.get("Audit-Chain-Head"), known)
    report.add(AUTH, "package.check.audit", result.problems)
    report.audit_head, report.audit_note = result.head, result.note


def _signer_and_digest(bag: Path) -> tuple[str, str]:
    """The signer's fingerprint and the package digest, read as every other file is (regular
    files, no links on the way, bounded); ("", "") when the bag is too damaged to say: it is then
    checked, and fails, in verify_bag."""
    try:
        folder = bag / SIGNER.rsplit("/", 1)[0]
        pem = regular_file(bag / SIGNER) if is_real_folder(bag) and is_real_folder(folder) else None
        tag = regular_file(bag / "tagmanifest-sm3.txt") if is_real_folder(bag) else None
        signer = PublicKey.from_pem(read_bytes(folder, pem, 64 * 1024).decode()).fingerprint() if pem else ""
        digest = sm3_hex(read_bytes(bag, tag, TAG_LIMIT)) if tag else ""
        return signer, digest
    except Exception:  # noqa: BLE001 - damage the checks below will name
        return "", ""


def stick_entries(path: Path) -> tuple[list[Path], list[Path], list[Path], list[Path]]:
    """What is on a stick: (everything, links, the township's replies, the village batches).

    The township's reply packages (HF-…) travel back on the same stick: they are the village's to
    import (archive/reply_read.py checks them), not batches, so they are neither checked as village
    batches nor flagged as something that does not belong on the stick."""
    entries = sorted(path.iterdir())
    links = [p for p in entries if not p.name.startswith(".") and not is_real_folder(p) and not regular_file(p)]
    replies = [p for p in entries if is_real_folder(p) and REPLY_NAME.match(p.name) and regular_file(p / "bagit.txt")]
    bags = [p for p in entries if is_real_folder(p) and p not in replies
            and (regular_file(p / "bagit.txt") or p.name.endswith(".partial"))]
    return entries, links, replies, bags


def carrier_report(path: Path, reports: list[Report]) -> Report:
    """The stick (or folder) itself: nothing but bags and 说明文件.TXT, no links, no `.partial`
    folder, every bag's digest in 说明文件.TXT (`reports`: the bags' own, already made)."""
    entries, links, replies, bags = stick_entries(path)
    carrier = Report(str(path))
    extra = [p.name for p in entries if p not in bags and p not in links and p not in replies
             and p.name != "说明文件.TXT" and not p.name.startswith(".")]
    carrier.add(SECURITY, "package.check.stick_only_bags", [Message("package.p.extra", {"path": n}) for n in extra])
    carrier.add(SECURITY, "package.check.stick_no_links",
                [Message("package.p.stick_link", {"path": p.name}) for p in links])
    carrier.add(SECURITY, "package.check.stick_no_partial", [b.name for b in bags if b.name.endswith(".partial")])
    description = regular_file(path / "说明文件.TXT")
    described = ""
    if description:
        try:
            described = read_bytes(path, description, _SMALL).decode("utf-8", "replace")
        except UnsafeFile:
            described = ""
    carrier.add(AUTH, "package.check.description",
                [Message("package.p.not_described", {"target": r.target})
                 for r in reports if r.digest_sm3 and r.digest_sm3 not in described])
    if not bags:
        carrier.add(INTEGRITY, "package.check.found", [Message("package.p.no_bags")])
    return carrier


signer_and_digest = _signer_and_digest  # the township's import reads them before verifying


def verify_path(path: Path, trusted: Sequence[PublicKey | Registration], known_digests: set[str] | None = None,
                audit_heads: dict[str, tuple[Head, ...]] | None = None, received_villages: set[str] | None = None
                ) -> list[Report]:
    """A bag, or a stick/folder holding bags: every bag is checked, and the folder itself for what
    does not belong there (autorun.inf, programs, .partial folders, links). `audit_heads` (village
    -> the audit heads received, last one last) is updated in place as each bag's segment checks
    out, so a stick with several batches is checked in order."""
    path = Path(path)
    heads = audit_heads if audit_heads is not None else {}

    received = set(known_digests or ())  # passed here before (not merely on this stick)

    def one(bag: Path, digests: set[str] | None) -> Report:
        group = read_bag_info(bag).get("Bag-Group-Identifier", "")
        signer, again = _signer_and_digest(bag)  # held to the heads of its group and its signer
        again = bool(again) and again in received
        report = verify_bag(bag, trusted, digests, audit_head=known_for(heads, group, signer, again),
                            received_villages=received_villages)
        if report.passed and report.audit_head is not None:
            remember(heads, report.village, report.signer, report.audit_head)
        return report

    if not path.is_dir():
        carrier = Report(str(path))
        carrier.add(INTEGRITY, "package.check.found", [Message("package.p.not_a_folder", {"path": path.name})])
        return [carrier]
    if regular_file(path / "bagit.txt") or path.name.endswith(".partial"):
        return [one(path, known_digests)]
    _entries, _links, _replies, bags = stick_entries(path)
    digests = set(known_digests or set())
    for bag in bags:
        tag = regular_file(bag / "tagmanifest-sm3.txt")
        if tag and tag.size <= TAG_LIMIT:
            try:
                digests.add(sm3_hex(read_bytes(bag, tag, TAG_LIMIT)))
            except UnsafeFile:
                pass
    reports = [one(bag, digests) for bag in bags]
    carrier = carrier_report(path, reports)
    return reports + [carrier]


def report_text(reports: list[Report], lang: str = ZH) -> str:
    """The report as the command line prints it, in `lang` (Chinese unless the shell asks for
    English); names from the package are shown as they are."""
    def say(code: str, **params: object) -> str:
        return render(code, params, lang)

    lines = []
    for r in reports:
        verdict = Word("package.report.all_passed" if r.passed else "package.report.failed")
        lines.append(say("package.report.target", target=r.target, verdict=verdict))
        if r.digest_sm3:
            lines.append(say("package.report.digest", digest=r.digest_sm3))
        if r.signer:
            lines.append(say("package.report.signer", fingerprint=r.signer))
        if r.audit_head is not None:
            note = r.audit_note
            lines.append(say("package.report.audit_head", count=r.audit_head.count, short=r.audit_head.short)
                         + (say("package.report.audit_note", note=note) if note else ""))
        for prop in PROPERTIES:
            mine = [c for c in r.checks if c.property == prop]
            if not mine:
                continue
            lines.append(f"  [{render(_PROPERTY_WORDS[prop], None, lang)}]")
            for c in mine:
                reason = c.reason_in(lang)
                lines.append(say("package.report.pass" if c.ok else "package.report.fail", check=c.name_in(lang))
                             + (say("package.report.reason", reason=reason) if reason else ""))
    return "\n".join(lines) + "\n"


def report_rows(reports: list[Report]) -> list[tuple[str, str, str, str, str]]:
    """(object, property, check, result, reason) for a printed report."""
    return [(Path(r.target).name, c.property, c.name, "通过" if c.ok else "失败", c.reason) for r in reports for c in r.checks]


def report_xml(reports: list[Report]) -> bytes:
    root = etree.Element("检测报告", 结论="通过" if all(r.passed for r in reports) else "未通过")
    for r in reports:
        target = etree.SubElement(root, "检测对象", 路径=r.target, 结论="通过" if r.passed else "未通过",
                                  包摘要=r.digest_sm3, 签名人指纹=r.signer)
        for c in r.checks:
            etree.SubElement(target, "检测项", 性质=c.property, 名称=c.name, 结果="通过" if c.ok else "失败").text = c.reason
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
