"""The housing templates' own short lists (RENTALHOUSE.xls, LETTINGHOUSE.xls, ACTUALHOUSE.xls):
no national standard names them, so each keeps the words GridDesk stores and the ways ledgers
write them."""

from __future__ import annotations

from . import Dictionary, Entry

# 隐患程度: GridDesk's four levels (domain/places.HAZARD), as the templates' dropdowns spell them.
HAZARD_LEVELS = Dictionary("隐患程度", "the county template", (
    Entry(None, "无", ("无隐患", "没有", "没有隐患", "正常", "安全")),
    Entry(None, "一般", ("一般隐患", "轻微", "低")),
    Entry(None, "较大", ("较大隐患", "较重", "中")),
    Entry(None, "重大", ("重大隐患", "严重", "严重隐患", "高")),
))

YES_NO = Dictionary("是/否", "the county template", (
    Entry(None, "是", ("Y", "YES", "已签订", "签订", "已签", "有", "√", "1")),
    Entry(None, "否", ("N", "NO", "未签订", "没签", "未签", "没有", "无", "×", "0")),
))

HAVE_NOT = Dictionary("有/无", "the county template", (
    Entry(None, "有", ("是", "Y", "YES", "√", "1")),
    Entry(None, "无", ("否", "没有", "N", "NO", "×", "0")),
))
