"""import_questions and export_questions on real files: GIFT, Aiken and Excel in, GIFT and Excel out and back."""

import pytest
from django.core.management import call_command
from wagtail.rich_text import RichText

from quizzes.bank import add_question
from quizzes.models import Question
from tests.factories import CoursePageFactory, LessonPageFactory, paragraphs
from tests.xlsx import SIMPLE_HEADER, xlsx

pytestmark = pytest.mark.django_db

GIFT = """$CATEGORY: $course$/Bài 1

::Chỉ thị 16::Chỉ thị 16/CT-TTg ban hành ngày nào?{=16/5/2016 ~15/10/1949 ~25/2/2010 #Sai ngày}

// nhiều đáp án đúng
::Người đứng đầu::Người đứng đầu cần làm gì?{~%50%Nêu gương ~%50%Lắng nghe dân ~%-100%Xa dân}

::Đúng sai::Dân vận khéo thì việc gì cũng thành công.{T####Lời Hồ Chí Minh.}
"""
BAD_GIFT = GIFT + "\n::Tự luận::Hãy trình bày bảy việc.{}\n"
AIKEN = """Quyết định 290-QĐ/TW ban hành năm nào?
A. 2010
B) 2016
ANSWER: A
"""


def run(tmp_path, capsys, name, content, *options):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    try:
        call_command("import_questions", str(path), "--course", "khoa-thu", *options)
        status = 0
    except SystemExit as exit:
        status = exit.code
    output = capsys.readouterr()
    return status, output.out.strip().splitlines()[-1], output.err


@pytest.fixture
def course():
    return CoursePageFactory(slug="khoa-thu")


def test_a_gift_file_imports_every_question_with_its_weights_and_category(course, tmp_path, capsys):
    status, last, _ = run(tmp_path, capsys, "bank.gift", GIFT)

    assert (status, last) == (0, "imported: 3, errors: 0")
    several = Question.objects.get(kind="multiple")
    assert sorted(float(weight) for weight in several.options.values_list("weight", flat=True)) == [
        -100,
        50,
        50,
    ]
    assert set(Question.objects.values_list("category__name", flat=True)) == {"Bài 1"}


def test_an_error_imports_nothing_unless_skip_invalid(course, tmp_path, capsys):
    status, last, errors = run(tmp_path, capsys, "bank.gift", BAD_GIFT)
    assert (status, last) == (1, "imported: 0, errors: 1")
    assert "Tự luận" in errors
    assert not Question.objects.exists()

    status, last, _ = run(tmp_path, capsys, "bank.gift", BAD_GIFT, "--skip-invalid")
    assert (status, last) == (1, "imported: 3, errors: 1")
    assert Question.objects.count() == 3


def test_an_aiken_file_is_recognised_and_imported(course, tmp_path, capsys):
    status, last, _ = run(tmp_path, capsys, "bank.txt", AIKEN)

    assert (status, last) == (0, "imported: 1, errors: 0")
    assert Question.objects.get().options.get(weight=100).text == "2010"


def test_a_dry_run_writes_nothing(course, tmp_path, capsys):
    status, last, _ = run(tmp_path, capsys, "bank.gift", GIFT, "--dry-run")

    assert (status, last) == (0, "imported: 3, errors: 0")
    assert not Question.objects.exists()


def test_exporting_a_bank_and_importing_it_into_an_empty_bank_gives_the_same_questions(
    course, tmp_path, capsys
):
    run(tmp_path, capsys, "bank.gift", GIFT)
    exported = tmp_path / "export.gift"
    call_command("export_questions", "--course", "khoa-thu", "-o", str(exported))
    CoursePageFactory(slug="khoa-moi")

    call_command("import_questions", str(exported), "--course", "khoa-moi")

    def bank(slug):
        return sorted(
            (
                q.kind,
                q.text,
                q.explanation,
                q.category.name,
                sorted((o.text, float(o.weight)) for o in q.options.all()),
            )
            for q in Question.objects.filter(course__slug=slug).prefetch_related("options")
        )

    assert bank("khoa-moi") == bank("khoa-thu")


# --- Excel ----------------------------------------------------------------------------------------

XLSX = xlsx(
    SIMPLE_HEADER + ["Tiêu đề"],
    ["Chỉ thị 16/CT-TTg ban hành ngày nào?", "16/5/2016", "15/10/1949", "25/2/2010", "A", "Chỉ thị 16"],
    ["Người đứng đầu cần làm gì?", "Nêu gương", "Xa dân", "Lắng nghe dân", "A, C", "Người đứng đầu"],
    ["Câu không đáp án", "Có", "Không", "", "", "Thiếu đáp án"],
)


def test_an_excel_file_with_a_bad_row_imports_nothing_and_names_the_row(course, tmp_path, capsys):
    status, last, errors = run(tmp_path, capsys, "bank.xlsx", XLSX)

    assert (status, last) == (1, "imported: 0, errors: 1")
    assert "4" in errors and "Thiếu đáp án" in errors
    assert not Question.objects.exists()


def test_an_excel_file_imports_its_valid_rows_with_skip_invalid(course, tmp_path, capsys):
    status, last, _ = run(tmp_path, capsys, "bank.xlsx", XLSX, "--skip-invalid")

    assert (status, last) == (1, "imported: 2, errors: 1")
    assert sorted(Question.objects.values_list("kind", flat=True)) == ["multiple", "single"]


def test_an_excel_dry_run_counts_and_writes_nothing(course, tmp_path, capsys):
    status, last, _ = run(tmp_path, capsys, "bank.xlsx", XLSX, "--dry-run", "--skip-invalid")

    assert (status, last) == (1, "imported: 2, errors: 1")
    assert not Question.objects.exists()


def test_a_clean_excel_file_exits_with_status_0(course, tmp_path, capsys):
    status, last, _ = run(
        tmp_path, capsys, "bank.xlsx", xlsx(SIMPLE_HEADER, ["Chọn?", "Có", "Không", "", "B"])
    )

    assert (status, last) == (0, "imported: 1, errors: 0")


def test_a_file_that_is_not_a_workbook_ends_with_the_same_last_line(course, tmp_path, capsys):
    status, last, errors = run(tmp_path, capsys, "bank.xlsx", "Câu hỏi,Đáp án\nChọn?,A\n")

    assert (status, last) == (1, "imported: 0, errors: 1")
    assert "(.xlsx)" in errors


def lessons_course():
    course = CoursePageFactory(slug="khoa-bai-hoc")
    first = LessonPageFactory(parent=course, slug="bai-1", body=paragraphs("Đoạn một.", "Đoạn hai."))
    second = LessonPageFactory(parent=course, slug="bai-2", body=paragraphs("Đoạn ba."))
    add_question(
        course,
        kind="multiple",
        text=RichText('<p data-block-key="x1">Chọn <b>các</b> ý đúng</p><ul><li>ý một</li></ul>').source,
        options=[
            ("Dân biết", 30, "Đúng"),
            ("Dân chờ", -100, "Không"),
            ("Dân bàn", 70, ""),
            ("Dân xin", 0, ""),
        ],
        explanation="<p>Dòng một<br>Dòng hai</p><p>Đoạn sau</p>",
        category="Bài 1",
        difficulty="hard",
        lesson=first,
        passage=first.body[1].id,
    )
    add_question(
        course,
        kind="true_false",
        text="<p>Dân vận khéo thì việc gì cũng thành công.</p>",
        options=[("Đúng", 100, ""), ("Sai", 0, "Xem lại.")],
        category="Bài 2",
        difficulty="easy",
        lesson=second,
    )
    add_question(
        course,
        kind="single",
        text="<p>Câu không bài học, có dấu = và 3 &lt; 5</p>",
        options=[("=16/5/2016", 100, ""), ("15/10/1949", 0, "Sai ngày")],
    )
    return course


def bank_of(course):
    return sorted(
        (
            question.kind,
            question.category.name if question.category else "",
            question.text.replace(' data-block-key="x1"', ""),
            [(option.text, option.weight, option.feedback) for option in question.options.all()],
            question.explanation,
            question.difficulty,
            question.lesson.slug if question.lesson else "",
            question.passage,
        )
        for question in Question.objects.filter(course=course).prefetch_related("options")
    )


@pytest.mark.parametrize("name", ["bank.xlsx", "bank.gift"])
def test_exporting_a_bank_and_importing_it_into_the_emptied_bank_gives_the_same_questions(
    name, tmp_path, capsys
):
    course = lessons_course()
    before = bank_of(course)
    exported = tmp_path / name
    call_command("export_questions", "--course", "khoa-bai-hoc", "-o", str(exported))
    assert capsys.readouterr().out.strip() == "exported: 3"
    Question.objects.filter(course=course).delete()

    call_command("import_questions", str(exported), "--course", "khoa-bai-hoc")

    assert capsys.readouterr().out.strip().splitlines()[-1] == "imported: 3, errors: 0"
    assert bank_of(course) == before


def test_the_excel_export_lists_the_course_s_lessons_and_passages(tmp_path):
    course = lessons_course()
    exported = tmp_path / "bank.xlsx"

    call_command("export_questions", "--course", "khoa-bai-hoc", "--format", "xlsx", "-o", str(exported))

    from tests.xlsx import sheet_rows

    lessons = sheet_rows(exported.read_bytes(), "Bài học")
    first = course.get_children().specific().first()
    assert [row[2:4] for row in lessons[1:3]] == [["bai-1", first.body[0].id], ["bai-1", first.body[1].id]]
    assert lessons[1][4] == "Đoạn một."
