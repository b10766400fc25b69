"""A Vietnamese-first site: Vietnamese whatever the browser asks for, English one click away."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

pytestmark = pytest.mark.django_db


def test_pages_are_vietnamese_even_for_an_english_browser(client):
    response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert '<html lang="vi">' in response.content.decode()
    assert "Đăng nhập" in response.content.decode()


def test_english_is_one_click_away(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/accounts/login/"}, follow=True)

    page = response.content.decode()
    assert '<html lang="en">' in page
    assert "Sign in" in page
    assert "Tiếng Việt" in page  # and the way back


def test_the_vietnamese_catalogue_translates_every_string():
    with open(Path(settings.BASE_DIR) / "locale/vi/LC_MESSAGES/django.po", "rb") as po:
        catalogue = read_po(po)

    untranslated = [
        m.id
        for m in catalogue
        if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))
    ]
    assert untranslated == []
