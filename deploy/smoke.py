"""`make smoke`: a production rehearsal on this machine, from requirements.txt alone.

It builds a virtual environment from requirements.txt only (no test package), runs the release steps
(deploy/release: catalogues, migrate, collectstatic, check --deploy) with production settings on a
scratch PostgreSQL database and Redis as broker and cache, installs the course and opens a class with
the documented commands, then starts what a deployment starts, from its own files: nginx with
deploy/nginx/dvk.conf (TLS with a throw-away certificate) in front of two gunicorn instances on two
ports, two Celery workers and one beat, each from the ExecStart line of its systemd unit in deploy/.

Through nginx, as a browser does, a trainee imported from a spreadsheet signs in with the one-time
password, chooses their own, reads and marks every lesson and passes the quiz; halfway through the quiz
one gunicorn instance is killed (SIGKILL) and nginx sends the rest to the other. A worker issues the
certificate; the trainee downloads it; the public verification page answers. It ends with one line,
``smoke: ok (…)`` and exit 0, or ``smoke: failed at <step>: <why>`` and exit 1. Everything it started is
stopped by process id; the scratch database, Redis databases and folders are removed.

Run from the repository: ``python3 deploy/smoke.py`` (or ``make smoke``). Needs PostgreSQL on
127.0.0.1:5432 (trust auth) and Redis on 127.0.0.1:6379; installs Debian's nginx when it is missing.
"""

import contextlib
import hashlib
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from smoke_journey import Journey, JourneyError

BASE_DIR = Path(__file__).resolve().parents[1]
DEPLOY = BASE_DIR / "deploy"
SCRATCH = BASE_DIR / "var" / "smoke"
VENV = BASE_DIR / "var" / "smoke-venv"  # kept between runs while requirements.txt is unchanged
DATABASE = "dvk_smoke"
BROKER_DB, CACHE_DB = 13, 12
HOSTNAME = "dvk.example.gov.vn"
UNIT = "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi"
CLASS_CODE = "SMOKE-2026-01"
COURSE_SLUG = "dan-van-kheo-trong-co-quan-nha-nuoc"

# Every backend the settings can select, imported from the requirements-only environment: a transport,
# cache or storage whose optional dependencies requirements.txt forgot fails here, not in production.
BACKENDS = [
    "kombu.transport.redis",
    "kombu.transport.pyamqp",
    "kombu.transport.filesystem",
    "training.cache",
    "django.core.cache.backends.filebased",
    "django.db.backends.postgresql.base",
    "sentry_sdk.integrations.django",
    "sentry_sdk.integrations.celery",
    "gunicorn.app.wsgiapp",
    "storages.backends.s3",
]


class StepFailed(Exception):
    pass


class Rehearsal:
    def __init__(self):
        self.processes = {}  # name -> Popen, each the leader of its own process group
        self.step = "start"
        self.env = {}

    # --- the machine -----------------------------------------------------------------------------

    def check_services(self):
        for name, port in (("PostgreSQL", 5432), ("Redis", 6379)):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=3).close()
            except OSError as error:
                raise StepFailed(f"{name} is not reachable at 127.0.0.1:{port} ({error})") from None
        if not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
            print("smoke: nginx is missing; installing Debian's package", flush=True)
            run(["apt-get", "update", "-q"])
            run(
                ["apt-get", "install", "-y", "-q", "nginx"],
                env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            )

    def build_venv(self):
        """requirements.txt and nothing else, reused while requirements.txt is unchanged."""
        stamp = VENV / ".requirements-sha256"
        wanted = hashlib.sha256((BASE_DIR / "requirements.txt").read_bytes()).hexdigest()
        if not (stamp.exists() and stamp.read_text() == wanted):
            shutil.rmtree(VENV, ignore_errors=True)
            python = shutil.which("python3.11") or sys.executable
            run([python, "-m", "venv", str(VENV)])
            run([VENV / "bin/pip", "install", "--quiet", "--upgrade", "pip"])
            run([VENV / "bin/pip", "install", "--quiet", "-r", BASE_DIR / "requirements.txt"])
            stamp.write_text(wanted)
        imports = "; ".join(f"import {module}" for module in BACKENDS)
        run([VENV / "bin/python", "-c", imports])
        if run([VENV / "bin/python", "-c", "import pytest"], check=False).returncode == 0:
            raise StepFailed("the requirements-only environment has pytest: a test package leaked into it")

    def scratch(self):
        shutil.rmtree(SCRATCH, ignore_errors=True)
        for folder in ("static", "media", "certificates", "tls", "logs", "nginx", "state"):
            (SCRATCH / folder).mkdir(parents=True)
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        psql(f"CREATE DATABASE {DATABASE}")
        redis_flush()
        self.ports = {"https": free_port(), "http": free_port(), "web1": free_port(), "web2": free_port()}
        site = f"https://{HOSTNAME}:{self.ports['https']}"
        self.env = {
            **{key: os.environ[key] for key in ("PATH", "LANG", "HOME") if key in os.environ},
            "DJANGO_SETTINGS_MODULE": "training.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": f"{HOSTNAME},127.0.0.1",
            "CSRF_TRUSTED_ORIGINS": site,
            "SITE_URL": site,
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
            "CELERY_BROKER_URL": f"redis://127.0.0.1:6379/{BROKER_DB}",
            "CACHE_URL": f"redis://127.0.0.1:6379/{CACHE_DB}",
            "STATIC_ROOT": str(SCRATCH / "static"),
            "MEDIA_ROOT": str(SCRATCH / "media"),
            "CERTIFICATES_ROOT": str(SCRATCH / "certificates"),
            # nginx sends the files (deploy/nginx/dvk.conf's internal location) once the view has checked who asks.
            "CERTIFICATES_ACCEL_REDIRECT_PREFIX": "/_protected/certificates/",
            "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
            "BEHIND_TLS_PROXY": "true",
            "PROXY_COUNT": "1",
            "CELERY_WORKER_CONCURRENCY": "1",
        }

    # --- the release, and what an organizer runs ------------------------------------------------

    def release(self):
        result = run([DEPLOY / "release"], env={**self.env, "VENV": str(VENV)}, check=False)
        if result.returncode != 0:
            raise StepFailed(
                f"deploy/release exited {result.returncode}: {tail(result.stdout + result.stderr)}"
            )
        if "WARNINGS" in result.stdout + result.stderr:
            raise StepFailed(f"check --deploy warns: {tail(result.stdout + result.stderr)}")

    def open_class(self):
        demo = self.manage("load_demo", check=False)
        if demo.returncode == 0:
            raise StepFailed("load_demo ran with production settings; it must refuse")
        self.manage("load_course")
        self.manage(
            "create_unit", UNIT, "--issuing-body", r"TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
            "--place", "Quảng Ngãi", "--signer-title", "TRƯỞNG BAN", "--signer-name", "Nguyễn Văn An",
        )  # fmt: skip
        self.manage("create_organizer", "bantochuc", "--unit", UNIT, "--full-name", "Phạm Thu Hà",
                    "--email", "bantochuc@example.gov.vn")  # fmt: skip
        today = time.strftime("%Y-%m-%d")
        self.manage(
            "create_class", CLASS_CODE, "--name", "Lớp tập huấn công tác dân vận 2026 – diễn tập", "--course",
            COURSE_SLUG, "--unit", UNIT, "--starts", today, "--ends", f"{int(today[:4]) + 1}{today[4:]}",
        )  # fmt: skip
        roster = SCRATCH / "state" / "hoc-vien.csv"
        roster.write_text(
            "Họ và tên,Email,Đơn vị,Chức vụ\nNguyễn Thị Diễn Tập,dientap@example.gov.vn,Sở Y tế,Chuyên viên\n"
        )
        passwords = SCRATCH / "state" / "mat-khau.csv"
        self.manage("import_trainees", roster, "--class", CLASS_CODE, "--passwords-out", passwords)
        header, row = passwords.read_text(encoding="utf-8-sig").splitlines()[:2]
        self.trainee = dict(zip(header.split(","), row.split(","), strict=True))

    def manage(self, *args, check=True):
        return run([VENV / "bin/python", "manage.py", *args], env=self.env, check=check)

    def query(self, code):
        """A value from the database, through the application's own models (as an operator's shell would)."""
        return self.manage("shell", "--no-imports", "-c", code).stdout.strip().splitlines()[-1]

    # --- the processes ---------------------------------------------------------------------------

    def start_all(self):
        web = exec_start("dvk-web@.service")
        worker = exec_start("dvk-worker@.service")
        beat = exec_start("dvk-beat.service")
        for name in ("web1", "web2"):
            self.spawn(
                name, web, instance=str(self.ports[name]), HOST="127.0.0.1", PORT=str(self.ports[name])
            )
        for name in ("worker1", "worker2"):
            self.spawn(name, worker, instance=name[-1])
        self.spawn("beat", beat.replace("/var/lib/dvk/", f"{SCRATCH}/state/"))
        self.start_nginx()
        for name in ("web1", "web2"):
            wait_for_port(self.ports[name], f"gunicorn {name}")
        wait_for_port(self.ports["https"], "nginx")

    def spawn(self, name, command, instance="", **variables):
        command = command.replace("/srv/dvk/venv/", f"{VENV}/").replace("%i", instance).replace("%%", "%")
        log = (SCRATCH / "logs" / f"{name}.log").open("w")
        self.processes[name] = subprocess.Popen(
            shlex.split(command), cwd=BASE_DIR, env={**self.env, **variables}, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip

    def start_nginx(self):
        """deploy/nginx/dvk.conf with this rehearsal's ports and folders, inside a main file of its own."""
        tls = SCRATCH / "tls"
        run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={HOSTNAME}",
             "-addext", f"subjectAltName=DNS:{HOSTNAME}", "-keyout", tls / "privkey.pem", "-out", tls / "fullchain.pem"])  # fmt: skip
        site = (DEPLOY / "nginx" / "dvk.conf").read_text()
        for old, new in {
            "127.0.0.1:8001": f"127.0.0.1:{self.ports['web1']}",
            "127.0.0.1:8002": f"127.0.0.1:{self.ports['web2']}",
            "listen 443 ssl http2;": f"listen 127.0.0.1:{self.ports['https']} ssl http2;",
            "listen [::]:443 ssl http2;": "",
            "listen 80;": f"listen 127.0.0.1:{self.ports['http']};",
            "listen [::]:80;": "",
            "/etc/ssl/dvk/": f"{tls}/",
            "/srv/dvk/": f"{SCRATCH}/",
        }.items():
            if old not in site:
                raise StepFailed(f"deploy/nginx/dvk.conf no longer has {old!r}; update deploy/smoke.py")
            site = site.replace(old, new)
        folder = SCRATCH / "nginx"
        (folder / "dvk.conf").write_text(site)
        (folder / "nginx.conf").write_text(
            f"user root;\nworker_processes 1;\npid {folder}/nginx.pid;\nerror_log {SCRATCH}/logs/nginx-error.log;\n"
            "events { worker_connections 512; }\n"
            f"http {{\n include /etc/nginx/mime.types;\n access_log {SCRATCH}/logs/nginx-access.log;\n"
            + "".join(f" {kind}_temp_path {folder}/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
            + f" include {folder}/dvk.conf;\n}}\n"
        )  # fmt: skip
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        run([nginx, "-t", "-c", folder / "nginx.conf"])
        self.spawn("nginx", f"{nginx} -c {folder}/nginx.conf -g 'daemon off;'")

    def kill(self, name, sig=signal.SIGKILL):
        process = self.processes.pop(name)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)

    def stop_all(self):
        for name in list(self.processes):
            process = self.processes[name]
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill(name)
            self.processes.pop(name, None)

    def clean_up(self):
        self.stop_all()
        with contextlib.suppress(Exception):
            psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        with contextlib.suppress(Exception):
            redis_flush()
        shutil.rmtree(SCRATCH, ignore_errors=True)

    # --- the rehearsal ---------------------------------------------------------------------------

    def run(self):
        started = time.monotonic()
        steps = [
            ("services", self.check_services),
            ("requirements-only environment", self.build_venv),
            ("scratch database and folders", self.scratch),
            ("release (deploy/release)", self.release),
            ("course, unit, organizer, class, trainees", self.open_class),
            ("web, workers, beat and nginx", self.start_all),
        ]
        try:
            for self.step, action in steps:
                step_started = time.monotonic()
                action()
                print(f"smoke: {self.step} ({time.monotonic() - step_started:.0f} s)", flush=True)
            self.step = "journey through nginx"
            journey = Journey(self, HOSTNAME, self.ports, SCRATCH / "tls" / "fullchain.pem")
            figures = journey.run(self.trainee, CLASS_CODE, kill_web=lambda: self.kill("web1"))
        except Exception as error:
            print(f"smoke: failed at {self.step}: {describe(error)}", flush=True)
            self.show_logs()
            return 1
        finally:
            self.clean_up()
        figures["total"] = f"{time.monotonic() - started:.0f} s"
        print(
            "smoke: ok (" + ", ".join(f"{name} {value}" for name, value in figures.items()) + ")", flush=True
        )
        return 0

    def show_logs(self):
        for log in sorted((SCRATCH / "logs").glob("*.log")):
            text = log.read_text(errors="replace").strip()
            if text:
                print(f"--- {log.name} (last lines)\n{tail(text, 15)}", file=sys.stderr)


def exec_start(unit):
    """The command of a systemd unit in deploy/systemd/, as systemd would run it."""
    lines = (DEPLOY / "systemd" / unit).read_text().splitlines()
    return next(line.removeprefix("ExecStart=") for line in lines if line.startswith("ExecStart="))


def run(command, check=True, **kwargs):
    result = subprocess.run(
        [str(part) for part in command], cwd=BASE_DIR, capture_output=True, text=True, **kwargs
    )
    if check and result.returncode != 0:
        raise StepFailed(f"{Path(str(command[0])).name} {' '.join(map(str, command[1:3]))}… exited "
                         f"{result.returncode}: {tail(result.stdout + result.stderr)}")  # fmt: skip
    return result


def psql(sql):
    run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql])


def redis_flush():
    for db in (BROKER_DB, CACHE_DB):
        with socket.create_connection(("127.0.0.1", 6379), timeout=3) as redis:
            redis.sendall(f"SELECT {db}\r\nFLUSHDB\r\n".encode())
            reply = b""
            while reply.count(b"\r\n") < 2:
                reply += redis.recv(100)
            if reply != b"+OK\r\n+OK\r\n":
                raise StepFailed(f"Redis refused to empty database {db}: {reply!r}")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, what, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise StepFailed(f"{what} did not listen on port {port} within {seconds} s")


def tail(text, lines=3):
    return "\n".join(text.strip().splitlines()[-lines:])


def describe(error):
    """What went wrong, in a line: the rehearsal's own failures say it; anything else is named by its type."""
    if isinstance(error, (StepFailed, JourneyError)):
        return str(error)
    return f"{type(error).__name__}: {error}"


if __name__ == "__main__":
    sys.exit(Rehearsal().run())
