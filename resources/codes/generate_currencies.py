"""Regenerate currencies.json from ISO 4217 (pycountry) and CLDR names (babel).

Run from the repository root:
    pip install pycountry babel && python resources/codes/generate_currencies.py
"""

from __future__ import annotations

import sys
from importlib.metadata import version

sys.dont_write_bytecode = True  # keep resources/ free of __pycache__, it is bundled as data

from generate_countries import cldr_label, cldr_locales, write_table  # noqa: E402

# Codes in ISO 4217 that are not money a trader is paid in: precious metals,
# bond-market units, SDR-like baskets, testing/no-currency codes and fund codes.
# fmt: off
NOT_IN_USE = {
    "XAG", "XAU", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA", "XAD",
    "XTS", "XXX", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",
}

# ISO 4217 minor units that differ from 2. CLDR's "digits" are deliberately not
# used: CLDR rounds some currencies (e.g. IQD) differently from ISO.
MINOR_UNITS = {
    **dict.fromkeys(["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW",
                     "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"], 0),
    **dict.fromkeys(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"], 3),
}
# fmt: on

# Legacy China Customs numeric currency codes confirmed in docs reference
# customs-domain §1.7 [TP-CONST]. RUB is absent on purpose: no source confirms it.
CUSTOMS_NUMERIC = {
    "CNY": "142",
    "HKD": "110",
    "JPY": "116",
    "EUR": "300",
    "GBP": "303",
    "USD": "502",
    "AUD": "601",
}

# CLDR has no Russian name for these; filled by hand.
RU_FALLBACK = {"VED": "цифровой боливар"}


def main() -> None:
    import pycountry

    zh, ru, en = cldr_locales()
    entries = []
    for c in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        code = c.alpha_3
        if code in NOT_IN_USE:
            continue
        entry = {
            "code": code,
            "zh": zh.currencies.get(code) or c.name,
            "ru": ru.currencies.get(code) or RU_FALLBACK[code],
            "en": en.currencies.get(code) or c.name,
            "iso_numeric": c.numeric,
            "minor_units": MINOR_UNITS.get(code, 2),
        }
        if code in CUSTOMS_NUMERIC:
            entry["customs_numeric"] = CUSTOMS_NUMERIC[code]
        entries.append(entry)
    path = write_table(
        "currencies",
        source=(
            f"ISO 4217 current codes from pycountry {version('pycountry')} (Debian iso-codes "
            f"data), without metals, funds and testing codes; names in zh_CN/ru/en from "
            f"{cldr_label()}; minor_units per ISO 4217; customs_numeric = legacy China "
            "Customs currency codes as listed in docs reference customs-domain §1.7 "
            "[TP-CONST]; regenerate with generate_currencies.py"
        ),
        note=(
            "RUB has no customs_numeric: the often quoted legacy code is not confirmed by "
            "any source examined, so the app must ask the platform or the user. Which form "
            "(legacy numeric or ISO alpha) the Heihe platform expects in CEB currency fields "
            "is unverified. minor_units were transcribed from ISO 4217, not generated. "
            "The Russian name of VED is not in CLDR and was written by hand."
        ),
        entries=entries,
    )
    print(f"wrote {path.name}: {len(entries)} entries")


if __name__ == "__main__":
    main()
