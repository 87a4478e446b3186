"""Email addresses compared one way on every engine: the canonical form accounts are found by."""

import unicodedata


def folded(text: str) -> str:
    """Unicode NFKC, then case folding (and NFKC again, which folding can undo), in Python: the
    one rule by which two spellings of a name or an address are the same."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def canonical_email(address: str) -> str:
    """The address after Unicode NFKC normalisation and case folding, done in Python.

    The database's own case-insensitive match differs by engine: PostgreSQL's UPPER() turns the
    dotless ı into I, so `email__iexact` took `victim@mınıstry.go.ug` for `victim@ministry.go.ug`.
    Case folding keeps ı apart from i, and maps ß to ss, the Kelvin sign to k, fullwidth to plain.
    """
    return folded(address.strip())


def same_mailbox(first: str, second: str) -> bool:
    """Whether two addresses surely reach the same mailbox: equal, or differing only in the case
    of ASCII letters. A link mailed to one may open the account that has the other."""
    if first == second:
        return True
    return first.isascii() and second.isascii() and first.lower() == second.lower()
