"""Code run in several threads at the same moment, as concurrent requests or workers would run it."""

import threading

from django.db import connection


def at_once(*calls):
    """Call each of ``calls`` in a thread of its own, all released together; return once all have ended.
    Each thread closes the database connection it opened."""
    barrier = threading.Barrier(len(calls))

    def run(call):
        barrier.wait()
        try:
            call()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
