"""Counting a poll's answers: pure functions, no database."""

from workshops.results import poll_tally

OPTIONS = ["Ownership", "Harmonisation", "Funding"]


def test_one_choice_gives_each_choice_its_count_and_share():
    results = poll_tally(kind="single", options=OPTIONS, rows=[([0], ""), ([2], ""), ([2], "")])
    assert results.answers == 3
    assert [(bar.label, bar.count, bar.share) for bar in results.bars] == [
        ("Ownership", 1, 33),
        ("Harmonisation", 0, 0),
        ("Funding", 2, 67),
    ]
    assert [bar.percent for bar in results.bars] == [50, 0, 100]


def test_several_choices_count_every_choice_of_each_phone():
    rows = [([0, 1], ""), ([1], ""), ([0, 1, 2], "")]
    results = poll_tally(kind="multiple", options=OPTIONS, rows=rows)
    assert [(bar.count, bar.share) for bar in results.bars] == [(2, 67), (3, 100), (1, 33)]


def test_a_rating_gives_its_distribution_and_average():
    results = poll_tally(kind="rating", options=[], rows=[([5], ""), ([4], ""), ([4], "")])
    assert [bar.count for bar in results.bars] == [0, 0, 0, 2, 1]
    assert results.average == 4.3


def test_a_ranking_orders_the_choices_by_borda_points():
    rows = [([2, 0, 1], ""), ([2, 1, 0], ""), ([0, 2, 1], "")]
    results = poll_tally(kind="ranking", options=OPTIONS, rows=rows)
    assert [(bar.label, bar.count, bar.extra) for bar in results.bars] == [
        ("Funding", 5, 1.3),
        ("Ownership", 3, 2.0),
        ("Harmonisation", 1, 2.7),
    ]


def test_text_answers_make_a_word_cloud():
    results = poll_tally(kind="text", options=[], rows=[([], "Clear roles"), ([], "clear plan")])
    assert results.answers == 2
    assert results.words[0].text == "clear" and results.words[0].count == 2
