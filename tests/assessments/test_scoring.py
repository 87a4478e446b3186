"""Pure computation: fingerprints and agreement statistics, without a database."""

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
    }
    assert scoring.agreement([2, 3])["median"] == 2.5
    assert scoring.agreement([]) == {
        "count": 0,
        "min": None,
        "max": None,
        "median": None,
        "spread": None,
    }


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
