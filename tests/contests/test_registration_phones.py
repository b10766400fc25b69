"""Phone numbers are read with libphonenumber: however a Vietnamese mobile is written, it is one phone."""

import pytest

from common.phones import international_phone, normalize_phone


@pytest.mark.parametrize(
    "written",
    [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "091-234-5678",
        "(091) 234 5678",
        "+84912345678",
        "+84 912 345 678",
        "84912345678",
        "0084912345678",
        " 0912345678 ",
    ],
)
def test_every_way_of_writing_a_mobile_number_is_one_phone_in_national_form(written):
    assert normalize_phone(written) == "0912345678"


@pytest.mark.parametrize(
    "written",
    [
        "",
        "912345678",
        "091 234 56",
        "12345",
        "0112345678",
        "+840912345678",
        "024 3826 1234",
        "+1 202 555 0100",
        "0912345678a",
        "09123456789",
    ],
)
def test_what_is_not_a_vietnamese_mobile_number_is_refused(written):
    assert normalize_phone(written) == ""


def test_gateways_get_the_number_in_international_form():
    assert international_phone("0912345678") == "+84912345678"
