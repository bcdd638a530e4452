"""A readable copy of a list declaration (清单, CEB603): head and lines as declared, for the PDF renderer."""

from __future__ import annotations

from decimal import Decimal

from heihe_desk.core.customs.codes import CodeTables, ceb_country, ceb_currency, code_tables
from heihe_desk.core.customs.formats import clean_text
from heihe_desk.core.customs.model import DeclarationSettings, ParcelDeclarationInput
from heihe_desk.core.customs.split import base_cop_no
from heihe_desk.core.domain import identifiers as ids
from heihe_desk.core.domain.declaration_copy import DeclarationCopy, DeclarationCopyLine


def _unit(code: str, tables: CodeTables) -> str:
    code = code.strip()
    name = tables.unit_name(code) if code else ""
    return f"{code} {name}".strip()


def declaration_copy_data(parcel: ParcelDeclarationInput, settings: DeclarationSettings | None = None, *,
                          status: str = "", number: str = "", tables: CodeTables | None = None) -> DeclarationCopy:
    """The copy of a parcel's list declaration as it is (or would be) declared; works for drafts too.

    Lines keep their order-wide numbers 1…n even when the message splits them over several entities.
    """
    s = settings or DeclarationSettings()
    tables = tables or code_tables()
    currency = parcel.currency.strip().upper()
    country = parcel.destination_country.strip().upper()
    lines = tuple(DeclarationCopyLine(
        gnum=n, item_no=clean_text(line.item_no), gcode=ids.compact(line.hs_code)[:10], gname=clean_text(line.gname),
        gmodel=clean_text(line.gmodel), qty=line.qty, unit=_unit(line.unit, tables), qty1=line.qty1 or Decimal(0),
        unit1=_unit(line.unit1, tables), price=line.price, total_price=line.total, currency=currency,
        country=country, bar_code=clean_text(line.barcode) or "无", item_name=clean_text(line.item_name),
        qty2=line.qty2 if line.unit2.strip() else None, unit2=_unit(line.unit2, tables), note=clean_text(line.note),
        origin_country=line.origin_country) for n, line in enumerate(parcel.lines, start=1))
    own_carrier = bool(parcel.logistics_code.strip())
    return DeclarationCopy(
        number=number, cop_no=base_cop_no(parcel.guid, parcel.cop_no), order_no=clean_text(parcel.order_no),
        ie_date=parcel.export_date, customs_code=s.customs_code, port_code=s.port_code, trade_mode=parcel.trade_mode,
        traf_mode=parcel.traf_mode.strip() or s.traf_mode, country=country, ebp_code=s.ebp_code, ebp_name=s.ebp_name,
        ebc_code=s.ebc_code, ebc_name=s.ebc_name, agent_code=s.agent_code, agent_name=s.agent_name,
        owner_code=s.owner_code, owner_name=s.owner_name,
        logistics_code=parcel.logistics_code if own_carrier else s.logistics_code,
        logistics_name=parcel.logistics_name if own_carrier else s.logistics_name,
        logistics_no=clean_text(parcel.logistics_no), pack_no=parcel.pack_no, gross_weight=parcel.gross_weight_kg,
        net_weight=parcel.net_weight_kg, lines=lines, pre_no=parcel.pre_no, invt_no=parcel.invt_no, pod=s.pod,
        bill_no=parcel.bill_no, wrap_type=parcel.wrap_type.strip() or s.wrap_type, freight=parcel.freight,
        f_currency=(parcel.freight_currency.strip() or currency).upper(), insured_fee=parcel.insured_fee,
        i_currency=(parcel.freight_currency.strip() or currency).upper(), status=status, note=clean_text(parcel.note),
        statistics_flag=parcel.statistics_flag.strip() or s.statistics_flag,
        customs_currency=ceb_currency(currency, s, tables) or "", customs_country=ceb_country(country, s, tables) or "")
