"""文化程度: GB/T 4658-2006 学历代码, at the level a village ledger writes it (研究生, not 博士研究生毕业).

中专 is the name GridDesk has always stored for 中等专科; 学龄前 is GridDesk's own for children
who have not started school (the standard leaves them out, ledgers write it anyway).
"""

from __future__ import annotations

from . import Dictionary, Entry

EDUCATION_LEVELS = Dictionary("文化程度", "GB/T 4658-2006", (
    Entry("10", "研究生", ("研究生教育", "博士", "博士研究生", "硕士", "硕士研究生", "研究生毕业")),
    Entry("20", "大学本科", ("本科", "大学本科教育", "大本", "本科毕业")),
    Entry("30", "大学专科", ("大专", "专科", "大学专科教育", "高职", "专科毕业")),
    Entry("41", "中专", ("中等专科", "中等专业学校", "中等职业教育", "中技")),
    Entry("44", "职业高中", ("职高",)),
    Entry("47", "技工学校", ("技校",)),
    Entry("60", "高中", ("普通高中", "普通高级中学", "高级中学", "高中毕业")),
    Entry("70", "初中", ("初级中学", "初中毕业")),
    Entry("80", "小学", ("小学毕业", "小学教育")),
    Entry("90", "文盲或半文盲", ("文盲", "半文盲", "不识字或识字很少", "不识字")),
    Entry(None, "学龄前", ("学前", "学龄前儿童", "未上学")),
))
