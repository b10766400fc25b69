import logging
import socket
import textwrap
import threading
import time

import pytest
from django.db import OperationalError
from kombu import Connection

from tests.production import PRODUCTION_ENV, process_env, run_python
from training import health
from training.celery import app as celery_app

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_broker_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "broker": "ok"}


def test_healthz_is_503_and_names_the_broker_when_it_is_down(client, monkeypatch):
    nothing_listens_here = Connection("redis://127.0.0.1:1/0")
    monkeypatch.setattr(celery_app, "connection_for_write", lambda: nothing_listens_here)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"database": "ok", "broker": "unreachable"}


def test_a_failure_is_logged_as_one_line_without_a_traceback(client, monkeypatch, caplog):
    def refuse():
        raise OperationalError(
            'connection to server at "10.0.0.9", port 5432 failed: Connection refused\n\tIs it running?'
        )

    monkeypatch.setattr(health, "_query_database", refuse)

    with caplog.at_level(logging.WARNING):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
    [record] = caplog.records
    assert record.getMessage() == (
        'Health check: database unreachable: connection to server at "10.0.0.9", port 5432 failed: Connection refused'
    )
    assert record.exc_info is None


@pytest.fixture
def hanging_server():
    """A port that accepts connections and never says a word, as a database does when it hangs."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


def test_a_database_that_hangs_gives_503_within_three_seconds_and_pages_fail_fast(
    hanging_server, production_static
):
    """In a web process of its own (production settings, as gunicorn runs it), on PostgreSQL at a port that
    accepts and never answers: the health check and a page both answer, quickly, instead of waiting."""
    script = textwrap.dedent(
        """
        import time
        from training.wsgi import application
        from django.test import Client
        client = Client(raise_request_exception=False, HTTP_HOST="dvk.example.vn")
        client.get("/i18n/setlang/", secure=True)  # a first request that reads no database loads the site
        for path in ("/healthz", "/"):
            started = time.monotonic()
            response = client.get(path, secure=path != "/healthz")
            branded = "Hệ thống đang gặp sự cố" in response.content.decode()
            print(path, response.status_code, round(time.monotonic() - started, 2), branded, flush=True)
        """
    )
    env = process_env(
        **PRODUCTION_ENV,
        STATIC_ROOT=str(production_static),
        DATABASE_URL=f"postgres://dvk@127.0.0.1:{hanging_server}/dvk",
        CELERY_BROKER_URL="memory://localhost/",
    )
    started = time.monotonic()
    result = run_python("-c", script, env=env, timeout=60)
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())

    assert result.returncode == 0, result.stderr
    status, seconds, _ = lines["/healthz"].split()
    assert status == "503"
    assert float(seconds) < 3
    status, seconds, branded = lines["/"].split()
    assert status == "500"
    assert branded == "True"
    assert float(seconds) < 4.5
    assert time.monotonic() - started < 30
    assert "Health check: database did not answer within 2 s" in result.stderr
