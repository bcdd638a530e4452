<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="171"/>
        <source>Change (+/−)</source>
        <translation>Изменение (+/−)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="172"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="181"/>
        <source>Adjust stock</source>
        <translation>Корректировка остатка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="186"/>
        <source>Stock count</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <source>Damaged</source>
        <translation>Повреждение</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <source>Expired</source>
        <translation>Истёк срок годности</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <source>Lost</source>
        <translation>Утеря</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="185"/>
        <source>Sample or gift</source>
        <translation>Образец или подарок</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="187"/>
        <source>A negative number takes goods off the shelf, a positive one adds them.</source>
        <translation>Отрицательное число списывает товар, положительное — добавляет.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../heihe_desk/ui/app.py" line="48"/>
        <source>Heihe Desk is already open with the data folder %1.</source>
        <translation>Heihe Desk уже открыт с папкой данных %1.</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="119"/>
        <source>This record was deleted here; resend sends the deletion.</source>
        <extracomment>Kinds of record the app has an editor for; refusals of other kinds can only be resent.</extracomment>
        <translation>Запись удалена на этом компьютере; повторная отправка отправит удаление.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="145"/>
        <source>Saved. Press Resend to send the change to the platform again.</source>
        <translation>Сохранено. Нажмите «Отправить снова», чтобы снова отправить изменение на платформу.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="155"/>
        <source>Queued again; it goes with the next sync.</source>
        <translation>Снова в очереди; уйдёт со следующей синхронизацией.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="178"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="179"/>
        <source>The platform refused these changes. They stay here until they are sent again: open the record, fix what the reason names, save, then press Resend.</source>
        <translation>Платформа отклонила эти изменения. Они остаются здесь, пока их не отправят снова: откройте запись, исправьте по причине и нажмите «Отправить снова».</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="181"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="181"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="181"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="182"/>
        <source>Made at</source>
        <translation>Когда сделано</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="182"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="183"/>
        <source>Open record…</source>
        <translation>Открыть запись…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="184"/>
        <source>Resend</source>
        <translation>Отправить снова</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="112"/>
        <source>No conflicts: every record agrees with the platform.</source>
        <translation>Конфликтов нет: все записи совпадают с платформой.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="114"/>
        <source>%1 (noticed %2)</source>
        <translation>%1 (замечено %2)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="120"/>
        <source>(deleted here)</source>
        <translation>(удалено здесь)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="121"/>
        <source>(deleted on the platform)</source>
        <translation>(удалено на платформе)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="156"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="156"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="178"/>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="179"/>
        <source>These records were changed here and on the platform. Compare the two versions and choose which one to keep; the other is discarded.</source>
        <translation>Эти записи изменены и здесь, и на платформе. Сравните две версии и выберите, какую оставить; другая будет отброшена.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="181"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="181"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="181"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="182"/>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="183"/>
        <source>Take the platform&apos;s</source>
        <translation>Взять с платформы</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93"/>
        <source>All dates</source>
        <extracomment>The earliest date a picker shows; a picker at this date means &quot;no limit&quot; and shows its special text.</extracomment>
        <translation>Все даты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="95"/>
        <source>Custom dates</source>
        <translation>Свои даты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="105"/>
        <source>First day (leave at “from” for no limit)</source>
        <translation>Первый день (оставьте «с» — без ограничения)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="106"/>
        <source>Last day (leave at “to” for no limit)</source>
        <translation>Последний день (оставьте «по» — без ограничения)</translation>
    </message>
</context>
<context>
    <name>DeclarationActions</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/declaration_actions.py" line="64"/>
        <source>%n reply(ies) already imported before</source>
        <translation>
            <numerusform>%n ответ уже был импортирован ранее</numerusform>
            <numerusform>%n ответа уже были импортированы ранее</numerusform>
            <numerusform>%n ответов уже были импортированы ранее</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/declaration_actions.py" line="67"/>
        <source>%n reply(ies) match no declaration here</source>
        <translation>
            <numerusform>%n ответ не подходит ни к одной декларации здесь</numerusform>
            <numerusform>%n ответа не подходят ни к одной декларации здесь</numerusform>
            <numerusform>%n ответов не подходят ни к одной декларации здесь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/declaration_actions.py" line="98"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n файл записан в %1</numerusform>
            <numerusform>%n файла записано в %1</numerusform>
            <numerusform>%n файлов записано в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationSettingsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="94"/>
        <source>Your enterprise</source>
        <translation>Ваше предприятие</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="95"/>
        <source>Platform and declaring enterprise</source>
        <translation>Платформа и декларант</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="97"/>
        <source>Default carrier</source>
        <translation>Перевозчик по умолчанию</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="98"/>
        <source>Data exchange (DXP)</source>
        <translation>Обмен данными (DXP)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="99"/>
        <source>Customs offices and codes</source>
        <translation>Таможенные органы и коды</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="172"/>
        <source>Codes the platform gave you</source>
        <translation>Коды, выданные платформой</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="189"/>
        <source>Messages you file</source>
        <translation>Сообщения, которые подаёте вы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="198"/>
        <source>B — summary declaration later (汇总申报)</source>
        <translation>B — сводная декларация позже (汇总申报)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="199"/>
        <source>A — simplified declaration (简化申报)</source>
        <translation>A — упрощённое декларирование (简化申报)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="200"/>
        <source>Numeric customs codes (142 = CNY), as in the official samples</source>
        <translation>Цифровые таможенные коды (142 = CNY), как в официальных образцах</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="201"/>
        <source>Letter codes (CNY, RUS)</source>
        <translation>Буквенные коды (CNY, RUS)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="262"/>
        <source>Only if the platform told you to: ISO code = customs code, e.g. RUB=643</source>
        <translation>Только если так сказала платформа: код ISO = таможенный код, например RUB=643</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="299"/>
        <source>Customs declaration settings</source>
        <translation>Настройки таможенного декларирования</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="301"/>
        <source>Customs need these codes in every message. Nothing is guessed: while a value is missing, the grey text under it says where to find it. Values you do not know yet may stay empty until you declare.</source>
        <translation>Таможне нужны эти коды в каждом сообщении. Ничего не угадывается: пока значения нет, серый текст под полем подсказывает, где его найти. Неизвестные пока значения можно оставить пустыми до декларирования.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="303"/>
        <source>The declaration could not be made: the settings marked in red are missing or wrong.</source>
        <translation>Декларацию сформировать не удалось: настройки, отмеченные красным, не заданы или неверны.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="309"/>
        <source>Currency codes</source>
        <translation>Коды валют</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="309"/>
        <source>Country codes</source>
        <translation>Коды стран</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="310"/>
        <source>CEB603 list declaration (always)</source>
        <translation>CEB603 декларация-список (всегда)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="311"/>
        <source>CEB303 electronic order</source>
        <translation>CEB303 электронный заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="311"/>
        <source>CEB403 payment receipt</source>
        <translation>CEB403 квитанция об оплате</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="312"/>
        <source>CEB505 waybill</source>
        <translation>CEB505 накладная</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="315"/>
        <source>Tick the messages you file yourself. Usually the platform files the order, the payment company the receipt and the carrier the waybill; ask the platform which ones are yours.</source>
        <translation>Отметьте сообщения, которые подаёте сами. Обычно заказ подаёт платформа, квитанцию — платёжная компания, накладную — перевозчик; уточните у платформы, какие из них ваши.</translation>
    </message>
</context>
<context>
    <name>DeclarationView</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="71"/>
        <source>Customs time</source>
        <translation>Время таможни</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="73"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="74"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="76"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="124"/>
        <source>No reply from customs yet.</source>
        <translation>Ответа от таможни пока нет.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="130"/>
        <source>What to do:</source>
        <translation>Что сделать:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="133"/>
        <source>Record to fix: order %1 (its products, waybill or payment), then declare it again.</source>
        <translation>Что исправить: заказ %1 (его товары, накладную или платёж), затем задекларируйте снова.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="137"/>
        <source>Customs wrote:</source>
        <translation>Таможня ответила:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="150"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="151"/>
        <source>Order or summary</source>
        <translation>Заказ или сводка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="152"/>
        <source>Enterprise document number</source>
        <translation>Номер документа предприятия</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="153"/>
        <source>Message guid</source>
        <translation>GUID сообщения</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="154"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
</context>
<context>
    <name>DeclarationViewDialog</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="159"/>
        <source>Customs replies (%n)</source>
        <translation>
            <numerusform>Ответы таможни (%n)</numerusform>
            <numerusform>Ответы таможни (%n)</numerusform>
            <numerusform>Ответы таможни (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="160"/>
        <source>XML message</source>
        <translation>XML-сообщение</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="161"/>
        <source>Declare again…</source>
        <translation>Задекларировать снова…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="163"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DeclarationsPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="37"/>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="39"/>
        <source>with the platform</source>
        <translation>на платформе</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="41"/>
        <source>refused by the platform</source>
        <translation>отклонено платформой</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="57"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="59"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="60"/>
        <source>Order or summary</source>
        <translation>Заказ или сводка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="62"/>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="63"/>
        <source>Customs said</source>
        <translation>Ответ таможни</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="166"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="168"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="236"/>
        <source>Search: order number, document number or guid</source>
        <translation>Поиск: номер заказа, номер документа или GUID</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="237"/>
        <source>Declare orders…</source>
        <translation>Задекларировать заказы…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="237"/>
        <source>Summary…</source>
        <translation>Сводная заявка…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="238"/>
        <source>Import replies…</source>
        <translation>Импорт ответов…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="238"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="239"/>
        <source>Validate again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="239"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="240"/>
        <source>PDF copy</source>
        <translation>Копия в PDF</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="240"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="245"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="246"/>
        <source>All messages</source>
        <translation>Все сообщения</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="140"/>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="335"/>
        <source>%1 mm</source>
        <extracomment>Screen resolution of the page previews: A4 fits the dialog&apos;s width, a receipt is shown larger.</extracomment>
        <translation>%1 мм</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="167"/>
        <source>No documents are issued for a cancelled order.</source>
        <translation>По отменённому заказу документы не выписываются.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="200"/>
        <source>The document could not be made: %1</source>
        <translation>Не удалось сформировать документ: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="224"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · order %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · заказ %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="226"/>
        <source>preparing the pages…</source>
        <translation>готовятся страницы…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="228"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="229"/>
        <source>printing again keeps this number</source>
        <translation>при повторной печати номер сохраняется</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="232"/>
        <source>A draft gets a proforma invoice only: confirm the order to print an invoice, packing list or receipt.</source>
        <translation>Для черновика выписывается только проформа-инвойс: подтвердите заказ, чтобы печатать инвойс, упаковочный лист или чек.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="250"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="251"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="257"/>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="291"/>
        <source>The printer could not be started. Check that it is switched on and connected.</source>
        <translation>Не удалось запустить принтер. Проверьте, что он включён и подключён.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="323"/>
        <source>Documents of order %1</source>
        <translation>Документы заказа %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="324"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="325"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="326"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="327"/>
        <source>Seller details…</source>
        <translation>Реквизиты продавца…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="328"/>
        <source>Open in viewer</source>
        <translation>Открыть в программе просмотра</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="329"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="330"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="331"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="45"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="49"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="59"/>
        <source>fix product %1</source>
        <translation>исправьте товар %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="70"/>
        <source>Customs settings are missing or wrong (button “Settings…”):</source>
        <translation>Таможенные настройки не заданы или неверны (кнопка «Настройки…»):</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="75"/>
        <source>%1: cannot be declared</source>
        <translation>%1: декларировать нельзя</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="78"/>
        <source>%1: check these warnings</source>
        <translation>%1: проверьте предупреждения</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="81"/>
        <source>%1: ready</source>
        <translation>%1: готов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="229"/>
        <source>%n order(s) declared; their messages are queued for sending.</source>
        <translation>
            <numerusform>Задекларирован %n заказ; сообщения поставлены в очередь на отправку.</numerusform>
            <numerusform>Задекларировано %n заказа; сообщения поставлены в очередь на отправку.</numerusform>
            <numerusform>Задекларировано %n заказов; сообщения поставлены в очередь на отправку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="250"/>
        <source>Declare %n order(s)</source>
        <translation>
            <numerusform>Задекларировать %n заказ</numerusform>
            <numerusform>Задекларировать %n заказа</numerusform>
            <numerusform>Задекларировать %n заказов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="261"/>
        <source>Declare orders</source>
        <translation>Декларирование заказов</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="263"/>
        <source>Confirmed orders waiting for their list declaration. Select one or more (Ctrl or Shift for several), press “Check”: the order, payment and waybill are compared and the risk rules applied. Nothing is sent before you press “Declare”.</source>
        <translation>Подтверждённые заказы, ожидающие декларации-списка. Выберите один или несколько (Ctrl или Shift — несколько), нажмите «Проверить»: заказ, платёж и накладная будут сверены, применены правила рисков. Ничего не отправляется, пока вы не нажмёте «Задекларировать».</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="266"/>
        <source>Search: order number or buyer</source>
        <translation>Поиск: номер заказа или покупатель</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="267"/>
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="268"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="269"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="270"/>
        <source>I have read the warnings: declare those orders too</source>
        <translation>Я прочитал предупреждения: задекларировать и эти заказы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="271"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="88"/>
        <source>Stock locations</source>
        <translation>Места хранения</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="89"/>
        <source>New location</source>
        <translation>Новое место хранения</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="90"/>
        <source>Add location</source>
        <translation>Добавить место</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="119"/>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="120"/>
        <source>Heihe Desk backup (*%1)</source>
        <translation>Резервная копия Heihe Desk (*%1)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="123"/>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="127"/>
        <source>Backup saved to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="130"/>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="139"/>
        <location filename="../../heihe_desk/ui/main_window.py" line="146"/>
        <location filename="../../heihe_desk/ui/main_window.py" line="149"/>
        <source>Database check</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="140"/>
        <source>The database file is damaged. Close the app and restore the latest backup from the backups folder.</source>
        <translation>Файл базы данных повреждён. Закройте программу и восстановите последнюю резервную копию из папки backups.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="147"/>
        <source>Problems found:</source>
        <translation>Обнаружены проблемы:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="149"/>
        <source>The database is sound.</source>
        <translation>База данных в порядке.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="153"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="156"/>
        <source>About Heihe Desk</source>
        <translation>О программе Heihe Desk</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="157"/>
        <source>Heihe Desk %1
Data folder: %2</source>
        <translation>Heihe Desk %1
Папка данных: %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="161"/>
        <source>Device %1</source>
        <translation>Устройство %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="176"/>
        <source>Heihe Desk — cross-border trade assistant</source>
        <translation>Heihe Desk — помощник приграничной торговли</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="177"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="177"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="177"/>
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="178"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="178"/>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="179"/>
        <source>Declarations</source>
        <translation>Декларации</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="183"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="184"/>
        <source>&amp;Check database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="186"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="187"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="188"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="27"/>
        <source>Cannot do this</source>
        <extracomment>Status moves offered as buttons after confirmation, in the order an order lives through them. Moves that put goods back on the shelf and so are asked about first.</extracomment>
        <translation>Это действие невозможно</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="52"/>
        <source>Not enough stock at the order&apos;s location:</source>
        <translation>Недостаточно товара в месте хранения заказа:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="53"/>
        <source>Confirm anyway? The stock will show as negative (oversold) until goods are received or the count is corrected.</source>
        <translation>Всё равно подтвердить? Остаток будет отрицательным (продано больше, чем есть), пока товар не поступит или остаток не будет исправлен.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="55"/>
        <source>Not enough stock</source>
        <translation>Недостаточно товара</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="73"/>
        <source>Cancel order %1? Its goods go back to stock.</source>
        <translation>Отменить заказ %1? Его товар вернётся на склад.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="75"/>
        <source>Mark order %1 as returned? Its goods go back to stock.</source>
        <translation>Отметить заказ %1 как возвращённый? Его товар вернётся на склад.</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="36"/>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="69"/>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="78"/>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="83"/>
        <source>Note</source>
        <extracomment>The head of a confirmed order, shown as text: (key, label).</extracomment>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42"/>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44"/>
        <source>Bank card</source>
        <translation>Банковская карта</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="65"/>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="80"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="66"/>
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="67"/>
        <source>To</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="68"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="71"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="75"/>
        <source>In order currency</source>
        <translation>В валюте заказа</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="77"/>
        <source>Method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="81"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="82"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88"/>
        <source>Batch number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88"/>
        <source>(no batch)</source>
        <translation>(без партии)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="166"/>
        <source>No waybill yet. Use “Waybill…” to enter the number, carrier, weight and size.</source>
        <translation>Накладной пока нет. Нажмите «Накладная…», чтобы ввести номер, перевозчика, вес и размеры.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="174"/>
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175"/>
        <source>Waybill No.</source>
        <translation>№ накладной</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175"/>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="176"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177"/>
        <source>Size</source>
        <translation>Размеры</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177"/>
        <source>%1 cm</source>
        <translation>%1 см</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="178"/>
        <source>Parcels</source>
        <translation>Мест</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="184"/>
        <source>Total %1 · paid %2 · balance %3</source>
        <translation>Итого %1 · оплачено %2 · остаток %3</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="186"/>
        <source>overpaid</source>
        <translation>переплата</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211"/>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211"/>
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211"/>
        <source>Waybill</source>
        <translation>Накладная</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="212"/>
        <source>Where the goods came from</source>
        <translation>Откуда товар</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="220"/>
        <source>Each line of the order with the batches its goods were taken from (first to expire, first out), their supplier and dates.</source>
        <translation>Каждая строка заказа с партиями, из которых взят товар (первым уходит товар с ближайшим сроком), их поставщиком и датами.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="222"/>
        <source>Payment…</source>
        <translation>Оплата…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="223"/>
        <source>Waybill…</source>
        <translation>Накладная…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="186"/>
        <source>No product has the barcode %1.</source>
        <translation>Нет товара со штрихкодом %1.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="199"/>
        <source>Added %1 — quantity now %2.</source>
        <translation>Добавлено: %1, теперь количество %2.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="202"/>
        <source>Added %1 — it has no price in %2: enter the unit price.</source>
        <translation>Добавлено: %1, у товара нет цены в %2 — введите цену за единицу.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224"/>
        <source>Goods</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="251"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="270"/>
        <source>This order was changed elsewhere meanwhile. Close the editor and open the order again.</source>
        <translation>Этот заказ тем временем изменили в другом месте. Закройте редактор и откройте заказ заново.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="301"/>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="303"/>
        <source>Order %1 — %2</source>
        <translation>Заказ %1 — %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="305"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="307"/>
        <source>Scan:</source>
        <translation>Скан:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="308"/>
        <source>barcode + Enter</source>
        <translation>штрихкод + Enter</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="309"/>
        <source>Add a product: type a name, SKU or barcode</source>
        <translation>Добавить товар: название, артикул или штрихкод</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="310"/>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="312"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="313"/>
        <source>Save and confirm</source>
        <translation>Сохранить и подтвердить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>OrderHead</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="60"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="149"/>
        <source>New buyer…</source>
        <translation>Новый покупатель…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="41"/>
        <source>Number</source>
        <extracomment>Orders without a balance to speak of: nothing is owed on a draft or a cancelled order.</extracomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="43"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="45"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="48"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="50"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="52"/>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="184"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="186"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="255"/>
        <source>Search: order number or buyer</source>
        <translation>Поиск: номер заказа или покупатель</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="256"/>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="257"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="258"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="259"/>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="260"/>
        <source>Payment…</source>
        <translation>Оплата…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="261"/>
        <source>Documents…</source>
        <translation>Документы…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="262"/>
        <source>Mark as:</source>
        <translation>Отметить:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="265"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="266"/>
        <source>All modes</source>
        <translation>Все режимы</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="24"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="28"/>
        <source>Registration numbers</source>
        <translation>Регистрационные номера</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="31"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62"/>
        <source>Edit partner</source>
        <translation>Редактирование партнёра</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62"/>
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="66"/>
        <source>Delete the selected partner? Orders and documents that name it keep their copy.</source>
        <translation>Удалить выбранного партнёра? В заказах и документах, где он указан, сохранится его копия.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="72"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n партнёр</numerusform>
            <numerusform>%n партнёра</numerusform>
            <numerusform>%n партнёров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="75"/>
        <source>Search: name, INN, USCC, phone, e-mail</source>
        <translation>Поиск: название, ИНН, USCC, телефон, e-mail</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="76"/>
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="77"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="78"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="82"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="68"/>
        <source>Date paid</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="69"/>
        <source>Method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="70"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="154"/>
        <source>1 %1 = ? %2 (rate used for this payment)</source>
        <translation>1 %1 = ? %2 (курс, по которому оплачено)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="157"/>
        <source>Paid in the order currency: no rate needed.</source>
        <translation>Оплата в валюте заказа: курс не нужен.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Balance before: %1</source>
        <translation>Остаток до оплаты: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="164"/>
        <source>This payment: %1</source>
        <translation>Эта оплата: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="166"/>
        <source>Balance after: %1</source>
        <translation>Остаток после оплаты: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="168"/>
        <source>This is an overpayment.</source>
        <translation>Это переплата.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="186"/>
        <source>This payment is %1 more than the balance still owed. Record it as an overpayment?</source>
        <translation>Эта оплата на %1 больше остатка долга. Записать её как переплату?</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="210"/>
        <source>Payment for order %1</source>
        <translation>Оплата заказа %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>Order %1 · %2 · total %3 · paid %4</source>
        <translation>Заказ %1 · %2 · итого %3 · оплачено %4</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="29"/>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="33"/>
        <source>Customs</source>
        <translation>Таможенные данные</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="37"/>
        <source>Units and weights</source>
        <translation>Единицы измерения и вес</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="42"/>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76"/>
        <source>Edit product</source>
        <translation>Редактирование товара</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76"/>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="74"/>
        <source>Delete the selected product? Orders and documents that use it keep their copy.</source>
        <translation>Удалить выбранный товар? В заказах и документах, где он используется, сохранится его копия.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="80"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="83"/>
        <source>Search: name (中文 / русский / English), SKU, barcode, HS code</source>
        <translation>Поиск: название (中文 / русский / English), артикул, штрихкод, код HS</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="84"/>
        <source>Active only</source>
        <translation>Только активные</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="85"/>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="86"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="87"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="38"/>
        <source>From the platform</source>
        <translation>С платформы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="39"/>
        <source>Entered by hand</source>
        <translation>Введён вручную</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="45"/>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="48"/>
        <source>Inverse</source>
        <translation>Обратный курс</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="50"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="51"/>
        <source>Recorded</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="83"/>
        <source>1 unit of</source>
        <translation>1 единица</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="84"/>
        <source>costs, in</source>
        <translation>стоит, в</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="143"/>
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n курс</numerusform>
            <numerusform>%n курса</numerusform>
            <numerusform>%n курсов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="146"/>
        <source>Search: currency (RUB) or date (2026-03)</source>
        <translation>Поиск: валюта (RUB) или дата (2026-03)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="147"/>
        <source>New rate</source>
        <translation>Новый курс</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="148"/>
        <source>Add rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="149"/>
        <source>Enter the rate you actually used, e.g. 1 CNY = 12.45 RUB. The newest rate on or before a payment&apos;s date is offered for it; the reverse pair is worked out.</source>
        <translation>Введите курс, по которому фактически считали, например 1 CNY = 12,45 RUB. Для оплаты предлагается последний курс на её дату или раньше; обратный курс вычисляется сам.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="97"/>
        <source>Batch number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="100"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="113"/>
        <source>Receive goods</source>
        <translation>Приём товара</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="117"/>
        <source>A batch number, supplier or dates make this receipt a batch: each sale then knows which batch it came from.</source>
        <translation>Номер партии, поставщик или даты делают эту приёмку партией: тогда каждая продажа знает, из какой партии товар.</translation>
    </message>
</context>
<context>
    <name>SellerDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="33"/>
        <source>Company</source>
        <extracomment>Field groups and examples of good values (placeholders show what belongs in each field).</extracomment>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="34"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="35"/>
        <source>Bank details</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="36"/>
        <source>Default terms</source>
        <translation>Условия по умолчанию</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="66"/>
        <source>Choose the logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="67"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="89"/>
        <source>Seller details</source>
        <translation>Реквизиты продавца</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="80"/>
        <source>Type a name, SKU or barcode and pick the product</source>
        <translation>Введите название, артикул или штрихкод и выберите товар</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="65"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="129"/>
        <source>Oversold: more was sold here than was on the shelf. This happens when two devices sold the same units while offline. Count the shelf and enter an adjustment, or receive goods.</source>
        <translation>Продано больше, чем было на полке. Так бывает, когда два устройства без связи продали одни и те же единицы. Пересчитайте товар и внесите корректировку или оформите приём.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="132"/>
        <source>Low stock: below the warning level of %1 over all locations.</source>
        <translation>Мало товара: по всем местам хранения меньше порога %1.</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="76"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="91"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="77"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="92"/>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="81"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="84"/>
        <source>Batch number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="82"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="88"/>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="148"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="183"/>
        <source>Loading stock…</source>
        <translation>Загрузка остатков…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="158"/>
        <source>⚠ %n product(s) below the low-stock warning level of %1. Tick “Low stock only” to see them.</source>
        <translation>
            <numerusform>⚠ %n товар ниже порога малого остатка (%1). Отметьте «Только малый остаток», чтобы увидеть их.</numerusform>
            <numerusform>⚠ %n товара ниже порога малого остатка (%1). Отметьте «Только малый остаток», чтобы увидеть их.</numerusform>
            <numerusform>⚠ %n товаров ниже порога малого остатка (%1). Отметьте «Только малый остаток», чтобы увидеть их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="185"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="192"/>
        <source>Select a batch to see where it went.</source>
        <translation>Выберите партию, чтобы увидеть, куда она ушла.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="196"/>
        <source>Select a product to see its movements and batches.</source>
        <translation>Выберите товар, чтобы увидеть его движения и партии.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="211"/>
        <source>Where batch %1 went:</source>
        <translation>Куда ушла партия %1:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="237"/>
        <source>Search: product name, SKU or barcode</source>
        <translation>Поиск: название товара, артикул или штрихкод</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="238"/>
        <source>Low stock only</source>
        <translation>Только малый остаток</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="239"/>
        <source>Receive goods…</source>
        <translation>Приём товара…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="240"/>
        <source>Transfer…</source>
        <translation>Перемещение…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="241"/>
        <source>Adjust…</source>
        <translation>Корректировка…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="242"/>
        <source>Locations…</source>
        <translation>Места хранения…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="244"/>
        <source>Movements</source>
        <translation>Движения</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="245"/>
        <source>Batches and where they went</source>
        <translation>Партии и куда они ушли</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="110"/>
        <source>%1: %n list(s) — customs office %2, consignor %3, declaring enterprise %4</source>
        <translation>
            <numerusform>%1: %n список — таможня %2, отправитель %3, декларант %4</numerusform>
            <numerusform>%1: %n списка — таможня %2, отправитель %3, декларант %4</numerusform>
            <numerusform>%1: %n списков — таможня %2, отправитель %3, декларант %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="118"/>
        <source>No released list with summary declaration (B) falls in this period.</source>
        <translation>В этом периоде нет выпущенных списков со сводным декларированием (B).</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="120"/>
        <source>Left out:</source>
        <translation>Не включены:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="123"/>
        <source>%n list(s) of this period are in an earlier summary and are left out.</source>
        <translation>
            <numerusform>%n список этого периода уже в более ранней сводке и не включён.</numerusform>
            <numerusform>%n списка этого периода уже в более ранней сводке и не включены.</numerusform>
            <numerusform>%n списков этого периода уже в более ранней сводке и не включены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="135"/>
        <source>%n summary message(s) generated and queued for sending.</source>
        <translation>
            <numerusform>Сформировано %n сводное сообщение, оно в очереди на отправку.</numerusform>
            <numerusform>Сформировано %n сводных сообщения, они в очереди на отправку.</numerusform>
            <numerusform>Сформировано %n сводных сообщений, они в очереди на отправку.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="153"/>
        <source>Summary declaration</source>
        <translation>Сводное декларирование</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="154"/>
        <source>Lists customs released in the period (declared with type B) are named in a summary application (CEB701); customs turn it into the customs declaration (报关单). Check the plan first.</source>
        <translation>Списки, выпущенные таможней за период (поданные с типом B), включаются в сводную заявку (CEB701); таможня оформляет по ней таможенную декларацию (报关单). Сначала проверьте план.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="157"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="157"/>
        <source>Enterprise document number</source>
        <translation>Номер документа предприятия</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="158"/>
        <source>Summary by</source>
        <translation>Сводить по</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="158"/>
        <source>Item names</source>
        <translation>Наименования товаров</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="160"/>
        <source>generated when empty</source>
        <translation>создаётся, если пусто</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="163"/>
        <source>1 — consignor</source>
        <translation>1 — отправитель</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="164"/>
        <source>2 — consignor and producer or seller</source>
        <translation>2 — отправитель и производитель или продавец</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="166"/>
        <source>Aggregate by the lists&apos; own item names</source>
        <translation>Объединять по наименованиям товаров из списков</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="167"/>
        <source>Show the plan</source>
        <translation>Показать план</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="168"/>
        <source>Generate and queue</source>
        <translation>Сформировать и поставить в очередь</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="169"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_controls.py" line="120"/>
        <source>The platform refused %n change(s): Sync ▸ Needs attention</source>
        <translation>
            <numerusform>Платформа отклонила %n изменение: Синхронизация ▸ Требует внимания</numerusform>
            <numerusform>Платформа отклонила %n изменения: Синхронизация ▸ Требует внимания</numerusform>
            <numerusform>Платформа отклонила %n изменений: Синхронизация ▸ Требует внимания</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="125"/>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="47"/>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="48"/>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="49"/>
        <source>Needs &amp;attention…</source>
        <translation>Требует &amp;внимания…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="50"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="51"/>
        <source>&amp;Platform settings…</source>
        <translation>Настройки &amp;платформы…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="41"/>
        <source>The address is not valid, for example: https://platform.example.com</source>
        <extracomment>Messages the module-level checks return, marked for lupdate, translated when shown.</extracomment>
        <translation>Адрес неверен, например: https://platform.example.com</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="43"/>
        <source>The address must start with https:// and name a server, for example: https://platform.example.com</source>
        <translation>Адрес должен начинаться с https:// и содержать имя сервера, например: https://platform.example.com</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="45"/>
        <source>Do not put a name or password in the address; use the account and token fields</source>
        <translation>Не указывайте имя или пароль в адресе; используйте поля «Учётная запись» и «Токен»</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="47"/>
        <source>Plain http: the token and your data cross the network unencrypted. Use https:// unless the platform is on a network you trust (a classroom).</source>
        <translation>Обычный http: токен и данные передаются по сети без шифрования. Используйте https://, если платформа не в вашей собственной локальной сети.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="50"/>
        <source>The platform&apos;s certificate could not be verified. Check the address, or ask the platform&apos;s administrator for a valid certificate.</source>
        <translation>Не удалось проверить сертификат платформы. Проверьте адрес или попросите у администратора платформы действительный сертификат.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="53"/>
        <source>Cannot reach the platform at %1. Check the address and the network.</source>
        <translation>Не удаётся связаться с платформой по адресу %1. Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="55"/>
        <source>The platform did not accept this token. Copy the token again from the platform.</source>
        <translation>Платформа не приняла этот токен. Скопируйте токен с платформы ещё раз.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="57"/>
        <source>The platform is older than this app. Ask its administrator to update it.</source>
        <translation>Платформа старее этой программы. Попросите администратора обновить её.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="59"/>
        <source>This app is too old for the platform. Install the update.</source>
        <translation>Эта программа слишком старая для платформы. Установите обновление.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="60"/>
        <source>No platform answers at this address (HTTP 404). Check the address.</source>
        <translation>По этому адресу платформа не отвечает (HTTP 404). Проверьте адрес.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="62"/>
        <source>The platform answered with an error: %1</source>
        <translation>Платформа ответила ошибкой: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="63"/>
        <source>The token is stored in the system keyring.</source>
        <translation>Токен хранится в системном хранилище ключей.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="64"/>
        <source>No system keyring is available: the token is stored in %1, readable only by you.</source>
        <translation>Системное хранилище ключей недоступно: токен хранится в %1, читать его можете только вы.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="66"/>
        <source>The token comes from the HEIHE_DESK_SYNC_TOKEN environment variable, which wins over a stored one.</source>
        <translation>Токен берётся из переменной окружения HEIHE_DESK_SYNC_TOKEN, она важнее сохранённого.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="68"/>
        <source>No token is stored yet. It will be kept in the system keyring, or where there is none, in a file in the data folder readable only by you.</source>
        <translation>Токен ещё не сохранён. Он будет храниться в системном хранилище ключей, а где его нет — в файле в папке данных, доступном только вам.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="239"/>
        <source>stored: leave empty to keep it</source>
        <translation>сохранён: оставьте пустым, чтобы не менять</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="240"/>
        <source>paste the token the platform gave you</source>
        <translation>вставьте токен, выданный платформой</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="252"/>
        <source>Enter the platform address first.</source>
        <translation>Сначала введите адрес платформы.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="263"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="274"/>
        <source>Connected, but this token belongs to account %1, not %2.</source>
        <translation>Подключено, но этот токен принадлежит учётной записи %1, а не %2.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="277"/>
        <source>Connected to the platform as %1.</source>
        <translation>Подключено к платформе как %1.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="283"/>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="308"/>
        <source>Enter the token the platform gave you.</source>
        <translation>Введите токен, выданный платформой.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="306"/>
        <source>Enter the account name the platform gave you.</source>
        <translation>Введите имя учётной записи, выданное платформой.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="314"/>
        <source>The token could not be stored: %1</source>
        <translation>Не удалось сохранить токен: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="336"/>
        <source>Platform settings</source>
        <translation>Настройки платформы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="337"/>
        <source>Platform address</source>
        <translation>Адрес платформы</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="338"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="339"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="340"/>
        <source>Sync every</source>
        <translation>Синхронизировать каждые</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="342"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="343"/>
        <source>Certificates of https addresses are always verified.</source>
        <translation>Сертификаты адресов https проверяются всегда.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="344"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="152"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n ожидает отправки</numerusform>
            <numerusform>%n ожидают отправки</numerusform>
            <numerusform>%n ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="154"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n требует внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="157"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="160"/>
        <source>Last sync: %1</source>
        <translation>Последний обмен: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="165"/>
        <source>Clock off by %n min</source>
        <translation>
            <numerusform>Часы сбиты на %n мин</numerusform>
            <numerusform>Часы сбиты на %n мин</numerusform>
            <numerusform>Часы сбиты на %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="174"/>
        <source>(%n sent)</source>
        <translation>
            <numerusform>(отправлено: %n)</numerusform>
            <numerusform>(отправлено: %n)</numerusform>
            <numerusform>(отправлено: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="175"/>
        <source>(%n received)</source>
        <translation>
            <numerusform>(получено: %n)</numerusform>
            <numerusform>(получено: %n)</numerusform>
            <numerusform>(получено: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="182"/>
        <source>Last successful sync: %1</source>
        <translation>Последняя успешная синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="184"/>
        <source>Last attempt: %1</source>
        <translation>Последняя попытка: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="186"/>
        <source>This computer&apos;s clock differs from the platform&apos;s; set the correct date and time.</source>
        <translation>Часы этого компьютера расходятся с часами платформы; установите правильные дату и время.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="189"/>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="191"/>
        <source>Click to see the refused changes.</source>
        <translation>Нажмите, чтобы увидеть отклонённые изменения.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="193"/>
        <source>Click to compare the versions and choose one.</source>
        <translation>Нажмите, чтобы сравнить версии и выбрать одну.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="195"/>
        <source>Click for the platform settings.</source>
        <translation>Нажмите, чтобы открыть настройки платформы.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="22"/>
        <source>Synced</source>
        <extracomment>The state names in the status bar (&apos;off&apos;: no platform address is set, so nothing is ever sent).</extracomment>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="23"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="24"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="25"/>
        <source>Sync error</source>
        <translation>Ошибка синхронизации</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="26"/>
        <source>Update needed</source>
        <translation>Нужно обновление</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="27"/>
        <source>Sign-in needed</source>
        <translation>Нужен вход</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="28"/>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="29"/>
        <source>Sync off</source>
        <translation>Синхронизация выключена</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="33"/>
        <source>The last sync with the platform finished.</source>
        <extracomment>What each state means and what the user can do (the status tooltip and the settings dialog).</extracomment>
        <translation>Последняя синхронизация с платформой завершена.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="34"/>
        <source>The platform cannot be reached. Changes are kept and sent when the connection is back.</source>
        <translation>Платформа недоступна. Изменения сохранены и будут отправлены, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="36"/>
        <source>Sending changes to the platform and fetching its changes.</source>
        <translation>Отправка изменений на платформу и получение изменений с неё.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="37"/>
        <source>The platform failed or refused the sync. It is tried again later; changes are kept.</source>
        <translation>Платформа дала сбой или отклонила синхронизацию. Попытка повторится позже; изменения сохранены.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="39"/>
        <source>This app and the platform use different versions. Install the update; changes are kept until then.</source>
        <translation>Версии приложения и платформы различаются. Установите обновление; до тех пор изменения сохраняются.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="41"/>
        <source>The platform did not accept the token. Enter a valid token in Sync ▸ Platform settings.</source>
        <translation>Платформа не приняла токен. Введите действующий токен в меню Синхронизация ▸ Настройки платформы.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="43"/>
        <source>This computer has not synced with the platform yet.</source>
        <translation>Этот компьютер ещё не синхронизировался с платформой.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="44"/>
        <source>No platform address is set. Changes are kept on this computer.</source>
        <translation>Адрес платформы не задан. Изменения хранятся на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="52"/>
        <source>Product</source>
        <extracomment>Status colours: the dot is the only colour in the status bar, so each state has its own hue.</extracomment>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="53"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="54"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="55"/>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="56"/>
        <source>Stock movement</source>
        <translation>Движение товара</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="57"/>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="58"/>
        <source>Exchange rate</source>
        <translation>Курс валюты</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="59"/>
        <source>Waybill</source>
        <translation>Накладная</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="60"/>
        <source>Waybill status</source>
        <translation>Статус накладной</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="61"/>
        <source>Stock location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="62"/>
        <source>Customs declaration</source>
        <translation>Таможенная декларация</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="65"/>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="66"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="67"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="72"/>
        <source>Changed here and on the platform at the same time</source>
        <extracomment>The core keeps conflict reasons as plain English (sync/apply.py REASON_*); these are their readings.</extracomment>
        <translation>Изменено одновременно здесь и на платформе</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="74"/>
        <source>The platform&apos;s version clashes with another record here (the same SKU or INN)</source>
        <translation>Версия с платформы конфликтует с другой записью здесь (тот же артикул или ИНН)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="77"/>
        <source>The platform refused this change without giving a reason.</source>
        <translation>Платформа отклонила это изменение без указания причины.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="128"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="131"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="141"/>
        <source>On hand at the source: %1</source>
        <translation>В наличии в месте отправки: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="153"/>
        <source>Transfer stock</source>
        <translation>Перемещение товара</translation>
    </message>
</context>
<context>
    <name>WaybillDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="51"/>
        <source>Carrier</source>
        <extracomment>Decimal input without floats: up to 6 digits and 3 decimals, point or comma.</extracomment>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52"/>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52"/>
        <source>Length, cm</source>
        <translation>Длина, см</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53"/>
        <source>Width, cm</source>
        <translation>Ширина, см</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53"/>
        <source>Height, cm</source>
        <translation>Высота, см</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="58"/>
        <source>Parcels</source>
        <translation>Мест</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="63"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="64"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="65"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="120"/>
        <source>Waybill</source>
        <translation>Накладная</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="121"/>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="122"/>
        <source>New tracking event (optional)</source>
        <translation>Новое событие отслеживания (необязательно)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129"/>
        <source>Picked up</source>
        <translation>Принято перевозчиком</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129"/>
        <source>At the border warehouse</source>
        <translation>На приграничном складе</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129"/>
        <source>Customs cleared</source>
        <translation>Таможня пройдена</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130"/>
        <source>Crossed the border</source>
        <translation>Пересекло границу</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130"/>
        <source>Arrived in Blagoveshchensk</source>
        <translation>Прибыло в Благовещенск</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130"/>
        <source>Handed to the buyer</source>
        <translation>Вручено покупателю</translation>
    </message>
</context>
</TS>
