"""Where the time went, for the benchmarks: CPU seconds of processes read from /proc and getrusage, the
95th percentile, and the median time of a page."""

import os
import resource
import statistics
import time
from pathlib import Path


def database_cpu_seconds(database):
    """CPU seconds of the PostgreSQL server processes connected to ``database`` (on this machine)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [database])
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


def p95(values):
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else (values[0] if values else 0)


def timed(client, url, runs):
    """Median milliseconds of a GET of ``url``, after two warm-up requests."""
    for _ in range(2):
        assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
    return statistics.median(timings)
