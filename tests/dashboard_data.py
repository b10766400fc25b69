"""A class built by hand for the dashboard's tests, with every figure worked out on paper.

Course: 2 lessons; quiz: pass mark 60 %, highest attempt counts. Class from 2 to 31 March 2026.

| trainee             | unit          | lessons | attempts (finished)    | result | status      | certificate |
|---------------------|---------------|---------|------------------------|--------|-------------|-------------|
| Nguyễn Thị An       | Sở Y tế       | 0       | –                      | –      | not started | –           |
| Trần Văn Bình       | Sở Y tế       | 1       | –                      | –      | in progress | –           |
| Lê Thị Cúc          | Sở Y tế       | 2       | 1 open, none finished  | –      | in progress | –           |
| Phạm Văn Dũng       | Sở Tư pháp    | 2       | 40                     | 40     | in progress | –           |
| Hoàng Thị Đào       | Sở Tư pháp    | 2       | 50, 90                 | 90     | completed 3/3 | issued    |
| Võ Minh Giang       | Sở Tư pháp    | 2       | 100                    | 100    | completed 3/3 | revoked   |
| Đặng Thu Hà         | (none)        | 2       | 60                     | 60     | completed 5/3 | pending   |

Figures: enrolled 7; not started 1 (14.3 %), in progress 3 (42.9 %), completed 3, completion rate 42.9 %;
certified 1; with a result 4, passed 3, pass rate 75.0 %; average (40 + 90 + 100 + 60) / 4 = 72.5;
median (60 + 90) / 2 = 75.0; histogram 40–50: 1, 60–70: 1, 90–100: 2.
Units by completion rate: (none) 1/1 100.0 %, average 60.0; Sở Tư pháp 2/3 66.7 %, average 76.7
(pass rate 66.7 %); Sở Y tế 0/3 0.0 %, no result.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from tests.factories import (
    AttemptFactory,
    CertificateFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
    QuizFactory,
    TraineeFactory,
    TrainingClassFactory,
)
from training.models import Certificate, LessonCompletion

STARTS_ON = datetime.date(2026, 3, 2)
ENDS_ON = datetime.date(2026, 3, 31)


def moment(day, hour=9):
    return timezone.make_aware(datetime.datetime(2026, 3, day, hour))


@dataclass
class HandBuiltClass:
    training_class: object
    quiz: object
    lessons: list
    enrollments: dict  # full name → enrolment


ROWS = [
    # name, unit, lessons done, finished scores, open attempt, completed on (day of March), certificate
    ("Nguyễn Thị An", "Sở Y tế", 0, [], False, None, None),
    ("Trần Văn Bình", "Sở Y tế", 1, [], False, None, None),
    ("Lê Thị Cúc", "Sở Y tế", 2, [], True, None, None),
    ("Phạm Văn Dũng", "Sở Tư pháp", 2, [40], False, None, None),
    ("Hoàng Thị Đào", "Sở Tư pháp", 2, [50, 90], False, 3, Certificate.Status.ISSUED),
    ("Võ Minh Giang", "Sở Tư pháp", 2, [100], False, 3, Certificate.Status.REVOKED),
    ("Đặng Thu Hà", "", 2, [60], False, 5, Certificate.Status.PENDING),
]


def build_class(**class_fields):
    course = CoursePageFactory(title="Kỹ năng dân vận khéo")
    lessons = [LessonPageFactory(parent=course, title=f"Bài {n}") for n in (1, 2)]
    quiz = QuizFactory(course=course, pass_mark=60, grading="highest", attempts_allowed=3)
    training_class = TrainingClassFactory(
        course=course,
        code="DVK-2026-TK",
        name="Lớp tập huấn thống kê",
        starts_on=STARTS_ON,
        ends_on=ENDS_ON,
        **class_fields,
    )
    enrollments = {}
    for number, (name, unit, lessons_done, scores, open_attempt, completed_on, certificate) in enumerate(
        ROWS
    ):
        enrollment = EnrollmentFactory(
            training_class=training_class,
            trainee=TraineeFactory(full_name=name, phone=f"09120000{number:02d}"),
            unit=unit,
            enrolled_at=moment(2, 8),
            completed_at=moment(completed_on) if completed_on else None,
        )
        for lesson in lessons[:lessons_done]:
            LessonCompletion.objects.create(enrollment=enrollment, lesson=lesson, completed_at=moment(2))
        for attempt_number, score in enumerate(scores, start=1):
            AttemptFactory(
                enrollment=enrollment,
                quiz=quiz,
                number=attempt_number,
                started_at=moment(2, 10),
                deadline=moment(2, 11),
                finished_at=moment(2, 10),
                score=Decimal(score),
                passed=score >= quiz.pass_mark,
            )
        if open_attempt:
            AttemptFactory(
                enrollment=enrollment, quiz=quiz, number=1, started_at=moment(2, 10), deadline=moment(2, 11)
            )
        if certificate:
            CertificateFactory(
                enrollment=enrollment,
                serial=f"DVK-2026-{number:06d}",
                code=f"ma-xac-minh-{number}",
                status=certificate,
                issued_at=moment(completed_on, 10) if certificate != Certificate.Status.PENDING else None,
            )
        enrollments[name] = enrollment
    return HandBuiltClass(training_class, quiz, lessons, enrollments)
