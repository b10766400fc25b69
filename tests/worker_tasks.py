"""A task only the tests queue, to see a real worker process run something to completion."""

import os
import time
from pathlib import Path

from celery import shared_task


@shared_task
def write_marker(path, text):
    Path(path).write_text(text, encoding="utf-8")


# DVK_TEST_SLOW_RENDER=<file>: the worker writes <file> when it starts rendering a certificate, then
# takes a minute, long enough for a test to kill it in the middle.
if marker := os.environ.get("DVK_TEST_SLOW_RENDER"):
    from training.certificates import issuing

    def _slow_render(content, render=issuing.render_certificate):
        Path(marker).write_text(content.serial, encoding="utf-8")
        time.sleep(60)
        return render(content)

    issuing.render_certificate = _slow_render
