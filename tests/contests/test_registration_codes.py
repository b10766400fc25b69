"""One-time codes: sent by SMS, kept only hashed, expiring, rate-limited, locking a phone after five wrong
codes, and claimed once."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from contests.models import PhoneCode
from contests.phone_codes import CodeRefused, check_code, claim_code, send_code

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("codes_in_turn")]

PHONE = "0912345678"
REGISTER = PhoneCode.Purpose.REGISTER


def sent_code(outbox):
    return re.search(r"\b(\d{6})\b", outbox[-1].text).group(1)


def later(seconds):
    """A code sent ``seconds`` ago, as if the clock had moved on."""
    PhoneCode.objects.update(created_at=timezone.now() - timedelta(seconds=seconds))


def test_the_code_goes_by_sms_and_only_its_hash_is_stored(sms_outbox):
    send_code(PHONE, REGISTER, "203.0.113.5")

    code = sent_code(sms_outbox)
    assert sms_outbox[0].phone == PHONE
    assert "Dan van kheo" in sms_outbox[0].text
    row = PhoneCode.objects.get()
    assert code not in row.code_hash
    assert (row.phone, row.purpose, row.address) == (PHONE, REGISTER, "203.0.113.5")
    assert row.expires_at - row.created_at == timedelta(minutes=5)


def test_the_right_code_is_accepted_once(sms_outbox):
    send_code(PHONE, REGISTER)
    phone_code = check_code(PHONE, REGISTER, sent_code(sms_outbox))

    claim_code(phone_code)
    with pytest.raises(CodeRefused, match="Không có mã nào đang chờ"):
        check_code(PHONE, REGISTER, sent_code(sms_outbox))


def test_two_submits_of_one_code_claim_it_once(sms_outbox):
    """Both pass the check before either claims: the claim is a conditional update, won once."""
    send_code(PHONE, REGISTER)
    first = check_code(PHONE, REGISTER, sent_code(sms_outbox))
    second = check_code(PHONE, REGISTER, sent_code(sms_outbox))

    claim_code(first)
    with pytest.raises(CodeRefused, match="đã được sử dụng"):
        claim_code(second)


def test_a_code_for_registration_does_not_sign_in(sms_outbox):
    send_code(PHONE, REGISTER)
    with pytest.raises(CodeRefused, match="Không có mã nào đang chờ"):
        check_code(PHONE, PhoneCode.Purpose.SIGN_IN, sent_code(sms_outbox))


def test_an_expired_code_is_refused_and_says_to_ask_for_a_new_one(sms_outbox):
    send_code(PHONE, REGISTER)
    PhoneCode.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    with pytest.raises(CodeRefused, match="đã hết hạn"):
        check_code(PHONE, REGISTER, sent_code(sms_outbox))


def test_only_the_latest_code_counts(sms_outbox):
    send_code(PHONE, REGISTER)
    old = sent_code(sms_outbox)
    later(120)
    send_code(PHONE, REGISTER)

    with pytest.raises(CodeRefused, match="không đúng"):
        check_code(PHONE, REGISTER, old)
    assert check_code(PHONE, REGISTER, sent_code(sms_outbox))


def test_five_wrong_codes_lock_the_phone_even_with_the_right_code_and_a_new_one(sms_outbox, settings):
    send_code(PHONE, REGISTER)
    right, wrong = sent_code(sms_outbox), "999999"
    messages = []
    for _try in range(5):
        with pytest.raises(CodeRefused) as refusal:
            check_code(PHONE, REGISTER, wrong)
        messages.append(str(refusal.value))

    assert messages[0] == "Mã xác nhận không đúng. Còn 4 lần thử trước khi số điện thoại bị khóa."
    assert messages[3] == "Mã xác nhận không đúng. Còn 1 lần thử trước khi số điện thoại bị khóa."
    assert messages[4].startswith("Đã nhập sai mã quá nhiều lần cho số điện thoại này. Số bị khóa đến")
    with pytest.raises(CodeRefused, match="bị khóa đến"):
        check_code(PHONE, REGISTER, right)
    later(3600)
    with pytest.raises(CodeRefused, match="bị khóa đến"):
        send_code(PHONE, REGISTER)
    assert len(sms_outbox) == 1


def test_the_lock_ends_after_its_period(sms_outbox, settings):
    send_code(PHONE, REGISTER)
    for _try in range(5):
        with pytest.raises(CodeRefused):
            check_code(PHONE, REGISTER, "999999")
    PhoneCode.objects.update(
        last_wrong_at=timezone.now() - timedelta(minutes=settings.PHONE_CODE_LOCK_MINUTES, seconds=1),
        created_at=timezone.now() - timedelta(hours=1),
    )

    send_code(PHONE, REGISTER)
    assert check_code(PHONE, REGISTER, sent_code(sms_outbox))


def test_a_phone_waits_a_minute_between_two_codes(sms_outbox):
    send_code(PHONE, REGISTER)
    with pytest.raises(CodeRefused, match=r"Hãy chờ \d+ giây trước khi yêu cầu mã khác"):
        send_code(PHONE, REGISTER)
    later(61)
    send_code(PHONE, REGISTER)
    assert len(sms_outbox) == 2


def test_a_phone_gets_at_most_five_codes_an_hour(sms_outbox, settings):
    settings.PHONE_CODE_RESEND_SECONDS = 0
    for _code in range(settings.PHONE_CODES_PER_PHONE_PER_HOUR):
        send_code(PHONE, REGISTER)
    with pytest.raises(CodeRefused, match="Đã gửi quá nhiều mã tới số điện thoại này trong một giờ qua"):
        send_code(PHONE, REGISTER)
    assert len(sms_outbox) == 5


def test_one_address_gets_at_most_so_many_codes_an_hour_whatever_the_phones(sms_outbox, settings):
    settings.PHONE_CODES_PER_ADDRESS_PER_HOUR = 3
    for last_digit in range(3):
        send_code(f"091234567{last_digit}", REGISTER, "198.51.100.7")
    with pytest.raises(CodeRefused, match="Mạng của bạn đã yêu cầu quá nhiều mã"):
        send_code("0912345679", REGISTER, "198.51.100.7")
    send_code("0912345679", REGISTER, "198.51.100.8")
    assert len(sms_outbox) == 4


def test_checking_a_code_takes_a_handful_of_queries(sms_outbox):
    send_code(PHONE, REGISTER)
    with CaptureQueriesContext(connection) as queries:
        check_code(PHONE, REGISTER, sent_code(sms_outbox))
    assert len(queries) <= 2
