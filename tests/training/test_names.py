"""Name keys: trainees are found without diacritics and listed in Vietnamese order."""

import pytest

from tests.factories import TraineeFactory
from training.models import User
from training.names import search_key, sort_key


def test_the_search_key_is_the_name_without_diacritics_or_extra_spaces():
    assert search_key("  Nguyễn Thị  Hồng Nhung ") == "nguyen thi hong nhung"
    assert search_key("ĐẶNG ĐỨC") == "dang duc"


def test_names_sort_by_given_name_then_family_and_middle_names_in_the_vietnamese_alphabet():
    names = [
        "Trần Văn Ân",
        "Lê Văn Anh",
        "Phạm Thị An",
        "Hoàng Văn Đức",
        "Nguyễn Văn Dũng",
        "Ngô Thị Ánh",
        "Bùi Văn An",
    ]

    assert sorted(names, key=sort_key) == [
        "Bùi Văn An",  # same given name: by family name
        "Phạm Thị An",
        "Lê Văn Anh",  # a-n-h before â: letters first
        "Ngô Thị Ánh",  # the same letters: the tone decides
        "Trần Văn Ân",
        "Nguyễn Văn Dũng",  # d before đ
        "Hoàng Văn Đức",
    ]


def test_the_sort_key_holds_only_characters_every_database_orders_alike():
    assert set(sort_key("Ông Thị Ửng 2")) <= set("abcdefghijklmnopqrstuvwxyz0123456789")


@pytest.mark.django_db
def test_saving_or_bulk_creating_a_user_keeps_the_keys_of_their_name():
    trainee = TraineeFactory(full_name="Võ Thị Sáu")
    created = User.objects.bulk_create([User(username="hv-bulk", full_name="Lý Tự Trọng")])[0]
    trainee.full_name = "Võ Thị Sáu Mới"
    trainee.save(update_fields=["full_name"])
    trainee.refresh_from_db()
    created.refresh_from_db()

    assert (trainee.search_name, created.search_name) == ("vo thi sau moi", "ly tu trong")
    assert trainee.sort_name == sort_key("Võ Thị Sáu Mới")
