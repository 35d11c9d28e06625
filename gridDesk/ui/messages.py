"""Typed errors from the lower layers, in plain words with what to do next.

The words live in `domain/catalogue` (one catalogue for the UI and the command line); this
module picks the UI's language and says something plain about errors that carry no code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.errors import GridDeskError
from . import i18n


def explain(error: BaseException) -> str:
    """One or two sentences a village staff member can act on, in the UI's language."""
    if not isinstance(error, GridDeskError):
        return QCoreApplication.translate(
            "Messages", "出现了意外错误：{0}。您的数据没有丢失。请记下这句话并联系技术支持。").format(error)
    return error.render(i18n.current())
