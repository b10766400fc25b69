"""The 404 and 500 pages are the site's own, in Vietnamese, and need no database."""

import pytest
from django.http import Http404
from django.test import Client
from django.urls import path

from training.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("secret detail of a failure")


def missing_view(request):
    raise Http404("secret detail of a missing object")


urlpatterns = [path("hong/", broken_view), path("mat/", missing_view), *site_urlpatterns]


@pytest.mark.django_db
def test_an_unknown_address_is_the_branded_vietnamese_404(client):
    response = client.get("/khong-co-trang-nay/")

    assert response.status_code == 404
    page = response.content.decode()
    assert "Không tìm thấy trang" in page
    assert 'href="/tra-cuu/"' in page


@pytest.mark.urls(__name__)
@pytest.mark.django_db
def test_the_404_page_reads_nothing_from_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/mat/")

    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
    assert "secret detail" not in response.content.decode()


@pytest.mark.urls(__name__)
@pytest.mark.django_db
def test_a_server_error_is_the_branded_vietnamese_500_without_a_stack_trace(
    settings, django_assert_num_queries
):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)

    with django_assert_num_queries(0):
        response = client.get("/hong/")

    assert response.status_code == 500
    page = response.content.decode()
    assert "Hệ thống đang gặp sự cố" in page
    assert "Traceback" not in page
    assert "secret detail" not in page
    assert "RuntimeError" not in page
