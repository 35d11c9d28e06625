"""Property-based tests (hypothesis): the ID and phone validators, the case state machine (the
rules alone, and the service on a real database), the Excel importer on random sheets, and the
package verifier against any single-byte change."""

from __future__ import annotations

import math
import shutil
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import (TRANSITIONS, CaseAction, CaseFacts, CaseState, Channel, TransitionRefused,
                                   WorkKind, check_action)
from gridDesk.domain.errors import GridDeskError, ValidationError
from gridDesk.domain.idcard import check_digit, parse_id_number
from gridDesk.domain.phones import normalise_mobile

# -- ID numbers -----------------------------------------------------------------------------------

dates = st.dates(min_value=date(1900, 1, 1), max_value=date.today() - timedelta(days=1))
# A region whose first two digits name a province (GB 11643 as LEDGERS.md reads it).
regions = st.builds(lambda p, rest: f"{p}{rest}",
                    st.sampled_from([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
                                     46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]),
                    st.from_regex(r"[0-9]{4}", fullmatch=True))
sequences = st.from_regex(r"[0-9]{3}", fullmatch=True)


@st.composite
def id_numbers(draw) -> str:
    first17 = draw(regions) + f"{draw(dates):%Y%m%d}" + draw(sequences)
    return first17 + check_digit(first17)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


@given(id_numbers(), st.booleans(), st.booleans(), st.sampled_from(["", " ", "\u3000"]))
def test_every_valid_id_is_accepted_however_it_was_typed(number, wide, lower, pad):
    typed = _full_width(number) if wide else number
    typed = typed.lower() if lower else typed
    parsed = parse_id_number(pad + typed + pad)
    assert parsed.value == number
    assert f"{parsed.birth_date:%Y%m%d}" == number[6:14]
    assert parsed.sex == ("男" if int(number[16]) % 2 else "女")


@given(id_numbers(), st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_character_changed_is_caught(number, at, char):
    assume(number[at] != char)
    changed = number[:at] + char + number[at + 1:]
    with pytest.raises(ValidationError):
        parse_id_number(changed)


@given(st.text(max_size=40))
def test_any_text_is_an_id_or_a_plain_refusal(text):
    try:
        parsed = parse_id_number(text)
    except ValidationError as exc:
        assert exc.message and exc.field == "id_number"
        return
    assert len(parsed.value) == 18 and check_digit(parsed.value[:17]) == parsed.value[17]
    assert parsed.value.isascii(), "only 0-9 and X are ever stored"


# -- phones ---------------------------------------------------------------------------------------

mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)


@given(mobiles, st.sampled_from(["", "+86", "0086", "+86 "]), st.sampled_from(["", " ", "-"]), st.booleans())
def test_every_mobile_survives_how_people_write_it(number, prefix, sep, wide):
    typed = prefix + number[:3] + sep + number[3:7] + sep + number[7:]
    assert normalise_mobile(_full_width(typed) if wide else typed) == number


@given(st.text(max_size=30))
def test_any_text_is_a_mobile_or_a_plain_refusal(text):
    try:
        result = normalise_mobile(text)
    except ValidationError as exc:
        assert exc.message
        return
    assert result == "" or (len(result) == 11 and result[0] == "1" and result.isdigit())
    if result:
        assert result in "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


# -- the case state machine, the rules alone --------------------------------------------------------

class CaseRules(RuleBasedStateMachine):
    """Any sequence of actions, allowed or not: the case is always in a state the rules know,
    refused actions change nothing, and it closes only with a result and a revisit."""

    def __init__(self) -> None:
        super().__init__()
        self.facts = CaseFacts(CaseState.REPORTED, False, False, False)
        self.closed_with = None

    @rule(action=st.sampled_from(list(CaseAction)), reason=st.sampled_from(["", "原因"]))
    def act(self, action, reason):
        before = self.facts
        try:
            after = check_action(before, action, reason)
        except TransitionRefused:
            assert self.facts == before
            return
        allowed, target = TRANSITIONS[action]
        assert before.state in allowed and after == (target or before.state)
        if after is CaseState.CLOSED and before.state is not CaseState.CLOSED:
            self.closed_with = (before.has_feedback, before.revisited, action)
        self.facts = CaseFacts(after,
                               before.has_feedback or action in (CaseAction.FEEDBACK, CaseAction.TOWNSHIP_SOLVED),
                               before.revisited or action is CaseAction.REVISIT,
                               (before.extension_requested or action is CaseAction.REQUEST_EXTENSION)
                               and action is not CaseAction.APPROVE_EXTENSION)

    @invariant()
    def known_state(self):
        assert self.facts.state in set(CaseState)

    @invariant()
    def closed_only_when_done(self):
        if self.closed_with is not None and self.closed_with[2] is CaseAction.CLOSE:
            assert self.closed_with[:2] == (True, True)

    @invariant()
    def closed_stays_closed(self):
        if self.closed_with is not None:
            assert self.facts.state is CaseState.CLOSED


TestCaseRules = CaseRules.TestCase
TestCaseRules.settings = settings(max_examples=200, stateful_step_count=30, deadline=None)


# -- the case state machine through the service, on a real database ---------------------------------

ACTION_ARGS = {CaseAction.ASSIGN: {"body": "网格员"}, CaseAction.FEEDBACK: {"result": "已处理"},
               CaseAction.REVISIT: {"satisfaction": "满意"}, CaseAction.RETURN: {"detail": "材料不全"},
               CaseAction.REQUEST_EXTENSION: {"detail": "需协调"}, CaseAction.NOTE: {"detail": "补充"},
               CaseAction.TOWNSHIP_INSTRUCTS: {"detail": "按规定处理"}, CaseAction.TOWNSHIP_SOLVED: {"detail": "已处置"},
               CaseAction.ESCALATE: {"channel": "phone", "taken_by": "镇综治中心"},
               CaseAction.CLOSE: {"closure": "solved"}, CaseAction.SELF_SOLVE: {"result": "当场解决", "closure": "solved"}}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(st.sampled_from(list(CaseAction)), min_size=1, max_size=12))
def test_random_actions_on_a_real_case_never_reach_an_invalid_state(demo, actions):
    from gridDesk.services.cases import CasesService

    cases = CasesService(demo)
    case_id = cases.report(CaseReport("随机", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                      datetime.now().replace(microsecond=0) - timedelta(hours=1))).ids[0]
    for action in actions:
        before = cases.get(case_id)
        try:
            cases.act(case_id, before.version, STEP_INPUTS[action](**ACTION_ARGS.get(action, {})))
        except GridDeskError:
            after = cases.get(case_id)
            assert (after.state, after.version, len(after.events)) == (before.state, before.version,
                                                                       len(before.events))
            continue
        after = cases.get(case_id)
        allowed, target = TRANSITIONS[action]
        assert before.state in allowed and after.state is (target or before.state)
    replay = CaseState.REPORTED
    for event in cases.get(case_id).events[1:]:
        allowed, target = TRANSITIONS[CaseAction(event.action)]
        assert replay in allowed
        replay = target or replay
    assert replay is cases.get(case_id).state


# -- the Excel importer on random sheets -------------------------------------------------------------

HEADERS = ["姓名", "身份证号", "联系电话", "户号", "与户主关系", "所属网格", "现居住地址", "备注", ""]
cells = st.one_of(st.none(), st.text(max_size=12), st.integers(-10 ** 12, 10 ** 18),
                  st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
                  id_numbers(), st.sampled_from(["户主", "子", "配偶", "140105100201001", "男"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.permutations(HEADERS), rows=st.lists(st.lists(cells, min_size=0, max_size=10), max_size=30),
       above=st.integers(0, 3))
def test_random_sheets_never_crash_the_importer_nor_lose_a_row(demo, tmp_path_factory, header, rows, above):
    import xlsxwriter

    from gridDesk.services.imports import ImportService

    path = tmp_path_factory.mktemp("sheets") / "random.xlsx"
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                           "strings_to_urls": False, "nan_inf_to_errors": True})
    sheet = book.add_worksheet()
    for line in range(above):
        sheet.write_string(line, 0, f"标题 {line}")
    sheet.write_row(above, 0, header)
    for r, row in enumerate(rows):
        sheet.write_row(above + 1 + r, 0, row)
    book.close()
    try:
        preview = ImportService(demo).preview("residents", path)
    except GridDeskError as exc:  # a sheet that is not a ledger: said, with a reason
        assert exc.message
        return
    # NaN and infinity go in as Excel error cells (#NUM!, #DIV/0!), which carry no value: calamine
    # reads them as empty, so a row of nothing else is an empty row, not a lost one.
    def has_value(v) -> bool:
        if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
            return False
        return v not in (None, "") and bool(str(v).strip())

    data_rows = sum(1 for row in rows if any(has_value(v) for v in row))
    accounted = len(preview.new) + len(preview.changed) + preview.unchanged + len(preview.rejected)
    assert accounted == data_rows, (accounted, data_rows, preview.summary())
    assert all(r.reason for r in preview.rejected)


# -- the package verifier --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def signed_bag(tmp_path_factory):
    from gridDesk.archive.package import build_batch
    from gridDesk.security.sm import SigningKey
    from tests.unit.test_archive_package import _batch

    key = SigningKey.generate()
    folder = build_batch(_batch(), tmp_path_factory.mktemp("bag"), key).folder
    files = sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())
    return folder, key, files


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_single_byte_change_to_a_package_is_detected(signed_bag, tmp_path_factory, data):
    from gridDesk.archive.verify import verify_bag

    folder, key, files = signed_bag
    copy = tmp_path_factory.mktemp("copy") / folder.name
    shutil.copytree(folder, copy)
    name = data.draw(st.sampled_from(files))
    target = copy / name
    content = bytearray(target.read_bytes())
    assume(content)
    at = data.draw(st.integers(0, len(content) - 1))
    content[at] ^= data.draw(st.integers(1, 255))
    target.write_bytes(bytes(content))
    assert not verify_bag(Path(copy), [key.public()]).passed, f"{name} byte {at} changed unnoticed"
