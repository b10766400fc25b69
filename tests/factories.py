import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.rich_text import RichText

from common import roles
from courses.demo.site import load_home_page
from courses.models import CourseIndexPage, CoursePage, LessonPage

PASSWORD = "mat-khau-thu-2026"


def _join(role):
    def join(user, create, extracted, **kwargs):
        if extracted or role:
            user.groups.add(Group.objects.get(name=extracted or role))

    return factory.PostGeneration(join)


class UserFactory(factory.django.DjangoModelFactory):
    """A user; ``UserFactory(role=roles.TRAINER)`` puts them in a role's group."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Thử {n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.vn")
    password = factory.django.Password(PASSWORD)
    role = _join(None)


class TraineeFactory(UserFactory):
    role = _join(roles.TRAINEE)


class TrainerFactory(UserFactory):
    role = _join(roles.TRAINER)


class OrganizerFactory(UserFactory):
    role = _join(roles.ORGANIZER)


class ReferenceDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "courses.ReferenceDocument"

    code = factory.Sequence(lambda n: f"{n + 1}-CT/TW")
    kind = "chi_thi"
    issuer = "Ban Bí thư"
    title = factory.Sequence(lambda n: f"về công tác dân vận số {n}")


def paragraphs(*texts):
    """A lesson body of paragraph blocks."""
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in texts]


def site_home():
    """The site's HomePage, made the root of the default site, as `load_demo` does."""
    return load_home_page()[0]


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = factory.Sequence(lambda n: f"Danh mục khóa học {n}")
    parent = factory.LazyFunction(site_home)


def catalogue():
    return CourseIndexPage.objects.first() or CourseIndexPageFactory()


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Khóa học dân vận {n}")
    summary = "Kỹ năng dân vận cho cán bộ, công chức."
    objectives = "Hiểu tư tưởng Hồ Chí Minh về dân vận\nVận dụng vào công việc"
    audience = "Cán bộ, công chức, viên chức"
    duration_minutes = 90
    parent = factory.LazyFunction(catalogue)


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Bài học {n}")
    intro = "Giới thiệu bài học."
    objectives = "Nắm được nội dung chính"
    body = factory.LazyFunction(lambda: paragraphs("Dân vận khéo thì việc gì cũng thành công."))
    parent = factory.SubFactory(CoursePageFactory)


class OrganizingUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "training.OrganizingUnit"

    name = factory.Sequence(lambda n: f"Ban Tuyên giáo và Dân vận Tỉnh ủy số {n}")


class TrainingClassFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "training.TrainingClass"

    name = factory.Sequence(lambda n: f"Lớp tập huấn công tác dân vận 2026 – đợt {n}")
    code = factory.Sequence(lambda n: f"DVK-2026-{n:02d}")
    course = factory.SubFactory(CoursePageFactory)
    organizing_unit = factory.SubFactory(OrganizingUnitFactory)
    starts_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=1))
    ends_on = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=30))
    self_enrolment_open = True


class EnrollmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "training.Enrollment"

    training_class = factory.SubFactory(TrainingClassFactory)
    trainee = factory.SubFactory(TraineeFactory)
    unit = "Sở Y tế"
    position = "Chuyên viên"


class QuizFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "quizzes.Quiz"

    course = factory.SubFactory(CoursePageFactory)
    pass_mark = 60
    time_limit_minutes = 20
    attempts_allowed = 2
    questions_drawn = 0
    shuffle_questions = False
    shuffle_options = False


def quiz_of(course):
    """The course's quiz (a course has at most one), made with QuizFactory's settings if it has none."""
    return QuizFactory._meta.model.objects.filter(course=course).first() or QuizFactory(course=course)


class AttemptFactory(factory.django.DjangoModelFactory):
    """A started attempt at the quiz of the enrollment's course, with no questions drawn."""

    class Meta:
        model = "quizzes.Attempt"

    enrollment = factory.SubFactory(EnrollmentFactory)
    quiz = factory.LazyAttribute(lambda attempt: quiz_of(attempt.enrollment.training_class.course))
    number = 1
    started_at = factory.LazyFunction(timezone.now)
    deadline = factory.LazyAttribute(lambda attempt: attempt.started_at + datetime.timedelta(minutes=20))


class CertificateTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "training.CertificateTemplate"

    organizing_unit = factory.SubFactory(OrganizingUnitFactory)
    name = factory.Sequence(lambda n: f"Mẫu giấy chứng nhận {n}")
    issuing_body = "TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN"
    place = "Quảng Ngãi"
    signer_title = "TRƯỞNG BAN"
    signer_name = "Lê Thị Mai"


class CertificateFactory(factory.django.DjangoModelFactory):
    """A certificate row (pending unless ``status`` says otherwise), without its PDF file."""

    class Meta:
        model = "training.Certificate"

    enrollment = factory.SubFactory(EnrollmentFactory)
    serial = factory.Sequence(lambda n: f"DVK-2026-{n:06d}")
    code = factory.Sequence(lambda n: f"ma-xac-minh-{n}")


def add_questions(course, count=3, category="Bài 1"):
    """``count`` single-choice questions whose correct option is "Đúng là A"."""
    from quizzes.bank import add_question

    return [
        add_question(
            course,
            kind="single",
            text=f"<p>Câu hỏi {n}?</p>",
            options=[("Đúng là A", 100, ""), ("Sai là B", 0, ""), ("Sai là C", 0, "")],
            explanation="<p>Vì bài học nói vậy.</p>",
            category=category,
        )
        for n in range(count)
    ]
