<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressBookDock</name>
    <message numerus="yes">
        <source>%n row(s); the most specific match wins.</source>
        <translation>
            <numerusform>%n row; the most specific match wins.</numerusform>
            <numerusform>%n rows; the most specific match wins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message numerus="yes">
        <source>%n burst(s) added as events (category &quot;burst&quot;).</source>
        <translation>
            <numerusform>%n burst added as an event (category &quot;burst&quot;).</numerusform>
            <numerusform>%n bursts added as events (category &quot;burst&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Burst: %1 lookups</source>
        <translation>
            <numerusform>Burst: %1 lookup</numerusform>
            <numerusform>Burst: %1 lookups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BurstPanel</name>
    <message numerus="yes">
        <source>%n suggested burst(s), dashed on the timeline (times in %1).</source>
        <translation>
            <numerusform>%n suggested burst, dashed on the timeline (times in %1).</numerusform>
            <numerusform>%n suggested bursts, dashed on the timeline (times in %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested burst(s) (times in %1); tick Show on timeline to see them there.</source>
        <translation>
            <numerusform>%n suggested burst (times in %1); tick Show on timeline to see them there.</numerusform>
            <numerusform>%n suggested bursts (times in %1); tick Show on timeline to see them there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoincidencePanel</name>
    <message numerus="yes">
        <source>the %n event(s)</source>
        <translation>
            <numerusform>the %n event</numerusform>
            <numerusform>the %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetsDock</name>
    <message numerus="yes">
        <source>%1 observations</source>
        <translation>
            <numerusform>%1 observation</numerusform>
            <numerusform>%1 observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lookups</source>
        <translation>
            <numerusform>%1 lookup</numerusform>
            <numerusform>%1 lookups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passive-DNS observations</source>
        <translation>
            <numerusform>%1 passive-DNS observation</numerusform>
            <numerusform>%1 passive-DNS observations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapGrid</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00 %4: %5 lookups</source>
        <translation>
            <numerusform>%1 %2:00–%3:00 %4: %5 lookup</numerusform>
            <numerusform>%1 %2:00–%3:00 %4: %5 lookups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln record(s) rejected %1</source>
        <translation>
            <numerusform>%Ln record rejected %1</numerusform>
            <numerusform>%Ln records rejected %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln valid</source>
        <translation>
            <numerusform>; %Ln valid</numerusform>
            <numerusform>; %Ln valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln skipped (not lookups)</source>
        <translation>
            <numerusform>; %Ln skipped (not lookups)</numerusform>
            <numerusform>; %Ln skipped (not lookups)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportNotice</name>
    <message numerus="yes">
        <source>Imported %n files: %1.</source>
        <translation>
            <numerusform>Imported %n file: %1.</numerusform>
            <numerusform>Imported %n files: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lookups</source>
        <translation>
            <numerusform>%1 lookup</numerusform>
            <numerusform>%1 lookups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 observations</source>
        <translation>
            <numerusform>%1 observation</numerusform>
            <numerusform>%1 observations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message numerus="yes">
        <source>%1: %n record(s) rejected</source>
        <translation>
            <numerusform>%1: %n record rejected</numerusform>
            <numerusform>%1: %n records rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservationLane</name>
    <message numerus="yes">
        <source>  (+%n more not shown)</source>
        <translation>
            <numerusform>  (+%n more not shown)</numerusform>
            <numerusform>  (+%n more not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsDock</name>
    <message numerus="yes">
        <source>%L1 lookups, the %2 %L3 listed (sort by time the other way for the %4): %5</source>
        <translation>
            <numerusform>%L1 lookup, the %2 %L3 listed (sort by time the other way for the %4): %5</numerusform>
            <numerusform>%L1 lookups, the %2 %L3 listed (sort by time the other way for the %4): %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 lookups: %2</source>
        <translation>
            <numerusform>%L1 lookup: %2</numerusform>
            <numerusform>%L1 lookups: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolutionLane</name>
    <message numerus="yes">
        <source>  (+%n more not shown)</source>
        <translation>
            <numerusform>  (+%n more not shown)</numerusform>
            <numerusform>  (+%n more not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with an error rcode</source>
        <translation>
            <numerusform>, %n with an error rcode</numerusform>
            <numerusform>, %n with an error rcode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>seen %n time(s)</source>
        <translation>
            <numerusform>seen %n time</numerusform>
            <numerusform>seen %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
source: the lookups&apos; answers, %n lookup(s)</source>
        <translation>
            <numerusform>%1
%2
source: the lookups&apos; answers, %n lookup</numerusform>
            <numerusform>%1
%2
source: the lookups&apos; answers, %n lookups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpanText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%1 lookups at one instant</source>
        <translation>
            <numerusform>%1 lookup at one instant</numerusform>
            <numerusform>%1 lookups at one instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lookups in view</source>
        <translation>
            <numerusform>%1 lookup in view</numerusform>
            <numerusform>%1 lookups in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 counts in view (split by %2: a lookup counts once under each of its answers&apos; values)</source>
        <translation>
            <numerusform>%1 count in view (split by %2: a lookup counts once under each of its answers&apos; values)</numerusform>
            <numerusform>%1 counts in view (split by %2: a lookup counts once under each of its answers&apos; values)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message numerus="yes">
        <source>lookups per %n hour(s)</source>
        <translation>
            <numerusform>lookups per %n hour</numerusform>
            <numerusform>lookups per %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lookups per %n minute(s)</source>
        <translation>
            <numerusform>lookups per %n minute</numerusform>
            <numerusform>lookups per %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lookups per %n second(s)</source>
        <translation>
            <numerusform>lookups per %n second</numerusform>
            <numerusform>lookups per %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
