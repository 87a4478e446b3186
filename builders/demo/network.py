"""The demo network (see `builders.demo.network_content`): the three demo events in a basket
fund's programme of twelve members across Kenya, Tanzania and Uganda, last year's shared-needs
round published, this year's open and closing in a week with ballots from nine members, two
clusters with their work plans, a half-year reported and the current one open, and the demo
donor's pledges.

The network's pages are built on services of their own; the demo writes the rows directly, as
the builders do, keeping every rule of the models true, and dates them relative to today.
"""

import datetime
import zoneinfo
from decimal import Decimal

from django.utils import timezone

from actionplans.models import Action, PlanVersion
from assessments.models import translated
from assessments.selectors.results import round_results
from builders.demo.content import FOLLOW_UP_TITLE
from builders.demo.network_content import (
    ACTIVITIES,
    BALLOTS,
    CLUSTERS,
    LAST_YEAR_BALLOTS,
    LAST_YEAR_NEEDS,
    LEFT_CLUSTER,
    MEMBERS,
    NEEDS,
    NETWORK_ACRONYM,
    NETWORK_DESCRIPTION,
    NETWORK_NAME,
    NETWORK_ORGANISATIONS,
    NETWORK_PEOPLE,
    NETWORK_PLEDGES,
    NETWORK_TIME_ZONE,
    OPEN_PERIOD_REPORTED,
    PLAN_NEEDS,
)
from cdfacil.models import Organisation, User
from events.models import Event
from networks.models import (
    Activity,
    ActivityReport,
    Allocation,
    AllocationLine,
    Candidate,
    Cluster,
    ClusterMembership,
    FocusArea,
    NeedsRound,
    Network,
    NetworkEvent,
    NetworkMember,
    NetworkPledge,
    ReportingPeriod,
    Representative,
    SecretariatSeat,
    SharedNeed,
)
from networks.selectors.needs import round_ranking

DAY = datetime.timedelta(days=1)


def network_people(user_of) -> tuple[dict[str, User], dict[str, Organisation]]:
    """The network's organisations that the demo's events do not have, and its people, made
    once (their passwords reset to the demo's every time by `user_of`)."""
    orgs = {
        key: Organisation.objects.get_or_create(
            name=name, country=country, defaults={"acronym": acronym, "kind": kind}
        )[0]
        for key, (name, acronym, kind, country) in NETWORK_ORGANISATIONS.items()
    }
    users = {
        username: user_of(username, first, last, orgs[org], job)
        for username, (first, last, org, job) in NETWORK_PEOPLE.items()
    }
    return users, orgs


def _months(day: datetime.date, months: int) -> datetime.date:
    """The first of the month `months` after (or before) `day`'s month."""
    year, month = divmod(day.month - 1 + months, 12)
    return datetime.date(day.year + year, month + 1, 1)


def _half_year(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    start = datetime.date(day.year, 1 if day.month <= 6 else 7, 1)
    return start, _months(start, 6) - DAY


class _Story:
    """The network's rows, built in order; `now` and `today` in the secretariat's zone."""

    def __init__(self, users, orgs):
        self.users, self.orgs = users, orgs
        self.tz = zoneinfo.ZoneInfo(NETWORK_TIME_ZONE)
        self.now = timezone.now()
        self.today = timezone.localtime(self.now, self.tz).date()

    def at(self, day: datetime.date, hour: int = 10) -> datetime.datetime:
        return datetime.datetime.combine(day, datetime.time(hour), tzinfo=self.tz)

    def ago(self, days: float) -> datetime.datetime:
        return self.now - datetime.timedelta(days=days)

    def build(self) -> Network:
        secretariat = self.users["secretariat"]
        self.network = Network.objects.create(
            name=NETWORK_NAME,
            acronym=NETWORK_ACRONYM,
            description=NETWORK_DESCRIPTION,
            language="en",
            time_zone=NETWORK_TIME_ZONE,
        )
        Network.objects.filter(pk=self.network.pk).update(created_at=self.ago(3 * 365))
        for username in ("secretariat", "secretariat2"):
            SecretariatSeat.objects.create(network=self.network, user=self.users[username])
        self.members = {}
        for key, username in MEMBERS.items():
            member = NetworkMember.objects.create(network=self.network, organisation=self.orgs[key])
            member.rep = self.users[username]
            Representative.objects.create(member=member, user=member.rep)
            self.members[key] = member
        NetworkMember.objects.filter(network=self.network).update(joined_at=self.ago(3 * 365))
        self.events = {event.title: event for event in Event.objects.all()}
        for event in self.events.values():
            NetworkEvent.objects.create(network=self.network, event=event, added_by=secretariat)
        last_year = self._last_year()
        this_year = self._this_year(last_year)
        self._clusters(this_year)
        self._periods()
        self._pledges()
        return self.network

    # The rounds -------------------------------------------------------------------------------

    def _needs(self, needs_round, needs: dict, continues=None) -> dict[str, SharedNeed]:
        made = {}
        for key, (title, theme, level, *rest) in needs.items():
            # This year's needs name last year's need they carry on, before their members.
            carried = continues[rest[0]] if continues and rest[0] else None
            made[key] = SharedNeed.objects.create(
                round=needs_round,
                title=title,
                theme=theme,
                level=level,
                continues=carried,
                created_by=self.users["secretariat"],
            )
        return made

    def _member_candidates(self, needs_round, needs: dict, made: dict) -> None:
        Candidate.objects.bulk_create(
            Candidate(
                round=needs_round,
                source=Candidate.Source.MEMBER,
                title=need[0],
                description=f"Raised by {self.orgs[key].name} for its own staff and partners.",
                level=need[2],
                theme=need[1],
                method="mentoring" if need[2] == "individual" else "coaching",
                urgency=Candidate.Urgency.HIGH if n == 0 else Candidate.Urgency.MEDIUM,
                member=self.members[key],
                submitted_by=self.members[key].rep,
                shared_need=made[need_key],
            )
            for need_key, need in needs.items()
            for n, key in enumerate(need[-1])
        )

    def _ballots(self, needs_round, ballots: dict, needs: dict, cast_at) -> None:
        for key, points in ballots.items():
            member = self.members[key]
            allocation = Allocation.objects.create(
                round=needs_round, member=member, cast_by=member.rep
            )
            AllocationLine.objects.bulk_create(
                AllocationLine(allocation=allocation, need=needs[need], points=value)
                for need, value in points.items()
            )
        Allocation.objects.filter(round=needs_round).update(updated_at=cast_at)

    def _last_year(self) -> dict[str, SharedNeed]:
        """Last year's round, published a year ago, its result frozen from eleven ballots."""
        closed = self.ago(365)
        needs_round = NeedsRound.objects.create(
            network=self.network,
            year=self.today.year - 1,
            status=NeedsRound.Status.PUBLISHED,
            opened_at=closed - datetime.timedelta(days=35),
            closes_at=closed,
            closed_at=closed,
            published_at=closed + datetime.timedelta(days=12),
            created_by=self.users["secretariat"],
        )
        needs = self._needs(needs_round, LAST_YEAR_NEEDS)
        self._member_candidates(needs_round, LAST_YEAR_NEEDS, needs)
        self._ballots(needs_round, LAST_YEAR_BALLOTS, needs, closed - datetime.timedelta(days=4))
        # As publishing froze it, ranked by points, then by the members behind each need.
        needs_round.result = round_ranking(round_=needs_round)
        needs_round.save(update_fields=["result"])
        SharedNeed.objects.filter(round=needs_round).update(
            created_at=closed - datetime.timedelta(days=10)
        )
        Candidate.objects.filter(round=needs_round).update(
            created_at=closed - datetime.timedelta(days=25),
            updated_at=closed - datetime.timedelta(days=10),
        )
        NeedsRound.objects.filter(pk=needs_round.pk).update(
            created_at=closed - datetime.timedelta(days=40)
        )
        return needs

    def _this_year(self, last_year: dict) -> NeedsRound:
        """This year's round, open three weeks and closing in a week: ten shared needs from the
        members' candidates and the published plan of the district health services event,
        ballots from nine members, and one candidate of yesterday not yet consolidated."""
        opened = self.ago(21)
        needs_round = NeedsRound.objects.create(
            network=self.network,
            year=self.today.year,
            status=NeedsRound.Status.OPEN,
            opened_at=opened,
            closes_at=self.at(self.today + 7 * DAY, 17),
            created_by=self.users["secretariat"],
        )
        self.needs = self._needs(needs_round, NEEDS, continues=last_year)
        self._member_candidates(needs_round, NEEDS, self.needs)
        self._plan_candidates(needs_round)
        khf = self.members["khf"]
        Candidate.objects.create(
            round=needs_round,
            source=Candidate.Source.MEMBER,
            title="Accreditation of private laboratories",
            description="Private laboratories in Nairobi and Mombasa wait years for accreditation.",
            level="institutional",
            theme="Quality of care",
            urgency=Candidate.Urgency.MEDIUM,
            concerned="Private laboratories, the Kenya Medical Laboratory Technicians Board",
            member=khf,
            submitted_by=khf.rep,
        )
        self._ballots(needs_round, BALLOTS, self.needs, self.ago(3))
        SharedNeed.objects.filter(round=needs_round).update(created_at=opened + 10 * DAY)
        Candidate.objects.filter(round=needs_round, shared_need__isnull=False).update(
            created_at=opened + 3 * DAY, updated_at=opened + 10 * DAY
        )
        Candidate.objects.filter(round=needs_round, shared_need__isnull=True).update(
            created_at=self.ago(1), updated_at=self.ago(1)
        )
        NeedsRound.objects.filter(pk=needs_round.pk).update(created_at=opened - 2 * DAY)
        return needs_round

    def _plan_candidates(self, needs_round) -> None:
        """The key issues and the two largest gaps of the endorsed, published plan of the event
        held some months ago, each in the shared need it went into."""
        event = self.events[FOLLOW_UP_TITLE]
        version = (
            PlanVersion.objects.filter(plan__event=event, published_at__isnull=False)
            .order_by("-number")
            .first()
        )
        # Pulled by the secretariat.
        plan = dict(event=event, plan_version=version, submitted_by=self.users["secretariat"])
        for issue, need in zip(
            event.key_issues.order_by("pk"), PLAN_NEEDS["key_issues"], strict=True
        ):
            Candidate.objects.create(
                round=needs_round,
                source=Candidate.Source.KEY_ISSUE,
                title=issue.title,
                description=issue.description,
                key_issue=issue,
                shared_need=self.needs[need],
                **plan,
            )
        assessment_round = event.assessment_rounds.filter(number=1).first()
        rows = round_results(assessment_round=assessment_round)["priorities"]
        for row, need in zip(rows[: len(PLAN_NEEDS["gaps"])], PLAN_NEEDS["gaps"], strict=True):
            Candidate.objects.create(
                round=needs_round,
                source=Candidate.Source.GAP,
                title=translated(row["text"], "en")[:200],
                question_code=row["code"],
                gap=Decimal(str(row["gap"])).quantize(Decimal("0.01")),
                shared_need=self.needs[need],
                **plan,
            )

    # The clusters and their work --------------------------------------------------------------

    def _clusters(self, this_year) -> None:
        self.clusters, self.focus_areas = {}, {}
        for key, (theme, description, convener, focal, joined, areas) in CLUSTERS.items():
            cluster = Cluster.objects.create(
                network=self.network,
                theme=theme,
                description=description,
                convener=self.orgs[convener],
                focal_person=self.users[focal],
            )
            Cluster.objects.filter(pk=cluster.pk).update(created_at=self.ago(20 * 30 + 5))
            ClusterMembership.objects.bulk_create(
                ClusterMembership(
                    cluster=cluster, member=self.members[member], joined_at=self.ago(months * 30)
                )
                for member, months in joined.items()
            )
            self.clusters[key] = cluster
            for order, (title, needs) in enumerate(areas):
                area = FocusArea.objects.create(cluster=cluster, title=title, order=order)
                area.priorities.set([self.needs[need] for need in needs])
                self.focus_areas[key, order] = area
        self.activities = {}
        for row in ACTIVITIES:
            cluster, member, partners, title, country, region, start, months = row[:8]
            status, budget, currency, own_funds, areas, action = row[8:]
            starts_on = _months(self.today, start)
            activity = Activity.objects.create(
                cluster=self.clusters[cluster],
                member=self.members[member],
                title=title,
                country=country,
                region=region,
                starts_on=starts_on,
                ends_on=_months(starts_on, months) - DAY,
                status=status,
                budget=Decimal(budget),
                currency=currency,
                own_funds=Decimal(own_funds),
                action=self._action(action),
                created_by=self.members[member].rep,
            )
            activity.partners.set([self.members[partner] for partner in partners])
            activity.focus_areas.set([self.focus_areas[cluster, index] for index in areas])
            self.activities[title] = activity
        Activity.objects.filter(cluster__network=self.network).update(
            created_at=self.ago(20 * 30), updated_at=self.ago(30)
        )

    def _action(self, title):
        if title is None:
            return None
        return Action.objects.get(
            output__objective__plan__event__title=FOLLOW_UP_TITLE, title=title
        )

    def _periods(self) -> None:
        """Per cluster: the last half-year closed and submitted with a report on every activity
        under way in it; the one after open, due in three weeks, some members reported."""
        # The half-year being reported on: the one of six weeks ago, so that in January it is
        # the one just ended (its reports due this month), from mid-February the current one.
        current_start, current_end = _half_year(self.today - 45 * DAY)
        last_start, last_end = _half_year(current_start - DAY)
        closed_at = self.at(last_end + 20 * DAY, 17)
        submitted_at = self.at(last_end + 24 * DAY, 11)
        for key, cluster in self.clusters.items():
            opener = self.members[CLUSTERS[key][2]].rep
            done = ReportingPeriod.objects.create(
                cluster=cluster,
                starts_on=last_start,
                ends_on=last_end,
                due_at=self.at(last_end + 15 * DAY, 17),
                opened_by=opener,
                closed_at=closed_at,
                submitted_at=submitted_at,
                summary="Work on track in most districts; funding for the planned activities is "
                "still short, as the gaps show.",
            )
            current = ReportingPeriod.objects.create(
                cluster=cluster,
                starts_on=current_start,
                ends_on=current_end,
                due_at=self.at(self.today + 21 * DAY, 17),
                opened_by=opener,
            )
            ReportingPeriod.objects.filter(pk=done.pk).update(
                opened_at=self.at(last_end - 14 * DAY)
            )
            ReportingPeriod.objects.filter(pk=current.pk).update(opened_at=self.ago(10))
            activities = [a for a in self.activities.values() if a.cluster_id == cluster.pk]
            self._reports(done, activities, submitted_at - 10 * DAY)
            reporters = {self.members[member].pk for member in OPEN_PERIOD_REPORTED[key]}
            self._reports(current, [a for a in activities if a.member_id in reporters], self.ago(2))
        cluster, member = LEFT_CLUSTER
        left_at = closed_at + (self.now - closed_at) / 2
        ClusterMembership.objects.filter(
            cluster=self.clusters[cluster], member=self.members[member]
        ).update(left_at=left_at)

    def _reports(self, period, activities, submitted_at) -> None:
        """A report on each activity under way in the period, its progress as of the period's
        end (or today), its spending in proportion."""
        until = min(period.ends_on, self.today)
        reports = []
        for activity in activities:
            if activity.starts_on > until or activity.ends_on < period.starts_on:
                continue
            length = (activity.ends_on - activity.starts_on).days or 1
            percent = min(100, round(100 * (until - activity.starts_on).days / length))
            status = Activity.Status.DONE if percent >= 100 else Activity.Status.ONGOING
            workforce = activity.cluster.theme.startswith("Health workforce")
            reports.append(
                ActivityReport(
                    period=period,
                    activity=activity,
                    member=activity.member,
                    status=status,
                    percent_done=percent,
                    narrative=(
                        "Completed as planned; the participants' follow-up visits are booked."
                        if status == Activity.Status.DONE
                        else "On track; two sessions moved by a month for the district's "
                        "budget calendar."
                    ),
                    result_value=Decimal(max(1, percent // (4 if workforce else 10))),
                    result_unit="health workers mentored or trained"
                    if workforce
                    else "districts using the approach",
                    funds_spent=(activity.budget * percent / 100 * Decimal("0.8")).quantize(
                        Decimal("1")
                    ),
                    currency=activity.currency,
                    submitted_by=activity.member.rep,
                )
            )
        ActivityReport.objects.bulk_create(reports)
        ActivityReport.objects.filter(period=period).update(submitted_at=submitted_at)

    def _pledges(self) -> None:
        donor = self.users["donor"]
        for target, amount, currency, status, note in NETWORK_PLEDGES:
            NetworkPledge.objects.create(
                focus_area=self.focus_areas[target] if isinstance(target, tuple) else None,
                activity=self.activities[target] if isinstance(target, str) else None,
                donor=donor,
                organisation=donor.organisation,
                amount=Decimal(amount),
                currency=currency,
                status=status,
                note=note,
            )
        NetworkPledge.objects.filter(donor=donor).update(created_at=self.ago(40))


def demo_network(users: dict, orgs: dict) -> Network | None:
    """The demo network with the three demo events in it, unless it is there already (None)."""
    if Network.objects.filter(name=NETWORK_NAME).exists():
        return None
    return _Story(users, orgs).build()
