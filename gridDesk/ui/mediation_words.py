"""The words of people's mediation on screen (states, sources, severities, referrals, how an
agreement was carried out, what comes next), translated in the context "Mediation"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.mediation import MediationState, Performance, Referral, Severity, Source

_STATES = {
    MediationState.REGISTERED: QT_TRANSLATE_NOOP("Mediation", "已受理"),
    MediationState.IN_PROGRESS: QT_TRANSLATE_NOOP("Mediation", "调解中"),
    MediationState.AGREED: QT_TRANSLATE_NOOP("Mediation", "达成协议，待履行"),
    MediationState.REFERRED: QT_TRANSLATE_NOOP("Mediation", "未达成协议，已引导"),
    MediationState.CLOSED: QT_TRANSLATE_NOOP("Mediation", "协议履行完毕"),
}
_SOURCES = {Source.APPLICATION: QT_TRANSLATE_NOOP("Mediation", "当事人申请"),
            Source.INITIATIVE: QT_TRANSLATE_NOOP("Mediation", "主动调解")}
_SEVERITIES = {Severity.ORDINARY: QT_TRANSLATE_NOOP("Mediation", "一般"),
               Severity.LARGE: QT_TRANSLATE_NOOP("Mediation", "较大"),
               Severity.MAJOR: QT_TRANSLATE_NOOP("Mediation", "重大")}
_REFERRALS = {Referral.COURT: QT_TRANSLATE_NOOP("Mediation", "法院"),
              Referral.ARBITRATION: QT_TRANSLATE_NOOP("Mediation", "仲裁"),
              Referral.PETITION: QT_TRANSLATE_NOOP("Mediation", "信访"),
              Referral.TOWNSHIP: QT_TRANSLATE_NOOP("Mediation", "乡镇")}
_PERFORMANCE = {Performance.DONE: QT_TRANSLATE_NOOP("Mediation", "已履行"),
                Performance.PARTIAL: QT_TRANSLATE_NOOP("Mediation", "部分履行"),
                Performance.NOT_DONE: QT_TRANSLATE_NOOP("Mediation", "未履行")}
_NEXT = {"session": QT_TRANSLATE_NOOP("Mediation", "组织调解"), "outcome": QT_TRANSLATE_NOOP("Mediation", "登记调解结果"),
         "follow_up": QT_TRANSLATE_NOOP("Mediation", "回访履行情况"), "none": QT_TRANSLATE_NOOP("Mediation", "—")}


def _t(text: str) -> str:
    return QCoreApplication.translate("Mediation", text)


def state_label(state: MediationState) -> str:
    return _t(_STATES[state])


def source_label(source: Source) -> str:
    return _t(_SOURCES[source])


def severity_label(severity: Severity) -> str:
    return _t(_SEVERITIES[severity])


def referral_label(referral: Referral) -> str:
    return _t(_REFERRALS[referral])


def performance_label(performance: Performance) -> str:
    return _t(_PERFORMANCE[performance])


def next_label(step: str) -> str:
    return _t(_NEXT.get(step, "—"))
