from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Training classes")

    def ready(self):
        from . import audit, receivers  # noqa: F401
        from .cell_text import protect_wagtail_exports

        protect_wagtail_exports()
