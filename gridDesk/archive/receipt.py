"""The township's receipt: its XML verification report (检测报告), signed with the township's own
SM2 key, which the village registers once by fingerprint (as the township registers the village's).

Format: one file, so a clerk carries one thing on the stick and nothing can be separated from it.
The report's bytes are signed exactly as written (no XML canonicalisation to get wrong), and the
signature follows them as a processing instruction after the root element, which keeps the file
well-formed XML that any viewer opens:

    <?xml version='1.0' encoding='UTF-8'?>
    <检测报告 结论="通过"> … </检测报告>
    <?griddesk-signature alg="SM2-SM3" key="<128 hex: X||Y>" sig="<base64 DER>"?>

What is signed is every byte before `<?griddesk-signature`; only whitespace may follow it. The
village parses only the signed bytes, so nothing unsigned is ever read. Checked in the same way
with `openssl pkeyutl -verify -rawin -digest sm3 -pkeyopt distid:1234567812345678` on the prefix.

No database and no Qt here: the village service and the township's `griddesk verify` both call in.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..domain.errors import GridDeskError
from ..security.sm import PublicKey, SigningKey

RECEIPT_LIMIT = 1024 * 1024  # 1 MB: a real report of a stick with a dozen bags is a few dozen KB
MAX_ENTRIES = 1000  # 检测对象 in one receipt
KEY_FILE = "township-signing-key.json"
_MARK = b"<?griddesk-signature "
_TRAILER = re.compile(rb'^<\?griddesk-signature alg="SM2-SM3" key="([0-9a-f]{128})" sig="([A-Za-z0-9+/=]{1,200})"\?>'
                      rb'[ \t\r\n]*$')


class ReceiptError(GridDeskError):
    """A receipt refused: a catalogue code (`receipt.*`) saying what happened and what to do."""

    code = "receipt_refused"


@dataclass(frozen=True)
class ReceiptEntry:
    """One 检测对象 of the report: the bag's package digest and whether every check passed."""

    digest_sm3: str
    passed: bool
    signer: str  # the village key's fingerprint the township saw on the bag
    target: str


@dataclass(frozen=True)
class Receipt:
    township: PublicKey
    entries: tuple[ReceiptEntry, ...]
    # The report's own verdict on everything it checked (the stick as well as its bags): the
    # township records what it received only when the whole of it passed (cli/archive_commands.py).
    passed: bool = False


# -- the township side ---------------------------------------------------------------------------
def township_key(folder: Path) -> tuple[SigningKey, bool]:
    """The township's signing key kept in `folder` (beside its trust store), made on first use.
    Returns (key, made now). The private file is 0600 and written whole or not at all."""
    folder = Path(folder)
    path = folder / KEY_FILE
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return SigningKey(data["private"], data["public"]), False
        except (ValueError, KeyError, TypeError, OSError):
            raise ReceiptError("receipt.key_damaged", path=str(path)) from None
    folder.mkdir(parents=True, exist_ok=True)
    key = SigningKey.generate()
    body = json.dumps({"private": key.private_hex, "public": key.public_hex}).encode()
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, body)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return key, True


def sign_report(report: bytes, key: SigningKey) -> bytes:
    """The report's bytes followed by the signature over them."""
    if _MARK in report:
        raise ValueError("the report already carries a signature")
    if not report.endswith(b"\n"):
        report += b"\n"
    sig = base64.b64encode(key.sign(report)).decode()
    return report + f'<?griddesk-signature alg="SM2-SM3" key="{key.public_hex}" sig="{sig}"?>\n'.encode()


# -- the village side ----------------------------------------------------------------------------
def normalise_fingerprint(text: str) -> str:
    """32 hex digits however they were typed (spaces, dashes, full-width, lower case), grouped in
    fours as `PublicKey.fingerprint()` prints them; ValueError when it is not one."""
    digits = re.sub(r"[\s\-:：]", "", unicodedata.normalize("NFKC", text)).upper()
    if not re.fullmatch(r"[0-9A-F]{32}", digits):
        raise ValueError(text)
    return " ".join(digits[i:i + 4] for i in range(0, 32, 4))


def _read_limited(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ReceiptError("receipt.not_a_file")
        if size > RECEIPT_LIMIT:
            raise ReceiptError("receipt.too_large", size_mb=size / 1024 / 1024)
        with open(path, "rb") as f:
            data = f.read(RECEIPT_LIMIT + 1)
    except OSError as exc:
        raise ReceiptError("receipt.unreadable", os_error=exc.strerror or str(exc)) from None
    if len(data) > RECEIPT_LIMIT:
        raise ReceiptError("receipt.over_limit")
    return data


def _split(data: bytes) -> tuple[bytes, PublicKey, bytes]:
    at = data.rfind(_MARK)
    match = _TRAILER.match(data[at:]) if at >= 0 else None
    if match is None:
        raise ReceiptError("receipt.unsigned")
    try:
        signature = base64.b64decode(match.group(2), validate=True)
    except (binascii.Error, ValueError):
        raise ReceiptError("receipt.signature_damaged") from None
    return data[:at], PublicKey(match.group(1).decode()), signature


def township_of(path: Path) -> PublicKey:
    """The key a signed receipt carries, its own signature checked (for registering from a file;
    the fingerprint must still be compared with the one the township gave)."""
    signed, key, signature = _split(_read_limited(Path(path)))
    if not key.verify(signed, signature):
        raise ReceiptError("receipt.altered")
    return key


def read_receipt(path: Path, registered: str) -> Receipt:
    """A receipt whose signature is valid and made by the township registered here (`registered`
    is its fingerprint). Size-bounded before anything is parsed; no DTD, no entities, no network."""
    if not registered:
        raise ReceiptError("receipt.no_township")
    signed, key, signature = _split(_read_limited(Path(path)))
    if key.fingerprint() != registered:
        raise ReceiptError("receipt.other_township", fingerprint=key.fingerprint(), registered=registered)
    if not key.verify(signed, signature):
        raise ReceiptError("receipt.altered_not_imported")
    root, entries = _entries(signed)
    return Receipt(key, entries, root.get("结论") == "通过")


def _entries(signed: bytes) -> tuple[etree._Element, tuple[ReceiptEntry, ...]]:
    if b"<!DOCTYPE" in signed or b"<!ENTITY" in signed:
        raise ReceiptError("receipt.dtd")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                             dtd_validation=False, remove_pis=True)
    try:
        tree = etree.fromstring(signed, parser).getroottree()
    except (etree.XMLSyntaxError, ValueError):
        raise ReceiptError("receipt.bad_xml") from None
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise ReceiptError("receipt.dtd")
    root = tree.getroot()
    if root.tag != "检测报告":
        raise ReceiptError("receipt.not_a_report")
    targets = root.findall("检测对象")
    if len(targets) > MAX_ENTRIES:
        raise ReceiptError("receipt.too_many", count=len(targets), limit=MAX_ENTRIES)
    entries = []
    for t in targets:
        items = t.findall("检测项")
        passed = t.get("结论") == "通过" and bool(items) and all(i.get("结果") == "通过" for i in items)
        entries.append(ReceiptEntry((t.get("包摘要") or "").lower(), passed, t.get("签名人指纹") or "",
                                    t.get("路径") or ""))
    return root, tuple(entries)
