<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../heihe_desk/ui/app.py" line="48"/>
        <source>Heihe Desk is already open with the data folder %1.</source>
        <translation>Heihe Desk уже открыт с папкой данных %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="111"/>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="117"/>
        <location filename="../../heihe_desk/ui/main_window.py" line="120"/>
        <source>Database check</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="118"/>
        <source>Problems found:</source>
        <translation>Обнаружены проблемы:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="120"/>
        <source>The database is sound.</source>
        <translation>База данных в порядке.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="124"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="127"/>
        <source>About Heihe Desk</source>
        <translation>О программе Heihe Desk</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="128"/>
        <source>Heihe Desk %1
Data folder: %2</source>
        <translation>Heihe Desk %1
Папка данных: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/main_window.py" line="132"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n изменение не синхронизировано</numerusform>
            <numerusform>%n изменения не синхронизированы</numerusform>
            <numerusform>%n изменений не синхронизировано</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="133"/>
        <source>Device %1</source>
        <translation>Устройство %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="147"/>
        <source>Heihe Desk — cross-border trade assistant</source>
        <translation>Heihe Desk — помощник приграничной торговли</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="148"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="148"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="152"/>
        <source>&amp;Check database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="154"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="156"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
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
</TS>
