"""Benchmark: closing a contest round of 100,000 entrants and 300,000 tries, its pages, tries over HTTP.

    .venv/bin/python bench/contests.py [--entrants 100000] [--tries 3] [--runs 9]
        [--takers 300] [--concurrency 16] [--cache redis://127.0.0.1:6379/6]

Creates (and removes afterwards) the PostgreSQL database ``dvk_bench_contests`` at 127.0.0.1:5432, fills
it with `load_demo`, then one contest of 63 units, with its public Wagtail page, whose first round (closed
by the clock, not yet by hand) has --entrants entrants with --tries finished tries each, written with one
INSERT … SELECT per table; its second round is open. The cache is the Redis database --cache (default
``redis://127.0.0.1:6379/6``), as deployed; it is emptied on the way out. Prints, one per line as
``name: value``:

- ranking_s: closing the round (contests.ranking.close_round: the true all-correct count, the full
  ranking from each entrant's best try, the prizes) and its unit table;
- results_page_ms: the public results page of that round, whole requests through Django's middleware
  and templates, median of --runs after two warm-ups, while the open round of the same contest takes
  new tries (a thread writes them as fast as the database takes them);
- contest_page_ms: the contest's public Wagtail page (its URL, with the rounds and the open round's live
  counts, which the page caches for 15 s), to a visitor not signed in, the same way: median of --runs
  after two warm-ups, while tries arrive;
- arrivals_per_s: the tries the writing thread stored per second while the pages were timed;
- entries_per_s: tries taken through HTTP, against gunicorn with ``gunicorn.conf.py`` and production
  settings on loopback (as bench/exam_day.py starts it): --takers signed-in entrants (their sessions
  made here, as bench/quiz_load.py does), --concurrency at a time, each with an aiohttp client of their
  own, press start, load the entry page, save their answers (one JSON autosave) and submit with their
  prediction; submits completed divided by the wall time of the phase (first request sent to last
  reply read). --concurrency entrants more go first, untimed, to warm the workers up;
- entry_errors: requests of that phase that failed or got an unexpected reply (their tries do not count);
- generate_s: the time to write the entrants and tries.
"""

import argparse
import asyncio
import datetime
import secrets
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import redis
from contest_takers import Takers, sign_in
from measure import timed
from scratch import (
    environment,
    free_port,
    manage,
    media_root,
    scratch_database,
    setup_django,
    start,
    stop,
    wait_for_port,
)

DATABASE = "dvk_bench_contests"
# One secret for this process and gunicorn: the sessions made here are valid there. Static files go
# to the scratch media folder, removed with it.
ENV = environment(
    DATABASE, SECRET_KEY=secrets.token_urlsafe(50), STATIC_ROOT=str(media_root(DATABASE) / "static")
)
UNITS = 63


def prepare(entrants, tries):
    manage(ENV, "migrate")
    manage(ENV, "collectstatic", "--noinput")
    manage(ENV, "load_demo")
    setup_django(ENV)
    from django.db import connection
    from django.utils import timezone

    from contests.models import Contest, ContestPage, ContestUnit, Round
    from courses.models import CoursePage, HomePage
    from training.models import OrganizingUnit

    now = timezone.now()
    course = CoursePage.objects.first()
    page = HomePage.objects.first().add_child(
        instance=ContestPage(
            title="Cuộc thi thử tải",
            slug="cuoc-thi-thu-tai",
            introduction="Cuộc thi của phép đo.",
            rules="<h2>Thể lệ</h2><p>Mỗi người dự thi có bốn lượt trong mỗi tuần thi.</p>",
        )
    )
    page.save_revision().publish()
    contest = Contest.objects.create(
        name="Cuộc thi thử tải",
        organizing_unit=OrganizingUnit.objects.first(),
        consent_purpose="Thử tải.",
        page=page,
    )
    ContestUnit.objects.bulk_create(
        ContestUnit(
            contest=contest, name=f"Đơn vị {index:02d}", headcount=3000 + 100 * index, sort_order=index
        )
        for index in range(UNITS)
    )
    rounds = [
        Round.objects.create(
            contest=contest,
            title=title,
            opens_at=now - datetime.timedelta(days=7),
            closes_at=closes_at,
            course=course,
            questions_drawn=10,
            tries_allowed=tries + 1,
            first_prizes=1,
            second_prizes=2,
            third_prizes=3,
            consolation_prizes=10,
            sort_order=order,
        )
        for order, (title, closes_at) in enumerate(
            [
                ("Tuần thi thứ nhất", now - datetime.timedelta(minutes=1)),
                ("Tuần thi thứ hai", now + datetime.timedelta(days=7)),
            ]
        )
    ]
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO training_user (password, is_superuser, username, first_name, last_name, email,
                is_staff, is_active, date_joined, full_name, phone, must_change_password, search_name,
                sort_name)
            SELECT '!', false, 'dt' || n, '', '', '', false, true, now(), 'Người dự thi ' || n,
                '09' || lpad(n::text, 8, '0'), false, 'nguoi du thi ' || n, 'thi ' || n
            FROM generate_series(1, %s) AS n
            """,
            [entrants],
        )
        cursor.execute(
            """
            INSERT INTO contests_entrant (contest_id, user_id, unit_id, full_name, birth_date, phone, email,
                consented_at, registered_at, address)
            SELECT %s, u.id, (SELECT min(id) FROM contests_contestunit WHERE contest_id = %s) + u.id %% %s,
                u.full_name, date '1970-01-01' + (u.id %% 15000)::int, u.phone, '', now(), now(),
                ('10.' || (u.id / 65536) %% 256 || '.' || (u.id / 256) %% 256 || '.' || u.id %% 256)::inet
            FROM training_user u WHERE u.username LIKE 'dt%%'
            """,
            [contest.pk, contest.pk, UNITS],
        )
        # Scores in steps of 10 (ten questions), about one try in eight with every answer right;
        # predictions spread over 0–30,000; 1 to 15 minutes per try.
        cursor.execute(
            """
            INSERT INTO contests_entry (round_id, entrant_id, number, started_at, deadline, finished_at,
                ending, score, prediction, address)
            SELECT %s, e.id, t, s.started, s.started + interval '15 minutes',
                s.started + make_interval(secs => 60 + floor(random() * 840)), 'submitted',
                CASE WHEN random() < 0.125 THEN 100 ELSE 10 * floor(random() * 10) END,
                floor(random() * 30000), e.address
            FROM contests_entrant e CROSS JOIN generate_series(1, %s) AS t
            CROSS JOIN LATERAL (
                SELECT %s::timestamptz + make_interval(secs => floor(random() * 600000) + t) AS started
            ) s
            WHERE e.contest_id = %s
            """,
            [rounds[0].pk, tries, rounds[0].opens_at, contest.pk],
        )
        cursor.execute("ANALYZE")
    return rounds, time.perf_counter() - started


class Arrivals(threading.Thread):
    """Tries arriving in another round while the pages are timed: finished tries, 20 per INSERT, from
    every entrant but the last ``spare`` ones, who keep their tries for ``entries_per_s``."""

    def __init__(self, round, spare):
        super().__init__(daemon=True)
        self.round, self.spare, self.stored, self.running = round, spare, 0, True

    def run(self):
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(
                """
                SELECT min(id), (SELECT id FROM contests_entrant WHERE contest_id = %s
                                 ORDER BY id DESC OFFSET %s LIMIT 1)
                FROM contests_entrant WHERE contest_id = %s
                """,
                [self.round.contest_id, self.spare, self.round.contest_id],
            )
            first, last = cursor.fetchone()
            entrant, number = first, 1
            while self.running:
                cursor.execute(
                    """
                    INSERT INTO contests_entry (round_id, entrant_id, number, started_at, deadline,
                        finished_at, ending, score, prediction)
                    SELECT %s, id, %s, now() - interval '5 minutes', now() + interval '10 minutes', now(),
                        'submitted', 10 * floor(random() * 11), floor(random() * 30000)
                    FROM contests_entrant WHERE id >= %s AND id < %s AND id <= %s
                    """,
                    [self.round.pk, number, entrant, entrant + 20, last],
                )
                self.stored += cursor.rowcount
                entrant += 20
                if entrant > last:  # every entrant has had a try: the next ones are second tries
                    entrant, number = first, number + 1
        connection.close()


def entries_per_s(round, takers, concurrency):
    """(submits per second, errors) of ``takers`` entrants taking ``round`` through gunicorn."""
    from contests.models import Entrant

    # The last entrants, whom the arriving tries leave alone (``Arrivals``): they all have tries left.
    entrants = Entrant.objects.filter(contest=round.contest_id).select_related("user").order_by("-pk")
    signed_in = sign_in(entrants[: concurrency + takers])
    port = free_port()
    env = {
        **ENV,
        "DJANGO_SETTINGS_MODULE": "training.settings.production",
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on loopback
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "PORT": str(port),
    }
    server = start(
        [Path(sys.executable).parent / "gunicorn", "training.wsgi", "--config", "gunicorn.conf.py"], env
    )
    try:
        wait_for_port(port, server)
        load = Takers(port, round, concurrency)
        asyncio.run(load.run(signed_in[:concurrency]))  # warming the workers up: not counted
        load.submitted, load.errors = 0, []
        seconds = asyncio.run(load.run(signed_in[concurrency:]))
    finally:
        stop(server)
    for error in sorted(set(load.errors))[:10]:
        print(error, file=sys.stderr)
    return load.submitted / seconds, len(load.errors)


@contextmanager
def emptied_afterwards(url):
    """The Redis database ``url``, emptied on the way out even when the benchmark fails."""
    try:
        yield
    finally:
        redis.Redis.from_url(url).flushdb()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entrants", type=int, default=100_000)
    parser.add_argument("--tries", type=int, default=3)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--takers", type=int, default=300, help="entrants taking the round over HTTP (300)")
    parser.add_argument("--concurrency", type=int, default=16, help="of them at once (16)")
    parser.add_argument("--cache", default="redis://127.0.0.1:6379/6", help="Redis for the cache (db 6)")
    args = parser.parse_args()
    if args.entrants <= args.takers + args.concurrency:
        parser.error("--entrants must be more than --takers and --concurrency together")
    ENV["CACHE_URL"] = args.cache

    results = []
    with scratch_database(DATABASE), emptied_afterwards(args.cache):
        (closing, arriving), generate_s = prepare(args.entrants, args.tries)
        from django.test import Client

        from contests.ranking import close_round
        from contests.units import round_units

        started = time.perf_counter()
        close_round(closing)
        round_units(closing)
        results.append(("ranking_s", time.perf_counter() - started))

        arrivals = Arrivals(arriving, spare=args.concurrency + args.takers)
        arrivals.start()
        arrivals_started = time.perf_counter()
        client = Client(HTTP_HOST="localhost")
        results.append(("results_page_ms", timed(client, f"/cuoc-thi/tuan/{closing.pk}/ket-qua/", args.runs)))
        results.append(("contest_page_ms", timed(client, closing.contest.page.url, args.runs)))
        arrivals.running = False
        arrivals.join()
        results.append(("arrivals_per_s", arrivals.stored / (time.perf_counter() - arrivals_started)))
        per_second, errors = entries_per_s(arriving, args.takers, args.concurrency)
        results.append(("entries_per_s", per_second))
        results.append(("entry_errors", errors))
        results.append(("generate_s", generate_s))
    for name, value in results:
        print(f"{name}: {value if isinstance(value, int) else f'{value:.1f}'}")


if __name__ == "__main__":
    main()
