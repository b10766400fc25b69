"""One organizing unit never sees another's data in the admin: every view Wagtail makes for the training
models answers another unit's object with a 404, exactly as a missing one."""

import pytest
from django.utils import timezone

from tests.factories import (
    CertificateFactory,
    CertificateTemplateFactory,
    EnrollmentFactory,
    OrganizerFactory,
    TrainerFactory,
)
from training.models import Certificate, Enrollment

pytestmark = pytest.mark.django_db

MISSING = 999999

OBJECT_URLS = [
    "/admin/snippets/training/trainingclass/edit/{class_}/",
    "/admin/snippets/training/trainingclass/delete/{class_}/",
    "/admin/snippets/training/trainingclass/usage/{class_}/",
    "/admin/snippets/training/trainingclass/history/{class_}/",
    "/admin/snippets/training/trainingclass/history-results/{class_}/",
    "/admin/snippets/training/trainingclass/copy/{class_}/",
    "/admin/snippets/training/enrollment/edit/{enrollment}/",
    "/admin/snippets/training/enrollment/delete/{enrollment}/",
    "/admin/snippets/training/enrollment/usage/{enrollment}/",
    "/admin/snippets/training/enrollment/history/{enrollment}/",
    "/admin/snippets/training/enrollment/copy/{enrollment}/",
    "/admin/snippets/training/certificate/inspect/{certificate}/",
    "/admin/snippets/training/certificate/edit/{certificate}/",
    "/admin/snippets/training/certificate/usage/{certificate}/",
    "/admin/snippets/training/certificate/history/{certificate}/",
    "/admin/snippets/training/certificatetemplate/edit/{template}/",
    "/admin/snippets/training/certificatetemplate/usage/{template}/",
    "/admin/snippets/choose/training/trainingclass/chosen/{class_}/",
    "/admin/snippets/choose/training/enrollment/chosen/{enrollment}/",
    "/admin/snippets/choose/training/certificate/chosen/{certificate}/",
    "/admin/snippets/choose/training/certificatetemplate/chosen/{template}/",
    "/admin/bulk/training/enrollment/delete/?id={enrollment}",
    "/admin/bulk/training/certificate/delete/?id={certificate}",
    "/admin/training/classes/{class_}/import/",
    "/admin/training/classes/{class_}/certificates/",
    "/admin/training/classes/{class_}/dashboard/",
    "/admin/training/certificates/{certificate}/revoke/",
    "/admin/training/certificate-templates/{template}/preview.pdf",
]


@pytest.fixture
def unit_a():
    """A class of unit A with a completed trainee, an issued certificate and a template."""
    enrollment = EnrollmentFactory(trainee__full_name="Lê Thị Bảo Mật", completed_at=timezone.now())
    training_class = enrollment.training_class
    certificate = CertificateFactory(
        enrollment=enrollment, serial="DVK-2026-000001", code="ma-xac-minh-bi-mat", status="issued"
    )
    template = CertificateTemplateFactory(
        organizing_unit=training_class.organizing_unit,
        name="Mẫu của đơn vị A",
        issuing_body="BAN DÂN VẬN",
        place="Kon Tum",
        signer_title="TRƯỞNG BAN",
        signer_name="Trần Văn Ký",
    )
    organizer = OrganizerFactory()
    training_class.organizing_unit.organizers.add(organizer)
    return {
        "class_": training_class.pk,
        "enrollment": enrollment.pk,
        "certificate": certificate.pk,
        "template": template.pk,
        "organizer": organizer,
    }


@pytest.fixture
def organizer_b():
    """An organizer of unit B, which has a class of its own."""
    organizer = OrganizerFactory()
    EnrollmentFactory().training_class.organizing_unit.organizers.add(organizer)
    return organizer


@pytest.mark.parametrize("url", OBJECT_URLS)
def test_another_units_object_is_a_404_exactly_as_a_missing_one(client, unit_a, organizer_b, url):
    client.force_login(organizer_b)
    missing = dict.fromkeys(("class_", "enrollment", "certificate", "template"), MISSING)

    theirs = client.get(url.format(**unit_a))

    assert theirs.status_code == 404
    assert client.get(url.format(**missing)).status_code == 404
    assert "Bảo Mật" not in theirs.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/training/certificate/inspect/{certificate}/",
        "/admin/snippets/training/enrollment/usage/{enrollment}/",
        "/admin/snippets/training/enrollment/history/{enrollment}/",
        "/admin/snippets/training/trainingclass/history/{class_}/",
        "/admin/snippets/training/certificate/history/{certificate}/",
    ],
)
def test_the_units_own_organizer_opens_them(client, unit_a, url):
    client.force_login(unit_a["organizer"])

    assert client.get(url.format(**unit_a)).status_code == 200


@pytest.mark.parametrize("model", ["trainingclass", "enrollment", "certificate", "certificatetemplate"])
def test_choosers_list_only_the_users_own_units_objects(client, unit_a, organizer_b, model):
    client.force_login(organizer_b)

    listing = client.get(f"/admin/snippets/choose/training/{model}/").json()["html"]
    results = client.get(f"/admin/snippets/choose/training/{model}/results/?q=").content.decode()

    for html in (listing, results):
        assert "Bảo Mật" not in html and "DVK-2026-000001" not in html and "Mẫu của đơn vị A" not in html
        assert (
            f"/chosen/{unit_a[{'trainingclass': 'class_', 'certificatetemplate': 'template'}.get(model, model)]}/"
            not in html
        )


def test_choosing_several_returns_only_visible_ones(client, unit_a, organizer_b):
    client.force_login(organizer_b)

    response = client.get(
        f"/admin/snippets/choose/training/enrollment/chosen-multiple/?id={unit_a['enrollment']}"
    )

    assert response.status_code == 200
    assert response.json()["result"] == []


def test_a_trainer_chooses_among_the_enrollments_of_the_classes_they_teach(client, unit_a):
    trainer = TrainerFactory()
    EnrollmentFactory(trainee__full_name="Học viên lớp mình dạy").training_class.trainers.add(trainer)
    client.force_login(trainer)

    html = client.get("/admin/snippets/choose/training/enrollment/").json()["html"]

    assert "Học viên lớp mình dạy" in html and "Bảo Mật" not in html


def test_bulk_deleting_all_never_reaches_another_unit(client, unit_a, organizer_b):
    client.force_login(organizer_b)
    ours = Enrollment.objects.get(training_class__organizing_unit__organizers=organizer_b)

    confirm = client.get("/admin/bulk/training/enrollment/delete/?id=all")
    client.post("/admin/bulk/training/enrollment/delete/?id=all")

    assert confirm.status_code == 200
    assert "Bảo Mật" not in confirm.content.decode()
    assert Enrollment.objects.filter(pk=unit_a["enrollment"]).exists()
    assert not Enrollment.objects.filter(pk=ours.pk).exists()


def test_posting_a_bulk_delete_of_another_units_enrollment_deletes_nothing(client, unit_a, organizer_b):
    client.force_login(organizer_b)

    response = client.post(f"/admin/bulk/training/enrollment/delete/?id={unit_a['enrollment']}")

    assert response.status_code == 404
    assert Enrollment.objects.filter(pk=unit_a["enrollment"]).exists()


def test_revoking_another_units_certificate_by_post_is_a_404_and_changes_nothing(client, unit_a, organizer_b):
    client.force_login(organizer_b)

    response = client.post(f"/admin/training/certificates/{unit_a['certificate']}/revoke/", {"reason": "x"})

    assert response.status_code == 404
    assert Certificate.objects.get(pk=unit_a["certificate"]).status == "issued"
