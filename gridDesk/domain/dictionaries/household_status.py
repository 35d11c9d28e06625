"""人户状态 and 户口类别: the templates' own lists (HOUSEHOLDSTAFF.xls), no national standard."""

from __future__ import annotations

from . import Dictionary, Entry

RESIDENCE_STATUSES = Dictionary("人户状态", "the county template", (
    Entry(None, "人户一致", ("人户同在", "人在户在")),
    Entry(None, "人在户不在", ("户不在人在",)),
    Entry(None, "户在人不在", ("人不在户在",)),
    Entry(None, "户籍待定", ("待定",)),
))

HUKOU_KINDS = Dictionary("户口类别", "the county template", (
    Entry(None, "农业户口", ("农业", "农村户口", "农")),
    Entry(None, "非农业户口", ("非农业", "非农", "城镇户口", "城镇")),
    Entry(None, "居民户口", ("居民", "统一居民户口")),
))
