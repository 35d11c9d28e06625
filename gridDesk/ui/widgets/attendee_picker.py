"""Party members and residents' representatives at a meeting: found on the roster as you type,
or written in when they are not on it (the township's guest, a representative from elsewhere)."""

from __future__ import annotations

from .people_picker import PeoplePicker, Search


class AttendeePicker(PeoplePicker):
    def __init__(self, search: Search, caption: str, parent=None) -> None:
        self.caption = caption  # "党员" / "群众代表": what the line under the search says they are
        super().__init__(search, parent)

    def _show_chosen(self) -> None:
        self.undo.setEnabled(bool(self.chosen))
        names = [n if rid is not None else self.tr("{0}（不在花名册）").format(n) for rid, n in self.chosen]
        self.label.setText(self.tr("{0}：{1}").format(self.caption, "、".join(names) or self.tr("（未填）")))
