"""The apps depend one way: contests → training → quizzes → courses → common. A lower app names a
higher one's models by their label, as its foreign keys do ("training.Enrollment",
``apps.get_model``), and hears from it by signals; it never imports it, not even inside a function."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["contests", "training", "quizzes", "courses", "common"]


def imported_apps(path):
    """The apps of LAYERS that the module at ``path`` imports, wherever in it the import stands."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update(name.split(".")[0] for name in names if name.split(".")[0] in LAYERS)
    return found


def modules(app):
    return [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]


@pytest.mark.parametrize("app", LAYERS[1:])
def test_an_app_imports_none_of_the_apps_above_it(app):
    above = set(LAYERS[: LAYERS.index(app)])
    imports = {str(path.relative_to(ROOT)): sorted(imported_apps(path) & above) for path in modules(app)}
    assert {module: apps for module, apps in imports.items() if apps} == {}


def test_the_layers_cover_every_app_with_code():
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")} | {"common"}
    assert apps == set(LAYERS)
