"""The words of the six-step loop, once: the steps as Article 13 names them, the case states, what
a timeline entry says a step was, and the verb on a step's button where it differs.

Everything that names a step reads this table: the domain's refusals, the printouts and the
archive metadata (Chinese, as official forms are), and the UI, whose `ui/case_words.py` marks
the same words for Qt translation (lupdate reads only literals under `ui/`) and is held equal to
this table by a test. Keys are the enum values of `domain/cases.py`, so this module imports
nothing and `cases.py` builds its enum-keyed tables from it.
"""

from __future__ import annotations

# The six steps in their order (六步闭环, Article 13): the regulation's words, nowhere else.
STEP_WORDS: dict[str, str] = {
    "report": "问题上报",
    "file": "案卷建立",
    "assign": "任务指派",
    "investigate": "调查落实",
    "feedback": "处理反馈",
    "close": "结案归档",
}
SIX_STEPS: tuple[str, ...] = tuple(STEP_WORDS.values())

# A case's state, by CaseState value: a step's word, or where a case waits outside the six.
STATE_WORDS: dict[str, str] = {
    "reported": STEP_WORDS["report"],
    "filed": STEP_WORDS["file"],
    "assigned": STEP_WORDS["assign"],
    "in_progress": STEP_WORDS["investigate"],
    "escalated": "已上报乡镇",
    "returned": "已退回",
    "feedback": STEP_WORDS["feedback"],
    "closed": STEP_WORDS["close"],
}

# Which of the six steps a timeline entry (event action) is, for the archive's 业务实体 and the
# check that a closed case went through all six. The township's solution is the 处理反馈 step.
STEP_OF_EVENT: dict[str, str] = {
    "report": "report", "file": "file", "assign": "assign", "start": "investigate", "feedback": "feedback",
    "township_solved": "feedback", "close": "close",
}

# What a timeline entry says was done, by event action (a CaseAction value, or the report and a
# 需审批 matter's chain and notice): a step's own word where the entry is that step.
RECORD_WORDS: dict[str, str] = {
    "report": STEP_WORDS["report"],
    "file": STEP_WORDS["file"],
    "self_solve": "自办自结",
    "assign": STEP_WORDS["assign"],
    "start": STEP_WORDS["investigate"],
    "escalate": "上报乡镇",
    "township_instructs": "乡镇批示",
    "township_solved": "乡镇处置",
    "return": "退回",
    "resubmit": "重新提交",
    "request_extension": "申请延期",
    "approve_extension": "批准延期",
    "feedback": STEP_WORDS["feedback"],
    "revisit": "回访",
    "close": STEP_WORDS["close"],
    "note": "追加说明",
    "approval": "审批环节",
    "public_notice": "公示",
}

# The verb on a step's button, where a person is better asked to do than told what was done;
# every other button says the record word.
BUTTON_VERBS: dict[str, str] = {
    "file": "建立案卷",
    "assign": "指派",
    "start": "开始办理",
    "township_instructs": "乡镇批示：继续办理",
    "township_solved": "乡镇已处置",
    "resubmit": "补充后重新提交",
}


def record_word(action: str) -> str:
    """A timeline entry's word; an action this table does not know says its own code."""
    return RECORD_WORDS.get(action, action)


def button_word(action: str) -> str:
    return BUTTON_VERBS.get(action) or RECORD_WORDS[action]


def step_word(action: str) -> str:
    """The step of the six a timeline entry is, else the entry's own word (archive metadata)."""
    step = STEP_OF_EVENT.get(action)
    return STEP_WORDS[step] if step else record_word(action)
