"""The township's verifier: every check of ARCHIVE.md on a bag or a whole stick, grouped by the
four properties of DA/T 70 (真实性, 完整性, 可用性, 安全性), each pass or fail with its reason.
Needs no database; the signer's public key is given, or registered on first use."""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from lxml import etree

from ..security.audit_chain import Head
from ..security.sm import PublicKey, file_digests, sm3_hex
from .audit_anchor import Known, check_files, known_for, remember
from .bag import SIGNATURE, SIGNER
from .metadata import ITEM_XSD, SIX_STEPS

PROPERTIES = ("真实性", "完整性", "可用性", "安全性")
AUTH, INTEGRITY, USABILITY, SECURITY = PROPERTIES
_MANIFEST_LINE = re.compile(r"^([0-9a-f]{64})[ \t]+(\S.*)$")
_REQUIRED_INFO = ("Source-Organization", "External-Identifier", "Bagging-Date", "Payload-Oxum",
                  "Previous-Bag-Digest-SM3", "Case-Count")
_DANGEROUS = (".exe", ".bat", ".cmd", ".com", ".scr", ".vbs", ".js", ".ps1", ".lnk", ".msi", ".dll")
_MAGIC = {"PDF": b"%PDF", "JPEG": b"\xff\xd8\xff", "PNG": b"\x89PNG", "XML": b"<?xml", "CSV": b""}


@dataclass(frozen=True)
class Check:
    property: str
    name: str
    ok: bool
    reason: str = ""


@dataclass
class Report:
    target: str
    checks: list[Check] = field(default_factory=list)
    digest_sm3: str = ""
    signer: str = ""  # fingerprint
    village: str = ""  # Bag-Group-Identifier (ZZ-<village code>)
    audit_head: Head | None = None  # the audit head this bag proves, when its segment checks out
    audit_note: str = ""

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def add(self, prop: str, name: str, problems: list[str]) -> None:
        """One check: passed when there is no problem; else the first few problems as the reason."""
        reason = "；".join(problems[:5]) + (f"；……共 {len(problems)} 处" if len(problems) > 5 else "")
        self.checks.append(Check(prop, name, not problems, reason))


class TrustStore:
    """Signers the township has registered: a folder of PEM files named by fingerprint."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def keys(self) -> list[PublicKey]:
        if not self.folder.is_dir():
            return []
        out = []
        for pem in sorted(self.folder.glob("*.pem")):
            try:
                out.append(PublicKey.from_pem(pem.read_text()))
            except (ValueError, OSError):
                continue
        return out

    def remember(self, key: PublicKey) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / (key.fingerprint().replace(" ", "") + ".pem")).write_text(key.pem())

    def received(self) -> set[str]:
        """Package digests of batches that passed here before: the chain's known links."""
        path = self.folder / "received-digests.txt"
        return set(path.read_text().split()) if path.is_file() else set()

    def remember_received(self, reports: list[Report]) -> None:
        digests = self.received() | {r.digest_sm3 for r in reports if r.passed and r.digest_sm3}
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "received-digests.txt").write_text("\n".join(sorted(digests)) + "\n")


def read_bag_info(bag: Path) -> dict[str, str]:
    info = {}
    for line in (bag / "bag-info.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        if ":" in line:
            label, value = line.split(":", 1)
            info[label.strip()] = value.strip()
    return info


def read_bag_info_quietly(bag: Path) -> dict[str, str]:
    try:
        return read_bag_info(bag)
    except (OSError, ValueError):
        return {}


def _manifest(path: Path, report: Report, prop: str, name: str) -> dict[str, str]:
    entries, problems = {}, []
    if not path.is_file():
        report.add(prop, name, [f"缺少 {path.name}"])
        return entries
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        match = _MANIFEST_LINE.match(line)
        if not match:
            problems.append(f"{path.name} 第 {n} 行无法解析")
            continue
        entries[match.group(2)] = match.group(1)
    report.add(prop, name, problems)
    return entries


def _files(bag: Path) -> tuple[list[str], list[str]]:
    """(every regular file under the bag as a bag-relative path, links and other oddities)."""
    files, odd = [], []
    for root, dirs, names in os.walk(bag, followlinks=False):
        for d in list(dirs):
            if os.path.islink(os.path.join(root, d)):
                odd.append(os.path.relpath(os.path.join(root, d), bag).replace(os.sep, "/") + "（链接）")
                dirs.remove(d)
        for name in names:
            full = os.path.join(root, name)
            rel = os.path.relpath(full, bag).replace(os.sep, "/")
            if os.path.islink(full):
                odd.append(rel + "（链接）")
            else:
                files.append(rel)
    return files, odd


def verify_bag(bag: Path, trusted: list[PublicKey], known_digests: set[str] | None = None,
               workers: int = 2, deep: bool = True, rehash: bool = True,
               audit_head: Known | Head | tuple[Head, ...] | None = None) -> Report:
    """Every check. `deep` False: only the integrity ones, without opening the XML, PDF and image
    files. `rehash` False: the payload's digests are taken from the manifests (for a bag whose
    files were hashed as they were written); never for a bag that came from elsewhere."""
    report = Report(str(bag))
    try:
        _verify(Path(bag), trusted, known_digests, workers, report, deep, rehash, audit_head)
    except Exception as exc:  # noqa: BLE001 - damage the checks did not foresee is still a failure, never a crash
        report.add(INTEGRITY, "检测能够完成", [f"检测时出错：{type(exc).__name__}: {exc}"])
    return report


def _verify(bag: Path, trusted: list[PublicKey], known_digests: set[str] | None, workers: int,
            report: Report, deep: bool, rehash: bool, audit_head: Known | Head | tuple[Head, ...] | None = None) -> None:
    files, odd = _files(bag)
    # -- 安全性 --------------------------------------------------------------------------------
    report.add(SECURITY, "没有链接、绝对路径或 .. 路径", odd + [f for f in files if ".." in f.split("/")])
    report.add(SECURITY, "没有可执行文件或自动运行文件",
               [f for f in files if f.lower().endswith(_DANGEROUS) or f.lower().endswith("autorun.inf")])
    report.add(SECURITY, "不是未完成的 .partial 文件夹", [bag.name] if bag.name.endswith(".partial") else [])
    # -- 完整性: the bag's own structure ------------------------------------------------------------
    bagit = bag / "bagit.txt"
    report.add(INTEGRITY, "bagit.txt 存在且为 BagIt 1.0",
               [] if bagit.is_file() and "BagIt-Version: 1.0" in bagit.read_text(errors="replace") else ["缺少或版本不对"])
    try:
        info = read_bag_info(bag)
    except OSError:
        info = {}
    report.add(INTEGRITY, "bag-info.txt 必填项齐全", [f"缺少 {k}" for k in _REQUIRED_INFO if not info.get(k)])
    sm3_manifest = _manifest(bag / "manifest-sm3.txt", report, INTEGRITY, "manifest-sm3.txt 每行可解析")
    sha_manifest = _manifest(bag / "manifest-sha256.txt", report, INTEGRITY, "manifest-sha256.txt 每行可解析")
    payload = sorted(f for f in files if f.startswith("data/"))
    listed = set(sm3_manifest) | set(sha_manifest)
    report.add(INTEGRITY, "没有缺失的文件", [f"清单有而包里没有：{f}" for f in sorted(listed - set(payload))])
    report.add(INTEGRITY, "没有多出的文件", [f"包里有而清单没有：{f}" for f in payload
                                          if f not in sm3_manifest or f not in sha_manifest])
    total = 0
    for f in payload:
        try:
            total += (bag / f).stat().st_size
        except OSError:
            pass
    report.add(INTEGRITY, "Payload-Oxum 与文件数、字节数一致",
               [] if info.get("Payload-Oxum") == f"{total}.{len(payload)}"
               else [f"bag-info 写的是 {info.get('Payload-Oxum')}，实际是 {total}.{len(payload)}"])
    # -- 真实性: every file re-hashed, both algorithms --------------------------------------------------
    if rehash:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            hashed = dict(zip(payload, pool.map(lambda f: file_digests(bag / f), payload)))
        report.add(AUTH, "每个文件的 SM3 与清单一致",
                   [f for f in payload if f in sm3_manifest and hashed[f][0] != sm3_manifest[f]])
        report.add(AUTH, "每个文件的 SHA-256 与清单一致",
                   [f for f in payload if f in sha_manifest and hashed[f][1] != sha_manifest[f]])
    else:
        hashed = {f: (sm3_manifest.get(f, ""), sha_manifest.get(f, ""), (bag / f).stat().st_size) for f in payload}
    _tags(bag, files, report)
    tag_sm3 = (bag / "tagmanifest-sm3.txt").read_bytes() if (bag / "tagmanifest-sm3.txt").is_file() else b""
    report.digest_sm3 = sm3_hex(tag_sm3) if tag_sm3 else ""
    _signature(bag, tag_sm3, trusted, report)
    _chain(info, known_digests, report)
    report.village = info.get("Bag-Group-Identifier", "")
    _audit(bag, info, audit_head, report)
    if deep:
        _items(bag, payload, hashed, info, report)


def _tags(bag: Path, files: list[str], report: Report) -> None:
    for algorithm, name in (("sm3", "tagmanifest-sm3.txt"), ("sha256", "tagmanifest-sha256.txt")):
        entries = _manifest(bag / name, report, INTEGRITY, f"{name} 每行可解析")
        problems = []
        for path, digest in entries.items():
            target = bag / path
            if not target.is_file():
                problems.append(f"缺少 {path}")
                continue
            actual = file_digests(target)[0 if algorithm == "sm3" else 1]
            if actual != digest:
                problems.append(f"{path} 已被改动")
        tag_files = [f for f in files if not f.startswith("data/") and not f.startswith("tagmanifest-")
                     and f != SIGNATURE]
        problems += [f"{f} 不在 {name} 里" for f in tag_files if f not in entries]
        report.add(AUTH, f"标签文件与 {name} 一致", problems)


def _signature(bag: Path, tag_sm3: bytes, trusted: list[PublicKey], report: Report) -> None:
    try:
        signer = PublicKey.from_pem((bag / SIGNER).read_text())
        signature = (bag / SIGNATURE).read_bytes()
    except (OSError, ValueError):
        report.add(AUTH, "数字签名（SM2）有效", ["缺少签名或签名人公钥"])
        report.add(AUTH, "签名人是已登记的村综治中心", ["无法读取签名人公钥"])
        return
    report.signer = signer.fingerprint()
    report.add(AUTH, "数字签名（SM2）有效", [] if signer.verify(tag_sm3, signature)
               else ["签名与 tagmanifest-sm3.txt 不符（包被改动，或签名被替换）"])
    report.add(AUTH, "签名人是已登记的村综治中心", [] if signer in trusted
               else [f"签名人公钥（指纹 {signer.fingerprint()}）没有登记"])


def _chain(info: dict[str, str], known: set[str] | None, report: Report) -> None:
    previous = info.get("Previous-Bag-Digest-SM3", "")
    if previous in ("", "none") or known is None:
        report.add(INTEGRITY, "批次链没有断档", [] if previous else ["bag-info 没有写 Previous-Bag-Digest-SM3"])
        return
    report.add(INTEGRITY, "批次链没有断档", [] if previous in known
               else [f"上一批（{info.get('Previous-Bag', '?')}）的摘要 {previous[:16]}… 在 U 盘上和已接收的批次里都找不到"])


def _audit(bag: Path, info: dict[str, str], known: Known | Head | tuple[Head, ...] | None, report: Report) -> None:
    """The audit segment extends the head received last time from this village (audit_anchor)."""
    result = check_files(bag / "data", info.get("Audit-Chain-Head"), known)
    report.add(AUTH, "审计日志段接续已收到的链头", result.problems)
    report.audit_head, report.audit_note = result.head, result.note


def _items(bag: Path, payload: list[str], hashed: dict, info: dict[str, str], report: Report) -> None:
    schema = etree.XMLSchema(etree.fromstring(ITEM_XSD))
    xml_problems, schema_problems, order_problems, step_problems, doc_problems = [], [], [], [], []
    unmarked: list[str] = []
    usability: list[str] = []
    codes: dict[str, str] = {}
    cases = 0
    for f in payload:
        full = bag / f
        lower = f.lower()
        if lower.endswith(".xml"):
            try:
                tree = etree.parse(str(full))
            except etree.XMLSyntaxError as exc:
                xml_problems.append(f"{f}：{exc.msg}")
                continue
            root = tree.getroot()
            if root.tag != "电子文件" or "/电子档案/" not in f"/{f}":
                continue
            if not schema.validate(tree):
                schema_problems.append(f"{f}：{schema.error_log.last_error.message if schema.error_log else ''}")
                continue
            code = root.findtext("档号")
            if root.findtext("类别") in ("网格事件", "花名册") and "个人信息" not in (root.findtext("控制标识") or ""):
                unmarked.append(f"{code} 含个人信息，控制标识却没有写明")
            if code in codes and codes[code] != root.get("版本"):
                pass  # two versions of one item in a batch is a correction, listed in 变更清单
            elif code in codes:
                schema_problems.append(f"档号重复：{code}")
            codes[code] = root.get("版本")
            times = [e.findtext("行为时间") for e in root.iter("业务实体")]
            if times != sorted(times) or (times and root.findtext("日期") < times[0][:10]):
                order_problems.append(f"{code} 的业务实体时间顺序不对")
            if root.findtext("类别") == "网格事件":
                cases += 1
                acts = {e.findtext("业务行为") for e in root.iter("业务实体")}
                missing = [s for s in SIX_STEPS if s not in acts]
                if missing and not root.find("业务实体组").get("说明"):
                    step_problems.append(f"{code} 缺少 {'、'.join(missing)}，也没有说明原因")
            folder = full.parent
            for doc in root.iter("计算机文件"):
                rel = doc.findtext("计算机文件名")
                target = folder / rel
                key = f"{f.rsplit('/', 1)[0]}/{rel}"
                if key not in hashed or not target.is_file():
                    doc_problems.append(f"{code}：元数据里的 {rel} 不在包里")
                    continue
                sm3, _sha, size = hashed[key]
                if sm3 != doc.findtext("数字摘要") or str(size) != doc.findtext("计算机文件大小"):
                    doc_problems.append(f"{code}：{rel} 的大小或摘要与元数据不符")
                magic = _MAGIC.get(doc.findtext("格式名称") or "", None)
                if magic and not full.parent.joinpath(rel).read_bytes()[:len(magic)] == magic:
                    doc_problems.append(f"{code}：{rel} 的实际格式不是 {doc.findtext('格式名称')}")
        elif lower.endswith(".pdf"):
            usability += _pdf_problems(f, full.read_bytes())
        elif lower.endswith((".jpg", ".jpeg", ".png")):
            usability += _image_problems(f, full.read_bytes())
    report.add(USABILITY, "XML 格式良好", xml_problems)
    report.add(AUTH, "元数据符合 XSD，取值合规，档号不重复", schema_problems)
    report.add(AUTH, "日期先后合理", order_problems)
    report.add(AUTH, "文件大小、摘要、实际格式与元数据一致", doc_problems)
    report.add(INTEGRITY, "每件案件六个环节齐全（或写明原因）", step_problems)
    report.add(INTEGRITY, "案件数与 bag-info 一致",
               [] if info.get("Case-Count") == str(cases) else [f"bag-info 写 {info.get('Case-Count')} 件，实际 {cases} 件"])
    report.add(USABILITY, "PDF 能打开、未加密、无脚本、字体已嵌入；图片能解码", usability)
    report.add(SECURITY, "含个人信息的条目带有控制标识", unmarked)


def _pdf_problems(name: str, data: bytes) -> list[str]:
    """Checks on the PDF's own dictionaries (reportlab writes them uncompressed)."""
    problems = []
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        return [f"{name} 不是完整的 PDF"]
    if b"/Encrypt" in data:
        problems.append(f"{name} 已加密")
    if b"/JavaScript" in data or b"/JS " in data or b"/JS(" in data:
        problems.append(f"{name} 含有脚本")
    # Every font descriptor must carry its font program; a standard Type1 font has no descriptor at all.
    if data.count(b"/Type /FontDescriptor") > data.count(b"/FontFile"):
        problems.append(f"{name} 有字体没有嵌入")
    if b"/Subtype /Type1" in data and b"/FontFile" not in data:
        problems.append(f"{name} 用了未嵌入的标准字体")
    return problems


def _image_problems(name: str, data: bytes) -> list[str]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return [f"{name} 无法解码"]
    return []


def verify_path(path: Path, trusted: list[PublicKey], known_digests: set[str] | None = None,
                audit_heads: dict[str, tuple[Head, ...]] | None = None) -> list[Report]:
    """A bag, or a stick/folder holding bags: every bag is checked, and the folder itself for what
    does not belong there (autorun.inf, programs, .partial folders). `audit_heads` (village ->
    the audit heads received, last one last) is updated in place as each bag's segment checks
    out, so a stick with several batches is checked in order."""
    path = Path(path)
    heads = audit_heads if audit_heads is not None else {}

    received = set(known_digests or ())  # passed here before (not merely on this stick)

    def one(bag: Path, digests: set[str] | None) -> Report:
        group = read_bag_info_quietly(bag).get("Bag-Group-Identifier", "")
        try:  # held to the heads of its group and of its signer (audit_anchor.known_for)
            signer = PublicKey.from_pem((bag / SIGNER).read_text()).fingerprint()
            again = file_digests(bag / "tagmanifest-sm3.txt")[0] in received
        except Exception:  # noqa: BLE001 - a bag too damaged to say is checked (and fails) below
            signer, again = "", False
        report = verify_bag(bag, trusted, digests, audit_head=known_for(heads, group, signer, again))
        if report.passed and report.audit_head is not None:
            remember(heads, report.village, report.signer, report.audit_head)
        return report

    if (path / "bagit.txt").exists() or path.name.endswith(".partial"):
        return [one(path, known_digests)]
    bags = sorted(p for p in path.iterdir() if p.is_dir() and ((p / "bagit.txt").exists() or p.name.endswith(".partial")))
    digests = set(known_digests or set())
    for bag in bags:
        tag = bag / "tagmanifest-sm3.txt"
        if tag.is_file():
            digests.add(sm3_hex(tag.read_bytes()))
    reports = [one(bag, digests) for bag in bags]
    carrier = Report(str(path))
    extra = [p.name for p in path.iterdir() if p.name not in {b.name for b in bags} and p.name != "说明文件.TXT"
             and not p.name.startswith(".")]
    carrier.add(SECURITY, "U 盘上只有说明文件和档案包", [f"多出的：{n}" for n in extra])
    carrier.add(SECURITY, "没有未完成的 .partial 文件夹", [b.name for b in bags if b.name.endswith(".partial")])
    described = (path / "说明文件.TXT").read_text(encoding="utf-8", errors="replace") \
        if (path / "说明文件.TXT").is_file() else ""
    carrier.add(AUTH, "说明文件.TXT 记载了每个包的摘要",
                [f"{r.target}：摘要不在说明文件里" for r in reports if r.digest_sm3 and r.digest_sm3 not in described])
    if not bags:
        carrier.add(INTEGRITY, "找到了档案包", ["这里没有档案包（找不到 bagit.txt）"])
    return reports + [carrier]


def report_text(reports: list[Report]) -> str:
    lines = []
    for r in reports:
        lines.append(f"== {r.target}：{'全部通过' if r.passed else '未通过'}")
        if r.digest_sm3:
            lines.append(f"   包摘要（SM3）：{r.digest_sm3}")
        if r.signer:
            lines.append(f"   签名人公钥指纹：{r.signer}")
        if r.audit_head is not None:
            lines.append(f"   审计链头：第 {r.audit_head.count} 条，摘要 {r.audit_head.short}"
                         + (f"（{r.audit_note}）" if r.audit_note else ""))
        for prop in PROPERTIES:
            mine = [c for c in r.checks if c.property == prop]
            if not mine:
                continue
            lines.append(f"  [{prop}]")
            for c in mine:
                lines.append(f"    {'通过' if c.ok else '失败'}  {c.name}" + (f"：{c.reason}" if c.reason else ""))
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
