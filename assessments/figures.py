"""A round's result figures, with translated labels, for its page and its PDF report.

The charts are drawn by `assessments.charts` and kept in the cache for the same content.
"""

import hashlib
import json

from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from assessments.charts import gap_heatmap, group_bars, level_radar, round_comparison
from assessments.models import AssessmentRound, translated

# Seconds a round's rendered charts are kept for the same numbers, labels and language.
FIGURES_CACHE_SECONDS = 24 * 3600


def results_figures(*, assessment_round, results: dict, compared: dict | None, by_group) -> dict:
    """`_results_figures`, drawn once for the same content: drawing takes half of the results
    page's time, and a round's numbers change only when a response is submitted or a consensus
    recorded. The key is the fingerprint of everything the charts are drawn from."""
    content = json.dumps(
        [
            get_language(),
            assessment_round.kind,
            assessment_round.number,
            results["dimensions"],
            results["levels"],
            compared,
            by_group,
        ],
        sort_keys=True,
        default=str,
    )
    key = "results-figures:" + hashlib.sha256(content.encode("utf-8")).hexdigest()
    figures = cache.get(key)
    if figures is None:
        figures = _results_figures(
            assessment_round=assessment_round,
            results=results,
            compared=compared,
            by_group=by_group,
        )
        cache.set(key, figures, FIGURES_CACHE_SECONDS)
    return figures


def _results_figures(*, assessment_round, results: dict, compared: dict | None, by_group) -> dict:
    """Every chart of a round's results, for its page and its PDF, with translated labels:
    {"radars": [{"title", "svg"}], "heatmap", "group_chart" (None unless `by_group` is given
    and has respondents), "comparison" (None without a round to compare with)}.

    The SVG is ours, drawn from numbers, with every label escaped: it is marked safe here.
    """
    return {
        "radars": _radars(results),
        "heatmap": mark_safe(  # noqa: S308
            gap_heatmap(
                results["dimensions"],
                results["levels"],
                _("Gap per dimension"),
                gap_label=_("gap"),
                legend_label=_("Gap (desired minus current)"),
                no_score_label=_("no score"),
            )
        ),
        "group_chart": None if by_group is None else _group_chart(results, by_group),
        "comparison": None
        if compared is None
        else _comparison(assessment_round, results, compared),
    }


def _radars(results: dict) -> list[dict]:
    current, desired = _("Current"), _("Desired")
    return [
        {
            "title": translated(level["level_name"]),
            "svg": mark_safe(  # noqa: S308
                level_radar(
                    [row for row in results["dimensions"] if row["level"] == level["key"]],
                    translated(level["level_name"]),
                    current_label=current,
                    desired_label=desired,
                )
            ),
        }
        for level in results["levels"]
    ]


def _group_chart(results: dict, by_group: dict) -> dict | None:
    group_labels = {
        kind: label
        for kind, label in (
            ("government", _("Government")),
            ("development_partner", _("Development partners")),
        )
        if by_group["respondents"][kind] >= 1
    }
    if not group_labels:
        return None
    return {
        "respondents": by_group["respondents"],
        "svg": mark_safe(  # noqa: S308
            group_bars(
                results["dimensions"],
                by_group,
                _("Average current rating by group"),
                group_labels=group_labels,
            )
        ),
    }


def _comparison(assessment_round, results: dict, compared: dict) -> str:
    other_label = _("%(kind)s (round %(number)d)") % {
        "kind": AssessmentRound.Kind(compared["kind"]).label,
        "number": compared["number"],
    }
    this_label = _("%(kind)s (round %(number)d)") % {
        "kind": assessment_round.get_kind_display(),
        "number": assessment_round.number,
    }
    is_baseline = assessment_round.kind == AssessmentRound.Kind.BASELINE
    baseline, follow_up = (
        (results["dimensions"], compared["dimensions"])
        if is_baseline
        else (compared["dimensions"], results["dimensions"])
    )
    return mark_safe(  # noqa: S308
        round_comparison(
            baseline,
            follow_up,
            _("Baseline against follow-up"),
            baseline_label=this_label if is_baseline else other_label,
            follow_up_label=other_label if is_baseline else this_label,
        )
    )
