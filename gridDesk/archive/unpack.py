"""What a verified bag carries, as plain data for the township's loader: bag-info, each item's
metadata (DA/T 46 elements, its business entities, its files with their SM3), the tables the
categories hold (roster, training and visit CSVs) and the figures of a filed report's XML.

Only for a bag that passed the verifier: paths come from its SM3 manifest (checked against the
files), every file is opened as the verifier opens it (regular files inside the bag, bounded)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .verify import read_bag_info
from .verify_paths import read_bytes, regular_file

_PARSER = dict(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
ITEMS_FOLDER = "data/电子档案/"  # every item's folder is under it; the files kept are those
_ITEM_XML = re.compile(r"^data/电子档案/[0-9]{4}/[A-Z]{2,6}/([^/]+)/([^/]+)\.xml$")
XML_LIMIT = 8 * 1024 ** 2
CSV_LIMIT = 256 * 1024 ** 2


@dataclass(frozen=True)
class BagFile:
    path: str  # inside the bag (data/...)
    sm3: str
    size: int


@dataclass(frozen=True)
class Step:
    action: str
    at: str
    person: str


@dataclass(frozen=True)
class Unpacked:
    """One item of the bag."""

    folder: str  # the item's folder in the bag
    record_id: str  # 档号
    file_number: str  # 电子文件号 (a case's own number)
    version: int
    category: str
    title: str
    date: str
    description: tuple[tuple[str, str], ...]
    steps: tuple[Step, ...]
    files: tuple[tuple[str, BagFile], ...]  # (the file's name in the item, the bag file)

    def said(self, element: str) -> str:
        return next((text for name, text in self.description if name == element), "")


class UnpackError(ValueError):
    """A bag that passed the verifier and still cannot be read as the loader expects."""


def manifest(bag: Path) -> dict[str, BagFile]:
    entry = regular_file(bag / "manifest-sm3.txt")
    if entry is None:
        raise UnpackError("manifest-sm3.txt")
    out = {}
    for line in read_bytes(bag, entry, 64 * 1024 ** 2).decode("utf-8").splitlines():
        digest, path = line.split(None, 1)
        f = regular_file(bag / path)
        if f is None:
            raise UnpackError(path)
        out[path] = BagFile(path, digest, f.size)
    return out


def read_file(bag: Path, path: str, limit: int) -> bytes:
    entry = regular_file(bag / path)
    if entry is None:
        raise UnpackError(path)
    return read_bytes((bag / path).parent, entry, limit)


def _text(el, tag: str) -> str:
    found = el.find(tag)
    return (found.text or "").strip() if found is not None else ""


def items(bag: Path, files: dict[str, BagFile]) -> Iterator[Unpacked]:
    parser = etree.XMLParser(**_PARSER)
    for path in sorted(files):
        match = _ITEM_XML.match(path)
        if not match or not match.group(1).startswith(match.group(2)):
            continue
        root = etree.fromstring(read_file(bag, path, XML_LIMIT), parser)
        folder = path.rsplit("/", 1)[0]
        description = tuple((str(e.get("名称") or ""), (e.text or "").strip()) for e in root.iterfind("内容描述/项"))
        steps = tuple(Step(_text(e, "业务行为"), _text(e, "行为时间"), _text(e, "机构人员名称"))
                      for e in root.iterfind("业务实体组/业务实体"))
        docs = []
        for f in root.iterfind("计算机文件组/计算机文件"):
            name = _text(f, "计算机文件名")
            if f"{folder}/{name}" in files:
                docs.append((name, files[f"{folder}/{name}"]))
        docs.append((path.rsplit("/", 1)[1], files[path]))
        yield Unpacked(folder, _text(root, "档号"), _text(root, "电子文件号"), int(root.get("版本") or 1),
                       _text(root, "类别"), _text(root, "题名"), _text(root, "日期"), description, steps, tuple(docs))


def csv_rows(bag: Path, path: str) -> list[dict[str, str]]:
    """A CSV the village wrote (csv_bytes: UTF-8 with a BOM) as rows keyed by its header."""
    return rows_of(read_file(bag, path, CSV_LIMIT).decode("utf-8-sig"))


def rows_of(text: str) -> list[dict[str, str]]:
    """A CSV's decoded text as rows keyed by its header (the township checks the text first:
    services/township_csv.py)."""
    return [{k: (v or "") for k, v in row.items() if k is not None} for row in csv.DictReader(io.StringIO(text))]


@dataclass(frozen=True)
class Figure:
    section: str
    key: str
    value: int
    total: int | None


def report_figures(bag: Path, path: str) -> tuple[str, str, list[Figure]]:
    """(kind, period, figures) of a report XML (archive/report_xml.py)."""
    root = etree.fromstring(read_file(bag, path, XML_LIMIT), etree.XMLParser(**_PARSER))
    out = []
    for section in root.iterfind("部分"):
        for f in section.iterfind("指标"):
            total = f.get("总数")
            out.append(Figure(str(section.get("代码") or ""), str(f.get("代码") or ""), int(f.get("数值") or 0),
                              int(total) if total is not None else None))
    return str(root.get("类型") or ""), str(root.get("报告期") or ""), out


__all__ = ["BagFile", "Unpacked", "UnpackError", "Figure", "manifest", "items", "csv_rows", "rows_of", "report_figures",
           "read_bag_info", "read_file"]
