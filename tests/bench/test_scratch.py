"""A benchmark's files go to a scratch folder that it removes, never to the development media."""

import sys
from pathlib import Path

import pytest
from django.conf import settings

sys.path.insert(0, str(Path(settings.BASE_DIR) / "bench"))
import scratch  # the benchmarks import it as a top-level module


@pytest.fixture
def statements(monkeypatch):
    """The SQL the scratch database would run, instead of running it on a PostgreSQL server."""
    run = []
    monkeypatch.setattr(scratch, "psql", run.append)
    return run


def test_a_benchmark_s_processes_write_media_outside_the_development_media():
    media = Path(scratch.environment("dvk_dash_bench")["MEDIA_ROOT"])

    assert media == scratch.media_root("dvk_dash_bench")
    assert not media.is_relative_to(settings.BASE_DIR)


def test_the_scratch_media_folder_exists_while_the_benchmark_runs_and_is_removed_after(statements):
    media = scratch.media_root("dvk_test_scratch")

    with scratch.scratch_database("dvk_test_scratch"):
        assert media.is_dir()
        (media / "original_images").mkdir()
        (media / "original_images" / "anh-bia-dan-van-kheo_abc123.png").write_bytes(b"png")

    assert not media.exists()
    assert statements[-1] == "DROP DATABASE IF EXISTS dvk_test_scratch WITH (FORCE)"


def test_the_scratch_media_folder_is_removed_when_the_benchmark_fails(statements):
    media = scratch.media_root("dvk_test_scratch")

    with pytest.raises(RuntimeError), scratch.scratch_database("dvk_test_scratch"):
        (media / "cover.png").write_bytes(b"png")
        raise RuntimeError("the benchmark failed")

    assert not media.exists()
