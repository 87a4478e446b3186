"""Every URL pattern of the network's pages, for every role of a network and every platform
role, with real objects: the answer each gets. The patterns are read from the URL resolver, so
a new page of the app without an expectation fails. A person of network B gets 404 on network
A's pages; donors see only what a network publishes; POSTs are rolled back."""

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from tests.networks.matrix import clusters, needs, network, reporting
from tests.networks.world import PUBLIC, ROLES, NetworkWorld
from tests.permission_world import answer, url_patterns

MODULES = (network, needs, clusters, reporting)


def _expected():
    expected = {}
    for module in MODULES:
        expected.update(module.EXPECTED)
    return expected


def _spec(world):
    specs = {}
    for module in MODULES:
        specs.update(module.spec(world))
    return specs


def _ask(world, role, name, method, kwargs):
    client = Client()
    if role != "anonymous":
        client.force_login(world.people[role])
    url = reverse(name, kwargs=kwargs)
    if method == "GET":
        return answer(client.get(url))
    with transaction.atomic():
        result = answer(client.post(url, {}))
        transaction.set_rollback(True)
    return result


@pytest.fixture
def world(db):
    return NetworkWorld()


def test_every_network_page_answers_every_role_as_expected(world):
    names = sorted({name for name, _route in url_patterns() if name.startswith("networks:")})
    expected = _expected()
    specs = _spec(world)
    without = [name for name in names if name not in expected or name not in specs]
    assert not without, f"network pages with no expectation in the matrix: {without}"
    assert not set(expected) - set(names), "expectations for pages that no longer exist"
    wrong = []
    checks = 0
    for name in names:
        method, kwargs = specs[name]
        for role, want in zip(ROLES, expected[name], strict=True):
            got = _ask(world, role, name, method, kwargs)
            checks += 1
            if got != want:
                wrong.append(f"{name} as {role}: expected {want}, got {got}")
    print(f"network permission matrix: {len(names)} URL patterns x {len(ROLES)} roles = {checks}")
    assert not wrong, "\n".join(wrong)


def test_network_b_sees_nothing_of_network_a(world):
    """Every page of network A with an object in its URL answers 404 to network B's
    secretariat, so nothing says whether it exists (the public pages aside: an invitation's
    link answers whoever holds it)."""
    checked = 0
    expected = _expected()
    for name, (method, kwargs) in _spec(world).items():
        # Pages without an object in their URL, and the public ones (an invitation's link).
        if not kwargs or expected[name] == PUBLIC:
            continue
        assert _ask(world, "other_network", name, method, kwargs) == 404, name
        checked += 1
    assert checked >= 1
