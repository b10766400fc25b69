"""import_questions and export_questions on real files: GIFT and Aiken in, GIFT out and back."""

import pytest
from django.core.management import call_command

from quizzes.models import Question
from tests.factories import CoursePageFactory

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


def run(tmp_path, capsys, name, text, *options):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
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
