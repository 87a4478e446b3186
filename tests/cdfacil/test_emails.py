"""The one canonical form of an email address that accounts are found by, on every engine."""

import pytest

from cdfacil.emails import canonical_email, same_mailbox


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("Victim@Ministry.GO.ug", "victim@ministry.go.ug"),
        ("  victim@ministry.go.ug ", "victim@ministry.go.ug"),
        # Fullwidth letters are the same letters once NFKC-normalised.
        ("ｖｉｃｔｉｍ@ministry.go.ug", "victim@ministry.go.ug"),
        # The Kelvin sign is a K; a long s is an s.
        ("\u212aate@ministry.go.ug", "kate@ministry.go.ug"),
        ("victim@mini\u017ftry.go.ug", "victim@ministry.go.ug"),
        ("", ""),
    ],
)
def test_canonical_email_folds_case_and_compatibility_forms(typed, canonical):
    assert canonical_email(typed) == canonical


def test_the_dotless_i_is_not_an_i():
    """PostgreSQL's UPPER() turns the dotless ı into I, so `email__iexact` took this address
    for the one with dots; case folding keeps them apart."""
    assert canonical_email("victim@mınıstry.go.ug") != canonical_email("victim@ministry.go.ug")
    assert canonical_email("VICTIM@MINISTRY.GO.UG") == canonical_email("victim@ministry.go.ug")


def test_same_mailbox_ignores_only_ascii_case():
    assert same_mailbox("Victim@Ministry.go.ug", "victim@ministry.go.ug")
    assert not same_mailbox("victim@mınıstry.go.ug", "victim@ministry.go.ug")
    assert not same_mailbox("victim@mini\u017ftry.go.ug", "victim@ministry.go.ug")
