"""The work kinds' flows in the domain alone (RULES.md): any sequence of steps on a case of any
kind keeps the flows' promises: an emergency's first step is the escalation, a 需协调 matter is
not assigned before it reaches the township, and neither closes without the township's word."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from gridDesk.domain.case_flows import ClosureType, closure_figures, closure_words
from gridDesk.domain.cases import (TRANSITIONS, CaseAction, CaseFacts, CaseState, TransitionRefused, WorkKind,
                                   check_action, flow_refusal, offered)

A, S, K = CaseAction, CaseState, WorkKind


class CaseFlows(RuleBasedStateMachine):
    @initialize(kind=st.sampled_from(list(WorkKind)))
    def report(self, kind):
        self.facts = CaseFacts(S.REPORTED, False, False, False, kind)
        self.taken: list[CaseAction] = []

    @rule(action=st.sampled_from(list(CaseAction)))
    def act(self, action):
        before = self.facts
        try:
            after = check_action(before, action, "原因")
        except TransitionRefused:
            return
        assert offered(before.state, before.kind, action)
        assert after == (TRANSITIONS[action][1] or before.state)
        self.taken.append(action)
        self.facts = replace(before, state=after,
                             has_feedback=before.has_feedback or action in (A.FEEDBACK, A.TOWNSHIP_SOLVED),
                             revisited=before.revisited or action is A.REVISIT,
                             extension_requested=(before.extension_requested or action is A.REQUEST_EXTENSION)
                             and action is not A.APPROVE_EXTENSION,
                             escalated=before.escalated or action is A.ESCALATE,
                             township_solved=before.township_solved or action is A.TOWNSHIP_SOLVED,
                             township_instructed=before.township_instructed or action is A.TOWNSHIP_INSTRUCTS)

    @invariant()
    def emergency_goes_to_the_township_first(self):
        if self.facts.kind is K.EMERGENCY:
            steps = [a for a in self.taken if a is not A.NOTE]
            assert not steps or steps[0] is A.ESCALATE

    @invariant()
    def coordination_is_not_assigned_before_the_township(self):
        if self.facts.kind is K.COORDINATION and A.ASSIGN in self.taken:
            assert A.ESCALATE in self.taken[:self.taken.index(A.ASSIGN)]

    @invariant()
    def closed_only_on_the_townships_word(self):
        if self.facts.state is S.CLOSED:
            if self.facts.kind is K.COORDINATION:
                assert A.TOWNSHIP_SOLVED in self.taken
            if self.facts.kind is K.EMERGENCY:
                assert {A.TOWNSHIP_SOLVED, A.TOWNSHIP_INSTRUCTS} & set(self.taken)
            if self.facts.kind is not K.ORDINARY:
                assert A.SELF_SOLVE not in self.taken


TestCaseFlows = CaseFlows.TestCase
TestCaseFlows.settings = settings(max_examples=300, stateful_step_count=30, deadline=None)


def test_the_escalation_from_the_report_is_offered_only_for_an_emergency():
    assert offered(S.REPORTED, K.EMERGENCY, A.ESCALATE)
    assert not any(offered(S.REPORTED, kind, A.ESCALATE) for kind in K if kind is not K.EMERGENCY)
    assert not any(offered(S.REPORTED, kind, A.SELF_SOLVE) for kind in K if kind is not K.ORDINARY)
    assert flow_refusal(CaseFacts(S.REPORTED, False, False, False, K.ORDINARY), A.FILE) == ""


def test_closure_words_and_figures():
    assert [closure_words(t.value) for t in ClosureType] == ["实质性办结", "实质性化解", "程序性终结", "问题中止", "稳控中"]
    assert closure_words("") == "未记录"
    figures = closure_figures(2026, [("solved", "满意", 2), ("", "", 1), ("under_watch", "不满意", 1)])
    assert figures.total == 4 and dict(figures.by_type)["solved"] == 2 and dict(figures.by_type)[""] == 1
    assert dict(figures.by_satisfaction) == {"满意": 2, "基本满意": 0, "不满意": 1, "": 1}
