"""The event's reports page: every PDF this person may ask for, in the language they choose,
and the reports made so far. Kinds come from the registry, so each app adds its own."""

from django import forms
from django.conf import settings
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from cdfacil import services
from cdfacil.web import event_page, page_of
from events.permissions import event_view
from events.selectors.reports import offered_reports, report_jobs_offered


class ReportRequestForm(forms.Form):
    report = forms.ChoiceField(label=_("Report"))
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    def __init__(self, *args, offered, **kwargs):
        super().__init__(*args, **kwargs)
        self.offered = {
            f"{kind.name}:{subject.pk}": (kind, subject) for kind, subject, _l in offered
        }
        self.fields["report"].choices = [
            (f"{kind.name}:{subject.pk}", label) for kind, subject, label in offered
        ]


@require_http_methods(["GET", "POST"])
@event_view("events.view_event")
def event_reports(request, event):
    offered = offered_reports(event=event, user=request.user)
    form = ReportRequestForm(
        request.POST or None, offered=offered, initial={"language": event.language}
    )
    if request.method == "POST" and form.is_valid():
        kind, subject = form.offered[form.cleaned_data["report"]]
        job = services.report_request(
            kind=kind,
            subject=subject,
            language=form.cleaned_data["language"],
            by=request.user,
        )
        return redirect("report_job", job.pk)
    labels = {(kind.name, subject.pk): label for kind, subject, label in offered}
    page = page_of(report_jobs_offered(offered=offered), request, size=20)
    for job in page:
        job.label = labels.get((job.kind, job.subject_id), job.kind)
    return event_page(request, event, "events/reports.html", form=form, offered=offered, page=page)
