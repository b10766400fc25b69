"""Entrants taking a contest round over HTTP, for ``contests.py``: signed in, each with a client of their
own, pressing start, saving their answers and submitting with their prediction."""

import asyncio
import random
import re
import time

import aiohttp
from scratch import (
    session_for,
)

CSRF = "c" * 32


def sign_in(entrants):
    """The cookies of a session for each of ``entrants``' accounts, as signing in makes them."""
    from django.conf import settings

    return [
        {settings.SESSION_COOKIE_NAME: session_for(entrant.user), settings.CSRF_COOKIE_NAME: CSRF}
        for entrant in entrants
    ]


class Takers:
    """Signed-in entrants taking the open round over HTTP, ``concurrency`` at a time, each with a client
    of their own (cookies, keep-alive) as a browser: start, the entry page, one autosave, the submit."""

    def __init__(self, port, round, concurrency):
        self.base = f"http://127.0.0.1:{port}"
        self.round, self.concurrency = round, concurrency
        self.submitted, self.errors = 0, []

    async def run(self, entrants):
        """Seconds from the first request of ``entrants`` (their cookies) to the last reply."""
        waiting = asyncio.Queue()
        for cookies in entrants:
            waiting.put_nowait(cookies)

        async def taker():
            while not waiting.empty():
                await self.take(waiting.get_nowait())

        started = time.perf_counter()
        await asyncio.gather(*(taker() for _ in range(self.concurrency)))
        return time.perf_counter() - started

    def expect(self, response, status, what):
        if response.status != status:
            self.errors.append(f"{what}: {response.status}")
            return False
        return True

    async def take(self, cookies):
        # Loopback counts as secure, as HTTPS does in production (secure cookies).
        jar = aiohttp.CookieJar(unsafe=True, treat_as_secure_origin=[self.base])
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(
            self.base, cookie_jar=jar, cookies=cookies, timeout=timeout
        ) as browser:
            try:
                await self.journey(browser)
            except (aiohttp.ClientError, TimeoutError) as error:
                self.errors.append(f"{error!r}")

    async def journey(self, browser):
        form = {"csrfmiddlewaretoken": CSRF}
        async with browser.post(
            f"/cuoc-thi/tuan-thi/{self.round.pk}/vao-thi/", data=form, allow_redirects=False
        ) as response:
            await response.read()
            location = response.headers.get("Location", "")
        if not self.expect(response, 302, "start"):
            return
        if not re.fullmatch(r"/cuoc-thi/bai-thi/\d+/", location):  # refused: sent back to the contest page
            self.errors.append(f"start: sent to {location}")
            return
        async with browser.get(location) as response:
            page = await response.text()
        if not self.expect(response, 200, "entry page"):
            return
        slots = {}
        for slot, option in re.findall(r'name="slot-(\d+)" value="(\d+)"', page):
            slots.setdefault(int(slot), []).append(int(option))
        if not slots:
            self.errors.append("entry page: no questions")
            return
        answers = [
            {"slot": slot, "options": [random.choice(options)], "sequence": 1}
            for slot, options in slots.items()
        ]
        async with browser.post(
            f"{location}tra-loi/", json={"answers": answers}, headers={"X-CSRFToken": CSRF}
        ) as response:
            saved = await response.json() if response.status == 200 else None
        if not self.expect(response, 200, "autosave"):
            return
        if not all(answer["saved"] for answer in saved["answers"]):
            self.errors.append("autosave: not saved")
        form |= {"action": "submit", "prediction": str(random.randrange(30000))}
        async with browser.post(location, data=form, allow_redirects=False) as response:
            await response.read()
        if self.expect(response, 302, "submit"):
            self.submitted += 1
