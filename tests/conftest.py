import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.utils import translation

SEEDS_DIR = Path(os.environ.get("DVK_SEEDS_DIR", Path(__file__).resolve().parents[2] / "shared" / "seeds"))
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS_DIR = Path(settings.BASE_DIR) / "var" / "screenshots"

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by the test
# itself beside it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

_skipped_browser_tests = []


@pytest.fixture(scope="session")
def seed_texts():
    """The five source articles, NFC-normalised, keyed by file name."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"source articles not found in {SEEDS_DIR}")
    return {
        path.name: unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        for path in sorted(SEEDS_DIR.glob("*.txt"))
    }


def pytest_collection_modifyitems(config, items):
    # Browser tests first: Playwright's session-wide browser must start before any other test has
    # used the database in this process, or the tests that follow it find the migrated rows gone.
    items.sort(key=lambda item: "browser" not in item.keywords)
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM}")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)
            _skipped_browser_tests.append(item.nodeid)


def pytest_terminal_summary(terminalreporter):
    if _skipped_browser_tests:
        terminalreporter.section("BROWSER TESTS SKIPPED", sep="!", red=True, bold=True)
        terminalreporter.write_line(
            f"Chromium was not found at {CHROMIUM}; install Debian's package (apt-get install chromium). "
            f"{len(_skipped_browser_tests)} browser test(s) did not run:",
            red=True,
        )
        for nodeid in _skipped_browser_tests:
            terminalreporter.write_line(f"  {nodeid}", red=True)


@pytest.fixture(scope="session")
def production_static(tmp_path_factory):
    """Static files collected once per run with production settings (tests/production.py)."""
    from tests.production import collect_static

    return collect_static(tmp_path_factory.mktemp("static"))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def browser_page(browser, live_server, request):
    """A fresh browser tab on the live server, English-speaking like most browsers here.

    A screenshot of the last screen is saved to var/screenshots/<test name>.png.
    """
    context = browser.new_context(
        base_url=live_server.url, locale="en-US", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS_DIR / f"{request.node.name}.png", full_page=True)
    context.close()


@pytest.fixture
def certificate_files(settings, tmp_path):
    """The private certificate storage in a folder of this test's own, which is returned."""
    root = tmp_path / "certificates"
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "training.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": str(root)},
        },
    }
    return root


def database_url():
    """The test database, as a URL for a process started by a test."""
    from django.db import connection

    database = connection.settings_dict
    if database["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{database['NAME']}"
    user = quote(database["USER"] or "")
    password = f":{quote(database['PASSWORD'])}" if database["PASSWORD"] else ""
    return f"postgres://{user}{password}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"


@pytest.fixture
def start_worker(tmp_path):
    """Start real `celery worker` processes on the configured broker and the test database, consuming
    the tests' queue: ``start_worker(concurrency=2, env={...})``. All are stopped at the end."""
    workers = []

    def start(concurrency=1, env=None, beat=False):
        log_path = tmp_path / f"worker-{len(workers)}.log"
        command = [
            sys.executable, "-m", "celery", "--app", "training", "worker",
            "--include", "tests.worker_tasks",
            "--queues", settings.CELERY_TASK_DEFAULT_QUEUE,
            "--loglevel", "INFO", "--without-mingle", "--without-gossip",
            "--hostname", f"test{len(workers)}-%h",
        ]  # fmt: skip
        command += (
            ["--pool", "solo"]
            if concurrency == 1
            else ["--pool", "prefork", "--concurrency", str(concurrency)]
        )
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "training.settings.test",
            "DATABASE_URL": database_url(),
            **(env or {}),
        }
        with open(log_path, "wb") as log:
            worker = subprocess.Popen(
                command,
                cwd=settings.BASE_DIR,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        worker.log_path = log_path
        worker.log = lambda: log_path.read_text(errors="replace")
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


@pytest.fixture
def celery_worker_process(start_worker):
    """One real `celery worker` process (solo pool) on the configured broker."""
    return start_worker()


def wait_for(condition, timeout=30.0, interval=0.2):
    """Poll ``condition`` until it returns something truthy, or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")


@pytest.fixture(autouse=True)
def sms_outbox():
    """The text messages sent by the in-memory SMS backend (contests.sms), empty at the start of each test."""
    from contests import sms

    sms.outbox.clear()
    return sms.outbox


@pytest.fixture
def english():
    """Messages checked in their English source form, whatever the Vietnamese catalogue holds."""
    with translation.override("en"):
        yield
