import posixpath
import unicodedata

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.static import serve

from courses.models import LessonPage
from quizzes.models import Attempt, Quiz
from quizzes.results import quiz_result

from .enrollment.class_code import EnrollmentRefused, enroll_with_code
from .models import Enrollment
from .progress import mark_lesson, progress_of


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


class ClassCodeForm(forms.Form):
    code = forms.CharField(label=gettext_lazy("Class code"), max_length=32)
    unit = forms.CharField(label=gettext_lazy("Your unit (đơn vị)"), max_length=255, required=False)
    position = forms.CharField(label=gettext_lazy("Your position (chức vụ)"), max_length=255, required=False)

    def clean_unit(self):
        return " ".join(unicodedata.normalize("NFC", self.cleaned_data["unit"]).split())

    def clean_position(self):
        return " ".join(unicodedata.normalize("NFC", self.cleaned_data["position"]).split())


REFUSALS = {
    "unknown": gettext_lazy("No class has the code “%(code)s”. Check it with your organizer."),
    "closed": gettext_lazy(
        "Class “%(code)s” does not accept enrolment by code. Ask your organizer to enrol you."
    ),
    "ended": gettext_lazy("Class “%(code)s” has ended; it no longer accepts trainees."),
}


@login_required
def my_classes(request):
    """*Lớp của tôi*: the trainee's classes with their progress and quiz result, and enrolment by code."""
    form = ClassCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _enroll_by_code(request, form):
        return redirect("my_classes")
    return render(request, "training/my_classes.html", {"rows": _class_rows(request.user), "form": form})


def _enroll_by_code(request, form):
    """Enrol the trainee in the class of the code typed; a refusal becomes the form's error."""
    code = form.cleaned_data["code"].strip().upper()
    try:
        enrollment, created = enroll_with_code(
            request.user, code, unit=form.cleaned_data["unit"], position=form.cleaned_data["position"]
        )
    except EnrollmentRefused as refusal:
        form.add_error("code", REFUSALS[refusal.reason] % {"code": code})
        return False
    name = {"name": enrollment.training_class.name}
    if created:
        messages.success(request, _("You are enrolled in “%(name)s”.") % name)
    else:
        messages.info(request, _("You are already enrolled in “%(name)s”.") % name)
    return True


def _class_rows(user):
    """A row per enrolment, latest first: the enrolment, its progress, the course's quiz and its result."""
    enrollments = list(
        Enrollment.objects.filter(trainee=user)
        .select_related("training_class__course", "training_class__organizing_unit", "certificate")
        .order_by("-enrolled_at")
    )
    progress = progress_of(enrollments)
    quizzes = {
        quiz.course_id: quiz
        for quiz in Quiz.objects.filter(course_id__in={e.training_class.course_id for e in enrollments})
    }
    attempts = {}
    finished = Attempt.objects.filter(enrollment__in=enrollments, finished_at__isnull=False).order_by(
        "number"
    )
    for attempt in finished:
        attempts.setdefault(attempt.enrollment_id, []).append(attempt)
    rows = []
    for enrollment in enrollments:
        quiz = quizzes.get(enrollment.training_class.course_id)
        result = quiz_result(attempts.get(enrollment.pk, []), quiz.grading) if quiz else None
        rows.append(
            {"enrollment": enrollment, "progress": progress[enrollment.pk], "quiz": quiz, "result": result}
        )
    return rows


@login_required
@require_POST
def mark_lesson_view(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    done = request.POST.get("done") == "1"
    if not mark_lesson(request.user, lesson, done):
        messages.error(request, _("You are not enrolled in a class of this course."))
    elif done:
        messages.success(request, _("Lesson marked as done."))
    else:
        messages.info(request, _("Lesson marked as not done."))
    return redirect(lesson.url)


def public_media(request, path):
    """MEDIA_ROOT, where Django serves it (SERVE_MEDIA), except Wagtail's documents: those are only
    downloaded through ``/documents/<id>/<file>``, which checks who may read them."""
    if f"{posixpath.normpath(path).lstrip('/')}/".startswith("documents/"):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
