"""Registering for a contest with a phone proven by a code."""

import datetime
from functools import partial

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from contests.models import Entrant, PhoneCode
from tests.contests.factories_registration import errors, last_code, make_contest, make_entrant
from tests.factories import TraineeFactory
from tests.threads import at_once

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("codes_in_turn")]
User = get_user_model()


@pytest.fixture
def contest():
    return make_contest()


def form_data(contest, **changes):
    data = {
        "full_name": "Nguyễn Thị Hồng Nhung",
        "birth_date": "1990-05-17",
        "phone": "0912 345 678",
        "unit": contest.units.get(name="Sở Y tế").pk,
        "email": "nhung@example.vn",
        "consent": "on",
    }
    return {key: value for key, value in {**data, **changes}.items() if value is not None}


def register(client, contest, **changes):
    return client.post(reverse("contests:register", args=[contest.pk]), form_data(contest, **changes))


def confirm(client, contest, code):
    return client.post(reverse("contests:register_confirm", args=[contest.pk]), {"code": code})


def test_the_registration_page_states_the_purpose_of_processing_personal_data(client, contest):
    response = client.get(reverse("contests:register", args=[contest.pk]))

    page = response.content.decode()
    assert contest.consent_purpose in page
    assert "Nghị định 13/2023/NĐ-CP" in page
    assert "Tôi đồng ý" in page


def test_registering_sends_a_code_and_the_right_code_creates_the_account_and_the_entrant(
    client, contest, sms_outbox
):
    response = register(client, contest)

    assert response.status_code == 302
    assert (sms_outbox[0].phone, Entrant.objects.count(), User.objects.count()) == ("0912345678", 0, 0)

    response = confirm(client, contest, last_code(sms_outbox))

    entrant = Entrant.objects.get()
    assert (entrant.full_name, entrant.phone, entrant.unit.name) == (
        "Nguyễn Thị Hồng Nhung",
        "0912345678",
        "Sở Y tế",
    )
    assert (entrant.birth_date, entrant.email, entrant.address) == (
        datetime.date(1990, 5, 17),
        "nhung@example.vn",
        "127.0.0.1",
    )
    assert entrant.consented_at <= entrant.registered_at
    account = entrant.user
    assert (account.phone, account.full_name, account.has_usable_password()) == (
        "0912345678",
        "Nguyễn Thị Hồng Nhung",
        False,
    )
    assert response.status_code == 302
    assert client.get(response.url).context["user"] == account


@pytest.mark.parametrize("written", ["+84912345678", "84912345678", "0912.345.678"])
def test_a_phone_already_registered_however_written_gets_a_clear_message_and_a_way_to_sign_in(
    client, contest, written, sms_outbox
):
    make_entrant(contest, TraineeFactory(), phone="0912345678")

    response = register(client, contest, phone=written)

    assert errors(response) == ["Số điện thoại này đã đăng ký dự thi cuộc thi này."]
    assert reverse("contests:sign_in") in response.content.decode()
    assert sms_outbox == []


def test_a_wrong_code_is_refused_and_nothing_is_stored(client, contest, sms_outbox):
    register(client, contest)

    response = confirm(client, contest, "999999")

    assert errors(response) == ["Mã xác nhận không đúng. Còn 4 lần thử trước khi số điện thoại bị khóa."]
    assert not Entrant.objects.exists() and not User.objects.exists()


def test_an_expired_code_is_refused_and_a_new_one_can_be_sent(client, contest, sms_outbox):
    register(client, contest)
    PhoneCode.objects.update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1),
        created_at=timezone.now() - datetime.timedelta(minutes=6),
    )

    response = confirm(client, contest, last_code(sms_outbox))
    assert errors(response) == ["Mã xác nhận đã hết hạn. Hãy yêu cầu mã mới."]
    assert not Entrant.objects.exists()

    client.post(reverse("contests:register_confirm", args=[contest.pk]), {"resend": "1"})
    assert len(sms_outbox) == 2
    confirm(client, contest, last_code(sms_outbox))
    assert Entrant.objects.count() == 1


def test_five_wrong_codes_lock_the_phone_for_registration(client, contest, sms_outbox):
    register(client, contest)
    for _try in range(5):
        response = confirm(client, contest, "999999")

    assert errors(response)[0].startswith(
        "Đã nhập sai mã quá nhiều lần cho số điện thoại này. Số bị khóa đến"
    )
    response = confirm(client, contest, last_code(sms_outbox))
    assert "bị khóa đến" in errors(response)[0]
    assert not Entrant.objects.exists()


def test_a_date_of_birth_in_the_future_is_refused(client, contest, sms_outbox):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = register(client, contest, birth_date=tomorrow.isoformat())

    assert errors(response) == ["Ngày sinh không thể ở tương lai."]
    assert sms_outbox == [] and not PhoneCode.objects.exists()


@pytest.mark.parametrize("born", ["1900-01-01", "2024-01-01"])
def test_an_unlikely_age_is_refused(client, contest, born):
    response = register(client, contest, birth_date=born)
    assert errors(response) == ["Kiểm tra lại ngày sinh: người dự thi có tuổi từ 6 đến 110."]


def test_a_unit_of_another_contest_or_a_made_up_one_is_refused(client, contest, sms_outbox):
    other = make_contest(name="Cuộc thi khác", units=("Sở Tư pháp",))

    for unit in (other.units.get().pk, 999999, "Sở Y tế"):
        response = register(client, contest, unit=unit)
        assert errors(response) == ["Hãy chọn đơn vị của bạn trong danh sách của cuộc thi."]
    assert sms_outbox == []


@pytest.mark.parametrize("phone", ["912345678", "0112345678", "+1 202 555 0100", ""])
def test_a_phone_that_is_not_a_vietnamese_mobile_is_refused(client, contest, phone):
    response = register(client, contest, phone=phone)
    assert len(errors(response)) == 1 and not PhoneCode.objects.exists()


def test_registering_without_consent_is_refused(client, contest, sms_outbox):
    response = register(client, contest, consent=None)

    assert errors(response) == ["Để đăng ký, bạn phải đồng ý cho xử lý dữ liệu cá nhân của mình."]
    assert sms_outbox == []


def test_closed_registration_is_refused_clearly(client, contest, sms_outbox):
    contest.registration_open = False
    contest.save()

    response = register(client, contest)

    assert "Cuộc thi này đã hết hạn đăng ký." in response.content.decode()
    assert sms_outbox == [] and not PhoneCode.objects.exists()


def test_registration_closed_between_the_two_steps_stores_nothing(client, contest, sms_outbox):
    register(client, contest)
    contest.registration_open = False
    contest.save()

    confirm(client, contest, last_code(sms_outbox))

    assert not Entrant.objects.exists()


def test_a_unit_removed_between_the_two_steps_sends_back_to_the_form(client, contest, sms_outbox):
    register(client, contest)
    contest.units.get(name="Sở Y tế").delete()

    response = confirm(client, contest, last_code(sms_outbox))

    assert errors(response) == ["Hãy chọn đơn vị của bạn trong danh sách của cuộc thi."]
    assert not Entrant.objects.exists()


def test_the_code_step_without_the_first_step_sends_back_to_the_form(client, contest):
    response = confirm(client, contest, "100001")
    assert response.url == reverse("contests:register", args=[contest.pk])


def test_a_code_submitted_twice_registers_once(client, contest, sms_outbox):
    register(client, contest)
    code = last_code(sms_outbox)
    confirm(client, contest, code)

    client.logout()
    response = confirm(client, contest, code)

    assert Entrant.objects.count() == 1 and User.objects.count() == 1
    assert response.url == reverse("contests:register", args=[contest.pk])


@pytest.mark.worker  # committed data seen by two threads: it runs with the worker tests, in their process
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_submits_of_the_code_at_the_same_moment_register_once(sms_outbox):
    contest = make_contest()
    first, second = Client(), Client()
    register(first, contest)
    second.cookies = first.cookies  # one browser, the button pressed twice
    code = last_code(sms_outbox)

    at_once(partial(confirm, first, contest, code), partial(confirm, second, contest, code))

    assert Entrant.objects.count() == 1 and User.objects.count() == 1
    assert PhoneCode.objects.get().used_at is not None


def test_a_signed_in_trainee_registers_with_their_account_and_their_phone_is_verified(
    client, contest, sms_outbox
):
    trainee = TraineeFactory(full_name="Lê Văn Bình", email="binh@example.vn", phone="")
    client.force_login(trainee)

    page = client.get(reverse("contests:register", args=[contest.pk])).content.decode()
    assert 'value="Lê Văn Bình"' in page
    register(client, contest, full_name="Lê Văn Bình", phone="+84 987 654 321")
    confirm(client, contest, last_code(sms_outbox))

    entrant = Entrant.objects.get()
    trainee.refresh_from_db()
    assert (entrant.user, trainee.phone, User.objects.count()) == (trainee, "0987654321", 1)
    assert trainee.has_usable_password()


def test_a_signed_in_user_must_use_the_phone_of_their_account(client, contest):
    client.force_login(TraineeFactory(phone="0987654321"))

    response = register(client, contest)

    assert errors(response) == ["Hãy đăng ký bằng số điện thoại của tài khoản, 0987654321."]


def test_a_signed_in_user_cannot_take_the_phone_of_another_account(client, contest):
    TraineeFactory(phone="0912345678")
    client.force_login(TraineeFactory(phone=""))

    response = register(client, contest)

    assert errors(response) == ["Số điện thoại này thuộc về một tài khoản khác."]


def test_the_phone_of_an_account_with_a_password_needs_its_password_first(client, contest, sms_outbox):
    TraineeFactory(phone="0912345678")

    response = register(client, contest)

    assert errors(response) == [
        "Số điện thoại này thuộc về một tài khoản có mật khẩu: hãy đăng nhập bằng tài khoản đó trước rồi đăng ký."
    ]
    assert sms_outbox == []


def test_an_entrant_of_another_contest_registers_with_the_same_account(client, contest, sms_outbox):
    first = make_contest(name="Cuộc thi năm trước")
    register(client, first)
    confirm(client, first, last_code(sms_outbox))
    client.logout()
    later = timezone.now() - datetime.timedelta(minutes=2)
    PhoneCode.objects.update(created_at=later)

    register(client, contest)
    confirm(client, contest, last_code(sms_outbox))

    assert User.objects.count() == 1
    assert Entrant.objects.filter(user=User.objects.get()).count() == 2


def test_someone_already_registered_is_sent_to_the_contest(client, contest):
    entrant = make_entrant(contest, TraineeFactory())
    client.force_login(entrant.user)

    response = client.get(reverse("contests:register", args=[contest.pk]))

    assert response.url == reverse("contests:entrant_details", args=[contest.pk])
