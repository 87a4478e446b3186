"""The consensus session of a round: the questions by agreement, and recording a group score."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from assessments.forms.consensus import ConsensusForm
from assessments.selectors import answers as answer_selectors
from assessments.selectors import consensus as consensus_selectors
from assessments.selectors import rounds as round_selectors
from assessments.services import consensus as consensus_services
from cdfacil.web import model_form_page, object_view


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
    existing = consensus_selectors.consensus_of(
        assessment_round=assessment_round, question=question
    )
    initial = (
        {
            "current": existing.current,
            "desired": existing.desired,
            "rationale": existing.rationale,
            "dissent": existing.dissent,
        }
        if existing
        else {}
    )
    return model_form_page(
        request,
        event=assessment_round.event,
        form=ConsensusForm(request.POST or None, initial=initial),
        save=lambda form: consensus_services.consensus_record(
            assessment_round=assessment_round,
            question=question,
            by=request.user,
            **form.cleaned_data,
        ),
        title=_("Consensus on %(code)s") % {"code": question.code},
        success_message=_("Consensus recorded for %(code)s.") % {"code": question.code},
        done_url=reverse(
            "assessments:consensus", args=[assessment_round.event_id, assessment_round.pk]
        ),
        intro=str(question),
    )
