from pathlib import Path

from django.core.management.base import BaseCommand

from training.certificates.content import sample_content, template_of
from training.certificates.pdf import render_certificate
from training.management.classes import class_with_code
from training.models import TrainingClass


class Command(BaseCommand):
    help = "Render a class's certificate with made-up trainee data, to check its template."

    def add_arguments(self, parser):
        parser.add_argument("--class", dest="code", required=True, help="the class code")
        parser.add_argument("--name", help="the trainee's full name to print (default: a sample name)")
        parser.add_argument("-o", "--output", required=True, help="the PDF file to write")

    def handle(self, *args, code, name, output, **options):
        training_class = class_with_code(
            code, TrainingClass.objects.select_related("course", "organizing_unit", "certificate_template")
        )
        template = template_of(training_class)
        pdf = render_certificate(sample_content(template, training_class, name))
        Path(output).write_bytes(pdf)
        self.stdout.write(
            f"Wrote {output} ({len(pdf):,} bytes) with the template “{template.name or template.issuing_body}”."
        )
