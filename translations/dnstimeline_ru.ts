<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddressBookDock</name>
    <message>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a row: a network, an address, a name or a name glob, and who is behind it</source>
        <translation>Добавить строку: сеть, адрес, имя или шаблон имени — и кто за ними стоит</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Add the rows of a CSV or JSON address book</source>
        <translation>Добавить строки адресной книги из CSV или JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the address book as CSV or JSON</source>
        <translation>Сохранить адресную книгу в CSV или JSON</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>Изменить выбранную строку</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected row (Ctrl+Z brings it back)</source>
        <translation>Удалить выбранную строку (Ctrl+Z вернёт её)</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Open a store to keep an address book in it.</source>
        <translation>Откройте хранилище, чтобы вести в нём адресную книгу.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); the most specific match wins.</source>
        <translation>
            <numerusform>%n строка; побеждает самое точное совпадение.</numerusform>
            <numerusform>%n строки; побеждает самое точное совпадение.</numerusform>
            <numerusform>%n строк; побеждает самое точное совпадение.</numerusform>
        </translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <source>Add address book row “%1”</source>
        <translation>Добавить строку адресной книги «%1»</translation>
    </message>
    <message>
        <source>Edit address book row “%1”</source>
        <translation>Изменить строку адресной книги «%1»</translation>
    </message>
    <message>
        <source>Delete address book row “%1”</source>
        <translation>Удалить строку адресной книги «%1»</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Import address book</source>
        <translation>Импорт адресной книги</translation>
    </message>
    <message>
        <source>Address books (*.csv *.json);;All files (*)</source>
        <translation>Адресные книги (*.csv *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Keep the rows the file does not have? (Rows with the same pattern take the file&apos;s label either way.)</source>
        <translation>Оставить строки, которых нет в файле? (Строки с тем же шаблоном в любом случае получат метку из файла.)</translation>
    </message>
    <message>
        <source>Export address book</source>
        <translation>Экспорт адресной книги</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>No rows yet. A row labels the addresses or names its pattern matches; split or filter by client_owner, server_owner or answer_owner.</source>
        <translation>Строк пока нет. Строка помечает адреса или имена, подходящие под её шаблон; разбивайте или фильтруйте по client_owner, server_owner или answer_owner.</translation>
    </message>
</context>
<context>
    <name>AddressEntryDialog</name>
    <message>
        <source>Edit address book row</source>
        <translation>Изменение строки адресной книги</translation>
    </message>
    <message>
        <source>Add address book row</source>
        <translation>Новая строка адресной книги</translation>
    </message>
    <message>
        <source>217.12.96.0/24, 2001:db8::/32, mail.example.com or *.example.com</source>
        <translation>217.12.96.0/24, 2001:db8::/32, mail.example.com или *.example.com</translation>
    </message>
    <message>
        <source>Who is behind it, e.g. Alfa Bank</source>
        <translation>Кто за этим стоит, например Альфа-Банк</translation>
    </message>
    <message>
        <source>Where that is said (optional)</source>
        <translation>Где это сказано (необязательно)</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL источника</translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>Всплески</translation>
    </message>
    <message>
        <source>Coincidence</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Periodicity</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>Наложения</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>No band for %1 bins: it compares each bin with the same time of the week in other weeks, so it needs bins that divide a day (1 minute to 1 day).</source>
        <translation>Для интервалов %1 полосы нет: она сравнивает каждый интервал с тем же временем недели в другие недели, поэтому нужны интервалы, на которые делятся сутки (от 1 минуты до 1 суток).</translation>
    </message>
    <message>
        <source>NXDOMAIN share</source>
        <translation>доля NXDOMAIN</translation>
    </message>
    <message>
        <source>SERVFAIL share</source>
        <translation>доля SERVFAIL</translation>
    </message>
    <message>
        <source>distinct names</source>
        <translation>разных имён</translation>
    </message>
    <message>
        <source>first-seen names</source>
        <translation>новых имён</translation>
    </message>
    <message numerus="yes">
        <source>Burst: %1 lookups</source>
        <translation>
            <numerusform>Всплеск: %1 запрос</numerusform>
            <numerusform>Всплеск: %1 запроса</numerusform>
            <numerusform>Всплеск: %1 запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested by Kleinberg&apos;s burst detection (level %1, weight %2).</source>
        <translation>Предложено детектором всплесков Клейнберга (уровень %1, вес %2).</translation>
    </message>
    <message>
        <source>Adding events</source>
        <translation>Добавление событий</translation>
    </message>
    <message numerus="yes">
        <source>%n burst(s) added as events (category &quot;burst&quot;).</source>
        <translation>
            <numerusform>%n всплеск добавлен как событие (категория «burst»).</numerusform>
            <numerusform>%n всплеска добавлены как события (категория «burst»).</numerusform>
            <numerusform>%n всплесков добавлены как события (категория «burst»).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cancelled: its tab shows what it showed before. Change the view or the analysis&apos; settings to run it again.</source>
        <translation>%1: отменено; вкладка показывает прежний результат. Измените вид или настройки анализа, чтобы запустить его снова.</translation>
    </message>
</context>
<context>
    <name>AnalysisOverlay</name>
    <message>
        <source>Suggested burst, not an event: %1 – %2, %3 lookups.
Kleinberg&apos;s burst detection, level %4 of %5 (s = %6, γ = %7, weight %8); Analysis → Bursts accepts it as an event.</source>
        <translation>Предложенный всплеск, не событие: %1 – %2, запросов: %3.
Детектор всплесков Клейнберга, уровень %4 из %5 (s = %6, γ = %7, вес %8); Анализ → Всплески принимает его как событие.</translation>
    </message>
    <message>
        <source>No lookups from %1 (coverage gap): %2 – %3</source>
        <translation>Нет запросов из «%1» (пропуск покрытия): %2 – %3</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>набор %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>suggested bursts (Kleinberg, s = %1, γ = %2)</source>
        <translation>предложенные всплески (Клейнберг, s = %1, γ = %2)</translation>
    </message>
    <message>
        <source>baseline Q1</source>
        <translation>норма, Q1</translation>
    </message>
    <message>
        <source>baseline (median, IQR)</source>
        <translation>норма (медиана, МКР)</translation>
    </message>
    <message>
        <source>baseline median</source>
        <translation>медиана нормы</translation>
    </message>
    <message>
        <source>outside the baseline</source>
        <translation>вне нормы</translation>
    </message>
    <message>
        <source>No lookups from %1 here: its first lookup is at %2</source>
        <translation>Здесь нет запросов из %1: первый его запрос — %2</translation>
    </message>
    <message>
        <source>No lookups from %1 here: its last lookup is at %2</source>
        <translation>Здесь нет запросов из %1: последний его запрос — %2</translation>
    </message>
</context>
<context>
    <name>AnalysisRegistry</name>
    <message>
        <source>The gap threshold is not a duration (e.g. 30m, 1h, 2d).</source>
        <translation>Порог пропуска не является длительностью (например, 30m, 1h, 2d).</translation>
    </message>
    <message>
        <source>No gaps in this view.</source>
        <translation>В этом виде пропусков нет.</translation>
    </message>
    <message>
        <source>%1 gap(s) without data in this view, %2 hours in all: hatched on the timeline.</source>
        <translation>Пропусков без данных в этом виде: %1, всего %2 ч; заштрихованы на временной шкале.</translation>
    </message>
    <message>
        <source>%1 bin(s) outside the baseline band, circled on the timeline (%2 bins).</source>
        <translation>Интервалов вне полосы базовой линии: %1, обведены на временной шкале (интервалы %2).</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>Всплески</translation>
    </message>
    <message>
        <source>Coincidence test</source>
        <translation>Проверка совпадений</translation>
    </message>
    <message>
        <source>Periodicity</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Derived series</source>
        <translation>Производный ряд</translation>
    </message>
    <message>
        <source>Seasonal baseline</source>
        <translation>Сезонная норма</translation>
    </message>
</context>
<context>
    <name>BurstPanel</name>
    <message>
        <source>s: how many times faster a burst state emits than the state below it</source>
        <translation>s: во сколько раз чаще состояние всплеска порождает запросы, чем состояние ниже</translation>
    </message>
    <message>
        <source>γ: the cost of moving up a state; higher finds fewer, stronger bursts</source>
        <translation>γ: цена перехода на состояние выше; чем больше, тем меньше и сильнее всплески</translation>
    </message>
    <message>
        <source>States of the automaton: 2 finds bursts; more finds bursts within bursts</source>
        <translation>Состояния автомата: 2 находят всплески, больше — всплески внутри всплесков</translation>
    </message>
    <message>
        <source>Show on timeline</source>
        <translation>Показать на шкале</translation>
    </message>
    <message>
        <source>Draw the suggested bursts on the timeline as dashed boxes (hover one for what it is)</source>
        <translation>Рисовать предложенные всплески на шкале пунктирными рамками (наведите на рамку, чтобы узнать, что это)</translation>
    </message>
    <message>
        <source>s:</source>
        <translation>s:</translation>
    </message>
    <message>
        <source>γ:</source>
        <translation>γ:</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>Состояний:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Accept selected as events</source>
        <translation>Принять выбранные как события</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <source>No bursts in this view.</source>
        <translation>В этом виде всплесков нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested burst(s), dashed on the timeline (times in %1).</source>
        <translation>
            <numerusform>%n предложенный всплеск, пунктиром на шкале (время: %1).</numerusform>
            <numerusform>%n предложенных всплеска, пунктиром на шкале (время: %1).</numerusform>
            <numerusform>%n предложенных всплесков, пунктиром на шкале (время: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested burst(s) (times in %1); tick Show on timeline to see them there.</source>
        <translation>
            <numerusform>%n предложенный всплеск (время: %1); отметьте «Показать на шкале», чтобы увидеть его там.</numerusform>
            <numerusform>%n предложенных всплеска (время: %1); отметьте «Показать на шкале», чтобы увидеть их там.</numerusform>
            <numerusform>%n предложенных всплесков (время: %1); отметьте «Показать на шкале», чтобы увидеть их там.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bursts cannot be added as events: %1.</source>
        <translation>Всплески нельзя добавить как события: %1.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write the records: %1</source>
        <translation>Не удалось записать записи: %1</translation>
    </message>
</context>
<context>
    <name>ClickHouseConnectDialog</name>
    <message>
        <source>Connect to ClickHouse</source>
        <translation>Подключение к ClickHouse</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>The HTTP interface&apos;s port (8123 by default). Add ?cluster=NAME to read a cluster through a Distributed table. The password is not saved.</source>
        <translation>Порт HTTP-интерфейса (по умолчанию 8123). Добавьте ?cluster=ИМЯ, чтобы читать кластер через таблицу Distributed. Пароль не сохраняется.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>CoincidencePanel</name>
    <message>
        <source>Lookups in the view</source>
        <translation>Запросы в виде</translation>
    </message>
    <message>
        <source>Burst starts in the view</source>
        <translation>Начала всплесков в виде</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все события</translation>
    </message>
    <message>
        <source>W: a lookup within ±W of an event counts (90s, 15m, 6h, 2d, 1w)</source>
        <translation>W: учитывается запрос в пределах ±W от события (90s, 15m, 6h, 2d, 1w)</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Ряд:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>События:</translation>
    </message>
    <message>
        <source>Window ±</source>
        <translation>Окно ±</translation>
    </message>
    <message>
        <source>Shifts:</source>
        <translation>Сдвигов:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Зерно:</translation>
    </message>
    <message>
        <source>Share within the windows: shifted series (grey) vs observed</source>
        <translation>Доля в окнах: сдвинутые ряды (серым) и наблюдаемая</translation>
    </message>
    <message>
        <source>share of the series (%)</source>
        <translation>доля ряда (%)</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>сдвиги</translation>
    </message>
    <message>
        <source>Peri-event histogram</source>
        <translation>Гистограмма вокруг событий</translation>
    </message>
    <message>
        <source>days from the event start</source>
        <translation>дни от начала события</translation>
    </message>
    <message>
        <source>lookups</source>
        <translation>запросы</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <source>The window &apos;%1&apos; is not a duration: write e.g. 90s, 15m, 6h, 2d or 1w.</source>
        <translation>Окно «%1» — не длительность: напишите, например, 90s, 15m, 6h, 2d или 1w.</translation>
    </message>
    <message>
        <source>the burst starts</source>
        <translation>начал всплесков</translation>
    </message>
    <message>
        <source>the lookups</source>
        <translation>запросов</translation>
    </message>
    <message numerus="yes">
        <source>the %n event(s)</source>
        <translation>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 fell within ±%3 of %4; too little data around them for a test.</source>
        <translation>%1 %2 пришлось на ±%3 от %4; вокруг них слишком мало данных для проверки.</translation>
    </message>
    <message>
        <source>p &lt; %1: none of %2 shifts reached it</source>
        <translation>p &lt; %1: ни один из %2 сдвигов этого не достиг</translation>
    </message>
    <message>
        <source>p = %1 (%2 of %3 shifts reached it)</source>
        <translation>p = %1 (этого достигли %2 из %3 сдвигов)</translation>
    </message>
    <message>
        <source>%1 of %2 fell within ±%3 of %4; by chance %5 ± %6; %7.</source>
        <translation>%1 %2 пришлось на ±%3 от %4; случайно — %5 ± %6; %7.</translation>
    </message>
    <message>
        <source>observed %1%</source>
        <translation>наблюдаемая %1 %</translation>
    </message>
</context>
<context>
    <name>DatasetsDock</name>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Наборы</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Переименовать набор</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Удалить набор</translation>
    </message>
    <message>
        <source>Delete the dataset “%1” and all its lookups from the store? This cannot be undone.</source>
        <translation>Удалить набор «%1» и все его запросы из хранилища? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Datasets cannot be renamed: %1.</source>
        <translation>Наборы данных нельзя переименовать: %1.</translation>
    </message>
    <message>
        <source>Datasets cannot be deleted: %1.</source>
        <translation>Наборы данных нельзя удалить: %1.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%1 observations</source>
        <translation>
            <numerusform>%1 наблюдение</numerusform>
            <numerusform>%1 наблюдения</numerusform>
            <numerusform>%1 наблюдений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lookups</source>
        <translation>
            <numerusform>%1 запрос</numerusform>
            <numerusform>%1 запроса</numerusform>
            <numerusform>%1 запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 passive-DNS observations</source>
        <translation>
            <numerusform>%1 наблюдение пассивного DNS</numerusform>
            <numerusform>%1 наблюдения пассивного DNS</numerusform>
            <numerusform>%1 наблюдений пассивного DNS</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2, %3
from %4 (%5)
Double-click to show it</source>
        <translation>%1
%2, %3
из %4 (%5)
Двойной щелчок — показать его</translation>
    </message>
    <message>
        <source>%1 %2 – %3 UTC</source>
        <translation>%1 %2 – %3 UTC</translation>
    </message>
</context>
<context>
    <name>DragBand</name>
    <message>
        <source>Zoom to</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <source>List the lookups of</source>
        <translation>Показать запросы за</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>%1 %2 – %3 (%4)</source>
        <translation>%1 %2 – %3 (%4)</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>%1 outside the top %2</source>
        <translation>%1 вне первых %2</translation>
    </message>
    <message>
        <source>a hidden series</source>
        <translation>скрытый ряд</translation>
    </message>
    <message>
        <source>visible series only</source>
        <translation>только видимые ряды</translation>
    </message>
</context>
<context>
    <name>EventCard</name>
    <message>
        <source>%1, all day (%2)</source>
        <translation>%1, весь день (%2)</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Весь день</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Пояс:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>the category&apos;s colour</source>
        <translation>цвет категории</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Цвет:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>&amp;Источник (URL):</translation>
    </message>
    <message>
        <source>Event colour</source>
        <translation>Цвет события</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Add event “%1”</source>
        <translation>Добавить событие «%1»</translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation>Изменить событие «%1»</translation>
    </message>
    <message>
        <source>Move event “%1”</source>
        <translation>Переместить событие «%1»</translation>
    </message>
    <message>
        <source>Delete event “%1”</source>
        <translation>Удалить событие «%1»</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <source>The series of “%1” is no longer in the store.</source>
        <translation>Серии «%1» больше нет в хранилище.</translation>
    </message>
    <message>
        <source>Edit series “%1”</source>
        <translation>Изменить серию «%1»</translation>
    </message>
    <message>
        <source>Delete series “%1”</source>
        <translation>Удалить серию «%1»</translation>
    </message>
    <message>
        <source>Events cannot be changed: %1.</source>
        <translation>События нельзя изменить: %1.</translation>
    </message>
</context>
<context>
    <name>EventGestures</name>
    <message>
        <source>Events cannot be moved: %1.</source>
        <translation>События нельзя переместить: %1.</translation>
    </message>
</context>
<context>
    <name>EventImportDialog</name>
    <message>
        <source>Import events</source>
        <translation>Импорт событий</translation>
    </message>
    <message>
        <source>Expand recurring events from</source>
        <translation>Развернуть повторяющиеся события с</translation>
    </message>
    <message>
        <source>to (before)</source>
        <translation>по (не включая)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>%1 is over %2 MiB, too large for an events file</source>
        <translation>%1 больше %2 МиБ — слишком велик для файла событий</translation>
    </message>
    <message>
        <source>The window is empty: its end must come after its start.</source>
        <translation>Окно пусто: его конец должен быть позже начала.</translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation>строка %1: отклонено: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 событие</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>событий: %1</translation>
    </message>
    <message>
        <source>, %1 of them occurrences of %2</source>
        <translation>, из них %1 — повторения %2</translation>
    </message>
    <message>
        <source>1 recurring series</source>
        <translation>1 повторяющейся серии</translation>
    </message>
    <message>
        <source>%1 recurring series</source>
        <translation>повторяющихся серий (%1)</translation>
    </message>
    <message>
        <source>; %1 rejected</source>
        <translation>; отклонено: %1</translation>
    </message>
    <message>
        <source>; 1 note on recurring events</source>
        <translation>; 1 замечание о повторяющихся событиях</translation>
    </message>
    <message>
        <source>; %1 notes on recurring events</source>
        <translation>; замечаний о повторяющихся событиях: %1</translation>
    </message>
</context>
<context>
    <name>EventWorkbench</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Recurring event</source>
        <translation>Повторяющееся событие</translation>
    </message>
    <message>
        <source>“%1” is one occurrence of a recurring series. %2 this occurrence only, or the whole series?</source>
        <translation>«%1» — одно из повторений серии. %2 только это повторение или всю серию?</translation>
    </message>
    <message>
        <source>This occurrence</source>
        <translation>Это повторение</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>Всю серию</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Импорт событий</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <source>Events cannot be edited: %1.</source>
        <translation>События нельзя редактировать: %1.</translation>
    </message>
    <message>
        <source>Events cannot be added: %1.</source>
        <translation>События нельзя добавить: %1.</translation>
    </message>
    <message>
        <source>Events cannot be imported: %1.</source>
        <translation>События нельзя импортировать: %1.</translation>
    </message>
</context>
<context>
    <name>EventsDock</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add an event (or Ctrl+click the timeline; Ctrl+drag for a range)</source>
        <translation>Добавить событие (или Ctrl+щелчок по шкале; Ctrl+перетаскивание — интервал)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Изменить выбранное событие</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected event (Del)</source>
        <translation>Удалить выбранное событие (Del)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the selected event on the timeline (or double-click it)</source>
        <translation>Показать выбранное событие на шкале (или двойной щелчок по нему)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Show or hide the events of a category</source>
        <translation>Показать или скрыть события категории</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <source>Ctrl+click the timeline adds an event, Ctrl+drag a range; drag a line or edge to move it.</source>
        <translation>Ctrl+щелчок по шкале добавляет событие, Ctrl+перетаскивание — интервал; линию или край можно перетащить.</translation>
    </message>
    <message>
        <source>No events in this store.</source>
        <translation>В этом хранилище нет событий.</translation>
    </message>
    <message>
        <source>&amp;Zoom to event</source>
        <translation>&amp;Показать событие</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
        <source>Events cannot be deleted: %1.</source>
        <translation>События нельзя удалить: %1.</translation>
    </message>
    <message>
        <source> (read-only store)</source>
        <translation> (хранилище только для чтения)</translation>
    </message>
    <message>
        <source>Events cannot be changed: %1.</source>
        <translation>События нельзя изменить: %1.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Копировать график</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export &amp;data</source>
        <translation>Экспорт &amp;данных</translation>
    </message>
    <message>
        <source>Visible bins as &amp;CSV…</source>
        <translation>Видимые интервалы в &amp;CSV…</translation>
    </message>
    <message>
        <source>Visible bins as &amp;JSON…</source>
        <translation>Видимые интервалы в &amp;JSON…</translation>
    </message>
    <message>
        <source>Drill-down &amp;records as CSV…</source>
        <translation>&amp;Записи детализации в CSV…</translation>
    </message>
    <message>
        <source>Export evidence &amp;bundle…</source>
        <translation>Экспорт &amp;пакета доказательств…</translation>
    </message>
    <message>
        <source>Redact addresses in exports</source>
        <translation>Скрывать адреса при экспорте</translation>
    </message>
    <message>
        <source>Client and server addresses become stable pseudonyms (keyed with the store&apos;s secret)</source>
        <translation>Адреса клиентов и серверов заменяются постоянными псевдонимами (по секретному ключу хранилища)</translation>
    </message>
    <message>
        <source>Redact query names in exports</source>
        <translation>Скрывать имена запросов при экспорте</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Open a store with lookups first.</source>
        <translation>Сначала откройте хранилище с запросами.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>Записано: %1 в %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>the chart</source>
        <translation>график</translation>
    </message>
    <message>
        <source>Copied the chart (%1 × %2 pixels) to the clipboard</source>
        <translation>График (%1 × %2 пикселей) скопирован в буфер обмена</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Копирование графика</translation>
    </message>
    <message>
        <source>Export bins</source>
        <translation>Экспорт интервалов</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 bins × %2 series</source>
        <translation>интервалы (%1) × ряды (%2)</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Экспорт записей</translation>
    </message>
    <message>
        <source>Click a bar, or drag over the timeline with the right button, to list the lookups to export.</source>
        <translation>Щёлкните по столбцу или протащите правой кнопкой по шкале, чтобы выбрать запросы для экспорта.</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>записи (%1)</translation>
    </message>
    <message>
        <source>Export evidence bundle</source>
        <translation>Экспорт пакета доказательств</translation>
    </message>
    <message>
        <source>Folder (*);;Zip archive (*.zip)</source>
        <translation>Папка (*);;Архив zip (*.zip)</translation>
    </message>
    <message>
        <source>the evidence bundle</source>
        <translation>пакет доказательств</translation>
    </message>
    <message>
        <source>Export of the records cancelled: nothing written</source>
        <translation>Экспорт записей отменён: ничего не записано</translation>
    </message>
    <message>
        <source>Exporting records to %1…</source>
        <translation>Экспорт записей в %1…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 not written</source>
        <translation>Экспорт отменён: %1 не записан</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>PNG and JPG: draw everything this many times larger, in as many times the pixels</source>
        <translation>PNG и JPG: рисовать всё во столько раз крупнее, во столько же раз больше пикселей</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Redact addresses</source>
        <translation>Скрыть адреса</translation>
    </message>
    <message>
        <source>Client and server addresses become stable pseudonyms (keyed with the store&apos;s secret)</source>
        <translation>Адреса клиентов и серверов заменяются постоянными псевдонимами (по секретному ключу хранилища)</translation>
    </message>
    <message>
        <source>Redact query names too</source>
        <translation>Скрыть и имена запросов</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>FailureNotice</name>
    <message>
        <source>Not readable</source>
        <translation>Не читается</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Не разрешено</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Сервер недоступен</translation>
    </message>
    <message>
        <source>No answer in time (busy?)</source>
        <translation>Нет ответа вовремя (сервер занят?)</translation>
    </message>
    <message>
        <source>Damaged or not a store</source>
        <translation>Повреждено или не хранилище</translation>
    </message>
    <message>
        <source>Made by a newer release</source>
        <translation>Создано более новой версией</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Reading or writing failed</source>
        <translation>Ошибка чтения или записи</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>dataset</source>
        <translation>набор</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>qname</source>
        <translation>имя запроса</translation>
    </message>
    <message>
        <source>qtype</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>rcode</source>
        <translation>код ответа</translation>
    </message>
    <message>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>proto</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>время</translation>
    </message>
    <message>
        <source>rrname</source>
        <translation>имя записи</translation>
    </message>
    <message>
        <source>rrtype</source>
        <translation>тип записи</translation>
    </message>
    <message>
        <source>rdata</source>
        <translation>данные</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>впервые</translation>
    </message>
    <message>
        <source>last seen</source>
        <translation>в последний раз</translation>
    </message>
    <message>
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>client owner</source>
        <translation>владелец клиента</translation>
    </message>
    <message>
        <source>client ASN</source>
        <translation>ASN клиента</translation>
    </message>
    <message>
        <source>client AS organisation</source>
        <translation>организация AS клиента</translation>
    </message>
    <message>
        <source>client country</source>
        <translation>страна клиента</translation>
    </message>
    <message>
        <source>server owner</source>
        <translation>владелец сервера</translation>
    </message>
    <message>
        <source>server ASN</source>
        <translation>ASN сервера</translation>
    </message>
    <message>
        <source>server AS organisation</source>
        <translation>организация AS сервера</translation>
    </message>
    <message>
        <source>server country</source>
        <translation>страна сервера</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>ответы</translation>
    </message>
    <message>
        <source>answer owner</source>
        <translation>владелец ответа</translation>
    </message>
    <message>
        <source>answer ASN</source>
        <translation>ASN ответа</translation>
    </message>
    <message>
        <source>answer AS organisation</source>
        <translation>организация AS ответа</translation>
    </message>
    <message>
        <source>answer country</source>
        <translation>страна ответа</translation>
    </message>
</context>
<context>
    <name>FilterChipBar</name>
    <message>
        <source>Filtered:</source>
        <translation>Фильтры:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show every lookup again</source>
        <translation>Снова показать все запросы</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
</context>
<context>
    <name>FiltersDock</name>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>A glob over the whole %1: * any run, ? one character, [abc] a set; case-insensitive. Empty: any.</source>
        <translation>Шаблон на всё поле «%1»: * — любая последовательность, ? — один символ, [abc] — набор; регистр не важен. Пусто — любое значение.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>HeatmapGrid</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00 %4: %5 lookups</source>
        <translation>
            <numerusform>%1 %2:00–%3:00 %4: %5 запрос</numerusform>
            <numerusform>%1 %2:00–%3:00 %4: %5 запроса</numerusform>
            <numerusform>%1 %2:00–%3:00 %4: %5 запросов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>Zone:</source>
        <translation>Пояс:</translation>
    </message>
    <message>
        <source>Lookups per hour of the week (local time):</source>
        <translation>Запросы по часам недели (местное время):</translation>
    </message>
    <message>
        <source>Open a store to see when its lookups happen.</source>
        <translation>Откройте хранилище, чтобы увидеть, когда идут запросы.</translation>
    </message>
    <message>
        <source>No lookups in this view.</source>
        <translation>В этом виде запросов нет.</translation>
    </message>
    <message>
        <source>%1 lookups of the current view and filters; hours are local, daylight saving time included.</source>
        <translation>Запросов текущего вида и фильтров: %1; часы местные, с учётом летнего времени.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>The times in this file carry no year: the first line is read in %1, as set.</source>
        <translation>Время в этом файле записано без года: первая строка читается в %1 году, как задано.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The times in this file carry no year: %1 is taken from the file&apos;s modification time (%2).&lt;/b&gt; Set the year if the log was written in another one.</source>
        <translation>&lt;b&gt;Время в этом файле записано без года: год %1 взят из времени изменения файла (%2).&lt;/b&gt; Укажите год, если журнал был записан в другом году.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Detect from content</source>
        <translation>Определить по содержимому</translation>
    </message>
    <message>
        <source>Time zone of times written without an offset</source>
        <translation>Часовой пояс для времени без смещения</translation>
    </message>
    <message>
        <source>from the file&apos;s date</source>
        <translation>по дате файла</translation>
    </message>
    <message>
        <source>in each time of the file</source>
        <translation>в каждой метке времени файла</translation>
    </message>
    <message>
        <source>Year of the first line, for logs whose times carry no year (syslog stamps)</source>
        <translation>Год первой строки, для журналов, время в которых записано без года (метки syslog)</translation>
    </message>
    <message>
        <source>Import even if the store already holds this file (same SHA-256)</source>
        <translation>Импортировать, даже если этот файл уже есть в хранилище (тот же SHA-256)</translation>
    </message>
    <message>
        <source>Columns (a header name or a 1-based number; empty: detected; - : none)</source>
        <translation>Столбцы (имя из заголовка или номер с 1; пусто — определить; - — нет)</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>определить</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>The first %1 records as they would be imported:</source>
        <translation>Первые %1 записей в том виде, в каком они будут импортированы:</translation>
    </message>
    <message>
        <source>Import lookups</source>
        <translation>Импорт запросов</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Detect from content (found: %1)</source>
        <translation>Определить по содержимому (найдено: %1)</translation>
    </message>
    <message>
        <source>Cannot import this file: %1</source>
        <translation>Этот файл не импортировать: %1</translation>
    </message>
    <message>
        <source>in the whole file</source>
        <translation>во всём файле</translation>
    </message>
    <message>
        <source>so far (in the part read)</source>
        <translation>пока (в прочитанной части)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) rejected %1</source>
        <translation>
            <numerusform>Отклонена %Ln запись %1</numerusform>
            <numerusform>Отклонены %Ln записи %1</numerusform>
            <numerusform>Отклонено %Ln записей %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln valid</source>
        <translation>
            <numerusform>; верна %Ln</numerusform>
            <numerusform>; верны %Ln</numerusform>
            <numerusform>; верно %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln skipped (not lookups)</source>
        <translation>
            <numerusform>; пропущена %Ln (не запрос)</numerusform>
            <numerusform>; пропущены %Ln (не запросы)</numerusform>
            <numerusform>; пропущено %Ln (не запросы)</numerusform>
        </translation>
    </message>
    <message>
        <source>line</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Определить по файлу</translation>
    </message>
    <message>
        <source>Regional format the log&apos;s dates are written in (Windows DNS debug logs)</source>
        <translation>Региональный формат, в котором записаны даты журнала (отладочные журналы Windows DNS)</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Формат даты</translation>
    </message>
</context>
<context>
    <name>ImportNotice</name>
    <message numerus="yes">
        <source>%1 lookups</source>
        <translation>
            <numerusform>%1 запрос</numerusform>
            <numerusform>%1 запроса</numerusform>
            <numerusform>%1 запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 observations</source>
        <translation>
            <numerusform>%1 наблюдение</numerusform>
            <numerusform>%1 наблюдения</numerusform>
            <numerusform>%1 наблюдений</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Imported %1: %2 (dataset %3).</source>
        <translation>Импортирован %1: %2 (набор %3).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n files: %1.</source>
        <translation>
            <numerusform>Импортирован %n файл: %1.</numerusform>
            <numerusform>Импортировано %n файла: %1.</numerusform>
            <numerusform>Импортировано %n файлов: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cancelled: the file being read was not stored.</source>
        <translation>Отменено: читавшийся файл не сохранён.</translation>
    </message>
    <message>
        <source>%1 is already in the store as dataset %2 (same SHA-256).</source>
        <translation>%1 уже есть в хранилище как набор %2 (тот же SHA-256).</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Импортировать ещё раз</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message numerus="yes">
        <source>%1: %n record(s) rejected</source>
        <translation>
            <numerusform>%1: отклонена %n запись</numerusform>
            <numerusform>%1: отклонены %n записи</numerusform>
            <numerusform>%1: отклонено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its times carry no year; %2 was taken from the file&apos;s date</source>
        <translation>%1: время записано без года; год %2 взят из даты файла</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DNS Timeline</source>
        <translation>DNS Timeline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Новое хранилище…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Открыть хранилище…</translation>
    </message>
    <message>
        <source>Connect to &amp;ClickHouse…</source>
        <translation>Подключиться к &amp;ClickHouse…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Не&amp;давние</translation>
    </message>
    <message>
        <source>&amp;Import file(s)…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Экспорт графика…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Показать &amp;всё</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>При&amp;близить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Отдалить</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Mouse and keys</source>
        <translation>&amp;Мышь и клавиши</translation>
    </message>
    <message>
        <source>Mouse and keys</source>
        <translation>Мышь и клавиши</translation>
    </message>
    <message>
        <source>&amp;About DNS Timeline</source>
        <translation>&amp;О программе DNS Timeline</translation>
    </message>
    <message>
        <source>About DNS Timeline</source>
        <translation>О программе DNS Timeline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DNS Timeline %1&lt;/h3&gt;&lt;p&gt;DNS lookups on an interactive timeline, with dated events laid over them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DNS Timeline %1&lt;/h3&gt;&lt;p&gt;DNS-запросы на интерактивной шкале времени, с датированными событиями поверх.&lt;/p&gt;&lt;p&gt;Распространяется по лицензии GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Counting lookups…</source>
        <translation>Подсчёт запросов…</translation>
    </message>
    <message>
        <source>Renaming a dataset…</source>
        <translation>Переименование набора…</translation>
    </message>
    <message>
        <source>Deleting a dataset…</source>
        <translation>Удаление набора…</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Новое хранилище</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Import lookups</source>
        <translation>Импорт запросов</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Create or open a store first (File → New store…).</source>
        <translation>Сначала создайте или откройте хранилище (Файл → Новое хранилище…).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>Импорт %1 (%2 из %3)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Наборы</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <source>

A password is asked in File → Connect to ClickHouse…</source>
        <translation>

Пароль запрашивается в меню Файл → Подключиться к ClickHouse…</translation>
    </message>
    <message>
        <source>Connecting cancelled</source>
        <translation>Подключение отменено</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Import e&amp;vents…</source>
        <translation>Импорт &amp;событий…</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Импорт событий</translation>
    </message>
    <message>
        <source>Events (*.ics *.ical *.csv *.json);;All files (*)</source>
        <translation>События (*.ics *.ical *.csv *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Wheel&lt;/td&gt;&lt;td&gt;zoom about the cursor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Drag&lt;/td&gt;&lt;td&gt;pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shift+drag&lt;/td&gt;&lt;td&gt;zoom to the band&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Right-drag (or Alt+drag)&lt;/td&gt;&lt;td&gt;list the lookups of a range (Records dock); a drag shows its range and Escape drops it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Click a bar&lt;/td&gt;&lt;td&gt;list its lookups&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Double-click&lt;/td&gt;&lt;td&gt;zoom to the bin (on an event: edit it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+click&lt;/td&gt;&lt;td&gt;add a point event&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+drag&lt;/td&gt;&lt;td&gt;add a range event&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Drag an event&apos;s line, label or edge&lt;/td&gt;&lt;td&gt;move it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;undo / redo an event or address book change&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;+ / − / 0, Home&lt;/td&gt;&lt;td&gt;zoom in / out / show all&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Left / Right, Alt+Left / Alt+Right&lt;/td&gt;&lt;td&gt;pan; back / forward&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Колесо&lt;/td&gt;&lt;td&gt;масштаб вокруг указателя&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Перетаскивание&lt;/td&gt;&lt;td&gt;сдвиг&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shift+перетаскивание&lt;/td&gt;&lt;td&gt;приблизить полосу&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Перетаскивание правой кнопкой (или Alt+перетаскивание)&lt;/td&gt;&lt;td&gt;показать запросы интервала (панель «Записи»); при перетаскивании виден интервал, Escape отменяет&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Щелчок по столбцу&lt;/td&gt;&lt;td&gt;показать его запросы&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Двойной щелчок&lt;/td&gt;&lt;td&gt;приблизить интервал (на событии — изменить его)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+щелчок&lt;/td&gt;&lt;td&gt;добавить событие-момент&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+перетаскивание&lt;/td&gt;&lt;td&gt;добавить событие-интервал&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Перетаскивание линии, подписи или края события&lt;/td&gt;&lt;td&gt;переместить его&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;отменить / повторить изменение событий или адресной книги&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;+ / − / 0, Home&lt;/td&gt;&lt;td&gt;приблизить / отдалить / показать всё&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Влево / вправо, Alt+влево / Alt+вправо&lt;/td&gt;&lt;td&gt;сдвиг; назад / вперёд&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Перечитать</translation>
    </message>
    <message>
        <source>Read the store&apos;s datasets and events again, for what other programs changed</source>
        <translation>Заново прочитать наборы данных и события хранилища, чтобы увидеть изменения других программ</translation>
    </message>
    <message>
        <source>%1%2 — DNS Timeline</source>
        <translation>%1%2 — DNS Timeline</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>Nothing can be imported, and datasets and events cannot be changed, because %1.</source>
        <translation>Ничего нельзя импортировать, а наборы данных и события нельзя изменить, потому что %1.</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1.</source>
        <translation>Ничего нельзя импортировать: %1.</translation>
    </message>
    <message>
        <source>Events cannot be imported: %1.</source>
        <translation>События нельзя импортировать: %1.</translation>
    </message>
    <message>
        <source>Could not index older datasets (views stay slower): %1</source>
        <translation>Не удалось проиндексировать старые наборы данных (представления останутся медленнее): %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: нет такого файла</translation>
    </message>
</context>
<context>
    <name>ObservationLane</name>
    <message>
        <source>rrname filtered by %1: %2 of %3 records</source>
        <translation>имя записи по фильтру %1: %2 из %3 записей</translation>
    </message>
    <message numerus="yes">
        <source>  (+%n more not shown)</source>
        <translation>
            <numerusform>  (+ещё %n не показана)</numerusform>
            <numerusform>  (+ещё %n не показаны)</numerusform>
            <numerusform>  (+ещё %n не показано)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3
seen %4 time(s)
first %5
last  %6%7</source>
        <translation>%1  %2  %3
видено раз: %4
впервые %5
последний %6%7</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>неизвестное число</translation>
    </message>
    <message>
        <source>
(zone file times)</source>
        <translation>
(время из файла зоны)</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>The whole extent. Drag the window to move the view, drag its edges to resize it.</source>
        <translation>Весь охват. Перетащите окно, чтобы сдвинуть вид, края — чтобы изменить его размер.</translation>
    </message>
</context>
<context>
    <name>OwnerDatabasesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&lt;b&gt;ASN and country databases&lt;/b&gt;&lt;br&gt;MaxMind-format files (.mmdb) such as GeoLite2-ASN, GeoLite2-Country, DB-IP Lite or IPinfo Lite give the fields client_asn, client_org, client_country and the same for server. The first database that knows a field wins.</source>
        <translation>&lt;b&gt;Базы ASN и стран&lt;/b&gt;&lt;br&gt;Файлы формата MaxMind (.mmdb), например GeoLite2-ASN, GeoLite2-Country, DB-IP Lite или IPinfo Lite, дают поля client_asn, client_org, client_country и такие же для server. Побеждает первая база, знающая поле.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Add a database</source>
        <translation>Добавить базу</translation>
    </message>
    <message>
        <source>MaxMind DB (*.mmdb);;All files (*)</source>
        <translation>MaxMind DB (*.mmdb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 — %2, built %3 (gives %4)</source>
        <translation>%1 — %2, собрана %3 (даёт %4)</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>PeriodicityPanel</name>
    <message>
        <source>A pair whose beacon score reaches this looks automated</source>
        <translation>Пара с такой или большей оценкой маяка выглядит автоматической</translation>
    </message>
    <message>
        <source>Hide automated traffic</source>
        <translation>Скрыть автоматический трафик</translation>
    </message>
    <message>
        <source>Leave every automated-looking client → name pair out of the timeline and the other analyses</source>
        <translation>Убрать все пары клиент → имя, похожие на автоматические, со шкалы и из других анализов</translation>
    </message>
    <message>
        <source>Automated from score:</source>
        <translation>Автоматические от оценки:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Query name</source>
        <translation>Имя запроса</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Median gap</source>
        <translation>Медианный интервал</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Looks</source>
        <translation>Похоже на</translation>
    </message>
    <message>
        <source>automated</source>
        <translation>автомат</translation>
    </message>
    <message>
        <source>human</source>
        <translation>человека</translation>
    </message>
    <message>
        <source>score %1 = mean of: skew %2, dispersion %3, gap mode %4, count %5</source>
        <translation>оценка %1 = среднее из: асимметрия %2, разброс %3, мода интервалов %4, число %5</translation>
    </message>
    <message>
        <source>%1 of %2 client → name pairs with at least %3 lookups look automated (regular gaps); the busiest %4 are listed.</source>
        <translation>Из %2 пар клиент → имя с не менее чем %3 запросами автоматическими выглядят %1 (регулярные интервалы); показаны %4 самых активных.</translation>
    </message>
</context>
<context>
    <name>RecordsDock</name>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Click a bar, or drag over the timeline with the right button, to list its lookups.</source>
        <translation>Щёлкните по столбцу или протащите правой кнопкой по шкале, чтобы увидеть запросы.</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>Копировать CSV</translation>
    </message>
    <message>
        <source>Copy every listed lookup (up to %L1) as CSV</source>
        <translation>Копировать все показанные запросы (до %L1) в CSV</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Копировать как CSV</translation>
    </message>
    <message>
        <source>Reading the lookups of %1…</source>
        <translation>Чтение запросов за %1…</translation>
    </message>
    <message numerus="yes">
        <source>%L1 lookups, the %2 %L3 listed (sort by time the other way for the %4): %5</source>
        <translation>
            <numerusform>%L1 запрос, показаны %2 %L3 (отсортируйте по времени в обратном порядке, чтобы увидеть %4): %5</numerusform>
            <numerusform>%L1 запроса, показаны %2 %L3 (отсортируйте по времени в обратном порядке, чтобы увидеть %4): %5</numerusform>
            <numerusform>%L1 запросов, показаны %2 %L3 (отсортируйте по времени в обратном порядке, чтобы увидеть %4): %5</numerusform>
        </translation>
    </message>
    <message>
        <source>last</source>
        <translation>последние</translation>
    </message>
    <message>
        <source>first</source>
        <translation>первые</translation>
    </message>
    <message numerus="yes">
        <source>%L1 lookups: %2</source>
        <translation>
            <numerusform>%L1 запрос: %2</numerusform>
            <numerusform>%L1 запроса: %2</numerusform>
            <numerusform>%L1 запросов: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the lookups… the %1 %L2 listed so far (scroll down for more): %3</source>
        <translation>Подсчёт запросов… пока показаны %1 %L2 (прокрутите вниз, чтобы увидеть больше): %3</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>time (%1)</source>
        <translation>время (%1)</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>набор</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>qname</source>
        <translation>имя запроса</translation>
    </message>
    <message>
        <source>qtype</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>rcode</source>
        <translation>код ответа</translation>
    </message>
    <message>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>proto</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>row id</source>
        <translation>номер строки</translation>
    </message>
    <message>
        <source>answers (type TTL data)</source>
        <translation>ответы (тип TTL данные)</translation>
    </message>
</context>
<context>
    <name>ResolutionLane</name>
    <message>
        <source>%1  no answer</source>
        <translation>%1  нет ответа</translation>
    </message>
    <message>
        <source>%1  no answer: %2</source>
        <translation>%1  нет ответа: %2</translation>
    </message>
    <message numerus="yes">
        <source>  (+%n more not shown)</source>
        <translation>
            <numerusform>  (+ещё %n не показана)</numerusform>
            <numerusform>  (+ещё %n не показаны)</numerusform>
            <numerusform>  (+ещё %n не показано)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolutions from the lookups&apos; answers; red ticks: error lookups</source>
        <translation>Разрешения по ответам на запросы; красные риски: запросы с ошибкой</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>нет ответа (%1)</translation>
    </message>
    <message>
        <source>no rcode</source>
        <translation>без rcode</translation>
    </message>
    <message>
        <source>
owner: %1</source>
        <translation>
владелец: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n with an error rcode</source>
        <translation>
            <numerusform>, %n с ошибкой в rcode</numerusform>
            <numerusform>, %n с ошибкой в rcode</numerusform>
            <numerusform>, %n с ошибкой в rcode</numerusform>
        </translation>
    </message>
    <message>
        <source>
first %1
last  %2</source>
        <translation>
первый %1
последний %2</translation>
    </message>
    <message>
        <source>  [passive DNS]</source>
        <translation>  [пассивный DNS]</translation>
    </message>
    <message>
        <source>Solid: the lookups&apos; answers; hatched: passive DNS; red ticks: error lookups</source>
        <translation>Сплошные: ответы на запросы; штриховка: пассивный DNS; красные штрихи: запросы с ошибкой</translation>
    </message>
    <message>
        <source>seen an unknown number of times</source>
        <translation>замечено неизвестное число раз</translation>
    </message>
    <message numerus="yes">
        <source>seen %n time(s)</source>
        <translation>
            <numerusform>замечено %n раз</numerusform>
            <numerusform>замечено %n раза</numerusform>
            <numerusform>замечено %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2
source: passive DNS (imported observations), %3
first %4
last  %5</source>
        <translation>%1
%2
источник: пассивный DNS (импортированные наблюдения), %3
первый %4
последний %5</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
source: the lookups&apos; answers, %n lookup(s)</source>
        <translation>
            <numerusform>%1
%2
источник: ответы на запросы, %n запрос</numerusform>
            <numerusform>%1
%2
источник: ответы на запросы, %n запроса</numerusform>
            <numerusform>%1
%2
источник: ответы на запросы, %n запросов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollupBackfill</name>
    <message>
        <source>Indexing older datasets for fast views…</source>
        <translation>Индексирование старых наборов данных для быстрых представлений…</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Show the coverage lane; silences longer than</source>
        <translation>Показать полосу покрытия; тишина дольше</translation>
    </message>
    <message>
        <source>are &quot;no data&quot;, not zero</source>
        <translation>— это «нет данных», а не ноль</translation>
    </message>
    <message>
        <source>Derived series</source>
        <translation>Производный ряд</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>NXDOMAIN share</source>
        <translation>Доля NXDOMAIN</translation>
    </message>
    <message>
        <source>SERVFAIL share</source>
        <translation>Доля SERVFAIL</translation>
    </message>
    <message>
        <source>Distinct names per bin</source>
        <translation>Разных имён в интервале</translation>
    </message>
    <message>
        <source>First-seen names per bin</source>
        <translation>Новых имён в интервале</translation>
    </message>
    <message>
        <source>on a second axis</source>
        <translation>на второй оси</translation>
    </message>
    <message>
        <source>over the counts</source>
        <translation>поверх числа запросов</translation>
    </message>
    <message>
        <source>Seasonal baseline</source>
        <translation>Сезонная норма</translation>
    </message>
    <message>
        <source>Show the expected count per hour of the week (median and IQR of the other weeks) and mark hours outside it</source>
        <translation>Показать ожидаемое число по часам недели (медиана и МКР других недель) и отметить часы вне неё</translation>
    </message>
</context>
<context>
    <name>SpanText</name>
    <message>
        <source>%1 seconds</source>
        <translation>%1 с</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 мкс</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>No store open: File → Open store, or drop a store here.</source>
        <translation>Хранилище не открыто: Файл → Открыть хранилище, или перетащите его сюда.</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Чтение хранилища…</translation>
    </message>
    <message>
        <source>No lookups yet: import a file (File → Import, or drop it here).</source>
        <translation>Запросов пока нет: импортируйте файл (Файл → Импорт, или перетащите его сюда).</translation>
    </message>
    <message>
        <source>No dataset is ticked: tick one in the Datasets dock.</source>
        <translation>Ни один набор не отмечен: отметьте набор на панели «Наборы».</translation>
    </message>
    <message>
        <source>The datasets shown hold passive-DNS observations (drawn as spans), no lookups to count.</source>
        <translation>Показанные наборы содержат наблюдения пассивного DNS (нарисованы отрезками), а не запросы.</translation>
    </message>
    <message>
        <source>Counting the lookups of this view…</source>
        <translation>Подсчёт запросов этого вида…</translation>
    </message>
    <message>
        <source>No lookups in this view; the datasets shown hold %1 from %2 to %3 (Home shows them).</source>
        <translation>В этом виде запросов нет; в показанных наборах их %1 с %2 по %3 (Home покажет их).</translation>
    </message>
    <message>
        <source>   ·   none here: the datasets shown hold %1 from %2 to %3</source>
        <translation>   ·   здесь нет: в показанных наборах их %1 с %2 по %3</translation>
    </message>
    <message>
        <source>   ·   %1 needs %2 bins here; showing %3 — zoom in below %4 for %1</source>
        <translation>   ·   для %1 здесь нужно интервалов: %2; показано %3 — приблизьте до менее чем %4, чтобы увидеть %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>   ·   %1 is narrower than a pixel here: double-click it in Datasets to show it</source>
        <translation>   ·   %1 здесь уже пикселя: двойной щелчок по нему в «Наборах» покажет его</translation>
    </message>
    <message>
        <source>   ·   %1 are narrower than a pixel here: double-click one in Datasets to show it</source>
        <translation>   ·   %1 здесь уже пикселя: двойной щелчок по набору в «Наборах» покажет его</translation>
    </message>
    <message numerus="yes">
        <source>%1 lookups in view</source>
        <translation>
            <numerusform>%1 запрос в виде</numerusform>
            <numerusform>%1 запроса в виде</numerusform>
            <numerusform>%1 запросов в виде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 counts in view (split by %2: a lookup counts once under each of its answers&apos; values)</source>
        <translation>
            <numerusform>%1 отсчёт в виде (разбиение по %2: запрос считается по разу под каждым значением своих ответов)</numerusform>
            <numerusform>%1 отсчёта в виде (разбиение по %2: запрос считается по разу под каждым значением своих ответов)</numerusform>
            <numerusform>%1 отсчётов в виде (разбиение по %2: запрос считается по разу под каждым значением своих ответов)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2   ·   %3 bins   ·   %4   ·   %5</source>
        <translation>%1 – %2   ·   интервалы %3   ·   %4   ·   %5</translation>
    </message>
    <message>
        <source>one lookup</source>
        <translation>один запрос</translation>
    </message>
    <message numerus="yes">
        <source>%1 lookups at one instant</source>
        <translation>
            <numerusform>%1 запрос в один момент</numerusform>
            <numerusform>%1 запроса в один момент</numerusform>
            <numerusform>%1 запросов в один момент</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>StoreConnector</name>
    <message>
        <source>Nothing answers at that address: is the server running, and is the port its HTTP port (8123 by default, not the native 9000)?</source>
        <translation>По этому адресу никто не отвечает: запущен ли сервер и это ли его HTTP-порт (по умолчанию 8123, а не родной 9000)?</translation>
    </message>
    <message>
        <source>The server refused the user or password.</source>
        <translation>Сервер отклонил пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server did not answer in time: check the address, or add ?timeout=SECONDS to the URL.</source>
        <translation>Сервер не ответил вовремя: проверьте адрес или добавьте к нему ?timeout=СЕКУНДЫ.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Не удалось открыть %1.</translation>
    </message>
    <message>
        <source>The host name, the database or the cluster of the URL is not known there.</source>
        <translation>Имя хоста, база данных или кластер из URL там неизвестны.</translation>
    </message>
</context>
<context>
    <name>StoreWatch</name>
    <message>
        <source>%1 — trying again every %2 s</source>
        <translation>%1 — новая попытка каждые %2 с</translation>
    </message>
    <message>
        <source>The store answers again.</source>
        <translation>Хранилище снова отвечает.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TimeZoneBox</name>
    <message>
        <source>Time zone for the axis, the bins and the tooltips</source>
        <translation>Часовой пояс для оси, интервалов и подсказок</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>lookups</source>
        <translation>запросы</translation>
    </message>
    <message>
        <source> (mean of %1)</source>
        <translation> (среднее по %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation>всего: %1</translation>
    </message>
    <message>
        <source>lookups per day</source>
        <translation>запросов в сутки</translation>
    </message>
    <message>
        <source>lookups per week</source>
        <translation>запросов в неделю</translation>
    </message>
    <message>
        <source>lookups per month</source>
        <translation>запросов в месяц</translation>
    </message>
    <message>
        <source>lookups per hour</source>
        <translation>запросов в час</translation>
    </message>
    <message numerus="yes">
        <source>lookups per %n hour(s)</source>
        <translation>
            <numerusform>запросов за %n час</numerusform>
            <numerusform>запросов за %n часа</numerusform>
            <numerusform>запросов за %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>lookups per minute</source>
        <translation>запросов в минуту</translation>
    </message>
    <message numerus="yes">
        <source>lookups per %n minute(s)</source>
        <translation>
            <numerusform>запросов за %n минуту</numerusform>
            <numerusform>запросов за %n минуты</numerusform>
            <numerusform>запросов за %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>lookups per second</source>
        <translation>запросов в секунду</translation>
    </message>
    <message numerus="yes">
        <source>lookups per %n second(s)</source>
        <translation>
            <numerusform>запросов за %n секунду</numerusform>
            <numerusform>запросов за %n секунды</numerusform>
            <numerusform>запросов за %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewOptionsBar</name>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source> Split </source>
        <translation> Разбить </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>One series per value of a field</source>
        <translation>Свой ряд для каждого значения поля</translation>
    </message>
    <message>
        <source> top </source>
        <translation> первые </translation>
    </message>
    <message>
        <source>Series kept by total over the whole extent; the rest are summed as “other”</source>
        <translation>Сколько рядов оставить по сумме за весь охват; остальные суммируются в «other»</translation>
    </message>
    <message>
        <source>stacked bars</source>
        <translation>столбцы стопкой</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>линии</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>ступени</translation>
    </message>
    <message>
        <source>log</source>
        <translation>лог.</translation>
    </message>
    <message>
        <source>Logarithmic count axis</source>
        <translation>Логарифмическая ось числа</translation>
    </message>
    <message>
        <source> avg </source>
        <translation> сред. </translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source> bins</source>
        <translation> инт.</translation>
    </message>
    <message>
        <source>Moving average of each series over this many bins</source>
        <translation>Скользящее среднее каждого ряда по стольким интервалам</translation>
    </message>
    <message>
        <source> Bins </source>
        <translation> Интервал </translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>Bin width; auto follows the zoom</source>
        <translation>Ширина интервала; «авто» следует за масштабом</translation>
    </message>
    <message>
        <source> Zone </source>
        <translation> Пояс </translation>
    </message>
</context>
<context>
    <name>ZonedTimeTicker</name>
    <message>
        <source>HH:mm:ss</source>
        <translation>HH:mm:ss</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>yyyy</translation>
    </message>
</context>
</TS>
