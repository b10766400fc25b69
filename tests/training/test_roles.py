"""What each role may do: trainers author but cannot publish, organizers publish, trainees stay out of the admin."""

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from tests.factories import OrganizerFactory, TraineeFactory, TrainerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return Page.objects.get(depth=2)


def test_a_trainee_has_no_admin_access(client):
    client.force_login(TraineeFactory())

    response = client.get("/admin/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("factory", [TrainerFactory, OrganizerFactory])
def test_trainers_and_organizers_work_in_the_admin(client, factory):
    client.force_login(factory())

    assert client.get("/admin/").status_code == 200


def test_a_trainer_can_add_and_edit_pages_but_not_publish(home):
    permissions = home.permissions_for_user(TrainerFactory())

    assert permissions.can_add_subpage()
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not permissions.can_publish_subpage()


def test_an_organizer_can_publish(home):
    permissions = home.permissions_for_user(OrganizerFactory())

    assert permissions.can_edit()
    assert permissions.can_publish()


def test_a_trainee_can_neither_edit_nor_publish(home):
    permissions = home.permissions_for_user(TraineeFactory())

    assert not permissions.can_edit()
    assert not permissions.can_publish()


def test_trainers_can_upload_images_and_documents():
    trainer = TrainerFactory()

    assert policy_registry.get_by_type(get_image_model()).user_has_permission(trainer, "add")
    assert policy_registry.get_by_type(get_document_model()).user_has_permission(trainer, "add")


@pytest.mark.parametrize("factory", [TrainerFactory, OrganizerFactory])
def test_trainers_and_organizers_keep_the_register_of_documents(client, factory):
    client.force_login(factory())

    assert client.get("/admin/snippets/courses/referencedocument/add/").status_code == 200


def test_the_admin_loads_no_avatar_from_another_host(client):
    client.force_login(OrganizerFactory())

    assert "gravatar" not in client.get("/admin/").content.decode()
