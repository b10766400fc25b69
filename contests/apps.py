from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContestsConfig(AppConfig):
    name = "contests"
    verbose_name = _("Contests")

    def ready(self):
        from training import certificate_kinds

        from .models import ContestCertificate

        certificate_kinds.register(ContestCertificate)
