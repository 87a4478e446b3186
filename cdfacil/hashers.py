"""Password hashing that yields the processor to the people already signed in."""

import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

from django.contrib.auth.hashers import PBKDF2PasswordHasher

# Added to the niceness of the thread that hashes (19 is the lowest priority there is).
NICENESS = 10

_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None
_pool_pid: int | None = None


def _lower_priority() -> None:
    # On Linux a thread id names that thread alone, so only the hashing is made nicer.
    thread = threading.get_native_id()
    os.setpriority(
        os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + NICENESS)
    )


def _executor() -> ThreadPoolExecutor:
    """One hashing thread per process, started again in a forked worker."""
    global _pool, _pool_pid
    with _lock:
        if _pool is None or _pool_pid != os.getpid():
            _pool = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="password-hashing", initializer=_lower_priority
            )
            _pool_pid = os.getpid()
        return _pool


def run_at_low_priority(function, *args):
    """`function(*args)` in this process's hashing thread, at a lower CPU priority; inline
    where threads have no priority of their own."""
    if not sys.platform.startswith("linux"):
        return function(*args)
    return _executor().submit(function, *args).result()


class LowPriorityPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    """Django's PBKDF2 hasher (same algorithm name, iterations and stored hashes), with the
    hashing done at a lower CPU priority.

    A sign-in costs about 0.24 s of processor for the hash alone. When a workshop room signs in
    at once, or someone floods the sign-in form, those hashes would take the processor from
    the members already answering, and every autosave would wait behind them. At a lower
    priority the sign-ins absorb the wait instead; OpenSSL releases the GIL while it hashes, so
    the worker's other threads go on meanwhile. One hashing thread per process also bounds how
    many hashes run at once to the number of web processes.
    """

    def encode(self, password, salt, iterations=None):
        return run_at_low_priority(super().encode, password, salt, iterations)
