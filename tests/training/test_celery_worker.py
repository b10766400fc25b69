from django.conf import settings

from tests.conftest import wait_for
from tests.worker_tasks import write_marker


def test_a_real_worker_process_runs_a_queued_task_to_completion(celery_worker_process, tmp_path):
    marker = tmp_path / "ran.txt"

    write_marker.delay(str(marker), "Dân vận khéo")

    try:
        wait_for(marker.exists, timeout=60)
    except AssertionError:
        raise AssertionError(
            f"worker on {settings.CELERY_BROKER_URL} did not run the task; its log:\n"
            + celery_worker_process.log_path.read_text(errors="replace")
        ) from None
    assert marker.read_text(encoding="utf-8") == "Dân vận khéo"
