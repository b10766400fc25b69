"""Nothing a trainee earned is deleted by an admin action: deleting what holds enrolments, lessons done or
quiz attempts is refused, in every delete view of the admin and at the database, with a message that
says what holds it and what to do instead. What holds nothing is deleted as before."""

from urllib.parse import urlencode

import pytest
from django.db.models import ProtectedError
from django.urls import reverse

from courses.models import CoursePage, LessonPage
from quizzes.attempts import finish_attempt, start_attempt
from quizzes.models import Attempt, Question, Quiz
from tests.factories import (
    CertificateFactory,
    EnrollmentFactory,
    LessonPageFactory,
    QuizFactory,
    TraineeFactory,
    TrainerFactory,
    TrainingClassFactory,
    UserFactory,
    add_questions,
)
from training.models import Certificate, Enrollment, LessonCompletion, OrganizingUnit, TrainingClass, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def records():
    """Two trainees of one class who marked the lesson done and took the quiz."""
    quiz = QuizFactory()
    questions = add_questions(quiz.course, 2)
    lesson = LessonPageFactory(parent=quiz.course, title="Bài 1: Dân vận khéo")
    training_class = TrainingClassFactory(course=quiz.course, code="DVK-GIU")
    enrollments = [
        EnrollmentFactory(training_class=training_class, trainee__full_name=name)
        for name in ("Nguyễn Văn An", "Trần Thị Bình")
    ]
    for enrollment in enrollments:
        enrollment.lesson_completions.create(lesson=lesson)
        finish_attempt(start_attempt(enrollment, quiz))
    return {
        "quiz": quiz,
        "questions": questions,
        "lesson": lesson,
        "class": training_class,
        "enrollments": enrollments,
    }


def counts():
    return (Enrollment.objects.count(), LessonCompletion.objects.count(), Attempt.objects.count())


def refusal_message(client, response):
    """The page a refused deletion sends the user back to, with its message."""
    assert response.status_code == 302
    return client.get(response.url).content.decode()


def bulk_url(app, model, ids, **params):
    query = urlencode([("id", pk) for pk in ids] + list(params.items()))
    return reverse("wagtail_bulk_action", args=(app, model, "delete")) + "?" + query


def test_deleting_a_quiz_with_attempts_is_refused_and_says_what_holds_it(client, records):
    quiz = records["quiz"]
    client.force_login(TrainerFactory())
    url = f"/admin/snippets/quizzes/quiz/delete/{quiz.pk}/"

    shown = client.get(url)
    posted = client.post(url)

    page = refusal_message(client, shown)
    assert "Không thể xóa" in page and "2 lượt làm bài của 2 học viên" in page
    assert "Hãy đóng bài kiểm tra thay vì xóa" in page
    assert posted.status_code == 302
    assert Quiz.objects.filter(pk=quiz.pk).exists() and counts() == (2, 2, 2)


def test_a_quiz_without_attempts_is_deleted(client):
    quiz = QuizFactory()
    client.force_login(TrainerFactory())

    client.post(f"/admin/snippets/quizzes/quiz/delete/{quiz.pk}/")

    assert not Quiz.objects.exists()


def test_questions_used_in_attempts_are_kept_one_by_one_and_in_bulk(client, records):
    used = records["questions"][0]
    unused = add_questions(records["quiz"].course, 1)[0]
    client.force_login(TrainerFactory())

    single = refusal_message(client, client.post(f"/admin/snippets/quizzes/question/delete/{used.pk}/"))
    page = refusal_message(client, client.post(bulk_url("quizzes", "question", [used.pk, unused.pk])))

    assert "2 lượt làm bài của 2 học viên" in single
    assert f"Không thể xóa “{used}”" in page and "Hãy sửa câu hỏi thay vì xóa" in page
    assert "Chưa xóa mục nào." in page
    assert Question.objects.count() == 3
    client.post(f"/admin/snippets/quizzes/question/delete/{unused.pk}/")
    assert not Question.objects.filter(pk=unused.pk).exists()


def test_a_class_with_enrollments_is_kept_and_an_empty_one_deleted(admin_client, records):
    empty = TrainingClassFactory(course=records["quiz"].course, code="DVK-RONG")

    refused = admin_client.post(f"/admin/snippets/training/trainingclass/delete/{records['class'].pk}/")
    admin_client.post(f"/admin/snippets/training/trainingclass/delete/{empty.pk}/")

    page = refusal_message(admin_client, refused)
    assert "2 lượt ghi danh" in page and "2 lượt hoàn thành bài học của 2 học viên" in page
    assert "Hãy giữ lớp" in page
    assert list(TrainingClass.objects.values_list("code", flat=True)) == ["DVK-GIU"]
    assert counts() == (2, 2, 2)


def test_an_enrollment_with_progress_is_kept_and_one_without_is_removed(admin_client, records):
    mistaken = EnrollmentFactory(training_class=records["class"])
    kept = records["enrollments"][0]

    refused = admin_client.post(bulk_url("training", "enrollment", [kept.pk, mistaken.pk]))
    admin_client.post(f"/admin/snippets/training/enrollment/delete/{mistaken.pk}/")

    page = refusal_message(admin_client, refused)
    assert "1 lượt hoàn thành bài học của 1 học viên, 1 lượt làm bài của 1 học viên" in page
    assert not Enrollment.objects.filter(pk=mistaken.pk).exists()
    assert counts() == (2, 2, 2)


def test_a_certificate_and_a_unit_with_classes_are_kept(admin_client, records):
    enrollment = records["enrollments"][0]
    certificate = CertificateFactory(enrollment=enrollment, serial="DVK-2026-000001", code="ma-xac-minh")
    unit = records["class"].organizing_unit

    certificate_page = refusal_message(
        admin_client, admin_client.post(f"/admin/snippets/training/certificate/delete/{certificate.pk}/")
    )
    unit_page = refusal_message(
        admin_client, admin_client.post(f"/admin/snippets/training/organizingunit/delete/{unit.pk}/")
    )

    assert (
        "Không thể xóa “DVK-2026-000001”" in certificate_page
        and "Hãy thu hồi giấy chứng nhận" in certificate_page
    )
    assert "1 lớp tập huấn, 2 lượt ghi danh" in unit_page and "Hãy giữ đơn vị" in unit_page
    assert (
        Certificate.objects.filter(pk=certificate.pk).exists()
        and OrganizingUnit.objects.filter(pk=unit.pk).exists()
    )


def test_a_trainee_with_records_is_kept_and_can_be_deactivated_instead(admin_client, records):
    trainee = records["enrollments"][0].trainee
    newcomer = TraineeFactory()

    shown = refusal_message(admin_client, admin_client.get(f"/admin/users/delete/{trainee.pk}/"))
    posted = refusal_message(admin_client, admin_client.post(f"/admin/users/delete/{trainee.pk}/"))
    bulk = bulk_url("training", "user", [trainee.pk, newcomer.pk])
    bulk_shown = refusal_message(admin_client, admin_client.get(bulk))
    bulk_posted = refusal_message(admin_client, admin_client.post(bulk))
    admin_client.post(f"/admin/users/delete/{newcomer.pk}/")

    assert "1 lượt ghi danh, 1 lượt hoàn thành bài học của 1 học viên, 1 lượt làm bài của 1 học viên" in shown
    assert "Hãy vô hiệu hóa tài khoản thay vì xóa" in shown
    assert all("Hãy vô hiệu hóa" in page for page in (posted, bulk_shown, bulk_posted))
    assert User.objects.filter(pk=trainee.pk).exists() and not User.objects.filter(pk=newcomer.pk).exists()
    assert counts() == (2, 2, 2)


def test_a_user_without_records_is_deleted_in_bulk(admin_client):
    users = UserFactory.create_batch(2)

    admin_client.post(bulk_url("training", "user", [user.pk for user in users]))

    assert not User.objects.filter(pk__in=[user.pk for user in users]).exists()


@pytest.mark.parametrize("which", ["lesson", "course", "catalogue"])
def test_pages_holding_records_are_kept_with_the_advice_to_unpublish(admin_client, records, which):
    lesson = records["lesson"]
    page = {"lesson": lesson, "course": lesson.get_parent(), "catalogue": lesson.get_parent().get_parent()}[
        which
    ]

    shown = refusal_message(admin_client, admin_client.get(f"/admin/pages/{page.pk}/delete/"))
    posted = refusal_message(admin_client, admin_client.post(f"/admin/pages/{page.pk}/delete/"))

    assert "Không thể xóa" in shown and "2 lượt hoàn thành bài học của 2 học viên" in shown
    assert "Hãy ngừng xuất bản thay vì xóa" in shown and "Hãy ngừng xuất bản thay vì xóa" in posted
    assert LessonPage.objects.filter(pk=lesson.pk).exists() and counts() == (2, 2, 2)


def test_pages_holding_records_are_kept_in_a_bulk_deletion_and_others_deleted(admin_client, records):
    lesson = records["lesson"]
    course = lesson.get_parent()
    draft = LessonPageFactory(parent=course, title="Bài nháp")

    bulk = bulk_url("wagtailcore", "page", [lesson.pk, draft.pk], childOf=course.pk)
    shown = refusal_message(admin_client, admin_client.get(bulk))
    posted = refusal_message(admin_client, admin_client.post(bulk))
    admin_client.post(bulk_url("wagtailcore", "page", [draft.pk], childOf=course.pk))

    assert "Không thể xóa “Bài 1: Dân vận khéo”" in shown and "Chưa xóa mục nào." in shown
    assert "Không thể xóa “Bài 1: Dân vận khéo”" in posted
    assert list(LessonPage.objects.values_list("title", flat=True)) == ["Bài 1: Dân vận khéo"]
    assert CoursePage.objects.filter(pk=course.pk).exists()


@pytest.mark.parametrize(
    "delete",
    [
        lambda records: records["quiz"].delete(),
        lambda records: records["questions"][0].delete(),
        lambda records: records["lesson"].delete(),
        lambda records: records["class"].delete(),
        lambda records: records["enrollments"][0].delete(),
        lambda records: records["enrollments"][0].trainee.delete(),
    ],
    ids=["quiz", "question", "lesson", "class", "enrolment", "user"],
)
def test_the_database_refuses_to_delete_what_holds_trainee_records(records, delete):
    with pytest.raises(ProtectedError):
        delete(records)

    assert counts() == (2, 2, 2)
