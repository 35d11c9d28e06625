"""Hostile spreadsheets (issue 14 part 6): each is refused before calamine parses it, with the
limit named, and nothing aborts the process. Every file is read in a child process under an
address-space limit, so a regression fails a test instead of killing pytest (or the machine)."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 2 << 30  # what a regression may take before the child fails (calamine asked 512 GiB)

CHILD = textwrap.dedent("""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (%d, %d))
    from gridDesk.domain.errors import GridDeskError
    from gridDesk.sheets.reader import read_matrix
    try:
        name, matrix, merged = read_matrix(sys.argv[1])
        print(json.dumps({"ok": True, "rows": len(matrix), "cols": max((len(r) for r in matrix), default=0),
                          "last": [str(v) for v in matrix[-1]] if matrix else []}))
    except GridDeskError as exc:
        print(json.dumps({"ok": False, "code": exc.family, "message": exc.message, **{k: v for k, v in exc.details.items()}}))
""" % (LIMIT, LIMIT))

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is a Linux limit")


def read_in_child(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={**os.environ, "RUST_BACKTRACE": "0"})
    assert done.returncode == 0, f"the reader died (rc {done.returncode}): {done.stderr[-800:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- building the files -----------------------------------------------------------------
_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_BOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_BOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx(path: Path, sheet_data: str, shared: str | None = None, head: str = "", tail: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _BOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_NS}">'
                                               f'{head}<sheetData>{sheet_data}</sheetData>{tail}</worksheet>')
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_NS}">{shared}</sst>')
    return path


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


HEADER_ROW = '<row r="1">' + inline("A1", "姓名") + inline("B1", "身份证号") + "</row>"


# -- the attacks -------------------------------------------------------------------------
def test_one_far_cell_is_refused_by_rows(tmp_path):
    import xlsxwriter

    path = tmp_path / "far.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet().write(1048575, 16383, "x")
    book.close()
    assert path.stat().st_size < 10_000
    got = read_in_child(path)
    assert not got["ok"] and got["code"] == "sheet_too_large" and got["limit"] == "rows"
    assert got["found"] == 1048576 and got["allowed"] == 100_100
    assert "第 1048576 行，超过了 100100 行的上限" in got["message"]


def test_a1_and_the_last_cell_are_refused_before_calamine_builds_the_grid(tmp_path):
    path = xlsx(tmp_path / "two.xlsx", HEADER_ROW + '<row r="1048576">' + inline("XFD1048576", "x") + "</row>")
    got = read_in_child(path)
    assert got["limit"] == "rows"


def test_far_column_and_declared_dimension(tmp_path):
    got = read_in_child(xlsx(tmp_path / "wide.xlsx", '<row r="1">' + inline("A1", "a") + inline("ZZ1", "b") + "</row>"))
    assert got["limit"] == "columns" and got["found"] == 702 and got["allowed"] == 200
    got = read_in_child(xlsx(tmp_path / "dim.xlsx", HEADER_ROW, head='<dimension ref="A1:XFD1048576"/>'))
    assert got["limit"] == "rows"


def test_cells_without_references_are_placed_as_calamine_places_them(tmp_path):
    row = '<row r="1">' + "".join('<c t="inlineStr"><is><t>v</t></is></c>' for _ in range(250)) + "</row>"
    got = read_in_child(xlsx(tmp_path / "noref.xlsx", row))
    assert got["limit"] == "columns" and got["found"] == 201
    rows = "".join(f'<row><c t="inlineStr"><is><t>{n}</t></is></c></row>' for n in range(3))
    got = read_in_child(xlsx(tmp_path / "noref-ok.xlsx", rows))
    assert got["ok"] and got["rows"] == 3 and got["last"] == ["2"]


def test_prefixed_elements_go_through_the_exact_parse(tmp_path):
    body = ('<x:worksheet xmlns:x="%s"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c>'
            '<x:c r="A200000" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>') % _NS
    path = xlsx(tmp_path / "prefixed.xlsx", "")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = body.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert read_in_child(path)["limit"] == "rows"


def test_shared_strings_bomb(tmp_path):
    """2.5 million one-letter strings: about 100 KB on disk."""
    path = xlsx(tmp_path / "sst.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', shared="<si><t>a</t></si>" * 2_500_000)
    assert path.stat().st_size < 300_000
    got = read_in_child(path)
    assert got["limit"] == "shared_strings" and got["allowed"] == 2_000_000


def test_one_long_string_copied_into_every_cell(tmp_path):
    """A 4 MB string used by 40,000 cells would be 160 GB once calamine copies it into each."""
    cells = "".join(f'<row r="{r}">' + "".join(f'<c r="{chr(65 + c)}{r}" t="s"><v>0</v></c>' for c in range(20)) + "</row>"
                    for r in range(1, 2001))
    path = xlsx(tmp_path / "long.xlsx", cells, shared="<si><t>" + "x" * (4 << 20) + "</t></si>")
    got = read_in_child(path)
    assert got["limit"] == "string_bytes"


def test_many_cells_sharing_long_strings_are_counted_cell_by_cell(tmp_path):
    """Strings under the per-string bound, but all the cells together would copy too much."""
    cells = "".join(f'<row r="{r}">' + "".join(f'<c r="{chr(65 + c)}{r}" t="s"><v>{r % 2}</v></c>' for c in range(26))
                    + "</row>" for r in range(1, 5001))
    path = xlsx(tmp_path / "copies.xlsx", cells, shared="<si><t>" + "y" * 250_000 + "</t></si><si><t>n</t></si>")
    got = read_in_child(path)
    assert got["limit"] == "text_bytes"


def test_a_part_whose_declared_size_lies(tmp_path):
    """The zip directory says 1 KB; the deflate stream holds 300 MB. Counted, not trusted."""
    path = xlsx(tmp_path / "liar.xlsx", HEADER_ROW + "PAD")
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        xml = z.read(info.filename)
    before, after = xml.split(b"PAD")
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = squeeze.compress(before)
    block = b" " * (1 << 20)
    for _ in range(300):
        stream += squeeze.compress(block)
    stream += squeeze.compress(after) + squeeze.flush()
    # Rebuild the zip with the stream stored under a small declared size and a matching CRC of nothing.
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
    out = bytearray()
    central = bytearray()
    for i in infos:
        with zipfile.ZipFile(path) as z:
            data = z.read(i.filename)
        if i.filename == info.filename:
            comp, size, crc = stream, 1024, zlib.crc32(b"")
        else:
            comp = zlib.compress(data, 9)[2:-4]
            size, crc = len(data), zlib.crc32(data)
        name = i.filename.encode()
        offset = len(out)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(comp), size, len(name), 0) + name + comp
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(comp), size,
                               len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(infos), len(infos), len(central), len(out), 0)
    path.write_bytes(bytes(out + central + end))
    assert raw != path.read_bytes() and path.stat().st_size < 1_000_000
    got = read_in_child(path)
    assert got["limit"] == "part_bytes" and got["allowed"] == 256 << 20


def test_merged_cells_over_the_whole_grid(tmp_path):
    merges = "".join(f'<mergeCell ref="A{n}:GR100000"/>' for n in range(1, 2000))
    rows = HEADER_ROW + '<row r="100000">' + inline("B100000", "x") + "</row>"
    path = xlsx(tmp_path / "merged.xlsx", rows, tail=f'<mergeCells count="1999">{merges}</mergeCells>')
    got = read_in_child(path)
    assert got["limit"] == "cells"


def _ods(path: Path, table: str) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                   'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="S">' + table
                   + "</table:table></office:spreadsheet></office:body></office:document-content>", compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_ods_repeated_cells(tmp_path):
    full = ('<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" '
            'office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row>')
    assert read_in_child(_ods(tmp_path / "full.ods", full))["code"] == "sheet_too_large"
    # LibreOffice's trailing empty rows and columns are no data: read as they are.
    empty = ('<table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>'
             '</table:table-row><table:table-row table:number-rows-repeated="1048575">'
             '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    got = read_in_child(_ods(tmp_path / "empty.ods", empty))
    assert got["ok"] and got["rows"] == 1


def test_real_ledgers_pass(tmp_path):
    """Excel-style shared strings (openpyxl) and XlsxWriter's inline strings both read as before."""
    import openpyxl

    from tests.fault.sheets import resident_ledger

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "备注"])
    for n in range(3000):
        ws.append([f"居民{n}", f"{n:018d}", "长备注" * 300 if n % 100 == 0 else ""])
    ws.merge_cells("C2:C4")
    wb.save(tmp_path / "excel.xlsx")
    got = read_in_child(tmp_path / "excel.xlsx")
    assert got["ok"] and got["rows"] == 3001
    got = read_in_child(resident_ledger(tmp_path / "x.xlsx", 2000, "140105001001001"))
    assert got["ok"] and got["rows"] == 2001


def test_xls_one_shared_string_in_every_cell(tmp_path):
    """BIFF8 keeps a shared-string table too: 1 MB on disk, 5 GB once calamine copies it per cell."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("S")
    text = "长" * 30000
    for r in range(3000):
        for c in range(20):
            sheet.write(r, c, text)
    book.save(str(tmp_path / "bomb.xls"))
    assert (tmp_path / "bomb.xls").stat().st_size < 2_000_000
    got = read_in_child(tmp_path / "bomb.xls")
    assert got["limit"] == "text_bytes"


def test_xls_reach_and_a_real_one(tmp_path):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("S")
    sheet.write(0, 0, "a")
    sheet.write(65535, 255, "b")
    book.save(str(tmp_path / "far.xls"))
    assert read_in_child(tmp_path / "far.xls")["limit"] in ("rows", "columns")
    book = xlwt.Workbook()
    sheet = book.add_sheet("S")
    for r in range(2000):
        for c in range(8):
            sheet.write(r, c, f"居民{r}" if c % 2 else "户主")
    book.save(str(tmp_path / "ok.xls"))
    got = read_in_child(tmp_path / "ok.xls")
    assert got["ok"] and got["rows"] == 2000 and got["last"][1] == "居民1999"


def test_a_later_sheet_is_checked_before_it_is_read(tmp_path):
    """A ledger may sit behind a sheet of notes (the reader tries the later sheets): the sheet it
    reads is the one bounded, so a harmless first sheet cannot wave a far-reaching second through."""
    import xlsxwriter

    from gridDesk.domain.errors import SheetTooLarge
    from gridDesk.sheets.guard import check_workbook

    path = tmp_path / "behind.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    book.add_worksheet("说明").write_string(0, 0, "填写说明")
    far = book.add_worksheet("台账")
    far.write_string(0, 0, "姓名")
    far.write_string(1048575, 16383, "x")
    book.close()
    check_workbook(path, 0)
    with pytest.raises(SheetTooLarge):
        check_workbook(path, 1)
