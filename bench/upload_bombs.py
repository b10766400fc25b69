"""Benchmark: memory and time of crafted upload bombs, each read the way an upload is.

    .venv/bin/python bench/upload_bombs.py [--mib 150] [--timeout 300] [--project DIR]

Builds each bomb of ``tests/bombs.py`` (a few hundred KB on disk), then reads it in a fresh Python
process with the project's own code: a trainee list (``training.enrollment.roster.read_roster``), a question bank
(``quizzes.importing.read_file``), Word files for the lesson import (``courses.docx_import.convert``).
Prints one line per bomb: its size on disk, the seconds the reading took, the process's peak resident
memory (``resource.getrusage``) and its memory before reading, both in MB, and the outcome: refused
with the user's message, read (what came out), or an exception (a 500 in the web). ``--project``
reads with another checkout's code (e.g. ``/work/main``, to compare with before a change); the bombs
come from this one.
"""

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]

BOMBS = {
    "roster_xlsx_huge_string": ("roster", "danh-sach.xlsx", lambda mib: bombs().roster_bomb(mib)),
    "bank_xlsx_huge_string": ("bank", "ngan-hang.xlsx", lambda mib: bombs().bank_bomb(mib)),
    "lesson_docx_huge_text": ("lesson", "bai-hoc.docx", lambda mib: bombs().docx_text_bomb(mib)),
    "lesson_docx_paragraphs": ("lesson", "bai-hoc.docx", lambda mib: bombs().docx_paragraphs_bomb(mib)),
    "lesson_docx_144_megapixels": ("lesson", "bai-hoc.docx", lambda mib: bombs().docx_with_picture()),
    "lesson_docx_broken_xml": ("lesson", "bai-hoc.docx", lambda mib: bombs().docx_broken_xml()),
    # Not a bomb: the longest Word file a lesson import takes (courses.docx_import.MAX_PARAGRAPHS).
    "lesson_docx_5000_paragraphs": ("lesson", "bai-hoc.docx", lambda mib: bombs().docx_long_lesson(5000)),
}


def bombs():
    sys.path.insert(0, str(BASE_DIR))
    from tests import bombs

    return bombs


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def read_one(kind, path, filename):
    """In the child process: read ``path`` as an upload of ``kind``; prints the figures as JSON."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training.settings.dev")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.utils import translation

    translation.activate("vi")
    data = Path(path).read_bytes()
    before = peak_mb()
    started = time.perf_counter()
    try:
        outcome = _read(kind, data, filename)
    except Exception as error:
        outcome = f"exception (500): {type(error).__name__}: {str(error)[:120]}"
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), "before_mb": before, "outcome": outcome}))


def _read(kind, data, filename):
    if kind == "roster":
        from training.enrollment.roster import RosterError, read_roster

        try:
            roster = read_roster(io.BytesIO(data), filename)
        except RosterError as refused:
            return f"refused: {refused}"
        return f"read: {len(roster.rows)} rows, {len(roster.problems)} problems"
    if kind == "bank":
        from quizzes.formats.parsed import ImportFileError
        from quizzes.importing import read_file

        try:
            _format, questions, problems = read_file(io.BytesIO(data), filename)
        except ImportFileError as refused:
            return f"refused: {refused}"
        return f"read: {len(questions)} questions, {len(problems)} problems"
    from courses.docx_import import DocxImportError, Picture, convert

    try:
        lesson = convert(io.BytesIO(data), "Bài học")
    except DocxImportError as refused:
        return f"refused: {refused}"
    pictures = [value for _type, value in lesson.blocks if isinstance(value, Picture)]
    pixels = []
    for picture in pictures:
        from PIL import Image

        width, height = Image.open(io.BytesIO(picture.blob)).size
        pixels.append(f"{width * height / 1e6:g} MP")
    return (
        f"read: {len(lesson.blocks)} blocks, {len(pictures)} pictures kept {pixels}, "
        f"warnings {[str(warning)[:160] for warning in lesson.warnings]}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=int, default=150, help="MiB that the large bombs unpack to")
    parser.add_argument("--timeout", type=int, default=300, help="seconds before a reading is stopped")
    parser.add_argument("--project", default=str(BASE_DIR), help="the checkout whose code reads the bombs")
    parser.add_argument("--only", help="comma-separated names of bombs")
    parser.add_argument("--read", nargs=3, metavar=("KIND", "PATH", "FILENAME"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.read:
        sys.path.insert(0, os.getcwd())
        read_one(*args.read)
        return
    names = args.only.split(",") if args.only else list(BOMBS)
    print(f"project: {args.project}")
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            kind, filename, build = BOMBS[name]
            path = Path(folder) / name
            path.write_bytes(build(args.mib))
            size_kb = path.stat().st_size / 1024
            try:
                child = subprocess.run(
                    [sys.executable, str(Path(__file__).resolve()), "--read", kind, str(path), filename],
                    cwd=args.project,
                    capture_output=True,
                    text=True,
                    timeout=args.timeout,
                )
            except subprocess.TimeoutExpired:
                print(f"{name}: {size_kb:.0f} KB, still reading after {args.timeout} s (stopped)")
                continue
            lines = child.stdout.strip().splitlines()
            if child.returncode or not lines:
                print(
                    f"{name}: {size_kb:.0f} KB, the process died (exit {child.returncode}) {child.stderr[-300:]}"
                )
                continue
            figures = json.loads(lines[-1])
            print(
                f"{name}: {size_kb:.0f} KB, {figures['seconds']:.2f} s, peak_rss_mb {figures['peak_mb']:.0f} "
                f"(before reading {figures['before_mb']:.0f}), {figures['outcome']}"
            )


if __name__ == "__main__":
    main()
