"""SMS backends are chosen in settings as e-mail backends are: console, in memory, or an HTTP gateway."""

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.exceptions import ImproperlyConfigured

from contests import sms
from contests.models import PhoneCode
from contests.phone_codes import CodeRefused, send_code


class Gateway(BaseHTTPRequestHandler):
    """A gateway that records what it is sent and answers with the status the test sets."""

    status = 200
    received = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((dict(self.headers), json.loads(body)))
        self.send_response(self.status)
        self.end_headers()
        self.wfile.write(b'{"ok": true}')

    def log_message(self, *args):
        pass


@pytest.fixture
def gateway(settings):
    Gateway.status, Gateway.received = 200, []
    server = HTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.SMS_BACKEND = "contests.sms.HttpBackend"
    settings.SMS_GATEWAY_URL = f"http://127.0.0.1:{server.server_port}/send"
    settings.SMS_GATEWAY_TOKEN = "token-of-the-gateway"
    settings.SMS_SENDER = "BANDANVAN"
    yield Gateway
    server.shutdown()
    server.server_close()


def test_the_console_backend_prints_the_message_for_make_run_users():
    stream = io.StringIO()
    sms.ConsoleBackend(stream).send(sms.TextMessage("0912345678", "Ma 123456"))
    assert "SMS to 0912345678: Ma 123456" in stream.getvalue()


def test_the_outbox_starts_empty_in_every_test_and_keeps_what_was_sent(sms_outbox):
    assert sms_outbox == []
    sms.send_sms("0912345678", "Xin chào")
    assert sms_outbox == [sms.TextMessage("0912345678", "Xin chào")]


def test_the_http_backend_posts_json_with_the_token_and_the_international_number(gateway):
    sms.send_sms("0912345678", "Ma 123456")

    headers, body = gateway.received[0]
    assert body == {"to": "+84912345678", "from": "BANDANVAN", "text": "Ma 123456"}
    assert headers["Authorization"] == "Bearer token-of-the-gateway"


@pytest.mark.django_db
def test_a_gateway_error_is_a_clear_message_and_no_code_is_kept(gateway):
    gateway.status = 503

    with pytest.raises(CodeRefused, match="Hiện chưa gửi được tin nhắn"):
        send_code("0912345678", PhoneCode.Purpose.REGISTER, "203.0.113.5")
    assert not PhoneCode.objects.exists()


@pytest.mark.django_db
def test_an_unreachable_gateway_is_a_clear_message_too(settings):
    settings.SMS_BACKEND = "contests.sms.HttpBackend"
    settings.SMS_GATEWAY_URL = "http://127.0.0.1:9/send"  # discard port: nothing listens
    settings.SMS_GATEWAY_TIMEOUT_SECONDS = 2

    with pytest.raises(CodeRefused, match="Hiện chưa gửi được tin nhắn"):
        send_code("0912345678", PhoneCode.Purpose.REGISTER)
    assert not PhoneCode.objects.exists()


def test_the_http_backend_without_a_gateway_address_names_the_missing_variable(settings):
    settings.SMS_BACKEND = "contests.sms.HttpBackend"
    settings.SMS_GATEWAY_URL = ""
    with pytest.raises(ImproperlyConfigured, match="SMS_GATEWAY_URL"):
        sms.send_sms("0912345678", "Ma 123456")
