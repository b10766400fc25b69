"""Under the Content-Security-Policy, Chromium reports no violation on the trainee's pages or in the
admin, and everything still works: the menu, the quiz's autosave, a lesson's video."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from courses.models import CoursePage, LessonPage
from quizzes.models import AttemptQuestion
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.factories import LessonPageFactory
from training.certificates import issuing
from training.models import Certificate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Playwright's init scripts run whatever the page's policy says, so this sees every violation.
WATCH_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI} in ${event.sourceFile}:${event.lineNumber}`);
});
"""
VIDEO_URL = "https://www.youtube.com/watch?v=dvk2026demo"
PLAYER_URL = "https://www.youtube-nocookie.com/embed/dvk2026demo"


class ViolationWatch:
    """The violations a page reported, through its console and its securitypolicyviolation events."""

    def __init__(self, page):
        self.page = page
        self.console = []
        page.add_init_script(WATCH_VIOLATIONS)
        page.on("console", self.on_console)

    def on_console(self, message):
        if "Content Security Policy" in message.text:
            self.console.append(f"{self.page.url}: {message.text}")

    def reported(self):
        events = self.page.evaluate("window.cspViolations || []")
        return self.console + [f"{self.page.url}: {event}" for event in events]

    def visit(self, path):
        """Go to ``path``, check that nothing was blocked, and return the page."""
        self.page.goto(path)
        self.page.wait_for_load_state("networkidle")
        self.assert_none()
        return self.page

    def assert_none(self):
        assert self.reported() == []


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


@pytest.fixture
def watch(browser_page):
    # The video player is answered here, not by YouTube: the tests reach no other host.
    browser_page.route(
        re.compile(r"^https://www\.youtube-nocookie\.com/"),
        lambda route: route.fulfill(content_type="text/html; charset=utf-8", body="<p>Trình phát video</p>"),
    )
    return ViolationWatch(browser_page)


def video_lesson():
    """A lesson of the demo course with a YouTube video, its embed cached as Wagtail caches it."""
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html=f'<iframe width="560" height="315" src="{PLAYER_URL}" title="Video" allowfullscreen></iframe>',
        provider_name="YouTube",
    )
    course = CoursePage.objects.get(slug="dan-van-kheo-trong-co-quan-nha-nuoc")
    return LessonPageFactory(
        parent=course,
        title="Xem video: dân vận khéo",
        body=[("video", {"video": EmbedValue(VIDEO_URL), "caption": "Một buổi tiếp xúc cử tri"})],
    )


def test_the_policy_is_enforced_and_the_watch_sees_what_it_blocks(watch, demo):
    page = watch.visit("/")

    page.evaluate(
        """document.body.insertAdjacentHTML("beforeend", '<img src="data:," onerror="window.ran = 1">')"""
    )
    page.wait_for_function("window.cspViolations.length > 0")

    assert page.evaluate("window.ran") is None
    assert any("script-src-attr" in violation for violation in watch.reported())


def test_a_trainee_goes_through_the_site_with_nothing_blocked(watch, demo):
    lesson = video_lesson()
    page = watch.page
    sign_in(page, "hocvien")
    watch.assert_none()

    for path in ("/", "/search/?q=dan+van+kheo", "/van-ban/", "/tra-cuu/", "/accounts/password_change/"):
        watch.visit(path)
    page = watch.visit("/van-ban/")
    page.get_by_role("link", name="16/CT-TTg").first.click()
    watch.assert_none()

    page = watch.visit("/lop-cua-toi/")
    expect(page.get_by_role("progressbar", name="Tiến độ").first).to_be_visible()
    page.get_by_role("link", name=re.compile("^(Bắt đầu|Học tiếp):")).first.click()
    page.get_by_role("button", name="Đánh dấu đã học bài này").click()
    expect(page.get_by_text("Bạn đã đánh dấu bài này là đã học.")).to_be_visible()
    watch.assert_none()

    page = watch.visit(lesson.url)
    player = page.frame_locator("iframe[title=Video]")
    expect(player.get_by_text("Trình phát video")).to_be_visible()
    watch.assert_none()

    # The menu's script runs on a phone-sized screen.
    page.set_viewport_size({"width": 360, "height": 740})
    page.get_by_role("banner").get_by_role("button", name="Menu").click()
    page.get_by_role("banner").get_by_role("link", name="Lớp của tôi").click()
    page.get_by_role("link", name="Làm bài kiểm tra").click()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    expect(page.get_by_role("timer")).to_contain_text("Thời gian còn lại")
    first = page.locator("#cau-1")
    first.locator("input[name^=slot-]").first.check()
    expect(first.locator(".question__status")).to_contain_text("Đã lưu")
    assert (
        AttemptQuestion.objects.filter(attempt__enrollment__trainee__username="hocvien")
        .exclude(chosen=[])
        .count()
        == 1
    )
    watch.assert_none()
    page.screenshot(path=SCREENSHOTS_DIR / "csp_quiz_autosave.png", full_page=True)

    page.get_by_role("button", name="Nộp bài").click()
    expect(page.locator(".result__score")).to_be_visible()
    watch.assert_none()


def test_a_certificate_holder_and_the_public_see_certificates_with_nothing_blocked(watch, demo):
    certificate = Certificate.objects.get(enrollment__trainee__username="hocvien2")
    issuing.issue(certificate.pk)  # as the worker does

    page = watch.visit(f"/xac-minh/{certificate.code}/")
    expect(page.get_by_text(certificate.serial).first).to_be_visible()
    page = watch.visit("/tra-cuu/")
    page.get_by_role("textbox").first.fill(certificate.serial)
    page.get_by_role("button").filter(has_text=re.compile("Tra cứu")).first.click()
    expect(page.get_by_text(certificate.serial).first).to_be_visible()
    watch.assert_none()

    sign_in(page, "hocvien2")
    page = watch.visit("/giay-chung-nhan/")
    expect(page.get_by_text(certificate.serial).first).to_be_visible()
    watch.visit("/lop-cua-toi/")
    page = watch.visit("/khong-co-trang-nay/")


def test_an_organizer_works_in_the_admin_with_nothing_blocked(watch, demo):
    lesson = LessonPage.objects.live().first()
    page = watch.page
    sign_in(page, "bantochuc")

    for path in (
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{lesson.pk}/edit/",
        "/admin/documents/",
        "/admin/images/",
        "/admin/snippets/courses/referencedocument/",
        "/admin/lessons/import-docx/",
        "/admin/training/dashboard/",
    ):
        watch.visit(path)
    page = watch.visit(f"/admin/pages/{lesson.pk}/edit/")
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator(".w-preview__iframe").last
    expect(preview.get_by_role("heading", name=lesson.title)).to_be_visible(timeout=15_000)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=SCREENSHOTS_DIR / "csp_admin_lesson_editor.png", full_page=True)
    watch.assert_none()
