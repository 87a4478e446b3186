"""What a long-running web process does once it has loaded the application."""

import gc


def settle() -> None:
    """Load every view module, then move the objects alive now out of the garbage collector's
    reach.

    A loaded cdfacil holds a few hundred thousand long-lived objects (Django, the views, the
    templates' libraries, WeasyPrint, pygal). Each full collection walked all of them and
    paused the request it fell into for about 90 ms, every eighth request or so of a page that
    allocates much; frozen, they are skipped (a full collection then takes about 20 ms). Objects
    made later are collected as before.
    """
    from django.urls import get_resolver

    get_resolver().check()  # imports every views module
    gc.collect()
    gc.freeze()
