"""The run-sheet's arithmetic: a day's sessions as rows with the gaps between them named as
breaks (lunch at midday), what the day adds up to, and who is expected on a day. Pure: no
database access."""

import dataclasses
import datetime

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from events.agenda import day_minutes, minutes_of, time_of

BREAK = "break"
# A pause of at least LUNCH_MINUTES that overlaps this midday window is lunch: that is how
# people read "12:00 ... 14:00" on an agenda, and how the default agenda leaves it.
MIDDAY = (minutes_of(datetime.time(12, 0)), minutes_of(datetime.time(14, 0)))
LUNCH_MINUTES = 30


@dataclasses.dataclass
class Row:
    """One line of a day's run-sheet: a session, or a gap between sessions (`session` None)."""

    start: int  # minutes since midnight
    minutes: int
    session: object = None

    @property
    def starts(self) -> datetime.time:
        return time_of(self.start % (24 * 60))

    @property
    def ends(self) -> datetime.time:
        return time_of((self.start + self.minutes) % (24 * 60))

    @property
    def duration(self) -> str:
        return duration_text(self.minutes)

    @property
    def is_break(self) -> bool:
        return self.session is None or self.session.kind == BREAK

    @property
    def is_lunch(self) -> bool:
        end = self.start + self.minutes
        return self.minutes >= LUNCH_MINUTES and self.start < MIDDAY[1] and end > MIDDAY[0]

    @property
    def label(self) -> str:
        """What a break row says it is: a break session's own title, a gap's kind of pause. A
        break session that kept the default agenda's title ("Break", in whichever language it
        was made) is named like a gap, in the report's language: a lunch is a lunch."""
        if self.session is not None and self.session.title.strip() not in stock_break_titles():
            return self.session.title
        return _("Lunch break") if self.is_lunch else _("Break")


def stock_break_titles() -> set[str]:
    """The default agenda's title of a break, in every language of the site."""
    titles = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            titles.add(_("Break"))
    return titles


@dataclasses.dataclass
class RunSheetDay:
    rows: list[Row]
    session_minutes: int  # the day's sessions, breaks apart
    break_minutes: int  # break sessions and the gaps between sessions

    @property
    def session_time(self) -> str:
        return duration_text(self.session_minutes)

    @property
    def break_time(self) -> str:
        return duration_text(self.break_minutes)


def day_rows(sessions) -> list[Row]:
    """The day's sessions in time order, with a row for each gap between the end of what came
    before and the next start (sessions that overlap leave no gap)."""
    rows, latest = [], None
    for session in sorted(sessions, key=lambda s: minutes_of(s.start_time)):
        start = minutes_of(session.start_time)
        if latest is not None and start > latest:
            rows.append(Row(latest, start - latest))
        rows.append(Row(start, session.duration_minutes, session))
        latest = max(latest or 0, start + session.duration_minutes)
    return rows


def run_sheet_day(sessions) -> RunSheetDay:
    """A day's sessions as the run-sheet's table: its rows and totals."""
    rows = day_rows(sessions)
    work, _breaks = day_minutes(sessions)
    return RunSheetDay(rows, work, sum(row.minutes for row in rows if row.is_break))


def duration_text(minutes: int) -> str:
    """ "5 h 45 min", "3 h", "45 min" in the active language."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _("%(minutes)s min") % {"minutes": rest}
    if not rest:
        return _("%(hours)s h") % {"hours": hours}
    return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": rest}


def expected_roles(sessions, audience_roles: dict) -> frozenset:
    """The roles expected on a day: those some session of the day (breaks apart) is for."""
    return frozenset().union(
        *(audience_roles.get(s.audience, ()) for s in sessions if s.kind != BREAK)
    )


# The sign-in sheet's page, in rows of one line (the CSS gives them 6 mm in all): the first
# page of a day holds the sheet's heading too. Measured on A4 landscape, and kept a row short
# of what fits, so that an estimate a little low never pushes the last row onto a page alone.
SIGN_IN_FIRST_PAGE, SIGN_IN_NEXT_PAGE = 22, 26
# The width of the sign-in sheet's text columns, in characters of its type (name,
# organisation, position, contact); a longer text wraps and its row grows by EXTRA_LINE.
SIGN_IN_COLUMNS = (26, 40, 26, 40)
EXTRA_LINE = 0.45


def sign_in_row_height(texts) -> float:
    """A row's height in one-line rows, from the length of its texts in their columns."""
    lines = max(-(-len(text) // width) for text, width in zip(texts, SIGN_IN_COLUMNS, strict=True))
    return 1 + EXTRA_LINE * (max(lines, 1) - 1)


def walk_in_rows(heights: list[float], *, most: int) -> int:
    """How many blank rows (at most `most`) fit on the day's last page after its list, so that
    the blank rows and the certifying line never start a page of their own."""
    room = SIGN_IN_FIRST_PAGE
    for height in heights:
        if height > room:
            room = SIGN_IN_NEXT_PAGE
        room -= height
    return max(0, min(most, int(room)))
