"""Names of downloaded files: readable, in the document's language, and safe for every browser
and file system ("Plan d'action - Santé Ouganda - v1.pdf"), sent as RFC 6266 asks: an ASCII
`filename` for old clients, and the real name as UTF-8 in `filename*` (RFC 8187).

The words come from what people typed (an event's title), so anything a file system or a header
would take as syntax is dropped: path separators, quotes, reserved characters, control and
format characters (a right-to-left override would disguise the extension), leading dots.
"""

import re
import unicodedata
from urllib.parse import quote

from django.utils.text import Truncator

SEPARATOR = " - "
PART_LENGTH = 80  # characters of one part, so that a long title leaves the rest of the name
FALLBACK_STEM = "download"

SEPARATORS = re.compile(r"[/\\|]+")
# Reserved on Windows, or syntax in a quoted header value; typographic double quotes too.
RESERVED = re.compile(r"[<>:\"*?“”„«»]")
SPACES = re.compile(r"\s+")
# Characters that an ASCII name can write another way.
ASCII_LOOKALIKES = str.maketrans(
    {"’": "'", "‘": "'", "‚": ",", "–": "-", "—": "-", "…": "...", "•": "-", "·": "-"}
)


def _words(text) -> str:
    """One part of a name, made safe: no separator, reserved or invisible character."""
    kept = []
    for character in unicodedata.normalize("NFC", str(text)):
        category = unicodedata.category(character)
        if category == "Cc" or category[0] == "Z":
            kept.append(" ")  # tabs, line breaks and the many spaces
        elif category[0] != "C":  # format, private-use and unassigned characters go
            kept.append(character)
    text = SEPARATORS.sub("-", "".join(kept))
    text = SPACES.sub(" ", RESERVED.sub(" ", text))
    return text.strip(" .-")


def download_name(*parts, extension: str) -> str:
    """The file name made of `parts` (empty ones left out) joined by " - ", each made safe and
    shortened to PART_LENGTH characters: download_name("Plan d'action", "Santé Ouganda", "v1",
    extension="pdf") -> "Plan d'action - Santé Ouganda - v1.pdf"."""
    cleaned = (_words(Truncator(_words(part)).chars(PART_LENGTH)) for part in parts if part)
    stem = SEPARATOR.join(part for part in cleaned if part)
    return f"{stem or FALLBACK_STEM}.{extension}"


def ascii_name(name: str) -> str:
    """The name in ASCII, for clients that do not read `filename*`: accents dropped, other
    scripts left out part by part ("Santé" -> "Sante")."""
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    parts = []
    for part in stem.split(SEPARATOR):
        folded = unicodedata.normalize("NFKD", part.translate(ASCII_LOOKALIKES))
        folded = _words(folded.encode("ascii", "ignore").decode("ascii"))
        if folded:
            parts.append(folded)
    ascii_extension = _words(extension.encode("ascii", "ignore").decode("ascii"))
    stem = SEPARATOR.join(parts) or FALLBACK_STEM
    return f"{stem}.{ascii_extension}" if ascii_extension else stem


def content_disposition(name: str, *, as_attachment: bool = True) -> str:
    """The Content-Disposition header for a file called `name` (made by download_name):
    `attachment; filename="Plan d'action - Sante Ouganda - v1.pdf";
    filename*=UTF-8''Plan%20d%27action%20-%20Sant%C3%A9%20Ouganda%20-%20v1.pdf`."""
    disposition = "attachment" if as_attachment else "inline"
    return (
        f"{disposition}; filename=\"{ascii_name(name)}\"; filename*=UTF-8''{quote(name, safe='')}"
    )


def sector_and_country(event) -> str:
    """An event's sector and country in the active language, as file names give them: "Santé
    Ouganda" (shorter than a title, and what donors sort plans by)."""
    return f"{event.get_sector_display()} {event.country.name}"
