"""Bounding a spreadsheet before calamine parses it (DESIGN.md habit 14).

calamine builds a dense grid from the furthest cell it meets and copies a shared string into
every cell that uses it; a 2 KB file with cells A1 and XFD1048576, or one 50 MB string used by
many cells, asks for more memory than any PC has and the process aborts (no Python exception to
catch). So the zip directory is read first, then the parts calamine will parse are decompressed
here, counting every byte (a part's declared size can lie), and scanned for the furthest cell, the
number of cells and shared strings, and the text the cells can reference. Each refusal is a
SheetTooLarge with the limit and a plain Chinese sentence.

The common layout (every cell written `<c r="..."`, as Excel, WPS and XlsxWriter do) is checked
with byte counts and two regular-expression searches; any other layout goes through a real
(streaming, byte-bounded) XML parse that places cells as calamine does.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree
from xml.parsers import expat

from ..domain.errors import SheetTooLarge

MB = 1024 * 1024
MAX_FILE_BYTES = 100 * MB  # the file as it is on disk
MAX_XLS_BYTES = 30 * MB  # .xls (BIFF8): read whole for the scan in guard_xls.py
MAX_PARTS = 2000  # entries in the zip directory
MAX_PART_BYTES = 256 * MB  # one part, uncompressed (100,000 rows x 20 columns written by XlsxWriter: 103 MB)
MAX_TOTAL_BYTES = 512 * MB  # all parts, uncompressed
MAX_ROWS = 100_000 + 100  # 100,000 rows of data, and room for the title, notes and header above them
MAX_COLS = 200
MAX_CELLS = 10_000_000  # the grid calamine builds: rows x columns from A1
MAX_SHARED_STRINGS = 2_000_000
MAX_STRING_BYTES = 256 * 1024  # one shared string's XML (Excel's own limit is 32,767 characters)
MAX_TEXT_BYTES = 512 * MB  # the text all the cells of the sheet can reference, counted per cell
MAX_MERGED = 100_000

_CHUNK = 4 * MB
_TAG_CARRY = 64 * 1024  # a start tag longer than this is not a spreadsheet's
_SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# A cell reference whose column is past GR (200) or whose row has six digits or more.
_FAR_CELL = re.compile(rb'<c r="(?:[A-Za-z]{3}|[H-Zh-z][A-Za-z]|[Gg][S-Zs-z]|[A-Za-z]{1,2}0*[1-9]\d{5})')
# A cell not written `<c r="...`, or a prefixed element: the exact parse places those.
_BARE_CELL = re.compile(rb'<c(?! r=")[\s>/]')
_PREFIXED_CELL = re.compile(rb":c[\s/>]")
_DIMENSION = re.compile(rb'<(?:[\w.-]+:)?dimension\b[^>]*?\bref\s*=\s*["\']([^"\']*)["\']')
_SI = re.compile(rb"<(?:[\w.-]+:)?si[\s/>]")
_UNIQUE = re.compile(rb'<(?:[\w.-]+:)?sst\b[^>]*?\buniqueCount\s*=\s*["\'](\d+)["\']')
_REF = re.compile(r"\$?([A-Za-z]{1,7})\$?(\d{1,12})")


def refuse(limit: str, found: int = 0, allowed: int = 0) -> SheetTooLarge:
    """The refusal for `limit`; its sentence (sheet_too_large.<limit>) reads sizes in MB or KB."""
    return SheetTooLarge(f"sheet_too_large.{limit}", limit, found, allowed, found_mb=found / MB,
                         allowed_mb=allowed / MB, found_kb=found // 1024, allowed_kb=allowed // 1024)


def _over(limit: str, found: int, allowed: int) -> None:
    if found > allowed:
        raise refuse(limit, found, allowed)


def column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def _cell(ref: str) -> tuple[int, int]:
    """'XFD1048576' -> (1048576, 16384), 1-based; a reference calamine could not read is refused."""
    m = _REF.fullmatch(ref.strip())
    if not m:
        raise refuse("malformed")
    return int(m.group(2)), column_number(m.group(1))


def check_grid(rows: int, cols: int) -> None:
    """The grid calamine will hand back, padded from A1 (to_python(skip_empty_area=False))."""
    _over("rows", rows, MAX_ROWS)
    _over("columns", cols, MAX_COLS)
    _over("cells", rows * cols, MAX_CELLS)


def _check_dimension(ref: str) -> None:
    last = ref.split(":")[-1]
    rows, cols = _cell(last)
    check_grid(rows, cols)


# -- reading a zip member the way calamine will, counting every byte -------------------------
def _member(path: Path, info: zipfile.ZipInfo, cap: int) -> Iterator[bytes]:
    """The member's bytes in chunks, decompressed here from its raw data so that a lying declared
    size cannot hide a bomb; more than `cap` bytes is a refusal."""
    if info.flag_bits & 0x1:
        raise refuse("malformed")
    with open(path, "rb") as f:
        f.seek(info.header_offset)
        head = f.read(30)
        if len(head) < 30 or head[:4] != b"PK\x03\x04":
            raise refuse("malformed")
        name_len, extra_len = struct.unpack("<HH", head[26:30])
        f.seek(info.header_offset + 30 + name_len + extra_len)
        left = info.compress_size
        total = 0
        if info.compress_type == zipfile.ZIP_STORED:
            decompress = None
        elif info.compress_type == zipfile.ZIP_DEFLATED:
            decompress = zlib.decompressobj(-15)
        else:
            raise refuse("malformed")
        while left > 0:
            raw = f.read(min(left, 1 * MB))
            if not raw:
                break
            left -= len(raw)
            if decompress is None:
                total += len(raw)
                _over("part_bytes", total, cap)
                yield raw
                continue
            data = raw
            while data:
                try:
                    out = decompress.decompress(data, _CHUNK)
                except zlib.error:
                    raise refuse("malformed") from None
                data = decompress.unconsumed_tail
                total += len(out)
                _over("part_bytes", total, cap)
                if out:
                    yield out
                if decompress.eof:
                    return


def _tagged(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Re-cut chunks so that none ends inside a tag ('<' always begins markup in XML)."""
    carry = b""
    for chunk in chunks:
        buf = carry + chunk
        cut = buf.rfind(b"<")
        if cut >= 0 and buf.find(b">", cut) < 0:
            carry = buf[cut:]
            buf = buf[:cut]
            if len(carry) > _TAG_CARRY:
                raise refuse("malformed")
        else:
            carry = b""
        if buf:
            yield buf
    if carry:
        yield carry


def _read_small(path: Path, zf: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    return b"".join(_member(path, info, 16 * MB))


# -- .xlsx --------------------------------------------------------------------------------
@dataclass
class _Strings:
    lengths: array  # each shared string's XML length, in order
    longest: int


def _shared_strings(path: Path, info: zipfile.ZipInfo) -> _Strings:
    lengths = array("I")
    current = -1  # the string being measured; -1 before the first <si>
    first = True
    for buf in _tagged(_member(path, info, MAX_PART_BYTES)):
        if first:
            first = False
            m = _UNIQUE.search(buf[:4096])
            if m:
                _over("shared_strings", int(m.group(1)), MAX_SHARED_STRINGS)
        parts = _SI.split(buf)
        if current >= 0:
            current += len(parts[0])
        for piece in parts[1:]:
            if current >= 0:
                lengths.append(current)
            current = len(piece)
        _over("shared_strings", len(lengths), MAX_SHARED_STRINGS)
        _over("string_bytes", max(current, max(lengths[-len(parts):], default=0)), MAX_STRING_BYTES)
    if current >= 0:
        lengths.append(current)
    _over("shared_strings", len(lengths), MAX_SHARED_STRINGS)
    longest = max(lengths, default=0)
    _over("string_bytes", longest, MAX_STRING_BYTES)
    return _Strings(lengths, longest)


def _fast_sheet(path: Path, info: zipfile.ZipInfo, strings: _Strings | None) -> bool:
    """The common layout checked with byte counts and searches; False sends the sheet to the
    exact parse (another layout, or so much shared text that only counting it cell by cell tells)."""
    cells = merged = 0
    first, merging = True, False
    for buf in _tagged(_member(path, info, MAX_PART_BYTES)):
        if first:
            first = False
            m = _DIMENSION.search(buf[:65536])
            if m:
                _check_dimension(m.group(1).decode("ascii", "replace"))
        here = buf.count(b'<c r="')
        if buf.count(b"<c") != here and _BARE_CELL.search(buf):  # <cols>, <cfRule> ... are not cells
            return False
        if buf.find(b":c") >= 0 and _PREFIXED_CELL.search(buf):
            return False
        cells += here
        _over("cells", cells, MAX_CELLS)
        for m in _FAR_CELL.finditer(buf):
            end = buf.find(b'"', m.start() + 6)
            rows, cols = _cell(buf[m.start() + 6:end].decode("ascii", "replace"))
            check_grid(rows, cols)
        merging = merging or b"<mergeCells" in buf
        if merging:
            merged += buf.count(b"<mergeCell ")
            _over("merged_cells", merged, MAX_MERGED)
    if strings is not None and cells * strings.longest > MAX_TEXT_BYTES:
        # only when the bound is in doubt: the text each cell copies, added up
        return _shared_text(path, info, strings)
    return True


_SHARED_VALUE = re.compile(rb'\st="s"[^>]*><v>(\d+)</v>')


def _shared_text(path: Path, info: zipfile.ZipInfo, strings: _Strings) -> bool:
    """Σ of the shared strings' lengths over the cells that use them, in the common layout
    (`t="s"><v>N</v>`); False (the exact parse decides) for any cell written otherwise."""
    lengths, total, carry = strings.lengths, 0, b""

    def add(buf: bytes) -> bool:
        nonlocal total
        found = _SHARED_VALUE.findall(buf)
        if len(found) != buf.count(b't="s"'):
            return False
        for index in found:
            i = int(index)
            if i < len(lengths):
                total += lengths[i]
        _over("text_bytes", total, MAX_TEXT_BYTES)
        return True

    for chunk in _member(path, info, MAX_PART_BYTES):
        buf = carry + chunk
        cut = buf.rfind(b"<c ")  # whole cells only
        if cut <= 0:
            if len(buf) > 4 * _CHUNK:
                return False
            carry = buf
            continue
        carry = buf[cut:]
        if not add(buf[:cut]):
            return False
    return add(carry)


def _parse(chunks: Iterator[bytes], start, end=None, text=None) -> None:
    """Feeds the chunks to expat with the given handlers (names arrive as 'namespace}local').
    A DOCTYPE has no place in a spreadsheet part: refused, so no entity is ever expanded."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def doctype(*_args) -> None:
        raise refuse("malformed")

    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
        parser.buffer_text = True
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError:
        raise refuse("malformed") from None


def _local(name: str) -> str:
    return name[name.rfind("}") + 1:]


def _exact_sheet(path: Path, info: zipfile.ZipInfo, strings: _Strings | None) -> None:
    """A real parse, placing each cell as calamine does (a cell without `r` follows the one
    before it; a row without `r` follows the row before it), and adding up the shared text each
    cell copies."""
    state = {"row": -1, "col": 0, "cells": 0, "merged": 0, "text": 0, "shared": False, "value": None}

    def start(name: str, attrs: dict) -> None:
        local = _local(name)
        if local == "c":
            r = attrs.get("r")
            if r:
                row, col = _cell(r)
                state["row"], state["col"] = row - 1, col - 1
            check_grid(max(state["row"], 0) + 1, state["col"] + 1)
            state["col"] += 1
            state["cells"] += 1
            _over("cells", state["cells"], MAX_CELLS)
            state["shared"] = strings is not None and attrs.get("t") == "s"
        elif local == "row":
            r = attrs.get("r")
            state["row"] = int(r) - 1 if r and r.isdigit() else state["row"] + 1
            state["col"] = 0
            _over("rows", state["row"] + 1, MAX_ROWS)
        elif local == "v" and state["shared"]:
            state["value"] = []
        elif local == "dimension" and attrs.get("ref"):
            _check_dimension(attrs["ref"])
        elif local == "mergeCell":
            state["merged"] += 1
            _over("merged_cells", state["merged"], MAX_MERGED)

    def end(name: str) -> None:
        if state["value"] is not None and _local(name) == "v":
            value = "".join(state["value"]).strip()
            state["value"] = None
            if value.isdigit() and int(value) < len(strings.lengths):
                state["text"] += strings.lengths[int(value)]
                _over("text_bytes", state["text"], MAX_TEXT_BYTES)

    def text(data: str) -> None:
        if state["value"] is not None:
            state["value"].append(data)

    _parse(_member(path, info, MAX_PART_BYTES), start, end, text)


def _first_sheet(path: Path, zf: zipfile.ZipFile, index: int = 0) -> tuple[list[zipfile.ZipInfo],
                                                                           list[zipfile.ZipInfo]]:
    """(the part calamine reads as sheet `index` — or every worksheet if that cannot be told, the
    shared-strings parts)."""
    names = {i.filename: i for i in zf.infolist()}
    sheets: list[zipfile.ZipInfo] = []
    strings: list[zipfile.ZipInfo] = []
    try:
        book = ElementTree.fromstring(_read_small(path, zf, "xl/workbook.xml") or b"")
        rels = ElementTree.fromstring(_read_small(path, zf, "xl/_rels/workbook.xml.rels") or b"")
        targets = {}
        for rel in rels:
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
            targets[rel.get("Id")] = target
            if rel.get("Type", "").endswith("/sharedStrings") and target in names:
                strings.append(names[target])
        first = [e for e in book.iter() if _local(e.tag) == "sheet"][index]
        target = targets[first.get(f"{{{_REL_NS}}}id")]
        sheets.append(names[target])
    except (ElementTree.ParseError, IndexError, KeyError, TypeError):
        sheets = [i for n, i in names.items() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
    if "xl/sharedStrings.xml" in names and names["xl/sharedStrings.xml"] not in strings:
        strings.append(names["xl/sharedStrings.xml"])
    return sheets, strings


def _check_xlsx(path: Path, zf: zipfile.ZipFile, index: int = 0) -> None:
    sheets, string_parts = _first_sheet(path, zf, index)
    strings = None
    for part in string_parts:
        strings = _shared_strings(path, part)
    # The other small parts calamine reads (workbook, styles, relationships) are measured too.
    skip = {i.filename for i in sheets} | {i.filename for i in string_parts}
    total = 0
    for info in zf.infolist():
        if info.filename in skip or info.filename.startswith(("xl/worksheets/", "xl/media/", "xl/drawings/",
                                                               "xl/charts/", "xl/embeddings/")):
            continue
        if info.filename.endswith((".xml", ".rels")):
            for chunk in _member(path, info, MAX_PART_BYTES):
                total += len(chunk)
                _over("total_bytes", total, MAX_TOTAL_BYTES)
    for part in sheets:
        if not _fast_sheet(path, part, strings):
            _exact_sheet(path, part, strings)


# -- .ods ---------------------------------------------------------------------------------
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _count(value: str | None) -> int:
    if value is None:
        return 1
    if not value.strip().isdigit():
        raise refuse("malformed")
    return max(1, int(value))


def _check_ods(path: Path, zf: zipfile.ZipFile) -> None:
    """content.xml holds every sheet; rows and cells repeat by attribute. Each sheet's grid is
    measured up to its last non-empty cell, as calamine keeps it."""
    try:
        info = zf.getinfo("content.xml")
    except KeyError:
        return
    rows_attr, cols_attr = f"{_TABLE}}}number-rows-repeated", f"{_TABLE}}}number-columns-repeated"
    value_attr = f"{_OFFICE}}}value-type"
    state = {"row": 0, "col": 0, "last_row": 0, "last_col": 0, "cells": 0, "row_rep": 1, "row_has": False,
             "cell": None}

    def start(name: str, attrs: dict) -> None:
        local = _local(name)
        if local in ("table-cell", "covered-table-cell"):
            # [repeat, has a value] until its end, where a child (a paragraph) also counts
            state["cell"] = [_count(attrs.get(cols_attr)), bool(attrs.get(value_attr))]
        elif state["cell"] is not None:
            state["cell"][1] = True
        elif local == "table-row":
            state["row_rep"] = _count(attrs.get(rows_attr))
            state["col"], state["row_has"] = 0, False
        elif local == "table":
            state.update(row=0, col=0, last_row=0, last_col=0)

    def end(name: str) -> None:
        local = _local(name)
        if local in ("table-cell", "covered-table-cell") and state["cell"] is not None:
            rep, filled = state["cell"]
            state["cell"] = None
            if filled:
                state["last_col"] = max(state["last_col"], state["col"] + rep)
                state["row_has"] = True
                state["cells"] += rep * state["row_rep"]
                _over("cells", state["cells"], MAX_CELLS)
                _over("columns", state["last_col"], MAX_COLS)
            state["col"] += rep
        elif local == "table-row":
            if state["row_has"]:
                state["last_row"] = state["row"] + state["row_rep"]
                check_grid(state["last_row"], state["last_col"])
            state["row"] += state["row_rep"]

    _parse(_member(path, info, MAX_PART_BYTES), start, end)


# -- the entry point ----------------------------------------------------------------------
def check_workbook(path: Path, index: int = 0) -> None:
    """Refuses (SheetTooLarge) what could exhaust the memory when parsed (sheet `index` of the
    workbook, the one to be read; an .xls and an .ods are checked whole); returns otherwise.
    A file that is not a zip is left to calamine (.xls, or not a spreadsheet at all)."""
    path = Path(path)
    size = path.stat().st_size
    _over("file_bytes", size, MAX_FILE_BYTES)
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic != b"PK\x03\x04":
        if magic == b"\xd0\xcf\x11\xe0":  # OLE2: .xls, or an encrypted .xlsx
            _over("file_bytes", size, MAX_XLS_BYTES)
            from .guard_xls import check_xls

            check_xls(path)
        return
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # calamine says it is not a readable file
    with zf:
        infos = zf.infolist()
        _over("parts", len(infos), MAX_PARTS)
        for info in infos:
            _over("part_bytes", info.file_size, MAX_PART_BYTES)
        _over("total_bytes", sum(i.file_size for i in infos), MAX_TOTAL_BYTES)
        names = {i.filename for i in infos}
        if "content.xml" in names and "xl/workbook.xml" not in names:
            _check_ods(path, zf)
        else:
            _check_xlsx(path, zf, index)
