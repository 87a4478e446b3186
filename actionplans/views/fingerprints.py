"""The canonical JSON of a frozen version: the exact bytes whose SHA-256 is its fingerprint, so
anyone holding a printed plan can check it against the text."""

from django.http import HttpResponse

from actionplans.selectors.donors import frozen_version
from cdfacil.fingerprints import canonical_json
from cdfacil.web import object_view


@object_view("actionplans.view_version", load=frozen_version, hide=True)
def version_json(request, version):
    data = canonical_json(version.snapshot).encode("utf-8")
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    name = f"plan-version-{version.pk}-{version.fingerprint[:12]}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
