"""A trainer who fixes a wrong key regrades past attempts on purpose: a preview of whose results change,
then one transaction, once, logged."""

from decimal import Decimal

import pytest
from wagtail.models import ModelLogEntry

from quizzes.attempts import finish_attempt, save_answer, start_attempt
from quizzes.models import Attempt, Option
from quizzes.regrading import plan, regrade
from tests.factories import (
    EnrollmentFactory,
    LessonPageFactory,
    OrganizerFactory,
    QuizFactory,
    TrainerFactory,
    TrainingClassFactory,
    add_questions,
)
from training.models import Certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    """A course with one lesson and a quiz of three questions whose key is A, pass mark 60 %."""
    quiz = QuizFactory(attempts_allowed=3)
    add_questions(quiz.course, 3)
    LessonPageFactory(parent=quiz.course)
    return quiz.course


def take(course, training_class, answers, name):
    """A trainee of ``training_class`` who read the lesson and answered ``answers`` ("ABA": option per
    question, in bank order), finished."""
    enrollment = EnrollmentFactory(training_class=training_class, trainee__full_name=name)
    enrollment.lesson_completions.create(lesson=course.get_children().specific().get())
    attempt = start_attempt(enrollment, course.quiz)
    for slot, letter in zip(
        attempt.slots.select_related("question").order_by("question_id"), answers, strict=True
    ):
        option = slot.shown_options["ABC".index(letter)]
        save_answer(attempt, slot, [option.pk], 1)
    finish_attempt(attempt)
    enrollment.refresh_from_db()
    return enrollment


def teacher(results):
    """A trainer who teaches the class of ``results``."""
    trainer = TrainerFactory()
    results["rises"].training_class.trainers.add(trainer)
    return trainer


def fix_the_key(question, letter="B"):
    """The trainer corrects the key of ``question``: ``letter`` is right, the others wrong."""
    for index, option in enumerate(question.options.order_by("sort_order")):
        Option.objects.filter(pk=option.pk).update(weight=100 if "ABC"[index] == letter else 0)


@pytest.fixture
def results(course, django_capture_on_commit_callbacks):
    """Four trainees of one class; the first question's key is then fixed from A to B."""
    training_class = TrainingClassFactory(course=course, code="DVK-RG")
    with django_capture_on_commit_callbacks(execute=True):
        trainees = {
            "rises": take(course, training_class, "BAA", "Trần Thị Lên"),  # 66.67 → 100, passed both times
            "passes": take(course, training_class, "BAB", "Lê Văn Đạt"),  # 33.33 → 66.67, now passes
            "fails": take(course, training_class, "AAB", "Phạm Văn Trượt"),  # 66.67 → 33.33, now fails
            "unchanged": take(course, training_class, "CAA", "Ngô Thị Giữ"),  # 66.67 either way
        }
    fix_the_key(course.questions.order_by("pk").first())
    return trainees


def test_the_preview_lists_whose_results_change_and_writes_nothing(client, course, results):
    question = course.questions.order_by("pk").first()
    client.force_login(teacher(results))
    scores = dict(Attempt.objects.values_list("pk", "score"))

    page = client.get(f"/admin/question-bank/questions/{question.pk}/regrade/").content.decode()

    assert "Trần Thị Lên" in page and "66,67% → <strong>100%</strong>" in page
    assert "Lê Văn Đạt" in page and "Chưa đạt → <strong>Đạt</strong>" in page
    assert "Phạm Văn Trượt" in page and "Đạt → <strong>Chưa đạt</strong>" in page
    assert "Ngô Thị Giữ" not in page
    assert "DVK-RG" in page
    assert dict(Attempt.objects.values_list("pk", "score")) == scores
    assert not ModelLogEntry.objects.filter(action="quizzes.regrade").exists()


def test_confirming_regrades_once_completes_the_new_pass_and_logs_it(
    client, course, results, django_capture_on_commit_callbacks
):
    question = course.questions.order_by("pk").first()
    trainer = teacher(results)
    client.force_login(trainer)
    url = f"/admin/question-bank/questions/{question.pk}/regrade/"
    fingerprint = plan(question).fingerprint

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(url, {"fingerprint": fingerprint})
    again = client.post(url, {"fingerprint": fingerprint}, follow=True)

    assert done.status_code == 200
    assert "Đã chấm lại: kết quả của 3 học viên thay đổi." in done.content.decode()
    scores = {key: Attempt.objects.get(enrollment=enrollment).score for key, enrollment in results.items()}
    assert scores == {
        "rises": Decimal("100.00"),
        "passes": Decimal("66.67"),
        "fails": Decimal("33.33"),
        "unchanged": Decimal("66.67"),
    }
    passes = results["passes"]
    passes.refresh_from_db()
    assert passes.completed_at is not None and Certificate.objects.filter(enrollment=passes).exists()
    fails = results["fails"]
    completed_at = fails.completed_at
    fails.refresh_from_db()
    assert fails.completed_at == completed_at and Certificate.objects.filter(enrollment=fails).exists()
    assert "Không có gì để chấm lại" in again.content.decode()
    entry = ModelLogEntry.objects.get(action="quizzes.regrade")
    assert (entry.user, entry.object_id, entry.data["results_changed"]) == (trainer, str(question.pk), 3)
    assert entry.message == "Đã chấm lại các lượt đã làm: kết quả của 3 học viên thay đổi"
    history = client.get(f"/admin/snippets/quizzes/question/history/{question.pk}/")
    assert history.status_code == 200
    assert "Đã chấm lại các lượt đã làm: kết quả của 3 học viên thay đổi" in history.content.decode()


def test_the_review_shows_the_corrected_key_and_the_new_score_after_a_regrade(client, course, results):
    question = course.questions.order_by("pk").first()
    trainer = TrainerFactory()
    client.force_login(trainer)
    client.post(
        f"/admin/question-bank/questions/{question.pk}/regrade/", {"fingerprint": plan(question).fingerprint}
    )
    rises = results["rises"]
    client.force_login(rises.trainee)

    page = client.get(f"/lan-lam-bai/{rises.attempts.get().pk}/ket-qua/").content.decode()

    assert '<p class="result__score">100%</p>' in page
    assert page.count("is-correct is-chosen") == 3


def test_trainees_of_classes_the_trainer_does_not_follow_are_counted_not_named(client, course, results):
    question = course.questions.order_by("pk").first()
    client.force_login(TrainerFactory())

    page = client.get(f"/admin/question-bank/questions/{question.pk}/regrade/").content.decode()

    assert "Trần Thị Lên" not in page and "DVK-RG" not in page
    assert "và 3 học viên ở các lớp bạn không theo dõi" in page


def test_a_regrade_with_nothing_to_change_says_so_and_writes_nothing(client, course, results):
    question = course.questions.order_by("pk")[1]  # its key was right
    client.force_login(TrainerFactory())
    url = f"/admin/question-bank/questions/{question.pk}/regrade/"

    preview = client.get(url).content.decode()
    confirmed = client.post(url, {"fingerprint": "anything"}, follow=True).content.decode()

    assert "Không có gì để chấm lại" in preview and "Chấm lại ngay" not in preview
    assert "Không có gì để chấm lại: mọi lượt làm bài đã dùng đáp án hiện tại. Không ghi gì." in confirmed
    assert not ModelLogEntry.objects.filter(action="quizzes.regrade").exists()


def test_a_key_changed_again_after_the_preview_is_not_applied_unseen(client, course, results):
    question = course.questions.order_by("pk").first()
    client.force_login(TrainerFactory())
    fingerprint = plan(question).fingerprint
    fix_the_key(question, "C")

    response = client.post(
        f"/admin/question-bank/questions/{question.pk}/regrade/", {"fingerprint": fingerprint}, follow=True
    )

    assert "đã thay đổi từ lúc xem trước" in response.content.decode()
    assert Attempt.objects.get(enrollment=results["rises"]).score == Decimal("66.67")


def test_an_attempt_in_progress_is_graded_with_the_corrected_key(course, results):
    question = course.questions.order_by("pk").first()
    enrollment = EnrollmentFactory(training_class=results["rises"].training_class)
    attempt = start_attempt(enrollment, course.quiz)
    slot = attempt.slots.get(question=question)
    # drawn after the fix: already the current key, nothing to regrade for it
    assert slot.version.weights() == {option.pk: option.weight for option in question.options.all()}
    fix_the_key(question, "A")
    save_answer(attempt, slot, [slot.shown_options[0].pk], 1)

    regraded = plan(question)
    regrade(question, TrainerFactory(), regraded.fingerprint)
    finish_attempt(attempt)

    assert regraded.open_attempts == 1
    assert attempt.slots.get(question=question).fraction == 1


def test_organizers_and_trainees_cannot_regrade(client, course, results):
    question = course.questions.order_by("pk").first()
    url = f"/admin/question-bank/questions/{question.pk}/regrade/"

    client.force_login(OrganizerFactory())
    refused = client.get(url)
    fingerprint = plan(question).fingerprint
    assert (refused.status_code, refused.url) == (302, "/admin/")  # the admin's "no permission"
    assert client.post(url, {"fingerprint": fingerprint}).url == "/admin/"
    client.force_login(results["rises"].trainee)
    assert client.post(url, {"fingerprint": fingerprint}).url.startswith("/accounts/login/")
    assert Attempt.objects.get(enrollment=results["rises"]).score == Decimal("66.67")
