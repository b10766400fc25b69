"""The exam hall of ``exam_day.py``: trainees who sign in, wait for the word, press start together and
answer as quiz.js does, with what each request took tallied."""

import asyncio
import random
import re
import time

import aiohttp

QUESTIONS_DRAWN = 15
PASSWORD = "Thi-cu0i-kh0a-2026"
CODE = "EXAM-DAY"


class Tally:
    def __init__(self):
        self.signin, self.start, self.questions, self.autosaves = [], [], [], []  # autosave: (sent, ms)
        self.errors, self.shed = [], 0
        self.acknowledged = {}  # slot id -> options the server said it saved

    def expect(self, response, status, what):
        if response.status != status:
            self.errors.append(f"{what}: {response.status}")
            return False
        return True


class Page:
    """A trainee's attempt page, saving answers as quiz.js does: the ones given are sent together, at once
    unless the page (``data-hold``) or the server's last reply (``hold``) asked to hold them a few seconds."""

    def __init__(self, url, headers):
        self.url, self.headers = url, headers
        self.held, self.saved = {}, {}  # slot id -> options
        self.hold_until = 0

    async def send(self, browser, tally):
        answers = [{"slot": slot, "options": options, "sequence": 1} for slot, options in self.held.items()]
        sent = time.perf_counter()
        async with browser.post(self.url, json={"answers": answers}, headers=self.headers) as response:
            body = await response.json() if response.status == 200 else await response.read()
        tally.autosaves.append((time.monotonic(), (time.perf_counter() - sent) * 1000))
        if not tally.expect(response, 200, "autosave"):
            return
        self.hold_until = time.monotonic() + body["hold"]
        for answer in body["answers"]:
            if answer["saved"]:
                tally.acknowledged[answer["slot"]] = self.saved[answer["slot"]] = self.held.pop(
                    answer["slot"]
                )


class Hall:
    """Every trainee's journey, and the moment they are all released to press start."""

    def __init__(self, port, usernames, options, web_cpu_seconds):
        self.base = f"http://127.0.0.1:{port}"
        self.usernames, self.options = usernames, options
        self.web_cpu_seconds = web_cpu_seconds
        self.tally = Tally()
        self.waiting = 0
        self.release = asyncio.Event()
        self.released_at = None
        self.deadline = None
        self.signin_web_cpu = 0.0  # CPU seconds gunicorn spent until the release: the sign-in minute

    async def run(self):
        self.deadline = time.monotonic() + self.options.timeout
        self.signin_web_cpu = -self.web_cpu_seconds()
        try:
            async with asyncio.timeout(self.options.timeout):
                await asyncio.gather(*(self.journey(username) for username in self.usernames))
        except TimeoutError:
            self.tally.errors.append("timeout: the run did not finish in time")

    def arrived(self):
        self.waiting += 1
        if self.waiting == len(self.usernames):
            self.released_at = time.monotonic()
            self.signin_web_cpu += self.web_cpu_seconds()
            self.release.set()

    async def journey(self, username):
        # A cookie jar per trainee; loopback counts as secure, as HTTPS does in production (secure cookies).
        jar = aiohttp.CookieJar(unsafe=True, treat_as_secure_origin=[self.base])
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(self.base, cookie_jar=jar, timeout=timeout) as browser:
            try:
                ready = await self.sign_in(browser, username)
            except (aiohttp.ClientError, TimeoutError) as error:
                self.tally.errors.append(f"sign-in: {error!r}")
                ready = False
            finally:
                self.arrived()
            if not ready:
                return
            await self.release.wait()
            try:
                await self.take_quiz(browser, jar)
            except (aiohttp.ClientError, TimeoutError) as error:
                self.tally.errors.append(f"quiz: {error!r}")

    async def sign_in(self, browser, username):
        await asyncio.sleep(random.uniform(0, self.options.signin_seconds))
        async with browser.get("/accounts/login/?next=/lop-cua-toi/") as response:
            page = await response.text()
            if not self.tally.expect(response, 200, "sign-in page"):
                return False
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
        form = {
            "csrfmiddlewaretoken": token,
            "username": username,
            "password": PASSWORD,
            "next": "/lop-cua-toi/",
        }
        sent = time.perf_counter()
        async with browser.post("/accounts/login/", data=form, allow_redirects=False) as response:
            await response.read()
            self.tally.signin.append((time.perf_counter() - sent) * 1000)
            if not self.tally.expect(response, 302, "sign-in"):
                return False
        for path in ("/lop-cua-toi/", f"/lop/{CODE}/kiem-tra/"):
            async with browser.get(path) as response:
                await response.read()
                if not self.tally.expect(response, 200, path):
                    return False
        return True

    async def take_quiz(self, browser, jar):
        tally = self.tally
        await asyncio.sleep(random.uniform(0, self.options.spread))
        csrf = next(cookie.value for cookie in jar if cookie.key == "csrftoken")
        headers = {"X-CSRFToken": csrf}
        while True:  # as the quiz page's script does (quiz_start.js): the reply is the attempt's page
            sent = time.perf_counter()
            async with browser.post(
                f"/lop/{CODE}/kiem-tra/",
                data={"csrfmiddlewaretoken": csrf},
                headers={"Sec-Fetch-Mode": "cors"},
                allow_redirects=False,
            ) as response:
                page_html = await response.text()
                if not await self.shed(response):
                    break
        tally.start.append((time.perf_counter() - sent) * 1000)
        if not tally.expect(response, 200, "start"):
            return
        tally.questions.append(time.monotonic() - self.released_at)
        attempt_url = response.headers["Content-Location"]
        slots = {}
        for slot, option in re.findall(r'name="slot-(\d+)" value="(\d+)"', page_html):
            slots.setdefault(int(slot), []).append(int(option))
        if len(slots) != QUESTIONS_DRAWN:
            tally.errors.append(f"attempt page: {len(slots)} questions")
        page = Page(f"{attempt_url}tra-loi/", headers)
        page.hold_until = time.monotonic() + int(re.search(r'data-hold="(\d+)"', page_html)[1])
        for slot, options in slots.items():
            wake = time.monotonic() + random.uniform(1, 4)  # thinking
            while page.held and page.hold_until <= wake:  # the page sends held answers when their hold ends
                await asyncio.sleep(max(0, page.hold_until - time.monotonic()))
                await page.send(browser, tally)
            await asyncio.sleep(max(0, wake - time.monotonic()))
            page.held[slot] = [random.choice(options)]
            if time.monotonic() >= page.hold_until:
                await page.send(browser, tally)
        # The submit posts every question, as the form does: what the page still holds goes with it.
        form = {"csrfmiddlewaretoken": csrf, "action": "submit"}
        for slot in slots:
            chosen = page.held.get(slot) or page.saved.get(slot)
            form |= {f"seen-{slot}": "1", f"sequence-{slot}": "0" if slot in page.held else "1"}
            form[f"slot-{slot}"] = str(chosen[0])
        async with browser.post(attempt_url, data=form, allow_redirects=False) as response:
            await response.read()
        if tally.expect(response, 302, "submit"):
            tally.acknowledged |= page.held
            async with browser.get(response.headers["Location"]) as response:
                await response.read()
                tally.expect(response, 200, "review")

    async def shed(self, response):
        """Whether the server turned this request away (503): then wait as it asks, within the run's time."""
        if response.status != 503 or time.monotonic() > self.deadline:
            return False
        self.tally.shed += 1
        await asyncio.sleep(float(response.headers.get("Retry-After", 1)) * random.uniform(0.5, 1.5))
        return True
