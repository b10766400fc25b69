"""The world the route matrix requests its URLs in: two organizing units, each with a class of the same
course; unit A's class has the owner trainee, who finished an attempt and holds an issued certificate,
and is taught by the trainer; unit B's class has the other trainee. Unit A also runs a contest whose closed
round the owner entered."""

import datetime
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupPagePermission, Site, Task, Workflow

from contests.ranking import close_round
from quizzes.attempts import finish_attempt, start_attempt
from tests.contests.factories_rank import make_entrant, make_entry, make_round
from tests.factories import (
    CertificateFactory,
    CertificateTemplateFactory,
    EnrollmentFactory,
    LessonPageFactory,
    OrganizerFactory,
    QuizFactory,
    ReferenceDocumentFactory,
    TraineeFactory,
    TrainerFactory,
    TrainingClassFactory,
    add_questions,
)
from training.progress import record_completion

ROLES = ("anonymous", "owner", "other_trainee", "trainer", "organizer", "other_organizer", "superuser")

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x03\x00\x08\xfc\x02\xfe\xa7\x9a\xa0\xa0\x00\x00\x00\x00IEND\xaeB`\x82"
)


def build_world():
    lesson = LessonPageFactory(title="Bài học của thế giới thử")
    course = lesson.get_parent().specific
    quiz = QuizFactory(course=course, attempts_allowed=3)
    questions = add_questions(course, 2)
    today = timezone.localdate()
    class_a = TrainingClassFactory(
        code="DVK-A-01", course=course, starts_on=today - datetime.timedelta(days=5)
    )
    class_b = TrainingClassFactory(code="DVK-B-01", course=course)
    owner, other_trainee = TraineeFactory(username="chu"), TraineeFactory(username="khac")
    trainer = TrainerFactory(username="giangvien")
    class_a.trainers.add(trainer)
    organizer, other_organizer = OrganizerFactory(username="btc-a"), OrganizerFactory(username="btc-b")
    class_a.organizing_unit.organizers.add(organizer)
    class_b.organizing_unit.organizers.add(other_organizer)
    superuser = get_user_model().objects.create_superuser("quantri", "quantri@example.vn", "x")

    enrollment = EnrollmentFactory(training_class=class_a, trainee=owner)
    other_enrollment = EnrollmentFactory(training_class=class_b, trainee=other_trainee)
    attempt = finish_attempt(start_attempt(enrollment, quiz))
    record_completion(enrollment)
    template = CertificateTemplateFactory(
        organizing_unit=class_a.organizing_unit,
        name="Mẫu A",
        issuing_body="BAN A",
        place="Kon Tum",
        signer_title="TRƯỞNG BAN",
        signer_name="Người Ký",
    )
    certificate = CertificateFactory(
        enrollment=enrollment,
        serial="DVK-A-000001",
        code="xac-minh-a",
        status="issued",
        issued_at=timezone.now(),
    )
    certificate.file.save("DVK-A-000001.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    image = get_image_model().objects.create(title="Ảnh", file=ContentFile(PNG, name="anh.png"))
    document = get_document_model().objects.create(
        title="Tài liệu", file=ContentFile(b"noi dung", name="tai-lieu.txt")
    )
    contest_round = make_round(organizing_unit=class_a.organizing_unit, course=course)
    entrant = make_entrant(contest_round, "Người dự thi của thế giới thử", user=owner)
    contest_entry = make_entry(entrant, contest_round, 100, prediction=1)
    close_round(contest_round)
    return SimpleNamespace(
        users={
            "owner": owner,
            "other_trainee": other_trainee,
            "trainer": trainer,
            "organizer": organizer,
            "other_organizer": other_organizer,
            "superuser": superuser,
        },
        lesson=lesson,
        course=course,
        quiz=quiz,
        question=questions[0],
        category=questions[0].category,
        class_a=class_a,
        class_b=class_b,
        unit_a=class_a.organizing_unit,
        enrollment=enrollment,
        other_enrollment=other_enrollment,
        attempt=attempt,
        certificate=certificate,
        template=template,
        image=image,
        document=document,
        reference_document=ReferenceDocumentFactory(),
        collection=Collection.get_first_root_node(),
        site=Site.objects.get(is_default_site=True),
        group=GroupPagePermission.objects.first().group,
        workflow=Workflow.objects.first(),
        task=Task.objects.first(),
        revision=lesson.save_revision(),
        contest_round=contest_round,
        contest_entry=contest_entry,
        contest=contest_round.contest,
        entrant=entrant,
    )
