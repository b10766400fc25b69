"""The address of the person making a request, as the sign-in lockout and rate limits count it.

Behind ``PROXY_COUNT`` trusted proxies (nginx, a load balancer), ``REMOTE_ADDR`` is the nearest
proxy's and each proxy appends the address it saw to ``X-Forwarded-For``: the client's is the entry
written by the outermost trusted proxy, ``PROXY_COUNT`` entries from the right. Whatever stands
further left came from the client and proves nothing. Without proxies the header is ignored, since
anyone can send it.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    """The client's IP address, as text; ``REMOTE_ADDR`` when the header is missing or malformed."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.PROXY_COUNT
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not proxies or not header:
        return remote
    hops = [hop.strip() for hop in header.split(",")]
    # Fewer entries than proxies: the request skipped the outer ones, and the leftmost entry was still
    # written by a trusted proxy.
    candidate = hops[max(0, len(hops) - proxies)]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
