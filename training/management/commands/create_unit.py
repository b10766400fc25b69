from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from training.models import CertificateTemplate, OrganizingUnit


class Command(BaseCommand):
    help = (
        "Create an organizing unit (đơn vị tổ chức) and its certificate template, as the admin does. "
        "A unit that exists is left as it is, and gets a template only if it has none."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="e.g. «Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi»")
        parser.add_argument(
            "--issuing-body",
            required=True,
            help="top left of the certificate; a line break as \\n, e.g. «TỈNH ỦY QUẢNG NGÃI\\nBAN TUYÊN GIÁO VÀ DÂN VẬN»",
        )
        parser.add_argument("--place", required=True, help="before the date, e.g. «Quảng Ngãi»")
        parser.add_argument("--signer-title", required=True, help="e.g. «TRƯỞNG BAN»")
        parser.add_argument("--signer-name", required=True)

    def handle(self, *args, name, issuing_body, place, signer_title, signer_name, **options):
        with transaction.atomic():
            unit, created = OrganizingUnit.objects.get_or_create(name=name.strip())
            if unit.certificate_templates.exists():
                template = None
            else:
                template = CertificateTemplate(
                    organizing_unit=unit,
                    name=f"Mẫu giấy chứng nhận của {unit.name}",
                    issuing_body=issuing_body.replace("\\n", "\n"),
                    place=place,
                    signer_title=signer_title,
                    signer_name=signer_name,
                )
                try:
                    template.full_clean()
                except ValidationError as error:
                    raise CommandError("; ".join(error.messages)) from None
                template.save()
        self.stdout.write(f"unit: {unit.name} ({'created' if created else 'already there'})")
        self.stdout.write(f"certificate template: {template.name if template else 'already there'}")
