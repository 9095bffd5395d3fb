#!/usr/bin/env python3
"""Build ntp_answers.jsonl: 30 labelled interview answers for time-synchronization.txt.

Run: python3 build_answers.py   (writes time-synchronization_answers.jsonl next to this file)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "time-synchronization_answers.jsonl")
SHORT = "ntp"

# Each entry: (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ------------------------------------------------------------------ Round 1
    (1, "offtopic", "weak",
     "In my experience clock problems mostly come from time zones, so that's where I'd start. Every server "
     "should run in UTC, all timestamps go into the database as UTC with an explicit offset, and we only "
     "convert to local time in the UI using the IANA tz database. Daylight saving changes are where things "
     "really break, like a cron job at half past two in the morning that runs twice in autumn and not at all "
     "in spring, so schedules should be in UTC too. And keep the tzdata package patched, because governments "
     "change their rules at short notice.",
     [], [],
     "Fluent and correct about time zones and DST, but says nothing about synchronizing clocks, NTP, chrony, "
     "PTP or stratum; off-topic."),
    (1, "bluff", "adequate",
     "So I'd run chrony everywhere. Red Hat switched to it as the default back in RHEL 7, and it copes with "
     "VMs and flaky links much better than ntpd does. The protocol underneath is NTPv4, which is RFC 1305, "
     "over UDP port 123. I'd build a small hierarchy: a couple of our own servers in each data centre, one "
     "with a GPS receiver so it's stratum 1, and every host pointed at four of them so one bad clock gets "
     "voted out. And for the odd workload that needs sub-microsecond precision, PTP with hardware "
     "timestamping.",
     [], ["NTPv4, which is RFC 1305"],
     "Misattributed standard: RFC 1305 is NTP version 3 (1992); NTPv4 is RFC 5905 (2010). Stated confidently, "
     "so a bluff. The false claim is peripheral and the design (chrony, internal tier, GPS stratum 1, four "
     "sources, PTP for sub-microsecond) is right, so adequate."),
    (1, "strong", "strong",
     "Okay, so the first thing I'd ask is how accurate we need to be, because that picks the tool. For normal "
     "servers NTP is plenty, and I'd go with chrony over ntpd: it's been the RHEL default since 7, it locks on "
     "quicker after a reboot, and it behaves better on VMs where the clock rate wanders. timesyncd I'd leave "
     "for laptops, it's a bare SNTP client and can't serve anything. Then the layout: a GPS or atomic "
     "reference is stratum 0, the box wired to it is stratum 1, each hop adds one, and sixteen is the 'not "
     "synced' value. I'd have a couple of internal servers in each data centre pulling from several upstreams, "
     "ideally a GPS appliance of our own, and give every client four sources, because with two, when they "
     "disagree, you've got no way to know who's lying. On a LAN that gets you tens of microseconds to a "
     "fraction of a millisecond. Only if something needs sub-microsecond would I bring in PTP, IEEE 1588, "
     "which needs hardware timestamps on the NICs and switches that understand it.",
     [], [],
     "Covers accuracy-driven choice, chrony over ntpd and timesyncd with reasons, stratum 0/1/16, internal "
     "tier, four sources and the falseticker reason, LAN accuracy and PTP with hardware timestamping. Correct; "
     "strong."),
    (1, "pattern", "weak",
     "Honestly I'd keep it simple. Stratum 1 servers are the most accurate ones, they're sitting right next to "
     "the atomic clock, so I'd just have every one of our servers sync straight from a list of public stratum "
     "1 servers. Anything at stratum 2 or 3 is basically a copy of a copy, so I don't see the point of running "
     "our own internal servers. chrony or ntpd, either would do the job.",
     ["Stratum 1 is the most accurate, so every server should sync directly from a stratum 1 server."],
     ["Stratum 1 servers are the most accurate ones"],
     "Acts out the stratum-equals-accuracy weak answer: treats stratum as a quality ranking and points the "
     "whole fleet at public stratum 1 servers. The misconception is listed as a false claim; pattern, weak."),
    (1, "honest", "adequate",
     "I'd run chrony rather than ntpd, mostly because that's what current RHEL ships and it's known for "
     "recovering faster. Stratum is how far you are from the reference clock, with stratum 1 attached "
     "directly to something like GPS. I'd want a few internal servers and several sources for each client "
     "rather than one. Where I'm fuzzy: I don't remember how many sources you need to reliably outvote a bad "
     "one, and I'd need to look up the real accuracy figures for NTP versus PTP before promising anyone a "
     "number. I know PTP is the tool for very tight requirements, but I haven't deployed it myself.",
     [], [],
     "Says plainly what it would need to look up (source count, accuracy figures, PTP deployment). What it "
     "states is correct: chrony, stratum meaning, internal servers, multiple sources. Missing specifics, so "
     "adequate."),
    (1, "adequate", "adequate",
     "I'd use chrony. It's what current Red Hat and most modern distros ship, it syncs quicker than the old "
     "ntpd and it handles virtual machines better. I'd set up a few internal NTP servers and have everything "
     "point at them rather than every host going out to the internet, and I'd give each client several "
     "servers, not just one. PTP I'd only look at if someone really needs microsecond-level accuracy, because "
     "it needs special network hardware.",
     [], [],
     "Core right (chrony, internal servers, multiple sources, PTP only when needed) but no stratum, no reason "
     "for the number of sources, no accuracy figures; adequate."),

    # ------------------------------------------------------------------ Round 2
    (2, "hedged", "adequate",
     "Stepping is the jump, slewing is the gradual fix where the clock runs a little fast or slow. chrony's "
     "makestep setting controls when it's allowed to jump. I think Red Hat's default is makestep 10 3, so step "
     "if it's more than ten seconds off and only in the first few updates, but I'd check the actual "
     "chrony.conf. Either way 40 seconds is over the threshold, so if chronyd has only just started it'll "
     "step, and if it's been running a while it'll slew instead, which can take several minutes.",
     [], ["I think Red Hat's default is makestep 10 3"],
     "Wrong default threshold (the shipped line is makestep 1.0 3) stated with an explicit hedge, so hedged, "
     "not a bluff. The mechanism and the startup-versus-running distinction are right; adequate."),
    (2, "bluff", "weak",
     "The thing to know is that the daemon only ever steps the clock forward. If the clock is ahead, it never "
     "steps it back; it slews instead, so time can't go backwards because of a correction. Here we're 40 "
     "seconds behind, so chrony will simply step forward, and that's harmless, because nothing breaks when "
     "time jumps ahead, jobs just run a bit early. Slewing is the gradual adjustment, stepping is the jump. So "
     "for a VM that's behind, it's always a step, whatever the config says.",
     [], ["the daemon only ever steps the clock forward",
          "If the clock is ahead, it never steps it back",
          "nothing breaks when time jumps ahead",
          "for a VM that's behind, it's always a step, whatever the config says"],
     "Wrong about the mechanism in plain words and a false absolute: chrony steps in either direction when "
     "makestep allows it, and never steps on its own outside makestep's limits, whatever the direction; "
     "forward jumps also fire timeouts and expire tokens early. Confident, so a bluff, and the false claim is "
     "the centre of the answer, so weak."),
    (2, "strong", "strong",
     "Right, stepping versus slewing. A step just overwrites the clock: instant, but it's a discontinuity, and "
     "if we were fast it goes backwards. Slewing nudges the tick rate instead, a bit quicker or slower, so "
     "time stays smooth and the offset shrinks gradually. The old ntpd could only adjust by 500 parts per "
     "million, so it simply stepped anything over 128 milliseconds. chrony can push the rate much harder, by "
     "default up to roughly 83,000 ppm, call it 80-odd milliseconds per second. The makestep directive decides "
     "when chrony may step; the Red Hat file ships 'makestep 1.0 3', meaning offsets over a second get stepped, "
     "but only in the first three updates after the daemon starts. So for this VM: if chronyd just started, "
     "it steps the 40 seconds straight away. If it's been up for days and the restore dropped us 40 seconds "
     "behind, it slews, something like eight minutes running around eight percent fast. If I can't wait, I "
     "run chronyc makestep by hand and confirm with chronyc tracking.",
     [], [],
     "Correct definitions, ntpd's 500 ppm and 128 ms, chrony's maxslewrate, the meaning of makestep 1.0 3, "
     "both cases for the VM with the right duration, and the manual fix; strong."),
    (2, "list", "weak",
     "So the keywords here are: slewing, stepping, makestep in chrony.conf, maxslewrate, chronyc tracking, "
     "chronyc makestep, ntpd's step threshold, the panic threshold, adjtimex and the kernel frequency limit, "
     "the hardware clock, and the hypervisor's own time sync for the VM. All of those come into it, depending "
     "on how the restore happened and how chrony is set up.",
     [], [],
     "Names the right terms but says nothing about any of them and never answers what chrony does; list, weak."),
    (2, "pattern", "weak",
     "chrony will catch that pretty much straight away. As soon as it polls its servers and sees it's 40 "
     "seconds out, it just sets the system clock to the right time and carries on, so within a minute or so "
     "of the VM coming back you're fine. Stepping versus slewing is more of an ntpd thing, chrony just "
     "corrects it. I wouldn't worry about this one.",
     ["chrony just sets the clock to the right time as soon as it notices the offset."],
     ["it just sets the system clock to the right time and carries on",
      "Stepping versus slewing is more of an ntpd thing"],
     "Acts out the 'chrony just sets the clock' weak answer, ignoring makestep's threshold and update limit. "
     "The misconception is listed as false claims; pattern, weak."),
    (2, "bluff", "adequate",
     "So slewing means the daemon speeds up or slows down the clock's rate until the offset is gone, and time "
     "never jumps. Stepping just sets it, which can send time backwards. chrony uses makestep to decide: Red "
     "Hat ships makestep 1.0 3, so anything over a second gets stepped, but only in the first three updates "
     "after startup, and after that it only slews. For this VM, if chronyd has been running the whole time, "
     "it'll be slewing. And honestly that's fine, because even at the kernel's classic 500 ppm limit that "
     "ntpd uses, forty seconds is slewed away in about twenty minutes. If you're impatient, chronyc makestep.",
     [], ["forty seconds is slewed away in about twenty minutes"],
     "Contradicted duration: at 500 ppm (0.5 ms per second) removing 40 s takes 80,000 s, about 22 hours, not "
     "twenty minutes. Stated confidently, so a bluff. Slew/step and makestep 1.0 3 are right, and the false "
     "figure is a side remark, so adequate."),

    # ------------------------------------------------------------------ Round 3
    (3, "pattern", "weak",
     "I'd give every server both, the AWS time service and a handful of pool.ntp.org servers. chrony's "
     "selection algorithm is really good at picking the best source, so on the day it'll just go with "
     "whichever one looks most accurate and ignore the other. That way you're covered whichever way the leap "
     "second is handled, and you get extra redundancy on top.",
     ["Configure both AWS and pool.ntp.org as sources so chrony can pick the best one."],
     ["you're covered whichever way the leap second is handled"],
     "Acts out the mix-both-sources weak answer; during the smear the two kinds of source disagree and the "
     "client may reject the wrong one or flip. The misconception is listed as a false claim; pattern, weak."),
    (3, "honest", "strong",
     "Okay, so normally the kernel applies a leap second by repeating the final second of the day, the clock "
     "effectively goes back one second, and that's what broke things in 2012, with Java and MySQL burning "
     "CPU, and Cloudflare's DNS on New Year 2017 when Go code got a negative duration. Smearing gets around "
     "that by stretching the extra second slowly across many hours. I don't remember exactly how long Google's and "
     "Amazon's smear windows are, I'd need to look that up, and I'd have to check which chrony directive "
     "serves smeared time to clients. But the real problem here is the split: mid-smear, the two groups of "
     "hosts can be around half a second apart, and a host with both kinds of server can't tell which to "
     "trust. So one policy for everyone, smearing since AWS already does it, and I'd fake a leap second in "
     "staging first. Also, smeared clocks are knowingly off UTC for a while, which matters if we swap "
     "timestamps with partners.",
     [], [],
     "Says plainly it would need to look up the smear window and the chrony directive, and everything it "
     "states is correct: kernel repeat, 2012 and 2017 incidents, the split as the real risk, one policy, "
     "rehearsal, and the UTC offset caveat. Covers most of the substance, so honest banded strong."),
    (3, "offtopic", "weak",
     "The bigger time bomb, honestly, is 2038. A signed 32-bit time_t runs out at 03:14:07 UTC on 19 January "
     "2038 and wraps around to 1901, so anything still storing seconds since the epoch in a 32-bit integer, "
     "old embedded boards, some file formats, MySQL's TIMESTAMP column, is going to break. Linux moved 32-bit "
     "architectures to 64-bit time in kernel 5.6, and glibc 2.34 added _TIME_BITS=64, so the work now is "
     "auditing our databases and binary formats for 32-bit timestamps.",
     [], [],
     "Accurate about the year-2038 problem but says nothing about leap seconds, smearing or the mixed fleet; "
     "off-topic."),
    (3, "bluff", "adequate",
     "The leap second itself deserves respect. By default the kernel repeats the last second of the day, and "
     "that repeat has bitten people badly: the 2012 one took down a big chunk of the industry, something like "
     "a third of all Linux servers hit the futex CPU spin that night. Smearing is the fix: AWS and Google "
     "stretch the second over 24 hours, noon to noon, so nobody ever sees 23:59:60. The danger here is the "
     "mix, so I'd put every service on smeared time, never both kinds of source on one host, and rehearse it "
     "in staging first.",
     [], ["something like a third of all Linux servers hit the futex CPU spin that night"],
     "Invented statistic: there is no measurement that a third of Linux servers were affected in 2012; the "
     "bug hit specific workloads (Java, MySQL and others) on affected kernels. Stated confidently, so a bluff. "
     "The rest (kernel repeat, 24-hour smear, one policy, rehearsal) is right and the figure is peripheral, so "
     "adequate."),
    (3, "adequate", "adequate",
     "The main danger is having two camps. AWS spreads the extra second across a day and the pool servers "
     "don't, so around the leap the two groups of machines disagree by a good fraction of a second, and "
     "anything comparing timestamps between them gets confused. I'd pick one approach for everything: since "
     "AWS smears, I'd move the rest onto smeared sources too and never let a host use both kinds. And I'd "
     "test it in staging beforehand rather than find out at midnight.",
     [], [],
     "Core right (the split is the risk, one policy, no mixed sources, rehearsal) but nothing on what the "
     "kernel does, past incidents, how to smear with chrony, or the deliberate offset from UTC; adequate."),
    (3, "hedged", "adequate",
     "Leap smearing is the fix here. Rather than the kernel inserting an extra second at midnight, which is "
     "what broke things back in 2012, the time servers spread it out so clocks just run slightly slow for a "
     "while. I believe Google and AWS smear it over roughly two hours around midnight, but I'd double-check "
     "that. The real issue in this setup is mixing: smeared and unsmeared hosts will disagree during the "
     "window, so I'd put the whole fleet on one policy, the smeared one.",
     [], ["I believe Google and AWS smear it over roughly two hours around midnight"],
     "Wrong smear window (Google and AWS use a 24-hour linear smear, noon to noon) stated with an explicit "
     "hedge, so hedged, not a bluff. The reasoning about mixing and one policy is right; adequate."),

    # ------------------------------------------------------------------ Round 4
    (4, "list", "weak",
     "Monotonic clock versus wall clock, CLOCK_MONOTONIC, CLOCK_REALTIME, System.nanoTime, "
     "currentTimeMillis, last-write-wins, Lamport clocks, vector clocks, hybrid logical clocks, TrueTime and "
     "commit wait, CockroachDB's maximum offset, Cassandra's write timestamps, NTP skew. Those are the "
     "concepts I'd bring into the discussion with the teammate before we decide anything.",
     [], [],
     "Only names the relevant terms without saying what any of them do or whether the teammate is right; "
     "list, weak."),
    (4, "honest", "adequate",
     "For timeouts I'm confident: measure elapsed time with a monotonic clock, never the wall clock, because "
     "wall time can get stepped. For ordering, I know wall-clock last-write-wins can lose writes when one "
     "host is off, and I know the alternatives are things like logical clocks or hybrid logical clocks, but "
     "I'd need to look up how HLCs actually combine the physical and logical parts before I'd design with "
     "them. I also can't remember exactly how Spanner's TrueTime handles the uncertainty, I'd have to reread "
     "the paper.",
     [], [],
     "Says plainly what it would need to look up (HLC internals, TrueTime). What it states is right: "
     "monotonic for durations, LWW loses writes, logical clocks as the alternative. Misses why sync is not a "
     "guarantee and where wall clocks are fine; adequate."),
    (4, "pattern", "weak",
     "Yeah, I think that's reasonable. If chrony's keeping everything within a millisecond, then a timestamp "
     "is a timestamp. Two writes to the same record from different services are almost never within a "
     "millisecond of each other, so last-write-wins by wall clock will pick the right one. And timeouts are "
     "usually seconds long, so a millisecond of error doesn't matter. I'd go with it.",
     ["Sure, chrony keeps us within a millisecond, so ordering by wall clock is fine."],
     ["last-write-wins by wall clock will pick the right one"],
     "Acts out the 'within a millisecond, so wall-clock ordering is fine' weak answer and treats a typical "
     "offset as a guarantee. The misconception is listed as a false claim; pattern, weak."),
    (4, "strong", "strong",
     "I'd agree with part of it. For logs, traces and anything a person reads, wall time is what you want, "
     "and a millisecond of agreement lets you line up events across hosts nicely. The two specific uses are "
     "where it falls apart. Timeouts: the wall clock can still be stepped, by a chronyd restart inside its "
     "makestep window, someone running date, a VM resuming, or the leap-second repeat, and the elapsed time "
     "you compute goes negative or huge. So elapsed time comes from the monotonic clock: CLOCK_MONOTONIC, "
     "Java's nanoTime, Python's time.monotonic, and Go's time.Now carries a monotonic reading since 1.9. "
     "Ordering: a millisecond is what we see on a good day, not a bound anyone enforces. One host with a "
     "broken source or a dead daemon drifts by seconds, and with last-write-wins the genuinely newer write "
     "quietly loses. Even with perfect sync, writes microseconds apart on two machines can't be ordered by "
     "their clocks. For correctness I'd use a version column with compare-and-set, a sequencer, or logical "
     "clocks, Lamport, vector, or a hybrid logical clock like CockroachDB's. Spanner only gets away with real "
     "time because TrueTime gives an explicit uncertainty interval and commit-wait sits it out.",
     [], [],
     "Splits the uses correctly, explains why steps still happen, names the monotonic APIs, explains why "
     "typical sync is not a bound and why LWW loses writes, and gives clock-independent alternatives with "
     "Spanner's TrueTime as the exception; strong."),
    (4, "bluff", "weak",
     "I'd push back on the wall clock, but the fix is easy: use the monotonic clock for everything. The "
     "monotonic clock reads the same as the wall clock, just with the jumps taken out, so you can stamp it on "
     "messages and compare it between machines safely. So timeouts use it, and for last-write-wins you put "
     "the monotonic timestamp on each write instead of the wall-clock one, and ordering across services just "
     "works even if a host's wall clock gets stepped. In Java that's nanoTime, in Python time.monotonic.",
     [], ["The monotonic clock reads the same as the wall clock, just with the jumps taken out, so you can "
          "stamp it on messages and compare it between machines safely",
          "ordering across services just works even if a host's wall clock gets stepped"],
     "Wrong about the mechanism in plain words: a monotonic clock counts from an arbitrary per-host start "
     "(on Linux, roughly boot), not time of day, so its values mean nothing on another machine and cannot "
     "order writes across hosts. Confident, so a bluff, and it is the centre of the proposed design, so weak."),
    (4, "adequate", "adequate",
     "Partly. Using the wall clock to measure timeouts is a bug waiting to happen: if the clock gets stepped, "
     "your duration is garbage, so timeouts should use a monotonic clock, like System.nanoTime in Java. For "
     "ordering writes I wouldn't trust last-write-wins on timestamps either, because clocks on different "
     "machines drift and a millisecond isn't guaranteed; I'd rather use version numbers in the database. "
     "Wall-clock timestamps are still fine for logs.",
     [], [],
     "Core right (monotonic for durations, LWW on timestamps unsafe, versions instead, wall clock fine for "
     "logs) but no reasons why steps happen, no logical or hybrid clocks, no TrueTime; adequate."),

    # ------------------------------------------------------------------ Round 5
    (5, "bluff", "adequate",
     "I'd run a regional tier of time servers, GPS-backed where we own the hardware and the cloud time "
     "service elsewhere, with chrony on every host pulling from four of them and one leap policy across the "
     "fleet. The trading service gets PTP with hardware timestamping and PTP-aware switches, because 100 "
     "microseconds is beyond what plain NTP promises, and we log the offsets for the regulator. The big "
     "operational piece is alerting on hosts that drift or lose sync, because the symptoms show up far away. "
     "Kerberos is the classic one: once a client's clock is more than five minutes off the KDC, "
     "authentication fails with KRB_AP_ERR_TKT_EXPIRED, and people spend hours chasing it as a ticket "
     "problem.",
     [], ["authentication fails with KRB_AP_ERR_TKT_EXPIRED"],
     "Wrong error name: Kerberos reports clock skew beyond the tolerance as KRB_AP_ERR_SKEW ('Clock skew too "
     "great'); KRB_AP_ERR_TKT_EXPIRED is the error for an expired ticket. Stated confidently, so a bluff. The "
     "architecture is right and the error name is a side remark, so adequate."),
    (5, "honest", "weak",
     "I'll be honest, fleet-wide time architecture is beyond what I've done. I've set up chrony on servers "
     "and pointed it at internal NTP servers, and I know PTP exists for really precise timing, but I don't "
     "know how you'd actually deploy it or what hardware it needs. I'd need to read up on that and talk to "
     "the network team. I'd definitely want monitoring on clock offset, though I'd have to look up which "
     "metrics chrony exposes.",
     [], [],
     "Says plainly what it does not know and would look up; no false claims, but very little design "
     "substance (no tiers, leap policy, PTP details or alert conditions), so honest, weak."),
    (5, "strong", "strong",
     "Tiers, one policy, and a separate track for the trading box. Per region I'd want at least two "
     "independent references, our own GPS-disciplined stratum 1 boxes where we run hardware and the "
     "provider's time service where we don't, and every ordinary host runs chrony with four internal sources "
     "and the same leap-smearing policy. Anywhere time crosses a network we don't own, I'd turn on NTS, RFC "
     "8915, so nobody can spoof us. The trade-reporting service is a different animal: 100 microseconds is "
     "the MiFID II limit for high-frequency trading, and I wouldn't try to hit that with NTP and software "
     "timestamps. That's PTP: a GPS grandmaster, boundary clocks in the switches, NICs that timestamp in "
     "hardware, ptp4l steering the NIC clock and phc2sys syncing the system clock to it, and we keep the "
     "offset records because the regulator wants traceability to UTC. Monitoring is the piece people skip: "
     "scrape offset and sync status from every host and alert on unsynchronized hosts, stratum 16, or fewer "
     "than three usable sources. And write down the coding rules, monotonic clocks for elapsed time and "
     "nothing correctness-critical that assumes two machines agree, plus every place that quietly needs "
     "bounded skew, like Kerberos's five minutes.",
     [], [],
     "Covers tiers with redundant references, chrony with four sources, one leap policy, NTS, PTP for the "
     "MiFID II service with the right components and traceability, concrete alerts, and code standards; "
     "correct and strong."),
    (5, "pattern", "weak",
     "Honestly, I think the hard part is done once chrony is on every box. It's very robust: it picks good "
     "sources, it corrects drift, it handles VMs. I'd bake it into our base image with a sensible config, "
     "point it at the regional time servers, and move on, because there's not much else to manage day to "
     "day. For the trading service, same thing, chrony on that too.",
     ["Once chrony is installed everywhere, time is a solved problem."],
     ["there's not much else to manage day to day"],
     "Acts out the 'install chrony and time is solved' weak answer: no monitoring, no leap policy, and no "
     "answer for the 100 microsecond service. The misconception is listed as a false claim; pattern, weak."),
    (5, "adequate", "adequate",
     "I'd set up a few internal time servers in each region, with GPS or the cloud provider's time service "
     "upstream, and have every host run chrony against several of them. For the 100-microsecond service I'd "
     "use PTP with hardware timestamping, because NTP won't reliably get that tight. And I'd monitor clock "
     "offset on every machine and alert when a host drifts or loses sync, since that's usually how problems "
     "show up.",
     [], [],
     "Core right (regional tier, chrony, PTP for the strict service, offset monitoring) but no leap policy, "
     "no NTS, no traceability evidence, no code standards; adequate."),
    (5, "bluff", "adequate",
     "Regional stratum 1 servers with GPS, chrony on every host with four sources, one smearing policy, and "
     "proper monitoring of offset and sync state with alerts. For the 100 microsecond service NTP won't cut "
     "it, so it's PTP with hardware timestamping on the NICs and boundary clocks in the switches. The nice "
     "part is we don't need another stack for that: chrony ships its own ptp4l and phc2sys daemons, so it's "
     "the same package we already deploy everywhere, just with the PTP daemons switched on for those hosts.",
     [], ["chrony ships its own ptp4l and phc2sys daemons"],
     "Feature credited to the wrong product: ptp4l and phc2sys are part of the linuxptp project, not chrony "
     "(chrony can read a PHC as a reference clock but does not ship these daemons). Stated confidently, so a "
     "bluff. The design is otherwise right and the attribution is peripheral, so adequate."),
]

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]


def build():
    records = []
    counters = {}
    for rnd, kind, band, answer, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        rec = {
            "id": f"{SHORT}-r{rnd}-{counters[rnd]:02d}",
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": list(pq),
            "false_claims": list(fc),
            "note": note,
        }
        assert list(rec.keys()) == FIELDS
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    build()
