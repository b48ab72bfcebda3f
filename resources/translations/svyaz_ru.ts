<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="103"/>
        <source>Settings file problem: %1</source>
        <translation>Ошибка в файле настроек: %1</translation>
    </message>
</context>
<context>
    <name>CallChart</name>
    <message>
        <location filename="../../gui/calls/chart.py" line="41"/>
        <source>Round-trip time and loss chart</source>
        <translation>График времени отклика и потерь</translation>
    </message>
    <message>
        <location filename="../../gui/calls/chart.py" line="144"/>
        <source>seconds · left: round trip, ms · right: loss (dashed)</source>
        <translation>секунды · слева: отклик, мс · справа: потери (пунктир)</translation>
    </message>
    <message>
        <location filename="../../gui/calls/chart.py" line="182"/>
        <source>No measurements yet.</source>
        <translation>Измерений пока нет.</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../../gui/calls/view.py" line="281"/>
        <source>not tested: this proves nothing</source>
        <translation>не проверено: это ничего не доказывает</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="94"/>
        <source>WhatsApp and Telegram</source>
        <translation>WhatsApp и Telegram</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="97"/>
        <source>Which messenger&apos;s calls to test</source>
        <translation>Звонки какого мессенджера проверить</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="98"/>
        <location filename="../../gui/calls/view.py" line="206"/>
        <source>Start call test</source>
        <translation>Проверить звонки</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="99"/>
        <source>Start or stop the call test</source>
        <translation>Начать или остановить проверку звонков</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="104"/>
        <source>Measures the path a call would take, without an account and without calling anyone: a stream of small packets like a voice call&apos;s, to the messengers&apos; call servers and to public control servers.</source>
        <translation>Проверяет путь, по которому пошёл бы звонок, — без учётной записи и без звонка кому-либо: поток небольших пакетов, как у голосового звонка, к серверам звонков мессенджеров и к общедоступным контрольным серверам.</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="114"/>
        <source>round trip, ms</source>
        <translation>отклик, мс</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="115"/>
        <source>jitter, ms</source>
        <translation>джиттер, мс</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="116"/>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="117"/>
        <source>call quality (MOS, 1–5)</source>
        <translation>качество звонка (MOS, 1–5)</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="119"/>
        <source>Messenger and the path measured</source>
        <translation>Мессенджер и измеренный путь</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="129"/>
        <source>&amp;Messenger:</source>
        <translation>&amp;Мессенджер:</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="206"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="211"/>
        <source>Measuring…</source>
        <translation>Измеряем…</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="218"/>
        <source>%1 s left</source>
        <translation>осталось %1 с</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="272"/>
        <source>The test was stopped before the end.</source>
        <translation>Проверка остановлена до конца.</translation>
    </message>
    <message>
        <location filename="../../gui/calls/view.py" line="274"/>
        <source>No result.</source>
        <translation>Нет результата.</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <location filename="../../gui/calls/words.py" line="30"/>
        <source>%1 of %2 packets answered, loss %3 %</source>
        <translation>ответ на %1 из %2 пакетов, потери %3 %</translation>
    </message>
    <message>
        <location filename="../../gui/calls/words.py" line="37"/>
        <source>round trip %1 ms</source>
        <translation>отклик %1 мс</translation>
    </message>
    <message>
        <location filename="../../gui/calls/words.py" line="40"/>
        <source>jitter %1 ms</source>
        <translation>джиттер %1 мс</translation>
    </message>
    <message>
        <location filename="../../gui/calls/words.py" line="46"/>
        <source>cut after %1 packets</source>
        <translation>обрыв после %1-го пакета</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="55"/>
        <source>Also show what was &amp;not tested in one of the runs</source>
        <translation>Показать и то, что в одной из проверок &amp;не проверялось</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="96"/>
        <source>Nothing changed in what both runs tested.</source>
        <translation>В том, что проверялось в обеих проверках, ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="46"/>
        <source>Compare runs</source>
        <translation>Сравнение проверок</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="51"/>
        <source>From %1 to %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="59"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="59"/>
        <source>Function</source>
        <translation>Функция</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="59"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="59"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="98"/>
        <source>Nothing changed between these runs.</source>
        <translation>Между этими проверками ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="106"/>
        <source>not tested</source>
        <translation>не проверялось</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="114"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../gui/history/compare_dialog.py" line="120"/>
        <source>(whole service)</source>
        <translation>(сервис целиком)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash_dialog.py" line="27"/>
        <source>Svyaz hit an unexpected error. Your results so far are kept. The details below contain no addresses; the log is at:</source>
        <translation>В Svyaz произошла непредвиденная ошибка. Полученные результаты сохранены. В подробностях ниже нет адресов; журнал находится здесь:</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="42"/>
        <source>%1 — details</source>
        <translation>%1 — подробности</translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="48"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="51"/>
        <location filename="../../gui/run/details_dialog.py" line="64"/>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="56"/>
        <source>Addresses, timings and error text of every step, for whoever helps you</source>
        <translation>Адреса, время и текст ошибок каждого шага — для того, кто вам помогает</translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="78"/>
        <source>Co&amp;py details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <location filename="../../gui/run/details_dialog.py" line="74"/>
        <source>Steps, in time:</source>
        <translation>Шаги по времени:</translation>
    </message>
</context>
<context>
    <name>DetailsText</name>
    <message>
        <location filename="../../gui/run/details_text.py" line="28"/>
        <source>What to try:</source>
        <translation>Что попробовать:</translation>
    </message>
    <message>
        <location filename="../../gui/run/details_text.py" line="32"/>
        <source>No results yet.</source>
        <translation>Результатов пока нет.</translation>
    </message>
    <message>
        <location filename="../../gui/run/details_text.py" line="36"/>
        <source>Evidence:</source>
        <translation>Доказательства:</translation>
    </message>
    <message>
        <location filename="../../gui/run/details_text.py" line="40"/>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
</context>
<context>
    <name>DiaryTimeline</name>
    <message>
        <location filename="../../gui/history/diary_timeline.py" line="76"/>
        <source>No outages in this period</source>
        <translation>За этот период сбоев нет</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_timeline.py" line="77"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_timeline.py" line="94"/>
        <source>Outage timeline</source>
        <translation>Шкала сбоев</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_timeline.py" line="96"/>
        <source>The periods of the table below on a time line; the table has them all.</source>
        <translation>Периоды из таблицы ниже на шкале времени; в таблице есть все.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_timeline.py" line="122"/>
        <source>%1 (through a VPN)</source>
        <translation>%1 (через VPN)</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../gui/history/diary_view.py" line="86"/>
        <source>Outage diary</source>
        <translation>Дневник сбоев</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="90"/>
        <source>No outages in these days. With watch mode on (Tools → Settings → Watch mode), every confirmed change is kept here with its dates.</source>
        <translation>За эти дни сбоев не записано. Когда включено наблюдение (Инструменты → Настройки → Наблюдение), каждое подтверждённое изменение сохраняется здесь с датами.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="95"/>
        <source>Export &amp;diary…</source>
        <translation>&amp;Экспорт дневника…</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="221"/>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="221"/>
        <source>Table (*.csv)</source>
        <translation>Таблица (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="221"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="224"/>
        <source>Export diary</source>
        <translation>Экспорт дневника</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="253"/>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diary_view.py" line="262"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
</context>
<context>
    <name>FirstRunNote</name>
    <message>
        <location filename="../../gui/first_run.py" line="13"/>
        <source>About Svyaz and your privacy</source>
        <translation>О Svyaz и вашей приватности</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="16"/>
        <source>&lt;p&gt;&lt;b&gt;Svyaz checks which internet services work on your network, and at which step the others are blocked.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It sends probes only when you press &lt;i&gt;Run diagnostic&lt;/i&gt; or start a call test, and only to the services in its list. It uploads nothing: results and history stay on this computer; a report leaves it only if you save and share it, and reports hide your addresses unless you choose otherwise.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Be aware:&lt;/b&gt; the probes are ordinary connections to these services, so your network operator can see that they were made, as it can see any visit. Decide whether that is safe for you before running it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Svyaz проверяет, какие интернет-сервисы работают в вашей сети и на каком шаге блокируются остальные.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Проверки отправляются только когда вы нажимаете &lt;i&gt;Запустить проверку&lt;/i&gt; или начинаете проверку звонков, и только к сервисам из списка. Svyaz ничего никуда не загружает: результаты и история остаются на этом компьютере; отчёт покидает его, только если вы сами сохраните его и отправите, и в отчётах ваши адреса скрыты, если вы не решите иначе.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Имейте в виду:&lt;/b&gt; проверки — это обычные подключения к этим сервисам, поэтому оператор связи может видеть, что они были, как видит любое посещение сайта. Решите, безопасно ли это для вас, прежде чем запускать.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="29"/>
        <source>&amp;Do not show this again</source>
        <translation>&amp;Больше не показывать</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/history/view.py" line="55"/>
        <source>Show runs of this service</source>
        <translation>Показать проверки этого сервиса</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="64"/>
        <source>R&amp;efresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="71"/>
        <source>Ser&amp;vice:</source>
        <translation>Се&amp;рвис:</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="72"/>
        <source>F&amp;rom:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="73"/>
        <source>T&amp;o:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="90"/>
        <source>Stored runs</source>
        <translation>Сохранённые проверки</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="94"/>
        <source>Sho&amp;w run</source>
        <translation>&amp;Показать проверку</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="95"/>
        <source>Co&amp;mpare two runs</source>
        <translation>Ср&amp;авнить две проверки</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="96"/>
        <source>E&amp;xport report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="97"/>
        <source>&amp;Delete run</source>
        <translation>&amp;Удалить проверку</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="98"/>
        <source>C&amp;lear history…</source>
        <translation>О&amp;чистить историю…</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="99"/>
        <source>Re&amp;cover runs from a file…</source>
        <translation>&amp;Восстановить проверки из файла…</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="297"/>
        <source>Recover runs from a history file</source>
        <translation>Восстановить проверки из файла истории</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="299"/>
        <source>History files (*.sqlite3 *.sqlite3.corrupt-*);;All files (*)</source>
        <translation>Файлы истории (*.sqlite3 *.sqlite3.corrupt-*);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="309"/>
        <source>Cannot recover runs</source>
        <translation>Не удалось восстановить проверки</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="119"/>
        <source>By day: the worst each function did</source>
        <translation>По дням: худшее состояние каждой функции</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="125"/>
        <source>No runs stored yet: every diagnostic you run is kept here.</source>
        <translation>Сохранённых проверок пока нет: здесь хранится каждая проведённая проверка.</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="153"/>
        <source>All services</source>
        <translation>Все сервисы</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="194"/>
        <source>History cannot be read: %1</source>
        <translation>Не удаётся прочитать историю: %1</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="240"/>
        <source>Cannot open the run</source>
        <translation>Не удаётся открыть проверку</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="273"/>
        <source>Cannot delete</source>
        <translation>Не удаётся удалить</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="280"/>
        <source>Clear history</source>
        <translation>Очистить историю</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="281"/>
        <source>Delete every stored run? This cannot be undone.</source>
        <translation>Удалить все сохранённые проверки? Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="288"/>
        <source>Cannot clear</source>
        <translation>Не удаётся очистить</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="135"/>
        <source>R&amp;uns</source>
        <translation>Журна&amp;л проверок</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="136"/>
        <source>Outage di&amp;ary</source>
        <translation>Д&amp;невник сбоев</translation>
    </message>
</context>
<context>
    <name>LinkType</name>
    <message>
        <location filename="../../gui/link_type.py" line="48"/>
        <source>Connected by Wi-Fi</source>
        <translation>Подключение по Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="49"/>
        <source>Connected by mobile data</source>
        <translation>Подключение через мобильный интернет</translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="50"/>
        <source>Connected by cable (Ethernet)</source>
        <translation>Подключение по кабелю (Ethernet)</translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="51"/>
        <source>Connected over Bluetooth</source>
        <translation>Подключение по Bluetooth</translation>
    </message>
    <message>
        <location filename="../../gui/link_type.py" line="55"/>
        <source>metered connection</source>
        <translation>лимитное подключение</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="93"/>
        <source>Svyaz — what works on this network</source>
        <translation>Svyaz — что работает в этой сети</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="112"/>
        <source>&amp;Services</source>
        <translation>С&amp;ервисы</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="113"/>
        <source>Call &amp;quality</source>
        <translation>&amp;Качество звонков</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="117"/>
        <source>H&amp;istory</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="30"/>
        <source>&amp;Open catalog…</source>
        <translation>&amp;Открыть каталог…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="32"/>
        <source>Use the &amp;built-in catalog</source>
        <translation>&amp;Встроенный каталог</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="33"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="35"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="42"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="43"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="46"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="47"/>
        <source>&amp;About Svyaz and privacy</source>
        <translation>&amp;О Svyaz и приватности</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="48"/>
        <source>&amp;Prepare for a shutdown…</source>
        <translation>&amp;Подготовка к отключению…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <location filename="../../gui/main_window.py" line="341"/>
        <location filename="../../gui/main_window.py" line="344"/>
        <source>Cannot start</source>
        <translation>Не удаётся начать</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="60"/>
        <source>Catalog not found</source>
        <translation>Каталог не найден</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="62"/>
        <source>The catalog %1 is gone.</source>
        <translation>Каталога %1 больше нет.</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="64"/>
        <source>The catalog %1 cannot be read.</source>
        <translation>Каталог %1 не читается.</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="67"/>
        <source>Use the built-in catalog (it checks the real services), or choose another?</source>
        <translation>Использовать встроенный каталог (он проверяет настоящие сервисы) или выбрать другой?</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="75"/>
        <source>Use the &amp;built-in one</source>
        <translation>&amp;Встроенный</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="79"/>
        <source>&amp;Choose another…</source>
        <translation>Выбрать &amp;другой…</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="83"/>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="418"/>
        <source>No catalog in use: choose one (File → Open catalog…)</source>
        <translation>Каталог не выбран: выберите его (Файл → Открыть каталог…)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>Not saved to history: %1</source>
        <translation>Не сохранено в истории: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="322"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>The check stopped because of an error in Svyaz. Nothing was sent anywhere.</source>
        <translation>Проверка остановилась из-за ошибки в Svyaz. Ничего никуда не отправлено.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <location filename="../../gui/main_window.py" line="370"/>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <source>Wait for the diagnostic to finish.</source>
        <translation>Дождитесь окончания проверки.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="341"/>
        <source>This catalog has no such messenger.</source>
        <translation>В этом каталоге нет такого мессенджера.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="362"/>
        <source>Open catalog</source>
        <translation>Открыть каталог</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="362"/>
        <source>Service catalogs (*.toml);;All files (*)</source>
        <translation>Каталоги сервисов (*.toml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="370"/>
        <source>Wait for the running check to finish.</source>
        <translation>Дождитесь окончания текущей проверки.</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="24"/>
        <source>Cannot open the catalog</source>
        <translation>Не удаётся открыть каталог</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="25"/>
        <source>The catalog %1 cannot be read; the current one stays in use.</source>
        <translation>Каталог %1 не читается; остаётся текущий.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403"/>
        <source>built-in catalog</source>
        <translation>встроенный каталог</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="405"/>
        <source>Catalog: %1 · services: %2</source>
        <translation>Каталог: %1 · сервисов: %2</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="38"/>
        <source>Catalog problems</source>
        <translation>Ошибки в каталоге</translation>
    </message>
    <message>
        <location filename="../../gui/catalog_dialogs.py" line="39"/>
        <source>Some services could not be read and are left out; the rest will run.</source>
        <translation>Некоторые сервисы не удалось прочитать, они пропущены; остальные будут проверены.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>Finishing a background check; your check starts right after it…</source>
        <translation>Заканчивается фоновая проверка; ваша начнётся сразу после неё…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>Watch mode checked at %1</source>
        <translation>Наблюдение: проверено в %1</translation>
    </message>
</context>
<context>
    <name>NetworkBanner</name>
    <message>
        <location filename="../../gui/run/banner.py" line="87"/>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="143"/>
        <source>Nothing has been checked yet.</source>
        <translation>Пока ничего не проверялось.</translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="146"/>
        <source>Press Run diagnostic to test which services work on this network and what blocks the others. Svyaz sends probes only when you ask, and uploads nothing.</source>
        <translation>Нажмите «Запустить проверку», чтобы узнать, какие сервисы работают в этой сети и что блокирует остальные. Svyaz отправляет проверки только по вашей команде и ничего никуда не загружает.</translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="154"/>
        <source>No catalog to check: the chosen file is missing.</source>
        <translation>Проверять нечего: выбранного файла каталога нет.</translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="157"/>
        <source>%1 is gone or cannot be read. Choose a catalog to go on (File → Open catalog…).</source>
        <translation>%1 удалён или не читается. Чтобы продолжить, выберите каталог (Файл → Открыть каталог…).</translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="164"/>
        <source>Checking the network and the services…</source>
        <translation>Проверяем сеть и сервисы…</translation>
    </message>
    <message>
        <location filename="../../gui/run/banner.py" line="165"/>
        <source>This takes up to a minute. You can cancel at any time.</source>
        <translation>Это занимает до минуты. Можно отменить в любой момент.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="252"/>
        <source>%n service(s) refuse your country</source>
        <translation>
            <numerusform>%n сервис сам отказывает вашей стране</numerusform>
            <numerusform>%n сервиса сами отказывают вашей стране</numerusform>
            <numerusform>%n сервисов сами отказывают вашей стране</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="254"/>
        <source>%n service(s) ask to turn off the VPN</source>
        <translation>
            <numerusform>%n сервис просит отключить VPN</numerusform>
            <numerusform>%n сервиса просят отключить VPN</numerusform>
            <numerusform>%n сервисов просят отключить VPN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="248"/>
        <source>%n service(s) blocked</source>
        <translation>
            <numerusform>%n сервис заблокирован</numerusform>
            <numerusform>%n сервиса заблокированы</numerusform>
            <numerusform>%n сервисов заблокировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="250"/>
        <source>%n service(s) partly blocked or slow</source>
        <translation>
            <numerusform>%n сервис частично заблокирован или медленный</numerusform>
            <numerusform>%n сервиса частично заблокированы или медленные</numerusform>
            <numerusform>%n сервисов частично заблокированы или медленные</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/banner.py" line="256"/>
        <source>%n service(s) work</source>
        <translation>
            <numerusform>%n сервис работает</numerusform>
            <numerusform>%n сервиса работают</numerusform>
            <numerusform>%n сервисов работают</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <location filename="../../gui/words.py" line="106"/>
        <source>no answer in time</source>
        <translation>нет ответа вовремя</translation>
    </message>
    <message>
        <location filename="../../gui/words.py" line="107"/>
        <source>the connection was cut</source>
        <translation>соединение оборвано</translation>
    </message>
    <message>
        <location filename="../../gui/words.py" line="110"/>
        <source>the connection was refused</source>
        <translation>в соединении отказано</translation>
    </message>
    <message>
        <location filename="../../gui/words.py" line="116"/>
        <source>a technical error (see Technical details)</source>
        <translation>техническая ошибка (см. «Технические подробности»)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../gui/qt_words.py" line="20"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="21"/>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="24"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="25"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="26"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="27"/>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="28"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/qt_words.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../gui/qt_words.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/report_dialog.py" line="48"/>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="53"/>
        <source>The run of %1.</source>
        <translation>Проверка от %1.</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="56"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="58"/>
        <source>&amp;Web page (HTML) — to share or open on a phone</source>
        <translation>&amp;Веб-страница (HTML) — чтобы поделиться или открыть на телефоне</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="59"/>
        <source>Short &amp;text — to paste into a chat</source>
        <translation>Короткий &amp;текст — чтобы вставить в чат</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="60"/>
        <source>&amp;Data (JSON) — for volunteers and researchers</source>
        <translation>&amp;Данные (JSON) — для волонтёров и исследователей</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="68"/>
        <source>&amp;Include my network details (my IP addresses, my DNS servers, my provider)</source>
        <translation>Включить данные &amp;моей сети (мои IP-адреса, мои DNS-серверы, мой провайдер)</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="72"/>
        <source>Leave this off to share the report safely: without it, nothing in the report points to you or your connection.</source>
        <translation>Оставьте выключенным, чтобы делиться отчётом безопасно: без этого ничто в отчёте не указывает на вас или ваше подключение.</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="81"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="82"/>
        <source>Co&amp;py text summary</source>
        <translation>&amp;Копировать краткий текст</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="116"/>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="127"/>
        <source>Cannot save the report</source>
        <translation>Не удаётся сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="137"/>
        <source>Report saved</source>
        <translation>Отчёт сохранён</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="139"/>
        <source>The report is saved:
%1</source>
        <translation>Отчёт сохранён:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="147"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="149"/>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../gui/run/bar.py" line="30"/>
        <source>Progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="39"/>
        <source>Only &amp;problems</source>
        <translation>Только &amp;проблемы</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="40"/>
        <source>Show only the services that need attention</source>
        <translation>Показать только сервисы, требующие внимания</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="66"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="67"/>
        <source>Cancel the diagnostic</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="68"/>
        <source>Stop the diagnostic (Esc)</source>
        <translation>Остановить проверку (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/self_test.py" line="76"/>
        <location filename="../../gui/run/bar.py" line="70"/>
        <source>Run diagnostic</source>
        <translation>Запустить проверку</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="71"/>
        <source>Run the diagnostic</source>
        <translation>Запустить проверку</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="72"/>
        <source>Check every service now (Ctrl+R)</source>
        <translation>Проверить все сервисы сейчас (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="76"/>
        <source>Catalog: %1</source>
        <translation>Каталог: %1</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="85"/>
        <source>Checked %1 of %2</source>
        <translation>Проверено %1 из %2</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="87"/>
        <source>Not run yet</source>
        <translation>Ещё не запускалась</translation>
    </message>
    <message>
        <location filename="../../gui/run/bar.py" line="90"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../../gui/controller.py" line="171"/>
        <source>the history file cannot be written</source>
        <translation>в файл истории нельзя записать</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../../gui/history/model.py" line="93"/>
        <source>built-in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="95"/>
        <source>lab: %1</source>
        <translation>лаборатория: %1</translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="145"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="146"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="147"/>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="148"/>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="150"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="151"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="152"/>
        <source>Run</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="179"/>
        <source>complete</source>
        <translation>завершена</translation>
    </message>
    <message>
        <location filename="../../gui/history/model.py" line="181"/>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <location filename="../../gui/run/stored_window.py" line="30"/>
        <source>Run of %1</source>
        <translation>Проверка от %1</translation>
    </message>
    <message>
        <location filename="../../gui/run/stored_window.py" line="36"/>
        <source>Stored run · %1 blocked · %2 partly · %3 work</source>
        <translation>Сохранённая проверка · заблокировано: %1 · частично: %2 · работает: %3</translation>
    </message>
    <message>
        <location filename="../../gui/run/stored_window.py" line="48"/>
        <source>E&amp;xport report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <location filename="../../gui/run/stored_window.py" line="50"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <location filename="../../gui/run/tile.py" line="134"/>
        <source>Open the details (Enter)</source>
        <translation>Открыть подробности (Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="168"/>
        <source>Waiting…</source>
        <translation>Ожидание…</translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="170"/>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="173"/>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../gui/run/tile.py" line="213"/>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings_dialog.py" line="50"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="57"/>
        <location filename="../../gui/settings_dialog.py" line="68"/>
        <location filename="../../gui/settings_dialog.py" line="76"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="79"/>
        <source>built-in (Cloudflare and Google, by address)</source>
        <translation>встроенный (Cloudflare и Google, по адресу)</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="81"/>
        <source>none — e.g. socks5://127.0.0.1:1080</source>
        <translation>нет — например, socks5://127.0.0.1:1080</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="84"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="92"/>
        <source>Keep every run</source>
        <translation>Хранить все проверки</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="93"/>
        <source>Keep the last N runs</source>
        <translation>Хранить последние N проверок</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="94"/>
        <source>Keep the last N days</source>
        <translation>Хранить последние N дней</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="106"/>
        <source>How many runs or days to keep</source>
        <translation>Сколько проверок или дней хранить</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="181"/>
        <source>&amp;Timeout per step:</source>
        <translation>&amp;Тайм-аут шага:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="61"/>
        <source>Connecting, the TLS handshake and the web request each get this long. Looking up a name keeps its own shorter limit unless this one is shorter.</source>
        <translation>Столько даётся на подключение, на TLS-рукопожатие и на веб-запрос. У поиска имени свой, более короткий предел, если этот не короче.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="182"/>
        <source>Whole &amp;run at most:</source>
        <translation>Вся &amp;проверка не дольше:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="183"/>
        <source>Transfer-cut tr&amp;ies:</source>
        <translation>Попыток теста о&amp;брыва:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="184"/>
        <source>Call test le&amp;ngth:</source>
        <translation>&amp;Длительность проверки звонков:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="185"/>
        <source>&amp;DNS-over-HTTPS resolver:</source>
        <translation>&amp;DNS-over-HTTPS сервер:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="186"/>
        <source>&amp;Proxy:</source>
        <translation>П&amp;рокси:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="187"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="188"/>
        <source>&amp;History:</source>
        <translation>&amp;История:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="191"/>
        <source>&amp;Services to check:</source>
        <translation>&amp;Какие сервисы проверять:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="192"/>
        <source>Controls always run: they tell a block from an outage.</source>
        <translation>Контрольные сайты проверяются всегда: они отличают блокировку от сбоя.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="289"/>
        <source>Choose at least one service.</source>
        <translation>Выберите хотя бы один сервис.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="194"/>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="197"/>
        <source>&amp;Watch mode</source>
        <translation>&amp;Наблюдение</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="124"/>
        <source>&amp;Keep watching the connection (from the tray)</source>
        <translation>&amp;Следить за соединением (из трея)</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="128"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="132"/>
        <source>Each wait is a little longer or shorter at random, so that not everyone checks at once.</source>
        <translation>Каждый интервал случайно немного длиннее или короче, чтобы не все проверяли одновременно.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="139"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="142"/>
        <source>used today: %1</source>
        <translation>сегодня использовано: %1</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="144"/>
        <source>nothing used today yet</source>
        <translation>сегодня ещё ничего не использовано</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="147"/>
        <source>&amp;Start with my computer</source>
        <translation>&amp;Запускать вместе с компьютером</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="150"/>
        <source>Starts Svyaz in the tray when you log in. Off when watch mode is off.</source>
        <translation>Запускает Svyaz в трее при входе в систему. Выключено, когда наблюдение выключено.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="152"/>
        <source>Not available on this system.</source>
        <translation>В этой системе недоступно.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="156"/>
        <source>Services with no notifications</source>
        <translation>Сервисы без уведомлений</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="221"/>
        <source>Check &amp;every:</source>
        <translation>Проверять &amp;каждые:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="222"/>
        <source>Data a &amp;day on mobile or metered links:</source>
        <translation>Данных в &amp;день на мобильном или лимитном подключении:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="225"/>
        <source>&amp;No notifications for:</source>
        <translation>&amp;Без уведомлений для:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="229"/>
        <source>Watch mode checks lightly (no downloads, no call test), says only changes that a second check confirms, and keeps a dated diary in History.</source>
        <translation>Наблюдение проверяет облегчённо (без загрузок и проверки звонков), сообщает только об изменениях, подтверждённых второй проверкой, и ведёт дневник с датами в Истории.</translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <location filename="../../gui/run/timeline.py" line="26"/>
        <source>Step timeline</source>
        <translation>Шаги по времени</translation>
    </message>
    <message>
        <location filename="../../gui/run/timeline.py" line="38"/>
        <source>No steps recorded.</source>
        <translation>Шаги не записаны.</translation>
    </message>
    <message>
        <location filename="../../gui/run/timeline.py" line="64"/>
        <location filename="../../gui/run/timeline.py" line="72"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../../gui/run/tile_grid.py" line="138"/>
        <source>No problems found: every service checked works.</source>
        <translation>Проблем не найдено: все проверенные сервисы работают.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/run/tile_grid.py" line="167"/>
        <source>Needs attention (%n)</source>
        <translation>
            <numerusform>Требует внимания (%n)</numerusform>
            <numerusform>Требуют внимания (%n)</numerusform>
            <numerusform>Требуют внимания (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location filename="../../gui/history/timeline.py" line="31"/>
        <source>Timeline of the service by day</source>
        <translation>Состояние сервиса по дням</translation>
    </message>
    <message>
        <location filename="../../gui/history/timeline.py" line="61"/>
        <source>No runs of this service yet.</source>
        <translation>Проверок этого сервиса пока нет.</translation>
    </message>
    <message>
        <location filename="../../gui/history/timeline.py" line="84"/>
        <source>MOS / kbit/s</source>
        <translation>MOS / кбит/с</translation>
    </message>
</context>
<context>
    <name>WatchTray</name>
    <message>
        <location filename="../../gui/watch/tray.py" line="112"/>
        <source>&amp;Check now</source>
        <translation>&amp;Проверить сейчас</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="113"/>
        <source>&amp;Open Svyaz</source>
        <translation>&amp;Открыть Svyaz</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="114"/>
        <source>&amp;Pause for 1 hour</source>
        <translation>П&amp;ауза на 1 час</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="115"/>
        <source>&amp;Resume watching</source>
        <translation>П&amp;родолжить наблюдение</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="116"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="195"/>
        <source>Last check: %1</source>
        <translation>Последняя проверка: %1</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="197"/>
        <source>Not checked yet</source>
        <translation>Ещё не проверялось</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="201"/>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="212"/>
        <source>Blocked: %1</source>
        <translation>Заблокировано: %1</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="213"/>
        <source>Works poorly: %1</source>
        <translation>Работает с перебоями: %1</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="219"/>
        <source>Everything checked works</source>
        <translation>Всё проверенное работает</translation>
    </message>
    <message>
        <location filename="../../gui/watch/tray.py" line="199"/>
        <source>A change is being confirmed</source>
        <translation>Изменение подтверждается повторной проверкой</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <location filename="../../gui/window_host.py" line="156"/>
        <source>Watch mode is on, but this desktop has no tray: it watches while this window stays open.</source>
        <translation>Наблюдение включено, но на этом рабочем столе нет трея: наблюдение идёт, пока это окно открыто.</translation>
    </message>
    <message>
        <location filename="../../gui/window_host.py" line="180"/>
        <source>Could not change “Start with my computer”: %1</source>
        <translation>Не удалось изменить «Запускать вместе с компьютером»: %1</translation>
    </message>
    <message>
        <location filename="../../gui/window_host.py" line="216"/>
        <source>Svyaz keeps watching from the tray. To quit, use Quit in the tray&apos;s menu.</source>
        <translation>Svyaz продолжает наблюдение из трея. Чтобы выйти, выберите «Выход» в меню значка в трее.</translation>
    </message>
</context>
</TS>
