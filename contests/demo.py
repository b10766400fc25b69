"""The demo contest: *Cuộc thi trực tuyến tìm hiểu công tác dân vận*, run by the demo organizer's unit on
the demo course's bank, with its public page, units, a closed round with a dozen entrants' finished
entries and an open round. Loaded by ``load_demo`` (through ``training.signals.demo_loading``);
idempotent: once the contest exists, nothing is created again.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses.models import HomePage, LessonPage
from quizzes.models import Question
from quizzes.versions import snapshot_of
from training import demo as training_demo
from training.models import OrganizingUnit

from .entries import finish_entry
from .models import Contest, ContestPage, ContestUnit, Entrant, Entry, EntryQuestion, ReferenceLesson, Round
from .ranking import close_round, confirm_prizes

NAME = "Cuộc thi trực tuyến tìm hiểu công tác dân vận"
SLUG = "cuoc-thi-tim-hieu-cong-tac-dan-van"
INTRODUCTION = (
    "Cuộc thi giúp cán bộ, công chức, viên chức, người lao động và Nhân dân trong tỉnh tìm hiểu tư tưởng "
    "Hồ Chí Minh về dân vận, các văn bản của Đảng và Nhà nước về công tác dân vận, phong trào thi đua "
    "“Dân vận khéo”. Mỗi tuần một đợt thi; ai cũng có thể tham gia bằng số điện thoại của mình."
)
RULES = """
<h2>1. Đối tượng dự thi</h2>
<p>Mọi công dân Việt Nam đang sinh sống, học tập, công tác tại tỉnh Quảng Ngãi, trừ thành viên Ban Tổ chức
và Tổ giúp việc. Mỗi người đăng ký một lần, bằng một số điện thoại.</p>
<h2>2. Hình thức và thời gian</h2>
<ul>
<li>Cuộc thi gồm nhiều tuần thi; mỗi tuần thi mở và đóng vào thời điểm ghi trên trang cuộc thi.</li>
<li>Mỗi lượt dự thi gồm các câu hỏi trắc nghiệm rút ngẫu nhiên từ ngân hàng câu hỏi, làm trong thời gian
quy định; bài được lưu sau mỗi câu trả lời.</li>
<li>Cuối mỗi lượt có <b>câu hỏi dự đoán</b>: số người trả lời đúng tất cả các câu hỏi của tuần thi.</li>
<li>Trong một tuần thi, người dự thi được làm số lượt Ban Tổ chức quy định; kết quả tính theo lượt tốt
nhất.</li>
</ul>
<h2>3. Cách xếp giải</h2>
<ol>
<li>Điểm cao hơn xếp trước.</li>
<li>Bằng điểm: dự đoán gần với số người trả lời đúng tất cả hơn xếp trước.</li>
<li>Vẫn bằng nhau: thời gian làm bài ngắn hơn xếp trước.</li>
<li>Vẫn bằng nhau: nộp bài sớm hơn xếp trước.</li>
</ol>
<p>Mỗi người chỉ nhận một giải trong một tuần thi. Ban Tổ chức cũng trao giải tập thể cho đơn vị có nhiều
người dự thi nhất và đơn vị có tỷ lệ tham gia cao nhất.</p>
<h2>4. Tài liệu tham khảo</h2>
<p>Các bài học của khóa “Kỹ năng dân vận” trên trang này, liệt kê dưới đây.</p>
"""
CONSENT_PURPOSE = (
    "Ban Tổ chức xử lý họ tên, ngày sinh, số điện thoại, đơn vị và thư điện tử (nếu có) của người dự thi "
    "để xác minh người dự thi, xếp giải, công bố kết quả (số điện thoại được che một phần) và liên hệ trao "
    "giải, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Dữ liệu không được dùng vào mục đích khác."
)
# Participating units by their 2026 names, with their declared headcounts.
UNITS = [
    (training_demo.UNIT_NAME, 45),
    ("Sở Y tế tỉnh Quảng Ngãi", 420),
    ("Sở Công Thương tỉnh Quảng Ngãi", 160),
    ("Sở Nội vụ tỉnh Quảng Ngãi", 140),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", 60),
]
# The demo entrant who signs in by phone: the one-time code appears on the console of `make run`.
ENTRANT_USERNAME, ENTRANT_PHONE = "thisinh", "0905123456"
# username, full name, phone, date of birth, unit (index in UNITS), answers right per try
ENTRANTS = [
    (ENTRANT_USERNAME, "Đặng Thị Thu Trang", ENTRANT_PHONE, datetime.date(1994, 3, 8), 1, [8, 10]),
    ("thisinh02", "Võ Văn Hùng", "0905200002", datetime.date(1988, 11, 20), 0, [10]),
    ("thisinh03", "Nguyễn Thị Lan Anh", "0905200003", datetime.date(1999, 6, 1), 1, [10]),
    ("thisinh04", "Trần Quốc Bảo", "0905200004", datetime.date(1979, 9, 2), 2, [9, 10]),
    ("thisinh05", "Lê Thị Mỹ Duyên", "0905200005", datetime.date(1992, 1, 15), 3, [9]),
    ("thisinh06", "Phạm Minh Khang", "0905200006", datetime.date(1985, 4, 30), 2, [7, 9]),
    ("thisinh07", "Huỳnh Thị Ngọc Hân", "0905200007", datetime.date(2001, 12, 12), 4, [9]),
    ("thisinh08", "Đinh Văn Toàn", "0905200008", datetime.date(1975, 7, 27), 1, [6]),
    ("thisinh09", "Bùi Thị Thanh Tâm", "0905200009", datetime.date(1996, 10, 10), 3, [8]),
    ("thisinh10", "Lương Văn Phúc", "0905200010", datetime.date(1983, 5, 19), 0, [10]),
    ("thisinh11", "Hồ Thị Kim Ngân", "0905200011", datetime.date(1990, 8, 19), 4, [5, 7]),
    ("thisinh12", "Tạ Minh Đức", "0905200012", datetime.date(1987, 2, 3), 2, [8]),
]
PREDICTIONS = [3, 4, 2, 5, 4, 3, 6, 1, 4, 3, 2, 5]
QUESTIONS_PER_ROUND = 10


def load_demo(course, **kwargs):
    """The receiver of ``training.signals.demo_loading``: what was created, and the demo entrant's
    sign-in for the list `make run` prints."""
    sign_in = (
        f"  {ENTRANT_USERNAME:<10} {'Người dự thi':<22} {ENTRANTS[0][1]}: số điện thoại {ENTRANT_PHONE}, "
        "mã đăng nhập một lần hiện trên cửa sổ lệnh này (SMS console); hoặc mật khẩu như trên"
    )
    return load_contest(course), [sign_in]


def load_contest(course):
    """The demo contest, created once; returns what was created (for the command's report)."""
    if Contest.objects.filter(name=NAME).exists():
        return []
    now = timezone.now()
    unit = OrganizingUnit.objects.get(name=training_demo.UNIT_NAME)
    contest = Contest.objects.create(
        name=NAME,
        organizing_unit=unit,
        page=contest_page(course),
        registration_open=True,
        consent_purpose=CONSENT_PURPOSE,
    )
    units = [
        ContestUnit.objects.create(contest=contest, name=name, headcount=headcount, sort_order=index)
        for index, (name, headcount) in enumerate(UNITS)
    ]
    drawn = min(QUESTIONS_PER_ROUND, Question.objects.filter(course=course).count())
    common = dict(course=course, questions_drawn=drawn, time_limit_minutes=15, tries_allowed=3)
    closed = Round.objects.create(
        contest=contest,
        title="Tuần thi thứ nhất",
        opens_at=now - datetime.timedelta(days=14),
        closes_at=now - datetime.timedelta(days=7),
        certificates=Round.Certificates.WINNERS,
        first_prizes=1,
        second_prizes=1,
        third_prizes=2,
        consolation_prizes=3,
        sort_order=0,
        **common,
    )
    Round.objects.create(
        contest=contest,
        title="Tuần thi thứ hai",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=6),
        sort_order=1,
        **common,
    )
    add_entries(contest, closed, units)
    close_demo_round(closed)
    return [f"contest “{NAME}”"]


def contest_page(course):
    home = HomePage.objects.first()
    page = ContestPage.objects.filter(slug=SLUG).first()
    if page is None:
        page = home.add_child(
            instance=ContestPage(title=NAME, slug=SLUG, introduction=INTRODUCTION, rules=RULES.strip())
        )
        for order, lesson in enumerate(LessonPage.objects.child_of(course).live()):
            ReferenceLesson.objects.create(page=page, lesson=lesson, sort_order=order)
        page.save_revision().publish()
    return page


def add_entries(contest, round, units):
    """The dozen entrants of the closed round, each with their finished tries and predictions."""
    User = get_user_model()
    questions = list(Question.objects.filter(course=round.course).prefetch_related("options"))
    picker = random.Random(2026)  # the same demo every time
    for index, (username, full_name, phone, birth_date, unit, rights) in enumerate(ENTRANTS):
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, full_name=full_name, phone=phone)
            user.set_password(training_demo.PASSWORD)
            user.save()
        entrant = Entrant.objects.create(
            contest=contest,
            user=user,
            unit=units[unit],
            full_name=full_name,
            birth_date=birth_date,
            phone=phone,
            consented_at=round.opens_at + datetime.timedelta(hours=index),
            registered_at=round.opens_at + datetime.timedelta(hours=index),
        )
        for number, right in enumerate(rights, start=1):
            started = round.opens_at + datetime.timedelta(
                days=number, hours=index, minutes=picker.randrange(60)
            )
            entry = Entry.objects.create(
                round=round,
                entrant=entrant,
                number=number,
                started_at=started,
                deadline=started + datetime.timedelta(minutes=round.time_limit_minutes),
                prediction=PREDICTIONS[index],
            )
            drawn = picker.sample(questions, round.questions_drawn)
            answer(entry, drawn, right * len(drawn) // QUESTIONS_PER_ROUND, picker)
            finish_entry(
                entry, now=started + datetime.timedelta(minutes=4 + picker.randrange(9), seconds=index)
            )


def answer(entry, questions, right, picker):
    """Slots for ``questions``, the first ``right`` of them answered right, the others wrong."""
    slots = []
    for position, question in enumerate(questions, start=1):
        options = list(question.options.all())
        correct = sorted(option.pk for option in options if option.weight > 0)
        wrong = [option.pk for option in options if option.weight <= 0][:1]
        slots.append(
            EntryQuestion(
                entry=entry,
                question=question,
                position=position,
                option_order=[option.pk for option in picker.sample(options, len(options))],
                chosen=correct if position <= right else wrong,
                sequence=1,
                answered_at=entry.started_at + datetime.timedelta(seconds=20 * position),
                snapshot=snapshot_of(question),
            )
        )
    EntryQuestion.objects.bulk_create(slots)


def close_demo_round(round):
    """Close the demo's past round as an organizer does (true all-correct count, ranking, prizes, unit
    table) and confirm its prizes, so that its results page and winners' certificates exist."""
    close_round(round)
    confirm_prizes(round)
