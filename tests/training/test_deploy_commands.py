"""What a deployment runs to start serving without demo data: the course, a unit, its organizer, a class."""

import io

import pytest
from django.core.management import CommandError, call_command

from common import roles
from courses.models import CoursePage, LessonPage
from quizzes.models import Question, Quiz
from tests.factories import CoursePageFactory, OrganizingUnitFactory
from training.models import OrganizingUnit, TrainingClass

pytestmark = pytest.mark.django_db

UNIT = "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi"


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def create_unit(name=UNIT):
    return run(
        "create_unit", name, "--issuing-body", r"TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
        "--place", "Quảng Ngãi", "--signer-title", "TRƯỞNG BAN", "--signer-name", "Nguyễn Văn An",
    )  # fmt: skip


def test_load_course_installs_the_course_its_lessons_bank_and_quiz_where_demo_data_is_refused(settings):
    settings.DEMO_DATA_ALLOWED = False

    output = run("load_course")

    course = CoursePage.objects.get()
    assert f"course: {course.slug}" in output
    assert LessonPage.objects.child_of(course).live().count() == 5
    assert Question.objects.filter(course=course).count() > 50
    assert Quiz.objects.filter(course=course).exists()
    assert not OrganizingUnit.objects.exists()


def test_load_course_twice_changes_nothing_and_says_so():
    run("load_course")

    assert "nothing changed" in run("load_course")
    assert CoursePage.objects.count() == 1


def test_create_unit_gives_the_unit_its_certificate_template_once():
    first = create_unit()
    second = create_unit()

    unit = OrganizingUnit.objects.get()
    [template] = unit.certificate_templates.all()
    assert template.issuing_body == "TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN"
    assert template.place == "Quảng Ngãi"
    assert "created" in first
    assert "certificate template: already there" in second


def test_create_organizer_prints_a_one_time_password_that_signs_in_and_must_be_changed():
    create_unit()

    output = run(
        "create_organizer", "tochuc", "--unit", UNIT, "--full-name", "Phạm Thu Hà", "--email", "ha@example.vn"
    )

    password = output.split("one-time password: ")[1].strip()
    user = OrganizingUnit.objects.get().organizers.get()
    assert user.check_password(password)
    assert user.must_change_password
    assert user.groups.filter(name=roles.ORGANIZER).exists()
    assert user.username == "tochuc"


def test_create_organizer_for_an_existing_account_keeps_its_password(django_user_model):
    create_unit()
    user = django_user_model.objects.create_user("tochuc", password="mat-khau-rieng-2026")

    output = run("create_organizer", "TOCHUC", "--unit", UNIT, "--full-name", "X", "--email", "x@example.vn")

    assert "password unchanged" in output
    user.refresh_from_db()
    assert user.check_password("mat-khau-rieng-2026")
    assert list(OrganizingUnit.objects.get().organizers.all()) == [user]


def test_create_organizer_of_an_unknown_unit_is_refused_by_name():
    with pytest.raises(CommandError, match="No organizing unit is named 'Ban không có'"):
        run(
            "create_organizer",
            "tochuc",
            "--unit",
            "Ban không có",
            "--full-name",
            "X",
            "--email",
            "x@example.vn",
        )


def test_create_class_opens_a_class_of_the_course_for_the_unit():
    course = CoursePageFactory(slug="dan-van-kheo")
    unit = OrganizingUnitFactory(name=UNIT)

    run(
        "create_class", "DVK-2026-01", "--name", "Lớp tập huấn công tác dân vận 2026 – đợt 1", "--course",
        "dan-van-kheo", "--unit", UNIT, "--starts", "2026-12-01", "--ends", "2026-12-31", "--self-enrolment",
    )  # fmt: skip

    training_class = TrainingClass.objects.get()
    assert (training_class.course_id, training_class.organizing_unit) == (course.pk, unit)
    assert training_class.self_enrolment_open
    assert str(training_class.ends_on) == "2026-12-31"


@pytest.mark.parametrize(
    "change, message",
    [
        ({"--ends": "2026-11-01"}, "Ngày kết thúc không thể trước ngày bắt đầu"),
        ({"--starts": "1/12/2026"}, "'1/12/2026' is not a date written YYYY-MM-DD"),
        ({"--course": "khong-co"}, "No course has the slug 'khong-co'"),
        ({"code": "dvk 2026"}, "Dùng chữ in hoa, chữ số và dấu gạch ngang"),
    ],
)
def test_create_class_refuses_bad_input_with_a_message_and_writes_nothing(change, message):
    CoursePageFactory(slug="dan-van-kheo")
    OrganizingUnitFactory(name=UNIT)
    arguments = {"code": "DVK-2026-01", "--name": "Lớp", "--course": "dan-van-kheo", "--unit": UNIT}
    arguments |= {"--starts": "2026-12-01", "--ends": "2026-12-31"} | change
    argv = [arguments.pop("code")] + [item for pair in arguments.items() for item in pair]

    with pytest.raises(CommandError, match=message):
        run("create_class", *argv)
    assert not TrainingClass.objects.exists()
