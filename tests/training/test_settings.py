"""Configuration comes from the environment, and production refuses to start insecurely."""

import os
import subprocess
import sys

from django.conf import settings

REAL_SECRET = "k3J9-vQx2_LmZ8pR4tW7yB1nC5dF0gH6jK2lM9qS3uV8xY4zA7bE1cD5fG0hJ2kL"
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "training.settings.production",
    "SECRET_KEY": REAL_SECRET,
    "ALLOWED_HOSTS": "dvk.example.vn",
    "SITE_URL": "https://dvk.example.vn",
}


def run_manage(*args, env):
    """Run manage.py in a deployment's environment: only what the deployment sets, nothing of the tests'."""
    clean = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


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
