"""Reads for the reports page: the reports a person may ask for, and those made so far."""

from functools import reduce
from operator import or_

from django.db.models import Q, QuerySet

from cdfacil import reports
from cdfacil.models import ReportJob


def offered_reports(*, event, user) -> list[tuple[reports.ReportKind, object, str]]:
    """(kind, subject, label) for each report this person may ask for on this event."""
    return [
        (kind, subject, label)
        for kind in reports.all_kinds()
        for subject, label in kind.subjects(event, user)
    ]


def report_jobs_offered(*, offered: list) -> QuerySet[ReportJob]:
    """The reports already made of what is offered."""
    if not offered:
        return ReportJob.objects.none()
    pairs = [Q(kind=kind.name, subject_id=subject.pk) for kind, subject, _label in offered]
    return ReportJob.objects.filter(reduce(or_, pairs)).select_related("requested_by")
