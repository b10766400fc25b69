"""Organizers keep their units' certificate templates, and see and revoke their classes' certificates."""

from django.db import migrations

from common.roles import ORGANIZER, grant


def grant_certificate_permissions(apps, schema_editor):
    grant(
        apps,
        ORGANIZER,
        permissions=[
            *(f"training.{action}_certificatetemplate" for action in ("add", "change", "delete", "view")),
            "training.view_certificate",
            "training.change_certificate",
        ],
    )


class Migration(migrations.Migration):
    dependencies = [("training", "0006_certificates"), ("training", "0002_roles")]

    operations = [migrations.RunPython(grant_certificate_permissions, migrations.RunPython.noop)]
