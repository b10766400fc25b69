"""Demo accounts, one per role. Created only by `load_demo`, which production settings refuse."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from common import roles
from quizzes.attempts import finish_attempt, save_answer, start_attempt
from quizzes.models import Quiz

from .models import CertificateTemplate, Enrollment, LessonCompletion, OrganizingUnit, TrainingClass
from .progress import complete_if_rule_met, lessons_by_course

PASSWORD = "dvk-demo-2026"

ACCOUNTS = [
    # username, full name, e-mail, role (None: superuser)
    ("hocvien", "Nguyễn Thị Hồng Nhung", "hocvien@example.com", roles.TRAINEE),
    ("hocvien2", "Trần Văn Đức", "hocvien2@example.com", roles.TRAINEE),
    ("giangvien", "Lê Minh Tuấn", "giangvien@example.com", roles.TRAINER),
    ("bantochuc", "Phạm Thu Hà", "bantochuc@example.com", roles.ORGANIZER),
    ("admin", "Quản trị hệ thống", "admin@example.com", None),
]


def load_accounts():
    """Create the missing demo accounts; an existing one is left exactly as it is. Returns those created."""
    User = get_user_model()
    created = []
    for username, full_name, email, role in ACCOUNTS:
        if User.objects.filter(username=username).exists():
            continue
        user = User(username=username, full_name=full_name, email=email, is_superuser=role is None)
        user.is_staff = user.is_superuser
        user.set_password(PASSWORD)
        user.save()
        if role:
            user.groups.add(Group.objects.get(name=role))
        created.append(user)
    return created


CLASS_CODE = "DVK-DEMO"
CLASS_NAME = "Lớp tập huấn công tác dân vận 2026 – đợt 1 (lớp mẫu)"
# A body that exists in 2026: since 2025 each provincial Ban Tuyên giáo and Ban Dân vận are one, and
# Kon Tum is part of Quảng Ngãi.
UNIT_NAME = "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi"
TEMPLATE = {
    "name": "Mẫu giấy chứng nhận của Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi",
    "issuing_body": "TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
    "place": "Quảng Ngãi",
    "signer_title": "TRƯỞNG BAN",
    "signer_name": "Lê Thị Mai",
}
# What earlier demos wrote before 2026's names: a database loaded then is renamed where it still says so.
EARLIER_UNIT_NAME = "Ban Dân vận Tỉnh ủy"
EARLIER_TEMPLATE = {
    "name": "Mẫu giấy chứng nhận của Ban Dân vận Tỉnh ủy",
    "issuing_body": "TỈNH ỦY KON TUM\nBAN DÂN VẬN",
    "place": "Kon Tum",
}
# username, unit (đơn vị), position, lessons done (None: all of them, and the quiz passed)
TRAINEES = [
    ("hocvien", "Sở Y tế tỉnh Quảng Ngãi", "Chuyên viên", 2),
    ("hocvien2", "Sở Công Thương tỉnh Quảng Ngãi", "Phó Chánh Văn phòng", None),
]
EARLIER_TRAINEE_UNITS = {
    "Sở Y tế": "Sở Y tế tỉnh Quảng Ngãi",
    "Sở Công Thương": "Sở Công Thương tỉnh Quảng Ngãi",
}


def load_class(course):
    """Class DVK-DEMO: organised by bantochuc's unit (with its certificate template), taught by
    giangvien, hocvien part-way through the lessons, hocvien2 done with all of them and the quiz, so
    that a certificate is queued for the worker once the demo data commits. Returns what was created
    or renamed."""
    existing = TrainingClass.objects.select_related("organizing_unit").filter(code=CLASS_CODE).first()
    if existing is not None:
        return rename_earlier_demo(existing)
    User = get_user_model()
    unit, _ = OrganizingUnit.objects.get_or_create(name=UNIT_NAME)
    unit.organizers.add(User.objects.get(username="bantochuc"))
    template = CertificateTemplate.objects.create(organizing_unit=unit, **TEMPLATE)
    today = datetime.date.today()
    training_class = TrainingClass.objects.create(
        name=CLASS_NAME,
        code=CLASS_CODE,
        course=course,
        organizing_unit=unit,
        starts_on=today - datetime.timedelta(days=14),
        ends_on=today + datetime.timedelta(days=60),
        self_enrolment_open=True,
        certificate_template=template,
    )
    training_class.trainers.add(User.objects.get(username="giangvien"))
    lessons = lessons_by_course([course.pk])[course.pk]
    for username, unit_name, position, lessons_done in TRAINEES:
        enrollment = Enrollment.objects.create(
            training_class=training_class,
            trainee=User.objects.get(username=username),
            unit=unit_name,
            position=position,
            source=Enrollment.Source.ADMIN,
        )
        LessonCompletion.objects.bulk_create(
            LessonCompletion(enrollment=enrollment, lesson=lesson) for lesson in lessons[:lessons_done]
        )
        if lessons_done is None:
            pass_the_quiz(enrollment)
        complete_if_rule_met(enrollment)
    return [f"class {CLASS_CODE}"]


def rename_earlier_demo(training_class):
    """Give the names of 2026 to what an earlier demo named otherwise: the class's unit, its
    certificate template and the demo trainees' units, wherever they still hold the earlier demo's
    value (whatever someone changed since is left). Returns what was renamed."""
    renamed = []
    unit = training_class.organizing_unit
    if unit.name == EARLIER_UNIT_NAME and not OrganizingUnit.objects.filter(name=UNIT_NAME).exists():
        unit.name = UNIT_NAME
        unit.save(update_fields=["name"])
        renamed.append(f"unit “{UNIT_NAME}”")
    templates = CertificateTemplate.objects.filter(organizing_unit=unit)
    for template in templates.filter(issuing_body=EARLIER_TEMPLATE["issuing_body"]):
        fields = [field for field, earlier in EARLIER_TEMPLATE.items() if getattr(template, field) == earlier]
        for field in fields:
            setattr(template, field, TEMPLATE[field])
        template.save(update_fields=fields)
        renamed.append(f"certificate template “{template.name}”")
    for earlier, today in EARLIER_TRAINEE_UNITS.items():
        if training_class.enrollments.filter(unit=earlier).update(unit=today):
            renamed.append(f"trainees' unit “{today}”")
    return renamed


def pass_the_quiz(enrollment):
    """A finished attempt of the course quiz with every answer right, as hocvien2 would have done."""
    quiz = Quiz.objects.filter(course_id=enrollment.training_class.course_id).first()
    if quiz is None:
        return
    attempt = start_attempt(enrollment, quiz)
    for slot in attempt.slots.select_related("question").prefetch_related("question__options"):
        right = [option.pk for option in slot.question.options.all() if option.weight > 0]
        save_answer(attempt, slot, right, 1)
    finish_attempt(attempt)
