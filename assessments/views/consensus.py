"""The consensus session of a round: the questions by agreement, and recording a group score."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from assessments import dot_plot, scoring
from assessments.forms.answers import RATING_CHOICES
from assessments.forms.consensus import ConsensusForm, ProjectorConsensusForm
from assessments.models import translated
from assessments.selectors import answers as answer_selectors
from assessments.selectors import consensus as consensus_selectors
from assessments.selectors import rounds as round_selectors
from assessments.services import consensus as consensus_services
from cdfacil.web import form_saved, model_form_page, object_view


@object_view("assessments.manage_round", load=round_selectors.round_for)
def consensus(request, assessment_round):
    return render(
        request,
        "assessments/consensus.html",
        {
            "event": assessment_round.event,
            "round": assessment_round,
            "rows": consensus_selectors.question_agreement(assessment_round=assessment_round),
            "submitted_count": round_selectors.submitted_count(assessment_round=assessment_round),
        },
    )


@object_view("assessments.manage_round", load=round_selectors.round_for)
def consensus_question(request, assessment_round, question_pk):
    question = answer_selectors.round_question(
        version_id=assessment_round.version_id, pk=question_pk
    )
    if question is None:
        raise Http404
    shown = consensus_selectors.projector_question(
        assessment_round=assessment_round, question_pk=question.pk
    )
    return model_form_page(
        request,
        event=assessment_round.event,
        form=ConsensusForm(request.POST or None, initial=_proposal(shown)),
        save=lambda form: consensus_services.consensus_record(
            assessment_round=assessment_round,
            question=question,
            by=request.user,
            **form.cleaned_data,
        ),
        title=_("Consensus on %(code)s") % {"code": question.code},
        success_message=_("Consensus recorded for %(code)s.") % {"code": question.code},
        # Back to the question's row, not to the top of the list.
        done_url=f"{_consensus_url(assessment_round)}#q{question.pk}",
        intro=str(question),
    )


# --- The projector: one question per screen, least agreement first ---------------------------


def _projector_url(assessment_round, question_pk: int) -> str:
    return reverse(
        "assessments:consensus_projector",
        args=[assessment_round.event_id, assessment_round.pk, question_pk],
    )


def _consensus_url(assessment_round) -> str:
    return reverse("assessments:consensus", args=[assessment_round.event_id, assessment_round.pk])


@object_view("assessments.manage_round", load=round_selectors.round_for)
def consensus_projector_start(request, assessment_round):
    """The projector opens on the question with the least agreement still without consensus;
    with consensus on every question, back to the list, which says so."""
    rows = consensus_selectors.question_agreement(assessment_round=assessment_round)
    row = consensus_selectors.next_open(rows, after=None)
    if row is None:
        messages.info(request, _("Consensus is recorded on every question."))
        return redirect(_consensus_url(assessment_round))
    return redirect(_projector_url(assessment_round, row["question"].pk))


def _proposal(shown: dict) -> dict:
    """What the form starts from: the recorded consensus, else the members' medians and a
    rationale that says what the discussion started from (typed over as the group decides)."""
    if shown["consensus"]:
        score = shown["consensus"]
        return {
            "current": score.current,
            "desired": score.desired,
            "rationale": score.rationale,
            "dissent": score.dissent,
        }
    if not shown["count"] and not shown["desired"]["count"]:
        return {"rationale": _("Discussed in the room: no member could rate it alone.")}
    return {
        "current": scoring.rounded_median(shown),
        "desired": scoring.rounded_median(shown["desired"]),
        "rationale": _(
            "Discussed in the room from the members' ratings (current %(current)s, "
            "desired %(desired)s)."
        )
        % {
            "current": scoring.rating_range(shown),
            "desired": scoring.rating_range(shown["desired"]),
        },
    }


def _dot_plot(shown: dict) -> str:
    def summary(name, ratings, agreement):
        if not ratings:
            return _("%(name)s: no rating") % {"name": name}
        return _("%(name)s: %(ratings)s (spread %(spread)s, median %(median)s)") % {
            "name": name,
            "ratings": ", ".join(str(value) for value in ratings),
            "spread": agreement["spread"],
            "median": floatformat(agreement["median"], -1),
        }

    series = [
        (_("Current"), shown["current_ratings"], shown),
        (_("Desired"), shown["desired_ratings"], shown["desired"]),
    ]
    # Ours, drawn from numbers, every text escaped by the XML serialiser: safe to show as is.
    return mark_safe(  # noqa: S308
        dot_plot.rating_dot_plot(
            [(name, ratings, summary(name, ratings, part)) for name, ratings, part in series],
            [str(label) for _value, label in RATING_CHOICES],
            _("The members' ratings, without names"),
            spread_label=_("spread %(spread)s"),
        )
    )


@object_view("assessments.manage_round", load=round_selectors.round_for)
def consensus_projector(request, assessment_round, question_pk):
    """One question on the projector: the members' ratings as dots, what they wrote, the four
    descriptors and the agree form, prefilled. Saving goes on to the next question without
    consensus, least agreement first."""
    shown = consensus_selectors.projector_question(
        assessment_round=assessment_round, question_pk=question_pk
    )
    if shown is None:
        raise Http404
    question, following = shown["question"], shown["next"]
    form = ProjectorConsensusForm(request.POST or None, initial=_proposal(shown))
    done = form_saved(
        request,
        form,
        save=lambda form: consensus_services.consensus_record(
            assessment_round=assessment_round,
            question=question,
            by=request.user,
            **form.cleaned_data,
        ),
        success_message=_("Consensus recorded for %(code)s.") % {"code": question.code},
        done_url=_projector_url(assessment_round, following["question"].pk)
        if following
        else _consensus_url(assessment_round),
    )
    if done:
        return done
    descriptors = translated(question.descriptors) or []
    return render(
        request,
        "assessments/consensus_projector.html",
        {
            "event": assessment_round.event,
            "round": assessment_round,
            "shown": shown,
            "question": question,
            "form": form,
            "rating_fields": [(form["current"], shown), (form["desired"], shown["desired"])],
            "text_fields": [form["rationale"], form["dissent"]],
            "dot_plot": _dot_plot(shown),
            "scale": [
                {"value": value, "label": label, "descriptor": text}
                for (value, label), text in zip(
                    RATING_CHOICES,
                    [*descriptors, "", "", "", ""][: len(RATING_CHOICES)],
                    strict=True,
                )
            ],
            "skip_url": _projector_url(assessment_round, following["question"].pk)
            if following
            else None,
            "list_url": _consensus_url(assessment_round),
        },
    )
