"""A list of people to invite, pasted or uploaded as CSV, read into lines: pure, no database.

Each line gives a name, an email, an organisation and a role, in that order or in the order a
header row names. Commas, semicolons (a spreadsheet in French or Portuguese saves those) or tabs
separate the fields; a UTF-8 byte-order mark and blank lines are ignored.
"""

import csv
import io
import unicodedata
from dataclasses import asdict, dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_LINES = 200
MAX_BYTES = 512 * 1024
# No name, address, organisation or role is this long: a longer value is a quotation mark left
# open, which runs on over the lines after it.
MAX_CELL = 500
UNCLOSED_QUOTE = gettext_lazy(
    "The list cannot be read from line %(number)d: a value there runs on for more than 500 "
    'characters, usually because a quotation mark (") is opened and never closed.'
)
FIELDS = ("full_name", "email", "organisation", "role")

# Header words, folded (lower case, no accents), in the four languages.
HEADERS = {
    "full_name": {"name", "full name", "nom", "nom complet", "nombre", "nome", "nome completo"},
    "email": {"email", "e-mail", "mail", "courriel", "adresse", "correo", "correo electronico"},
    "organisation": {"organisation", "organization", "organizacion", "organizacao", "org"},
    "role": {"role", "rol", "papel", "funcao", "function"},
}


class ListError(ValueError):
    """The list as a whole cannot be read (too long, not text); its message says why."""


@dataclass
class Line:
    """One person of the list, as typed, with the line number in the file."""

    number: int
    full_name: str = ""
    email: str = ""
    organisation: str = ""
    role: str = ""

    def as_data(self) -> dict:
        """The line as plain data, to keep in the session between the preview and the send."""
        return asdict(self)


def fold(text: str) -> str:
    """Lower case without accents, spaces collapsed: how header words and roles are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def text_of_upload(content: bytes) -> str:
    """An uploaded file's text: UTF-8 (with or without a byte-order mark), else Windows-1252,
    which spreadsheets on Windows still save."""
    if len(content) > MAX_BYTES:
        raise ListError(
            _("The file is larger than %(size)d kB: split the list.") % {"size": MAX_BYTES // 1024}
        )
    if b"\x00" in content:
        raise ListError(_("This file is not a text or CSV file. Save the sheet as CSV."))
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return content.decode("cp1252")
        except UnicodeDecodeError as error:
            raise ListError(
                _("The file's characters cannot be read. Save it as CSV in UTF-8.")
            ) from error


def _delimiter(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in ("\t", ";", ",")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    """The column of each field when `cells` is a header row; None when it is a person."""
    columns = {}
    for index, cell in enumerate(cells):
        for name, words in HEADERS.items():
            if fold(cell) in words and name not in columns:
                columns[name] = index
    if "email" in columns and not any("@" in cell for cell in cells):
        return columns
    return None


def _rows(reader):
    """(the line a row starts on, its cells) for each row of the reader. A value longer than
    any field can be, or past the csv module's own limit, is a quotation mark left open that
    swallowed the lines after it: said in words, with the line it starts on."""
    ended = 0
    try:
        for cells in reader:
            start, ended = ended + 1, reader.line_num
            if any(len(cell) > MAX_CELL for cell in cells):
                raise ListError(UNCLOSED_QUOTE % {"number": start})
            yield start, cells
    except csv.Error as error:
        raise ListError(UNCLOSED_QUOTE % {"number": ended + 1}) from error


def read_lines(text: str) -> list[Line]:
    """The people of a pasted or uploaded list, each with the line number it has in the text.
    Raises ListError when the list is empty or has more than MAX_LINES people."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first = next((line for line in text.split("\n") if line.strip()), "")
    if not first:
        raise ListError(_("The list is empty: paste one person per line, or choose a file."))
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(first))
    columns = dict(zip(FIELDS, range(len(FIELDS)), strict=True))
    lines = []
    header_seen = False
    for number, cells in _rows(reader):
        cells = [" ".join(cell.split()) for cell in cells]
        if not any(cells):
            continue
        if not header_seen and not lines:
            header_seen = True
            found = _header_columns(cells)
            if found:
                columns = found
                continue
        line = Line(number=number)
        for name, index in columns.items():
            if index < len(cells):
                setattr(line, name, cells[index])
        lines.append(line)
    if len(lines) > MAX_LINES:
        raise ListError(
            _(
                "The list has %(count)d people; at most %(max)d can be invited at once. Split "
                "it into several lists."
            )
            % {"count": len(lines), "max": MAX_LINES}
        )
    if not lines:
        raise ListError(_("The list is empty: paste one person per line, or choose a file."))
    return lines
