"""Trainers keep the question banks and quiz settings; organizers see banks and set quizzes; trainees nothing."""

from django.db import migrations

from common.roles import ORGANIZER, TRAINER, grant

BANK = ["question", "questioncategory", "option"]


def grant_bank_permissions(apps, schema_editor):
    grant(
        apps,
        TRAINER,
        permissions=[f"quizzes.{action}_{model}" for model in [*BANK, "quiz"] for action in ("add", "change", "delete", "view")],
    )
    grant(
        apps,
        ORGANIZER,
        permissions=[
            *(f"quizzes.view_{model}" for model in BANK),
            *(f"quizzes.{action}_quiz" for action in ("add", "change", "delete", "view")),
        ],
    )


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0001_initial"), ("training", "0002_roles")]

    operations = [migrations.RunPython(grant_bank_permissions, migrations.RunPython.noop)]
