<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalysisDock</name>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coincidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No band for %1 bins: it compares each bin with the same time of the week in other weeks, so it needs bins that divide a day (1 minute to 1 day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coincidence test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap threshold is not a duration (e.g. 30m, 1h, 2d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gap(s) without data in this view, %2 hours in all: hatched on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bin(s) outside the baseline band, circled on the timeline (%2 bins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NXDOMAIN share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVFAIL share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first-seen names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst: %1 lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by Kleinberg&apos;s burst detection (level %1, weight %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n burst(s) added as events (category &quot;burst&quot;).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisOverlay</name>
    <message>
        <source>Suggested burst, not an event: %1 – %2, %3 lookups.
Kleinberg&apos;s burst detection, level %4 of %5 (s = %6, γ = %7, weight %8); Analysis → Bursts accepts it as an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lookups from %1 (coverage gap): %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested bursts (Kleinberg, s = %1, γ = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline (median, IQR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BurstPanel</name>
    <message>
        <source>s: how many times faster a burst state emits than the state below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ: the cost of moving up a state; higher finds fewer, stronger bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States of the automaton: 2 finds bursts; more finds bursts within bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the suggested bursts on the timeline as dashed boxes (hover one for what it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept selected as events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bursts in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggested burst(s), dashed on the timeline (times in %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested burst(s) (times in %1); tick Show on timeline to see them there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickHouseConnectDialog</name>
    <message>
        <source>Connect to ClickHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP interface&apos;s port (8123 by default). Add ?cluster=NAME to read a cluster through a Distributed table. The password is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoincidencePanel</name>
    <message>
        <source>Lookups in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst starts in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W: a lookup within ±W of an event counts (90s, 15m, 6h, 2d, 1w)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share within the windows: shifted series (grey) vs observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the series (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri-event histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days from the event start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window &apos;%1&apos; is not a duration: write e.g. 90s, 15m, 6h, 2d or 1w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the burst starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 fell within ±%3 of %4; too little data around them for a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p &lt; %1: none of %2 shifts reached it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1 (%2 of %3 shifts reached it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 fell within ±%3 of %4; by chance %5 ± %6; %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetsDock</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 %3, %4
from %5 (%6)
Double-click to show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passive-DNS observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the dataset “%1” and all its lookups from the store? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DragBand</name>
    <message>
        <source>Zoom to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the lookups of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>%1 outside the top %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hidden series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible series only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Add event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventWorkbench</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsDock</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event (or Ctrl+click the timeline; Ctrl+drag for a range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected event on the timeline (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the events of a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click the timeline adds an event, Ctrl+drag a range; drag a line or edge to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible bins as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible bins as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill-down &amp;records as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact addresses in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client and server addresses become stable pseudonyms (keyed with the store&apos;s secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact query names in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store with lookups first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the chart (%1 × %2 pixels) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bins × %2 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar, or drag over the timeline with the right button, to list the lookups to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (*);;Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG and JPG: draw everything this many times larger, in as many times the pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client and server addresses become stable pseudonyms (keyed with the store&apos;s secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact query names too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChipBar</name>
    <message>
        <source>Filtered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every lookup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiltersDock</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A glob over the whole %1: * any run, ? one character, [abc] a set; case-insensitive. Empty: any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapGrid</name>
    <message>
        <source>%1 %2:00–%3:00 %4: %5 lookups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups per hour of the week (local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store to see when its lookups happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lookups in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lookups of the current view and filters; hours are local, daylight saving time included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>The times in this file carry no year: the first line is read in %1, as set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The times in this file carry no year: %1 is taken from the file&apos;s modification time (%2).&lt;/b&gt; Set the year if the log was written in another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of times written without an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the first line, for logs whose times carry no year (syslog stamps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import even if the store already holds this file (same SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (a header name or a 1-based number; empty: detected; - : none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 records as they would be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from content (found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportNotice</name>
    <message>
        <source>%1 lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 (dataset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n files: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the file being read was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the store as dataset %2 (same SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message numerus="yes">
        <source>%1: %n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its times carry no year; %2 was taken from the file&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DNS Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;ClickHouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mouse and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Wheel&lt;/td&gt;&lt;td&gt;zoom about the cursor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Drag&lt;/td&gt;&lt;td&gt;pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shift+drag&lt;/td&gt;&lt;td&gt;zoom to the band&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Right-drag (or Alt+drag)&lt;/td&gt;&lt;td&gt;list the lookups of a range (Records dock); a drag shows its range and Escape drops it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Click a bar&lt;/td&gt;&lt;td&gt;list its lookups&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Double-click&lt;/td&gt;&lt;td&gt;zoom to the bin (on an event: edit it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+click&lt;/td&gt;&lt;td&gt;add a point event&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+drag&lt;/td&gt;&lt;td&gt;add a range event&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Drag an event&apos;s line, label or edge&lt;/td&gt;&lt;td&gt;move it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;undo / redo an event change&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;+ / − / 0, Home&lt;/td&gt;&lt;td&gt;zoom in / out / show all&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Left / Right, Alt+Left / Alt+Right&lt;/td&gt;&lt;td&gt;pan; back / forward&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DNS Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DNS Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DNS Timeline %1&lt;/h3&gt;&lt;p&gt;DNS lookups on an interactive timeline, with dated events laid over them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting lookups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming a dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — DNS Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open a store first (File → New store…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open: File → Open store, or drop a store here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lookups yet: import a file (File → Import, or drop it here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset is ticked: tick one in the Datasets dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datasets shown hold passive-DNS observations (drawn as spans), no lookups to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the lookups of this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lookups in this view; the datasets shown hold %1 from %2 to %3 (Home shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2   ·   %3 bins   ·   %4 lookups in view   ·   %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   none here: the datasets shown hold %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   %1 (%2) is narrower than a pixel here: double-click it in Datasets to show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   %1 needs %2 bins here; showing %3 — zoom in below %4 for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

A password is asked in File → Connect to ClickHouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationLane</name>
    <message>
        <source>rrname filtered by %1: %2 of %3 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  (+%n more not shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (none match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3
seen %4 time(s)
first %5
last  %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(zone file times)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>The whole extent. Drag the window to move the view, drag its edges to resize it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodicityPanel</name>
    <message>
        <source>A pair whose beacon score reaches this looks automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide automated traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave every automated-looking client → name pair out of the timeline and the other analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 = mean of: skew %2, dispersion %3, gap mode %4, count %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 client → name pairs with at least %3 lookups look automated (regular gaps); the busiest %4 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>in the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so far (in the part read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n valid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsDock</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar, or drag over the timeline with the right button, to list its lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every listed lookup (up to %L1) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the lookups of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 lookups, the %2 %L3 listed (sort by time the other way for the %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 lookups: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the coverage lane; silences longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are &quot;no data&quot;, not zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NXDOMAIN share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVFAIL share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct names per bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-seen names per bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a second axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the expected count per hour of the week (median and IQR of the other weeks) and mark hours outside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpanText</name>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusNotice</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreConnector</name>
    <message>
        <source>Nothing answers at that address: is the server running, and is the port its HTTP port (8123 by default, not the native 9000)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time: check the address, or add ?timeout=SECONDS to the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeZoneBox</name>
    <message>
        <source>Time zone for the axis, the bins and the tooltips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mean of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewOptionsBar</name>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Split </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One series per value of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series kept by total over the whole extent; the rest are summed as “other”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stacked bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic count axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> avg </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving average of each series over this many bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Bins </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin width; auto follows the zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Zone </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonedTimeTicker</name>
    <message>
        <source>HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
