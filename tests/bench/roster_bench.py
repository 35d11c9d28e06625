"""Benchmark rows for the roster: Excel import and export, search, the roster page."""

from __future__ import annotations

import os
import random
import statistics
import time
from datetime import date
from pathlib import Path

from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import ResidentFilter
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from gridDesk.services.imports import ImportService
from gridDesk.services.search import SearchService
from gridDesk.storage.search_repo import SearchRepo

Row = tuple[str, float, float | None, str]
# HOUSEHOLDSTAFF.xls's header row (../shared/ledgers/county-template-headers.txt): every column.
HEADER = ("姓名* | 所属网格* | 性别* | 出生日期 | 身份证号码* | 户号* | 与户主关系* | 与户主关系备注 | 户籍地 | 民族* | "
          "政治面貌* | 文化程度* | 婚姻状况* | 人户状态* | 是否外出* | 外出原因* | 外出时间* | 户籍详址 | 户籍派出所 | "
          "临时居所 | 曾用名 | 工作单位或就读学校 | 联系电话 | 联系手机 | 电子邮箱 | 职业 | 血型 | 宗教信仰 | 身高(CM) | "
          "户口类别 | 住宅电话 | 家庭称号 | 外出去向 | 外出详址 | 备注").split(" | ")


_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强志明春梅海燕玉兰红梅晓东小红丽娟文博浩然子涵欣怡梓涵雨桐一诺宇轩"


def _ledger(path: Path, rows: int, grid: str, seed: int) -> None:
    import xlsxwriter

    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["1.0", "户籍人口信息登记表"])
    sheet.write_row(1, 0, ["填写说明：带*为必填项"])
    sheet.write_row(2, 0, ["填报单位：", "山西省", "省*", "太原市", "市*", "小店区", "市/县/区*", "某镇", "乡镇/街道*"])
    sheet.write_row(4, 0, HEADER)
    start = date(1940, 1, 1).toordinal()
    for n in range(rows):
        born = date.fromordinal(start + rng.randrange(0, 25000))
        first17 = f"6{seed % 5 + 1}0105{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
        away = n % 7 == 0
        sheet.write_row(n + 5, 0, [
            rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, rng.choice((1, 2)))), grid,
            "男" if int(first17[16]) % 2 else "女", f"{born:%Y-%m-%d}", first17 + check_digit(first17),
            f"IMP{seed}-{n // 3}", "户主" if n % 3 == 0 else "子女", "", "山西省太原市小店区", rng.choice(("汉", "汉族", "回族")),
            rng.choice(("群众", "党员", "团员")), rng.choice(("初中", "高中", "大专", "本科")), rng.choice(("已婚", "未婚")),
            "人户一致", "是" if away else "否", "务工" if away else "", "2024-03-01" if away else "", f"新村{n // 3}号",
            "小店派出所", "", "", "某公司", "", f"139{rng.randrange(0, 10**8):08d}", "", "农民", "A", "无", "170",
            "农业", "", "", "北京" if away else "", "", ""])
    book.close()


def import_rows(session, folder: Path, repeat: int) -> list[Row]:
    from openpyxl import load_workbook
    from python_calamine import CalamineWorkbook

    grid = RosterService(session).tree()[0].code
    ours, cal, opx = [], [], []
    for run in range(repeat):
        path = folder / f"ledger-{run}.xlsx"
        _ledger(path, 10_000, grid, seed=run + 1)
        reads = []
        for _ in range(3):  # warm, as the preview that follows finds it
            t = time.perf_counter()
            CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
            reads.append(time.perf_counter() - t)
        cal.append(statistics.median(reads))
        t = time.perf_counter()
        for _row in load_workbook(path, read_only=True).active.iter_rows(values_only=True):
            pass
        opx.append(time.perf_counter() - t)
        service = ImportService(session)
        # The rows before (an export of 100,000 people, the ledger just written) leave the disk
        # busy writing back: the import's one fsync would wait for their pages, not its own.
        os.sync()
        t = time.perf_counter()
        preview = service.preview("residents", path)
        service.commit(preview)
        ours.append(time.perf_counter() - t)
        assert len(preview.new) + len(preview.rejected) == 10_000
    m_ours, m_cal, m_opx = statistics.median(ours), statistics.median(cal), statistics.median(opx)
    return [("import 10,000-row county resident ledger, every template column: preview + write, vs "
             "python-calamine read alone", m_ours, m_cal, "<= 6x"),
            ("  the same import vs openpyxl's read-only read of the file", m_ours, m_opx, "< 1x"),
            ("  python-calamine read vs openpyxl read-only read (same file)", m_cal, m_opx, "~0.1x")]


def export_rows(session, folder: Path, repeat: int) -> list[Row]:
    import xlsxwriter

    from gridDesk.services.roster_columns import RESIDENT_COLUMNS
    from gridDesk.storage.residents_repo import export_resident_rows

    with session.db.transaction() as s:
        cells = [tuple(r[:-1]) for r in export_resident_rows(s, ResidentFilter(), None, date.today(),
                                                             [c.key for c in RESIDENT_COLUMNS])]

    def bare() -> None:
        book = xlsxwriter.Workbook(str(folder / "bare.xlsx"), {"constant_memory": True})
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, [c.header for c in RESIDENT_COLUMNS])
        for r, row in enumerate(cells, start=1):
            sheet.write_row(r, 0, row)
        book.close()

    def ours() -> None:
        ExportService(session).export("residents", folder / "ours.xlsx")

    def county() -> None:
        # Unmasked, as the round trip to the township is; files of 1,000 rows each.
        ExportService(session).export("residents", folder / "county.xlsx", layout="county",
                                      unmask_reason="bench")

    t_bare = statistics.median(_timed(bare) for _ in range(repeat))
    t_ours = statistics.median(_timed(ours) for _ in range(repeat))
    t_county = statistics.median(_timed(county) for _ in range(repeat))
    return [(f"export {len(cells):,} residents (template layout) vs bare XlsxWriter, same cells",
             t_ours, t_bare, "<= 1.5x"),
            (f"export {len(cells):,} residents (county layout, 1,000 rows a file) vs bare XlsxWriter",
             t_county, t_bare, "-")]


def _timed(f) -> float:
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def _queries(session, n: int) -> list[str]:
    """Mixed as staff type them: names, a character, pinyin, initials, ID and phone tails, addresses."""
    from gridDesk.storage.search_keys import name_keys

    rng = random.Random(7)
    roster = RosterService(session)
    ids = roster.resident_ids(ResidentFilter())
    sample = [roster.unmask(i, "基准测试") for i in rng.sample(ids, 60)]
    out: list[str] = []
    while len(out) < n:
        p = rng.choice(sample)
        py, ini = name_keys(p.name)
        kind = len(out) % 7
        out.append([p.name, p.name[1:] or p.name, py[: max(3, len(py) // 2)], ini, p.id_number[-6:],
                    (p.phone or p.id_number)[-4:], p.actual_address[2:6] or p.name][kind])
    return out


def search_rows(session, queries: int) -> list[Row]:
    qs = _queries(session, queries)
    service = SearchService(session)
    ours, bare = [], []
    for q in qs:
        t = time.perf_counter()
        service.search(q)
        ours.append(time.perf_counter() - t)
    with session.db.transaction() as s:
        repo = SearchRepo(s)
        for q in qs:
            t = time.perf_counter()
            repo.bare(q, 30)
            bare.append(time.perf_counter() - t)
    p95 = statistics.quantiles(ours, n=20)[-1]
    return [(f"search, p95 over {queries:,} mixed queries", p95, None, "< 0.030 s"),
            ("search, median vs a bare LIKE on the same index", statistics.median(ours), statistics.median(bare),
             "<= 3x")]


def page_rows(session, repeat: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from gridDesk.ui.pages.roster_page import RosterPage

    app = QApplication.instance() or QApplication([])

    def open_and_scroll() -> float:
        t = time.perf_counter()
        page = RosterPage(session)
        page.resize(1300, 800)
        page.show()
        page.refresh()
        app.processEvents()
        bar = page.table.verticalScrollBar()
        for step in range(0, 41):
            bar.setValue(bar.maximum() * step // 40)
            app.processEvents()
        elapsed = time.perf_counter() - t
        assert page.model.rowCount() > 0 and bar.value() == bar.maximum()
        page.close()
        page.deleteLater()
        app.processEvents()
        return elapsed

    return [("roster page: open and scroll first row to last", statistics.median(open_and_scroll()
                                                                                for _ in range(repeat)),
             None, "< 0.5 s")]
