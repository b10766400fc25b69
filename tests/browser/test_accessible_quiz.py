"""A quiz everyone can take: focus is never hidden under the sticky timer, the form fields' help and
errors are their accessible descriptions, time and saving are spoken sparingly, text grows to 200 %."""

import datetime
import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.db.models import F
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import expect

from quizzes.models import Attempt
from tests.browser.test_sign_in_by_role import sign_in
from tests.conftest import SCREENSHOTS_DIR
from tests.factories import (
    PASSWORD,
    EnrollmentFactory,
    LessonPageFactory,
    OrganizerFactory,
    QuizFactory,
    add_questions,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# Browser zoom at 200 % halves the CSS pixels of the window.
DESKTOP_ZOOMED = {"width": 640, "height": 450}

WHERE_FOCUS_IS = """() => {
  const element = document.activeElement;
  const timer = document.querySelector(".timer").getBoundingClientRect();
  const box = (element.closest("label.option") || element).getBoundingClientRect();
  const afterTimer = Boolean(document.querySelector(".timer").compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  return {
    name: element.outerHTML.slice(0, 120), top: box.top, bottom: box.bottom, timerBottom: timer.bottom,
    afterTimer, height: window.innerHeight, isBody: element === document.body,
  };
}"""


@pytest.fixture
def trainee_in_a_quiz():
    quiz = QuizFactory(time_limit_minutes=30)
    add_questions(quiz.course, 8)
    return EnrollmentFactory(training_class__course=quiz.course, training_class__code="DVK-A11Y")


def start_attempt(page, enrollment):
    sign_in(page, enrollment.trainee.username, PASSWORD)
    page.goto("/lop/DVK-A11Y/kiem-tra/")
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    expect(page.get_by_role("timer", name="Thời gian còn lại")).to_be_visible()


def check_focus_visible(page, key, stops):
    seen = []
    for _ in range(stops):
        page.keyboard.press(key)
        focus = page.evaluate(WHERE_FOCUS_IS)
        if focus["isBody"]:
            continue
        seen.append(focus["name"])
        # Within the window, and below the timer once past it (a pixel's rounding allowed).
        assert focus["top"] >= -1 and focus["bottom"] <= focus["height"] + 1, focus
        if focus["afterTimer"]:
            assert focus["top"] >= focus["timerBottom"] - 1, focus
    return seen


@pytest.mark.parametrize(
    ("viewport", "text_size"),
    [(PHONE, "100%"), (DESKTOP, "100%"), (DESKTOP_ZOOMED, "100%"), (PHONE, "200%")],
    ids=["phone", "desktop", "desktop-zoom-200", "phone-text-200"],
)
def test_tabbing_through_a_whole_attempt_never_hides_the_focus_under_the_timer(
    browser_page, trainee_in_a_quiz, viewport, text_size
):
    page = browser_page
    page.set_viewport_size(viewport)
    start_attempt(page, trainee_in_a_quiz)
    page.evaluate(f"document.documentElement.style.fontSize = '{text_size}'")
    stops = page.locator("a[href], button, input[type=radio]:first-of-type, input[type=checkbox]").count() + 5

    forwards = check_focus_visible(page, "Tab", stops)
    assert any("Nộp bài" in name for name in forwards)
    backwards = check_focus_visible(page, "Shift+Tab", stops)

    assert len(backwards) >= len(forwards) - 2
    page.screenshot(path=SCREENSHOTS_DIR / f"focus_{viewport['width']}_{text_size[:-1]}.png")


def test_time_and_saving_are_announced_once_and_the_timer_has_a_name(browser_page, trainee_in_a_quiz):
    page = browser_page
    page.set_viewport_size(PHONE)
    start_attempt(page, trainee_in_a_quiz)
    announcer = page.locator(".attempt__announce")
    connection = page.get_by_role("status").filter(has_text="Đã kết nối")
    expect(announcer).to_have_attribute("aria-live", "polite")
    page.evaluate(
        """() => {
          window.spoken = [];
          const watch = (node) => new MutationObserver(() => window.spoken.push(node.textContent))
            .observe(node, { childList: true, characterData: true, subtree: true });
          document.querySelectorAll("[aria-live=polite], [aria-live=assertive], [role=status]").forEach(watch);
        }"""
    )

    page.locator("#cau-1").get_by_label(re.compile("Đúng là A")).check()
    expect(page.locator("#cau-1 .question__status")).to_contain_text("Đã lưu")
    expect(announcer).to_have_text("Đã lưu câu 1.")
    page.locator("#cau-2").get_by_label(re.compile("Đúng là A")).check()
    expect(announcer).to_have_text("Đã lưu câu 2.")

    assert page.evaluate("window.spoken") == ["Đã lưu câu 1.", "Đã lưu câu 2."]
    expect(connection).to_have_count(1)
    assert page.locator(".question__status[aria-live]").count() == 0

    page.context.set_offline(True)
    page.evaluate("window.dispatchEvent(new Event('offline'))")
    page.evaluate("window.dispatchEvent(new Event('offline'))")
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    expect(connection).to_have_count(1)
    spoken = page.evaluate("window.spoken")
    assert spoken[2:] == [
        "Mất kết nối: câu trả lời được giữ trên thiết bị này và sẽ được gửi khi có mạng trở lại.",
        "Đã kết nối: câu trả lời được lưu lên máy chủ ngay khi bạn chọn.",
    ], spoken


def test_the_last_minutes_are_spoken_and_extra_time_moves_the_deadline(browser_page, trainee_in_a_quiz):
    page = browser_page
    page.set_viewport_size(PHONE)
    start_attempt(page, trainee_in_a_quiz)
    attempt = Attempt.objects.get()
    timer_alert = page.locator(".timer__announce")

    def deadline_in(seconds):
        Attempt.objects.filter(pk=attempt.pk).update(
            deadline=timezone.now() + datetime.timedelta(seconds=seconds)
        )
        page.reload()

    deadline_in(5 * 60 + 3)
    expect(timer_alert).to_have_text("Còn 5 phút.", timeout=15_000)
    # The organizer grants ten more minutes meanwhile: the next answer's reply brings the new deadline.
    Attempt.objects.filter(pk=attempt.pk).update(deadline=F("deadline") + datetime.timedelta(minutes=10))
    page.locator("#cau-1").get_by_label(re.compile("Đúng là A")).check()
    expect(timer_alert).to_contain_text("Bạn được thêm giờ. Hạn nộp mới:")
    expect(page.locator(".timer__clock")).to_contain_text(re.compile(r"^1[45]:"))

    deadline_in(60 + 3)
    expect(timer_alert).to_have_text("Còn 1 phút.", timeout=15_000)
    deadline_in(3)
    expect(page).to_have_url(re.compile(r"/ket-qua/$"), timeout=15_000)


def described(page):
    """Each field of the shared form include: its help and error texts as shown, and its description as
    Chromium's accessibility tree gives it."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    fields = []
    for index, field in enumerate(page.locator("form .field").all()):
        # Django's aria-describedby order: the help, then the errors.
        shown = " ".join(
            field.locator(".field__help").all_inner_texts()
            + field.locator(".field__errors").all_inner_texts()
        )
        node = cdp.send(
            "DOM.querySelector",
            {
                "nodeId": root,
                "selector": f"form .field:nth-of-type({index + 1}) :is(input, select, textarea)",
            },
        )
        ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})
        description = ax["nodes"][0].get("description", {}).get("value", "")
        fields.append((" ".join(shown.split()), " ".join(description.split())))
    return fields


def assert_described_in_error(page):
    fields = described(page)
    assert any(shown for shown, _ in fields), fields
    for shown, description in fields:
        assert description == shown, fields
    page.screenshot(path=SCREENSHOTS_DIR / f"form_error_{page.url.split('/')[-2] or 'home'}.png")


def test_every_form_s_help_and_errors_are_its_fields_accessible_descriptions(browser_page, trainee_in_a_quiz):
    page = browser_page
    page.set_viewport_size(PHONE)
    trainee = trainee_in_a_quiz.trainee

    page.goto("/accounts/login/")
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_text("Trường này là bắt buộc.").first).to_be_visible()
    assert_described_in_error(page)

    page.goto("/accounts/password_reset/")
    page.get_by_role("textbox").fill("khong-phai-email")
    page.locator("form:has(.field) button[type=submit]").click()
    expect(page.locator(".field__errors")).to_be_visible()
    assert_described_in_error(page)

    page.goto("/tra-cuu/?serial=")
    expect(page.locator(".field__errors")).to_be_visible()
    assert_described_in_error(page)

    sign_in(page, trainee.username, PASSWORD)
    page.goto("/lop-cua-toi/")
    page.get_by_role("textbox", name="Mã lớp").fill("KHONG-CO-LOP")
    page.locator("form:has(.field) button[type=submit]").click()
    expect(page.locator(".field__errors")).to_be_visible()
    assert_described_in_error(page)

    page.goto("/accounts/password_change/")
    page.locator("form .field input").nth(0).fill("sai-mat-khau")
    page.locator("form .field input").nth(1).fill("Mat-khau-moi-2026")
    page.locator("form .field input").nth(2).fill("Mat-khau-khac-2026")
    page.locator("form:has(.field) button[type=submit]").click()
    expect(page.locator(".field__errors").first).to_be_visible()
    assert_described_in_error(page)

    trainee.refresh_from_db()  # the token depends on the last sign-in
    uid = urlsafe_base64_encode(force_bytes(trainee.pk))
    page.goto(f"/accounts/reset/{uid}/{default_token_generator.make_token(trainee)}/")
    page.locator("form .field input").nth(0).fill("Mat-khau-moi-2026")
    page.locator("form .field input").nth(1).fill("Mat-khau-khac-2026")
    page.locator("form:has(.field) button[type=submit]").click()
    expect(page.locator(".field__errors").first).to_be_visible()
    assert_described_in_error(page)


def test_text_at_200_percent_needs_no_horizontal_scrolling_on_a_phone(browser_page, trainee_in_a_quiz):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    LessonPageFactory(parent=trainee_in_a_quiz.training_class.course)
    start_attempt(page, trainee_in_a_quiz)
    attempt = page.url
    pages = [
        "/",
        "/lop-cua-toi/",
        "/lop/DVK-A11Y/kiem-tra/",
        attempt,
        "/tra-cuu/",
        "/van-ban/",
        "/search/?q=dan",
    ]
    pages.append(trainee_in_a_quiz.training_class.course.url)
    wide = {}
    for path in pages:
        page.goto(path)
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            wide[path] = overflow
            page.screenshot(path=SCREENSHOTS_DIR / f"text_200_{len(wide)}.png", full_page=True)
    assert wide == {}


def test_an_organizer_gives_two_trainees_extra_time_from_the_class_dashboard(browser_page, trainee_in_a_quiz):
    training_class = trainee_in_a_quiz.training_class
    trainee_in_a_quiz.trainee.full_name = "Lê Thị Chậm"
    trainee_in_a_quiz.trainee.save()
    EnrollmentFactory(training_class=training_class, trainee__full_name="Trần Văn Bạn")
    organizer = OrganizerFactory()
    training_class.organizing_unit.organizers.add(organizer)
    page = browser_page
    sign_in(page, organizer.username, PASSWORD)

    page.goto(f"/admin/training/classes/{training_class.pk}/dashboard/")
    page.get_by_role("link", name="Thêm giờ").click()
    page.get_by_label("Lê Thị Chậm").check()
    page.get_by_label("Trần Văn Bạn").check()
    page.get_by_label("Số phút thêm").fill("-5")
    page.get_by_label("Lý do").fill("Khiếm thị, cần trình đọc màn hình")
    page.get_by_role("button", name="Lưu thêm giờ").click()
    expect(page.get_by_text("Số phút thêm không được là số âm.")).to_be_visible()

    page.get_by_label("Số phút thêm").fill("10")
    page.get_by_label("Hệ số nhân thời gian").fill("1.5")
    page.get_by_role("button", name="Lưu thêm giờ").click()

    expect(page.get_by_text("Đã lưu thêm giờ cho 2 học viên")).to_be_visible()
    table = page.get_by_role("region", name="Thêm giờ đã cấp")
    expect(table.get_by_role("row").filter(has_text="Lê Thị Chậm")).to_contain_text("55 phút (× 1,5) (+ 10)")
    expect(table).to_contain_text("Khiếm thị, cần trình đọc màn hình")
    page.screenshot(path=SCREENSHOTS_DIR / "extra_time_dashboard.png", full_page=True)

    page.context.clear_cookies()
    sign_in(page, trainee_in_a_quiz.trainee.username, PASSWORD)
    page.goto("/lop/DVK-A11Y/kiem-tra/")
    expect(page.get_by_text("Thời gian làm bài của bạn")).to_be_visible()
    expect(page.locator(".facts")).to_contain_text("55 phút")
