"""Reading a township reply package at the village, as hostile input: the bag's structure, the
township's signature (by the key registered here), that it is addressed to this village, every
file re-hashed with both algorithms, then reply.xml parsed (bounded, no DTD, no entities) back into
the plain data of archive/reply.py. Any failure is a ReplyError in words; nothing is half-read.
`verify_reply` gives the same checks as a list of problems, for a report."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from lxml import etree

from ..security.sm import PublicKey, sm3_hex
from .bag import SIGNATURE, SIGNER
from .reply import (attachment_path, field, NAME, REPLY_XML, AnswerKind, Attendee, EscalationAnswer, PersonRef, PointsChange,
                    Presence, Reply, ReplyAttachment, ReplyError, ReplyReceipt, SecondReview, TaskDown, TrainingDown,
                    check_reply)
from .verify_paths import UnsafeFile, digests, is_real_folder, path_problem, read_bytes, walk

_ROOT = frozenset({"bagit.txt", "bag-info.txt", "manifest-sm3.txt", "manifest-sha256.txt", "tagmanifest-sm3.txt",
                   "tagmanifest-sha256.txt", "signature", "data"})
_TAGS = ("bagit.txt", "bag-info.txt", "manifest-sm3.txt", "manifest-sha256.txt", SIGNER)
_LINE = re.compile(r"^([0-9a-f]{64})[ \t]+(\S.*)$")
TAG_LIMIT = 16 * 1024 ** 2
XML_LIMIT = 64 * 1024 ** 2
PAYLOAD_LIMIT = 2 * 1024 ** 3


def _read(folder: Path, files: dict, name: str, limit: int = TAG_LIMIT) -> bytes:
    if name not in files:
        raise ReplyError("reply.file_missing", name=name)
    try:
        return read_bytes(folder, files[name], limit)
    except (UnsafeFile, OSError):
        raise ReplyError("reply.file_unreadable", name=name) from None


def _manifest(data: bytes, name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        match = _LINE.match(line)
        if not match or path_problem(match.group(2)) is not None or match.group(2) in out:
            raise ReplyError("reply.manifest_line", name=name, line=n)
        out[match.group(2)] = match.group(1)
    return out


def _info(data: bytes) -> dict[str, str]:
    info = {}
    for line in data.decode("utf-8", "replace").splitlines():
        if ":" in line:
            label, value = line.split(":", 1)
            info[label.strip()] = value.strip()
    return info


def check_bag(folder: Path, registered: str, village_code: str, writing: bool = False) -> tuple[dict, dict]:
    """The bag's checks, in the order that gives the clearest refusal: what it is, who signed it,
    whether it was changed, whom it is for, then every payload file. Returns (bag-info, walk)."""
    folder = Path(folder)
    if not is_real_folder(folder):
        raise ReplyError("reply.not_a_folder", path=folder.name)
    if folder.name.endswith(".partial") and not writing:
        raise ReplyError("reply.partial", path=folder.name)
    files, odd = walk(folder)
    if odd:
        raise ReplyError("reply.tampered", names=[o.render() for o in odd][:5])
    unknown = sorted({f.split("/", 1)[0] for f in files} - _ROOT) + \
        sorted(f for f in files if f.startswith("signature/") and f not in (SIGNATURE, SIGNER))
    if "bagit.txt" not in files or "data/" + REPLY_XML not in files:
        raise ReplyError("reply.not_a_reply", path=folder.name)
    if unknown:
        raise ReplyError("reply.tampered", names=unknown[:5])
    if b"BagIt-Version: 1.0" not in _read(folder, files, "bagit.txt", 4096):
        raise ReplyError("reply.not_a_reply", path=folder.name)
    try:
        signer = PublicKey.from_pem(_read(folder, files, SIGNER, 64 * 1024).decode("ascii"))
        signature = _read(folder, files, SIGNATURE, 64 * 1024)
    except (ValueError, UnicodeDecodeError, ReplyError):
        raise ReplyError("reply.unsigned") from None
    if not registered:
        raise ReplyError("reply.no_township")
    if signer.fingerprint() != registered:
        raise ReplyError("reply.other_township", fingerprint=signer.fingerprint(), registered=registered)
    tag_sm3 = _read(folder, files, "tagmanifest-sm3.txt")
    if not signer.verify(tag_sm3, signature):
        raise ReplyError("reply.signature_bad")
    changed = []
    for name, algorithm in (("tagmanifest-sm3.txt", 0), ("tagmanifest-sha256.txt", 1)):
        listed = _manifest(_read(folder, files, name), name)
        if set(listed) != set(_TAGS):
            changed += sorted(set(listed) ^ set(_TAGS))
        for tag, digest in listed.items():
            if tag in files and _hash(folder, files, tag)[algorithm] != digest:
                changed.append(tag)
    if changed:
        raise ReplyError("reply.tampered", names=sorted(set(changed))[:5])
    info = _info(_read(folder, files, "bag-info.txt"))
    identifier = info.get("External-Identifier", "")
    match = NAME.match(identifier)
    if not match or info.get("Export-Type") != "reply" or info.get("Target-Village") != match.group(2):
        raise ReplyError("reply.bad_identifier", value=identifier[:60])
    if folder.name.removesuffix(".partial") != identifier:
        raise ReplyError("reply.folder_mismatch", folder=folder.name, value=identifier)
    if match.group(2) != village_code:
        raise ReplyError("reply.other_village", village=match.group(2), name=info.get("Target-Village-Name", ""),
                         ours=village_code)
    _payload(folder, files, info, writing)
    return info, files


def _hash(folder: Path, files: dict, name: str, sha256_only: bool = False) -> tuple[str, str]:
    try:
        sm3, sha, _size, _head = digests(folder, files[name], sha256_only)
    except (UnsafeFile, OSError):
        raise ReplyError("reply.file_unreadable", name=name) from None
    return sm3, sha


def _payload(folder: Path, files: dict, info: dict[str, str], writing: bool = False) -> None:
    """Every payload file listed in both manifests and re-hashed (on two threads: hashlib lets them
    run at once). `writing`: the township's read-back of the bag it has just written, where both
    digests were made from the same bytes in memory: SHA-256 proves they came back (as the
    village's exporter does, verify_paths._Sha256Only)."""
    sm3 = _manifest(_read(folder, files, "manifest-sm3.txt"), "manifest-sm3.txt")
    sha = _manifest(_read(folder, files, "manifest-sha256.txt"), "manifest-sha256.txt")
    payload = sorted(f for f in files if f.startswith("data/"))
    wrong = sorted((set(sm3) ^ set(payload)) | (set(sha) ^ set(payload)))
    total = sum(files[f].size for f in payload)
    if wrong:
        raise ReplyError("reply.tampered", names=wrong[:5])
    if total > PAYLOAD_LIMIT or info.get("Payload-Oxum") != f"{total}.{len(payload)}":
        raise ReplyError("reply.tampered", names=["Payload-Oxum"])
    with ThreadPoolExecutor(max_workers=2) as pool:
        hashed = dict(zip(payload, pool.map(lambda f: _hash(folder, files, f, writing), payload)))
    changed = [f for f in payload if hashed[f][1] != sha[f] or (not writing and hashed[f][0] != sm3[f])]
    if changed:
        raise ReplyError("reply.tampered", names=changed[:5])


# -- reply.xml back into plain data ------------------------------------------------------------------
def _bad_content(el, attribute: str) -> None:
    """Refuses an element's attribute (both are the package's own Chinese names)."""
    raise ReplyError("reply.bad_content", element=field(str(el.tag)), attribute=field(attribute))


def _attr(el, name: str, required: bool = True) -> str:
    value = el.get(name)
    if value is None or (required and not value.strip()):
        if required:
            _bad_content(el, name)
        return ""
    return value


def _int(el, name: str) -> int | None:
    value = _attr(el, name, False)
    if not value:
        return None
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        _bad_content(el, name)
    return int(value)


def _float(el, name: str, required: bool = False) -> float | None:
    value = _attr(el, name, required)
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        _bad_content(el, name)
    if number != number or abs(number) > 1e6:
        _bad_content(el, name)
    return number


def _when(el, name: str, kind=datetime):
    try:
        return kind.fromisoformat(_attr(el, name))
    except ValueError:
        _bad_content(el, name)


def _person(el) -> PersonRef:
    return PersonRef(_attr(el, "姓名"), _int(el, "网格员编号"), _attr(el, "身份证号", False))


def _enum(kind, el, name: str):
    try:
        return kind(_attr(el, name))
    except ValueError:
        _bad_content(el, name)


def parse_reply(xml: bytes, attachment: callable) -> Reply:
    """reply.xml into a Reply; `attachment(path)` gives a listed file's bytes."""
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise ReplyError("reply.dtd")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                             remove_pis=True, remove_comments=True)
    try:
        root = etree.fromstring(xml, parser)
    except (etree.XMLSyntaxError, ValueError):
        raise ReplyError("reply.bad_xml") from None
    if root.tag != "乡镇回复":
        raise ReplyError("reply.bad_xml")
    match = NAME.match(_attr(root, "标识"))
    if match is None:
        _bad_content(root, "标识")
    kinds = {"回执", "答复", "复评", "任务", "培训"}
    stray = [el.tag for el in root if el.tag not in kinds]
    if stray:
        _bad_content(next(el for el in root if el.tag not in kinds), "")
    receipts = tuple(ReplyReceipt(_attr(el, "批次"), _attr(el, "包摘要"), _attr(el, "结论") == "通过",
                                  el.text or "") for el in root.iter("回执"))
    answers = []
    for el in root.iter("答复"):
        key = _attr(el, "编号")
        if _attr(el, "村代码") != match.group(2):
            _bad_content(el, "村代码")
        files = []
        for f in el.findall("附件"):
            path = _attr(f, "文件")
            prefix = attachment_path(key, "")
            if not path.startswith(prefix) or path.count("/") != 1 or len(path) == len(prefix):
                _bad_content(f, "文件")
            files.append(ReplyAttachment(path[len(prefix):], _attr(f, "题名"), attachment(path)))
        text = el.find("内容")
        answers.append(EscalationAnswer(key, _attr(el, "案件编号"), _int(el, "上报序号") or 0,
                                        _enum(AnswerKind, el, "类型"), _attr(el, "答复人"), _when(el, "答复时间"),
                                        (text.text or "") if text is not None else "", tuple(files)))
    reviews = tuple(SecondReview(_attr(el, "编号"), _person(el), _attr(el, "季度"), _attr(el, "复评人"),
                                 _when(el, "日期", date), _attr(el, "结论"),
                                 tuple(PointsChange(_attr(c, "项目"), _float(c, "分值", True), _attr(c, "理由"))
                                       for c in el.findall("调整")))
                    for el in root.iter("复评"))
    tasks = tuple(TaskDown(_attr(el, "编号"), _attr(el, "类型"), _attr(el, "题名"), _when(el, "期限", date),
                           _attr(el, "文号", False), el.text or "", tuple(_attr(el, "网格", False).split()))
                  for el in root.iter("任务"))
    trainings = tuple(TrainingDown(_attr(el, "编号"), _attr(el, "主题"), _when(el, "开始"), _float(el, "学时", True),
                                   _attr(el, "地点", False), _attr(el, "授课人", False), _attr(el, "考核") == "是",
                                   tuple(Attendee(_person(p), _enum(Presence, p, "情况"), _float(p, "学时"),
                                                  _float(p, "成绩"),
                                                  None if not p.get("合格") else p.get("合格") == "是",
                                                  _attr(p, "原因", False))
                                         for p in el.findall("参加")))
                      for el in root.iter("培训"))
    reply = Reply(match.group(1), _attr(root, "乡镇名称"), match.group(2), _attr(root, "村名称"), int(match.group(3)),
                  int(match.group(4)), _when(root, "生成时间"), receipts=receipts, answers=tuple(answers),
                  reviews=reviews, tasks=tasks, trainings=trainings)
    check_reply(reply, date.max.replace(year=9990))
    return reply


def read_reply(folder: Path, registered: str, village_code: str, writing: bool = False) -> Reply:
    """The reply in `folder`, every check passed, as plain data; else ReplyError in words.
    `registered`: the township key's fingerprint registered at this village."""
    folder = Path(folder)
    info, files = check_bag(folder, registered, village_code, writing)
    xml = _read(folder, files, "data/" + REPLY_XML, XML_LIMIT)

    def attachment(path: str) -> bytes:
        return _read(folder, files, f"data/{path}", 64 * 1024 ** 2)

    reply = parse_reply(xml, attachment)
    if reply.name != info.get("External-Identifier") or reply.township_name != info.get("Source-Organization"):
        raise ReplyError("reply.bad_identifier", value=reply.name)
    listed = {f"data/{attachment_path(a.key, f.name)}" for a in reply.answers for f in a.attachments}
    stray = sorted(f for f in files if f.startswith("data/") and f != "data/" + REPLY_XML and f not in listed)
    if stray:
        raise ReplyError("reply.tampered", names=stray[:5])
    return replace(reply, contact=info.get("Contact-Name", ""), phone=info.get("Contact-Phone", ""))


def reply_digest(folder: Path) -> str:
    """The package digest (SM3 of tagmanifest-sm3.txt), for a reply that has passed read_reply."""
    files, _odd = walk(Path(folder))
    return sm3_hex(_read(Path(folder), files, "tagmanifest-sm3.txt"))


def verify_reply(folder: Path, registered: str, village_code: str) -> list[str]:
    """The same checks as a list of problems (empty when it passes), in Chinese."""
    try:
        read_reply(folder, registered, village_code)
    except ReplyError as exc:
        return [exc.message]
    return []
