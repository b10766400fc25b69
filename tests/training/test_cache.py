"""The Redis cache: one redis-py client per connection pool, serving every call."""

import pytest
import redis

from training.cache import RedisCache

URL = "redis://127.0.0.1:6379/14"


@pytest.fixture
def cache():
    try:
        redis.Redis.from_url(URL).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    cache = RedisCache(URL, {"KEY_PREFIX": "dvk-test-cache"})
    yield cache
    cache.clear()


def test_values_round_trip_and_every_call_shares_one_client(cache):
    cache.set("session", {"trainee": 7}, 60)

    assert cache.get("session") == {"trainee": 7}
    assert cache.get_many(["session", "absent"]) == {"session": {"trainee": 7}}
    assert cache._cache.get_client() is cache._cache.get_client("session", write=True)
