"""gunicorn's settings, read by every way the site is served (Procfile, deploy/ systemd units, benchmarks).

gunicorn loads this file from the working directory by itself; each value can be overridden from the
environment, so that a host with more cores needs no edit.
"""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_WORKERS", "2"))
threads = int(os.environ.get("WEB_THREADS", "4"))
# Longer than nginx's idle time for its upstream connections (deploy/nginx/dvk.conf, 60 s), so gunicorn never
# closes a connection that nginx is about to reuse: a trainee thinks longer than gunicorn's 2 s default.
keepalive = int(os.environ.get("WEB_KEEPALIVE_SECONDS", "75"))
timeout = int(os.environ.get("WEB_TIMEOUT_SECONDS", "30"))
graceful_timeout = int(os.environ.get("WEB_GRACEFUL_TIMEOUT_SECONDS", "20"))
accesslog = "-"
