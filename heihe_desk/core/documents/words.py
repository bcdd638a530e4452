"""Amounts in words for documents: Chinese 大写金额 (cn2an), Russian (pytils), English (num2words)."""

from __future__ import annotations

from decimal import Decimal

from pytils import numeral

from heihe_desk.core.domain.money import minor_digits, to_minor

#: Russian forms (one, few, many) and grammatical gender of major and minor units.
#: юань, фэнь, рубль, доллар, цент are masculine; копейка feminine; евро is indeclinable.
RU_UNITS: dict[str, tuple[tuple[str, str, str], int, tuple[str, str, str]]] = {
    "RUB": (("рубль", "рубля", "рублей"), numeral.MALE, ("копейка", "копейки", "копеек")),
    "CNY": (("юань", "юаня", "юаней"), numeral.MALE, ("фэнь", "фэня", "фэней")),
    "USD": (("доллар США", "доллара США", "долларов США"), numeral.MALE, ("цент", "цента", "центов")),
    "EUR": (("евро", "евро", "евро"), numeral.MALE, ("евроцент", "евроцента", "евроцентов")),
}
#: English (singular, plural) of major and minor units.
EN_UNITS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "RUB": (("rouble", "roubles"), ("kopeck", "kopecks")),
    "CNY": (("yuan", "yuan"), ("fen", "fen")),
    "USD": (("US dollar", "US dollars"), ("cent", "cents")),
    "EUR": (("euro", "euros"), ("cent", "cents")),
}
#: Chinese (currency name, major unit, minor unit) for non-RMB amounts: 壹佰卢布伍拾戈比.
ZH_UNITS: dict[str, tuple[str, str]] = {"RUB": ("卢布", "戈比"), "USD": ("美元", "美分"), "EUR": ("欧元", "欧分")}


def amount_in_words(amount: Decimal, currency: str, lang: str) -> str:
    """The amount written out as on a payment document in ``lang`` (zh_CN, ru or en).

    Raises TypeError for a float (money is never a float) and ValueError for more decimals than the
    currency has.
    """
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount must be a Decimal, not {type(amount).__name__}")
    return minor_in_words(to_minor(amount, currency), currency, lang)


def minor_in_words(minor: int, currency: str, lang: str) -> str:
    """Like amount_in_words, from integer minor units (fen, kopecks)."""
    currency = currency.upper()
    sign, minor = ("-" if minor < 0 else ""), abs(minor)
    digits = minor_digits(currency)
    major, cents = divmod(minor, 10**digits)
    if lang == "zh_CN":
        text = _zh(major, cents, minor, currency)
        return ("负" if sign else "") + text
    if lang == "ru":
        text = _ru(major, cents, digits, currency)
        return _capital(("минус " if sign else "") + text)
    if lang == "en":
        text = _en(major, cents, currency)
        return _capital(("minus " if sign else "") + text)
    raise ValueError(f"no amounts in words for language {lang!r}")


def _zh(major: int, cents: int, minor: int, currency: str) -> str:
    import cn2an  # imported on first use: it takes ~0.15 s, and most sessions never print Chinese words

    if currency == "CNY":
        # The standard RMB form (支付结算办法): 元/角/分, "整" after whole yuan.
        return "人民币" + str(cn2an.an2cn(str(Decimal(minor).scaleb(-2)), "rmb"))
    name, minor_unit = ZH_UNITS.get(currency, (currency, ""))
    text = str(cn2an.an2cn(str(major), "up")) + name
    if cents and minor_unit:
        return text + str(cn2an.an2cn(str(cents), "up")) + minor_unit
    return text + "整"


def _ru(major: int, cents: int, digits: int, currency: str) -> str:
    if currency not in RU_UNITS:
        plain = f"{numeral.in_words(major)} {currency}"
        return plain + (f" {cents:0{digits}d}" if digits else "")
    forms, gender, minor_forms = RU_UNITS[currency]
    # sum_string agrees the number with the unit's gender and picks the right case form ("два юаня").
    text = str(numeral.sum_string(major, gender, forms))
    if digits:
        # Russian accounting writes the minor part in digits: "… рублей 05 копеек".
        text += f" {cents:0{digits}d} {numeral.choose_plural(cents, minor_forms)}"
    return text


def _en(major: int, cents: int, currency: str) -> str:
    from num2words import num2words  # imported on first use (~50 ms)

    (one, many), (minor_one, minor_many) = EN_UNITS.get(currency, ((currency, currency), ("", "")))
    text = f"{num2words(major, lang='en')} {one if major == 1 else many}"
    if cents and minor_one:
        text += f" and {num2words(cents, lang='en')} {minor_one if cents == 1 else minor_many}"
    return text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
