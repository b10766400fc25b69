from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone


def locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout page: says when signing in may be tried again."""
    cooloff = settings.AXES_COOLOFF_TIME
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "retry_minutes": max(1, round(cooloff.total_seconds() / 60)),
        # A failed attempt during the lockout starts the cool-off again, so it ends cooloff from now.
        "retry_at": timezone.localtime(timezone.now() + cooloff),
    }
    return render(request, "registration/locked_out.html", context, status=429)


@login_required
def my_classes(request):
    return render(request, "training/my_classes.html")
