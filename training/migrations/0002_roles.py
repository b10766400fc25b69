"""Create the groups Học viên, Giảng viên and Ban tổ chức with what each may do.

Trainers author pages but cannot publish; organizers approve and publish; trainees get no admin access.
"""

from django.db import migrations

from common.roles import ORGANIZER, TRAINEE, TRAINER, grant

MEDIA_AUTHORING = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]


def create_roles(apps, schema_editor):
    grant(apps, TRAINEE)
    grant(
        apps,
        TRAINER,
        permissions=["wagtailadmin.access_admin"],
        page_permissions=["wagtailcore.add_page", "wagtailcore.change_page"],
        collection_permissions=MEDIA_AUTHORING,
    )
    grant(
        apps,
        ORGANIZER,
        permissions=["wagtailadmin.access_admin"],
        page_permissions=[
            "wagtailcore.add_page",
            "wagtailcore.change_page",
            "wagtailcore.publish_page",
            "wagtailcore.lock_page",
            "wagtailcore.unlock_page",
        ],
        collection_permissions=[*MEDIA_AUTHORING, "wagtailimages.change_image", "wagtaildocs.change_document"],
    )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[TRAINEE, TRAINER, ORGANIZER]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
