"""generate_scale_data fills a database with realistic classes, and only where demo data is allowed."""

import pytest
from django.core.management import CommandError, call_command

from training.models import Certificate, Enrollment, TrainingClass

pytestmark = pytest.mark.django_db


def test_it_makes_classes_of_trainees_with_vietnamese_names_at_every_stage(capsys):
    call_command("generate_scale_data", trainees=90, classes=2, seed=4)

    output = capsys.readouterr().out
    generated = TrainingClass.objects.filter(code__startswith="DVK-QM-")
    enrollments = Enrollment.objects.filter(training_class__in=generated)
    assert generated.count() == 2 and enrollments.count() == 90
    assert "created: 2 classes, 90 trainees" in output
    assert all(name.split()[0] in {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
               "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ"}
               for name in enrollments.values_list("trainee__full_name", flat=True))  # fmt: skip
    assert enrollments.filter(completed_at__isnull=False).exists()
    assert enrollments.filter(completed_at__isnull=True, lesson_completions__isnull=False).exists()
    assert enrollments.values("unit").distinct().count() > 5
    assert Certificate.objects.filter(enrollment__in=enrollments, status="issued").exists()
    assert generated.first().organizing_unit.organizers.filter(username="bantochuc").exists()


def test_it_is_refused_where_demo_data_is(settings):
    settings.DEMO_DATA_ALLOWED = False

    with pytest.raises(CommandError, match="refused"):
        call_command("generate_scale_data", trainees=10)
