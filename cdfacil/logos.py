"""Organisations' logos: the checks an upload passes before it is stored, and the service that
stores it. A logo is printed on report covers, so only a plain PNG or an SVG with nothing
active or external in it is kept: the PDF renderer reads logos through its safe fetcher only.
"""

import io
import re
import struct
import warnings
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
_XLINK = "{http://www.w3.org/1999/xlink}"
_XML = "{http://www.w3.org/XML/1998/namespace}"
# Elements that run code or pull in other documents, named as such when refused.
_SVG_FORBIDDEN = {"script", "foreignobject", "iframe", "embed", "object", "audio", "video"}
_SVG_ANIMATION = {"set", "animate", "animatetransform", "animatemotion"}
# What a logo may hold; anything else (filters, images, markers, fonts...) is refused.
_SVG_ELEMENTS = {
    "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text",
    "tspan", "title", "desc", "defs", "lineargradient", "radialgradient", "stop", "clippath",
    "mask", "symbol", "use", "style",
}  # fmt: skip
_SVG_ATTRIBUTES = {
    # Identity, geometry and coordinates
    "id", "class", "style", "viewbox", "preserveaspectratio", "transform", "d", "points",
    "x", "y", "width", "height", "r", "rx", "ry", "cx", "cy", "fx", "fy", "fr",
    "x1", "y1", "x2", "y2", "dx", "dy", "rotate", "textlength", "lengthadjust", "pathlength",
    "version", "baseprofile", "href", "type", "lang", "space",
    # Gradients, clipping and masks
    "offset", "stop-color", "stop-opacity", "gradientunits", "gradienttransform",
    "spreadmethod", "clippathunits", "maskunits", "maskcontentunits",
    # Presentation
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
    "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
    "stroke-dashoffset", "opacity", "color", "clip-path", "clip-rule", "mask", "display",
    "visibility", "overflow", "font", "font-family", "font-size", "font-style",
    "font-variant", "font-weight", "font-stretch", "font-size-adjust", "letter-spacing",
    "word-spacing", "text-anchor", "text-decoration", "dominant-baseline",
    "alignment-baseline", "baseline-shift", "writing-mode", "direction", "unicode-bidi",
    "shape-rendering", "text-rendering", "color-rendering", "color-interpolation",
    "vector-effect", "paint-order",
}  # fmt: skip
# Namespaces an allowed attribute may have: none, xlink (href), xml (lang, space).
_ATTRIBUTE_NAMESPACES = {"", _XLINK, _XML}
# A <use> copies what it points at: capped, and never pointing at another <use>, so that
# layers of uses cannot multiply (ten uses of ten uses of ... take the renderer minutes).
SVG_MAX_USES = 50
_URL = re.compile(r"url\s*\(\s*['\"]?\s*([^'\")\s]*)", re.IGNORECASE)
_IMPORT = re.compile(r"@import", re.IGNORECASE)
_IMAGE_SET = re.compile(r"image-set\s*\(", re.IGNORECASE)
# A clip path or mask in a style attribute ("clip-path: url(#c)"); in a style sheet, refused.
_CLIP_OR_MASK = re.compile(r"(?:^|;)\s*(clip-path|mask)\s*:([^;]*)", re.IGNORECASE)
_CLIP_OR_MASK_RULE = re.compile(r"(?:clip-path|mask)\s*:", re.IGNORECASE)


def _local(name: str) -> str:
    """A tag or attribute name without its namespace, lower-case."""
    return name.rsplit("}", 1)[-1].lower()


def _namespace(name: str) -> str:
    return name[: name.index("}") + 1] if name.startswith("{") else ""


def _png_size(data: bytes) -> tuple[int, int]:
    """The width and height a PNG's header declares (its first chunk, IHDR)."""
    return struct.unpack(">II", data[16:24]) if len(data) >= 24 else (0, 0)


def _png_too_large(width: int, height: int) -> ValidationError:
    return ValidationError(
        _("A PNG logo may be at most 2000 x 2000 pixels; this one is %(width)d x %(height)d.")
        % {"width": width, "height": height}
    )


def _png_check(data: bytes) -> None:
    from PIL import Image, UnidentifiedImageError

    if len(data) > PNG_MAX_BYTES:
        raise ValidationError(_("A PNG logo may be at most 1 MB."))
    try:
        # A header that declares a huge image is a decompression bomb: Pillow warns, or raises
        # an error of its own, before reading the pixels.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format != "PNG":
                    raise ValidationError(_("This file is not a PNG image."))
                width, height = image.size
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _png_too_large(*_png_size(data)) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(_("This PNG image is damaged and cannot be read.")) from error
    if width > PNG_MAX_PIXELS or height > PNG_MAX_PIXELS:
        raise _png_too_large(width, height)


def _outside(value: str) -> bool:
    """CSS or an attribute that could reach outside the image: a url(...) pointing anywhere
    but inside it, an @import or an image-set(). Backslashes are refused before this, so no
    CSS escape (`@\\69mport`, `\\75 rl(`) can hide one."""
    return bool(
        any(not target.startswith("#") for target in _URL.findall(value))
        or _IMPORT.search(value)
        or _IMAGE_SET.search(value)
    )


def _svg_value_check(value: str) -> None:
    if "\\" in value:
        raise ValidationError(_("An SVG logo may not contain backslashes (CSS escapes)."))
    # A comment would hide a declaration from the checks below ("/**/mask: url(#m)").
    if "/*" in value:
        raise ValidationError(_("An SVG logo may not contain CSS comments."))
    if _outside(value):
        raise ValidationError(_("An SVG logo may not refer to anything outside itself."))


def _svg_attributes_check(tag: str, attributes: dict) -> None:
    for name, value in attributes.items():
        attribute = _local(name)
        if attribute.startswith("on"):
            raise ValidationError(
                _("An SVG logo may not have event handlers (%(attribute)s).")
                % {"attribute": attribute}
            )
        if name == f"{_XML}base":
            raise ValidationError(
                _("An SVG logo may not set its own base address (%(attribute)s).")
                % {"attribute": "xml:base"}
            )
        if attribute == "href" and not value.strip().startswith("#"):
            raise ValidationError(_("An SVG logo may not refer to anything outside itself."))
        _svg_value_check(value)
        if tag in _SVG_ELEMENTS and (
            attribute not in _SVG_ATTRIBUTES or _namespace(name) not in _ATTRIBUTE_NAMESPACES
        ):
            raise ValidationError(
                _("An SVG logo may not have the attribute %(attribute)s on <%(tag)s>.")
                % {"attribute": name.rsplit("}", 1)[-1], "tag": tag}
            )


def _copies(element) -> list[str]:
    """The ids of what an element draws a copy of: a <use>'s target, its clip path, its mask."""
    references = []
    if _local(element.tag) == "use":
        # Both: the renderer reads xlink:href first, so a plain href must not hide it.
        references += [(element.get(name) or "").strip() for name in ("href", f"{_XLINK}href")]
    values = [element.get("clip-path", ""), element.get("mask", "")]
    values += [value for _name, value in _CLIP_OR_MASK.findall(element.get("style", ""))]
    references += _URL.findall(" ".join(values))
    return [reference[1:] for reference in references if reference.startswith("#")]


def _svg_copies_check(root) -> None:
    """At most SVG_MAX_USES <use> (and as many clip paths and masks applied), none of them
    pointing at content that copies something in turn: layers of copies would multiply."""
    copying = [(element, ids) for element in root.iter() if (ids := _copies(element))]
    uses = sum(1 for element, _ids in copying if _local(element.tag) == "use")
    if uses > SVG_MAX_USES:
        raise ValidationError(
            _("An SVG logo may have at most %(limit)d <use> elements; this one has %(count)d.")
            % {"limit": SVG_MAX_USES, "count": uses}
        )
    applied = sum(len(ids) for element, ids in copying if _local(element.tag) != "use")
    if applied > SVG_MAX_USES:
        raise ValidationError(
            _("An SVG logo may apply at most %(limit)d clip paths and masks; this one %(count)d.")
            % {"limit": SVG_MAX_USES, "count": applied}
        )
    by_id: dict[str, list] = {}
    for element in root.iter():
        if element.get("id"):
            by_id.setdefault(element.get("id"), []).append(element)
    copiers = {id(element): element for element, _ids in copying}
    for element, ids in copying:
        for target in (target for name in ids for target in by_id.get(name, [])):
            inner = next((e for e in target.iter() if id(e) in copiers), None)
            if inner is None:
                continue
            if _local(element.tag) == "use" and _local(inner.tag) == "use":
                raise ValidationError(
                    _("An SVG logo may not have a <use> that points at another <use>.")
                )
            raise ValidationError(
                _(
                    "An SVG logo may not point a <use>, a clip path or a mask at content that "
                    "has one of them in turn."
                )
            )


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
        if tag in _SVG_ANIMATION:
            raise ValidationError(_("An SVG logo may not be animated (<%(tag)s>).") % {"tag": tag})
        if tag == "style":
            _svg_value_check("".join(element.itertext()))
            if _CLIP_OR_MASK_RULE.search("".join(element.itertext())):
                raise ValidationError(
                    _("An SVG logo may apply clip paths and masks as attributes only.")
                )
        _svg_attributes_check(tag, element.attrib)
        if tag not in _SVG_ELEMENTS or _namespace(element.tag) != SVG_NAMESPACE:
            raise ValidationError(
                _("An SVG logo may not contain <%(tag)s> elements; save it as a plain SVG.")
                % {"tag": element.tag.rsplit("}", 1)[-1]}
            )
    _svg_copies_check(root)


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


def logo_may_change(*, user, organisation: Organisation) -> bool:
    """An organisation's logo prints on the covers of every event it leads or facilitates, so
    only its own people who run an event or sit in a core group change it, and administrators
    (the rule `cdfacil.change_organisation_logo`, whose predicate the events app gives)."""
    return user.is_authenticated and user.has_perm("cdfacil.change_organisation_logo", organisation)


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
