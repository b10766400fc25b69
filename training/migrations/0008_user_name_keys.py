"""Name keys on users, for accent-free search and Vietnamese ordering of trainees (training.names)."""

import training.models
from django.db import migrations, models

from training import names


def fill_name_keys(apps, schema_editor):
    User = apps.get_model("training", "User")
    users = list(User.objects.only("full_name", "first_name", "last_name", "username"))
    for user in users:
        names.fill_name_keys(user)
    User.objects.bulk_update(users, ["search_name", "sort_name"], batch_size=1000)


class Migration(migrations.Migration):

    dependencies = [
        ('training', '0007_certificate_permissions'),
    ]

    operations = [
        migrations.AlterModelManagers(
            name='user',
            managers=[
                ('objects', training.models.UserManager()),
            ],
        ),
        migrations.AddField(
            model_name='user',
            name='search_name',
            field=models.CharField(blank=True, editable=False, max_length=255),
        ),
        migrations.AddField(
            model_name='user',
            name='sort_name',
            field=models.CharField(blank=True, editable=False, max_length=255),
        ),
        migrations.RunPython(fill_name_keys, migrations.RunPython.noop),
    ]
