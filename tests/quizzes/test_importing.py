"""The one import service: any supported file, checked against the course's lessons, written all or none."""

import io

import pytest

from quizzes import importing
from quizzes.formats.parsed import ImportFileError
from quizzes.importing import import_file
from quizzes.models import Question
from tests.factories import CoursePageFactory, LessonPageFactory, paragraphs
from tests.xlsx import xlsx

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

HEADER = ["Tiêu đề", "Câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng", "Bài học", "Đoạn", "Độ khó"]


@pytest.fixture
def course():
    return CoursePageFactory(slug="khoa-thu")


@pytest.fixture
def lesson(course):
    return LessonPageFactory(
        parent=course,
        title="Vai trò của người đứng đầu",
        slug="vai-tro",
        body=paragraphs("Người đứng đầu phải nêu gương.", "Chỉ thị 16/CT-TTg ngày 16/5/2016."),
    )


def run(course, data, name="bank.xlsx", **options):
    return import_file(course, io.BytesIO(data), name, **options)


def row(title, lesson="", passage="", difficulty=""):
    return [title, f"{title}?", "Có", "Không", "A", lesson, passage, difficulty]


def test_a_question_names_its_lesson_by_slug_or_title_and_its_passage_by_id_or_link(course, lesson):
    passage = lesson.body[1].id
    report = run(
        course,
        xlsx(
            HEADER,
            row("Theo slug", "vai-tro", passage, "Khó"),
            row(
                "Theo tên",
                "VAI TRO CUA NGUOI DUNG DAU",
                f"http://127.0.0.1:8000/khoa-thu/vai-tro/#doan-{passage}",
            ),
            row("Không đoạn", "Vai trò của người đứng đầu"),
        ),
    )

    assert report.problems == []
    assert report.summary == "imported: 3, errors: 0"
    questions = Question.objects.order_by("pk")
    assert [(q.lesson, q.passage, q.difficulty) for q in questions] == [
        (lesson, passage, "hard"),
        (lesson, passage, "medium"),
        (lesson, "", "medium"),
    ]
    assert questions[0].passage_url().endswith(f"#doan-{passage}")


def test_a_lesson_or_passage_that_the_course_does_not_have_is_an_error_for_its_row(course, lesson):
    other_course_lesson = LessonPageFactory(slug="bai-khac")
    report = run(
        course,
        xlsx(
            HEADER,
            row("Tốt", "vai-tro"),
            row("Bài lạ", "bai-khong-co"),
            row("Bài khóa khác", other_course_lesson.slug),
            row("Đoạn lạ", "vai-tro", "doan-khong-co"),
            row("Đoạn không bài", "", lesson.body[0].id),
        ),
    )

    assert [(problem.line, problem.title) for problem in report.problems] == [
        (3, "Bài lạ"),
        (4, "Bài khóa khác"),
        (5, "Đoạn lạ"),
        (6, "Đoạn không bài"),
    ]
    assert report.problems[0].message == "This course has no lesson “bai-khong-co”."
    assert report.problems[2].message == "The lesson “Vai trò của người đứng đầu” has no passage “khong-co”."
    assert report.problems[3].message == "A passage is given without its lesson: name the lesson too."
    assert str(report.problems[0]).startswith("Row 3 (“Bài lạ”)")
    assert report.summary == "imported: 0, errors: 4"
    assert not Question.objects.exists()


def test_two_lessons_with_one_title_must_be_named_by_slug(course, lesson):
    LessonPageFactory(parent=course, title="Vai trò của người đứng đầu", slug="vai-tro-2")

    report = run(course, xlsx(HEADER, row("Trùng tên", "Vai trò của người đứng đầu")))

    assert "name the lesson by its slug" in report.problems[0].message


def test_with_skip_invalid_the_valid_questions_are_written_and_the_others_listed(course, lesson):
    report = run(course, xlsx(HEADER, row("Tốt"), row("Bài lạ", "bai-khong-co")), skip_invalid=True)

    assert report.summary == "imported: 1, errors: 1"
    assert Question.objects.count() == 1


def test_a_dry_run_reports_the_same_and_writes_nothing(course, lesson):
    report = run(course, xlsx(HEADER, row("Một"), row("Hai")), dry_run=True)

    assert report.summary == "imported: 2, errors: 0"
    assert [item.excerpt for item in report.questions] == ["Một?", "Hai?"]
    assert not Question.objects.exists()


def test_a_fault_halfway_through_writing_leaves_no_question(course, monkeypatch):
    calls = []
    real = importing.add_question

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "add_question", failing)

    with pytest.raises(RuntimeError):
        run(course, xlsx(HEADER, row("Một"), row("Hai")))

    assert not Question.objects.exists()


def test_gift_tags_carry_the_lesson_passage_and_difficulty(course, lesson):
    passage = lesson.body[0].id
    gift = (
        f"// [id:q1] [tag:lesson:vai-tro] [tag:passage:{passage}] [tag:difficulty:hard] [tag:Moodle]\n"
        "::Nêu gương::Người đứng đầu phải làm gì?{=Nêu gương ~Xa dân}\n"
    )

    report = run(course, gift.encode(), "bank.gift")

    assert report.summary == "imported: 1, errors: 0"
    assert Question.objects.values_list("lesson__slug", "passage", "difficulty").get() == (
        "vai-tro",
        passage,
        "hard",
    )


def test_a_gift_question_tagged_with_a_lesson_the_course_lacks_is_reported_by_line(course):
    report = run(course, b"Chon?{=Co ~Khong}\n\n// [tag:lesson:bai-la]\nChon nua?{=Co ~Khong}\n", "bank.gift")

    assert [str(problem) for problem in report.problems] == [
        "Question at line 4: This course has no lesson “bai-la”."
    ]


def test_a_workbook_is_recognised_by_its_content_whatever_its_name(course):
    report = run(course, xlsx(HEADER, row("Một")), "ngan-hang.txt")

    assert (report.format, report.summary) == ("xlsx", "imported: 1, errors: 0")


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("bank.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "Excel 97-2003 workbook (.xls)"),
        (
            "bank.txt",
            "Câu hỏi?".encode("utf-16"),
            "neither an Excel workbook (.xlsx) nor a text file in UTF-8",
        ),
        ("bank.gift", b"", "No question was found in this file."),
        ("bank.gift", b"// only a comment\n\n", "No question was found in this file."),
        ("bank.xlsx", xlsx(HEADER), "No question was found in this file."),
        ("bank.xlsx", b"Cau hoi,Dap an\nChon?,A\n", "cannot be opened as an Excel workbook"),
    ],
)
def test_a_file_that_is_not_a_bank_gets_a_clear_message_and_changes_nothing(course, name, data, message):
    with pytest.raises(ImportFileError) as raised:
        run(course, data, name)

    assert message in str(raised.value)
    assert not Question.objects.exists()


def test_a_file_larger_than_the_limit_is_refused(course, monkeypatch):
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 100)

    with pytest.raises(ImportFileError, match="larger than"):
        run(course, b"Chon?{=Co ~Khong}\n" * 20, "bank.gift")


@pytest.mark.parametrize(
    "name, data",
    [
        ("bank.gift", "\n\n".join(f"Câu {n}?{{=Có ~Không}}" for n in range(1001)).encode()),
        ("bank.xlsx", xlsx(HEADER, *(row(f"Câu {n}") for n in range(1001)))),
    ],
)
def test_a_file_with_more_than_1000_questions_is_refused_and_should_be_split(course, name, data):
    with pytest.raises(ImportFileError, match=r"more than 1000 questions\. Split it into smaller files\."):
        run(course, data, name)
