"""The route matrix: every URL pattern of the site and the admin, requested by every role, with the
status each must get. Parametrised URLs are filled with the objects of a world of two organizing units
(tests/route_world.py): unit A's objects answer 404 to unit B's organizer, exactly as missing ones.

The routes come from the URL resolver, so a route added without a row fails
``test_every_route_has_a_row``, which names it. The admin's rows are in ``tests/route_rows_admin.py``, the
site's here. To add a row: copy the row of a similar route, key it
by the pattern the failure prints, fill its parameters from the world (``W("certificate")`` is its
pk, ``W("certificate.serial")`` a field) and write the seven statuses in the order of ROLES:

    anonymous, owner trainee, other trainee, trainer, organizer (of unit A), organizer of another unit,
    superuser

Every request is a GET: a view that only takes a POST answers 405.
"""

import time

import pytest

from tests.route_matrix import R, W, site_routes
from tests.route_rows_admin import ADMIN_ROUTES
from tests.route_world import ROLES, build_world

pytestmark = pytest.mark.django_db

# Routes that cannot meaningfully be requested, with the reason.
EXCLUDED = {
    "admin/failwhale/": "Wagtail's check of error reporting: it raises an exception on purpose",
}

# fmt: off
ROUTES = {
    'healthz': R("200 200 200 200 200 200 200"),
    'documents/^(\\d+)/(.*)$': R("302 404 404 200 200 200 200", url="/documents/{id}/{name}", id=W("document"), name=W("document.filename")),
    'documents/authenticate_with_password/<int:restriction_id>/': R("404 404 404 404 404 404 404", restriction_id=1),
    'accounts/login/': R("200 200 200 200 200 200 200"),
    'accounts/password_change/': R("302 200 200 200 200 200 200"),
    'accounts/password_change/done/': R("302 200 200 200 200 200 200"),
    'accounts/password_reset/': R("200 200 200 200 200 200 200"),
    'accounts/password_reset/done/': R("200 200 200 200 200 200 200"),
    'accounts/reset/<uidb64>/<token>/': R("200 200 200 200 200 200 200", uidb64="MQ", token="khong-hop-le"),
    'accounts/reset/done/': R("200 200 200 200 200 200 200"),
    'lop-cua-toi/': R("302 200 200 200 200 200 200"),
    'bai-hoc/<int:lesson_id>/da-hoc/': R("302 405 405 405 405 405 405", lesson_id=W("lesson")),
    'giay-chung-nhan/': R("302 200 200 200 200 200 200"),
    'giay-chung-nhan/trang-thai/<int:enrollment_id>/': R("302 200 404 404 404 404 404", enrollment_id=W("enrollment")),
    'giay-chung-nhan/<str:serial>/tai-ve/': R("302 200 404 404 200 404 200", serial=W("certificate.serial")),
    'xac-minh/<str:code>/': R("200 200 200 200 200 200 200", code=W("certificate.code")),
    'tra-cuu/': R("200 200 200 200 200 200 200"),
    'lop/<str:code>/kiem-tra/': R("302 200 404 404 404 404 404", code=W("class_a.code")),
    'lan-lam-bai/<int:pk>/': R("302 302 404 404 404 404 404", pk=W("attempt")),
    'lan-lam-bai/<int:pk>/han-nop/': R("302 200 404 404 404 404 404", pk=W("attempt")),
    'lan-lam-bai/<int:pk>/tra-loi/': R("302 405 405 405 405 405 405", pk=W("attempt")),
    'lan-lam-bai/<int:pk>/ket-qua/': R("302 200 404 404 404 404 404", pk=W("attempt")),
    'cuoc-thi/tuan-thi/<int:round_id>/vao-thi/': R("302 405 405 405 405 405 405", round_id=W("contest_round")),
    'cuoc-thi/bai-thi/<int:entry_id>/': R("302 302 404 404 404 404 404", entry_id=W("contest_entry")),
    'cuoc-thi/bai-thi/<int:entry_id>/tra-loi/': R("302 405 405 405 405 405 405", entry_id=W("contest_entry")),
    'cuoc-thi/bai-thi/<int:entry_id>/han-nop/': R("302 200 404 404 404 404 404", entry_id=W("contest_entry")),
    'cuoc-thi/bai-thi/<int:entry_id>/ket-qua/': R("302 200 404 404 404 404 404", entry_id=W("contest_entry")),
    'search/': R("200 200 200 200 200 200 200"),
    'van-ban/': R("200 200 200 200 200 200 200"),
    'van-ban/<int:pk>/': R("200 200 200 200 200 200 200", pk=W("reference_document")),
    'cuoc-thi/<int:contest_id>/dang-ky/': R("200 302 200 200 200 200 200", contest_id=W("contest")),
    'cuoc-thi/<int:contest_id>/dang-ky/xac-nhan/': R("302 302 302 302 302 302 302", contest_id=W("contest")),
    'cuoc-thi/<int:contest_id>/thong-tin/': R("302 200 404 404 404 404 404", contest_id=W("contest")),
    'cuoc-thi/dang-nhap/': R("200 200 200 200 200 200 200"),
    'cuoc-thi/dang-nhap/xac-nhan/': R("302 302 302 302 302 302 302"),
    'i18n/setlang/': R("302 302 302 302 302 302 302"),
    '^media/(?P<path>.*)$': R("200 200 200 200 200 200 200", path=W("image.file.name")),
    '_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/': R("404 404 404 404 404 404 404", page_view_restriction_id=1, page_id=W("lesson")),
    '_util/login/': R("200 200 200 200 200 200 200"),
    '^((?:[\\w\\-]+/)*)$': R("302 200 200 200 200 200 200", url="{page}", page=W("lesson.url")),
    'cuoc-thi/tuan/<int:round_id>/ket-qua/': R("200 200 200 200 200 200 200", round_id=W("contest_round")),
    'accounts/logout/': R("405 405 405 405 405 405 405"),
    **ADMIN_ROUTES,
}
# fmt: on


def test_every_route_has_a_row():
    routes = set(site_routes())

    missing = sorted(routes - ROUTES.keys() - EXCLUDED.keys())
    stale = sorted((ROUTES.keys() | EXCLUDED.keys()) - routes)

    assert not missing, (
        "routes without a row in ROUTES (tests/test_route_matrix.py, tests/route_rows_admin.py):\n"
        + "\n".join(missing)
    )
    assert not stale, "rows for routes that no longer exist:\n" + "\n".join(stale)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_its_status_on_every_route(client, role):
    world = build_world()
    if role != "anonymous":
        client.force_login(world.users[role])
    client.raise_request_exception = False
    started = time.monotonic()

    wrong = []
    for pattern, row in ROUTES.items():
        url = row.path(pattern, world)
        status, expected = client.get(url).status_code, row.expected()[role]
        if status != expected:
            wrong.append(f"{url}  ({pattern}): {status}, expected {expected}")

    print(f"{role}: {len(ROUTES)} routes in {time.monotonic() - started:.1f} s")
    assert not wrong, f"{role}:\n" + "\n".join(wrong)
