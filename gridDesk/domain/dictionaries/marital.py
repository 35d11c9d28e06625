"""婚姻状况: GB/T 2261.2-2003 个人基本信息分类与代码 第2部分：婚姻状况代码."""

from __future__ import annotations

from . import Dictionary, Entry

MARITAL_STATUSES = Dictionary("婚姻状况", "GB/T 2261.2-2003", (
    Entry("10", "未婚", ("单身未婚",)),
    Entry("20", "已婚", ("有配偶", "在婚")),
    Entry("21", "初婚", ()),
    Entry("22", "再婚", ()),
    Entry("23", "复婚", ()),
    Entry("30", "丧偶", ("丧偶未再婚",)),
    Entry("40", "离婚", ("离异", "离婚未再婚")),
    Entry("90", "未说明", ("未说明的婚姻状况", "不详")),
))
