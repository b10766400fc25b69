import os

# Web requests bound their SQL statements (WEB_STATEMENT_TIMEOUT_MS); workers and commands do not. Set
# before anything of the project is imported, since the settings are read once.
os.environ.setdefault("DVK_WEB_PROCESS", "true")

from django.core.wsgi import get_wsgi_application

from training.startup import load_settings_or_exit

load_settings_or_exit()

application = get_wsgi_application()
