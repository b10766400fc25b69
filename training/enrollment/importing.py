"""Enrol the valid rows of a roster (``training.enrollment.roster``) in a class, creating accounts where needed.

A trainee who already has an account (same e-mail or phone) is enrolled with it. A new account
gets a one-time password that the organizer hands out; the trainee must choose their own at the
first sign-in. Everything happens in one transaction: a fault halfway writes nothing.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from common import roles

from ..models import Enrollment
from .roster import RowProblem

# No 0/o, 1/l/i: the password is read off paper.
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass
class NewAccount:
    row_number: int
    user: object
    password: str


@dataclass
class ImportReport:
    imported: list = field(default_factory=list)  # Enrollment rows created
    skipped: list = field(default_factory=list)  # (row number, trainee) already enrolled
    problems: list = field(default_factory=list)  # RowProblem, from the file and from the accounts
    new_accounts: list = field(default_factory=list)  # NewAccount

    @property
    def summary(self):
        return f"imported: {len(self.imported)}, skipped: {len(self.skipped)}, errors: {len(self.problems)}"


def import_roster(roster, training_class, dry_run=False):
    """Enrol every valid row; with ``dry_run`` compute the same report and write nothing."""
    report = ImportReport(problems=list(roster.problems))
    with transaction.atomic():
        trainee_group = Group.objects.get(name=roles.TRAINEE)
        for row in roster.rows:
            user, problem = _account_for(row)
            if problem:
                report.problems.append(RowProblem(row.row_number, problem))
                continue
            if user is None:
                password = new_password()
                user = _create_account(row, password, trainee_group)
                report.new_accounts.append(NewAccount(row.row_number, user, password))
            enrollment, created = Enrollment.objects.get_or_create(
                training_class=training_class,
                trainee=user,
                defaults={"unit": row.unit, "position": row.position, "source": Enrollment.Source.IMPORT},
            )
            if created:
                report.imported.append(enrollment)
            else:
                report.skipped.append((row.row_number, user))
        report.problems.sort(key=lambda problem: problem.row_number)
        if dry_run:
            transaction.set_rollback(True)
    return report


def new_password():
    """A one-time password, handed out on paper and changed at the first sign-in."""
    return get_random_string(10, PASSWORD_ALPHABET)


def _account_for(row):
    """(existing account or None, problem message or "")."""
    User = get_user_model()
    lookup = Q()
    if row.email:
        lookup |= Q(email__iexact=row.email)
    if row.phone:
        lookup |= Q(phone=row.phone)
    matches = list(User.objects.filter(lookup)[:2])
    if len(matches) > 1:
        return None, _(
            "Row %(row)s: the email belongs to one account and the phone number to another (%(first)s, %(second)s)."
        ) % {"row": row.row_number, "first": matches[0].get_full_name(), "second": matches[1].get_full_name()}
    return (matches[0] if matches else None), ""


def _create_account(row, password, trainee_group):
    User = get_user_model()
    user = User(username=_free_username(row), full_name=row.full_name, email=row.email, phone=row.phone)
    user.set_password(password)
    user.must_change_password = True
    user.save()
    user.groups.add(trainee_group)
    return user


def _free_username(row):
    User = get_user_model()
    base = (row.email.split("@")[0] if row.email else row.phone)[:140] or "hocvien"
    candidate, n = base, 2
    while User.objects.filter(username__iexact=candidate).exists():
        candidate, n = f"{base}{n}", n + 1
    return candidate
