"""The method library's page: what each method is, how long it usually takes, what it needs."""

from django.shortcuts import render

from cdfacil.web import object_view
from events.selectors.methods import method_library


@object_view(None)
def methods(request):
    return render(request, "events/methods.html", {"families": method_library()})
