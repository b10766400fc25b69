"""Certificate PDFs leave the public media folder for their private storage.

A data migration rather than a command, so that no deployment can forget it: `migrate`, which every
upgrade runs, moves the files at the same moment the code that serves them privately arrives, and
the old `/media/certificates/<serial>.pdf` addresses stop answering. It is idempotent: files are
copied, then deleted from media, then the rows renamed; run again after a failure, it moves what is
left and renames the rest.
"""

from django.db import migrations, models
from django.db.models.functions import Substr

import training.storage

OLD_FOLDER = "certificates"


def move_certificate_files(apps, schema_editor):
    from django.core.files.storage import default_storage

    private = training.storage.certificate_storage()
    try:
        _folders, names = default_storage.listdir(OLD_FOLDER)
    except FileNotFoundError:
        names = []
    for name in names:
        old = f"{OLD_FOLDER}/{name}"
        with default_storage.open(old, "rb") as source:
            private.delete(name)
            private.save(name, source)
        default_storage.delete(old)
    Certificate = apps.get_model("training", "Certificate")
    Certificate.objects.filter(file__startswith=f"{OLD_FOLDER}/").update(
        file=Substr("file", len(OLD_FOLDER) + 2)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0010_todays_names_in_certificate_help"),
    ]

    operations = [
        migrations.AlterField(
            model_name="certificate",
            name="file",
            field=models.FileField(
                blank=True,
                editable=False,
                storage=training.storage.certificate_storage,
                upload_to="",
                verbose_name="PDF file",
            ),
        ),
        migrations.RunPython(move_certificate_files, migrations.RunPython.noop),
    ]
