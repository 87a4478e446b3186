"""The word cloud drawn on the server: pure layout, no database."""

from workshops.wordcloud import (
    CHARACTER_WIDTH,
    HEIGHT,
    MAX_WORDS,
    WIDTH,
    height,
    word_cloud,
    word_counts,
)


def test_words_are_counted_in_any_case_without_the_small_words_of_four_languages():
    counts = word_counts(["Ownership and FUNDING", "ownership, the funding!", "la propriété"])
    assert counts["ownership"] == 2 and counts["funding"] == 2
    assert "and" not in counts and "the" not in counts and "la" not in counts
    assert counts["propriété"] == 1


def test_the_most_frequent_word_is_the_largest_and_every_word_fits_the_picture():
    texts = ["coordination"] * 9 + ["ownership"] * 4 + [f"word{n} idea{n}" for n in range(60)]
    placed = word_cloud(texts)
    assert len(placed) == MAX_WORDS
    largest = max(placed, key=lambda word: word.size)
    assert largest.text == "coordination" and largest.count == 9
    assert {word.text for word in placed} >= {"coordination", "ownership"}
    for word in placed:
        half = len(word.text) * word.size * CHARACTER_WIDTH / 2
        assert word.x - half >= -5 and word.x + half <= WIDTH + 5, word
        # the top of the letters (about 0.75 of the size above the baseline) in the picture too
        assert 0.75 * word.size <= word.y <= HEIGHT, word
    assert height(placed) <= HEIGHT + 30


def test_no_words_no_cloud():
    assert word_cloud(["", "  ", "the and of"]) == []
