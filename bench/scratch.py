"""What the benchmarks share: a scratch PostgreSQL database with a scratch media folder, and the
environment of their processes."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]


def environment(database, **variables):
    """Development settings on the database ``database`` of the PostgreSQL at 127.0.0.1:5432, with
    its own media folder (what ``load_demo`` uploads must not land in the development ``var/media/``),
    DEBUG off, quiet logs and an in-memory broker (a task queued by ``load_demo`` must not wait in the
    development broker's folder for ``make run``'s worker), plus ``variables``."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "training.settings.dev",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "MEDIA_ROOT": str(media_root(database)),
        "CERTIFICATES_ROOT": str(certificates_root(database)),
        "DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        "CELERY_BROKER_URL": "memory://localhost/",
        **variables,
    }


def media_root(database):
    """The scratch media folder of the benchmark that uses ``database``."""
    return Path(tempfile.gettempdir()) / f"{database}-media"


def certificates_root(database):
    """The scratch folder of certificate PDFs, beside (never inside) the scratch media folder."""
    return Path(tempfile.gettempdir()) / f"{database}-certificates"


def setup_django(env):
    """Django in this process, with ``env``."""
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()


def manage(env, *args):
    """``manage.py args`` in a process of its own; its output is dropped, its errors still show."""
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True, stdout=subprocess.DEVNULL
    )


@contextmanager
def scratch_database(name):
    """A new, empty database ``name`` with media and certificate folders, all removed on the way out even
    when the benchmark fails."""
    psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    psql(f"CREATE DATABASE {name}")
    folders = (media_root(name), certificates_root(name))
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    try:
        yield
    finally:
        psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # FORCE: connections still open end
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)


def psql(sql):
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql],
        check=True,
        env={**os.environ, "PGOPTIONS": "--client-min-messages=warning"},
    )


def free_port():
    """A TCP port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, server):
    """Wait until ``server`` (a gunicorn process) listens on ``port`` of 127.0.0.1; stop if it exits."""
    for _ in range(300):
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped at start-up")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not start")


def start(command, env):
    """``command`` in a session of its own (``stop`` ends it with its children), its output dropped."""
    return subprocess.Popen(
        command,
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def stop(process):
    """Stop a server and its children (their CPU time then counts in the caller's children's)."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def session_for(user):
    """The key of a session for ``user``, as signing in makes it (with Django set up)."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "training.auth.UsernameEmailOrPhoneBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key
