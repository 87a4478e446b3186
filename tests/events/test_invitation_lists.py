"""Reading a pasted or uploaded list of people: pure, without a database."""

import pytest

from events.invitation_lists import ListError, read_lines, text_of_upload


def test_columns_follow_the_header_in_any_order_and_language():
    lines = read_lines("Courriel;Nom;Rôle;Organisation\r\nzoe@example.org;Zoé;;MoH\r\n")
    assert [(line.number, line.full_name, line.email, line.organisation) for line in lines] == [
        (2, "Zoé", "zoe@example.org", "MoH")
    ]


def test_without_a_header_the_order_is_name_email_organisation_role():
    lines = read_lines('"Okello, Amina",amina@example.org,"Ministry of Health (MoH)",core group')
    assert (lines[0].full_name, lines[0].organisation, lines[0].role) == (
        "Okello, Amina",
        "Ministry of Health (MoH)",
        "core group",
    )


def test_blank_lines_are_skipped_and_numbers_stay_those_of_the_text():
    lines = read_lines("\nA\ta@example.org\tMoH\n\n\nB\tb@example.org\tMoH\n")
    assert [line.number for line in lines] == [2, 5]


def test_an_empty_list_and_a_long_one_are_refused():
    with pytest.raises(ListError, match="The list is empty"):
        read_lines(" \n\n")
    with pytest.raises(ListError, match="The list has 201 people; at most 200"):
        read_lines("".join(f"P{n},p{n}@example.org,MoH\n" for n in range(201)))


def test_uploads_in_utf8_with_a_bom_or_windows_1252_are_read():
    assert read_lines(text_of_upload("\ufeffÉlise,e@example.org,MoH\n".encode()))[0].full_name == (
        "Élise"
    )
    assert text_of_upload("Zoé".encode("cp1252")) == "Zoé"
    with pytest.raises(ListError, match="not a text or CSV file"):
        text_of_upload(b"PK\x03\x04\x00")


@pytest.mark.parametrize("size", [2_000, 200_000])  # under and over the csv module's own limit
def test_a_quotation_mark_left_open_is_said_in_words(size):
    text = 'Amina,amina@example.org,MoH,stakeholder\n"Bob,bob@example.org,MoH\n' + "x" * size
    with pytest.raises(ListError, match="from line 2") as refused:
        read_lines(text)
    assert "quotation mark" in str(refused.value)
