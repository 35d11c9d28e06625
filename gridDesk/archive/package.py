"""One export batch as a bag in the carrier layout of ARCHIVE.md: closed cases (metadata, the case
file PDF, photos and documents), the roster snapshot, training records and visit logs, with the
directory XMLs, the XSD, the naming rules and the change list. Plain data in."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..domain.text import neutralise
from ..security.sm import Digests, SigningKey
from .bag import BagResult, PayloadFile, Progress, write_bag
from .metadata import (ITEM_XSD, NAMING_RULES, DocumentRef, ItemRecord, changes_xml, directory_xml, item_xml,
                       volumes_xml)

CATEGORY_CODES = {"网格事件": "WGSJ", "花名册": "HMC", "培训记录": "PXJL", "走访记录": "ZFJL",
                  "民情日志": "MQRZ", "巡查记录": "XCJL", "会议纪要": "HYJY", "考核结果": "KHJG",
                  "网格划分": "WGHF", "统计报表": "TJBB", "上报件": "SBJ"}
_FORMATS = {"pdf": "PDF", "jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "csv": "CSV", "xml": "XML"}


@dataclass(frozen=True)
class ItemFile:
    name: str  # the file's own name inside the item folder (ASCII)
    title: str  # its Chinese title for the metadata
    data: bytes
    digests: tuple[str, str] | None = None  # (SM3, SHA-256), when the producer made them already


def hashed_file(name: str, title: str, data: bytes) -> ItemFile:
    """An item file with its digests made now (on whichever thread builds the item)."""
    return ItemFile(name, title, data, _digests(data))


@dataclass(frozen=True)
class Item:
    record: ItemRecord  # documents are filled in from `files`
    files: tuple[ItemFile, ...]


@dataclass(frozen=True)
class Batch:
    name: str  # ZZ-<village code>-<year>-<seq>: the bag's folder and External-Identifier
    organisation: str
    contact: str
    phone: str
    items: Iterable[Item]  # may be a stream: one case's photos in memory at a time
    previous_name: str = "none"
    previous_digest: str = "none"
    changes: Sequence[tuple[str, int, str]] = ()  # (档号, 版本, 原因); may fill while `items` streams
    group: str = ""  # Bag-Group-Identifier: the village's series
    profile: str = "默认（敏感重点人群详情不外发）"
    software: str = "GridDesk"
    bagging_date: str = ""
    other_files: Sequence[tuple[str, bytes]] = ()  # more files under 其他/ (the audit segment and head)
    more_info: Sequence[tuple[str, str]] = ()  # more bag-info fields (Audit-Chain-Head)


def _format(name: str) -> str:
    return _FORMATS.get(name.rsplit(".", 1)[-1].lower(), "OTHER")


def csv_bytes(header: list[str], rows: list[list[object]]) -> bytes:
    """UTF-8 with a BOM, so Excel on a township PC opens the Chinese columns correctly. Text that
    Excel would take for a formula is neutralised (domain/text.py); numbers stay numbers."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    writer.writerows(["" if v is None else neutralise(v) if isinstance(v, str) else v for v in row] for row in rows)
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def item_folder(record: ItemRecord) -> str:
    code = CATEGORY_CODES[record.category]
    suffix = f"-v{record.version}" if record.version > 1 else ""
    return f"电子档案/{record.date[:4]}/{code}/{record.archival_code}{suffix}"


def _digests(data: bytes) -> tuple[str, str]:
    d = Digests()
    d.update(data)
    return d.hexdigests()


def payload(batch: Batch, listed: list[tuple[ItemRecord, str]]) -> Iterator[PayloadFile]:
    """The bag's files as a stream; each file hashed once (for its metadata and the manifests).
    `listed` collects the item records, for the directory files written last."""
    for item in batch.items:
        folder = item_folder(item.record)
        hashed = [(f, f.digests or _digests(f.data)) for f in item.files]
        docs = tuple(DocumentRef(f.name, f.title, _format(f.name), len(f.data), d[0]) for f, d in hashed)
        record = replace(item.record, documents=docs)
        xml_name = f"{folder.rsplit('/', 1)[-1]}.xml"
        for f, d in hashed:
            yield PayloadFile(f"{folder}/{f.name}", f.data, digests=d)
        yield PayloadFile(f"{folder}/{xml_name}", item_xml(record))
        listed.append((record, f"{folder}/{xml_name}"))
    yield PayloadFile("文件目录.XML", directory_xml(listed))
    yield PayloadFile("案卷目录.XML", volumes_xml([r for r, _p in listed]))
    yield PayloadFile("其他/metadata.xsd", ITEM_XSD)
    yield PayloadFile("其他/naming-rules.txt", NAMING_RULES)
    yield PayloadFile("其他/变更清单.xml", changes_xml(list(batch.changes)))
    for name, data in batch.other_files:
        yield PayloadFile(f"其他/{name}", data)


def build_batch(batch: Batch, parent: Path, key: SigningKey, progress: Progress = None, total: int = 0
                ) -> BagResult:
    """Writes the bag as `parent/<batch.name>` and returns its package digest."""
    return write_batch(batch, Path(parent) / batch.name, key, progress, total)


def write_batch(batch: Batch, folder: Path, key: SigningKey, progress: Progress = None, total: int = 0
                ) -> BagResult:
    """Writes the bag into `folder` (new, or empty: the stick's `<batch.name>.partial`) and returns
    its package digest. `progress` hears (bytes written, `total`)."""
    listed: list[tuple[ItemRecord, str]] = []

    def info() -> dict[str, str]:
        cases = sum(1 for record, _path in listed if record.category == "网格事件")
        values = {"Source-Organization": batch.organisation, "Contact-Name": batch.contact,
                  "Contact-Phone": batch.phone, "External-Identifier": batch.name,
                  "Bag-Group-Identifier": batch.group or batch.name.rsplit("-", 2)[0], "Bag-Count": "1 of 1",
                  "Export-Type": "incremental", "Export-Profile": batch.profile,
                  "Previous-Bag": batch.previous_name, "Previous-Bag-Digest-SM3": batch.previous_digest,
                  "Case-Count": str(cases), "Software": batch.software}
        if batch.bagging_date:
            values["Bagging-Date"] = batch.bagging_date
        values.update(batch.more_info)
        return values

    return write_bag(Path(folder), payload(batch, listed), info, key, total, progress)
