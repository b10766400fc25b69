from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from training.enrollment.importing import import_roster
from training.enrollment.roster import RosterError, read_roster
from training.management.classes import class_with_code


class Command(BaseCommand):
    help = (
        "Enrol the trainees of a spreadsheet (.xlsx or .csv) in a class. Prints each bad row, the one-time "
        "passwords of new accounts, and last 'imported: N, skipped: K, errors: M'. Exit status 0 only without errors."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--class", dest="class_code", required=True, help="the class code, e.g. DVK-2026-01"
        )
        parser.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
        parser.add_argument(
            "--passwords-out",
            help="write the new accounts and their one-time passwords to this CSV file instead of the screen",
        )

    def handle(self, *args, file, class_code, dry_run, passwords_out, **options):
        training_class = class_with_code(class_code)
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            with path.open("rb") as data:
                roster = read_roster(data, path.name)
        except RosterError as error:
            raise CommandError(str(error)) from None

        report = import_roster(roster, training_class, dry_run=dry_run)
        for problem in report.problems:
            self.stderr.write(problem.message)
        if report.new_accounts and not dry_run:
            lines = ["row,full_name,username,email,phone,one_time_password"] + [
                f"{a.row_number},{a.user.full_name},{a.user.username},{a.user.email},{a.user.phone},{a.password}"
                for a in report.new_accounts
            ]
            if passwords_out:
                Path(passwords_out).write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
                self.stdout.write(
                    f"One-time passwords of {len(report.new_accounts)} new account(s) written to {passwords_out}"
                )
            else:
                self.stdout.write(
                    "New accounts and their one-time passwords (hand them out; each must be changed at first sign-in):"
                )
                self.stdout.write("\n".join(lines))
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
        self.stdout.write(report.summary)
        if report.problems:
            raise SystemExit(1)
