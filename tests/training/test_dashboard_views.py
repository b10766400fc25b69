"""Who sees which dashboard, and how the list of trainees and the exports take what people type."""

import csv
import datetime
import io

import openpyxl
import pytest
import time_machine

from tests.dashboard_data import build_class
from tests.factories import (
    EnrollmentFactory,
    OrganizerFactory,
    TraineeFactory,
    TrainerFactory,
    TrainingClassFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CLASS_VIEWS = ["", "trainees/", "trainees/results/", "export.xlsx", "export.csv"]
OVERVIEW = "/admin/training/dashboard/"
OVERVIEW_VIEWS = ["", "results/", "export.xlsx", "export.csv"]


def class_urls(training_class):
    return [f"/admin/training/classes/{training_class.pk}/dashboard/{tail}" for tail in CLASS_VIEWS]


@pytest.fixture
def ours():
    return build_class()


@pytest.fixture
def theirs():
    return EnrollmentFactory(trainee__full_name="Học Viên Đơn Vị Khác", unit="Sở Khác").training_class


@pytest.fixture
def organizer(ours):
    user = OrganizerFactory()
    ours.training_class.organizing_unit.organizers.add(user)
    return user


def overview_text(client, tail=""):
    response = client.get(OVERVIEW + tail)
    assert response.status_code == 200
    if tail.startswith("export.xlsx"):
        workbook = openpyxl.load_workbook(io.BytesIO(response.content))
        return " ".join(str(value) for row in workbook["Các lớp"].values for value in row)
    if tail.startswith("export.csv"):
        return response.content.decode("utf-8-sig")
    return response.content.decode()


def test_an_organizer_sees_every_view_and_export_of_their_unit_s_classes_and_a_404_for_another(
    client, ours, theirs, organizer
):
    client.force_login(organizer)

    assert [client.get(url).status_code for url in class_urls(ours.training_class)] == [200] * 5
    assert [client.get(url).status_code for url in class_urls(theirs)] == [404] * 5
    for tail in OVERVIEW_VIEWS:
        listed = overview_text(client, tail)
        assert ours.training_class.code in listed and theirs.code not in listed, tail


def test_a_trainer_sees_the_classes_they_teach_and_a_404_for_the_others(client, ours, theirs):
    trainer = TrainerFactory()
    ours.training_class.trainers.add(trainer)
    client.force_login(trainer)

    assert [client.get(url).status_code for url in class_urls(ours.training_class)] == [200] * 5
    assert [client.get(url).status_code for url in class_urls(theirs)] == [404] * 5
    for tail in OVERVIEW_VIEWS:
        listed = overview_text(client, tail)
        assert ours.training_class.code in listed and theirs.code not in listed, tail


def test_a_trainer_sees_certificate_numbers_but_only_organizers_get_download_links(client, ours, organizer):
    trainer = TrainerFactory()
    ours.training_class.trainers.add(trainer)
    trainees = f"/admin/training/classes/{ours.training_class.pk}/dashboard/trainees/"

    client.force_login(trainer)
    as_trainer = client.get(trainees).content.decode()
    client.force_login(organizer)
    as_organizer = client.get(trainees).content.decode()

    assert "DVK-2026-000004" in as_trainer and "/giay-chung-nhan/DVK-2026-000004/tai-ve/" not in as_trainer
    assert "/giay-chung-nhan/DVK-2026-000004/tai-ve/" in as_organizer
    assert "/giay-chung-nhan/DVK-2026-000006/" not in as_organizer  # pending: nothing to download yet


def test_a_trainee_gets_none_of_it_even_when_enrolled(client, ours):
    trainee = ours.enrollments["Nguyễn Thị An"].trainee
    client.force_login(trainee)

    for url in [*class_urls(ours.training_class), *(OVERVIEW + tail for tail in OVERVIEW_VIEWS)]:
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, f"/accounts/login/?next={url}"), url
        assert b"Nguy" not in response.content


def test_someone_signed_out_is_sent_to_sign_in(client, ours):
    for url in class_urls(ours.training_class):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_admin_home_shows_an_organizer_their_classes_with_their_figures(client, ours, theirs, organizer):
    client.force_login(organizer)

    home = client.get("/admin/").content.decode()

    assert "Các lớp tập huấn của bạn" in home
    assert ours.training_class.name in home and theirs.name not in home
    assert f"/admin/training/classes/{ours.training_class.pk}/dashboard/" in home
    assert "42,9%" in home


def test_the_menu_and_the_list_of_classes_lead_to_the_dashboards(client, ours, organizer):
    client.force_login(organizer)

    assert OVERVIEW in client.get("/admin/").content.decode()
    listing = client.get("/admin/snippets/training/trainingclass/").content.decode()
    assert f"/admin/training/classes/{ours.training_class.pk}/dashboard/" in listing


def test_an_admin_user_without_classes_has_no_panel_and_no_menu_entry(client):
    editor = UserFactory(is_superuser=False)
    editor.user_permissions.add(*_admin_access())
    client.force_login(editor)

    home = client.get("/admin/").content.decode()

    assert "Các lớp tập huấn của bạn" not in home and OVERVIEW not in home


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="access_admin")


# The list of trainees


def trainees(client, ours, query=""):
    response = client.get(f"/admin/training/classes/{ours.training_class.pk}/dashboard/trainees/{query}")
    assert response.status_code == 200
    return response.content.decode()


def listed_names(page, ours):
    positions = {name: page.find(f"<strong>{name}</strong>") for name in ours.enrollments}
    return [name for name, position in sorted(positions.items(), key=lambda item: item[1]) if position >= 0]


def test_the_list_is_in_vietnamese_order_of_given_names_and_sorts_by_any_column(client, ours, organizer):
    client.force_login(organizer)

    assert listed_names(trainees(client, ours), ours) == [
        "Nguyễn Thị An",
        "Trần Văn Bình",
        "Lê Thị Cúc",
        "Phạm Văn Dũng",  # D before Đ
        "Hoàng Thị Đào",
        "Võ Minh Giang",
        "Đặng Thu Hà",
    ]
    by_result = listed_names(trainees(client, ours, "?ordering=-result"), ours)
    assert by_result[:4] == ["Võ Minh Giang", "Hoàng Thị Đào", "Đặng Thu Hà", "Phạm Văn Dũng"]
    assert set(by_result[4:]) == {"Nguyễn Thị An", "Trần Văn Bình", "Lê Thị Cúc"}  # no result: last
    by_result_ascending = listed_names(trainees(client, ours, "?ordering=result"), ours)
    assert by_result_ascending[0] == "Phạm Văn Dũng" and by_result_ascending[-1] not in by_result[:4]
    assert listed_names(trainees(client, ours, "?ordering=status"), ours)[0] == "Nguyễn Thị An"
    assert listed_names(trainees(client, ours, "?ordering=-status"), ours)[:3] == [
        "Hoàng Thị Đào",
        "Võ Minh Giang",
        "Đặng Thu Hà",
    ]


def test_the_list_filters_by_status_unit_result_and_certificate(client, ours, organizer):
    client.force_login(organizer)

    assert listed_names(trainees(client, ours, "?status=not_started"), ours) == ["Nguyễn Thị An"]
    assert listed_names(trainees(client, ours, "?status=in_progress&unit=Sở Y tế"), ours) == [
        "Trần Văn Bình",
        "Lê Thị Cúc",
    ]
    assert listed_names(trainees(client, ours, "?unit=-"), ours) == ["Đặng Thu Hà"]  # no unit given
    assert listed_names(trainees(client, ours, "?result=not_passed"), ours) == ["Phạm Văn Dũng"]
    assert listed_names(trainees(client, ours, "?certificate=issued"), ours) == ["Hoàng Thị Đào"]


def test_searching_a_name_needs_no_diacritics(client, ours, organizer):
    client.force_login(organizer)

    assert listed_names(trainees(client, ours, "?q=hoang thi dao"), ours) == ["Hoàng Thị Đào"]
    assert listed_names(trainees(client, ours, "?q=THU HA"), ours) == ["Đặng Thu Hà"]
    assert listed_names(trainees(client, ours, "?q=Lê Thị"), ours) == ["Lê Thị Cúc"]
    assert listed_names(trainees(client, ours, "?q=0912000003"), ours) == ["Phạm Văn Dũng"]


def test_unknown_filters_sorts_and_pages_are_ignored_not_an_error(client, ours, organizer):
    client.force_login(organizer)

    assert (
        len(listed_names(trainees(client, ours, "?status=lost&ordering=salary&p=abc&colour=red"), ours)) == 7
    )
    # an unknown value drops its own filter only
    assert listed_names(trainees(client, ours, "?status=not_started&unit=Sở Không Có"), ours) == [
        "Nguyễn Thị An"
    ]
    assert len(listed_names(trainees(client, ours, "?p=999"), ours)) == 7
    response = client.get(
        f"/admin/training/classes/{ours.training_class.pk}/dashboard/export.csv?ordering=x&status=y"
    )
    assert response.status_code == 200 and len(response.content.decode("utf-8-sig").splitlines()) == 8
    assert client.get(OVERVIEW + "?period=someday&year=abc&organizing_unit=zz&ordering=--").status_code == 200


def test_the_list_is_paginated_and_says_how_many_it_holds(client, organizer):
    training_class = TrainingClassFactory()
    training_class.organizing_unit.organizers.add(organizer)
    for number in range(55):
        EnrollmentFactory(
            training_class=training_class, trainee=TraineeFactory(full_name=f"Học Viên Số {number:02d}")
        )
    client.force_login(organizer)
    url = f"/admin/training/classes/{training_class.pk}/dashboard/trainees/"

    first, second = client.get(url).content.decode(), client.get(url + "?p=2").content.decode()

    assert first.count("Học Viên Số") == 50 and second.count("Học Viên Số") == 5
    assert "55 học viên trong danh sách" in first


def test_exports_from_a_filtered_list_hold_the_listed_trainees_and_say_so(client, ours, organizer):
    client.force_login(organizer)
    base = f"/admin/training/classes/{ours.training_class.pk}/dashboard/"

    rows = list(
        csv.DictReader(io.StringIO(client.get(base + "export.csv?unit=Sở Y tế").content.decode("utf-8-sig")))
    )
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(base + "export.xlsx?status=completed").content))

    assert [row["Họ và tên"] for row in rows] == ["Nguyễn Thị An", "Trần Văn Bình", "Lê Thị Cúc"]
    assert workbook["Học viên"].max_row == 4
    summary = {row[0]: row[1] for row in workbook["Tổng hợp"].values if row and row[0]}
    assert summary["Học viên trong danh sách"] == "Trạng thái: Hoàn thành"
    assert summary["Ghi danh"] == 7  # the figures are the whole class's


def test_an_empty_class_exports_valid_files_with_their_headers(client, organizer):
    empty = TrainingClassFactory()
    empty.organizing_unit.organizers.add(organizer)
    client.force_login(organizer)
    base = f"/admin/training/classes/{empty.pk}/dashboard/"

    exported_csv = client.get(base + "export.csv").content.decode("utf-8-sig").splitlines()
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(base + "export.xlsx").content))

    assert exported_csv == [exported_csv[0]] and exported_csv[0].startswith("STT,Họ và tên,Email")
    assert [cell.value for cell in workbook["Học viên"][1]][:2] == ["STT", "Họ và tên"]
    assert workbook["Học viên"].max_row == 1
    assert client.get(base).status_code == 200


@time_machine.travel(datetime.datetime(2026, 3, 10, 12, tzinfo=datetime.UTC), tick=False)
def test_the_overview_filters_by_period_and_exports_what_it_lists(client, ours, organizer):
    ended = TrainingClassFactory(
        organizing_unit=ours.training_class.organizing_unit,
        code="DVK-2025-CU",
        starts_on="2025-01-01",
        ends_on="2025-02-01",
    )
    client.force_login(organizer)

    running = overview_text(client, "?period=running")
    exported = overview_text(client, "export.csv?period=ended")

    assert ended.code not in running and ended.code in exported and ours.training_class.code not in exported
    assert overview_text(client, "?year=2025").count("DVK-2025-CU") >= 1
