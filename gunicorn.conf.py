"""gunicorn's settings, read by every way the site is served (Procfile, deploy/ systemd units, benchmarks).

gunicorn loads this file from the working directory by itself; each value can be overridden from the
environment, so that a host with more cores needs no edit.
"""

import os

# Web requests bound their SQL statements (WEB_STATEMENT_TIMEOUT_MS); set before the settings are read.
os.environ.setdefault("DVK_WEB_PROCESS", "true")

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_WORKERS", "2"))
# Eight threads: a request spends much of its time waiting on PostgreSQL and Redis, and with four a
# process left its core idle while requests queued (bench/exam_day.py: 95 % of a hall of a thousand had
# their questions after 35 s with four, 20 s with eight, no better with sixteen).
threads = int(os.environ.get("WEB_THREADS", "8"))
# Longer than nginx's idle time for its upstream connections (deploy/nginx/dvk.conf, 60 s), so gunicorn never
# closes a connection that nginx is about to reuse: a trainee thinks longer than gunicorn's 2 s default.
keepalive = int(os.environ.get("WEB_KEEPALIVE_SECONDS", "75"))
timeout = int(os.environ.get("WEB_TIMEOUT_SECONDS", "30"))
graceful_timeout = int(os.environ.get("WEB_GRACEFUL_TIMEOUT_SECONDS", "20"))
# No access log: nginx in front writes one line per request already (deploy/nginx/dvk.conf), and on exam
# day writing its own cost about 4 % of a web process's time (bench/exam_day.py). `make run`, with no nginx,
# asks for it (Procfile).
accesslog = None
# Several instances run on one host (deploy/systemd/dvk-web@.service) and systemd manages them: no
# control socket, which would be one path shared by all of them.
control_socket_disable = True


def on_starting(server):
    """Read the settings in the master, so that a missing or malformed variable stops gunicorn with one
    line naming it before any worker starts (workers that cannot boot would otherwise be restarted)."""
    from training.startup import load_settings_or_exit

    load_settings_or_exit()
