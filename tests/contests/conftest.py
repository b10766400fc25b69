import itertools

import pytest


@pytest.fixture
def codes_in_turn(monkeypatch):
    """One-time codes 100001, 100002, … instead of random ones, so that a test knows a wrong one."""
    numbers = itertools.count(100001)
    monkeypatch.setattr("contests.phone_codes.secrets.randbelow", lambda _limit: next(numbers))
