"""The export list declaration (申报清单, CEB603): one Inventory per parcel, split where the schema says so."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from lxml import etree

from heihe_desk.core.customs import formats
from heihe_desk.core.customs.checks import TRANSFER_SETTINGS, check_parcel, check_settings, parcel_settings_needed
from heihe_desk.core.customs.codes import CodeTables, ceb_country, ceb_currency, code_tables
from heihe_desk.core.customs.envelope import (
    BuildResult,
    DeclarationError,
    EntityRef,
    build_all,
    chunks,
    sub,
    tag,
)
from heihe_desk.core.customs.labels import PARCEL_LABELS
from heihe_desk.core.customs.model import DeclarationSettings, ParcelDeclarationInput
from heihe_desk.core.customs.schema import max_occurs
from heihe_desk.core.customs.schema_issues import EntitySource
from heihe_desk.core.customs.split import Part, allocate, allocate_count, plan_parts
from heihe_desk.core.domain import identifiers as ids
from heihe_desk.core.domain.errors import N_, Issue


@dataclass(frozen=True)
class _Entity:
    """One Inventory to write: the parcel, its part, and the part's share of the head totals."""

    parcel: ParcelDeclarationInput
    part: Part
    freight: Decimal
    insured_fee: Decimal
    gross: Decimal
    net: Decimal
    pack_no: int


def parcel_parts(parcel: ParcelDeclarationInput) -> tuple[tuple[Part, ...], list[Issue]]:
    """How this parcel is cut into Inventory entities (one unless it has more lines than the schema allows)."""
    return plan_parts(parcel.guid, parcel.order_no, parcel.cop_no, [line.total for line in parcel.lines])


def check_inventory_inputs(parcels: Sequence[ParcelDeclarationInput], settings: DeclarationSettings,
                           tables: CodeTables | None = None) -> dict[str, list[Issue]]:
    """All problems that would stop the list declarations, keyed by parcel guid ("settings" for settings)."""
    tables = tables or code_tables()
    needed: list[str] = []
    problems: dict[str, list[Issue]] = {}
    seen: dict[str, set[str]] = {"guid": set(), "order_no": set()}
    for index, parcel in enumerate(parcels):
        needed += [n for n in parcel_settings_needed(parcel) if n not in needed]
        key = parcel.guid if parcel.guid not in problems else f"{parcel.guid}#{index}"
        issues = check_parcel(parcel, settings, tables)
        if not issues:
            issues = parcel_parts(parcel)[1]
        for name, used in seen.items():
            # Two entities with one guid or order number would be one declaration twice (-301010, -621004).
            value = formats.clean_text(getattr(parcel, name)).upper()
            if value in used:
                issues.append(Issue(name, PARCEL_LABELS[name], N_("is used by another parcel in this batch"),
                                    "", {"value": value}))
            used.add(value)
        problems[key] = issues
    problems["settings"] = check_settings(settings, needed + list(TRANSFER_SETTINGS), tables)
    return {key: issues for key, issues in problems.items() if issues}


def build_inventory_messages(parcels: Sequence[ParcelDeclarationInput], settings: DeclarationSettings, *,
                             now: datetime | None = None, declare: bool = True,
                             tables: CodeTables | None = None) -> BuildResult:
    """CEB603 messages for the parcels, each validated against the official schema.

    At most maxOccurs(CEB603Message/Inventory) entities per message and maxOccurs(Inventory/InventoryList)
    lines per entity (both 100 in the 2022-05 schema). ``declare`` False writes appStatus 1 (暂存,
    temp-save) instead of 2 (申报). Raises DeclarationError naming every problem; builds nothing then.
    """
    tables = tables or code_tables()
    problems = check_inventory_inputs(parcels, settings, tables)
    if problems:
        raise DeclarationError(problems)
    moment = now or datetime.now(formats.CHINA_TZ)
    entities = [entity for parcel in parcels for entity in _entities(parcel)]
    groups = chunks(entities, max_occurs("CEB603Message", "Inventory"))

    def fill(root: etree._Element, group: Sequence[_Entity]) -> tuple[tuple[EntityRef, ...],
                                                                        tuple[EntitySource, ...]]:
        for entity in group:
            _write_inventory(root, entity, settings, tables, moment, declare)
        refs = tuple(EntityRef(e.parcel.guid, e.part.guid, e.part.cop_no, e.part.order_no,
                               formats.clean_text(e.parcel.logistics_no), "", e.part.index, e.part.count)
                     for e in group)
        return refs, tuple(EntitySource(e.parcel.guid, e.part.start) for e in group)

    return build_all("CEB603", groups, fill, settings)


def _entities(parcel: ParcelDeclarationInput) -> list[_Entity]:
    parts = parcel_parts(parcel)[0]
    shares = [p.share for p in parts]
    nets = [line.net_weight_kg for line in parcel.lines]
    if all(n is not None for n in nets):
        weights = [sum((n for n in nets[p.start:p.stop] if n is not None), Decimal(0)) for p in parts]
    else:
        weights = shares
    net = allocate(parcel.net_weight_kg, weights)
    return [_Entity(parcel, part, freight, insured, gross, n, packs) for part, freight, insured, gross, n, packs in
            zip(parts, allocate(parcel.freight, shares), allocate(parcel.insured_fee, shares),
                allocate(parcel.gross_weight_kg, net), net, allocate_count(parcel.pack_no, shares), strict=True)]


def _write_inventory(root: etree._Element, entity: _Entity, settings: DeclarationSettings, tables: CodeTables,
                     moment: datetime, declare: bool) -> None:
    parcel, part = entity.parcel, entity.part
    inventory = etree.SubElement(root, tag("Inventory"))
    head = etree.SubElement(inventory, tag("InventoryHead"))
    currency = ceb_currency(parcel.currency, settings, tables) or ""
    f_currency = ceb_currency(parcel.freight_currency.strip() or parcel.currency, settings, tables) or ""
    country = ceb_country(parcel.destination_country, settings, tables) or ""
    single = part.count == 1
    own_carrier = bool(parcel.logistics_code.strip())
    for name, value, optional in (
        ("guid", part.guid, False), ("appType", parcel.action, False), ("appTime", formats.ceb_time(moment), False),
        ("appStatus", "2" if declare else "1", False), ("customsCode", settings.customs_code, False),
        ("ebpCode", settings.ebp_code, False), ("ebpName", settings.ebp_name, False),
        ("orderNo", part.order_no, False),
        ("logisticsCode", parcel.logistics_code if own_carrier else settings.logistics_code, False),
        ("logisticsName", parcel.logistics_name if own_carrier else settings.logistics_name, False),
        ("logisticsNo", parcel.logistics_no, False), ("copNo", part.cop_no, False),
        ("preNo", parcel.pre_no if single else "", True), ("invtNo", parcel.invt_no if single else "", True),
        ("ieFlag", "E", False), ("portCode", settings.port_code, False),
        ("ieDate", formats.ceb_date(parcel.export_date), False),
        ("statisticsFlag", parcel.statistics_flag.strip() or settings.statistics_flag, False),
        ("agentCode", settings.agent_code, False), ("agentName", settings.agent_name, False),
        ("ebcCode", settings.ebc_code, False), ("ebcName", settings.ebc_name, False),
        ("ownerCode", settings.owner_code, False), ("ownerName", settings.owner_name, False),
        ("tradeMode", parcel.trade_mode, False), ("trafMode", parcel.traf_mode.strip() or settings.traf_mode, False),
        ("trafName", parcel.traf_name, True), ("voyageNo", parcel.voyage_no, True), ("billNo", parcel.bill_no, True),
        ("totalPackageNo", parcel.total_package_no, True), ("loctNo", settings.loct_no, True),
        ("licenseNo", parcel.license_no, True), ("country", country, False), ("POD", settings.pod, False),
    ):
        sub(head, name, value, optional)
    # Freight and insurance are declared as totals: fFlag/iFlag 3 = 总价 (customs-domain §1.2).
    sub(head, "freight", entity.freight)
    sub(head, "fCurrency", f_currency)
    sub(head, "fFlag", "3")
    sub(head, "insuredFee", entity.insured_fee)
    sub(head, "iCurrency", f_currency)
    sub(head, "iFlag", "3")
    sub(head, "wrapType", parcel.wrap_type.strip() or settings.wrap_type)
    sub(head, "packNo", entity.pack_no)
    sub(head, "grossWeight", entity.gross)
    sub(head, "netWeight", entity.net)
    sub(head, "note", parcel.note, optional=True)
    for gnum, line in enumerate(parcel.lines[part.start:part.stop], start=1):
        row = etree.SubElement(inventory, tag("InventoryList"))
        sub(row, "gnum", gnum)
        sub(row, "itemNo", line.item_no)
        sub(row, "itemName", line.item_name, optional=True)
        sub(row, "gcode", ids.compact(line.hs_code)[:10])
        sub(row, "gname", line.gname)
        sub(row, "gmodel", line.gmodel)
        # "没有条形码填'无'" — spec table 2-38, barCode is mandatory on the list.
        sub(row, "barCode", formats.clean_text(line.barcode) or "无")
        sub(row, "country", country)
        sub(row, "currency", currency)
        sub(row, "qty", line.qty)
        sub(row, "qty1", line.qty1)
        sub(row, "qty2", line.qty2 if line.unit2.strip() else None, optional=True)
        sub(row, "unit", line.unit)
        sub(row, "unit1", line.unit1)
        sub(row, "unit2", line.unit2, optional=True)
        sub(row, "price", line.price)
        sub(row, "totalPrice", line.total)
        sub(row, "note", line.note, optional=True)
