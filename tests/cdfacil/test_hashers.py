"""Passwords are hashed as Django hashes them, in a thread of lower CPU priority."""

import os
import sys
import threading

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher, check_password, make_password

from cdfacil import hashers

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="thread priorities are Linux's"
)


def test_hashes_are_django_pbkdf2_hashes_both_ways(settings):
    settings.PASSWORD_HASHERS = ["cdfacil.hashers.LowPriorityPBKDF2PasswordHasher"]
    ours = make_password("correct horse battery staple")
    assert ours.startswith("pbkdf2_sha256$1000000$")
    assert PBKDF2PasswordHasher().verify("correct horse battery staple", ours)
    theirs = PBKDF2PasswordHasher().encode("correct horse battery staple", "somesalt1234")
    assert check_password("correct horse battery staple", theirs)
    assert not check_password("wrong", theirs)


def test_the_production_settings_use_it_first():
    from cdfacil import settings as project_settings

    assert project_settings.PASSWORD_HASHERS[0] == "cdfacil.hashers.LowPriorityPBKDF2PasswordHasher"
    # Django's own PBKDF2 hasher would take the same algorithm name back from it.
    assert (
        "django.contrib.auth.hashers.PBKDF2PasswordHasher" not in project_settings.PASSWORD_HASHERS
    )


@linux_only
def test_the_hash_runs_in_a_thread_of_its_own_at_a_lower_priority():
    def where():
        thread = threading.get_native_id()
        return thread, os.getpriority(os.PRIO_PROCESS, thread)

    caller, caller_nice = where()
    thread, nice = hashers.run_at_low_priority(where)
    assert thread != caller
    assert nice == min(19, caller_nice + hashers.NICENESS)
    # The caller's own priority is untouched.
    assert where() == (caller, caller_nice)
