"""The one currency rule: ISO 4217 codes in use, typed in any case, stored upper-case.

Every model that takes a currency declares a `CurrencyField`; its model forms get the matching
form field, so normalising and validating happen in one place.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

ISO_4217 = frozenset(
    [
        "AED",
        "AFN",
        "ALL",
        "AMD",
        "ANG",
        "AOA",
        "ARS",
        "AUD",
        "AWG",
        "AZN",
        "BAM",
        "BBD",
        "BDT",
        "BGN",
        "BHD",
        "BIF",
        "BMD",
        "BND",
        "BOB",
        "BRL",
        "BSD",
        "BTN",
        "BWP",
        "BYN",
        "BZD",
        "CAD",
        "CDF",
        "CHF",
        "CLP",
        "CNY",
        "COP",
        "CRC",
        "CUP",
        "CVE",
        "CZK",
        "DJF",
        "DKK",
        "DOP",
        "DZD",
        "EGP",
        "ERN",
        "ETB",
        "EUR",
        "FJD",
        "FKP",
        "GBP",
        "GEL",
        "GHS",
        "GIP",
        "GMD",
        "GNF",
        "GTQ",
        "GYD",
        "HKD",
        "HNL",
        "HTG",
        "HUF",
        "IDR",
        "ILS",
        "INR",
        "IQD",
        "IRR",
        "ISK",
        "JMD",
        "JOD",
        "JPY",
        "KES",
        "KGS",
        "KHR",
        "KMF",
        "KPW",
        "KRW",
        "KWD",
        "KYD",
        "KZT",
        "LAK",
        "LBP",
        "LKR",
        "LRD",
        "LSL",
        "LYD",
        "MAD",
        "MDL",
        "MGA",
        "MKD",
        "MMK",
        "MNT",
        "MOP",
        "MRU",
        "MUR",
        "MVR",
        "MWK",
        "MXN",
        "MYR",
        "MZN",
        "NAD",
        "NGN",
        "NIO",
        "NOK",
        "NPR",
        "NZD",
        "OMR",
        "PAB",
        "PEN",
        "PGK",
        "PHP",
        "PKR",
        "PLN",
        "PYG",
        "QAR",
        "RON",
        "RSD",
        "RUB",
        "RWF",
        "SAR",
        "SBD",
        "SCR",
        "SDG",
        "SEK",
        "SGD",
        "SHP",
        "SLE",
        "SOS",
        "SRD",
        "SSP",
        "STN",
        "SVC",
        "SYP",
        "SZL",
        "THB",
        "TJS",
        "TMT",
        "TND",
        "TOP",
        "TRY",
        "TTD",
        "TWD",
        "TZS",
        "UAH",
        "UGX",
        "USD",
        "UYU",
        "UZS",
        "VES",
        "VND",
        "VUV",
        "WST",
        "XAF",
        "XCD",
        "XCG",
        "XOF",
        "XPF",
        "YER",
        "ZAR",
        "ZMW",
        "ZWG",
    ]
)


# ISO 4217 minor units where they are not two: the decimals an amount is written with.
MINOR_UNITS = {
    **dict.fromkeys(
        [
            "BIF",
            "CLP",
            "DJF",
            "GNF",
            "ISK",
            "JPY",
            "KMF",
            "KRW",
            "PYG",
            "RWF",
            "UGX",
            "UYI",
            "VND",
            "VUV",
            "XAF",
            "XOF",
            "XPF",
        ],
        0,
    ),
    **dict.fromkeys(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"], 3),
    "CLF": 4,
    "UYW": 4,
}


def minor_units(currency: str | None) -> int:
    """The decimals of `currency` (ISO 4217 exponent): UGX 0, USD 2, KWD 3; 2 when unknown."""
    return MINOR_UNITS.get(normalise_currency(currency), 2)


def amount_format(amount, currency: str | None = "", *, with_code: bool = True) -> str:
    """An amount as the active language writes it, with its currency's minor units:
    510000000 UGX -> "510,000,000 UGX" ("510 000 000 UGX" in French), 120000 USD ->
    "120,000.00 USD"; an empty string for no amount."""
    if amount is None or amount == "":
        return ""
    try:
        value = Decimal(str(amount))
        # Rounded half up to the currency's minor units (number_format would cut them off).
        value = value.quantize(Decimal(1).scaleb(-minor_units(currency)), ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return str(amount)
    if value == 0:
        value = abs(value)  # never "-0 UGX"
    text = number_format(value, decimal_pos=minor_units(currency), force_grouping=True)
    return f"{text}\N{NO-BREAK SPACE}{currency}" if with_code and currency else text


def validate_currency(value: str) -> None:
    if value not in ISO_4217:
        raise ValidationError(
            _("%(value)s is not an ISO 4217 currency code; use one such as USD, EUR or UGX."),
            params={"value": value},
        )


def normalise_currency(value: str | None) -> str:
    """ " usd " -> "USD"; empty stays empty (a blank currency where the field allows it)."""
    return (value or "").strip().upper()


def rate_format(rate: Decimal | None) -> str:
    """An exchange rate as the active language writes numbers, with its significant decimals
    only: 1.080000 -> "1.08" ("1,08" in French), 3700 -> "3,700"."""
    if rate is None:
        return ""
    return number_format(Decimal(rate).normalize(), force_grouping=True)


CURRENCY_HELP = _("Three-letter code, such as USD, EUR or UGX.")


class CurrencyFormField(forms.CharField):
    default_validators = [validate_currency]

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", CURRENCY_HELP)
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocapitalize": "characters"}))
        super().__init__(**kwargs)

    def to_python(self, value):
        return normalise_currency(super().to_python(value))


class CurrencyField(models.CharField):
    """An amount's currency: three letters of ISO 4217, normalised on every full_clean()."""

    default_validators = [validate_currency]

    def __init__(self, *args, **kwargs):
        kwargs["max_length"] = 3
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        del kwargs["max_length"]
        return name, path, args, kwargs

    def to_python(self, value):
        value = super().to_python(value)
        return value if value is None else normalise_currency(value)

    def formfield(self, **kwargs):
        # The model field's own help text would otherwise replace the form field's example.
        kwargs.setdefault("help_text", self.help_text or CURRENCY_HELP)
        return super().formfield(**{"form_class": CurrencyFormField, **kwargs})
