"""Check-digit and format rules for barcodes, commodity codes and registration numbers."""

from __future__ import annotations

import re

from stdnum import ean
from stdnum.cn import uscc
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.ru import inn

from heihe_desk.core.domain.errors import N_, Issue

_HS_RE = re.compile(r"^\d{10}(\d{3})?$")
_TNVED_RE = re.compile(r"^\d{10}$")
_KPP_RE = re.compile(r"^\d{4}[\dA-Z]{2}\d{3}$")
_CUSTOMS_REG_RE = re.compile(r"^[0-9A-Z]{10}$")
_SEPARATORS_RE = re.compile(r"[\s.\-]")


def compact(value: str) -> str:
    """Strip the spaces, dots and dashes people type inside numbers."""
    if value and value.isdigit():
        return value  # the usual case, and 4 of them per product: the platform checks 10k products per push
    return _SEPARATORS_RE.sub("", value or "").upper()


def check_barcode(value: str, fld: str = "barcode") -> Issue | None:
    """EAN-13, EAN-8 or UPC-A (12 digits) with a correct check digit."""
    code = compact(value)
    if len(code) not in (8, 12, 13) or not code.isdigit():
        return Issue(fld, N_("Barcode"), N_("must be an EAN-13, EAN-8 or UPC-A number (8, 12 or 13 digits)"),
                     "6901234567892")
    # The code is already plain ASCII-checked digits of a valid length, so stdnum's check digit is all that
    # remains of ean.is_valid (which would clean and re-check the format: half the cost of a product check).
    if not code.isascii() or ean.calc_check_digit(code[:-1]) != code[-1]:
        return Issue(fld, N_("Barcode"), N_("the check digit is wrong; scan the barcode again or retype it"),
                     "6901234567892")
    return None


def check_hs_code(value: str, fld: str = "hs_code") -> Issue | None:
    """China commodity code: 10 digits, optionally 13 (10 + 3-digit CIQ add-on); chapter 01–97, not 77."""
    code = compact(value)
    if not _HS_RE.match(code):
        return Issue(fld, N_("HS code"),
                     N_("must be the 10-digit China commodity code (or 13 digits with the CIQ add-on)"),
                     "0902109000")
    chapter = int(code[:2])
    if not 1 <= chapter <= 97 or chapter == 77:
        return Issue(fld, N_("HS code"), N_("chapter {chapter} does not exist in the HS nomenclature"),
                     "0902109000", {"chapter": code[:2]})
    return None


def check_tnved_code(value: str, hs_code: str = "", fld: str = "tnved_code") -> Issue | None:
    """Russian TN VED EAEU code: 10 digits whose first six agree with the HS subheading."""
    code = compact(value)
    if not _TNVED_RE.match(code):
        return Issue(fld, N_("TN VED code"), N_("must be the 10-digit EAEU TN VED code"), "0902100000")
    hs = compact(hs_code)
    if len(hs) >= 6 and hs[:6] != code[:6]:
        return Issue(fld, N_("TN VED code"),
                     N_("its first 6 digits must equal the HS code's first 6 digits ({hs6})"),
                     hs[:6] + "0000", {"hs6": hs[:6]})
    return None


def check_inn(value: str, company: bool, fld: str = "inn") -> Issue | None:
    """Russian INN: 10 digits for organisations, 12 for individuals and sole traders, with check digits."""
    code = compact(value)
    lengths = (10, 12) if company else (12,)
    example = "7707083893" if company else "500100732259"
    if not code.isdigit() or len(code) not in lengths:
        rule = (N_("must be 10 digits (organisation) or 12 digits (sole trader)") if company
                else N_("must be 12 digits for a private person"))
        return Issue(fld, N_("INN"), rule, example)
    try:
        inn.validate(code)
    except StdnumError:
        return Issue(fld, N_("INN"), N_("the check digits are wrong; copy the INN again from the contract"),
                     example)
    return None


def check_kpp(value: str, fld: str = "kpp") -> Issue | None:
    """Russian KPP: 9 characters, 4 digits, 2 digits or letters, 3 digits (no check digit exists)."""
    if not _KPP_RE.match(compact(value)):
        return Issue(fld, N_("KPP"), N_("must be 9 characters: 4 digits, 2 digits or letters, 3 digits"),
                     "770701001")
    return None


def check_uscc(value: str, fld: str = "uscc") -> Issue | None:
    """China Unified Social Credit Code: 18 characters with a check character (GB 32100-2015)."""
    code = compact(value)
    if len(code) != 18:
        return Issue(fld, N_("Unified social credit code"), N_("must be 18 characters"),
                     "91110000600037341L")
    try:
        uscc.validate(code)
    except StdnumError:
        return Issue(fld, N_("Unified social credit code"),
                     N_("the check character is wrong; copy it again from the business licence"),
                     "91110000600037341L")
    return None


def check_customs_reg_code(value: str, fld: str = "customs_code") -> Issue | None:
    """China customs registration code (海关注册编码) of an enterprise: 10 digits or capital letters."""
    if not _CUSTOMS_REG_RE.match(compact(value)):
        return Issue(fld, N_("Customs registration code"), N_("must be 10 digits or capital letters"),
                     "2311960ABC")
    return None
