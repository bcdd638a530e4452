<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="171" />
        <source>Change (+/−)</source>
        <translation>Изменение (+/−)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="172" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="181" />
        <source>Adjust stock</source>
        <translation>Корректировка остатка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="186" />
        <source>Stock count</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <source>Damaged</source>
        <translation>Повреждение</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <source>Expired</source>
        <translation>Истёк срок годности</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <source>Lost</source>
        <translation>Утеря</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="185" />
        <source>Sample or gift</source>
        <translation>Образец или подарок</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="187" />
        <source>A negative number takes goods off the shelf, a positive one adds them.</source>
        <translation>Отрицательное число списывает товар, положительное — добавляет.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../heihe_desk/ui/app.py" line="48" />
        <source>Heihe Desk is already open with the data folder %1.</source>
        <translation>Heihe Desk уже открыт с папкой данных %1.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93" />
        <source>All dates</source>
        <extracomment>The earliest date a picker shows; a picker at this date means "no limit" and shows its special text.</extracomment>
        <translation>Все даты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93" />
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94" />
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94" />
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94" />
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="95" />
        <source>Custom dates</source>
        <translation>Свои даты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103" />
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="105" />
        <source>First day (leave at “from” for no limit)</source>
        <translation>Первый день (оставьте «с» — без ограничения)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="106" />
        <source>Last day (leave at “to” for no limit)</source>
        <translation>Последний день (оставьте «по» — без ограничения)</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="88" />
        <source>Stock locations</source>
        <translation>Места хранения</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="89" />
        <source>New location</source>
        <translation>Новое место хранения</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="90" />
        <source>Add location</source>
        <translation>Добавить место</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="116" />
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="125" />
        <location filename="../../heihe_desk/ui/main_window.py" line="132" />
        <location filename="../../heihe_desk/ui/main_window.py" line="135" />
        <source>Database check</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="126" />
        <source>The database file is damaged. Close the app and restore the latest backup from the backups folder.</source>
        <translation>Файл базы данных повреждён. Закройте программу и восстановите последнюю резервную копию из папки backups.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="133" />
        <source>Problems found:</source>
        <translation>Обнаружены проблемы:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="135" />
        <source>The database is sound.</source>
        <translation>База данных в порядке.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="139" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="142" />
        <source>About Heihe Desk</source>
        <translation>О программе Heihe Desk</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="143" />
        <source>Heihe Desk %1
Data folder: %2</source>
        <translation>Heihe Desk %1
Папка данных: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/main_window.py" line="147" />
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n изменение не синхронизировано</numerusform>
            <numerusform>%n изменения не синхронизированы</numerusform>
            <numerusform>%n изменений не синхронизировано</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="148" />
        <source>Device %1</source>
        <translation>Устройство %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="162" />
        <source>Heihe Desk — cross-border trade assistant</source>
        <translation>Heihe Desk — помощник приграничной торговли</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="163" />
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="163" />
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="163" />
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="164" />
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="164" />
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="167" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="168" />
        <source>&amp;Check database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="169" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="170" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="171" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="172" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="27" />
        <source>Cannot do this</source>
        <extracomment>Status moves offered as buttons after confirmation, in the order an order lives through them. Moves that put goods back on the shelf and so are asked about first.</extracomment>
        <translation>Это действие невозможно</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="52" />
        <source>Not enough stock at the order's location:</source>
        <translation>Недостаточно товара в месте хранения заказа:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="53" />
        <source>Confirm anyway? The stock will show as negative (oversold) until goods are received or the count is corrected.</source>
        <translation>Всё равно подтвердить? Остаток будет отрицательным (продано больше, чем есть), пока товар не поступит или остаток не будет исправлен.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="55" />
        <source>Not enough stock</source>
        <translation>Недостаточно товара</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="73" />
        <source>Cancel order %1? Its goods go back to stock.</source>
        <translation>Отменить заказ %1? Его товар вернётся на склад.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="75" />
        <source>Mark order %1 as returned? Its goods go back to stock.</source>
        <translation>Отметить заказ %1 как возвращённый? Его товар вернётся на склад.</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="36" />
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="69" />
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="78" />
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="83" />
        <source>Note</source>
        <extracomment>The head of a confirmed order, shown as text: (key, label).</extracomment>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42" />
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42" />
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43" />
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43" />
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44" />
        <source>Bank card</source>
        <translation>Банковская карта</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="65" />
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="80" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="66" />
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="67" />
        <source>To</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="68" />
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="71" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="75" />
        <source>In order currency</source>
        <translation>В валюте заказа</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="77" />
        <source>Method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="81" />
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="82" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88" />
        <source>Batch number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88" />
        <source>(no batch)</source>
        <translation>(без партии)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="166" />
        <source>No waybill yet. Use “Waybill…” to enter the number, carrier, weight and size.</source>
        <translation>Накладной пока нет. Нажмите «Накладная…», чтобы ввести номер, перевозчика, вес и размеры.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="174" />
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175" />
        <source>Waybill No.</source>
        <translation>№ накладной</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175" />
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="176" />
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177" />
        <source>Size</source>
        <translation>Размеры</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177" />
        <source>%1 cm</source>
        <translation>%1 см</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="178" />
        <source>Parcels</source>
        <translation>Мест</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="184" />
        <source>Total %1 · paid %2 · balance %3</source>
        <translation>Итого %1 · оплачено %2 · остаток %3</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="186" />
        <source>overpaid</source>
        <translation>переплата</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211" />
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211" />
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211" />
        <source>Waybill</source>
        <translation>Накладная</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="212" />
        <source>Where the goods came from</source>
        <translation>Откуда товар</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="220" />
        <source>Each line of the order with the batches its goods were taken from (first to expire, first out), their supplier and dates.</source>
        <translation>Каждая строка заказа с партиями, из которых взят товар (первым уходит товар с ближайшим сроком), их поставщиком и датами.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="222" />
        <source>Payment…</source>
        <translation>Оплата…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="223" />
        <source>Waybill…</source>
        <translation>Накладная…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="186" />
        <source>No product has the barcode %1.</source>
        <translation>Нет товара со штрихкодом %1.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="199" />
        <source>Added %1 — quantity now %2.</source>
        <translation>Добавлено: %1, теперь количество %2.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="202" />
        <source>Added %1 — it has no price in %2: enter the unit price.</source>
        <translation>Добавлено: %1, у товара нет цены в %2 — введите цену за единицу.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224" />
        <source>Goods</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="251" />
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="270" />
        <source>This order was changed elsewhere meanwhile. Close the editor and open the order again.</source>
        <translation>Этот заказ тем временем изменили в другом месте. Закройте редактор и откройте заказ заново.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="301" />
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="303" />
        <source>Order %1 — %2</source>
        <translation>Заказ %1 — %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="305" />
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="307" />
        <source>Scan:</source>
        <translation>Скан:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="308" />
        <source>barcode + Enter</source>
        <translation>штрихкод + Enter</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="309" />
        <source>Add a product: type a name, SKU or barcode</source>
        <translation>Добавить товар: название, артикул или штрихкод</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="310" />
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="312" />
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="313" />
        <source>Save and confirm</source>
        <translation>Сохранить и подтвердить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>OrderHead</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="60" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="149" />
        <source>New buyer…</source>
        <translation>Новый покупатель…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="41" />
        <source>Number</source>
        <extracomment>Orders without a balance to speak of: nothing is owed on a draft or a cancelled order.</extracomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="43" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="45" />
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="48" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="50" />
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="52" />
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="182" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="184" />
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="241" />
        <source>Search: order number or buyer</source>
        <translation>Поиск: номер заказа или покупатель</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="242" />
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="243" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="244" />
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="245" />
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="246" />
        <source>Payment…</source>
        <translation>Оплата…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="247" />
        <source>Mark as:</source>
        <translation>Отметить:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="250" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="251" />
        <source>All modes</source>
        <translation>Все режимы</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="24" />
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="28" />
        <source>Registration numbers</source>
        <translation>Регистрационные номера</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="31" />
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62" />
        <source>Edit partner</source>
        <translation>Редактирование партнёра</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62" />
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="66" />
        <source>Delete the selected partner? Orders and documents that name it keep their copy.</source>
        <translation>Удалить выбранного партнёра? В заказах и документах, где он указан, сохранится его копия.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="72" />
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n партнёр</numerusform>
            <numerusform>%n партнёра</numerusform>
            <numerusform>%n партнёров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="75" />
        <source>Search: name, INN, USCC, phone, e-mail</source>
        <translation>Поиск: название, ИНН, USCC, телефон, e-mail</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="76" />
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="77" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="78" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="82" />
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="68" />
        <source>Date paid</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="69" />
        <source>Method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="70" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="154" />
        <source>1 %1 = ? %2 (rate used for this payment)</source>
        <translation>1 %1 = ? %2 (курс, по которому оплачено)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="157" />
        <source>Paid in the order currency: no rate needed.</source>
        <translation>Оплата в валюте заказа: курс не нужен.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="160" />
        <source>Balance before: %1</source>
        <translation>Остаток до оплаты: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="164" />
        <source>This payment: %1</source>
        <translation>Эта оплата: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="166" />
        <source>Balance after: %1</source>
        <translation>Остаток после оплаты: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="168" />
        <source>This is an overpayment.</source>
        <translation>Это переплата.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="186" />
        <source>This payment is %1 more than the balance still owed. Record it as an overpayment?</source>
        <translation>Эта оплата на %1 больше остатка долга. Записать её как переплату?</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="210" />
        <source>Payment for order %1</source>
        <translation>Оплата заказа %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="211" />
        <source>Order %1 · %2 · total %3 · paid %4</source>
        <translation>Заказ %1 · %2 · итого %3 · оплачено %4</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="29" />
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="33" />
        <source>Customs</source>
        <translation>Таможенные данные</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="37" />
        <source>Units and weights</source>
        <translation>Единицы измерения и вес</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="42" />
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76" />
        <source>Edit product</source>
        <translation>Редактирование товара</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76" />
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="74" />
        <source>Delete the selected product? Orders and documents that use it keep their copy.</source>
        <translation>Удалить выбранный товар? В заказах и документах, где он используется, сохранится его копия.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="80" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="83" />
        <source>Search: name (中文 / русский / English), SKU, barcode, HS code</source>
        <translation>Поиск: название (中文 / русский / English), артикул, штрихкод, код HS</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="84" />
        <source>Active only</source>
        <translation>Только активные</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="85" />
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="86" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="87" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="38" />
        <source>From the platform</source>
        <translation>С платформы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="39" />
        <source>Entered by hand</source>
        <translation>Введён вручную</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="45" />
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="48" />
        <source>Inverse</source>
        <translation>Обратный курс</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="50" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="51" />
        <source>Recorded</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="83" />
        <source>1 unit of</source>
        <translation>1 единица</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="84" />
        <source>costs, in</source>
        <translation>стоит, в</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="143" />
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n курс</numerusform>
            <numerusform>%n курса</numerusform>
            <numerusform>%n курсов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="146" />
        <source>Search: currency (RUB) or date (2026-03)</source>
        <translation>Поиск: валюта (RUB) или дата (2026-03)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="147" />
        <source>New rate</source>
        <translation>Новый курс</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="148" />
        <source>Add rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="149" />
        <source>Enter the rate you actually used, e.g. 1 CNY = 12.45 RUB. The newest rate on or before a payment's date is offered for it; the reverse pair is worked out.</source>
        <translation>Введите курс, по которому фактически считали, например 1 CNY = 12,45 RUB. Для оплаты предлагается последний курс на её дату или раньше; обратный курс вычисляется сам.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="97" />
        <source>Batch number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="100" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="113" />
        <source>Receive goods</source>
        <translation>Приём товара</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="117" />
        <source>A batch number, supplier or dates make this receipt a batch: each sale then knows which batch it came from.</source>
        <translation>Номер партии, поставщик или даты делают эту приёмку партией: тогда каждая продажа знает, из какой партии товар.</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="80" />
        <source>Type a name, SKU or barcode and pick the product</source>
        <translation>Введите название, артикул или штрихкод и выберите товар</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="65" />
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="129" />
        <source>Oversold: more was sold here than was on the shelf. This happens when two devices sold the same units while offline. Count the shelf and enter an adjustment, or receive goods.</source>
        <translation>Продано больше, чем было на полке. Так бывает, когда два устройства без связи продали одни и те же единицы. Пересчитайте товар и внесите корректировку или оформите приём.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="132" />
        <source>Low stock: below the warning level of %1 over all locations.</source>
        <translation>Мало товара: по всем местам хранения меньше порога %1.</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="76" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="91" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="77" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="92" />
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="81" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="84" />
        <source>Batch number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="82" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="88" />
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="148" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="183" />
        <source>Loading stock…</source>
        <translation>Загрузка остатков…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="158" />
        <source>⚠ %n product(s) below the low-stock warning level of %1. Tick “Low stock only” to see them.</source>
        <translation>
            <numerusform>⚠ %n товар ниже порога малого остатка (%1). Отметьте «Только малый остаток», чтобы увидеть их.</numerusform>
            <numerusform>⚠ %n товара ниже порога малого остатка (%1). Отметьте «Только малый остаток», чтобы увидеть их.</numerusform>
            <numerusform>⚠ %n товаров ниже порога малого остатка (%1). Отметьте «Только малый остаток», чтобы увидеть их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="185" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="192" />
        <source>Select a batch to see where it went.</source>
        <translation>Выберите партию, чтобы увидеть, куда она ушла.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="196" />
        <source>Select a product to see its movements and batches.</source>
        <translation>Выберите товар, чтобы увидеть его движения и партии.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="211" />
        <source>Where batch %1 went:</source>
        <translation>Куда ушла партия %1:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="237" />
        <source>Search: product name, SKU or barcode</source>
        <translation>Поиск: название товара, артикул или штрихкод</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="238" />
        <source>Low stock only</source>
        <translation>Только малый остаток</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="239" />
        <source>Receive goods…</source>
        <translation>Приём товара…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="240" />
        <source>Transfer…</source>
        <translation>Перемещение…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="241" />
        <source>Adjust…</source>
        <translation>Корректировка…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="242" />
        <source>Locations…</source>
        <translation>Места хранения…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="244" />
        <source>Movements</source>
        <translation>Движения</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="245" />
        <source>Batches and where they went</source>
        <translation>Партии и куда они ушли</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="128" />
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="131" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="141" />
        <source>On hand at the source: %1</source>
        <translation>В наличии в месте отправки: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="153" />
        <source>Transfer stock</source>
        <translation>Перемещение товара</translation>
    </message>
</context>
<context>
    <name>WaybillDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="51" />
        <source>Carrier</source>
        <extracomment>Decimal input without floats: up to 6 digits and 3 decimals, point or comma.</extracomment>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52" />
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52" />
        <source>Length, cm</source>
        <translation>Длина, см</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53" />
        <source>Width, cm</source>
        <translation>Ширина, см</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53" />
        <source>Height, cm</source>
        <translation>Высота, см</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="58" />
        <source>Parcels</source>
        <translation>Мест</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="63" />
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="64" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="65" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="120" />
        <source>Waybill</source>
        <translation>Накладная</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="121" />
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="122" />
        <source>New tracking event (optional)</source>
        <translation>Новое событие отслеживания (необязательно)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129" />
        <source>Picked up</source>
        <translation>Принято перевозчиком</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129" />
        <source>At the border warehouse</source>
        <translation>На приграничном складе</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129" />
        <source>Customs cleared</source>
        <translation>Таможня пройдена</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130" />
        <source>Crossed the border</source>
        <translation>Пересекло границу</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130" />
        <source>Arrived in Blagoveshchensk</source>
        <translation>Прибыло в Благовещенск</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130" />
        <source>Handed to the buyer</source>
        <translation>Вручено покупателю</translation>
    </message>
</context>
</TS>