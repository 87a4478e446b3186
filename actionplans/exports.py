"""The donor portfolio as an XLSX workbook (openpyxl): the plans with their figures in the
reporting currency and the totals, the money per currency, and the rates used with their dates.

Text that people typed (titles) is written as text, never as a formula a spreadsheet would run.
"""

import io

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from actionplans.selectors.donors import Portfolio
from cdfacil.currencies import minor_units, rate_format

PORTFOLIO_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOLD = Font(bold=True)


def money_format(currency: str | None) -> str:
    """The cell format of an amount in `currency`, with its ISO 4217 minor units: "#,##0" for
    UGX, "#,##0.00" for USD. The spreadsheet shows it with its reader's separators."""
    places = minor_units(currency)
    return "#,##0" + ("." + "0" * places if places else "")


def _append(sheet, values, *, bold=False, money=(), currency="", dates=()) -> None:
    """A row; `money` and `dates`: the indexes of its columns of amounts in `currency` and of
    dates."""
    # Control characters pasted into a title: the workbook's XML cannot hold them.
    sheet.append(
        [
            ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
            for value in values
        ]
    )
    for index, cell in enumerate(sheet[sheet.max_row]):
        # A title typed as "=..." stays text: openpyxl would store it as a formula.
        if cell.data_type == "f":
            cell.data_type = "s"
        if bold:
            cell.font = BOLD
        if index in money:
            cell.number_format = money_format(currency)
        if index in dates:
            cell.number_format = "yyyy-mm-dd"


def _widths(sheet, widths) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _missing(row) -> str:
    return ", ".join(code or "—" for code in row.missing)


def portfolio_workbook(portfolio: Portfolio) -> bytes:
    currency = portfolio.currency
    book = Workbook()
    plans = book.active
    plans.title = _("Plans")
    _append(
        plans,
        [
            _("Plan"),
            _("Title"),
            _("Country"),
            _("Sector"),
            _("Year of day 1"),
            _("Phase"),
            _("Version"),
            _("Endorsed on"),
            _("Cost (%(currency)s)") % {"currency": currency},
            _("Pledged (%(currency)s)") % {"currency": currency},
            _("Gap (%(currency)s)") % {"currency": currency},
            _("Funded (%)"),
            _("No rate for"),
        ],
        bold=True,
    )
    for row in portfolio.rows:
        version, reported = row["version"], row["reported"]
        event = version.plan.event
        _append(
            plans,
            [
                row["name"],
                version.snapshot.get("title", ""),
                str(event.country.name),
                event.get_sector_display(),
                event.day1.year,
                event.get_phase_display(),
                version.number,
                # The day of the endorsement where it was held.
                timezone.localtime(version.closed_at, event.tzinfo).date()
                if version.closed_at
                else None,
                reported.cost,
                reported.pledged,
                reported.gap,
                reported.funded_percent,
                _missing(reported),
            ],
            money=(8, 9, 10),
            currency=currency,
            dates=(7,),
        )
    totals = portfolio.totals
    _append(
        plans,
        [
            _("Total (%(count)s plans)") % {"count": len(portfolio.rows)},
            *[None] * 7,
            totals.cost,
            totals.pledged,
            totals.gap,
            totals.funded_percent,
            _missing(totals),
        ],
        bold=True,
        money=(8, 9, 10),
        currency=currency,
    )
    plans.freeze_panes = "B2"
    _widths(plans, [34, 40, 18, 18, 10, 16, 9, 12, 16, 16, 16, 10, 14])

    per_currency = book.create_sheet(_("Per currency"))
    _append(
        per_currency,
        [_("Plan"), _("Currency"), _("Cost"), _("Pledged"), _("Gap"), _("Over-pledged")],
        bold=True,
    )
    for row in portfolio.rows:
        for money in row["funding"]:
            _append(
                per_currency,
                [
                    row["name"],
                    money["currency"],
                    money["cost"],
                    money["pledged"],
                    money["gap"],
                    money["over_pledged"],
                ],
                money=(2, 3, 4, 5),
                currency=money["currency"],
            )
    _widths(per_currency, [34, 10, 18, 18, 18, 18])

    rates = book.create_sheet(_("Rates"))
    _append(rates, [_("Reporting currency"), currency], bold=True)
    _append(rates, [_("Rates as of"), portfolio.on], dates=(1,))
    _append(rates, [])
    _append(
        rates,
        [
            _("Currency"),
            _("One unit in %(currency)s") % {"currency": currency},
            _("Rate of"),
            _("As recorded"),
        ],
        bold=True,
    )
    for rate in portfolio.rates:
        recorded = (
            f"1 {rate.target} = {rate_format(rate.recorded)} {rate.currency}"
            if rate.inverse
            else f"1 {rate.currency} = {rate_format(rate.rate)} {rate.target}"
        )
        _append(rates, [rate.currency, rate.rate, rate.valid_from, recorded], dates=(2,))
    for code in portfolio.totals.missing:
        _append(rates, [code or "—", None, None, _("No rate recorded")])
    _widths(rates, [22, 22, 12, 30])

    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
