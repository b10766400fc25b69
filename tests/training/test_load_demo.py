from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from common import roles
from courses.demo.documents import REFERENCE_DOCUMENTS
from courses.demo.lessons import LESSONS
from courses.models import CoursePage, LessonPage, ReferenceDocument
from quizzes.demo.questions import EARLIER_TEXTS, QUESTIONS
from quizzes.models import Question, Quiz
from training import demo
from training.certificates.content import template_of
from training.models import Certificate, CertificateTemplate, Enrollment, OrganizingUnit, TrainingClass
from training.progress import progress_of
from training.tasks import issue_certificate

pytestmark = pytest.mark.django_db


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_creates_one_account_per_role_with_the_demo_password():
    load_demo()

    User = get_user_model()
    assert User.objects.get(username="hocvien").groups.filter(name=roles.TRAINEE).exists()
    assert User.objects.get(username="giangvien").groups.filter(name=roles.TRAINER).exists()
    assert User.objects.get(username="bantochuc").groups.filter(name=roles.ORGANIZER).exists()
    assert User.objects.get(username="admin").is_superuser
    assert all(user.check_password(demo.PASSWORD) for user in User.objects.all())


def test_a_second_run_changes_nothing_and_says_so():
    load_demo()
    User = get_user_model()
    before = list(User.objects.values_list("pk", "password", "last_login").order_by("pk"))

    output = load_demo()

    assert "nothing changed" in output
    assert list(User.objects.values_list("pk", "password", "last_login").order_by("pk")) == before


def test_load_demo_is_refused_where_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False

    with pytest.raises(CommandError, match="refused"):
        load_demo()

    assert not get_user_model().objects.filter(username="hocvien").exists()


def test_load_demo_builds_the_course_from_the_five_seed_articles():
    load_demo()

    course = CoursePage.objects.get()
    lessons = list(course.lessons())
    assert len(lessons) == 5
    assert course.cover_image is not None
    assert ReferenceDocument.objects.count() == len(REFERENCE_DOCUMENTS) >= 40
    assert all(lesson.unrecognised_codes == [] for lesson in LessonPage.objects.all())
    assert all(lesson.cited_documents.exists() for lesson in lessons)


def test_a_second_run_leaves_pages_and_register_untouched():
    load_demo()
    before = (Page.objects.count(), Revision.objects.count(), ReferenceDocument.objects.count())

    load_demo()

    assert (Page.objects.count(), Revision.objects.count(), ReferenceDocument.objects.count()) == before


def test_load_demo_opens_the_demo_class_with_one_trainee_part_way_and_one_done():
    load_demo()

    training_class = TrainingClass.objects.get(code="DVK-DEMO")
    assert training_class.organizing_unit.organizers.filter(username="bantochuc").exists()
    assert training_class.trainers.filter(username="giangvien").exists()
    part_way = Enrollment.objects.get(training_class=training_class, trainee__username="hocvien")
    done = Enrollment.objects.get(training_class=training_class, trainee__username="hocvien2")
    progress = progress_of([part_way, done])
    assert 0 < progress[part_way.pk].done < progress[part_way.pk].total
    assert progress[done.pk].finished and done.completed_at is not None
    assert part_way.completed_at is None


def test_load_demo_gives_the_course_a_quiz_and_a_bank_covering_every_lesson():
    load_demo()

    course = CoursePage.objects.get()
    questions = Question.objects.filter(course=course)
    assert Quiz.objects.filter(course=course).exists()
    assert questions.count() >= 40
    for lesson in course.lessons():
        linked = questions.filter(lesson=lesson)
        assert linked.count() >= 8
        assert {question.passage for question in linked} <= {block.id for block in lesson.body}
    hocvien2 = Enrollment.objects.get(trainee__username="hocvien2")
    assert hocvien2.attempts.get().passed is True
    assert not Enrollment.objects.get(trainee__username="hocvien").attempts.exists()


def test_load_demo_queues_hocvien2_s_certificate_for_the_worker_once_it_commits(
    django_capture_on_commit_callbacks,
):
    with (
        mock.patch.object(issue_certificate, "delay") as queued,
        django_capture_on_commit_callbacks(execute=True),
    ):
        load_demo()

    certificate = Certificate.objects.get()
    assert certificate.enrollment.trainee.username == "hocvien2"
    assert certificate.status == Certificate.Status.PENDING
    queued.assert_called_once_with(certificate.pk)
    template = template_of(certificate.enrollment.training_class)
    assert (template.place, template.issuing_body) == (
        "Quảng Ngãi",
        "TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
    )


def test_the_demo_speaks_with_the_names_of_bodies_that_exist_in_2026():
    load_demo()

    training_class = TrainingClass.objects.select_related("organizing_unit").get(code=demo.CLASS_CODE)
    template = template_of(training_class)
    assert training_class.organizing_unit.name == "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi"
    assert (template.issuing_body, template.place, template.signer_title) == (
        "TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
        "Quảng Ngãi",
        "TRƯỞNG BAN",
    )
    assert set(training_class.enrollments.values_list("unit", flat=True)) == {
        "Sở Y tế tỉnh Quảng Ngãi",
        "Sở Công Thương tỉnh Quảng Ngãi",
    }


def as_an_earlier_demo_left_it():
    """Put back what the demo wrote before 2026's names and the content audit."""
    training_class = TrainingClass.objects.get(code=demo.CLASS_CODE)
    OrganizingUnit.objects.filter(pk=training_class.organizing_unit_id).update(name="Ban Dân vận Tỉnh ủy")
    CertificateTemplate.objects.update(
        name="Mẫu giấy chứng nhận của Ban Dân vận Tỉnh ủy",
        issuing_body="TỈNH ỦY KON TUM\nBAN DÂN VẬN",
        place="Kon Tum",
    )
    training_class.enrollments.filter(trainee__username="hocvien").update(unit="Sở Y tế")
    ReferenceDocument.objects.filter(code="24-NQ/TW").update(issuer="Trung ương")
    ReferenceDocument.objects.filter(code="43-KL/TW").update(issuer="Ban Bí thư Trung ương Đảng")
    lesson = LessonPage.objects.get(slug=LESSONS[1]["slug"])
    lesson.body = [block for block in lesson.body.raw_data if block["type"] != "paragraph"][:3]
    lesson.save_revision().publish()
    question = Question.objects.get(text=f"<p>{QUESTIONS[26]['text']}</p>")
    question.text = f"<p>{EARLIER_TEXTS[QUESTIONS[26]['text']]}</p>"
    question.save(update_fields=["text"])
    question.options.filter(sort_order=1).update(text="01 đồng chí thứ trưởng")
    return lesson


def test_the_next_run_brings_an_earlier_demo_s_database_up_to_date():
    load_demo()
    lesson = as_an_earlier_demo_left_it()
    documents = ReferenceDocument.objects.count()

    output = load_demo()

    assert "nothing changed" not in output
    training_class = TrainingClass.objects.select_related("organizing_unit").get(code=demo.CLASS_CODE)
    assert training_class.organizing_unit.name == demo.UNIT_NAME
    template = template_of(training_class)
    assert (template.name, template.issuing_body, template.place) == (
        demo.TEMPLATE["name"],
        demo.TEMPLATE["issuing_body"],
        demo.TEMPLATE["place"],
    )
    assert training_class.enrollments.get(trainee__username="hocvien").unit == "Sở Y tế tỉnh Quảng Ngãi"
    assert ReferenceDocument.objects.count() == documents
    assert ReferenceDocument.objects.get(code="24-NQ/TW").issuer == ""
    assert ReferenceDocument.objects.get(code="43-KL/TW").issuer == "Ban Bí thư"
    lesson.refresh_from_db()
    assert lesson.body[0].block_type == "paragraph" and "Ghi chú" in lesson.body[0].value.source
    assert lesson.unrecognised_codes == []
    question = Question.objects.get(text=f"<p>{QUESTIONS[26]['text']}</p>")
    assert "01 đồng chí thứ trưởng" not in question.options.values_list("text", flat=True)
    assert "nothing changed" in load_demo()


def test_a_demo_lesson_someone_has_edited_is_left_as_they_wrote_it():
    load_demo()
    lesson = LessonPage.objects.get(slug=LESSONS[0]["slug"])
    lesson.intro = "Phần giới thiệu do giảng viên viết lại."
    lesson.save_revision(user=get_user_model().objects.get(username="giangvien")).publish()

    assert "nothing changed" in load_demo()
    assert LessonPage.objects.get(pk=lesson.pk).intro == "Phần giới thiệu do giảng viên viết lại."
