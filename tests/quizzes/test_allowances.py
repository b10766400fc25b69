"""Extra time per trainee: granted by an organizer from the class's dashboard, honoured by the server's
deadline, extending an attempt in progress, logged, shown, and refused when it cannot be meant."""

import datetime
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from quizzes.models import Allowance, Attempt
from tests.factories import EnrollmentFactory, OrganizerFactory, QuizFactory, TraineeFactory, add_questions
from training.models import TrainingLogEntry

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 1, 8, 0, tzinfo=datetime.UTC)


@pytest.fixture
def enrollment():
    quiz = QuizFactory(time_limit_minutes=20, attempts_allowed=1)
    add_questions(quiz.course, 2)
    return EnrollmentFactory(
        training_class__course=quiz.course, training_class__code="DVK-Q", trainee__full_name="Lê Thị Chậm"
    )


@pytest.fixture
def classmate(enrollment):
    return EnrollmentFactory(training_class=enrollment.training_class, trainee__full_name="Trần Văn Bạn")


@pytest.fixture
def organizer(enrollment):
    user = OrganizerFactory()
    enrollment.training_class.organizing_unit.organizers.add(user)
    return user


def grant_url(enrollment):
    return f"/admin/training/classes/{enrollment.training_class.pk}/extra-time/"


def grant(client, enrollment, trainees, **figures):
    data = {"extra_minutes": 0, "time_multiplier": "1", "extra_attempts": 0, "reason": "Khiếm thị", **figures}
    return client.post(grant_url(enrollment), {"enrollments": [t.pk for t in trainees], **data})


def start(client, enrollment):
    client.force_login(enrollment.trainee)
    client.post("/lop/DVK-Q/kiem-tra/")
    return Attempt.objects.get(enrollment=enrollment)


def test_an_organizer_grants_two_trainees_extra_time_and_it_is_logged_and_shown(
    client, enrollment, classmate, organizer
):
    client.force_login(organizer)

    response = grant(client, enrollment, [enrollment, classmate], time_multiplier="1.5", extra_minutes=10)

    assert response.status_code == 302
    assert Allowance.objects.count() == 2
    entry = TrainingLogEntry.objects.get(action="quizzes.allowance")
    assert entry.user == organizer and entry.data["trainees"] == ["Lê Thị Chậm", "Trần Văn Bạn"]
    dashboard = client.get(
        f"/admin/training/classes/{enrollment.training_class.pk}/dashboard/"
    ).content.decode()
    assert "Lê Thị Chậm" in dashboard and "40 phút" in dashboard and "Khiếm thị" in dashboard
    assert (
        entry.message
        == "Thêm giờ cho Lê Thị Chậm, Trần Văn Bạn: × 1.5 + 10 phút, thêm 0 lượt làm bài (Khiếm thị)"
    )


def test_the_server_deadline_and_the_quiz_page_follow_the_trainee_s_allowance(client, enrollment, organizer):
    client.force_login(organizer)
    grant(client, enrollment, [enrollment], time_multiplier="1.5", extra_minutes=10)

    with time_machine.travel(NOW, tick=False):
        client.force_login(enrollment.trainee)
        page = client.get("/lop/DVK-Q/kiem-tra/").content.decode()
        attempt = start(client, enrollment)

    assert "Thời gian làm bài của bạn" in page and "40 phút" in page
    assert attempt.deadline == NOW + datetime.timedelta(minutes=40)


def test_a_trainee_without_an_allowance_keeps_the_quiz_s_time_limit(client, enrollment, classmate, organizer):
    client.force_login(organizer)
    grant(client, enrollment, [enrollment], extra_minutes=30)

    with time_machine.travel(NOW, tick=False):
        attempt = start(client, classmate)

    assert attempt.deadline == NOW + datetime.timedelta(minutes=20)


def test_extra_attempts_let_the_trainee_start_again(client, enrollment, organizer):
    attempt = start(client, enrollment)
    client.post(f"/lan-lam-bai/{attempt.pk}/", {"action": "submit"})
    refused = client.post("/lop/DVK-Q/kiem-tra/", follow=True).content.decode()
    assert "Bạn đã dùng hết số lượt làm bài." in refused

    client.force_login(organizer)
    grant(client, enrollment, [enrollment], extra_attempts=1)
    client.force_login(enrollment.trainee)
    response = client.post("/lop/DVK-Q/kiem-tra/")

    assert response.status_code == 302
    assert Attempt.objects.filter(enrollment=enrollment).count() == 2


def test_extra_time_given_during_an_attempt_extends_it_at_once(client, enrollment, organizer):
    with time_machine.travel(NOW, tick=False):
        attempt = start(client, enrollment)
    with time_machine.travel(NOW + datetime.timedelta(minutes=15), tick=False):
        client.force_login(organizer)
        grant(client, enrollment, [enrollment], extra_minutes=15)
        client.force_login(enrollment.trainee)
        deadline = client.get(f"/lan-lam-bai/{attempt.pk}/han-nop/").json()

    attempt.refresh_from_db()
    assert attempt.deadline == NOW + datetime.timedelta(minutes=35)
    assert deadline["deadline"] == attempt.deadline.isoformat() and deadline["open"] is True


@pytest.mark.parametrize(
    ("figures", "message"),
    [
        ({"extra_minutes": -5}, "Số phút thêm không được là số âm."),
        (
            {"extra_minutes": 1440},
            "Thời gian làm bài sẽ là 1460 phút, quá một ngày: hãy kiểm tra lại các số.",
        ),
        ({"time_multiplier": "0.5"}, "Hệ số nhân phải từ 1 đến 5."),
        ({"extra_attempts": -1}, "Số lượt làm thêm phải từ 0 đến 20."),
    ],
)
def test_negative_or_absurd_extra_time_is_refused_with_a_message(
    client, enrollment, organizer, figures, message
):
    client.force_login(organizer)

    response = grant(client, enrollment, [enrollment], **figures)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Allowance.objects.exists()


def test_extra_time_for_someone_not_enrolled_in_the_class_is_refused(client, enrollment, organizer):
    elsewhere = EnrollmentFactory(trainee=TraineeFactory())
    client.force_login(organizer)

    response = grant(client, enrollment, [elsewhere], extra_minutes=10)

    assert response.status_code == 200
    assert "Chỉ học viên ghi danh vào lớp này mới được cho thêm giờ." in response.content.decode()
    assert not Allowance.objects.exists()


def test_another_unit_s_organizer_gets_a_404(client, enrollment):
    client.force_login(OrganizerFactory())

    assert client.get(grant_url(enrollment)).status_code == 404
    assert grant(client, enrollment, [enrollment], extra_minutes=10).status_code == 404
    assert not Allowance.objects.exists()


def test_granting_nothing_removes_the_allowance(client, enrollment, organizer):
    client.force_login(organizer)
    grant(client, enrollment, [enrollment], extra_minutes=10)

    grant(client, enrollment, [enrollment], reason="Đã hết cần")

    assert not Allowance.objects.exists()
    assert TrainingLogEntry.objects.filter(action="quizzes.allowance").count() == 2


def test_someone_else_s_deadline_is_a_404(client, enrollment, classmate):
    attempt = start(client, enrollment)
    client.force_login(classmate.trainee)

    assert client.get(f"/lan-lam-bai/{attempt.pk}/han-nop/").status_code == 404


def test_an_allowance_beyond_the_quiz_s_close_stops_at_the_close(client, enrollment, organizer):
    quiz = enrollment.training_class.course.quiz
    quiz.closes_at = NOW + datetime.timedelta(minutes=30)
    quiz.save()
    client.force_login(organizer)
    grant(client, enrollment, [enrollment], time_multiplier=Decimal("2"))

    with time_machine.travel(NOW, tick=False):
        attempt = start(client, enrollment)

    assert attempt.deadline == quiz.closes_at
    assert timezone.is_aware(attempt.deadline)
