import pytest
from django.db import OperationalError
from kombu import Connection

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


def test_healthz_is_503_and_names_the_database_when_it_is_down(client, monkeypatch):
    def refuse():
        raise OperationalError("connection refused")

    monkeypatch.setattr(health.connection, "cursor", refuse)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
