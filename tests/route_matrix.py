"""How the route matrix (tests/test_route_matrix.py) turns its rows into requests."""

import re
from dataclasses import dataclass, field

from django.db.models import Model
from django.urls import URLPattern, URLResolver, get_resolver

from tests.route_world import ROLES


@dataclass(frozen=True)
class W:
    """A value taken from the world: ``W("certificate")`` is its pk, ``W("certificate.serial")`` a field."""

    path: str

    def resolve(self, world):
        value = world
        for name in self.path.split("."):
            value = value[name] if isinstance(value, dict) else getattr(value, name)
        return value.pk if isinstance(value, Model) else value


@dataclass(frozen=True)
class Row:
    """The statuses of one route, in the order of ``ROLES``, and how to fill its URL.

    ``statuses`` is written as in a table: "302 302 302 200 200 200 200". ``params`` fill the route's
    parameters (a ``W`` from the world, or a literal); ``query`` is added as the query string; ``url``,
    formatted with ``params``, replaces the pattern where it cannot be filled (unnamed groups).
    """

    statuses: str
    params: dict = field(default_factory=dict)
    query: str = ""
    url: str = ""

    def expected(self):
        codes = [int(code) for code in self.statuses.split()]
        assert len(codes) == len(ROLES), (
            f"{self.statuses!r} names {len(codes)} statuses for {len(ROLES)} roles"
        )
        return dict(zip(ROLES, codes, strict=True))

    def path(self, pattern, world):
        values = {name: value_of(value, world) for name, value in self.params.items()}
        url = self.url.format(**values) if self.url else fill(pattern, values)
        query = self.query.format(**values)
        return f"{url}?{query}" if query else url


def R(statuses, query="", url="", **params):
    return Row(statuses, params, query, url)


def value_of(value, world):
    return value.resolve(world) if isinstance(value, W) else value


PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def fill(pattern, values):
    """The URL of ``pattern`` with its named parameters replaced by ``values``."""

    def value(match):
        name = match.group(1) or match.group(2)
        if name not in values:
            raise KeyError(f"{pattern}: no value for the parameter {name!r}")
        return str(values[name])

    url = PARAMETER.sub(value, pattern).replace("^", "").replace("$", "").replace("\\", "")
    return "/" + url


def site_routes():
    """Every URL pattern of the site and the admin, as the resolver holds it: {pattern: name}."""
    routes = {}

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                routes.setdefault(prefix + str(pattern.pattern), pattern.name)

    walk(get_resolver().url_patterns)
    return routes
