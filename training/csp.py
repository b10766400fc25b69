"""Content-Security-Policy: django-csp's middleware, with a policy of its own for the Wagtail admin.

The site's pages run only our static scripts and styles (``CONTENT_SECURITY_POLICY``). The admin
is Wagtail's, which writes inline scripts and styles, so ``/admin/`` gets
``ADMIN_CONTENT_SECURITY_POLICY`` instead: still nothing from another host. A page previewed in the
admin keeps the site's policy, but may be shown in the admin's frame.
"""

from functools import cached_property

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    @cached_property
    def admin_prefix(self):
        return reverse("wagtailadmin_home")

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(self.admin_prefix):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        elif getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
