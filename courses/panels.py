from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class UnrecognisedCodesPanel(Panel):
    """Tells the trainer which document codes written in the lesson are not in the register."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/panels/unrecognised_codes.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["codes"] = self.instance.unrecognised_codes
            return context

        def is_shown(self):
            return bool(self.instance.unrecognised_codes)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Documents not in the register"))
        super().__init__(*args, **kwargs)
