<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="58" />
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
        <location filename="../../gui/call_view.py" line="27" />
        <source>excellent</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="29" />
        <source>good</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="31" />
        <source>fair</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="33" />
        <source>poor</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="34" />
        <source>bad</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="68" />
        <source>WhatsApp and Telegram</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="71" />
        <source>Which messenger's calls to test</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="72" />
        <location filename="../../gui/call_view.py" line="121" />
        <source>Start call test</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="73" />
        <source>Start or stop the call test</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="77" />
        <source>Measures the path a call would take, without an account and without calling anyone: a stream of small packets like a voice call's, to the messengers' call servers and to public control servers.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="84" />
        <source>round trip, ms</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="85" />
        <source>jitter, ms</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="86" />
        <source>loss</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="87" />
        <location filename="../../gui/call_view.py" line="166" />
        <source>call quality (MOS, 1–5)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="95" />
        <source>&amp;Messenger:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="121" />
        <source>Stop</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="126" />
        <source>Measuring…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="160" />
        <source>The test was stopped before the end.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="162" />
        <source>No result.</source>
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
        <location filename="../../gui/details_text.py" line="20" />
        <source>What to try:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/details_text.py" line="24" />
        <source>No results yet.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/details_text.py" line="28" />
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
    <name>LinkType</name>
    <message>
        <location filename="../../gui/link_type.py" line="25" />
        <source>Connected by Wi-Fi</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="28" />
        <source>Connected by mobile data</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="31" />
        <source>Connected by cable (Ethernet)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="34" />
        <source>Connected over Bluetooth</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="40" />
        <source>metered connection</source>
        <translation />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="52" />
        <source>Svyaz — what works on this network</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="70" />
        <source>&amp;Services</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="71" />
        <source>Call &amp;quality</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="116" />
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="117" />
        <source>&amp;Open catalog…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="120" />
        <source>Use the &amp;built-in catalog</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="122" />
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130" />
        <source>&amp;Tools</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131" />
        <source>&amp;Settings…</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135" />
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136" />
        <source>&amp;About Svyaz and privacy</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166" />
        <location filename="../../gui/main_window.py" line="255" />
        <location filename="../../gui/main_window.py" line="264" />
        <source>Cannot start</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="203" />
        <source>%n service(s) blocked</source>
        <translation><numerusform>%n service blocked</numerusform><numerusform>%n services blocked</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="206" />
        <source>%n service(s) partly blocked or slow</source>
        <translation><numerusform>%n service partly blocked or slow</numerusform><numerusform>%n services partly blocked or slow</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="209" />
        <source>%n service(s) work</source>
        <translation><numerusform>%n service works</numerusform><numerusform>%n services work</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="235" />
        <source>Something went wrong</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="238" />
        <source>The check stopped because of an error in Svyaz. Nothing was sent anywhere.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248" />
        <location filename="../../gui/main_window.py" line="296" />
        <source>Busy</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248" />
        <source>Wait for the diagnostic to finish.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="255" />
        <source>This catalog has no such messenger.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="288" />
        <source>Open catalog</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="288" />
        <source>Service catalogs (*.toml);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="296" />
        <source>Wait for the running check to finish.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="311" />
        <source>built-in catalog</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="313" />
        <source>Catalog: %1 · services: %2</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="319" />
        <source>Catalog problems</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="322" />
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
        <location filename="../../gui/settings_dialog.py" line="33" />
        <source>Settings</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="38" />
        <location filename="../../gui/settings_dialog.py" line="42" />
        <location filename="../../gui/settings_dialog.py" line="49" />
        <source> s</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="52" />
        <source>built-in (Cloudflare and Google, by address)</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="54" />
        <source>none — e.g. socks5://127.0.0.1:1080</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="57" />
        <source>System language</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="77" />
        <source>&amp;Timeout per step:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="78" />
        <source>Whole &amp;run at most:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="79" />
        <source>Transfer-cut &amp;tries:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="80" />
        <source>&amp;Call test length:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="81" />
        <source>&amp;DNS-over-HTTPS resolver:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="82" />
        <source>&amp;Proxy:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="83" />
        <source>&amp;Language:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="84" />
        <source>&amp;Services to check:</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="96" />
        <source>Controls always run: they tell a block from an outage.</source>
        <translation />
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="130" />
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
</TS>