from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from common import roles
from training.enrollment.importing import new_password
from training.models import OrganizingUnit


class Command(BaseCommand):
    help = (
        "Give someone the organizer's role (Ban tổ chức) in an organizing unit. A new account gets a one-time "
        "password, printed once, to be changed at the first sign-in; an existing account keeps its password."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--unit", required=True, help="the organizing unit's name (see create_unit)")
        parser.add_argument("--full-name", required=True)
        parser.add_argument("--email", required=True)

    def handle(self, *args, username, unit, full_name, email, **options):
        organizing_unit = OrganizingUnit.objects.filter(name=unit.strip()).first()
        if organizing_unit is None:
            raise CommandError(f"No organizing unit is named {unit!r}; create it with create_unit.")
        User = get_user_model()
        with transaction.atomic():
            user = User.objects.filter(username__iexact=username).first()
            password = None
            if user is None:
                password = new_password()
                user = User(username=username, full_name=full_name, email=email)
                user.set_password(password)
                user.must_change_password = True
                user.save()
            user.groups.add(Group.objects.get(name=roles.ORGANIZER))
            organizing_unit.organizers.add(user)
        self.stdout.write(f"organizer: {user.username} of {organizing_unit.name}")
        if password:
            self.stdout.write(f"one-time password: {password}")
        else:
            self.stdout.write("existing account: password unchanged")
