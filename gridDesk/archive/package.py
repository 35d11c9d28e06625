"""One export batch as a bag in the carrier layout of ARCHIVE.md: closed cases (metadata, the case
file PDF, photos and documents), the roster snapshot, training records and visit logs, with the
directory XMLs, the XSD, the naming rules and the change list. Plain data in."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from ..security.sm import SigningKey, sm3_hex
from .bag import BagResult, PayloadFile, Progress, write_bag
from .metadata import (ITEM_XSD, NAMING_RULES, DocumentRef, ItemRecord, changes_xml, directory_xml, item_xml,
                       volumes_xml)

CATEGORY_CODES = {"网格事件": "WGSJ", "花名册": "HMC", "培训记录": "PXJL", "走访记录": "ZFJL"}
_FORMATS = {"pdf": "PDF", "jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "csv": "CSV", "xml": "XML"}


@dataclass(frozen=True)
class ItemFile:
    name: str  # the file's own name inside the item folder (ASCII)
    title: str  # its Chinese title for the metadata
    data: bytes


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
    items: tuple[Item, ...]
    previous_name: str = "none"
    previous_digest: str = "none"
    changes: tuple[tuple[str, int, str], ...] = ()  # (档号, 版本, 原因)
    group: str = ""  # Bag-Group-Identifier: the village's series
    profile: str = "默认（敏感重点人群详情不外发）"
    software: str = "GridDesk"
    bagging_date: str = ""


def _format(name: str) -> str:
    return _FORMATS.get(name.rsplit(".", 1)[-1].lower(), "OTHER")


def csv_bytes(header: list[str], rows: list[list[object]]) -> bytes:
    """UTF-8 with a BOM, so Excel on a township PC opens the Chinese columns correctly."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def item_folder(record: ItemRecord) -> str:
    code = CATEGORY_CODES[record.category]
    suffix = f"-v{record.version}" if record.version > 1 else ""
    return f"电子档案/{record.date[:4]}/{code}/{record.archival_code}{suffix}"


def payload(batch: Batch) -> list[PayloadFile]:
    files: list[PayloadFile] = []
    listed: list[tuple[ItemRecord, str]] = []
    for item in batch.items:
        folder = item_folder(item.record)
        docs = tuple(DocumentRef(f.name, f.title, _format(f.name), len(f.data), sm3_hex(f.data)) for f in item.files)
        record = replace(item.record, documents=docs)
        xml_name = f"{folder.rsplit('/', 1)[-1]}.xml"
        files += [PayloadFile(f"{folder}/{f.name}", f.data) for f in item.files]
        files.append(PayloadFile(f"{folder}/{xml_name}", item_xml(record)))
        listed.append((record, f"{folder}/{xml_name}"))
    files += [PayloadFile("文件目录.XML", directory_xml(listed)),
              PayloadFile("案卷目录.XML", volumes_xml([r for r, _p in listed])),
              PayloadFile("其他/metadata.xsd", ITEM_XSD),
              PayloadFile("其他/naming-rules.txt", NAMING_RULES),
              PayloadFile("其他/变更清单.xml", changes_xml(list(batch.changes)))]
    return files


def build_batch(batch: Batch, parent: Path, key: SigningKey, progress: Progress = None) -> BagResult:
    """Writes the bag as `parent/<batch.name>` and returns its package digest."""
    files = payload(batch)
    cases = sum(1 for i in batch.items if i.record.category == "网格事件")
    info = {"Source-Organization": batch.organisation, "Contact-Name": batch.contact,
            "Contact-Phone": batch.phone, "External-Identifier": batch.name,
            "Bag-Group-Identifier": batch.group or batch.name.rsplit("-", 2)[0], "Bag-Count": "1 of 1",
            "Export-Type": "incremental", "Export-Profile": batch.profile,
            "Previous-Bag": batch.previous_name, "Previous-Bag-Digest-SM3": batch.previous_digest,
            "Case-Count": str(cases), "Software": batch.software}
    if batch.bagging_date:
        info["Bagging-Date"] = batch.bagging_date
    return write_bag(Path(parent) / batch.name, files, info, key, len(files), progress)
