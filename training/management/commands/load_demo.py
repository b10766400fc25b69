from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from training import demo, signals

from .load_course import load_course_content


class Command(BaseCommand):
    help = "Load the demo site, course and accounts. Idempotent: a second run changes nothing."

    def handle(self, *args, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError(
                "load_demo creates accounts with a published password and is refused by these settings "
                f"({settings.SETTINGS_MODULE})."
            )
        with transaction.atomic():
            course, changes = load_course_content()
            accounts = demo.load_accounts()
            changes += demo.load_class(course)
            sign_ins = []
            for _receiver, (created, lines) in signals.demo_loading.send(sender=None, course=course):
                changes += created
                sign_ins += lines

        if accounts:
            changes.append(f"{len(accounts)} demo account(s)")
        if changes:
            self.stdout.write(self.style.SUCCESS("Demo data loaded: " + ", ".join(changes) + "."))
        else:
            self.stdout.write("Demo data already loaded; nothing changed.")

        self.stdout.write(f"\nDemo accounts (password {demo.PASSWORD}):")
        for username, full_name, _email, role in demo.ACCOUNTS:
            self.stdout.write(f"  {username:<10} {role or 'Quản trị (superuser)':<22} {full_name}")
        for line in sign_ins:
            self.stdout.write(line)
