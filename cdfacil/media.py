"""Where uploaded files live under MEDIA_ROOT: organisations' logos, the only media a PDF may
read (reports are written by the workers under `reports/`, see `cdfacil.pdf`)."""

import uuid

LOGO_FOLDER = "logos"


def logo_file_name(organisation, filename: str) -> str:
    """A random name under logos/, keeping only the checked extension."""
    extension = "svg" if filename.lower().endswith(".svg") else "png"
    return f"{LOGO_FOLDER}/{uuid.uuid4().hex}.{extension}"
