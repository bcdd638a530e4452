"""A realistic order for document tests: Heihe seller, Blagoveshchensk company buyer, paid in RUB, with a waybill."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from heihe_desk.core.workspace import Workspace

SELLER = {
    "seller_name": "黑河龙江边贸商行有限公司", "seller_name_ru": "ООО «Хэйхэ Лунцзян Торговля»",
    "seller_name_en": "Heihe Longjiang Border Trade Co., Ltd.",
    "seller_address": "黑龙江省黑河市爱辉区中央街123号",
    "seller_address_ru": "Китай, пров. Хэйлунцзян, г. Хэйхэ, ул. Чжунъян, 123",
    "seller_uscc": "91110000600037341L", "seller_phone": "+86 456 822 1234",
    "seller_bank_name": "中国银行黑河分行 / Bank of China, Heihe Branch", "seller_bank_account": "1680 2233 4455 6677",
    "seller_bank_swift": "BKCHCNBJ860", "incoterms": "FCA Heihe",
    "payment_terms": "100% prepayment / 100% предоплата",
}
TEA = {"sku": "TEA-0250", "name_zh": "龙井绿茶 250克", "name_ru": "Чай зелёный «Лунцзин», 250 г",
       "name_en": "Longjing green tea, 250 g", "hs_code": "0902109000", "tnved_code": "0902100000",
       "sale_unit": "140", "unit1": "035", "unit1_per_sale": "0.25", "net_weight_kg": "0.25",
       "gross_weight_kg": "0.31", "origin_country": "CHN", "price_cny": "45.00"}
MUG = {"sku": "MUG-0500", "name_zh": "不锈钢保温杯 500毫升", "name_ru": "Термокружка из нержавеющей стали, 500 мл",
       "name_en": "Stainless steel thermal mug, 500 ml", "hs_code": "9617001100", "tnved_code": "9617000000",
       "sale_unit": "007", "unit1": "007", "unit1_per_sale": "1", "net_weight_kg": "0.32",
       "gross_weight_kg": "0.41", "origin_country": "CHN", "price_cny": "89.50"}


@dataclass
class Shop:
    """The ids a test needs after :func:`make_shop`."""

    ws: Workspace
    products: list[Any]
    buyer: Any
    carrier: Any
    location: str
    person: Any = None

    def order(self, lines: int = 2, confirm: bool = True, pay_rub: str | None = "4000", waybill: bool = True,
              order_date: str = "2026-03-08") -> dict[str, Any]:
        """A B2B order of ``lines`` lines cycling through the products; paid in RUB at the table rate."""
        ws = self.ws
        rows = [{"product_id": self.products[i % len(self.products)].id, "quantity": str(6 + 6 * (i % 3)),
                 "unit_price": ("45.00", "89.50")[i % 2]} for i in range(lines)]
        order = ws.orders.save_draft({"kind": "b2b", "buyer_id": self.buyer.id, "order_date": order_date,
                                      "location_id": self.location, "currency": "CNY", "freight": "150.00",
                                      "insurance": "12.50", "discount": "20.00"}, rows)
        if not confirm:
            return order
        order = ws.orders.confirm(order["id"], allow_oversell=True)
        if pay_rub:
            ws.orders.add_payment(order["id"], {"amount": pay_rub, "currency": "RUB", "paid_at": order_date,
                                                "method": "bank"}, allow_overpay=True)
        if waybill:
            ws.orders.set_waybill(order["id"], {"waybill_no": "HH2026030800017", "carrier_id": self.carrier.id,
                                                "weight_kg": "7.4", "length_cm": "40", "width_cm": "30",
                                                "height_cm": "25", "parcels": "2"})
        return ws.orders.get(order["id"])

    def sale(self, cash: str = "3000", currency: str = "RUB", day: str = "2026-03-08") -> dict[str, Any]:
        """A market-stall sale to a private buyer: two mugs and a tea, paid in cash (change in CNY)."""
        ws = self.ws
        rows = [{"product_id": self.products[1].id, "quantity": "2", "unit_price": "89.50"},
                {"product_id": self.products[0].id, "quantity": "1", "unit_price": "45.00"}]
        order = ws.orders.save_draft({"kind": "b2c", "buyer_id": self.person.id, "order_date": day,
                                      "location_id": self.location, "currency": "CNY"}, rows)
        ws.orders.confirm(order["id"])
        ws.orders.add_payment(order["id"], {"amount": cash, "currency": currency, "paid_at": day, "method": "cash"},
                              allow_overpay=True)
        return ws.orders.get(order["id"])


def make_shop(ws: Workspace, seller: bool = True) -> Shop:
    """Seller details, two products in stock, a company buyer, a carrier and a CNY/RUB rate."""
    if seller:
        for name, value in SELLER.items():
            ws.set_setting(name, value)
    products = [ws.save_product(p)[0] for p in (TEA, MUG)]
    buyer, _ = ws.save_partner({
        "kind": "buyer_company", "name": "ООО «Амур Трейд»", "name_ru": "ООО «Амур Трейд»", "name_en": "Amur Trade LLC",
        "inn": "7707083893", "kpp": "280101001", "phone": "+7 4162 55-12-34",
        "address": "675000, г. Благовещенск, ул. Ленина, д. 100, оф. 12"})
    carrier, _ = ws.save_partner({"kind": "logistics", "name": "黑河国际物流有限公司",
                                  "name_ru": "Хэйхэ Интернэшнл Логистик", "name_en": "Heihe International Logistics",
                                  "uscc": "91110000600037341L"})
    person, _ = ws.save_partner({"kind": "buyer_person", "name": "Иванова Мария", "name_ru": "Иванова Мария",
                                 "name_en": "Maria Ivanova", "phone": "+7 914 555-12-34"})
    location = ws.stock.ensure_default_location()
    for product in products:
        ws.stock.receive({"product_id": product.id, "location_id": location, "quantity": "500",
                          "batch_no": f"B-{product.sku}", "expiry_date": "2027-06-01"})
    ws.rates.add({"rate_date": "2026-03-01", "base": "CNY", "quote": "RUB", "rate": "12.45"})
    return Shop(ws, products, buyer, carrier, location, person)
