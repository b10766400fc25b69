"""Trainers and organizers keep the register of documents; only organizers delete entries."""

from django.db import migrations

from common.roles import ORGANIZER, TRAINER, grant


def grant_register_permissions(apps, schema_editor):
    authoring = [f"courses.{action}_referencedocument" for action in ("add", "change", "view")]
    grant(apps, TRAINER, permissions=authoring)
    grant(apps, ORGANIZER, permissions=[*authoring, "courses.delete_referencedocument"])


class Migration(migrations.Migration):
    dependencies = [("courses", "0003_lesson_review_workflow"), ("training", "0002_roles")]

    operations = [migrations.RunPython(grant_register_permissions, migrations.RunPython.noop)]
