<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="86"/>
        <source>Settings file problem: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallChart</name>
    <message>
        <location filename="../../gui/calls/chart.py" line="29"/>
        <source>Round-trip time and loss chart</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/chart.py" line="118"/>
        <source>seconds · left: round trip, ms · right: loss (dashed)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/chart.py" line="156"/>
        <source>No measurements yet.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../../gui/calls/view.py" line="89"/>
        <source>WhatsApp and Telegram</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="92"/>
        <source>Which messenger&apos;s calls to test</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="93"/>
        <location filename="../../gui/calls/view.py" line="191"/>
        <source>Start call test</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="94"/>
        <source>Start or stop the call test</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="99"/>
        <source>Measures the path a call would take, without an account and without calling anyone: a stream of small packets like a voice call&apos;s, to the messengers&apos; call servers and to public control servers.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="109"/>
        <source>round trip, ms</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="110"/>
        <source>jitter, ms</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="111"/>
        <source>loss</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="112"/>
        <source>call quality (MOS, 1–5)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="114"/>
        <source>Messenger and the path measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="124"/>
        <source>&amp;Messenger:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="191"/>
        <source>Stop</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="196"/>
        <source>Measuring…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="203"/>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="252"/>
        <source>The test was stopped before the end.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="254"/>
        <source>No result.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <location filename="../../gui/calls/words.py" line="28"/>
        <source>%1 of %2 packets answered, loss %3 %</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/words.py" line="32"/>
        <source>round trip %1 ms</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/words.py" line="35"/>
        <source>jitter %1 ms</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/words.py" line="41"/>
        <source>cut after %1 packets</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="30"/>
        <source>Compare runs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="34"/>
        <source>From %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="40"/>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="40"/>
        <source>Function</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="40"/>
        <source>Before</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="40"/>
        <source>After</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="47"/>
        <source>Nothing changed between these runs.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="61"/>
        <source>not tested</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="69"/>
        <source>Network</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="75"/>
        <source>(whole service)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash_dialog.py" line="27"/>
        <source>Svyaz hit an unexpected error. Your results so far are kept. The details below contain no addresses; the log is at:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="36"/>
        <source>%1 — details</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="42"/>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="45"/>
        <location filename="../../gui/run/details_dialog.py" line="58"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="50"/>
        <source>Addresses, timings and error text of every step, for whoever helps you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="72"/>
        <source>Co&amp;py details</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="68"/>
        <source>Steps, in time:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DetailsText</name>
    <message>
        <location filename="../../gui/run/details_text.py" line="27"/>
        <source>What to try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_text.py" line="31"/>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_text.py" line="35"/>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_text.py" line="39"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunNote</name>
    <message>
        <location filename="../../gui/first_run.py" line="13"/>
        <source>About Svyaz and your privacy</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="16"/>
        <source>&lt;p&gt;&lt;b&gt;Svyaz checks which internet services work on your network, and at which step the others are blocked.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It sends probes only when you press &lt;i&gt;Run diagnostic&lt;/i&gt; or start a call test, and only to the services in its list. It uploads nothing: results and history stay on this computer; a report leaves it only if you save and share it, and reports hide your addresses unless you choose otherwise.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Be aware:&lt;/b&gt; the probes are ordinary connections to these services, so your network operator can see that they were made, as it can see any visit. Decide whether that is safe for you before running it.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="28"/>
        <source>&amp;Do not show this again</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/history/view.py" line="50"/>
        <source>Show runs of this service</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="59"/>
        <source>R&amp;efresh</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="66"/>
        <source>Ser&amp;vice:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="67"/>
        <source>F&amp;rom:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="68"/>
        <source>T&amp;o:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="85"/>
        <source>Stored runs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="89"/>
        <source>Sho&amp;w run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="90"/>
        <source>Co&amp;mpare two runs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="91"/>
        <source>E&amp;xport report…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="92"/>
        <source>&amp;Delete run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="93"/>
        <source>C&amp;lear history…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="94"/>
        <source>Re&amp;cover runs from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="114"/>
        <source>By day: the worst each function did</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="120"/>
        <source>No runs stored yet: every diagnostic you run is kept here.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="140"/>
        <source>All services</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="173"/>
        <source>History cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="213"/>
        <source>Cannot open the run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="246"/>
        <source>Cannot delete</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="253"/>
        <source>Clear history</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="254"/>
        <source>Delete every stored run? This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="261"/>
        <source>Cannot clear</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="270"/>
        <source>Recover runs from a history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="272"/>
        <source>History files (*.sqlite3 *.sqlite3.corrupt-*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="282"/>
        <source>Cannot recover runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation></translation>
    </message>
    <message>
        <source>Outage di&amp;ary</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LinkType</name>
    <message>
        <location filename="../../gui/link_type.py" line="48"/>
        <source>Connected by Wi-Fi</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="49"/>
        <source>Connected by mobile data</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="50"/>
        <source>Connected by cable (Ethernet)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="51"/>
        <source>Connected over Bluetooth</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="55"/>
        <source>metered connection</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="80"/>
        <source>Svyaz — what works on this network</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="99"/>
        <source>&amp;Services</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="100"/>
        <source>Call &amp;quality</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="104"/>
        <source>H&amp;istory</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="27"/>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="28"/>
        <source>&amp;Open catalog…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="30"/>
        <source>Use the &amp;built-in catalog</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="31"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="33"/>
        <source>&amp;Export report…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="40"/>
        <source>&amp;Tools</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="41"/>
        <source>&amp;Settings…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="44"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="45"/>
        <source>&amp;About Svyaz and privacy</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="46"/>
        <source>&amp;Prepare for a shutdown…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212"/>
        <location filename="../../gui/main_window.py" line="295"/>
        <location filename="../../gui/main_window.py" line="298"/>
        <source>Cannot start</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="60"/>
        <source>Catalog not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="62"/>
        <source>The catalog %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="64"/>
        <source>The catalog %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="67"/>
        <source>Use the built-in catalog (it checks the real services), or choose another?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="75"/>
        <source>Use the &amp;built-in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="79"/>
        <source>&amp;Choose another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="83"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="371"/>
        <source>No catalog in use: choose one (File → Open catalog…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240"/>
        <source>Not saved to history: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276"/>
        <source>Something went wrong</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>The check stopped because of an error in Svyaz. Nothing was sent anywhere.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="289"/>
        <location filename="../../gui/main_window.py" line="323"/>
        <source>Busy</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="289"/>
        <source>Wait for the diagnostic to finish.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>This catalog has no such messenger.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="315"/>
        <source>Open catalog</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="315"/>
        <source>Service catalogs (*.toml);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="323"/>
        <source>Wait for the running check to finish.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="24"/>
        <source>Cannot open the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="25"/>
        <source>The catalog %1 cannot be read; the current one stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="356"/>
        <source>built-in catalog</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="358"/>
        <source>Catalog: %1 · services: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="38"/>
        <source>Catalog problems</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="39"/>
        <source>Some services could not be read and are left out; the rest will run.</source>
        <translation></translation>
    </message>
    <message>
        <source>Finishing a background check; your check starts right after it…</source>
        <translation></translation>
    </message>
    <message>
        <source>Watch mode checked at %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NetworkBanner</name>
    <message>
        <location filename="../../gui/run/banner.py" line="53"/>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="56"/>
        <source>Slowed down or partly working: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="60"/>
        <source>Could not be determined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="68"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="98"/>
        <source>Nothing has been checked yet.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="101"/>
        <source>Press Run diagnostic to test which services work on this network and what blocks the others. Svyaz sends probes only when you ask, and uploads nothing.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="108"/>
        <source>No catalog to check: the chosen file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="111"/>
        <source>%1 is gone or cannot be read. Choose a catalog to go on (File → Open catalog…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="117"/>
        <source>Checking the network and the services…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="118"/>
        <source>This takes up to a minute. You can cancel at any time.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="190"/>
        <source>%n service(s) refuse your country</source>
        <translation>
            <numerusform>%n service refuses your country</numerusform>
            <numerusform>%n services refuse your country</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="224"/>
        <source>%n service(s) ask to turn off the VPN</source>
        <translation>
            <numerusform>%n service asks to turn off the VPN</numerusform>
            <numerusform>%n services ask to turn off the VPN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="178"/>
        <source>%n service(s) blocked</source>
        <translation>
            <numerusform>%n service blocked</numerusform>
            <numerusform>%n services blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="180"/>
        <source>%n service(s) partly blocked or slow</source>
        <translation>
            <numerusform>%n service partly blocked or slow</numerusform>
            <numerusform>%n services partly blocked or slow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="182"/>
        <source>%n service(s) work</source>
        <translation>
            <numerusform>%n service works</numerusform>
            <numerusform>%n services work</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <location filename="../../gui/words.py" line="85"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/words.py" line="86"/>
        <source>the connection was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/words.py" line="89"/>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/words.py" line="95"/>
        <source>a technical error (see Technical details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/report_dialog.py" line="47"/>
        <source>Export report</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="48"/>
        <source>The run of %1.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="50"/>
        <source>Format:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="52"/>
        <source>&amp;Web page (HTML) — to share or open on a phone</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="53"/>
        <source>Short &amp;text — to paste into a chat</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="54"/>
        <source>&amp;Data (JSON) — for volunteers and researchers</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="62"/>
        <source>&amp;Include my network details (my IP addresses, my DNS servers, my provider)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="66"/>
        <source>Leave this off to share the report safely: without it, nothing in the report points to you or your connection.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="75"/>
        <source>&amp;Save…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="76"/>
        <source>Co&amp;py text summary</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="103"/>
        <source>Save report</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="114"/>
        <source>Cannot save the report</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="124"/>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="126"/>
        <source>The report is saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="134"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="136"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../gui/run/bar.py" line="30"/>
        <source>Progress</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="39"/>
        <source>Only &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="40"/>
        <source>Show only the services that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="66"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="67"/>
        <source>Cancel the diagnostic</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="68"/>
        <source>Stop the diagnostic (Esc)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/self_test.py" line="43"/>
        <location filename="../../gui/run/bar.py" line="70"/>
        <source>Run diagnostic</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="71"/>
        <source>Run the diagnostic</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="72"/>
        <source>Check every service now (Ctrl+R)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="76"/>
        <source>Catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="85"/>
        <source>Checked %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="87"/>
        <source>Not run yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="90"/>
        <source>%1 s</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../../gui/controller.py" line="167"/>
        <source>the history file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../../gui/history/model.py" line="54"/>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="56"/>
        <source>lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="90"/>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="91"/>
        <source>Network</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="92"/>
        <source>Blocked</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="93"/>
        <source>Partly</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="94"/>
        <source>Connection</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="95"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="96"/>
        <source>Run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="121"/>
        <source>complete</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="123"/>
        <source>cancelled</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <location filename="../../gui/run/stored_window.py" line="27"/>
        <source>Run of %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/stored_window.py" line="33"/>
        <source>Stored run · %1 blocked · %2 partly · %3 work</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/stored_window.py" line="42"/>
        <source>E&amp;xport report…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/stored_window.py" line="44"/>
        <source>&amp;Close</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <location filename="../../gui/run/tile.py" line="121"/>
        <source>Open the details (Enter)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="155"/>
        <source>Waiting…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="157"/>
        <source>Checking…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="160"/>
        <source>Not checked yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="197"/>
        <source>not checked</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="41"/>
        <location filename="../../gui/settings_dialog.py" line="52"/>
        <location filename="../../gui/settings_dialog.py" line="60"/>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="63"/>
        <source>built-in (Cloudflare and Google, by address)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="65"/>
        <source>none — e.g. socks5://127.0.0.1:1080</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="68"/>
        <source>System language</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="76"/>
        <source>Keep every run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="77"/>
        <source>Keep the last N runs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="78"/>
        <source>Keep the last N days</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="90"/>
        <source>How many runs or days to keep</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="108"/>
        <source>&amp;Timeout per step:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="45"/>
        <source>Connecting, the TLS handshake and the web request each get this long. Looking up a name keeps its own shorter limit unless this one is shorter.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="109"/>
        <source>Whole &amp;run at most:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="110"/>
        <source>Transfer-cut tr&amp;ies:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="111"/>
        <source>Call test le&amp;ngth:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="112"/>
        <source>&amp;DNS-over-HTTPS resolver:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="113"/>
        <source>&amp;Proxy:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="114"/>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="115"/>
        <source>&amp;History:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="118"/>
        <source>&amp;Services to check:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="130"/>
        <source>Controls always run: they tell a block from an outage.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="167"/>
        <source>Choose at least one service.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Watch mode</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Keep watching the connection (from the tray)</source>
        <translation></translation>
    </message>
    <message>
        <source> min</source>
        <translation></translation>
    </message>
    <message>
        <source>Each wait is a little longer or shorter at random, so that not everyone checks at once.</source>
        <translation></translation>
    </message>
    <message>
        <source> MB</source>
        <translation></translation>
    </message>
    <message>
        <source>used today: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>nothing used today yet</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Start with my computer</source>
        <translation></translation>
    </message>
    <message>
        <source>Starts Svyaz in the tray when you log in. Off when watch mode is off.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation></translation>
    </message>
    <message>
        <source>Services with no notifications</source>
        <translation></translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation></translation>
    </message>
    <message>
        <source>Data a &amp;day on mobile or metered links:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;No notifications for:</source>
        <translation></translation>
    </message>
    <message>
        <source>Watch mode checks lightly (no downloads, no call test), says only changes that a second check confirms, and keeps a dated diary in History.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <location filename="../../gui/run/timeline.py" line="26"/>
        <source>Step timeline</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/timeline.py" line="38"/>
        <source>No steps recorded.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/timeline.py" line="64"/>
        <location filename="../../gui/run/timeline.py" line="72"/>
        <source>%1 ms</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="36"/>
        <source>Messengers</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="37"/>
        <source>Video</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="38"/>
        <source>Social networks</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="39"/>
        <source>Maps</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="40"/>
        <source>Government and domestic services</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="43"/>
        <source>Search, app stores, notifications and tools</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="46"/>
        <source>Refuse your country (the service&apos;s own choice, not censorship)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="49"/>
        <source>Reference</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="50"/>
        <source>Controls (rarely blocked sites, to tell a block from an outage)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="144"/>
        <source>No problems found: every service checked works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/tile_grid.py" line="153"/>
        <source>Needs attention (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location filename="../../gui/history/timeline.py" line="30"/>
        <source>Timeline of the service by day</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/timeline.py" line="60"/>
        <source>No runs of this service yet.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/timeline.py" line="83"/>
        <source>MOS / kbit/s</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Outage diary</source>
        <translation></translation>
    </message>
    <message>
        <source>No outages in these days. With watch mode on (Tools → Settings → Watch mode), every confirmed change is kept here with its dates.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation></translation>
    </message>
    <message>
        <source>Table (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export diary</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WatchTray</name>
    <message>
        <source>&amp;Check now</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open Svyaz</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pause for 1 hour</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Resume watching</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Works poorly: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything checked works</source>
        <translation></translation>
    </message>
    <message>
        <source>A change is being confirmed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>Watch mode is on, but this desktop has no tray: it watches while this window stays open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not change “Start with my computer”: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Svyaz keeps watching from the tray. To quit, use Quit in the tray&apos;s menu.</source>
        <translation></translation>
    </message>
</context>
</TS>
