<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../heihe_desk/ui/app.py" line="48"/>
        <source>Heihe Desk is already open with the data folder %1.</source>
        <translation>Heihe Desk is already open with the data folder %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="111"/>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="117"/>
        <location filename="../../heihe_desk/ui/main_window.py" line="120"/>
        <source>Database check</source>
        <translation>Database check</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="118"/>
        <source>Problems found:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="120"/>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="124"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="127"/>
        <source>About Heihe Desk</source>
        <translation>About Heihe Desk</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="128"/>
        <source>Heihe Desk %1
Data folder: %2</source>
        <translation>Heihe Desk %1
Data folder: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/main_window.py" line="132"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n change not yet synced</numerusform>
            <numerusform>%n changes not yet synced</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="133"/>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="147"/>
        <source>Heihe Desk — cross-border trade assistant</source>
        <translation>Heihe Desk — cross-border trade assistant</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="148"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="148"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="152"/>
        <source>&amp;Check database</source>
        <translation>&amp;Check database</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="154"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="156"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="24"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="28"/>
        <source>Registration numbers</source>
        <translation>Registration numbers</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="31"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62"/>
        <source>Edit partner</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62"/>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="66"/>
        <source>Delete the selected partner? Orders and documents that name it keep their copy.</source>
        <translation>Delete the selected partner? Orders and documents that name it keep their copy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="72"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="75"/>
        <source>Search: name, INN, USCC, phone, e-mail</source>
        <translation>Search: name, INN, USCC, phone, e-mail</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="76"/>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="77"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="78"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="82"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="29"/>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="33"/>
        <source>Customs</source>
        <translation>Customs</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="37"/>
        <source>Units and weights</source>
        <translation>Units and weights</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="42"/>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76"/>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="74"/>
        <source>Delete the selected product? Orders and documents that use it keep their copy.</source>
        <translation>Delete the selected product? Orders and documents that use it keep their copy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="80"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="83"/>
        <source>Search: name (中文 / русский / English), SKU, barcode, HS code</source>
        <translation>Search: name (中文 / русский / English), SKU, barcode, HS code</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="84"/>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="85"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="86"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="87"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
</TS>
