"""The environment of a production process started by a test: only what a deployment sets."""

import os
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "training.settings.production",
    "SECRET_KEY": "k3J9-vQx2_LmZ8pR4tW7yB1nC5dF0gH6jK2lM9qS3uV8xY4zA7bE1cD5fG0hJ2kL",
    "ALLOWED_HOSTS": "dvk.example.vn",
    "SITE_URL": "https://dvk.example.vn",
}


def process_env(**variables):
    """PATH, HOME and LANG of the test run, and ``variables``: nothing else of the tests' environment."""
    return {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ} | variables


def run_python(*args, env, timeout=120):
    """``python *args`` in the project folder with exactly ``env`` (see process_env)."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def collect_static(static_root):
    """collectstatic with production settings into ``static_root``, as deploy/release does: pages rendered
    by production settings name the hashed files of its manifest."""
    result = run_python(
        "manage.py", "collectstatic", "--noinput", "--verbosity", "0",
        env=process_env(**PRODUCTION_ENV, STATIC_ROOT=str(static_root)),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return static_root
