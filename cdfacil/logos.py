"""Organisations' logos: the checks an upload passes before it is stored, and the service that
stores it. A logo is printed on report covers, so only a plain PNG or an SVG with nothing
active or external in it is kept: the PDF renderer reads logos through its safe fetcher only.
"""

import io
import re
import xml.etree.ElementTree as ElementTree

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cdfacil.models import AuditEntry, Organisation

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_MAX_BYTES = 1024 * 1024
PNG_MAX_PIXELS = 2000
SVG_MAX_BYTES = 200 * 1024
SVG_NAMESPACE = "{http://www.w3.org/2000/svg}"
# Elements that run code or pull in other documents.
_SVG_FORBIDDEN = {"script", "foreignobject", "iframe", "embed", "object", "audio", "video"}
_URL = re.compile(r"url\s*\(\s*['\"]?\s*([^'\")\s]*)", re.IGNORECASE)
_IMPORT = re.compile(r"@import", re.IGNORECASE)


def _local(name: str) -> str:
    """A tag or attribute name without its namespace, lower-case."""
    return name.rsplit("}", 1)[-1].lower()


def _png_check(data: bytes) -> None:
    from PIL import Image, UnidentifiedImageError

    if len(data) > PNG_MAX_BYTES:
        raise ValidationError(_("A PNG logo may be at most 1 MB."))
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "PNG":
                raise ValidationError(_("This file is not a PNG image."))
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(_("This PNG image is damaged and cannot be read.")) from error
    if width > PNG_MAX_PIXELS or height > PNG_MAX_PIXELS:
        raise ValidationError(
            _("A PNG logo may be at most 2000 x 2000 pixels; this one is %(width)d x %(height)d.")
            % {"width": width, "height": height}
        )


def _external_reference(value: str) -> bool:
    """A url(...) in a style or attribute that points anywhere but inside the image."""
    return any(not target.startswith("#") for target in _URL.findall(value))


def _svg_check(data: bytes) -> None:
    if len(data) > SVG_MAX_BYTES:
        raise ValidationError(_("An SVG logo may be at most 200 KB."))
    # Read as UTF-8 text and parsed as text, so no declared encoding (UTF-16, say) can hide a
    # DOCTYPE from the check below.
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = "\x00"
    if "\x00" in text:
        raise ValidationError(_("An SVG logo must be UTF-8 text."))
    lowered = text.lower()
    # Without defusedxml, the standard parser would expand entities a DOCTYPE declares (the
    # "billion laughs"), so an SVG with any DOCTYPE is refused before it is parsed.
    if "<!doctype" in lowered or "<!entity" in lowered:
        raise ValidationError(_("An SVG logo may not have a DOCTYPE or declare entities."))
    if "<?xml-stylesheet" in lowered:
        raise ValidationError(_("An SVG logo may not refer to a stylesheet outside itself."))
    try:
        root = ElementTree.fromstring(text)  # noqa: S314  (no DOCTYPE, so no entities)
    except ElementTree.ParseError as error:
        raise ValidationError(_("This SVG file is not well-formed XML.")) from error
    if root.tag != f"{SVG_NAMESPACE}svg":
        raise ValidationError(_("This file is not an SVG image."))
    for element in root.iter():
        tag = _local(element.tag) if isinstance(element.tag, str) else ""
        if tag in _SVG_FORBIDDEN:
            raise ValidationError(
                _("An SVG logo may not contain scripts or embedded documents (<%(tag)s>).")
                % {"tag": tag}
            )
        if tag == "style" and (
            _IMPORT.search(element.text or "") or _external_reference(element.text or "")
        ):
            raise ValidationError(_("An SVG logo may not refer to anything outside itself."))
        for name, value in element.attrib.items():
            attribute = _local(name)
            if attribute.startswith("on"):
                raise ValidationError(
                    _("An SVG logo may not have event handlers (%(attribute)s).")
                    % {"attribute": attribute}
                )
            if attribute == "href" and not value.strip().startswith("#"):
                raise ValidationError(_("An SVG logo may not refer to anything outside itself."))
            if _external_reference(value):
                raise ValidationError(_("An SVG logo may not refer to anything outside itself."))


def logo_check(uploaded) -> str:
    """Check an uploaded logo; its kind, "png" or "svg". Refused with a reason in words."""
    data = uploaded.read(max(PNG_MAX_BYTES, SVG_MAX_BYTES) + 1)
    uploaded.seek(0)
    name = (getattr(uploaded, "name", "") or "").lower()
    if data.startswith(PNG_SIGNATURE):
        _png_check(data)
        return "png"
    if name.endswith(".svg"):
        _svg_check(data)
        return "svg"
    raise ValidationError(_("A logo must be a PNG or an SVG image."))


def organisation_logo_set(*, organisation: Organisation, uploaded, by=None, event=None) -> None:
    """Check and store `uploaded` as the organisation's logo (None removes it); the file it
    replaces is deleted once the change is saved."""
    old = organisation.logo.name
    if uploaded is not None:
        kind = logo_check(uploaded)
        # The stored name keeps the checked kind, whatever the upload was called.
        organisation.logo.save(f"logo.{kind}", uploaded, save=False)
    else:
        organisation.logo = ""
    organisation.save(update_fields=["logo"])
    if old and old != organisation.logo.name:
        storage = organisation.logo.storage
        transaction.on_commit(lambda: storage.delete(old))
    from cdfacil.services import audit_record

    audit_record(
        action=AuditEntry.Action.LOGO_CHANGED,
        summary=(
            _("Logo of %(organisation)s changed")
            if uploaded is not None
            else _("Logo of %(organisation)s removed")
        )
        % {"organisation": organisation},
        by=by,
        event=event,
    )
