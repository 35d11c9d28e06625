"""The verifier's deep checks over the payload: item metadata (XSD, dates, the six steps, archival
codes), each document's size, digest and real format against its metadata, and each file's
content (XML, PDF, images, CSV). Files are read only through verify_paths, never by a name taken
from the package; XML is parsed without DTDs, entities or network."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..domain.catalogue import Message
from ..domain.step_words import SIX_STEPS
from ..domain import escalations as ESC
from .metadata import ITEM_XSD
from .trust import village_of
from .verify_files import PdfChecker, csv_problems, image_problems
from .verify_paths import Entry, UnsafeFile, clean, path_problem, read_bytes

CONTENT_LIMIT = 256 * 1024 ** 2  # a file larger than this is not opened for its content checks
_MAGIC = {"PDF": b"%PDF", "JPEG": b"\xff\xd8\xff", "PNG": b"\x89PNG", "XML": b"<?xml", "CSV": b""}
_PARSER = dict(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
Result = tuple[str, str, list]  # (property, the check's catalogue code, problems: Messages or names)


def _head(bag: Path, entry: Entry, hashed: dict) -> bytes:
    head = hashed[entry.path][3] if len(hashed[entry.path]) > 3 else b""
    if head or not entry.size:
        return head
    try:
        return read_bytes(bag, entry, CONTENT_LIMIT)[:16]
    except UnsafeFile:
        return b""


def items(bag: Path, files: dict[str, Entry], payload: list[str], hashed: dict, info: dict[str, str]
          ) -> list[Result]:
    pdfs = PdfChecker()
    try:
        return _items(bag, files, payload, hashed, info, pdfs)
    finally:
        pdfs.close()


def _items(bag: Path, files: dict[str, Entry], payload: list[str], hashed: dict, info: dict[str, str],
           pdfs: PdfChecker) -> list[Result]:
    schema = etree.XMLSchema(etree.fromstring(ITEM_XSD))
    parser = etree.XMLParser(**_PARSER)
    xml_problems, schema_problems, order_problems, step_problems, doc_problems = [], [], [], [], []
    unmarked: list[Message] = []
    usability: list[Message] = []
    formulas: list[Message] = []
    codes: dict[str, str] = {}
    cases = 0
    escalation_problems: list[Message] = []
    escalations: set[tuple[str, str]] = set()  # (case number, ordinal) seen
    village = village_of(info.get("External-Identifier", ""))
    for f in payload:
        lower = f.lower()
        if not lower.endswith((".xml", ".pdf", ".jpg", ".jpeg", ".png", ".csv")):
            continue
        try:
            data = read_bytes(bag, files[f], CONTENT_LIMIT)
        except UnsafeFile as exc:
            usability.append(exc.problem)
            continue
        if lower.endswith(".pdf"):
            pdfs.add(f, data)
        elif lower.endswith((".jpg", ".jpeg", ".png")):
            usability += image_problems(f, data)
        elif lower.endswith(".csv"):
            formulas += csv_problems(f, data)
        if not lower.endswith(".xml"):
            continue
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError as exc:
            xml_problems.append(Message("package.item.xml", {"path": f, "detail": exc.msg}))
            continue
        if root.tag != "电子文件" or "/电子档案/" not in f"/{f}":
            continue
        if not schema.validate(root):
            detail = schema.error_log.last_error.message if schema.error_log else ""
            schema_problems.append(Message("package.item.xml", {"path": f, "detail": detail}))
            continue
        code = root.findtext("档号")
        if root.findtext("类别") in ("网格事件", "花名册") and "个人信息" not in (root.findtext("控制标识") or ""):
            unmarked.append(Message("package.item.unmarked", {"code": code}))
        if code in codes and codes[code] != root.get("版本"):
            pass  # two versions of one item in a batch is a correction, listed in 变更清单
        elif code in codes:
            schema_problems.append(Message("package.item.code_repeated", {"code": code}))
        codes[code] = root.get("版本")
        times = [e.findtext("行为时间") or "" for e in root.iter("业务实体")]
        if times != sorted(times) or (times and (root.findtext("日期") or "") < times[0][:10]):
            order_problems.append(Message("package.item.order", {"code": code}))
        if root.findtext("类别") == "网格事件":
            cases += 1
            acts = {e.findtext("业务行为") for e in root.iter("业务实体")}
            missing = [s for s in SIX_STEPS if s not in acts]
            group = root.find("业务实体组")
            if missing and (group is None or not group.get("说明")):
                step_problems.append(Message("package.item.steps_missing", {"code": code, "steps": missing}))
        if root.findtext("类别") == ESC.CATEGORY:
            escalation_problems += _escalation(root, code, village, escalations)
        folder = f.rsplit("/", 1)[0]
        for doc in root.iter("计算机文件"):
            rel = doc.findtext("计算机文件名") or ""
            key = f"{folder}/{rel}"
            if path_problem(rel) or "/" in rel or key not in hashed or key not in files:
                doc_problems.append(Message("package.item.document_absent", {"code": code, "path": clean(rel)}))
                continue
            sm3, _sha, size = hashed[key][:3]
            if sm3 != doc.findtext("数字摘要") or str(size) != doc.findtext("计算机文件大小"):
                doc_problems.append(Message("package.item.document_differs", {"code": code, "path": rel}))
            magic = _MAGIC.get(doc.findtext("格式名称") or "", None)
            if magic and not _head(bag, files[key], hashed).startswith(magic):
                doc_problems.append(Message("package.item.document_format",
                                            {"code": code, "path": rel, "format": doc.findtext("格式名称")}))
    usability = pdfs.problems() + usability
    return [
        ("可用性", "package.check.xml", xml_problems),
        ("真实性", "package.check.schema", schema_problems),
        ("真实性", "package.check.dates", order_problems),
        ("真实性", "package.check.documents", doc_problems),
        ("完整性", "package.check.six_steps", step_problems),
        ("完整性", "package.check.escalations", escalation_problems),
        ("完整性", "package.check.case_count",
         [] if info.get("Case-Count") == str(cases)
         else [Message("package.item.case_count", {"value": info.get("Case-Count"), "count": cases})]),
        ("可用性", "package.check.usable", usability),
        ("安全性", "package.check.marked", unmarked),
        ("安全性", "package.check.formulas", formulas),
    ]


def _escalation(root, code: str, village: str, seen: set[tuple[str, str]]) -> list[Message]:
    """A 上报件 (domain/escalations.py, the contract with the township): every fact the township
    needs present, its slip among its files, its ordinal what its steps say and what its archival
    code and file number say, its village the package's, and (case, ordinal) once in the package."""
    problems: list[Message] = []
    facts: dict[str, str] = {}
    for entry in root.iter("项"):
        facts.setdefault(entry.get("名称") or "", (entry.text or "").strip())
    missing = [name for name in ESC.FIELDS if name not in facts]
    missing += [name for name in ESC.REQUIRED if name in facts and not facts[name]]
    for name in dict.fromkeys(missing):
        problems.append(Message("package.item.escalation_field", {"code": code, "field": name}))
    if not any((doc.findtext("计算机文件名") or "") == ESC.SLIP_FILE for doc in root.iter("计算机文件")):
        problems.append(Message("package.item.escalation_no_slip", {"code": code}))
    number, ordinal = facts.get(ESC.F_NUMBER, ""), facts.get(ESC.F_ORDINAL, "")
    told = sum(1 for e in root.iter("业务实体") if e.findtext("业务行为") == ESC.ESCALATE_WORD)
    division = facts.get(ESC.F_VILLAGE, "")
    right = (ordinal.isdigit() and int(ordinal) == told and int(ordinal) > 0
             and code == ESC.archival_code(division, number, int(ordinal))
             and root.findtext("电子文件号") == ESC.file_number(number, int(ordinal)))
    if number and ordinal and not right:
        problems.append(Message("package.item.escalation_ordinal", {"code": code, "value": ordinal, "count": told}))
    if village and division and division != village:
        problems.append(Message("package.item.escalation_village", {"code": code, "value": division,
                                                                    "village": village}))
    if number and ordinal:
        if (number, ordinal) in seen:
            problems.append(Message("package.item.escalation_repeated", {"number": number, "value": ordinal}))
        seen.add((number, ordinal))
    return problems
