"""Every page of the site sends a strict Content-Security-Policy; the admin sends its own."""

from unittest import mock

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.embeds.blocks import EmbedValue

from courses.blocks import VideoBlock
from quizzes.attempts import finish_attempt, start_attempt
from tests.factories import (
    EnrollmentFactory,
    LessonPageFactory,
    OrganizerFactory,
    QuizFactory,
    ReferenceDocumentFactory,
    add_questions,
    site_home,
)
from training.certificates import issuing
from training.tasks import issue_certificate

pytestmark = pytest.mark.django_db

SITE_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self'",
    "frame-src": "https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "base-uri": "'none'",
    "object-src": "'none'",
}


def policy(response):
    header = response.headers["Content-Security-Policy"]
    return dict(directive.strip().split(" ", 1) for directive in header.split(";"))


@pytest.fixture
def world(settings, tmp_path):
    """One of everything a trainee meets: a course with a lesson, a finished attempt and an open one,
    an issued certificate, an entry of the register of documents."""
    settings.MEDIA_ROOT = tmp_path / "media"
    site_home()
    quiz = QuizFactory(attempts_allowed=3)
    add_questions(quiz.course, 2)
    lesson = LessonPageFactory(parent=quiz.course)
    enrollment = EnrollmentFactory(training_class__course=quiz.course, training_class__code="DVK-CSP")
    finished = finish_attempt(start_attempt(enrollment, quiz))
    open_attempt = start_attempt(enrollment, quiz)
    enrollment.completed_at = timezone.now()
    enrollment.save()
    with mock.patch.object(issue_certificate, "delay"):
        certificate = issuing.request_certificate(enrollment)
    issuing.issue(certificate.pk)
    certificate.refresh_from_db()
    return {
        "trainee": enrollment.trainee,
        "course": quiz.course,
        "lesson": lesson,
        "finished": finished,
        "open": open_attempt,
        "certificate": certificate,
        "register_entry": ReferenceDocumentFactory(),
    }


SITE_PAGES = {
    "home": lambda w: "/",
    "course": lambda w: w["course"].url,
    "lesson": lambda w: w["lesson"].url,
    "search": lambda w: "/search/?q=dan+van",
    "register of documents": lambda w: "/van-ban/",
    "document page": lambda w: w["register_entry"].get_absolute_url(),
    "my classes": lambda w: "/lop-cua-toi/",
    "quiz page": lambda w: "/lop/DVK-CSP/kiem-tra/",
    "attempt": lambda w: f"/lan-lam-bai/{w['open'].pk}/",
    "review": lambda w: f"/lan-lam-bai/{w['finished'].pk}/ket-qua/",
    "my certificates": lambda w: "/giay-chung-nhan/",
    "verify": lambda w: f"/xac-minh/{w['certificate'].code}/",
    "lookup": lambda w: f"/tra-cuu/?serial={w['certificate'].serial}",
    "password change": lambda w: "/accounts/password_change/",
    "error page": lambda w: "/khong-co-trang-nay/",
}


@pytest.mark.parametrize("name", SITE_PAGES)
def test_every_page_of_the_site_sends_the_strict_policy(client, world, name):
    client.force_login(world["trainee"])

    response = client.get(SITE_PAGES[name](world))

    assert response.status_code == (404 if name == "error page" else 200)
    assert policy(response) == SITE_POLICY


def test_the_sign_in_page_sends_the_strict_policy(client, db):
    assert policy(client.get("/accounts/login/")) == SITE_POLICY


@pytest.mark.parametrize("path", ["/", "/tra-cuu/", "/admin/"])
def test_the_policy_is_sent_to_anonymous_visitors_and_on_redirects(client, world, path):
    assert "Content-Security-Policy" in client.get(path).headers


def test_the_admin_has_its_own_policy_that_allows_inline_code_but_no_other_host(client, world):
    client.force_login(OrganizerFactory())

    admin = policy(client.get("/admin/"))

    assert admin["script-src"] == "'self' 'unsafe-inline'"
    assert admin["style-src"] == "'self' 'unsafe-inline'"
    assert admin["default-src"] == "'self'"
    assert admin["frame-ancestors"] == "'self'"
    assert admin["object-src"] == "'none'"
    assert admin["base-uri"] == "'none'"


def test_a_page_previewed_in_the_admin_keeps_the_site_policy_but_may_be_framed_by_the_admin(world):
    preview = policy(world["lesson"].make_preview_request())

    assert preview == {**SITE_POLICY, "frame-ancestors": "'self'"}


def test_a_downloaded_document_keeps_wagtails_own_policy(client, world):
    document = wagtail_factories.DocumentFactory()
    LessonPageFactory(parent=world["course"], body=[("download", {"document": document, "description": ""})])
    client.force_login(world["trainee"])

    response = client.get(document.url)

    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"


def test_no_site_template_writes_inline_script_style_or_event_handler():
    """The policy would block them; this finds them before a browser does."""
    import re
    from pathlib import Path

    from django.conf import settings

    inline = re.compile(
        r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=|javascript:", re.IGNORECASE
    )
    templates = Path(settings.BASE_DIR, "templates")
    offenders = [
        str(path.relative_to(templates))
        for path in templates.rglob("*.html")
        if "admin" not in path.relative_to(templates).parts and inline.search(path.read_text())
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "address",
    [
        "https://www.dailymotion.com/video/x8abcd",
        "https://www.facebook.com/watch/?v=123",
        "https://vk.com/video1",
    ],
)
def test_a_lesson_video_comes_from_a_provider_the_policy_lets_play(address):
    """Only YouTube and Vimeo players are allowed in frames, so only their videos can be embedded."""
    video = VideoBlock().child_blocks["video"]

    with pytest.raises(ValidationError, match="Không tìm thấy nội dung nhúng cho URL này"):
        video.clean(EmbedValue(address))
