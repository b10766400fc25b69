"""Organizers enrol a spreadsheet of trainees: by command and in the admin with a preview."""

import datetime
import unicodedata
import uuid
from functools import partial

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from tests.factories import OrganizerFactory, TraineeFactory, TrainingClassFactory
from tests.threads import at_once
from tests.xlsx import xlsx as xlsx_bytes
from training.enrollment import importing
from training.models import Enrollment, TraineeImport

pytestmark = pytest.mark.django_db

NFD_NAME = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết")
ROWS = [
    ["Họ và tên", "Email", "Số điện thoại", "Đơn vị", "Chức vụ", "Ghi chú"],
    [NFD_NAME, "tuyet@example.vn", "", "  Sở   Y tế ", "Chuyên viên", "x"],
    ["Lê Văn Bình", "", "0912.345.678", "Sở Nội vụ", "", ""],
    ["", "", "", "", "", ""],
    ["Trần Cường", "khong-phai-email", "", "", "", ""],
    ["Phạm Dung", "tuyet@example.vn", "", "", "", ""],
]


def xlsx(rows=ROWS):
    return xlsx_bytes(*rows)


def csv_bytes(rows=ROWS, bom=True):
    text = "\n".join(",".join(row) for row in rows) + "\n"
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


@pytest.fixture
def training_class():
    return TrainingClassFactory(code="DVK-2026-01")


def run_import(tmp_path, capsys, data, name="ds.xlsx", *options):
    """Run the command as an organizer would; its exit status is 1 when a row had an error."""
    path = tmp_path / name
    path.write_bytes(data)
    try:
        call_command("import_trainees", str(path), "--class", "dvk-2026-01", *options)
    except SystemExit as exit:
        assert exit.code == 1
    return capsys.readouterr()


def test_the_command_enrolls_valid_rows_reports_bad_ones_and_ends_with_the_counts(
    training_class, tmp_path, capsys
):
    out = run_import(tmp_path, capsys, xlsx())

    assert out.out.strip().splitlines()[-1] == "imported: 2, skipped: 0, errors: 2"
    assert "Dòng 5: “khong-phai-email” không phải là địa chỉ email hợp lệ." in out.err
    assert "Dòng 6: email tuyet@example.vn trùng với dòng 2." in out.err
    tuyet = Enrollment.objects.get(trainee__email="tuyet@example.vn")
    assert tuyet.trainee.full_name == "Nguyễn Thị Ánh Tuyết" == unicodedata.normalize("NFC", NFD_NAME)
    assert tuyet.unit == "Sở Y tế"
    assert Enrollment.objects.get(trainee__phone="0912345678").trainee.full_name == "Lê Văn Bình"


def test_importing_the_same_file_twice_enrolls_nobody_twice(training_class, tmp_path, capsys):
    run_import(tmp_path, capsys, csv_bytes(), "ds.csv")

    out = run_import(tmp_path, capsys, csv_bytes(bom=False), "ds.csv")

    assert out.out.strip().splitlines()[-1] == "imported: 0, skipped: 2, errors: 2"
    assert Enrollment.objects.count() == 2
    assert get_user_model().objects.filter(email="tuyet@example.vn").count() == 1


def test_a_trainee_with_an_account_is_enrolled_with_it(training_class, tmp_path, capsys):
    existing = TraineeFactory(phone="0912345678", full_name="Lê Văn Bình")

    run_import(tmp_path, capsys, xlsx(ROWS[:3]))

    assert Enrollment.objects.get(trainee__full_name="Lê Văn Bình").trainee == existing
    assert get_user_model().objects.filter(phone="0912345678").count() == 1


def test_a_dry_run_writes_nothing(training_class, tmp_path, capsys):
    out = run_import(tmp_path, capsys, xlsx(ROWS[:3]), "ds.xlsx", "--dry-run")

    assert out.out.strip().splitlines()[-1] == "imported: 2, skipped: 0, errors: 0"
    assert not Enrollment.objects.exists()
    assert not get_user_model().objects.filter(email="tuyet@example.vn").exists()


def test_a_new_account_signs_in_with_its_one_time_password_and_must_change_it(
    training_class, tmp_path, capsys, client
):
    out = run_import(tmp_path, capsys, xlsx(ROWS[:2]))
    password = out.out.strip().splitlines()[-2].split(",")[-1]

    client.post("/accounts/login/", {"username": "tuyet@example.vn", "password": password})
    response = client.get("/lop-cua-toi/")

    assert response.status_code == 302 and response["Location"] == "/accounts/password_change/"


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("ds.xlsx", b"not a workbook", "Không mở được tệp này"),
        ("ds.csv", "Tên,Ghi chú\nAn,x\n".encode(), "Không tìm thấy dòng tiêu đề cột"),
        ("ds.pdf", b"%PDF", "không phải là bảng tính Excel"),
    ],
)
def test_a_file_that_cannot_be_read_changes_nothing(training_class, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(Exception, match=message):
        call_command("import_trainees", str(path), "--class", "DVK-2026-01")

    assert not Enrollment.objects.exists()


def test_an_unknown_class_code_is_refused(tmp_path):
    path = tmp_path / "ds.xlsx"
    path.write_bytes(xlsx())

    with pytest.raises(Exception, match="No class has the code"):
        call_command("import_trainees", str(path), "--class", "KHONG-CO")


def test_the_admin_previews_before_writing_then_imports_and_shows_one_time_passwords(training_class, client):
    organizer = OrganizerFactory()
    training_class.organizing_unit.organizers.add(organizer)
    client.force_login(organizer)
    url = f"/admin/training/classes/{training_class.pk}/import/"

    preview = client.post(url, {"file": SimpleUploadedFile("ds.xlsx", xlsx())})
    page = preview.content.decode()
    assert "Xem trước: chưa có gì được ghi" in page
    assert "2 học viên được ghi danh" in page and "Dòng 5:" in page
    assert not Enrollment.objects.exists()

    done = client.post(url, {"token": preview.context["token"]}).content.decode()
    assert "Đã nhập xong" in done and "Mật khẩu dùng một lần" in done
    assert Enrollment.objects.count() == 2

    again = client.post(url, {"token": preview.context["token"]}).content.decode()
    assert "đã thực hiện hoặc đã hết hạn" in again
    assert Enrollment.objects.count() == 2


def admin_preview(client, training_class, organizer=None):
    """An organizer of the class uploads the spreadsheet; returns the preview's token."""
    if organizer is None:
        organizer = OrganizerFactory()
        training_class.organizing_unit.organizers.add(organizer)
    client.force_login(organizer)
    return client.post(import_url(training_class), {"file": SimpleUploadedFile("ds.xlsx", xlsx())}).context[
        "token"
    ]


def import_url(training_class):
    return f"/admin/training/classes/{training_class.pk}/import/"


def test_an_expired_or_unknown_preview_says_so_and_enrolls_nobody(training_class, client):
    token = admin_preview(client, training_class)
    TraineeImport.objects.update(created_at=timezone.now() - datetime.timedelta(hours=2))

    expired = client.post(import_url(training_class), {"token": token}).content.decode()
    unknown = client.post(import_url(training_class), {"token": "khong-phai-ma"}).content.decode()

    assert "đã hết hạn" in expired and "đã hết hạn" in unknown
    assert not Enrollment.objects.exists()


def test_another_organizer_cannot_confirm_a_preview(training_class, client):
    token = admin_preview(client, training_class)
    colleague = OrganizerFactory()
    training_class.organizing_unit.organizers.add(colleague)
    client.force_login(colleague)

    page = client.post(import_url(training_class), {"token": token}).content.decode()

    assert "đã hết hạn" in page
    assert not Enrollment.objects.exists()


def test_the_stored_spreadsheet_is_removed_once_imported_and_forgotten_previews_after_a_day(
    training_class, client, django_capture_on_commit_callbacks
):
    forgotten = admin_preview(client, training_class)
    TraineeImport.objects.filter(token=forgotten).update(
        created_at=timezone.now() - datetime.timedelta(days=2)
    )
    forgotten_path = TraineeImport.objects.get(token=forgotten).path
    token = admin_preview(client, training_class)  # a new upload clears what is a day old
    path = TraineeImport.objects.get(token=token).path

    with django_capture_on_commit_callbacks(execute=True):
        client.post(import_url(training_class), {"token": token})

    assert not default_storage.exists(forgotten_path) and not default_storage.exists(path)
    assert list(TraineeImport.objects.values_list("token", flat=True)) == [uuid.UUID(str(token))]


@pytest.mark.worker  # committed data seen by two threads: it runs with the worker tests, in their process
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_confirmations_at_the_same_moment_enroll_once():
    """Two requests race with one preview (two tabs, a double click): one enrols, the other is told."""
    training_class = TrainingClassFactory(code="DVK-2026-01")
    organizer = OrganizerFactory()
    training_class.organizing_unit.organizers.add(organizer)
    token = admin_preview(Client(), training_class, organizer)
    steps = []
    clients = [Client(), Client()]
    for client in clients:
        client.force_login(organizer)

    def confirm(client):
        page = client.post(import_url(training_class), {"token": token}).content.decode()
        steps.append("done" if "Mật khẩu dùng một lần" in page else "refused")

    at_once(*(partial(confirm, client) for client in clients))

    assert sorted(steps) == ["done", "refused"]
    assert Enrollment.objects.filter(training_class=training_class).count() == 2


def test_an_organizer_of_another_unit_cannot_import(training_class, client):
    client.force_login(OrganizerFactory())

    response = client.post(
        f"/admin/training/classes/{training_class.pk}/import/",
        {"file": SimpleUploadedFile("ds.xlsx", xlsx())},
    )

    assert response.status_code == 404
    assert not Enrollment.objects.exists()


def test_a_fault_halfway_through_leaves_no_half_written_rows(training_class, monkeypatch, tmp_path):
    created = []
    original = importing._create_account

    def fail_on_second(*args):
        if created:
            raise RuntimeError("the database went away")
        created.append(original(*args))
        return created[-1]

    monkeypatch.setattr(importing, "_create_account", fail_on_second)
    path = tmp_path / "ds.xlsx"
    path.write_bytes(xlsx(ROWS[:3]))

    with pytest.raises(RuntimeError):
        call_command("import_trainees", str(path), "--class", "DVK-2026-01")

    assert not Enrollment.objects.exists()
    assert not get_user_model().objects.filter(email="tuyet@example.vn").exists()
