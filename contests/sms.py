"""Text messages (SMS), sent through the backend that ``SMS_BACKEND`` names, as e-mail backends are.

- ``ConsoleBackend`` prints each message to standard output: the embedded default, so that
  ``make run`` shows the one-time codes.
- ``LocmemBackend`` keeps them in ``contests.sms.outbox`` (emptied before every test), as
  ``django.core.mail.outbox``.
- ``HttpBackend`` posts them to an SMS gateway: ``SMS_GATEWAY_URL``, ``SMS_GATEWAY_TOKEN``,
  ``SMS_SENDER`` and ``SMS_GATEWAY_TIMEOUT_SECONDS``, read from the environment.
"""

import json
import logging
import sys
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from common.phones import international_phone

logger = logging.getLogger(__name__)

# The messages the in-memory backend has sent, oldest first.
outbox = []


class SmsError(Exception):
    """The message could not be sent (the gateway refused it, answered with an error, or not at all)."""


@dataclass(frozen=True)
class TextMessage:
    phone: str  # national form, 0xxxxxxxxx
    text: str


class ConsoleBackend:
    def __init__(self, stream=None):
        self.stream = stream or sys.stdout
        self._lock = threading.Lock()

    def send(self, message):
        with self._lock:
            self.stream.write(f"SMS to {message.phone}: {message.text}\n{'-' * 79}\n")
            self.stream.flush()


class LocmemBackend:
    def send(self, message):
        outbox.append(message)


class HttpBackend:
    """Posts ``{"to": "+84…", "from": sender, "text": …}`` as JSON, with ``Authorization: Bearer <token>``.

    Any answer but a 2xx, a refused connection or a timeout is an ``SmsError``. A gateway that speaks
    another protocol is a subclass overriding ``request``.
    """

    def __init__(self):
        self.url = settings.SMS_GATEWAY_URL
        if not self.url:
            raise ImproperlyConfigured(
                "SMS_BACKEND is the HTTP gateway backend, but environment variable SMS_GATEWAY_URL is not set."
            )
        self.token = settings.SMS_GATEWAY_TOKEN
        self.sender = settings.SMS_SENDER
        self.timeout = settings.SMS_GATEWAY_TIMEOUT_SECONDS

    def request(self, message):
        body = {"to": international_phone(message.phone), "from": self.sender, "text": message.text}
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return urllib.request.Request(
            self.url, data=json.dumps(body).encode(), headers=headers, method="POST"
        )

    def send(self, message):
        try:
            with urllib.request.urlopen(self.request(message), timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            logger.warning("SMS gateway answered %s for a message to %s", error.code, message.phone)
            raise SmsError(f"gateway answered {error.code}") from error
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            logger.warning("SMS gateway unreachable for a message to %s: %s", message.phone, error)
            raise SmsError(str(error)) from error


def get_backend():
    return import_string(settings.SMS_BACKEND)()


def send_sms(phone, text):
    """Send ``text`` to ``phone`` (national form); raises ``SmsError`` when it could not be sent."""
    get_backend().send(TextMessage(phone, text))
