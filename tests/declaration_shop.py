"""A realistic trader for the declaration tests: products with HS codes and legal units, buyers, a carrier, orders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from heihe_desk.core.customs import DeclarationSettings
from heihe_desk.core.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
XSD = REPO / "resources" / "customs" / "xsd" / "export-messages.xsd"
SAMPLES = REPO / ".." / "shared" / "reference" / "ceb-2022" / "samples"
DATA = REPO / "tests" / "data"
NS = "http://www.chinaport.gov.cn/ceb"

SETTINGS = DeclarationSettings(
    ebc_code="2311960ABC", ebc_name="黑河市北疆商贸有限公司", ebp_code="2311960XYZ",
    ebp_name="黑河跨境电商综合服务平台", agent_code="2311960ABC", agent_name="黑河市北疆商贸有限公司",
    owner_code="NO", owner_name="黑河市北疆商贸有限公司", logistics_code="2311960LGS",
    logistics_name="黑河龙江国际物流有限公司", decl_agent_code="2311980DEF", decl_agent_name="黑河市通关报关有限公司",
    sender_code="2311960ABC", sender_name="黑河市北疆商贸有限公司", dxp_id="DXPENT0000000001",
    customs_code="1234", port_code="1235", pod="344", traf_mode="4", wrap_type="2",
    # RUB has no verified numeric customs code: the trader enters the one the platform gave (here for the tests).
    currency_codes={"RUB": "344"})


@dataclass
class Shop:
    ws: Workspace
    location: str
    products: dict[str, Any] = field(default_factory=dict)
    buyers: dict[str, Any] = field(default_factory=dict)
    carrier: Any = None

    def order(self, lines: list[tuple[str, str, str]], buyer: str = "person", *, freight: str = "30",
              waybill: str | None = "SF1234567890", weight: str = "", pay: bool = True, currency: str = "CNY",
              order_date: str = "2026-03-08", confirm: bool = True, method: str = "wechat") -> dict[str, Any]:
        """A confirmed order of (sku, quantity, unit price) lines with its waybill and full payment."""
        ws = self.ws
        kind = "b2b" if buyer == "company" else "b2c"
        order = ws.orders.save_draft(
            {"kind": kind, "buyer_id": self.buyers[buyer].id, "order_date": order_date, "location_id": self.location,
             "freight": freight, "currency": currency},
            [{"product_id": self.products[sku].id, "quantity": qty, "unit_price": price} for sku, qty, price in lines])
        if not confirm:
            return order
        ws.orders.confirm(order["id"], allow_oversell=True)
        if waybill:
            ws.orders.set_waybill(order["id"], {"waybill_no": waybill, "carrier_id": self.carrier.id,
                                                "weight_kg": weight})
        if pay:
            total = ws.orders.get(order["id"])["total"]
            ws.orders.add_payment(order["id"], {"amount": f"{total / 100:.2f}", "method": method,
                                                "paid_at": order_date})
        return ws.orders.get(order["id"])


PRODUCTS = [
    {"sku": "TEA-0001", "name_zh": "西湖龙井绿茶 <特级> & “明前”", "name_ru": "Зелёный чай «Лунцзин» & <высший сорт>",
     "name_en": "Longjing green tea", "barcode": "6901234567892", "hs_code": "0902109000",
     "decl_elements": "品牌:西湖|绿茶|未发酵|250克/盒", "sale_unit": "140", "unit1": "035", "unit1_per_sale": "0.25",
     "net_weight_kg": "0.25", "gross_weight_kg": "0.32", "price_cny": "45.50", "category": "茶"},
    {"sku": "CUP-0002", "name_zh": "保温杯 500毫升", "name_ru": "Термокружка 500 мл «Амур»", "name_en": "Thermos cup",
     "barcode": "4006381333931", "hs_code": "9617009000", "decl_elements": "品牌:龙江|不锈钢|500毫升",
     "sale_unit": "007", "unit1": "007", "unit1_per_sale": "1", "unit2": "035", "unit2_per_sale": "0.35",
     "net_weight_kg": "0.35", "gross_weight_kg": "0.45", "price_cny": "89.00", "category": "日用"},
    {"sku": "HON-0003", "name_zh": "椴树蜂蜜", "name_ru": "Липовый мёд", "name_en": "Linden honey",
     "hs_code": "0409000000", "decl_elements": "品牌:北极|天然蜂蜜|500克/瓶", "sale_unit": "142", "unit1": "035",
     "unit1_per_sale": "0.5", "net_weight_kg": "0.5", "gross_weight_kg": "0.7", "price_cny": "68.00",
     "category": "食品"},
    # No HS code yet: declaring it must name the product and the field.
    {"sku": "SOC-0004", "name_zh": "羊毛袜", "name_ru": "Шерстяные носки", "name_en": "Wool socks",
     "sale_unit": "025", "unit1": "025", "unit1_per_sale": "1", "net_weight_kg": "0.1", "gross_weight_kg": "0.12",
     "price_cny": "25.00", "category": "服装"},
]


def build_shop(ws: Workspace, *, settings: DeclarationSettings | None = SETTINGS,
               files: tuple[str, ...] = ("CEB303", "CEB403", "CEB505")) -> Shop:
    """Products, a private and a company buyer (names with XML-special characters), a carrier with a customs
    code, stock, and (unless None) the filled declaration settings."""
    shop = Shop(ws, ws.stock.ensure_default_location())
    for data in PRODUCTS:
        product, _ = ws.save_product(data)
        shop.products[data["sku"]] = product
        ws.stock.receive({"product_id": product.id, "location_id": shop.location, "quantity": "500"})
    shop.buyers["person"], _ = ws.save_partner({"kind": "buyer_person", "name": "Иванов Иван «Ваня» & <Сын>",
                                                "phone": "+7 914 555-12-34"})
    shop.buyers["other"], _ = ws.save_partner({"kind": "buyer_person", "name": "Петрова Анна Сергеевна"})
    shop.buyers["company"], _ = ws.save_partner({"kind": "buyer_company", "name": "ООО «Амур Трейд»",
                                                 "inn": "7707083893", "kpp": "770701001"})
    shop.carrier, _ = ws.save_partner({"kind": "logistics", "name": "黑河龙江国际物流有限公司",
                                       "uscc": "91231100MA1B2C3D4M", "customs_code": "2311960LGS"})
    if settings is not None:
        ws.declarations.save_settings(settings, files)
    return shop


def rewrite_reply(sample: str, *, cop_no: str = "", invt_no: str = "", order_no: str = "", logistics_no: str = "",
                  status: str = "", info: str = "", return_time: str = "", guid: str = "") -> str:
    """An official reply sample made to answer one of our declarations (every entity rewritten alike)."""
    def put(text: str, tag: str, value: str) -> str:
        return re.sub(rf"<ceb:{tag}>[^<]*</ceb:{tag}>", f"<ceb:{tag}>{value}</ceb:{tag}>", text) if value else text

    for tag, value in (("copNo", cop_no), ("invtNo", invt_no), ("orderNo", order_no), ("logisticsNo", logistics_no),
                       ("returnStatus", status),
                       ("returnInfo", info), ("returnTime", return_time), ("guid", guid)):
        sample = put(sample, tag, value)
    return sample
