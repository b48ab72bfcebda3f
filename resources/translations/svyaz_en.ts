<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="103"/>
        <source>Settings file problem: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallChart</name>
    <message>
        <location filename="../../gui/calls/chart.py" line="41"/>
        <source>Round-trip time and loss chart</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/chart.py" line="144"/>
        <source>seconds · left: round trip, ms · right: loss (dashed)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/chart.py" line="182"/>
        <source>No measurements yet.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../../gui/calls/view.py" line="94"/>
        <source>WhatsApp and Telegram</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="97"/>
        <source>Which messenger&apos;s calls to test</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="98"/>
        <location filename="../../gui/calls/view.py" line="206"/>
        <source>Start call test</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="99"/>
        <source>Start or stop the call test</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="104"/>
        <source>Measures the path a call would take, without an account and without calling anyone: a stream of small packets like a voice call&apos;s, to the messengers&apos; call servers and to public control servers.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="114"/>
        <source>round trip, ms</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="115"/>
        <source>jitter, ms</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="116"/>
        <source>loss</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="117"/>
        <source>call quality (MOS, 1–5)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="119"/>
        <source>Messenger and the path measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="129"/>
        <source>&amp;Messenger:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="206"/>
        <source>Stop</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="211"/>
        <source>Measuring…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="218"/>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="272"/>
        <source>The test was stopped before the end.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="274"/>
        <source>No result.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="281"/>
        <source>not tested: this proves nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <location filename="../../gui/calls/words.py" line="30"/>
        <source>%1 of %2 packets answered, loss %3 %</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/words.py" line="37"/>
        <source>round trip %1 ms</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/words.py" line="40"/>
        <source>jitter %1 ms</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/calls/words.py" line="46"/>
        <source>cut after %1 packets</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="46"/>
        <source>Compare runs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="51"/>
        <source>From %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="55"/>
        <source>Also show what was &amp;not tested in one of the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="59"/>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="59"/>
        <source>Function</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="59"/>
        <source>Before</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="59"/>
        <source>After</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="96"/>
        <source>Nothing changed in what both runs tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="98"/>
        <source>Nothing changed between these runs.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="106"/>
        <source>not tested</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="114"/>
        <source>Network</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="120"/>
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
        <location filename="../../gui/run/details_dialog.py" line="42"/>
        <source>%1 — details</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="48"/>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="51"/>
        <location filename="../../gui/run/details_dialog.py" line="64"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="56"/>
        <source>Addresses, timings and error text of every step, for whoever helps you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="78"/>
        <source>Co&amp;py details</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="74"/>
        <source>Steps, in time:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DetailsText</name>
    <message>
        <location filename="../../gui/run/details_text.py" line="28"/>
        <source>What to try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_text.py" line="32"/>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_text.py" line="36"/>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/details_text.py" line="40"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryTimeline</name>
    <message>
        <location filename="../../gui/history/diary_timeline.py" line="76"/>
        <source>No outages in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_timeline.py" line="77"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_timeline.py" line="94"/>
        <source>Outage timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_timeline.py" line="96"/>
        <source>The periods of the table below on a time line; the table has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_timeline.py" line="122"/>
        <source>%1 (through a VPN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../gui/history/diary_view.py" line="86"/>
        <source>Outage diary</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="90"/>
        <source>No outages in these days. With watch mode on (Tools → Settings → Watch mode), every confirmed change is kept here with its dates.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="95"/>
        <source>Export &amp;diary…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="221"/>
        <source>Web page (*.html)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="221"/>
        <source>Table (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="221"/>
        <source>JSON (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="224"/>
        <source>Export diary</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="253"/>
        <source>%1 exists already; choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="262"/>
        <source>Not exported</source>
        <translation></translation>
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
        <location filename="../../gui/first_run.py" line="29"/>
        <source>&amp;Do not show this again</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/history/view.py" line="55"/>
        <source>Show runs of this service</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="64"/>
        <source>R&amp;efresh</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="71"/>
        <source>Ser&amp;vice:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="72"/>
        <source>F&amp;rom:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="73"/>
        <source>T&amp;o:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="90"/>
        <source>Stored runs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="94"/>
        <source>Sho&amp;w run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="95"/>
        <source>Co&amp;mpare two runs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="96"/>
        <source>E&amp;xport report…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="97"/>
        <source>&amp;Delete run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="98"/>
        <source>C&amp;lear history…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="99"/>
        <source>Re&amp;cover runs from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="119"/>
        <source>By day: the worst each function did</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="125"/>
        <source>No runs stored yet: every diagnostic you run is kept here.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="153"/>
        <source>All services</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="194"/>
        <source>History cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="240"/>
        <source>Cannot open the run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="273"/>
        <source>Cannot delete</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="280"/>
        <source>Clear history</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="281"/>
        <source>Delete every stored run? This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="288"/>
        <source>Cannot clear</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="297"/>
        <source>Recover runs from a history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="299"/>
        <source>History files (*.sqlite3 *.sqlite3.corrupt-*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="309"/>
        <source>Cannot recover runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="135"/>
        <source>R&amp;uns</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="136"/>
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
        <location filename="../../gui/main_window.py" line="93"/>
        <source>Svyaz — what works on this network</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="112"/>
        <source>&amp;Services</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="113"/>
        <source>Call &amp;quality</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="117"/>
        <source>H&amp;istory</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="29"/>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="30"/>
        <source>&amp;Open catalog…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="32"/>
        <source>Use the &amp;built-in catalog</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="33"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="35"/>
        <source>&amp;Export report…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="42"/>
        <source>&amp;Tools</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="43"/>
        <source>&amp;Settings…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="46"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="47"/>
        <source>&amp;About Svyaz and privacy</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="48"/>
        <source>&amp;Prepare for a shutdown…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <location filename="../../gui/main_window.py" line="341"/>
        <location filename="../../gui/main_window.py" line="344"/>
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
        <location filename="../../gui/main_window.py" line="418"/>
        <source>No catalog in use: choose one (File → Open catalog…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>Not saved to history: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="322"/>
        <source>Something went wrong</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>The check stopped because of an error in Svyaz. Nothing was sent anywhere.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <location filename="../../gui/main_window.py" line="370"/>
        <source>Busy</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <source>Wait for the diagnostic to finish.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="341"/>
        <source>This catalog has no such messenger.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="362"/>
        <source>Open catalog</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="362"/>
        <source>Service catalogs (*.toml);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="370"/>
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
        <location filename="../../gui/main_window.py" line="403"/>
        <source>built-in catalog</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="405"/>
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
        <location filename="../../gui/main_window.py" line="234"/>
        <source>Finishing a background check; your check starts right after it…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>Watch mode checked at %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NetworkBanner</name>
    <message>
        <location filename="../../gui/run/banner.py" line="87"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="143"/>
        <source>Nothing has been checked yet.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="146"/>
        <source>Press Run diagnostic to test which services work on this network and what blocks the others. Svyaz sends probes only when you ask, and uploads nothing.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="154"/>
        <source>No catalog to check: the chosen file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="157"/>
        <source>%1 is gone or cannot be read. Choose a catalog to go on (File → Open catalog…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="164"/>
        <source>Checking the network and the services…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="165"/>
        <source>This takes up to a minute. You can cancel at any time.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="252"/>
        <source>%n service(s) refuse your country</source>
        <translation>
            <numerusform>%n service refuses your country</numerusform>
            <numerusform>%n services refuse your country</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="254"/>
        <source>%n service(s) ask to turn off the VPN</source>
        <translation>
            <numerusform>%n service asks to turn off the VPN</numerusform>
            <numerusform>%n services ask to turn off the VPN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="248"/>
        <source>%n service(s) blocked</source>
        <translation>
            <numerusform>%n service blocked</numerusform>
            <numerusform>%n services blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="250"/>
        <source>%n service(s) partly blocked or slow</source>
        <translation>
            <numerusform>%n service partly blocked or slow</numerusform>
            <numerusform>%n services partly blocked or slow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="256"/>
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
        <location filename="../../gui/words.py" line="106"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/words.py" line="107"/>
        <source>the connection was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/words.py" line="110"/>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/words.py" line="116"/>
        <source>a technical error (see Technical details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../gui/qt_words.py" line="20"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="21"/>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="24"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="25"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="26"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="27"/>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="28"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/qt_words.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/report_dialog.py" line="48"/>
        <source>Export report</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="53"/>
        <source>The run of %1.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="56"/>
        <source>Format:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="58"/>
        <source>&amp;Web page (HTML) — to share or open on a phone</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="59"/>
        <source>Short &amp;text — to paste into a chat</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="60"/>
        <source>&amp;Data (JSON) — for volunteers and researchers</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="68"/>
        <source>&amp;Include my network details (my IP addresses, my DNS servers, my provider)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="72"/>
        <source>Leave this off to share the report safely: without it, nothing in the report points to you or your connection.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="81"/>
        <source>&amp;Save…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="82"/>
        <source>Co&amp;py text summary</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="116"/>
        <source>Save report</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="127"/>
        <source>Cannot save the report</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="137"/>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="139"/>
        <source>The report is saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="147"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="149"/>
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
        <location filename="../../gui/self_test.py" line="76"/>
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
        <location filename="../../gui/controller.py" line="171"/>
        <source>the history file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../../gui/history/model.py" line="93"/>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="95"/>
        <source>lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="145"/>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="146"/>
        <source>Network</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="147"/>
        <source>Blocked</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="148"/>
        <source>Partly</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="150"/>
        <source>Connection</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="151"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="152"/>
        <source>Run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="179"/>
        <source>complete</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="181"/>
        <source>cancelled</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <location filename="../../gui/run/stored_window.py" line="30"/>
        <source>Run of %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/stored_window.py" line="36"/>
        <source>Stored run · %1 blocked · %2 partly · %3 work</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/stored_window.py" line="48"/>
        <source>E&amp;xport report…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/stored_window.py" line="50"/>
        <source>&amp;Close</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <location filename="../../gui/run/tile.py" line="134"/>
        <source>Open the details (Enter)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="168"/>
        <source>Waiting…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="170"/>
        <source>Checking…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="173"/>
        <source>Not checked yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="213"/>
        <source>not checked</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings_dialog.py" line="50"/>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="57"/>
        <location filename="../../gui/settings_dialog.py" line="68"/>
        <location filename="../../gui/settings_dialog.py" line="76"/>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="79"/>
        <source>built-in (Cloudflare and Google, by address)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="81"/>
        <source>none — e.g. socks5://127.0.0.1:1080</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="84"/>
        <source>System language</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="92"/>
        <source>Keep every run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="93"/>
        <source>Keep the last N runs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="94"/>
        <source>Keep the last N days</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="106"/>
        <source>How many runs or days to keep</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="181"/>
        <source>&amp;Timeout per step:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="61"/>
        <source>Connecting, the TLS handshake and the web request each get this long. Looking up a name keeps its own shorter limit unless this one is shorter.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="182"/>
        <source>Whole &amp;run at most:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="183"/>
        <source>Transfer-cut tr&amp;ies:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="184"/>
        <source>Call test le&amp;ngth:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="185"/>
        <source>&amp;DNS-over-HTTPS resolver:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="186"/>
        <source>&amp;Proxy:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="187"/>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="188"/>
        <source>&amp;History:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="191"/>
        <source>&amp;Services to check:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="192"/>
        <source>Controls always run: they tell a block from an outage.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="289"/>
        <source>Choose at least one service.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="194"/>
        <source>&amp;General</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="197"/>
        <source>&amp;Watch mode</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="124"/>
        <source>&amp;Keep watching the connection (from the tray)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="128"/>
        <source> min</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="132"/>
        <source>Each wait is a little longer or shorter at random, so that not everyone checks at once.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="139"/>
        <source> MB</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="142"/>
        <source>used today: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="144"/>
        <source>nothing used today yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="147"/>
        <source>&amp;Start with my computer</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="150"/>
        <source>Starts Svyaz in the tray when you log in. Off when watch mode is off.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="152"/>
        <source>Not available on this system.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="156"/>
        <source>Services with no notifications</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="221"/>
        <source>Check &amp;every:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="222"/>
        <source>Data a &amp;day on mobile or metered links:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="225"/>
        <source>&amp;No notifications for:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="229"/>
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
        <location filename="../../gui/run/tile_grid.py" line="138"/>
        <source>No problems found: every service checked works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/tile_grid.py" line="167"/>
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
        <location filename="../../gui/history/timeline.py" line="31"/>
        <source>Timeline of the service by day</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/timeline.py" line="61"/>
        <source>No runs of this service yet.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/timeline.py" line="84"/>
        <source>MOS / kbit/s</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WatchTray</name>
    <message>
        <location filename="../../gui/watch/tray.py" line="112"/>
        <source>&amp;Check now</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="113"/>
        <source>&amp;Open Svyaz</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="114"/>
        <source>&amp;Pause for 1 hour</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="115"/>
        <source>&amp;Resume watching</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="116"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="195"/>
        <source>Last check: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="197"/>
        <source>Not checked yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="201"/>
        <source>Paused</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="212"/>
        <source>Blocked: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="213"/>
        <source>Works poorly: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="219"/>
        <source>Everything checked works</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="199"/>
        <source>A change is being confirmed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <location filename="../../gui/window_host.py" line="156"/>
        <source>Watch mode is on, but this desktop has no tray: it watches while this window stays open.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/window_host.py" line="180"/>
        <source>Could not change “Start with my computer”: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/window_host.py" line="216"/>
        <source>Svyaz keeps watching from the tray. To quit, use Quit in the tray&apos;s menu.</source>
        <translation></translation>
    </message>
</context>
</TS>
