"""ID numbers as LEDGERS.md reads GB 11643: 0-9 only after NFKC, a province that exists, the
county looked up in python-stdnum's division history (a warning, never a refusal), and no text at
all that makes the parser crash."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from gridDesk.domain.errors import ValidationError
from gridDesk.domain.idcard import check_digit, parse_id_number

GOOD = "110105194912310003"  # 北京市朝阳区, born 1949-12-31, a woman


def _with_check(first17: str) -> str:
    return first17 + check_digit(first17)


def _refused(raw: str) -> str:
    with pytest.raises(ValidationError) as err:
        parse_id_number(raw)
    assert err.value.field == "id_number"
    return err.value.code


@pytest.mark.parametrize("zero,name", [("\u0660", "Arabic-Indic"), ("\u06f0", "Extended Arabic-Indic"),
                                       ("\u0966", "Devanagari"), ("\u0e50", "Thai"), ("\u19d0", "New Tai Lue"),
                                       ("\u1040", "Myanmar")])
def test_another_scripts_digit_is_refused_and_never_stored(zero, name):
    # The case: 11010519٤912310003 was accepted as it was and made a second record.
    four = chr(ord(zero) + 4)
    assert _refused(GOOD[:8] + four + GOOD[9:]) == "id_number.foreign_digits", name


def test_a_digit_that_int_cannot_read_is_a_refusal_not_a_crash():
    # U+19DA is a digit to str.isdigit() but not to int(): it crashed the import with a traceback.
    assert "\u19da".isdigit()
    assert _refused("\u19da" + GOOD[1:]) == "id_number.foreign_digits"


def test_full_width_digits_are_the_same_number():
    wide = "".join(chr(ord(c) + 0xFEE0) for c in GOOD)
    assert parse_id_number(wide).value == GOOD


def test_a_zero_width_joiner_is_refused():
    assert _refused(GOOD[:6] + "\u200d" + GOOD[6:]) == "id_number.invisible"


@pytest.mark.parametrize("region", ["000000", "990000", "200000", "300000", "720000", "910000"])
def test_a_province_that_does_not_exist_is_refused(region):
    assert _refused(_with_check(region + GOOD[6:17])) == "id_number.no_such_province"


@pytest.mark.parametrize("region", ["810000", "820000", "830000", "914000"])
def test_permits_and_the_2023_foreigners_card_are_accepted(region):
    assert parse_id_number(_with_check(region + GOOD[6:17])).value[:6] == region


def test_a_county_that_no_longer_exists_is_accepted_with_its_old_name():
    # 130502 was 桥东区 of 邢台 until 2019 (now 襄都区): people issued a number there keep it.
    number = _with_check("130502" + "19800101" + "123")
    parsed = parse_id_number(number)
    assert parsed.county == "襄都区"


def test_a_county_code_never_used_is_accepted_and_flagged():
    parsed = parse_id_number(_with_check("140199" + "19800101" + "123"))
    assert parsed.county is None
    assert parse_id_number(GOOD).county == "朝阳区"


def test_a_masked_number_says_it_is_masked():
    assert _refused("1401**********123X") == "id_number.masked"


@given(st.text(max_size=40))
def test_any_unicode_text_is_an_id_or_a_plain_refusal(text):
    try:
        parsed = parse_id_number(text)
    except ValidationError as exc:
        assert exc.field == "id_number" and exc.message
        return
    assert parsed.value.isascii() and len(parsed.value) == 18
    assert check_digit(parsed.value[:17]) == parsed.value[17]


@settings(max_examples=300)
@given(st.integers(0, 17), st.characters(categories=["Nd"]))
def test_any_decimal_digit_of_any_script_anywhere_is_refused_unless_ascii(at, digit):
    changed = GOOD[:at] + digit + GOOD[at + 1:]
    if unicodedata.normalize("NFKC", digit).isascii():
        return  # 0-9 themselves, and the styled forms NFKC folds into them (full-width, 𝟎)
    assert _refused(changed) in ("id_number.foreign_digits", "id_number.digits")


def test_agrees_with_stdnum_on_many_generated_numbers():
    """The issue checked 19,863 generated numbers against stdnum's cn.ric: every number stdnum
    accepts, GridDesk accepts with the same birth date, and a changed check digit is refused by both."""
    rng = random.Random(20261203)
    from stdnum import numdb
    codes = ["110105", "140105", "310101", "440305", "510104", "650102", "130502", "419001"]
    seen = 0
    for _ in range(5000):
        first17 = rng.choice(codes) + f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
            + f"{rng.randint(0, 999):03d}"
        number = _with_check(first17)
        if ric.is_valid(number):
            seen += 1
            parsed = parse_id_number(number)
            assert parsed.birth_date == ric.get_birth_date(number)
        wrong = first17 + ("0" if number[17] != "0" else "1")
        assert not ric.is_valid(wrong)
        with pytest.raises(ValidationError):
            parse_id_number(wrong)
    assert seen > 2000
    assert numdb.get("cn/loc")  # the division history ships with the dependency


@pytest.mark.parametrize("code,expected", [("140105100201", None), ("001234567890", "centre.division_province"),
                                           ("991234567890", "centre.division_province"),
                                           ("71" + "0" * 10, "centre.division_province"),
                                           ("1401051002\u0660\u0661", "centre.division_code")])
def test_the_centres_division_code_names_a_mainland_province_in_0_to_9(code, expected):
    from gridDesk.domain.centre import check_division_code

    if expected is None:
        assert check_division_code(code) == code
        return
    with pytest.raises(ValidationError) as err:
        check_division_code(code)
    assert err.value.code == expected
