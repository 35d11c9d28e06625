"""The band over a grid sign's preview when the grid's team is not complete (issue 19 item 5).

On the preview, not on the sign: the sign is a public notice residents read for years, and a
"no 网格长" line printed on it would stay on the wall after the post is filled; the person about
to print is the one who should see it, and fill the post (or print knowingly)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.staffing import StaffingService
from ..staffing_words import missing_label


def staffing_warning(ctx, codes: list[str] | None) -> str:
    """'' when every grid printed has its 网格长 and members."""
    lacking = ctx.get(StaffingService).incomplete()
    if codes is not None:
        lacking = {c: m for c, m in lacking.items() if c in codes}
    if not lacking:
        return ""
    said = "；".join(QCoreApplication.translate("StaffingWarning", "{0} 缺{1}").format(
        code, "、".join(missing_label(m) for m in lacks)) for code, lacks in sorted(lacking.items()))
    return QCoreApplication.translate("StaffingWarning", "队伍不齐，公示牌上会少人：{0}。请先在“网格与人口 → 队伍配备”"
                                      "补上岗位再印（这条提示不会印在公示牌上）。").format(said)
