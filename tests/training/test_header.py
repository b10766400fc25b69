import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.urls import reverse

from tests.factories import OrganizerFactory, TraineeFactory, TrainerFactory, UserFactory
from training.templatetags.header_tags import may_administer

pytestmark = pytest.mark.django_db

ADMIN_LINK = f'href="{reverse("wagtailadmin_home")}"'


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def header_of(client, user):
    client.force_login(user)
    return client.get(reverse("my_classes")).content.decode()


def test_a_trainee_has_no_link_to_the_admin(client):
    assert ADMIN_LINK not in header_of(client, TraineeFactory())


@pytest.mark.parametrize("factory", [TrainerFactory, OrganizerFactory])
def test_trainers_and_organizers_have_the_link(client, factory):
    assert ADMIN_LINK in header_of(client, factory())


def test_the_link_follows_access_to_the_admin_given_directly_or_as_superuser(client):
    direct = UserFactory()
    direct.user_permissions.add(Permission.objects.get(codename="access_admin"))

    assert ADMIN_LINK in header_of(client, direct)
    assert ADMIN_LINK in header_of(client, UserFactory(is_superuser=True))


def test_an_inactive_superuser_may_not_administer():
    assert not may_administer(UserFactory(is_superuser=True, is_active=False))


def test_the_answer_costs_one_query_then_none(django_assert_num_queries):
    trainer = TrainerFactory()

    with django_assert_num_queries(1):
        assert may_administer(trainer)
    with django_assert_num_queries(0):
        assert may_administer(trainer)
