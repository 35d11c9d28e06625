"""Headers as county ledgers type them (issue 17): trailing spaces, full-width parentheses, `*` on
either side, a note in brackets before or after, a closing colon: each still finds its column."""

from __future__ import annotations

import openpyxl
import pytest

from gridDesk.services.roster_columns import RESIDENT_CHECKED_COLUMNS
from gridDesk.sheets.reader import read_ledger

SPELLINGS = {
    "name": ["姓名 ", "姓名　", "*姓名", "姓名*", "＊姓名", "* 姓名 *", "（必填）姓名", "(*)姓名", "姓名：", "姓名(必填)"],
    "id_number": ["身份证号码* ", " *身份证号码", "公民身份号码（18位）", "身份证号码（必填）*"],
    "height_cm": ["身高（CM）", "身高(CM)*", "*身高（厘米） "],
    "birth_date": ["出生日期（YYYY-MM-DD）", "出生日期 ", "（选填）出生日期"],
}


@pytest.mark.parametrize("key,spelling", [(k, s) for k, spellings in SPELLINGS.items() for s in spellings])
def test_a_header_spelling_finds_its_column(tmp_path, key, spelling):
    headers = {"name": "姓名*", "id_number": "身份证号码*", "household_number": "户号*", "relation": "与户主关系*",
               "grid_code": "所属网格*", "height_cm": "身高(CM)", "birth_date": "出生日期"}
    headers[key] = spelling
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["1.0", "户籍人口信息登记表"])
    sheet.append(["填报单位：", "山西省", "省*"])
    sheet.append(list(headers.values()))
    sheet.append(["张三", "11010519491231002X", "H-1", "户主", "G1", "170", "1949-12-31"])
    book.save(tmp_path / "h.xlsx")
    ledger = read_ledger(tmp_path / "h.xlsx", RESIDENT_CHECKED_COLUMNS)
    assert ledger.header_line == 3 and not ledger.unknown_columns
    [(line, values)] = ledger.rows
    assert line == 4 and values[key] == dict(zip(headers, ["张三", "11010519491231002X", "H-1", "户主", "G1", "170",
                                                           "1949-12-31"]))[key]
