"""Organizers manage the classes of their own unit; trainers see the classes they teach."""

import pytest

from tests.factories import (
    EnrollmentFactory,
    OrganizerFactory,
    TraineeFactory,
    TrainerFactory,
    TrainingClassFactory,
)

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/training/trainingclass/"


def test_an_organizer_sees_and_edits_only_the_classes_of_their_unit(client):
    organizer = OrganizerFactory()
    ours = TrainingClassFactory(name="Lớp của đơn vị mình")
    ours.organizing_unit.organizers.add(organizer)
    theirs = TrainingClassFactory(name="Lớp của đơn vị khác")
    client.force_login(organizer)

    listing = client.get(LIST).content.decode()

    assert "Lớp của đơn vị mình" in listing and "Lớp của đơn vị khác" not in listing
    assert client.get(f"{LIST}edit/{ours.pk}/").status_code == 200
    assert client.get(f"{LIST}edit/{theirs.pk}/").status_code == 404


def test_a_trainer_sees_the_classes_they_teach_but_cannot_edit(client):
    trainer = TrainerFactory()
    taught = TrainingClassFactory(name="Lớp mình dạy")
    taught.trainers.add(trainer)
    TrainingClassFactory(name="Lớp khác")
    client.force_login(trainer)

    listing = client.get(LIST).content.decode()

    assert "Lớp mình dạy" in listing and "Lớp khác" not in listing
    assert client.get(f"{LIST}edit/{taught.pk}/").status_code == 302


def test_a_trainee_has_no_access_to_classes_in_the_admin(client):
    EnrollmentFactory()
    client.force_login(TraineeFactory())

    assert client.get(LIST).status_code == 302


def test_an_organizer_lists_only_the_enrollments_of_their_classes(client):
    organizer = OrganizerFactory()
    ours = EnrollmentFactory(trainee__full_name="Học viên lớp mình")
    ours.training_class.organizing_unit.organizers.add(organizer)
    theirs = EnrollmentFactory(trainee__full_name="Học viên lớp khác")
    client.force_login(organizer)

    listing = client.get("/admin/snippets/training/enrollment/").content.decode()

    assert "Học viên lớp mình" in listing and "Học viên lớp khác" not in listing
    assert client.get(f"/admin/snippets/training/enrollment/edit/{theirs.pk}/").status_code == 404


def test_an_organizer_enrolls_a_trainee_by_hand(client):
    organizer = OrganizerFactory()
    training_class = TrainingClassFactory()
    training_class.organizing_unit.organizers.add(organizer)
    trainee = TraineeFactory()
    client.force_login(organizer)

    client.post(
        "/admin/snippets/training/enrollment/add/",
        {
            "training_class": training_class.pk,
            "trainee": trainee.pk,
            "unit": "Sở Tư pháp",
            "position": "Chuyên viên",
        },
    )

    assert training_class.enrollments.get().trainee == trainee
