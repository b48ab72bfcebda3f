<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="58" />
        <source>Settings file problem: %1</source>
        <translation>Ошибка в файле настроек: %1</translation>
    </message>
</context>
<context>
    <name>CallChart</name>
    <message>
        <location filename="../../gui/call_chart.py" line="24" />
        <source>Round-trip time and loss chart</source>
        <translation>График времени отклика и потерь</translation>
    </message>
    <message>
        <location filename="../../gui/call_chart.py" line="78" />
        <source>seconds · left: round trip, ms · right: loss (dashed)</source>
        <translation>секунды · слева: отклик, мс · справа: потери (пунктир)</translation>
    </message>
    <message>
        <location filename="../../gui/call_chart.py" line="109" />
        <source>No measurements yet.</source>
        <translation>Измерений пока нет.</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../../gui/call_view.py" line="27" />
        <source>excellent</source>
        <translation>отлично</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="29" />
        <source>good</source>
        <translation>хорошо</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="31" />
        <source>fair</source>
        <translation>удовлетворительно</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="33" />
        <source>poor</source>
        <translation>плохо</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="34" />
        <source>bad</source>
        <translation>очень плохо</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="68" />
        <source>WhatsApp and Telegram</source>
        <translation>WhatsApp и Telegram</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="71" />
        <source>Which messenger's calls to test</source>
        <translation>Звонки какого мессенджера проверить</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="72" />
        <location filename="../../gui/call_view.py" line="121" />
        <source>Start call test</source>
        <translation>Проверить звонки</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="73" />
        <source>Start or stop the call test</source>
        <translation>Начать или остановить проверку звонков</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="77" />
        <source>Measures the path a call would take, without an account and without calling anyone: a stream of small packets like a voice call's, to the messengers' call servers and to public control servers.</source>
        <translation>Проверяет путь, по которому пошёл бы звонок, — без учётной записи и без звонка кому-либо: поток небольших пакетов, как у голосового звонка, к серверам звонков мессенджеров и к общедоступным контрольным серверам.</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="84" />
        <source>round trip, ms</source>
        <translation>отклик, мс</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="85" />
        <source>jitter, ms</source>
        <translation>джиттер, мс</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="86" />
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="87" />
        <location filename="../../gui/call_view.py" line="166" />
        <source>call quality (MOS, 1–5)</source>
        <translation>качество звонка (MOS, 1–5)</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="95" />
        <source>&amp;Messenger:</source>
        <translation>&amp;Мессенджер:</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="121" />
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="126" />
        <source>Measuring…</source>
        <translation>Измеряем…</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="160" />
        <source>The test was stopped before the end.</source>
        <translation>Проверка остановлена до конца.</translation>
    </message>
    <message>
        <location filename="../../gui/call_view.py" line="162" />
        <source>No result.</source>
        <translation>Нет результата.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash_dialog.py" line="25" />
        <source>Svyaz hit an unexpected error. Your results so far are kept. The details below contain no addresses; the log is at:</source>
        <translation>В Svyaz произошла непредвиденная ошибка. Полученные результаты сохранены. В подробностях ниже нет адресов; журнал находится здесь:</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../gui/details_dialog.py" line="25" />
        <source>%1 — details</source>
        <translation>%1 — подробности</translation>
    </message>
    <message>
        <location filename="../../gui/details_dialog.py" line="31" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../gui/details_dialog.py" line="37" />
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <location filename="../../gui/details_dialog.py" line="44" />
        <source>Steps, in time:</source>
        <translation>Шаги по времени:</translation>
    </message>
</context>
<context>
    <name>DetailsText</name>
    <message>
        <location filename="../../gui/details_text.py" line="20" />
        <source>What to try:</source>
        <translation>Что попробовать:</translation>
    </message>
    <message>
        <location filename="../../gui/details_text.py" line="24" />
        <source>No results yet.</source>
        <translation>Результатов пока нет.</translation>
    </message>
    <message>
        <location filename="../../gui/details_text.py" line="28" />
        <source>Evidence:</source>
        <translation>Доказательства:</translation>
    </message>
</context>
<context>
    <name>FirstRunNote</name>
    <message>
        <location filename="../../gui/first_run.py" line="11" />
        <source>About Svyaz and your privacy</source>
        <translation>О Svyaz и вашей приватности</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="14" />
        <source>&lt;p&gt;&lt;b&gt;Svyaz checks which internet services work on your network, and at which step the others are blocked.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It sends probes only when you press &lt;i&gt;Run diagnostic&lt;/i&gt; or start a call test, and only to the services in its list. It uploads nothing: results and history stay on this computer; a report leaves it only if you save and share it, and reports hide your addresses unless you choose otherwise.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Be aware:&lt;/b&gt; the probes are ordinary connections to these services, so your network operator can see that they were made, as it can see any visit. Decide whether that is safe for you before running it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Svyaz проверяет, какие интернет-сервисы работают в вашей сети и на каком шаге блокируются остальные.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Проверки отправляются только когда вы нажимаете &lt;i&gt;Запустить проверку&lt;/i&gt; или начинаете проверку звонков, и только к сервисам из списка. Svyaz ничего никуда не загружает: результаты и история остаются на этом компьютере; отчёт покидает его, только если вы сами сохраните его и отправите, и в отчётах ваши адреса скрыты, если вы не решите иначе.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Имейте в виду:&lt;/b&gt; проверки — это обычные подключения к этим сервисам, поэтому оператор связи может видеть, что они были, как видит любое посещение сайта. Решите, безопасно ли это для вас, прежде чем запускать.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="26" />
        <source>&amp;Do not show this again</source>
        <translation>&amp;Больше не показывать</translation>
    </message>
</context>
<context>
    <name>LinkType</name>
    <message>
        <location filename="../../gui/link_type.py" line="25" />
        <source>Connected by Wi-Fi</source>
        <translation>Подключение по Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="28" />
        <source>Connected by mobile data</source>
        <translation>Подключение через мобильный интернет</translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="31" />
        <source>Connected by cable (Ethernet)</source>
        <translation>Подключение по кабелю (Ethernet)</translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="34" />
        <source>Connected over Bluetooth</source>
        <translation>Подключение по Bluetooth</translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="40" />
        <source>metered connection</source>
        <translation>лимитное подключение</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="52" />
        <source>Svyaz — what works on this network</source>
        <translation>Svyaz — что работает в этой сети</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="70" />
        <source>&amp;Services</source>
        <translation>&amp;Сервисы</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="71" />
        <source>Call &amp;quality</source>
        <translation>&amp;Качество звонков</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="116" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="117" />
        <source>&amp;Open catalog…</source>
        <translation>&amp;Открыть каталог…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="120" />
        <source>Use the &amp;built-in catalog</source>
        <translation>&amp;Встроенный каталог</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="122" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130" />
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136" />
        <source>&amp;About Svyaz and privacy</source>
        <translation>&amp;О Svyaz и приватности</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166" />
        <location filename="../../gui/main_window.py" line="255" />
        <location filename="../../gui/main_window.py" line="264" />
        <source>Cannot start</source>
        <translation>Не удаётся начать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="203" />
        <source>%n service(s) blocked</source>
        <translation><numerusform>%n сервис заблокирован</numerusform><numerusform>%n сервиса заблокированы</numerusform><numerusform>%n сервисов заблокировано</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="206" />
        <source>%n service(s) partly blocked or slow</source>
        <translation><numerusform>%n сервис частично заблокирован или медленный</numerusform><numerusform>%n сервиса частично заблокированы или медленные</numerusform><numerusform>%n сервисов частично заблокированы или медленные</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="209" />
        <source>%n service(s) work</source>
        <translation><numerusform>%n сервис работает</numerusform><numerusform>%n сервиса работают</numerusform><numerusform>%n сервисов работают</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="235" />
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="238" />
        <source>The check stopped because of an error in Svyaz. Nothing was sent anywhere.</source>
        <translation>Проверка остановилась из-за ошибки в Svyaz. Ничего никуда не отправлено.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248" />
        <location filename="../../gui/main_window.py" line="296" />
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248" />
        <source>Wait for the diagnostic to finish.</source>
        <translation>Дождитесь окончания проверки.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="255" />
        <source>This catalog has no such messenger.</source>
        <translation>В этом каталоге нет такого мессенджера.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="288" />
        <source>Open catalog</source>
        <translation>Открыть каталог</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="288" />
        <source>Service catalogs (*.toml);;All files (*)</source>
        <translation>Каталоги сервисов (*.toml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="296" />
        <source>Wait for the running check to finish.</source>
        <translation>Дождитесь окончания текущей проверки.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="311" />
        <source>built-in catalog</source>
        <translation>встроенный каталог</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="313" />
        <source>Catalog: %1 · services: %2</source>
        <translation>Каталог: %1 · сервисов: %2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="319" />
        <source>Catalog problems</source>
        <translation>Ошибки в каталоге</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="322" />
        <source>Some services could not be read and are left out; the rest will run.</source>
        <translation>Некоторые сервисы не удалось прочитать, они пропущены; остальные будут проверены.</translation>
    </message>
</context>
<context>
    <name>NetworkBanner</name>
    <message>
        <location filename="../../gui/banner.py" line="47" />
        <source>Nothing has been checked yet.</source>
        <translation>Пока ничего не проверялось.</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="50" />
        <source>Press Run diagnostic to test which services work on this network and what blocks the others. Svyaz sends probes only when you ask, and uploads nothing.</source>
        <translation>Нажмите «Запустить проверку», чтобы узнать, какие сервисы работают в этой сети и что блокирует остальные. Svyaz отправляет проверки только по вашей команде и ничего никуда не загружает.</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="57" />
        <source>Checking the network and the services…</source>
        <translation>Проверяем сеть и сервисы…</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="58" />
        <source>This takes up to a minute. You can cancel at any time.</source>
        <translation>Это занимает до минуты. Можно отменить в любой момент.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../gui/run_bar.py" line="26" />
        <source>Progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="50" />
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="51" />
        <source>Cancel the diagnostic</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="52" />
        <source>Stop the diagnostic (Esc)</source>
        <translation>Остановить проверку (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="54" />
        <source>Run diagnostic</source>
        <translation>Запустить проверку</translation>
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="55" />
        <source>Run the diagnostic</source>
        <translation>Запустить проверку</translation>
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="56" />
        <source>Check every service now (Ctrl+R)</source>
        <translation>Проверить все сервисы сейчас (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="62" />
        <source>Checked %1 of %2</source>
        <translation>Проверено %1 из %2</translation>
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="64" />
        <source>Not run yet</source>
        <translation>Ещё не запускалась</translation>
    </message>
    <message>
        <location filename="../../gui/run_bar.py" line="66" />
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <location filename="../../gui/tile.py" line="111" />
        <source>Open the details (Enter)</source>
        <translation>Открыть подробности (Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/tile.py" line="138" />
        <source>Waiting…</source>
        <translation>Ожидание…</translation>
    </message>
    <message>
        <location filename="../../gui/tile.py" line="140" />
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../gui/tile.py" line="143" />
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../gui/tile.py" line="171" />
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings_dialog.py" line="33" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="38" />
        <location filename="../../gui/settings_dialog.py" line="42" />
        <location filename="../../gui/settings_dialog.py" line="49" />
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="52" />
        <source>built-in (Cloudflare and Google, by address)</source>
        <translation>встроенный (Cloudflare и Google, по адресу)</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="54" />
        <source>none — e.g. socks5://127.0.0.1:1080</source>
        <translation>нет — например, socks5://127.0.0.1:1080</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="57" />
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="77" />
        <source>&amp;Timeout per step:</source>
        <translation>&amp;Тайм-аут шага:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="78" />
        <source>Whole &amp;run at most:</source>
        <translation>Вся &amp;проверка не дольше:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="79" />
        <source>Transfer-cut &amp;tries:</source>
        <translation>&amp;Попыток теста обрыва:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="80" />
        <source>&amp;Call test length:</source>
        <translation>&amp;Длительность проверки звонков:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="81" />
        <source>&amp;DNS-over-HTTPS resolver:</source>
        <translation>&amp;DNS-over-HTTPS сервер:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="82" />
        <source>&amp;Proxy:</source>
        <translation>П&amp;рокси:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="83" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="84" />
        <source>&amp;Services to check:</source>
        <translation>&amp;Какие сервисы проверять:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="96" />
        <source>Controls always run: they tell a block from an outage.</source>
        <translation>Контрольные сайты проверяются всегда: они отличают блокировку от сбоя.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="130" />
        <source>Choose at least one service.</source>
        <translation>Выберите хотя бы один сервис.</translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <location filename="../../gui/timeline.py" line="25" />
        <source>Step timeline</source>
        <translation>Шаги по времени</translation>
    </message>
    <message>
        <location filename="../../gui/timeline.py" line="37" />
        <source>No steps recorded.</source>
        <translation>Шаги не записаны.</translation>
    </message>
    <message>
        <location filename="../../gui/timeline.py" line="63" />
        <location filename="../../gui/timeline.py" line="71" />
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../../gui/tile_grid.py" line="26" />
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="27" />
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="28" />
        <source>Social networks</source>
        <translation>Социальные сети</translation>
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="29" />
        <source>Maps</source>
        <translation>Карты</translation>
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="30" />
        <source>Government and domestic services</source>
        <translation>Госуслуги и российские сервисы</translation>
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="33" />
        <source>Reference</source>
        <translation>Справочные сайты</translation>
    </message>
    <message>
        <location filename="../../gui/tile_grid.py" line="34" />
        <source>Controls (rarely blocked sites, to tell a block from an outage)</source>
        <translation>Контрольные (редко блокируемые сайты, чтобы отличить блокировку от сбоя)</translation>
    </message>
</context>
</TS>