"""Configuration comes from the environment, and production refuses to start insecurely."""

import gzip
import os
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings

from tests.production import PRODUCTION_ENV, process_env, run_python


def run_manage(*args, env):
    """Run manage.py in a deployment's environment: only what the deployment sets, nothing of the tests'."""
    return run_python("manage.py", *args, env=process_env(**env))


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV}
    del env["SECRET_KEY"]

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_a_placeholder_secret_key():
    result = run_manage("check", env={**PRODUCTION_ENV, "SECRET_KEY": "changeme"})

    assert result.returncode != 0
    assert "SECRET_KEY must be a real secret" in result.stderr


def test_a_malformed_variable_stops_start_up_and_is_named():
    result = run_manage("check", env={**PRODUCTION_ENV, "DEBUG": "maybe"})

    assert result.returncode != 0
    assert "DEBUG='maybe' is not a boolean" in result.stderr


def test_a_malformed_database_url_is_named():
    result = run_manage("check", env={**PRODUCTION_ENV, "DATABASE_URL": "oracle-ish://nowhere"})

    assert result.returncode != 0
    assert "DATABASE_URL is not a valid database URL" in result.stderr


def test_check_deploy_is_silent_with_production_settings_and_the_documented_variables():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "WARNINGS" not in result.stderr + result.stdout


def test_passwords_are_hashed_with_argon2_outside_tests():
    result = run_manage(
        "shell", "-c", "from django.contrib.auth.hashers import get_hasher; print(get_hasher().algorithm)",
        env=PRODUCTION_ENV,
    )  # fmt: skip

    assert result.stdout.strip().endswith("argon2")


def test_the_embedded_default_needs_no_server():
    assert settings.CELERY_BROKER_URL.startswith(("filesystem://", "redis://"))
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"


def test_a_missing_variable_stops_manage_py_and_celery_with_one_line_naming_it():
    env = {**PRODUCTION_ENV}
    del env["SECRET_KEY"]
    celery = os.path.join(os.path.dirname(sys.executable), "celery")

    for command in ([sys.executable, "manage.py", "check"], [celery, "--app", "training", "inspect", "ping"]):
        result = subprocess.run(
            command,
            cwd=settings.BASE_DIR,
            env=process_env(**env),
            capture_output=True,
            text=True,
            timeout=120,
        )

        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            "Dân vận khéo cannot start: Environment variable SECRET_KEY is required but not set."
        ]


def test_gunicorn_stops_at_once_with_one_line_when_a_variable_is_malformed():
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")

    result = subprocess.run(
        [gunicorn, "training.wsgi", "--config", "gunicorn.conf.py", "--bind", "127.0.0.1:0"],
        cwd=settings.BASE_DIR,
        env=process_env(**PRODUCTION_ENV, DEBUG="maybe"),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 1
    assert "Dân vận khéo cannot start: Environment variable DEBUG='maybe' is not a boolean" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Booting worker" not in result.stderr


class SentryIngest(ThreadingHTTPServer):
    """A stand-in for Sentry: keeps the bodies of the envelopes it is sent."""

    def __init__(self):
        self.envelopes = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(handler):
                body = handler.rfile.read(int(handler.headers["Content-Length"]))
                if handler.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                self.envelopes.append(body.decode(errors="replace"))
                handler.send_response(200)
                handler.end_headers()

            def log_message(handler, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)


def test_sentry_dsn_reports_a_web_process_error_to_sentry_and_hooks_the_workers(production_static):
    """A page that fails (here: a database that refuses) reaches the DSN's server; Celery is hooked too."""
    ingest = SentryIngest()
    threading.Thread(target=ingest.serve_forever, daemon=True).start()
    script = (
        "import sentry_sdk\n"
        "from training.wsgi import application\n"
        "from django.test import Client\n"
        "print(Client(raise_request_exception=False).get('/', secure=True, HTTP_HOST='dvk.example.vn').status_code)\n"
        "client = sentry_sdk.get_client()\n"
        "print(sorted(name for name in ('django', 'celery') if client.get_integration(name)))\n"
        "client.flush(timeout=5)\n"
    )
    env = process_env(
        **PRODUCTION_ENV,
        STATIC_ROOT=str(production_static),
        DATABASE_URL="postgres://dvk@127.0.0.1:1/dvk",
        CELERY_BROKER_URL="memory://localhost/",
        SENTRY_DSN=f"http://publickey@127.0.0.1:{ingest.server_address[1]}/1",
    )
    try:
        result = run_python("-c", script, env=env, timeout=60)
    finally:
        ingest.shutdown()

    assert result.stdout.splitlines() == ["500", "['celery', 'django']"], result.stderr
    assert any("OperationalError" in envelope for envelope in ingest.envelopes)


def test_without_sentry_dsn_nothing_is_sent_anywhere():
    result = run_manage(
        "shell", "-c", "import sentry_sdk; print(sentry_sdk.get_client().is_active())", env=PRODUCTION_ENV
    )

    assert result.stdout.strip().splitlines()[-1] == "False"


def postgres_reachable():
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not postgres_reachable(), reason="needs PostgreSQL on 127.0.0.1:5432")
def test_web_processes_bound_sql_statements_and_commands_do_not():
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres"}
    show = "from django.db import connection; c = connection.cursor(); c.execute('SHOW statement_timeout'); print(c.fetchone()[0])"

    command = run_manage("shell", "-c", show, env=env)
    web = run_python("-c", f"import training.wsgi; {show}", env=process_env(**env))

    assert command.stdout.strip().splitlines()[-1] == "0"
    assert web.stdout.strip() == "15s", web.stderr
