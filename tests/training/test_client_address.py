"""Behind PROXY_COUNT proxies the client's address comes from X-Forwarded-For; without, the header is ignored."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from tests.factories import PASSWORD, TraineeFactory
from training.client_address import client_address

LOOKUP = reverse("certificate_lookup")
LOGIN = reverse("login")


def address(header=None, remote="10.0.0.2"):
    extra = {"REMOTE_ADDR": remote}
    if header is not None:
        extra["HTTP_X_FORWARDED_FOR"] = header
    return client_address(RequestFactory().get("/", **extra))


@pytest.mark.parametrize(
    ("proxies", "header", "expected"),
    [
        (0, None, "10.0.0.2"),
        (0, "203.0.113.7", "10.0.0.2"),  # anyone can send the header: without proxies it is ignored
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "198.51.100.1, 203.0.113.7", "203.0.113.7"),  # the left entry is the client's own claim
        (2, "198.51.100.1, 203.0.113.7, 192.0.2.10", "203.0.113.7"),
        (2, "203.0.113.7", "203.0.113.7"),  # came in past the outer proxy: the inner one wrote it
        (1, " 2001:DB8::1 ", "2001:db8::1"),
        (1, None, "10.0.0.2"),
        (1, "", "10.0.0.2"),
        (1, "not-an-address", "10.0.0.2"),
        (1, "198.51.100.1, unknown", "10.0.0.2"),
    ],
)
def test_the_client_address_counts_trusted_proxies_from_the_right(settings, proxies, header, expected):
    settings.PROXY_COUNT = proxies
    assert address(header) == expected


@pytest.fixture
def lookups(settings):
    settings.CERTIFICATE_LOOKUPS_PER_HOUR = 2
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def look_up(client, forwarded_for=None, remote="10.0.0.2"):
    extra = {"REMOTE_ADDR": remote} | ({"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for else {})
    return client.get(LOOKUP, {"serial": "DVK-2026-999999"}, **extra).status_code


@pytest.mark.django_db
def test_behind_a_proxy_each_client_has_its_own_certificate_lookups(client, settings, lookups):
    settings.PROXY_COUNT = 1

    assert [look_up(client, "203.0.113.7") for _ in range(3)] == [404, 404, 429]
    assert look_up(client, "203.0.113.8") == 404  # another person behind the same proxy
    assert look_up(client, "198.51.100.1, 203.0.113.7") == 429  # a forged entry changes nothing


@pytest.mark.django_db
def test_without_a_proxy_a_spoofed_header_does_not_buy_more_lookups(client, settings, lookups):
    settings.PROXY_COUNT = 0

    statuses = [look_up(client, f"203.0.113.{n}", remote="198.51.100.9") for n in range(3)]

    assert statuses == [404, 404, 429]
    assert look_up(client, remote="198.51.100.10") == 404


def sign_in(client, username, password, forwarded_for, remote="10.0.0.2"):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=remote,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


@pytest.mark.django_db
def test_behind_a_proxy_one_person_s_failures_do_not_lock_the_account_for_everyone(client, settings):
    settings.PROXY_COUNT = 1
    TraineeFactory(username="nhung")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "nhung", "sai-mat-khau", "203.0.113.7")

    assert sign_in(client, "nhung", PASSWORD, "203.0.113.7").status_code == 429
    assert sign_in(client, "nhung", PASSWORD, "198.51.100.1, 203.0.113.7").status_code == 429
    assert sign_in(client, "nhung", PASSWORD, "203.0.113.8").status_code == 302


@pytest.mark.django_db
def test_without_a_proxy_a_spoofed_header_does_not_escape_a_lockout(client, settings):
    settings.PROXY_COUNT = 0
    TraineeFactory(username="nhung")
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "nhung", "sai-mat-khau", f"203.0.113.{n}", remote="198.51.100.9")

    assert sign_in(client, "nhung", PASSWORD, "203.0.113.99", remote="198.51.100.9").status_code == 429
