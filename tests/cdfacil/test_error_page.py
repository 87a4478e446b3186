"""An unexpected error shows the platform's error page, never a traceback, in the demo too."""

import pytest
from django.http import Http404
from django.test import Client, override_settings
from django.urls import path

pytestmark = pytest.mark.django_db


def broken(request):
    raise RuntimeError("the disk is full")


def missing(request):
    raise Http404


urlpatterns = [path("broken/", broken), path("missing/", missing)]


@override_settings(ROOT_URLCONF=__name__, DEBUG=True)
def test_the_demo_with_debug_on_shows_the_error_page_not_a_traceback():
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page
    assert "Traceback" not in page and "the disk is full" not in page


@override_settings(ROOT_URLCONF=__name__, DEBUG=True)
def test_a_missing_page_keeps_its_own_answer():
    assert Client().get("/missing/").status_code == 404


@override_settings(ROOT_URLCONF=__name__, DEBUG=True, CDFACIL_DEBUG_TRACEBACKS=True)
def test_developers_can_ask_for_the_traceback():
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert "the disk is full" in response.content.decode()
