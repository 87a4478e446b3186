"""Pure computation: fingerprints and agreement statistics, without a database."""

import pytest

from assessments import scoring


def test_fingerprint_ignores_key_order_but_not_content():
    a = {"code": "IND1.1", "text": {"en": "Staff have the skills"}}
    b = {"text": {"en": "Staff have the skills"}, "code": "IND1.1"}
    assert scoring.fingerprint(a) == scoring.fingerprint(b)
    assert len(scoring.fingerprint(a)) == 64
    assert scoring.fingerprint(a) != scoring.fingerprint({**a, "text": {"en": "Staff have skills"}})


def test_agreement_statistics():
    assert scoring.agreement([3, 1, 4, 2, 2]) == {
        "count": 5,
        "min": 1,
        "max": 4,
        "median": 2,
        "spread": 3,
        "deviation": pytest.approx(1.0198, abs=1e-4),
    }
    assert scoring.agreement([2, 3])["median"] == 2.5
    assert scoring.agreement([]) == {
        "count": 0,
        "min": None,
        "max": None,
        "median": None,
        "spread": None,
        "deviation": None,
    }


def _key(current, desired, dont_know=0):
    return scoring.disagreement_key(
        scoring.agreement(current), scoring.agreement(desired), dont_know
    )


def test_disagreement_counts_current_and_desired_then_dont_know_then_deviation():
    # Agreed on "current" but split on "desired": no longer level with a full agreement.
    assert _key([2, 2, 2], [1, 4, 4]) < _key([2, 2, 2], [3, 3, 3])
    assert scoring.disagreement(scoring.agreement([1, 3]), scoring.agreement([2, 4])) == 4
    # The same spreads: the question more members could not rate comes first.
    assert _key([1, 2, 2], [3, 4, 4], dont_know=2) < _key([1, 2, 2], [3, 4, 4], dont_know=1)
    # The same spreads and "don't know"s: two camps before one member apart.
    assert _key([1, 1, 4, 4], [4, 4, 4, 4]) < _key([1, 4, 4, 4], [4, 4, 4, 4])
    # Nobody rated it (only "don't know"s): last, however many "don't know"s.
    assert _key([2, 2], [2, 2]) < _key([], [], dont_know=5)
    assert scoring.disagreement(scoring.agreement([]), scoring.agreement([])) is None


def test_rounded_median_is_a_point_of_the_scale():
    assert scoring.rounded_median(scoring.agreement([2, 3])) == 3
    assert scoring.rounded_median(scoring.agreement([1, 2, 4])) == 2
    assert scoring.rounded_median(scoring.agreement([])) is None


def test_content_from_data_wraps_texts_per_language():
    levels = [
        {
            "code": "individual",
            "name": "Individual",
            "dimensions": [
                {
                    "code": "IND1",
                    "name": "Skills",
                    "questions": [
                        {"code": "IND1.1", "text": "Q", "descriptors": ["a", "b", "c", "d"]}
                    ],
                }
            ],
        }
    ]
    content = scoring.framework_content_from_data(levels)
    question = content[0]["dimensions"][0]["questions"][0]
    assert question == {
        "code": "IND1.1",
        "text": {"en": "Q"},
        "guidance": {},
        "descriptors": {"en": ["a", "b", "c", "d"]},
    }
