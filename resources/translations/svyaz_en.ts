<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="65" />
        <source>Settings file problem: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>CallChart</name>
    <message>
        <location filename="../../gui/call_chart.py" line="24" />
        <source>Round-trip time and loss chart</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_chart.py" line="78" />
        <source>seconds · left: round trip, ms · right: loss (dashed)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_chart.py" line="109" />
        <source>No measurements yet.</source>
        <translation />
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../../gui/call_view.py" line="61" />
        <source>WhatsApp and Telegram</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="64" />
        <source>Which messenger's calls to test</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="65" />
        <location filename="../../gui/call_view.py" line="115" />
        <source>Start call test</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="66" />
        <source>Start or stop the call test</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="70" />
        <source>Measures the path a call would take, without an account and without calling anyone: a stream of small packets like a voice call's, to the messengers' call servers and to public control servers.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="77" />
        <source>round trip, ms</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="78" />
        <source>jitter, ms</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="79" />
        <source>loss</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="80" />
        <location filename="../../gui/call_view.py" line="169" />
        <source>call quality (MOS, 1–5)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="88" />
        <source>&amp;Messenger:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="115" />
        <source>Stop</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="120" />
        <source>Measuring…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="163" />
        <source>The test was stopped before the end.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="165" />
        <source>No result.</source>
        <translation />
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <location filename="../../gui/call_words.py" line="28" />
        <source>%1 of %2 packets answered, loss %3 %</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_words.py" line="32" />
        <source>round trip %1 ms</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_words.py" line="35" />
        <source>jitter %1 ms</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_words.py" line="40" />
        <source>cut after %1 packets</source>
        <translation />
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../gui/compare_dialog.py" line="31" />
        <source>Compare runs</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/compare_dialog.py" line="35" />
        <source>From %1 to %2</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/compare_dialog.py" line="41" />
        <source>Service</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/compare_dialog.py" line="41" />
        <source>Function</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/compare_dialog.py" line="41" />
        <source>Before</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/compare_dialog.py" line="41" />
        <source>After</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/compare_dialog.py" line="48" />
        <source>Nothing changed between these runs.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/compare_dialog.py" line="62" />
        <source>not tested</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/compare_dialog.py" line="70" />
        <source>Network</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/compare_dialog.py" line="76" />
        <source>(whole service)</source>
        <translation />
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash_dialog.py" line="25" />
        <source>Svyaz hit an unexpected error. Your results so far are kept. The details below contain no addresses; the log is at:</source>
        <translation />
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../gui/details_dialog.py" line="25" />
        <source>%1 — details</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/details_dialog.py" line="31" />
        <source>Details</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/details_dialog.py" line="37" />
        <source>&amp;Copy details</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/details_dialog.py" line="44" />
        <source>Steps, in time:</source>
        <translation />
    </message>
</context>
<context>
    <name>DetailsText</name>
    <message>
        <location filename="../../gui/details_text.py" line="21" />
        <source>What to try:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/details_text.py" line="25" />
        <source>No results yet.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/details_text.py" line="29" />
        <source>Evidence:</source>
        <translation />
    </message>
</context>
<context>
    <name>FirstRunNote</name>
    <message>
        <location filename="../../gui/first_run.py" line="11" />
        <source>About Svyaz and your privacy</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="14" />
        <source>&lt;p&gt;&lt;b&gt;Svyaz checks which internet services work on your network, and at which step the others are blocked.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It sends probes only when you press &lt;i&gt;Run diagnostic&lt;/i&gt; or start a call test, and only to the services in its list. It uploads nothing: results and history stay on this computer; a report leaves it only if you save and share it, and reports hide your addresses unless you choose otherwise.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Be aware:&lt;/b&gt; the probes are ordinary connections to these services, so your network operator can see that they were made, as it can see any visit. Decide whether that is safe for you before running it.&lt;/p&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="26" />
        <source>&amp;Do not show this again</source>
        <translation />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/history_view.py" line="44" />
        <source>Show runs of this service</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="53" />
        <source>&amp;Refresh</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="60" />
        <source>S&amp;ervice:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="61" />
        <source>&amp;From:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="62" />
        <source>&amp;To:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="79" />
        <source>Stored runs</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="83" />
        <source>&amp;Show run</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="84" />
        <source>Co&amp;mpare two runs</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="85" />
        <source>E&amp;xport report…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="86" />
        <source>&amp;Delete run</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="87" />
        <source>C&amp;lear history…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="105" />
        <source>By day: the worst each function did</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="111" />
        <source>No runs stored yet: every diagnostic you run is kept here.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="131" />
        <source>All services</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="162" />
        <source>History cannot be read: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="192" />
        <source>Cannot open the run</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="225" />
        <source>Cannot delete</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="232" />
        <source>Clear history</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="233" />
        <source>Delete every stored run? This cannot be undone.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="240" />
        <source>Cannot clear</source>
        <translation />
    </message>
</context>
<context>
    <name>LinkType</name>
    <message>
        <location filename="../../gui/link_type.py" line="43" />
        <source>Connected by Wi-Fi</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="44" />
        <source>Connected by mobile data</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="45" />
        <source>Connected by cable (Ethernet)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="46" />
        <source>Connected over Bluetooth</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="50" />
        <source>metered connection</source>
        <translation />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="65" />
        <source>Svyaz — what works on this network</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="85" />
        <source>&amp;Services</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="86" />
        <source>Call &amp;quality</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="90" />
        <source>&amp;History</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136" />
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137" />
        <source>&amp;Open catalog…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140" />
        <source>Use the &amp;built-in catalog</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142" />
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145" />
        <source>&amp;Export report…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="154" />
        <source>&amp;Tools</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155" />
        <source>&amp;Settings…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159" />
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160" />
        <source>&amp;About Svyaz and privacy</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="190" />
        <location filename="../../gui/main_window.py" line="309" />
        <location filename="../../gui/main_window.py" line="318" />
        <source>Cannot start</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="227" />
        <source>%n service(s) blocked</source>
        <translation><numerusform>%n service blocked</numerusform><numerusform>%n services blocked</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="230" />
        <source>%n service(s) partly blocked or slow</source>
        <translation><numerusform>%n service partly blocked or slow</numerusform><numerusform>%n services partly blocked or slow</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="233" />
        <source>%n service(s) work</source>
        <translation><numerusform>%n service works</numerusform><numerusform>%n services work</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250" />
        <source>Not saved to history: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="289" />
        <source>Something went wrong</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="292" />
        <source>The check stopped because of an error in Svyaz. Nothing was sent anywhere.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="302" />
        <location filename="../../gui/main_window.py" line="350" />
        <source>Busy</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="302" />
        <source>Wait for the diagnostic to finish.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="309" />
        <source>This catalog has no such messenger.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="342" />
        <source>Open catalog</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="342" />
        <source>Service catalogs (*.toml);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350" />
        <source>Wait for the running check to finish.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="367" />
        <source>built-in catalog</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="369" />
        <source>Catalog: %1 · services: %2</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="375" />
        <source>Catalog problems</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="378" />
        <source>Some services could not be read and are left out; the rest will run.</source>
        <translation />
    </message>
</context>
<context>
    <name>NetworkBanner</name>
    <message>
        <location filename="../../gui/banner.py" line="47" />
        <source>Nothing has been checked yet.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/banner.py" line="50" />
        <source>Press Run diagnostic to test which services work on this network and what blocks the others. Svyaz sends probes only when you ask, and uploads nothing.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/banner.py" line="57" />
        <source>Checking the network and the services…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/banner.py" line="58" />
        <source>This takes up to a minute. You can cancel at any time.</source>
        <translation />
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/report_dialog.py" line="36" />
        <source>Export report</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="39" />
        <source>Format:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="41" />
        <source>&amp;Web page (HTML) — to share or open on a phone</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="42" />
        <source>&amp;Short text — to paste into a chat</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="43" />
        <source>&amp;Data (JSON) — for volunteers and researchers</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="51" />
        <source>&amp;Include my network details (my IP addresses, my DNS servers, my provider)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="55" />
        <source>Leave this off to share the report safely: without it, nothing in the report points to you or your connection.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="64" />
        <source>&amp;Save…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="65" />
        <source>&amp;Copy text summary</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="88" />
        <source>Save report</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="99" />
        <source>Cannot save the report</source>
        <translation />
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../gui/run_bar.py" line="26" />
        <source>Progress</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="50" />
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="51" />
        <source>Cancel the diagnostic</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="52" />
        <source>Stop the diagnostic (Esc)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="54" />
        <location filename="../../gui/self_test.py" line="38" />
        <source>Run diagnostic</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="55" />
        <source>Run the diagnostic</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="56" />
        <source>Check every service now (Ctrl+R)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="62" />
        <source>Checked %1 of %2</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="64" />
        <source>Not run yet</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="66" />
        <source>%1 s</source>
        <translation />
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../../gui/history_model.py" line="34" />
        <source>connected</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="35" />
        <source>offline</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="36" />
        <source>whitelist mode</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="37" />
        <source>login page (captive portal)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="45" />
        <source>mobile data</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="46" />
        <source>cable</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="79" />
        <source>When</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="80" />
        <source>Network</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="81" />
        <source>Blocked</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="82" />
        <source>Partly</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="83" />
        <source>Connection</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="84" />
        <source>Run</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="105" />
        <source>complete</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_model.py" line="107" />
        <source>cancelled</source>
        <translation />
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <location filename="../../gui/run_window.py" line="27" />
        <source>Run of %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_window.py" line="33" />
        <source>Stored run · %1 blocked · %2 partly · %3 work</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_window.py" line="42" />
        <source>E&amp;xport report…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run_window.py" line="44" />
        <source>&amp;Close</source>
        <translation />
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <location filename="../../gui/tile.py" line="111" />
        <source>Open the details (Enter)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/tile.py" line="138" />
        <source>Waiting…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/tile.py" line="140" />
        <source>Checking…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/tile.py" line="143" />
        <source>Not checked yet</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/tile.py" line="171" />
        <source>not checked</source>
        <translation />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="41" />
        <location filename="../../gui/settings_dialog.py" line="46" />
        <location filename="../../gui/settings_dialog.py" line="54" />
        <source> s</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="57" />
        <source>built-in (Cloudflare and Google, by address)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="59" />
        <source>none — e.g. socks5://127.0.0.1:1080</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="62" />
        <source>System language</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="70" />
        <source>Keep every run</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="71" />
        <source>Keep the last N runs</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="72" />
        <source>Keep the last N days</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="84" />
        <source>How many runs or days to keep</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="102" />
        <source>&amp;Timeout per step:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="103" />
        <source>Whole &amp;run at most:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="104" />
        <source>Transfer-cut &amp;tries:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="105" />
        <source>&amp;Call test length:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="106" />
        <source>&amp;DNS-over-HTTPS resolver:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="107" />
        <source>&amp;Proxy:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="108" />
        <source>&amp;Language:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="109" />
        <source>&amp;History:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="112" />
        <source>&amp;Services to check:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="124" />
        <source>Controls always run: they tell a block from an outage.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="161" />
        <source>Choose at least one service.</source>
        <translation />
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <location filename="../../gui/timeline.py" line="25" />
        <source>Step timeline</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/timeline.py" line="37" />
        <source>No steps recorded.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/timeline.py" line="63" />
        <location filename="../../gui/timeline.py" line="71" />
        <source>%1 ms</source>
        <translation />
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../../gui/tile_grid.py" line="26" />
        <source>Messengers</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="27" />
        <source>Video</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="28" />
        <source>Social networks</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="29" />
        <source>Maps</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="30" />
        <source>Government and domestic services</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="33" />
        <source>Search, app stores, notifications and tools</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="33" />
        <source>Refuse your country (the service&apos;s own choice, not censorship)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="33" />
        <source>Reference</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="34" />
        <source>Controls (rarely blocked sites, to tell a block from an outage)</source>
        <translation />
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location filename="../../gui/history_timeline.py" line="29" />
        <source>Timeline of the service by day</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_timeline.py" line="59" />
        <source>No runs of this service yet.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/history_timeline.py" line="82" />
        <source>MOS / kbit/s</source>
        <translation />
    </message>
</context>
</TS>