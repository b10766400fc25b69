"""Organizers manage training classes and enrolments; trainers see the classes they teach."""

from django.db import migrations

from common.roles import ORGANIZER, TRAINER, grant


def grant_class_permissions(apps, schema_editor):
    grant(
        apps,
        ORGANIZER,
        permissions=[
            *(f"training.{action}_trainingclass" for action in ("add", "change", "delete", "view")),
            *(f"training.{action}_enrollment" for action in ("add", "change", "delete", "view")),
            "training.view_organizingunit",
        ],
    )
    grant(apps, TRAINER, permissions=["training.view_trainingclass", "training.view_enrollment"])


class Migration(migrations.Migration):
    dependencies = [("training", "0003_training_classes"), ("training", "0002_roles")]

    operations = [migrations.RunPython(grant_class_permissions, migrations.RunPython.noop)]
