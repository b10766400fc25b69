import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import PASSWORD, TraineeFactory

pytestmark = pytest.mark.django_db

LOGIN = reverse("login")


def sign_in(client, username, password=PASSWORD, ip="10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


@pytest.mark.parametrize(
    "identifier", ["nhung", " Nhung ", "nhung@example.vn", "NHUNG@example.vn", "0912 345 678", "+84912345678"]
)
def test_a_trainee_signs_in_with_username_email_or_phone(client, identifier):
    TraineeFactory(username="nhung", email="nhung@example.vn", phone="0912345678")

    response = sign_in(client, identifier)

    assert response.status_code == 302
    assert client.session.get("_auth_user_id")


def test_a_sign_in_looks_the_account_up_once(client):
    """django-axes and the sign-in both ask who an identifier names: one query answers both."""
    TraineeFactory(username="nhung", email="nhung@example.vn")

    with CaptureQueriesContext(connection) as queries:
        response = sign_in(client, "nhung")

    assert response.status_code == 302
    lookups = [query for query in queries if 'FROM "training_user" WHERE' in query["sql"]]
    assert len(lookups) == 1


def test_a_wrong_password_is_refused_in_vietnamese(client):
    TraineeFactory(username="nhung")

    response = sign_in(client, "nhung", "sai-mat-khau")

    assert response.status_code == 200
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in response.content.decode()


def test_repeated_failures_lock_out_and_say_when_to_retry(client, settings):
    TraineeFactory(username="nhung")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "nhung", "sai-mat-khau")

    response = sign_in(client, "nhung")  # even the right password waits now

    assert response.status_code == 429
    page = response.content.decode()
    assert "Tạm khóa đăng nhập" in page
    assert "thử lại sau 15 phút" in page


@pytest.mark.parametrize(
    "variant", ["nhung", "NHUNG", " nhung", "Nhung ", "nhung@example.vn", "NHUNG@EXAMPLE.VN", "0912 345 678"]
)
def test_failures_under_one_identifier_lock_every_other_identifier_of_the_account(client, settings, variant):
    TraineeFactory(username="nhung", email="nhung@example.vn", phone="0912345678")
    identifiers = ["nhung", "NHUNG", " nhung", "nhung@example.vn", "+84912345678"]
    statuses = [  # spread over the ways of naming the account; the last failure locks
        sign_in(client, identifiers[n % len(identifiers)], "sai-mat-khau").status_code
        for n in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]

    response = sign_in(client, variant)  # the right password, under any name, waits now

    assert response.status_code == 429
    assert "thử lại sau 15 phút" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_failures_for_an_unknown_name_count_whatever_its_case_or_spaces(client, settings):
    variants = ["khach", "KHACH", " khach", "Khach ", "kHaCh"]
    assert len(variants) == settings.AXES_FAILURE_LIMIT
    statuses = [sign_in(client, variant, "sai-mat-khau").status_code for variant in variants]
    assert statuses == [200] * (len(variants) - 1) + [429]

    TraineeFactory(username="khach")  # the account appears later under that very name

    assert sign_in(client, "khach").status_code == 429


def test_a_successful_sign_in_clears_the_failures_of_every_identifier(client, settings):
    TraineeFactory(username="nhung", email="nhung@example.vn")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "NHUNG@example.vn", "sai-mat-khau")
    assert sign_in(client, "nhung").status_code == 302
    client.logout()

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "Nhung", "sai-mat-khau")

    assert sign_in(client, "nhung@example.vn").status_code == 302


def test_a_lockout_holds_one_user_at_one_address_only(client, settings):
    """Hundreds of trainees share one office NAT: one person's mistakes must not lock out the others."""
    TraineeFactory(username="nhung")
    TraineeFactory(username="lan")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "nhung", "sai-mat-khau", ip="10.0.0.1")

    assert sign_in(client, "lan", ip="10.0.0.1").status_code == 302
    client.logout()
    assert sign_in(client, "nhung", ip="10.9.9.9").status_code == 302


def test_sign_out_is_a_post_and_ends_the_session(client):
    user = TraineeFactory()
    client.force_login(user)

    response = client.post(reverse("logout"))

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_vietnamese_link_by_email(client, mailoutbox):
    TraineeFactory(email="nhung@example.vn")

    client.post(reverse("password_reset"), {"email": "nhung@example.vn"})

    assert len(mailoutbox) == 1
    assert "Đặt lại mật khẩu" in mailoutbox[0].subject
    assert "/accounts/reset/" in mailoutbox[0].body
