"""Building hostile packages: a good bag written by GridDesk's own writer, altered, then re-signed
with the village's key (manifests, Payload-Oxum, tag manifests and signature all made afresh), so
that the attack is the only thing wrong with it. And a record of every file opened meanwhile."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import sys
import zlib
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from gridDesk.archive.audit_anchor import batch_fields, build_segment
from gridDesk.archive.metadata import ItemRecord, StepEntry
from gridDesk.archive.package import Batch, Item, ItemFile, build_batch, csv_bytes
from gridDesk.security.audit_chain import GENESIS
from gridDesk.security.sm import SigningKey, sm3_hex
from tests.unit.test_archive_package import _chained, _jpeg, _pdf

VILLAGE = "140105100201"
STEPS = ("问题上报", "案卷建立", "任务指派", "调查落实", "处理反馈", "结案归档")
Lines = Callable[[str, list[str]], list[str]]  # (algorithm, manifest lines) -> the lines to write


def _case(n: int) -> Item:
    record = ItemRecord(f"{VILLAGE}-WGSJ-2026-{n:04d}", f"{VILLAGE}-2026-{n:05d}", f"邻里纠纷 {n}", "杏花村综治中心",
                        "2026-10-20", "网格事件", description=(("类别", "矛盾纠纷/邻里"), ("处理结果", "已调解")),
                        steps=tuple(StepEntry(s, f"2026-10-{10 + i:02d}T09:00", "张三", "") for i, s in enumerate(STEPS)))
    return Item(record, (ItemFile("casefile.pdf", "案件卷宗", _pdf()), ItemFile("photo-01.jpg", "现场照片", _jpeg())))


def _raw_csv(header: list[str], rows: list[list[object]]) -> bytes:
    """A CSV as a hostile writer makes it: no neutralising of formula-like cells."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([header, *rows])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def roster(rows: list[list[object]] | None = None, raw: bool = False) -> Item:
    rows = rows if rows is not None else [["张三", "140105********002X", "138****8000"]]
    data = (_raw_csv if raw else csv_bytes)(["姓名", "身份证号", "电话"], rows)
    return Item(ItemRecord(f"{VILLAGE}-HMC-2026-0001", "HMC-2026-0001", "花名册快照", "杏花村综治中心", "2026-11-23", "花名册"),
                (ItemFile("roster.csv", "居民花名册", data),))


def good_bag(parent: Path, key: SigningKey, seq: int = 1, previous: str = "none", items=None) -> Path:
    parent.mkdir(parents=True, exist_ok=True)
    batch = Batch(f"ZZ-{VILLAGE}-2026-{seq:04d}", "杏花村综治中心", "王主任", "0351-1234567",
                  items if items is not None else (_case(1), roster()), previous_name="none" if previous == "none"
                  else f"ZZ-{VILLAGE}-2026-{seq - 1:04d}", previous_digest=previous, bagging_date="2026-11-23",
                  # batch N carries audit rows 1..N-1 as if each batch had logged one row since the last
                  **batch_fields(build_segment(_audit_rows(seq), 0, GENESIS, str)))
    return build_batch(batch, parent, key).folder


def _audit_rows(seq: int) -> list[tuple]:
    return _chained([(n, "2026-11-23T10:00:00+08:00", "wang", "export", f"batch {n}", "") for n in range(1, seq)])


def _digest(algorithm: str, data: bytes) -> str:
    return sm3_hex(data) if algorithm == "sm3" else hashlib.sha256(data).hexdigest()


def _file_digest(algorithm: str, path: Path) -> str:
    if path.stat().st_size > 1 << 26:  # a huge sparse file of an attack: never read, never right
        return "0" * 64
    return _digest(algorithm, path.read_bytes())


def _regular_files(folder: Path) -> list[str]:
    out = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in names:
            full = os.path.join(root, name)
            if os.path.isfile(full) and not os.path.islink(full):
                out.append(os.path.relpath(full, folder).replace(os.sep, "/"))
    return sorted(out)


def resign(bag: Path, key: SigningKey, payload_lines: Lines | None = None, tag_lines: Lines | None = None) -> None:
    """Makes the bag consistent again and signs it: payload manifests over the regular files under
    data/, Payload-Oxum, tag manifests over every other regular file at the root (an unknown one
    included) and signer.pem, then the signature. `payload_lines` / `tag_lines` alter a
    manifest's lines before it is written (the attack)."""
    payload = [f for f in _regular_files(bag) if f.startswith("data/")]
    size = sum((bag / f).stat().st_size for f in payload)
    info = bag / "bag-info.txt"
    lines = [line for line in info.read_text(encoding="utf-8").splitlines() if not line.startswith("Payload-Oxum:")]
    info.write_text("\n".join(lines + [f"Payload-Oxum: {size}.{len(payload)}"]) + "\n", encoding="utf-8")
    for algorithm in ("sm3", "sha256"):
        body = [f"{_file_digest(algorithm, bag / f)}  {f}" for f in payload]
        body = payload_lines(algorithm, body) if payload_lines else body
        (bag / f"manifest-{algorithm}.txt").write_text("".join(f"{line}\n" for line in body), encoding="utf-8")
    tags = [f for f in _regular_files(bag) if not f.startswith(("data/", "tagmanifest-"))
            and f != "signature/tagmanifest-sm3.txt.sig"]
    for algorithm in ("sm3", "sha256"):
        body = [f"{_file_digest(algorithm, bag / f)}  {f}" for f in tags]
        body = tag_lines(algorithm, body) if tag_lines else body
        (bag / f"tagmanifest-{algorithm}.txt").write_text("".join(f"{line}\n" for line in body), encoding="utf-8")
    (bag / "signature" / "tagmanifest-sm3.txt.sig").write_bytes(key.sign((bag / "tagmanifest-sm3.txt").read_bytes()))


def set_info(bag: Path, **values: str) -> None:
    info = bag / "bag-info.txt"
    lines = info.read_text(encoding="utf-8").splitlines()
    for label, value in values.items():
        label = label.replace("_", "-")
        lines = [f"{label}: {value}" if line.startswith(f"{label}:") else line for line in lines]
    info.write_text("\n".join(lines) + "\n", encoding="utf-8")


def pdf(action: bytes | None = None, in_object_stream: bool = False) -> bytes:
    """A one-page PDF; `action` (a dictionary) becomes its /OpenAction, as object 4. With
    `in_object_stream`, object 4 sits compressed in an object stream behind a cross-reference
    stream (PDF 1.5), where no byte scan can see it."""
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R" + (b" /OpenAction 4 0 R" if action else b"") + b" >>",
               2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"}
    if action:
        objects[4] = action
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    packed = {4} if in_object_stream and action else set()
    for num, body in sorted(objects.items()):
        if num not in packed:
            offsets[num] = len(out)
            out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    if not packed:
        n = max(objects) + 1
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % n
        out += b"".join(b"%010d 00000 n \n" % offsets[i] for i in range(1, n))
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
        return bytes(out)
    stream_num, xref_num = max(objects) + 1, max(objects) + 2
    header = b"4 0 "
    data = zlib.compress(header + objects[4])
    offsets[stream_num] = len(out)
    out += (b"%d 0 obj\n<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
            % (stream_num, len(header), len(data)) + data + b"\nendstream\nendobj\n")
    rows = [b"\x00" + (0).to_bytes(4, "big") + b"\xff\xff"]
    for num in range(1, xref_num + 1):
        if num in packed:
            rows.append(b"\x02" + stream_num.to_bytes(4, "big") + (0).to_bytes(2, "big"))
        elif num == xref_num:
            rows.append(b"\x01" + len(out).to_bytes(4, "big") + b"\x00\x00")
        else:
            rows.append(b"\x01" + offsets[num].to_bytes(4, "big") + b"\x00\x00")
    table = b"".join(rows)
    xref = len(out)
    out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
            % (xref_num, xref_num + 1, len(table)) + table + b"\nendstream\nendobj\n")
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


# -- what was opened -------------------------------------------------------------------------------
_OPENED: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    if _OPENED is not None and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENED.append(os.path.realpath(os.fsdecode(args[0])))


sys.addaudithook(_audit)  # cannot be removed; records only inside opened_files()


@contextmanager
def opened_files():
    """Every path opened (builtins.open, io.open, os.open) while the block runs, resolved."""
    global _OPENED
    _OPENED = record = []
    try:
        yield record
    finally:
        _OPENED = None


def outside(opened: list[str], bag: Path, root: Path) -> list[str]:
    """Opened paths under `root` (the test's own folder) that are not inside the bag."""
    bag_real, root_real = os.path.realpath(bag), os.path.realpath(root)
    return [p for p in opened if (p == root_real or p.startswith(root_real + os.sep))
            and not (p == bag_real or p.startswith(bag_real + os.sep))]
