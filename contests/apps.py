from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContestsConfig(AppConfig):
    name = "contests"
    verbose_name = _("Contests")

    def ready(self):
        from training import signals
        from training.certificates import kinds as certificate_kinds

        from . import demo
        from .models import ContestCertificate
        from .tasks import issue_contest_certificate

        certificate_kinds.register(ContestCertificate, issue_contest_certificate)
        signals.demo_loading.connect(demo.load_demo, dispatch_uid="contests.demo")
