import os

from django.core.wsgi import get_wsgi_application

from training.startup import load_settings_or_exit

# Web requests bound their SQL statements (WEB_STATEMENT_TIMEOUT_MS); workers and commands do not.
os.environ.setdefault("DVK_WEB_PROCESS", "true")
load_settings_or_exit()

application = get_wsgi_application()
