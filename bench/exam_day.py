"""Benchmark: exam day, a hall of trainees signing in and starting the same quiz together.

    .venv/bin/python bench/exam_day.py [--trainees 1000] [--spread 3] [--signin-seconds 60]

It creates a scratch PostgreSQL database ``dvk_examday_<pid>`` on 127.0.0.1:5432 and a scratch media
folder, a course with a bank of 60 questions in 4 categories and its quiz (15 questions drawn evenly
per category, 20 minutes), a class of ``--trainees`` enrolled trainees with a password each, and
starts the deployment as production runs it, on loopback: production settings (a generated
SECRET_KEY, DEBUG off, SECURE_SSL_REDIRECT off for plain HTTP), gunicorn with the repository's
``gunicorn.conf.py``, a Celery worker on Redis (``--broker``) and the cache on Redis (``--cache``), as deployed. Then every trainee, each with an
asynchronous HTTP client of their own (cookies, keep-alive), does what their browser does:

1. arrives at a random moment of the first ``--signin-seconds``, opens the sign-in page and signs in,
   opens *Lớp của tôi* and the quiz page, and waits;
2. once everyone waits (the release), presses *Bắt đầu* at a random moment of the next ``--spread``
   seconds, as the quiz page's script sends it, and reads the attempt page in its reply; a reply 503 (the server
   sheds load) is retried after its ``Retry-After``, as the quiz page does by itself;
3. answers the 15 questions one by one, each after 1–4 s of thought, saved as the page's script saves
   them: at once, or held and sent together when the server's last reply asked for a hold;
4. submits (the form carries every question, and so what the page still held) and reads the review.

Before the release the organizer's ``prepare_attempts`` command prepares the class's attempts, as
on a real exam day. Afterwards it checks the database and prints, one per line as ``name: value``:

- ``signin_p95_ms``: the sign-in form's post, sent to reply read;
- ``start_p95_ms``: pressing start, sent to reply read (the last try, when it was shed);
- ``questions_p95_s``, ``questions_max_s``: from the release to the attempt page read;
- ``autosave_p95_ms``: autosaves (each carrying one or more answers) sent during the burst (from the release until everyone has their
  questions, and at least the first 10 s);
- ``autosaves_in_burst``: how many there were: a few dozen, since pages hold their answers while a hall
  presses start, so that one slow reply moves the p95 (run it more than once);
- ``shed``: starts turned away with 503 (retried; not errors);
- ``errors``: requests that failed or got an unexpected reply, and trainees without exactly one
  started attempt, finished;
- ``lost_answers``: answers acknowledged but not what the database holds;
- ``attempts``: attempts started;
- ``cpu_s_per_trainee``: CPU seconds of gunicorn, the Celery worker and the database's server
  processes for this database, divided by the trainees: the figure least moved by other load;
- ``signin_web_cpu_s_per_trainee``: CPU seconds of gunicorn until the release (signing in, *Lớp của
  tôi*, the quiz page), divided by the trainees: what the sign-in minute asks of the web processes;
- ``client_cpu_s_per_trainee``: CPU seconds of this benchmark's own HTTP clients, which share the
  machine's cores with the servers (browsers would not), divided by the trainees;
- ``load_before``: the machine's 1-minute load average before the run, for the record.

It stops the servers and drops the database and the media folder on the way out, even on failure,
and gives up after ``--timeout`` seconds.
"""

import argparse
import asyncio
import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

import redis
from exam_hall import CODE, PASSWORD, QUESTIONS_DRAWN, Hall
from measure import children_cpu_seconds, database_cpu_seconds, own_cpu_seconds, p95, process_tree_cpu_seconds
from scratch import environment, free_port, manage, scratch_database, setup_django, start, stop, wait_for_port

DATABASE = f"dvk_examday_{os.getpid()}"
BANK = 60
CATEGORIES = 4


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=1000, help="trainees in the hall (default 1000)")
    parser.add_argument("--spread", type=float, default=3, help="seconds over which they press start (3)")
    parser.add_argument(
        "--signin-seconds", type=float, default=60, help="seconds over which they sign in (60)"
    )
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/3", help="Redis for Celery (db 3)")
    parser.add_argument("--cache", default="redis://127.0.0.1:6379/5", help="Redis for the cache (db 5)")
    parser.add_argument("--timeout", type=float, default=600, help="give up after this many seconds (600)")
    return parser.parse_args()


def prepare(trainees):
    """The course, its bank and quiz, and a class of ``trainees`` enrolled trainees with ``PASSWORD``."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from courses.demo.site import load_home_page
    from courses.models import CourseIndexPage, CoursePage
    from quizzes.bank import add_question
    from quizzes.models import QuestionCategory, Quiz
    from training.models import Enrollment, OrganizingUnit, TrainingClass

    catalogue = load_home_page()[0].add_child(instance=CourseIndexPage(title="Khóa học", slug="khoa-hoc"))
    course = catalogue.add_child(
        instance=CoursePage(
            title="Công tác dân vận", slug="cong-tac-dan-van", summary="s", objectives="o", audience="a",
            duration_minutes=60,
        )
    )  # fmt: skip
    categories = [QuestionCategory.objects.create(course=course, name=f"Bài {n}") for n in range(CATEGORIES)]
    for n in range(BANK):
        add_question(
            course,
            kind="single",
            category=categories[n % CATEGORIES],
            text=f"<p>Câu hỏi số {n}: đâu là <b>phương châm</b> của công tác dân vận?</p>",
            options=[("Phương án A", 100, ""), ("Phương án B", 0, ""), ("Phương án C", 0, ""), ("D", 0, "")],
            explanation="<p>Vì bài học nói vậy.</p>",
        )
    Quiz.objects.create(course=course, questions_drawn=QUESTIONS_DRAWN, attempts_allowed=1)
    today = datetime.date.today()
    training_class = TrainingClass.objects.create(
        name="Kiểm tra cuối khóa", code=CODE, course=course,
        organizing_unit=OrganizingUnit.objects.create(name="Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        starts_on=today, ends_on=today + datetime.timedelta(days=1),
    )  # fmt: skip
    password = make_password(PASSWORD)  # one hash for all: hashing a thousand would take minutes
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"hocvien{n}", full_name=f"Học viên {n}", password=password)
        for n in range(trainees)
    )
    Enrollment.objects.bulk_create(Enrollment(training_class=training_class, trainee=user) for user in users)
    return [user.username for user in users]


def check_database(usernames, tally):
    """Lost answers, and the trainees without exactly one started, finished attempt."""
    from django.db.models import Count, Q

    from quizzes.models import Attempt, AttemptQuestion
    from training.models import Enrollment

    stored = dict(AttemptQuestion.objects.values_list("pk", "chosen"))
    lost = sum(stored.get(slot) != options for slot, options in tally.acknowledged.items())
    started = Attempt.objects.filter(started_at__isnull=False)
    per_trainee = Enrollment.objects.annotate(
        started=Count(
            "attempts", filter=Q(attempts__started_at__isnull=False, attempts__finished_at__isnull=False)
        )
    )
    not_one = per_trainee.exclude(started=1).count()
    if not_one:
        tally.errors.append(f"{not_one} trainees without exactly one finished attempt")
    return lost, started.count()


def clear_broker(url):
    """Drop what kombu left in the broker's Redis database: the queue and its bindings."""
    client = redis.Redis.from_url(url)
    keys = [
        *client.scan_iter("_kombu.binding*"),
        *client.scan_iter("celery*"),
        *client.scan_iter("unacked*"),
    ]
    if keys:
        client.delete(*keys)


def main():
    options = arguments()
    load_before = os.getloadavg()[0]
    media = Path(tempfile.mkdtemp(prefix="dvk_examday_media_"))
    port = free_port()
    env = environment(
        DATABASE,
        DJANGO_SETTINGS_MODULE="training.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"http://127.0.0.1:{port}",
        CELERY_BROKER_URL=options.broker,
        CACHE_URL=options.cache,
        MEDIA_ROOT=str(media),
        STATIC_ROOT=str(media / "static"),
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        PORT=str(port),
    )
    processes = []
    try:
        with scratch_database(DATABASE):
            manage(env, "migrate")
            manage(env, "collectstatic", "--noinput")
            setup_django(env)
            usernames = prepare(options.trainees)
            manage(env, "prepare_attempts", "--class", CODE)
            cpu_before = children_cpu_seconds()
            bin_ = Path(sys.executable).parent
            processes.append(start([bin_ / "gunicorn", "training.wsgi", "--config", "gunicorn.conf.py"], env))
            processes.append(
                start([bin_ / "celery", "--app", "training", "worker", "--concurrency", "2"], env)
            )
            wait_for_port(port, processes[0])
            hall = Hall(port, usernames, options, lambda: process_tree_cpu_seconds(processes[0].pid))
            client_before = own_cpu_seconds()
            asyncio.run(hall.run())
            client_cpu = own_cpu_seconds() - client_before
            database_cpu = database_cpu_seconds(DATABASE)
            for process in processes:
                stop(process)
            cpu = children_cpu_seconds() - cpu_before + database_cpu
            tally = hall.tally
            lost, attempts = check_database(usernames, tally)
            from django.db import connections

            connections.close_all()
    finally:
        for process in processes:
            stop(process)
        shutil.rmtree(media, ignore_errors=True)
        clear_broker(options.broker)
        redis.Redis.from_url(options.cache).flushdb()
    burst_end = hall.released_at + max(10, max(tally.questions, default=0)) if hall.released_at else 0
    burst = [ms for sent, ms in tally.autosaves if sent <= burst_end]
    for error in sorted(set(tally.errors))[:10]:
        print(error, file=sys.stderr)
    print(f"signin_p95_ms: {p95(tally.signin):.0f}")
    print(f"start_p95_ms: {p95(tally.start):.0f}")
    print(f"questions_p95_s: {p95(tally.questions):.1f}")
    print(f"questions_max_s: {max(tally.questions, default=0):.1f}")
    print(f"autosave_p95_ms: {p95(burst):.0f}")
    print(f"autosaves_in_burst: {len(burst)}")
    print(f"autosaves_per_trainee: {len(tally.autosaves) / options.trainees:.1f}")
    print(f"shed: {tally.shed}")
    print(f"errors: {len(tally.errors)}")
    print(f"lost_answers: {lost}")
    print(f"attempts: {attempts}")
    print(f"cpu_s_per_trainee: {cpu / options.trainees:.3f}")
    print(f"signin_web_cpu_s_per_trainee: {hall.signin_web_cpu / options.trainees:.3f}")
    print(f"client_cpu_s_per_trainee: {client_cpu / options.trainees:.3f}")
    print(f"load_before: {load_before:.2f}")


if __name__ == "__main__":
    main()
