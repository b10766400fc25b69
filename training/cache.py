"""The Redis cache backend, with one redis-py client per connection pool.

Django's ``RedisCacheClient`` builds a new redis-py client for every cache call, and a client sets up
some 170 response callbacks as it is built: a third of a millisecond of CPU, paid several times by
every request (its session, whether the header links to the admin…). A redis-py client holds nothing
but its pool and is safe to share between threads, so this one is built once per pool and kept.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
