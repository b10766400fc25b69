"""An entrant signs in with a code sent to their phone, and corrects their own details until their first entry."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from tests.contests.factories_registration import errors, last_code, make_contest, make_entrant, make_entry
from tests.factories import TraineeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("codes_in_turn")]
User = get_user_model()


@pytest.fixture
def contest():
    return make_contest()


def entrant_by_code(contest, phone="0912345678"):
    user = User.objects.create(username=phone, phone=phone, full_name="Trần Văn An")
    user.set_unusable_password()
    user.save()
    return make_entrant(contest, user, phone=phone)


def sign_in(client, phone, next_url=None):
    data = {"phone": phone} | ({"next": next_url} if next_url else {})
    return client.post(reverse("contests:sign_in"), data)


def test_an_entrant_signs_in_with_a_code_and_lands_on_the_contest(client, contest, sms_outbox):
    entrant = entrant_by_code(contest)

    response = sign_in(client, "+84 912 345 678")
    assert response.url == reverse("contests:sign_in_confirm")
    response = client.post(reverse("contests:sign_in_confirm"), {"code": last_code(sms_outbox)})

    assert response.url == reverse("contests:entrant_details", args=[contest.pk])
    assert client.get(response.url).context["user"] == entrant.user


@pytest.mark.parametrize(
    ("next_url", "lands_on"),
    [("/cuoc-thi/", "/cuoc-thi/"), ("https://evil.example/", None), ("//evil.example/", None)],
)
def test_sign_in_goes_back_only_to_a_page_of_this_site(client, contest, sms_outbox, next_url, lands_on):
    entrant_by_code(contest)

    sign_in(client, "0912345678", next_url)
    response = client.post(reverse("contests:sign_in_confirm"), {"code": last_code(sms_outbox)})

    assert response.url == (lands_on or reverse("contests:entrant_details", args=[contest.pk]))


def test_an_unknown_phone_cannot_sign_in(client, sms_outbox):
    response = sign_in(client, "0912345678")

    assert errors(response) == ["Không có người dự thi nào đăng ký bằng số điện thoại này."]
    assert sms_outbox == []


def test_an_account_with_a_password_is_never_signed_in_by_code(client, contest, sms_outbox):
    """A code must not open what the password sign-in, and its lockout, protect."""
    make_entrant(contest, TraineeFactory(phone="0912345678"))

    response = sign_in(client, "0912345678")

    assert errors(response) == ["Tài khoản này đăng nhập bằng mật khẩu, không bằng mã xác nhận."]
    assert sms_outbox == []


def test_a_wrong_sign_in_code_is_refused_and_five_lock_the_phone(client, contest, sms_outbox):
    entrant_by_code(contest)
    sign_in(client, "0912345678")

    for _try in range(5):
        response = client.post(reverse("contests:sign_in_confirm"), {"code": "999999"})
    response = client.post(reverse("contests:sign_in_confirm"), {"code": last_code(sms_outbox)})

    assert "bị khóa đến" in errors(response)[0]
    assert not response.context["user"].is_authenticated


def test_sign_in_codes_are_rate_limited(client, contest, sms_outbox):
    entrant_by_code(contest)
    sign_in(client, "0912345678")

    response = sign_in(client, "0912345678")

    assert response.status_code == 200
    assert "Vừa có mã gửi tới số điện thoại này" in response.content.decode()
    assert len(sms_outbox) == 1


def details_url(contest):
    return reverse("contests:entrant_details", args=[contest.pk])


def test_an_entrant_corrects_their_details_before_their_first_entry(client, contest):
    entrant = entrant_by_code(contest)
    client.force_login(entrant.user)
    unit = contest.units.get(name="Sở Công Thương")

    client.post(
        details_url(contest), {"full_name": "Trần Văn Ân", "birth_date": "1991-02-03", "unit": unit.pk}
    )

    entrant.refresh_from_db()
    assert (entrant.full_name, entrant.birth_date, entrant.unit) == (
        "Trần Văn Ân",
        datetime.date(1991, 2, 3),
        unit,
    )


def test_after_the_first_entry_the_details_are_locked_and_the_page_says_whom_to_ask(client, contest):
    entrant = entrant_by_code(contest)
    make_entry(entrant)
    client.force_login(entrant.user)

    page = client.get(details_url(contest)).content.decode()
    client.post(
        details_url(contest), {"full_name": "Tên Khác", "birth_date": "1991-02-03", "unit": entrant.unit.pk}
    )

    assert "liên hệ ban tổ chức" in page
    entrant.refresh_from_db()
    assert entrant.full_name == "Trần Văn An"


def test_the_details_page_refuses_bad_input(client, contest):
    entrant = entrant_by_code(contest)
    client.force_login(entrant.user)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()

    response = client.post(
        details_url(contest), {"full_name": "Trần Văn An", "birth_date": tomorrow, "unit": 999}
    )

    assert errors(response) == [
        "Ngày sinh không thể ở tương lai.",
        "Hãy chọn đơn vị của bạn trong danh sách của cuộc thi.",
    ]


def test_the_details_page_asks_anonymous_visitors_to_sign_in_by_phone(client, contest):
    response = client.get(details_url(contest))
    assert response.url.startswith(reverse("contests:sign_in") + "?next=")
