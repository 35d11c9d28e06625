from datetime import date

import pytest

from gridDesk.domain.accounts import Permission, Role, can, check_password_rule
from gridDesk.domain.centre import check_division_code
from gridDesk.domain.errors import PasswordRejected, ValidationError
from gridDesk.domain.idcard import check_digit, mask_id_number, mask_phone, parse_id_number
from gridDesk.security import recovery_key


def test_id_number_check_digit_birth_and_sex():
    first17 = "11010519491231002"
    assert check_digit(first17) == "X"
    parsed = parse_id_number("11010519491231002x")
    assert parsed.value == "11010519491231002X"
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.sex == "女"


@pytest.mark.parametrize("raw, words", [
    ("110105194912310021", "校验位"),
    ("110105194902300025", "出生日期"),
    ("110105491231002", "15 位"),
    ("11010519491231002", "18 位"),
    ("11010519491231002X1", "18 位"),
    ("1101051949\u200b1231002X", "看不见"),
])
def test_bad_id_numbers_say_why(raw, words):
    with pytest.raises(ValidationError) as err:
        parse_id_number(raw)
    assert words in err.value.message


def test_full_width_id_number_is_accepted():
    assert parse_id_number("１１０１０５１９４９１２３１００２Ｘ").value == "11010519491231002X"


def test_masks():
    assert mask_id_number("14010519800101123X") == "1401**********123X"
    assert mask_phone("13800138000") == "138****8000"


@pytest.mark.parametrize("pw", ["short1A", "alllowercase1", "ALLUPPER1", "NoDigitsHere"])
def test_weak_passwords_are_refused(pw):
    with pytest.raises(PasswordRejected):
        check_password_rule(pw)


@pytest.mark.parametrize("pw", ["Grid@2026", "it's;DROP1", "网格员密码2026a", "🙂🙂Secret12", "Aa1" + "x" * 197])
def test_unusual_but_good_passwords_pass(pw):
    check_password_rule(pw)


def test_roles():
    assert can(Role.DIRECTOR, Permission.MANAGE_ACCOUNTS)
    assert not can(Role.GRID_MEMBER, Permission.EXPORT)
    assert not can(Role.GRID_MEMBER, Permission.UNMASK)
    assert can(Role.AUDITOR, Permission.READ_AUDIT)
    assert not can(Role.AUDITOR, Permission.VIEW_ROSTER)
    assert not can(Role.STAFF, Permission.READ_AUDIT)


def test_division_code():
    assert check_division_code("１４０１０５１００２０１") == "140105100201"
    with pytest.raises(ValidationError):
        check_division_code("14010510020")


def test_recovery_key_round_trip_and_names_the_bad_group():
    key = bytes(range(32))
    text = recovery_key.encode(key)
    assert recovery_key.decode(text.lower().replace("-", " ")) == key
    groups = text.split("-")
    groups[3] = groups[3][0] + ("A" if groups[3][1] != "A" else "B") + groups[3][2:]
    with pytest.raises(recovery_key.RecoveryKeyError) as err:
        recovery_key.decode("-".join(groups))
    assert err.value.group == 4
