"""政治面貌: GB/T 4762-1984 政治面貌代码, in the short forms ledgers print (中共党员 for 中国共产党党员).

民主党派 is kept as GridDesk always had it, for a member whose party was not written down.
"""

from __future__ import annotations

from . import Dictionary, Entry

POLITICAL_STATUSES = Dictionary("政治面貌", "GB/T 4762-1984", (
    Entry("01", "中共党员", ("中国共产党党员", "党员", "共产党员", "正式党员")),
    Entry("02", "中共预备党员", ("中国共产党预备党员", "预备党员")),
    Entry("03", "共青团员", ("中国共产主义青年团团员", "团员", "共青团")),
    Entry("04", "民革党员", ("中国国民党革命委员会会员", "民革会员", "民革")),
    Entry("05", "民盟盟员", ("中国民主同盟盟员", "民盟")),
    Entry("06", "民建会员", ("中国民主建国会会员", "民建")),
    Entry("07", "民进会员", ("中国民主促进会会员", "民进")),
    Entry("08", "农工党党员", ("中国农工民主党党员", "农工党", "农工民主党党员")),
    Entry("09", "致公党党员", ("中国致公党党员", "致公党")),
    Entry("10", "九三学社社员", ("九三学社",)),
    Entry("11", "台盟盟员", ("台湾民主自治同盟盟员", "台盟")),
    Entry("12", "无党派人士", ("无党派民主人士", "无党派")),
    Entry("13", "群众", ("普通群众", "普通居民", "无")),
    Entry(None, "民主党派", ("民主党派成员",)),
))
