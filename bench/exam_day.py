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
import random
import re
import resource
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import redis
from scratch import environment, free_port, manage, scratch_database, setup_django, start, stop, wait_for_port

DATABASE = f"dvk_examday_{os.getpid()}"
QUESTIONS_DRAWN = 15
BANK = 60
CATEGORIES = 4
PASSWORD = "Thi-cu0i-kh0a-2026"
CODE = "EXAM-DAY"


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


class Tally:
    def __init__(self):
        self.signin, self.start, self.questions, self.autosaves = [], [], [], []  # autosave: (sent, ms)
        self.errors, self.shed = [], 0
        self.acknowledged = {}  # slot id -> options the server said it saved

    def expect(self, response, status, what):
        if response.status != status:
            self.errors.append(f"{what}: {response.status}")
            return False
        return True


class Page:
    """A trainee's attempt page, saving answers as quiz.js does: the ones given are sent together, at once
    unless the page (``data-hold``) or the server's last reply (``hold``) asked to hold them a few seconds."""

    def __init__(self, url, headers):
        self.url, self.headers = url, headers
        self.held, self.saved = {}, {}  # slot id -> options
        self.hold_until = 0

    async def send(self, browser, tally):
        answers = [{"slot": slot, "options": options, "sequence": 1} for slot, options in self.held.items()]
        sent = time.perf_counter()
        async with browser.post(self.url, json={"answers": answers}, headers=self.headers) as response:
            body = await response.json() if response.status == 200 else await response.read()
        tally.autosaves.append((time.monotonic(), (time.perf_counter() - sent) * 1000))
        if not tally.expect(response, 200, "autosave"):
            return
        self.hold_until = time.monotonic() + body["hold"]
        for answer in body["answers"]:
            if answer["saved"]:
                tally.acknowledged[answer["slot"]] = self.saved[answer["slot"]] = self.held.pop(
                    answer["slot"]
                )


class Hall:
    """Every trainee's journey, and the moment they are all released to press start."""

    def __init__(self, port, usernames, options, web_cpu_seconds):
        self.base = f"http://127.0.0.1:{port}"
        self.usernames, self.options = usernames, options
        self.web_cpu_seconds = web_cpu_seconds
        self.tally = Tally()
        self.waiting = 0
        self.release = asyncio.Event()
        self.released_at = None
        self.deadline = None
        self.signin_web_cpu = 0.0  # CPU seconds gunicorn spent until the release: the sign-in minute

    async def run(self):
        self.deadline = time.monotonic() + self.options.timeout
        self.signin_web_cpu = -self.web_cpu_seconds()
        try:
            async with asyncio.timeout(self.options.timeout):
                await asyncio.gather(*(self.journey(username) for username in self.usernames))
        except TimeoutError:
            self.tally.errors.append("timeout: the run did not finish in time")

    def arrived(self):
        self.waiting += 1
        if self.waiting == len(self.usernames):
            self.released_at = time.monotonic()
            self.signin_web_cpu += self.web_cpu_seconds()
            self.release.set()

    async def journey(self, username):
        # A cookie jar per trainee; loopback counts as secure, as HTTPS does in production (secure cookies).
        jar = aiohttp.CookieJar(unsafe=True, treat_as_secure_origin=[self.base])
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(self.base, cookie_jar=jar, timeout=timeout) as browser:
            try:
                ready = await self.sign_in(browser, username)
            except (aiohttp.ClientError, TimeoutError) as error:
                self.tally.errors.append(f"sign-in: {error!r}")
                ready = False
            finally:
                self.arrived()
            if not ready:
                return
            await self.release.wait()
            try:
                await self.take_quiz(browser, jar)
            except (aiohttp.ClientError, TimeoutError) as error:
                self.tally.errors.append(f"quiz: {error!r}")

    async def sign_in(self, browser, username):
        await asyncio.sleep(random.uniform(0, self.options.signin_seconds))
        async with browser.get("/accounts/login/?next=/lop-cua-toi/") as response:
            page = await response.text()
            if not self.tally.expect(response, 200, "sign-in page"):
                return False
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
        form = {
            "csrfmiddlewaretoken": token,
            "username": username,
            "password": PASSWORD,
            "next": "/lop-cua-toi/",
        }
        sent = time.perf_counter()
        async with browser.post("/accounts/login/", data=form, allow_redirects=False) as response:
            await response.read()
            self.tally.signin.append((time.perf_counter() - sent) * 1000)
            if not self.tally.expect(response, 302, "sign-in"):
                return False
        for path in ("/lop-cua-toi/", f"/lop/{CODE}/kiem-tra/"):
            async with browser.get(path) as response:
                await response.read()
                if not self.tally.expect(response, 200, path):
                    return False
        return True

    async def take_quiz(self, browser, jar):
        tally = self.tally
        await asyncio.sleep(random.uniform(0, self.options.spread))
        csrf = next(cookie.value for cookie in jar if cookie.key == "csrftoken")
        headers = {"X-CSRFToken": csrf}
        while True:  # as the quiz page's script does (quiz_start.js): the reply is the attempt's page
            sent = time.perf_counter()
            async with browser.post(
                f"/lop/{CODE}/kiem-tra/",
                data={"csrfmiddlewaretoken": csrf},
                headers={"Sec-Fetch-Mode": "cors"},
                allow_redirects=False,
            ) as response:
                page_html = await response.text()
                if not await self.shed(response):
                    break
        tally.start.append((time.perf_counter() - sent) * 1000)
        if not tally.expect(response, 200, "start"):
            return
        tally.questions.append(time.monotonic() - self.released_at)
        attempt_url = response.headers["Content-Location"]
        slots = {}
        for slot, option in re.findall(r'name="slot-(\d+)" value="(\d+)"', page_html):
            slots.setdefault(int(slot), []).append(int(option))
        if len(slots) != QUESTIONS_DRAWN:
            tally.errors.append(f"attempt page: {len(slots)} questions")
        page = Page(f"{attempt_url}tra-loi/", headers)
        page.hold_until = time.monotonic() + int(re.search(r'data-hold="(\d+)"', page_html)[1])
        for slot, options in slots.items():
            wake = time.monotonic() + random.uniform(1, 4)  # thinking
            while page.held and page.hold_until <= wake:  # the page sends held answers when their hold ends
                await asyncio.sleep(max(0, page.hold_until - time.monotonic()))
                await page.send(browser, tally)
            await asyncio.sleep(max(0, wake - time.monotonic()))
            page.held[slot] = [random.choice(options)]
            if time.monotonic() >= page.hold_until:
                await page.send(browser, tally)
        # The submit posts every question, as the form does: what the page still holds goes with it.
        form = {"csrfmiddlewaretoken": csrf, "action": "submit"}
        for slot in slots:
            chosen = page.held.get(slot) or page.saved.get(slot)
            form |= {f"seen-{slot}": "1", f"sequence-{slot}": "0" if slot in page.held else "1"}
            form[f"slot-{slot}"] = str(chosen[0])
        async with browser.post(attempt_url, data=form, allow_redirects=False) as response:
            await response.read()
        if tally.expect(response, 302, "submit"):
            tally.acknowledged |= page.held
            async with browser.get(response.headers["Location"]) as response:
                await response.read()
                tally.expect(response, 200, "review")

    async def shed(self, response):
        """Whether the server turned this request away (503): then wait as it asks, within the run's time."""
        if response.status != 503 or time.monotonic() > self.deadline:
            return False
        self.tally.shed += 1
        await asyncio.sleep(float(response.headers.get("Retry-After", 1)) * random.uniform(0.5, 1.5))
        return True


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


def database_cpu_seconds():
    """CPU seconds of the PostgreSQL server processes connected to the scratch database (same machine)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [DATABASE])
        pids = [pid for (pid,) in cursor.fetchall() if pid != connection.connection.info.backend_pid]
    return sum(process_cpu_seconds(pid) for pid in pids)


def process_cpu_seconds(pid):
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def process_tree_cpu_seconds(pid):
    """CPU seconds of a running process and its children (gunicorn's master and its workers)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return process_cpu_seconds(pid) + sum(process_cpu_seconds(int(child)) for child in children)


def own_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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


def p95(values):
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else (values[0] if values else 0)


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
            database_cpu = database_cpu_seconds()
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
