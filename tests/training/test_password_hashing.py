"""Passwords are hashed with Argon2id at OWASP's parameters; older hashes are re-hashed at sign-in."""

import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher, identify_hasher, make_password
from django.urls import reverse

from tests.factories import PASSWORD, TraineeFactory
from training.hashers import Argon2idPasswordHasher

pytestmark = pytest.mark.django_db

PRODUCTION_HASHERS = [
    "training.hashers.Argon2idPasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]


def parameters(encoded):
    """What an Argon2 hash says of itself, e.g. {"v": "19", "m": "19456", "t": "2", "p": "1"} and its variant."""
    variant, version, costs = encoded.split("$")[1:4]
    return {"variant": variant, version.split("=")[0]: version.split("=")[1]} | dict(
        cost.split("=") for cost in costs.split(",")
    )


def test_a_new_password_is_hashed_with_argon2id_at_owasp_parameters(settings):
    settings.PASSWORD_HASHERS = PRODUCTION_HASHERS

    encoded = make_password("Mật-khẩu-mới-2026")

    assert parameters(encoded) == {"variant": "argon2id", "v": "19", "m": "19456", "t": "2", "p": "1"}
    assert isinstance(identify_hasher(encoded), Argon2idPasswordHasher)


def test_a_hash_with_djangos_heavier_default_is_rehashed_at_the_next_sign_in(client, settings):
    settings.PASSWORD_HASHERS = PRODUCTION_HASHERS
    heavy = Argon2PasswordHasher().encode(PASSWORD, Argon2PasswordHasher().salt())
    trainee = TraineeFactory(username="nhung")
    type(trainee).objects.filter(pk=trainee.pk).update(password=heavy)
    assert parameters(heavy)["m"] == "102400"

    response = client.post(reverse("login"), {"username": "nhung", "password": PASSWORD})

    assert response.status_code == 302
    trainee.refresh_from_db()
    assert parameters(trainee.password)["m"] == "19456"
    assert trainee.check_password(PASSWORD)


def test_a_pbkdf2_hash_is_rehashed_with_argon2id_at_the_next_sign_in(client, settings):
    settings.PASSWORD_HASHERS = PRODUCTION_HASHERS
    trainee = TraineeFactory(username="nhung")
    type(trainee).objects.filter(pk=trainee.pk).update(
        password=make_password(PASSWORD, hasher="pbkdf2_sha256")
    )

    assert client.post(reverse("login"), {"username": "nhung", "password": PASSWORD}).status_code == 302

    trainee.refresh_from_db()
    assert parameters(trainee.password)["variant"] == "argon2id"
