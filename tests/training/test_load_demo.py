import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from training import demo, roles

pytestmark = pytest.mark.django_db


def load_demo():
    from io import StringIO

    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_creates_one_account_per_role_with_the_demo_password():
    load_demo()

    User = get_user_model()
    assert User.objects.get(username="hocvien").groups.filter(name=roles.TRAINEE).exists()
    assert User.objects.get(username="giangvien").groups.filter(name=roles.TRAINER).exists()
    assert User.objects.get(username="bantochuc").groups.filter(name=roles.ORGANIZER).exists()
    assert User.objects.get(username="admin").is_superuser
    assert all(user.check_password(demo.PASSWORD) for user in User.objects.all())


def test_a_second_run_changes_nothing_and_says_so():
    load_demo()
    User = get_user_model()
    before = list(User.objects.values_list("pk", "password", "last_login").order_by("pk"))

    output = load_demo()

    assert "nothing changed" in output
    assert list(User.objects.values_list("pk", "password", "last_login").order_by("pk")) == before


def test_load_demo_is_refused_where_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False

    with pytest.raises(CommandError, match="refused"):
        load_demo()

    assert not get_user_model().objects.filter(username="hocvien").exists()
