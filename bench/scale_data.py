"""Realistic data in bulk, to see and measure the dashboard at scale: classes of the demo course whose
trainees (Vietnamese names, units, positions) are at every stage: not started, part-way, failed the
quiz, completed with a certificate (issued, pending, failed or revoked).

Rows are written with bulk_create in batches, without the one-by-one paths (signals, certificate
tasks): 50,000 trainees take a minute or two. Attempts carry their scores but no questions, so their
review pages are empty; certificates are rows without PDF files (``issue_certificates`` makes them).
Development only: `generate_scale_data` (a command that only calls ``generate``) refuses to run where
`load_demo` is refused; ``bench/dashboard.py`` and the dashboard's tests build their classes with it.
"""

import datetime
import random
import secrets
from dataclasses import dataclass

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import get_random_string

from common import roles
from quizzes.models import Attempt, Quiz
from training import demo
from training.models import (
    Certificate,
    Enrollment,
    LessonCompletion,
    OrganizingUnit,
    SerialCounter,
    TrainingClass,
    User,
)
from training.progress import lessons_by_course

BATCH = 2000
QUESTIONS = 15  # scores are multiples of 100/15, as the demo quiz draws 15 questions

# Family names with roughly their share among Vietnamese people.
FAMILY_NAMES = [
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 2), ("Phan", 4),
    ("Vũ", 3), ("Võ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 1.5), ("Hồ", 1.3), ("Ngô", 1.3),
    ("Dương", 1), ("Lý", 0.5), ("Đinh", 1), ("Trịnh", 0.8), ("Mai", 0.6), ("Tạ", 0.4),
]  # fmt: skip
MIDDLE_NAMES = {
    "m": ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thành", "Xuân", "Đình", "Ngọc"],
    "f": ["Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Thùy", "Mai", "Phương", "Bích"],
}
GIVEN_NAMES = {
    "m": ["Anh", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy", "Khoa", "Long", "Minh", "Nam",
          "Phong", "Quang", "Sơn", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Hiếu", "Lâm", "Tùng"],
    "f": ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan",
          "Mai", "Nga", "Ngọc", "Nhung", "Phương", "Thảo", "Trang", "Yến", "Vân", "Huyền", "Oanh"],
}  # fmt: skip
# Units (đơn vị) with how keen their staff are: the per-unit breakdown should not be flat.
UNITS = [
    ("Sở Y tế", 1.1), ("Sở Giáo dục và Đào tạo", 1.05), ("Sở Nội vụ", 1.2), ("Sở Tư pháp", 1.0),
    ("Sở Tài chính", 0.9), ("Sở Công Thương", 0.95), ("Sở Nông nghiệp và Môi trường", 0.8),
    ("Sở Xây dựng", 0.75), ("Sở Văn hóa, Thể thao và Du lịch", 1.0), ("Văn phòng UBND tỉnh", 1.15),
    ("Thanh tra tỉnh", 0.9), ("Ủy ban MTTQ Việt Nam tỉnh", 1.2), ("Tỉnh đoàn", 1.1),
    ("Hội Liên hiệp Phụ nữ tỉnh", 1.15), ("Liên đoàn Lao động tỉnh", 0.85), ("Công an tỉnh", 0.7),
]  # fmt: skip
POSITIONS = ["Chuyên viên"] * 6 + [
    "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Cán sự", "Phó Chánh Văn phòng", "Văn thư",
]  # fmt: skip


@dataclass
class Demo:
    """What the generated classes hang on: the demo course, its quiz and lessons, unit and trainer."""

    course_id: int
    quiz: Quiz | None
    lesson_ids: list
    unit: OrganizingUnit
    trainer: User | None


def demo_setup():
    training_class = TrainingClass.objects.select_related("organizing_unit").get(code=demo.CLASS_CODE)
    course_id = training_class.course_id
    return Demo(
        course_id=course_id,
        quiz=Quiz.objects.filter(course_id=course_id).first(),
        lesson_ids=[lesson.pk for lesson in lessons_by_course([course_id])[course_id]],
        unit=training_class.organizing_unit,
        trainer=training_class.trainers.first(),
    )


def generate(trainees, classes, seed=None, today=None):
    """``classes`` classes of the demo course sharing ``trainees`` trainees; returns the classes."""
    rng = random.Random(seed)
    today = today or timezone.localdate()
    setup = demo_setup()
    sizes = [trainees // classes + (1 if index < trainees % classes else 0) for index in range(classes)]
    made = []
    for index, size in enumerate(sizes):
        # The first class has ended; the others started one to six weeks ago and run a few weeks more.
        starts_on = today - datetime.timedelta(days=90 if index == 0 else rng.randint(7, 42))
        ends_on = starts_on + datetime.timedelta(days=45 if index == 0 else rng.randint(40, 75))
        made.append(generate_class(size, setup, rng, starts_on, ends_on))
    return made


@transaction.atomic
def generate_class(size, setup, rng, starts_on, ends_on, now=None):
    """One class of ``size`` trainees at every stage of it, written in batches."""
    now = now or timezone.now()
    run = get_random_string(6, "abcdefghijklmnopqrstuvwxyz0123456789")
    number = TrainingClass.objects.filter(code__startswith="DVK-QM-").count() + 1
    training_class = TrainingClass.objects.create(
        name=f"Lớp tập huấn nghiệp vụ công tác dân vận năm {starts_on.year} – lớp số {number}",
        code=f"DVK-QM-{number:03d}-{run[:3].upper()}",
        course_id=setup.course_id,
        organizing_unit=setup.unit,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    if setup.trainer:
        training_class.trainers.add(setup.trainer)
    start = timezone.make_aware(datetime.datetime.combine(starts_on, datetime.time(8)))
    last_day = timezone.make_aware(datetime.datetime.combine(ends_on, datetime.time(17)))
    end = min(now, last_day)  # nothing happens after the class's last day, nor after now
    elapsed = max(0.0, min(1.0, (now - start) / (last_day - start)))

    users = User.objects.bulk_create([_trainee(rng, run, index) for index in range(size)], batch_size=BATCH)
    User.groups.through.objects.bulk_create(_memberships(users), batch_size=BATCH)
    plans = [_plan(rng, user, start, end, elapsed, setup, now) for user in users]
    enrollments = Enrollment.objects.bulk_create(
        [plan.enrollment(training_class) for plan in plans], batch_size=BATCH
    )
    for plan, enrollment in zip(plans, enrollments, strict=True):
        plan.enrollment_id = enrollment.pk
    LessonCompletion.objects.bulk_create(
        [completion for plan in plans for completion in plan.lesson_completions()], batch_size=BATCH
    )
    if setup.quiz:
        Attempt.objects.bulk_create(
            [attempt for plan in plans for attempt in plan.attempts(setup.quiz)], batch_size=BATCH
        )
    _certificates(rng, training_class, [plan for plan in plans if plan.completed_at])
    return training_class


def _memberships(users):
    group_id = Group.objects.get(name=roles.TRAINEE).pk
    return [User.groups.through(user_id=user.pk, group_id=group_id) for user in users]


def _trainee(rng, run, index):
    sex = rng.choice("mf")
    family = rng.choices([name for name, _share in FAMILY_NAMES], [share for _name, share in FAMILY_NAMES])[0]
    full_name = f"{family} {rng.choice(MIDDLE_NAMES[sex])} {rng.choice(GIVEN_NAMES[sex])}"
    username = f"qm-{run}-{index:06d}"
    return User(
        username=username,
        full_name=full_name,
        email=f"{username}@example.vn",
        password=UNUSABLE_PASSWORD_PREFIX + get_random_string(40),
    )


@dataclass
class Plan:
    """Where one generated trainee stands, decided before anything is written."""

    trainee_id: int
    unit: str
    position: str
    enrolled_at: datetime.datetime
    lessons: list
    scores: list  # finished attempts, in order
    completed_at: datetime.datetime | None
    enrollment_id: int | None = None

    def enrollment(self, training_class):
        return Enrollment(
            training_class=training_class,
            trainee_id=self.trainee_id,
            unit=self.unit,
            position=self.position,
            source=Enrollment.Source.IMPORT,
            enrolled_at=self.enrolled_at,
            completed_at=self.completed_at,
        )

    def lesson_completions(self):
        return [
            LessonCompletion(enrollment_id=self.enrollment_id, lesson_id=lesson_id, completed_at=moment)
            for lesson_id, moment in self.lessons
        ]

    def attempts(self, quiz):
        last = self.lessons[-1][1] if self.lessons else self.enrolled_at
        result = []
        for number, score in enumerate(self.scores, start=1):
            started = last + datetime.timedelta(hours=number)
            result.append(
                Attempt(
                    enrollment_id=self.enrollment_id,
                    quiz=quiz,
                    number=number,
                    started_at=started,
                    deadline=started + datetime.timedelta(minutes=quiz.time_limit_minutes),
                    finished_at=started + datetime.timedelta(minutes=quiz.time_limit_minutes // 2),
                    ending=Attempt.Ending.SUBMITTED,
                    score=score,
                    passed=score >= quiz.pass_mark,
                )
            )
        return result


def _plan(rng, user, start, end, elapsed, setup, now):
    unit, keenness = rng.choice(UNITS)
    span = end - start
    if start > now:
        enrolled_at = now - datetime.timedelta(days=rng.uniform(0, 7))
    else:
        enrolled_at = min(now, start + span * rng.uniform(0, 0.1))
    lesson_count = len(setup.lesson_ids)
    pass_mark = setup.quiz.pass_mark if setup.quiz else 0
    allowed = (setup.quiz.attempts_allowed or 3) if setup.quiz else 0
    # Some never start (fewer as the class goes on); the others get this far, between 0 and 1: keener
    # units and older classes further.
    idle = not elapsed or rng.random() < (0.03 + 0.4 * (1 - elapsed) ** 2) / keenness
    reach = 0.0 if idle else min(1.0, rng.betavariate(2.6, 1.2) * keenness * (0.45 + 0.75 * elapsed))
    if idle:
        lessons_done = 0
    elif setup.quiz is None or reach < 0.75:
        lessons_done = max(1, min(lesson_count, round(reach * lesson_count / 0.75)))
    else:
        lessons_done = lesson_count
    # Lessons are read between enrolment and the moment this trainee got to, leaving time for the quiz.
    reached_at = max(enrolled_at, start + span * reach - datetime.timedelta(hours=4))
    moments = sorted(enrolled_at + (reached_at - enrolled_at) * rng.random() for _ in range(lessons_done))
    lessons = list(zip(setup.lesson_ids[:lessons_done], moments, strict=False))
    scores = []
    if setup.quiz and lesson_count and lessons_done == lesson_count:
        passes = rng.random() < min(0.95, 0.55 + 0.4 * reach)
        failures = rng.randint(0, allowed - 1) if passes else rng.randint(1, allowed)
        scores = [_score(rng, 0, pass_mark - 0.01) for _ in range(failures)]
        if passes:
            scores.append(_score(rng, pass_mark, 100))
    quiz_passed = setup.quiz is None or (bool(scores) and scores[-1] >= pass_mark)
    completed_at = None
    if lesson_count and lessons_done == lesson_count and quiz_passed:
        completed_at = min(now, lessons[-1][1] + datetime.timedelta(hours=len(scores), minutes=15))
    return Plan(
        trainee_id=user.pk,
        unit=unit,
        position=rng.choice(POSITIONS),
        enrolled_at=enrolled_at,
        lessons=lessons,
        scores=scores,
        completed_at=completed_at,
    )


def _score(rng, low, high):
    """A score as a quiz of ``QUESTIONS`` questions gives it, between ``low`` and ``high``."""
    possible = [round(100 * right / QUESTIONS, 2) for right in range(QUESTIONS + 1)]
    within = [score for score in possible if low <= score <= high]
    weights = [1 + 3 * (score / 100) ** 2 for score in within]
    return rng.choices(within, weights)[0]


def _certificates(rng, training_class, completed):
    """Most completions hold an issued certificate; a few are pending, failed or revoked; some have none."""
    chosen = []
    for plan in completed:
        draw = rng.random()
        if draw < 0.9:
            chosen.append((plan, Certificate.Status.ISSUED))
        elif draw < 0.93:
            chosen.append((plan, Certificate.Status.PENDING))
        elif draw < 0.95:
            chosen.append((plan, Certificate.Status.FAILED))
        elif draw < 0.97:
            chosen.append((plan, Certificate.Status.REVOKED))
    if not chosen:
        return
    certificates = []
    for serial, (plan, status) in zip(
        SerialCounter.reserve(training_class.serial_prefix, len(chosen)), chosen, strict=True
    ):
        issued_at = plan.completed_at + datetime.timedelta(minutes=rng.randint(1, 5))
        certificates.append(
            Certificate(
                enrollment_id=plan.enrollment_id,
                serial=serial,
                code=secrets.token_urlsafe(18),
                status=status,
                reason={
                    Certificate.Status.FAILED: "Dữ liệu mẫu: chưa in được.",
                    Certificate.Status.REVOKED: "Dữ liệu mẫu: thu hồi để thử.",
                }.get(status, ""),
                requested_at=plan.completed_at,
                issued_at=issued_at
                if status in (Certificate.Status.ISSUED, Certificate.Status.REVOKED)
                else None,
                revoked_at=issued_at if status == Certificate.Status.REVOKED else None,
            )
        )
    Certificate.objects.bulk_create(certificates, batch_size=BATCH)
