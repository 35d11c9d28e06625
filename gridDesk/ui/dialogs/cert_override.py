"""持证上岗 at an act: try it; when the member is uncertified, a director is asked for the reason
of a one-off exception and the act runs once more with it. Anyone else gets the refusal, which
tells them to train the member or ask the director."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...domain.certification import Uncertified
from ..messages import explain
from .reason_dialog import ReasonDialog


def attempt(parent, may_override: bool, act: Callable[[str], None]) -> bool:
    """act(reason) with '' first. True when done, False when the director declined to give a
    reason; an Uncertified (for anyone but a director) and every other error go to the caller."""
    try:
        act("")
        return True
    except Uncertified as exc:
        if not may_override:
            raise
        title = QCoreApplication.translate("CertOverride", "持证上岗例外")
        how = QCoreApplication.translate(
            "CertOverride", "写明理由后准许这一次：理由会记入审计日志，并列在工作台的“持证上岗例外”里。")
        dialog = ReasonDialog(title, explain(exc) + "\n" + how, parent)
        dialog.reason.setPlaceholderText(
            QCoreApplication.translate("CertOverride", "例如：汛期人手不足，由网格长带领办理"))
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return False
        act(dialog.value())
        return True
