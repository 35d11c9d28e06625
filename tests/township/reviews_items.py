"""A village's 考核结果 item (reviews.csv as services/archive_cycle.review_items writes it) for
the township tests."""

from __future__ import annotations

from gridDesk.archive.metadata import ItemRecord
from gridDesk.archive.package import Item, ItemFile, csv_bytes

HEADER = ["季度", "网格员", "评议", "评议机构", "评议日期", "评议意见", "总分", "等次", "调整及理由", "登记人", "登记时间",
          "网格员编号"]
LEVELS = {"first": "村党组织初评", "second": "乡镇党委复评"}


def review_row(quarter: str, name: str, level: str, member_id: object, decision: str = "同意评议结果",
               day: str = "2026-10-08") -> list:
    return [quarter, name, LEVELS.get(level, level), "杏花村党总支" if level == "first" else "小店镇党委", day, decision,
            "88", "良好", "", "wang", f"{day} 10:00", member_id]


def reviews_item(village, rows: list[list], stamp: str = "202611230900", header: list[str] = HEADER) -> Item:
    return Item(ItemRecord(f"{village.code}-KHJG-2026-{stamp}", f"KHJG-{stamp}", "网格员考核评议结果", village.name,
                           "2026-11-23", "考核结果", description=(("条数", str(len(rows))),)),
                (ItemFile("reviews.csv", "考核评议结果", csv_bytes(header, rows)),))
