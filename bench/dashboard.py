"""Benchmark: the organizers' dashboard and its exports for classes of 100, 1,000 and 5,000 trainees.

    .venv/bin/python bench/dashboard.py [--sizes 100,1000,5000] [--runs 7]

Creates (and removes afterwards) the PostgreSQL database ``dvk_dash_bench`` at 127.0.0.1:5432 and a
scratch media folder (nothing lands in the development ``var/media/``), fills them with `load_demo` and
one generated class per size (bench/scale_data.py: trainees at every stage, attempts, certificates),
then times whole requests as the organizer ``bantochuc`` makes them, through
Django's middleware and templates, median of --runs after two warm-up requests. Prints, one per line
as ``name: value``: dashboard_ms_<n> (the class dashboard), trainees_ms_<n> (the first page of its
list of trainees), export_xlsx_ms_<n> and export_csv_ms_<n>, then overview_ms (every class together)
and generate_s (the time to write all the trainees).
"""

import argparse
import datetime
import random
import time

from measure import timed
from scratch import environment, manage, scratch_database, setup_django

DATABASE = "dvk_dash_bench"
ENV = environment(DATABASE)


def prepare(sizes):
    """The demo, then one class per size; returns {size: class} and the seconds spent writing them."""
    manage(ENV, "migrate")
    manage(ENV, "collectstatic", "--noinput")
    manage(ENV, "load_demo")
    setup_django(ENV)
    import scale_data
    from django.utils import timezone

    setup = scale_data.demo_setup()
    rng = random.Random(2026)
    today = timezone.localdate()
    started = time.perf_counter()
    classes = {
        size: scale_data.generate_class(
            size, setup, rng, today - datetime.timedelta(days=30), today + datetime.timedelta(days=15)
        )
        for size in sizes
    }
    generate_s = time.perf_counter() - started
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return classes, generate_s


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    results = []
    with scratch_database(DATABASE):
        classes, generate_s = prepare(sizes)
        from django.test import Client

        from training.models import User

        client = Client(HTTP_HOST="localhost")
        client.force_login(User.objects.get(username="bantochuc"))
        for size, training_class in classes.items():
            base = f"/admin/training/classes/{training_class.pk}/dashboard/"
            results += [
                (f"dashboard_ms_{size}", timed(client, base, args.runs)),
                (f"trainees_ms_{size}", timed(client, base + "trainees/", args.runs)),
                (f"export_xlsx_ms_{size}", timed(client, base + "export.xlsx", max(3, args.runs // 2))),
                (f"export_csv_ms_{size}", timed(client, base + "export.csv", args.runs)),
            ]
        results.append(("overview_ms", timed(client, "/admin/training/dashboard/", args.runs)))
        results.append(("generate_s", generate_s))
    for name, value in results:
        print(f"{name}: {value:.1f}")


if __name__ == "__main__":
    main()
