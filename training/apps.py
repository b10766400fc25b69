from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Training classes")

    def ready(self):
        from common.cell_text import protect_wagtail_exports

        from . import audit, receivers  # noqa: F401
        from .certificates import kinds
        from .models import Certificate
        from .tasks import issue_certificate

        protect_wagtail_exports()
        kinds.register(Certificate, issue_certificate)
