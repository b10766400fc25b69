"""The trainee's journey of `make smoke`, over HTTPS through nginx, as a browser makes it (standard library only)."""

import http.client
import json
import re
import socket
import ssl
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode

CERTIFICATE_WITHIN_SECONDS = 30
# What quiz.js does with an answer the server did not confirm: keep it and send it again shortly.
RESENDS = 3


class JourneyError(Exception):
    pass


class Connection(http.client.HTTPSConnection):
    """HTTPS to nginx on loopback, checking its certificate for the site's name."""

    def connect(self):
        self.sock = self._context.wrap_socket(
            socket.create_connection(("127.0.0.1", self.port), self.timeout), server_hostname=self.host
        )


class Browser:
    """One person's browser: a keep-alive connection, cookies, and Django's CSRF token."""

    def __init__(self, hostname, port, cafile):
        self.hostname, self.port = hostname, port
        self.context = ssl.create_default_context(cafile=str(cafile))
        self.origin = f"https://{hostname}:{port}"
        self.cookies = {}
        self.connection = None
        self.requests = 0

    def request(self, method, path, body=None, headers=None):
        headers = {"Referer": self.origin + "/", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        for reconnect in (False, True):
            if self.connection is None:
                self.connection = Connection(self.hostname, self.port, context=self.context, timeout=30)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                content = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.connection.close()
                self.connection = (
                    None  # nginx closed an idle keep-alive connection: open another, as browsers do
                )
                if reconnect:
                    raise
        self.requests += 1
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response, content.decode("utf-8", errors="replace") if "text" in (
            response.getheader("Content-Type") or ""
        ) else content

    def get(self, path, expect=200):
        response, content = self.request("GET", path)
        return self.expect(response, content, expect, f"GET {path}")

    def post(self, path, fields, expect=302):
        fields = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **fields}
        response, content = self.request(
            "POST", path, urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded"}
        )
        return self.expect(response, content, expect, f"POST {path}")

    def post_json(self, path, data):
        return self.request(
            "POST",
            path,
            json.dumps(data),
            {"Content-Type": "application/json", "X-CSRFToken": self.cookies["csrftoken"]},
        )

    @staticmethod
    def expect(response, content, status, what):
        if response.status != status:
            snippet = content[:300] if isinstance(content, str) else content[:100]
            raise JourneyError(f"{what} answered {response.status}, expected {status}: {snippet!r}")
        return response, content


class Journey:
    def __init__(self, rehearsal, hostname, ports, cafile):
        self.rehearsal, self.hostname, self.ports, self.cafile = rehearsal, hostname, ports, cafile
        self.browser = Browser(hostname, ports["https"], cafile)

    def run(self, trainee, class_code, kill_web):
        self.static_files_are_cached_for_a_year()
        self.plain_http_is_sent_to_https()
        self.sign_in(trainee["email"], trainee["one_time_password"])
        self.read_every_lesson()
        attempt, answers = self.start_quiz(class_code)
        half = len(answers) // 2
        self.answer(attempt, answers[:half])
        kill_web()
        before_kill = self.browser.requests
        resent = self.answer(attempt, answers[half:])
        submitted = self.submit(attempt)
        serial, code = self.wait_for_certificate(submitted)
        certificate_seconds = time.monotonic() - submitted
        self.download(serial)
        self.verify_in_public(code, trainee["full_name"])
        self.certificate_file_has_no_public_address(serial)
        lost = self.lost_answers(attempt, answers)
        if lost:
            raise JourneyError(f"{lost} acknowledged answer(s) are not what the database holds")
        return {
            "certificate": f"{certificate_seconds:.1f} s after submitting",
            "failover": f"{self.browser.requests - before_kill} requests after SIGKILL of one web process, "
            f"{resent} answer(s) resent",
            "lost answers": lost,
            "requests": self.browser.requests,
        }

    def static_files_are_cached_for_a_year(self):
        _, page = self.browser.get("/accounts/login/")
        stylesheet = re.search(r'href="(/static/training/css/site\.[0-9a-f]{12}\.css)"', page)
        if stylesheet is None:
            raise JourneyError("the sign-in page links no hashed stylesheet (collectstatic's manifest)")
        response, _ = self.browser.get(stylesheet.group(1))
        if "max-age=31536000" not in (response.getheader("Cache-Control") or ""):
            raise JourneyError(
                f"static files are not cached for a year: {response.getheader('Cache-Control')!r}"
            )

    def plain_http_is_sent_to_https(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.ports["http"], timeout=10)
        connection.request("GET", "/lop-cua-toi/", headers={"Host": self.hostname})
        response = connection.getresponse()
        connection.close()
        if response.status != 301 or not response.getheader("Location", "").startswith("https://"):
            raise JourneyError(f"plain HTTP answered {response.status}, not a redirect to HTTPS")

    def sign_in(self, username, one_time_password):
        self.browser.post("/accounts/login/", {"username": username, "password": one_time_password})
        response, _ = self.browser.get("/lop-cua-toi/", expect=302)
        if "/accounts/password_change/" not in response.getheader("Location", ""):
            raise JourneyError("a one-time password was not sent to choose a password of one's own")
        self.browser.get("/accounts/password_change/")
        new = "Mat-khau-rieng-2026"
        self.browser.post(
            "/accounts/password_change/",
            {"old_password": one_time_password, "new_password1": new, "new_password2": new},
        )

    def read_every_lesson(self):
        _, page = self.browser.get("/lop-cua-toi/")
        course = re.search(r'<a href="(/[^"]+/)">', page.split("class-card", 1)[-1])
        _, course_page = self.browser.get(course.group(1))
        lessons = list(
            dict.fromkeys(re.findall(rf'href="({re.escape(course.group(1))}[^"#]+/)"', course_page))
        )
        if not lessons:
            raise JourneyError("the course page lists no lesson")
        for lesson in lessons:
            _, page = self.browser.get(lesson)
            form = re.search(r'action="(/bai-hoc/\d+/da-hoc/)"', page)
            if form is None:
                raise JourneyError(f"{lesson} offers no 'mark as done' to an enrolled trainee")
            self.browser.post(form.group(1), {"done": "1"})
        self.lessons = len(lessons)

    def start_quiz(self, class_code):
        path = f"/lop/{class_code}/kiem-tra/"
        self.browser.get(path)
        response, _ = self.browser.post(path, {})
        attempt = int(response.getheader("Location").rstrip("/").split("/")[-1])
        _, page = self.browser.get(f"/lan-lam-bai/{attempt}/")
        slots = set(map(int, re.findall(r'name="slot-(\d+)"', page)))
        right = json.loads(
            self.rehearsal.query(
                "import json; from quizzes.models import AttemptQuestion as S; print(json.dumps({s.pk: "
                "[o.pk for o in s.question.options.all() if o.weight > 0] for s in "
                f"S.objects.filter(attempt_id={attempt}).prefetch_related('question__options')}}))"
            )
        )
        if {int(slot) for slot in right} != slots:
            raise JourneyError("the attempt page does not show the attempt's questions")
        return attempt, sorted((int(slot), options) for slot, options in right.items())

    def answer(self, attempt, answers):
        """Autosave each answer as quiz.js does on a server with time to spare (one at a time), sending again
        one the server did not confirm."""
        resent = 0
        for slot, options in answers:
            for _ in range(RESENDS + 1):
                response, content = self.browser.post_json(
                    f"/lan-lam-bai/{attempt}/tra-loi/",
                    {"answers": [{"slot": slot, "options": options, "sequence": 1}]},
                )
                if response.status == 200 and json.loads(content)["answers"][0]["saved"]:
                    break
                if response.status < 500:
                    raise JourneyError(f"an answer was refused: {response.status} {content[:200]!r}")
                resent += 1
                time.sleep(1)
            else:
                raise JourneyError(f"an answer was not saved after {RESENDS} resends ({response.status})")
        return resent

    def submit(self, attempt):
        self.browser.post(f"/lan-lam-bai/{attempt}/", {"action": "submit"})
        submitted = time.monotonic()
        _, review = self.browser.get(f"/lan-lam-bai/{attempt}/ket-qua/")
        if "100" not in review or "Đạt" not in review:
            raise JourneyError("the review does not show a passing score of 100")
        return submitted

    def wait_for_certificate(self, since):
        while time.monotonic() - since < CERTIFICATE_WITHIN_SECONDS:
            _, page = self.browser.get("/giay-chung-nhan/")
            download = re.search(r'href="/giay-chung-nhan/([^/"]+)/tai-ve/"', page)
            verify = re.search(r'href="/xac-minh/([^/"]+)/"', page)
            if download and verify:
                return download.group(1), verify.group(1)
            time.sleep(0.5)
        raise JourneyError(f"no certificate was issued within {CERTIFICATE_WITHIN_SECONDS} s of passing")

    def download(self, serial):
        response, pdf = self.browser.get(f"/giay-chung-nhan/{serial}/tai-ve/")
        if response.getheader("Content-Type") != "application/pdf" or not pdf.startswith(b"%PDF"):
            raise JourneyError("the certificate download is not a PDF")

    def verify_in_public(self, code, full_name):
        _, page = Browser(self.hostname, self.ports["https"], self.cafile).get(f"/xac-minh/{code}/")
        if full_name not in page:
            raise JourneyError("the public verification page does not name the trainee")

    def certificate_file_has_no_public_address(self, serial):
        for path in (f"/media/certificates/{serial}.pdf", f"/_protected/certificates/{serial}.pdf"):
            Browser(self.hostname, self.ports["https"], self.cafile).get(path, expect=404)

    def lost_answers(self, attempt, answers):
        stored = json.loads(
            self.rehearsal.query(
                "import json; from quizzes.models import AttemptQuestion as S; "
                f"print(json.dumps(dict(S.objects.filter(attempt_id={attempt}).values_list('pk', 'chosen'))))"
            )
        )
        return sum(sorted(stored.get(str(slot)) or []) != sorted(options) for slot, options in answers)
