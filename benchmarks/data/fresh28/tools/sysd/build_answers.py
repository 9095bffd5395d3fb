#!/usr/bin/env python3
"""Build the 30 labelled answers for the systemd-services gauntlet.

Writes systemd-services_answers.jsonl next to this script.
Record field order: id, round, answer, band, bluff, kind, pattern_quotes, false_claims, note.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "systemd-services_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
A = []

def add(rnd, kind, band, answer, note, pattern_quotes=(), false_claims=()):
    A.append((rnd, kind, band, answer, list(pattern_quotes), list(false_claims), note))

# ---------------------------------------------------------------- Round 1
add(1, "strong", "strong",
    "Okay, so first thing, the app has to stay in the foreground, no daemonizing, because systemd is going to be "
    "its parent and watch it. I'd drop a file in /etc/systemd/system, call it orders-api.service. Under Service I'd "
    "point ExecStart at the gunicorn binary inside the virtualenv, give it its own user, not root, and read settings "
    "from an EnvironmentFile so secrets aren't sitting in the unit. For the type, if I can get the app to send READY=1 "
    "through sd_notify I'd use Type=notify; otherwise Type=exec, because plain simple counts it as up right after the "
    "fork. Restart=on-failure with a couple of seconds between tries, since out of the box there's no restart at all. "
    "Output just goes to stdout and journald picks it up; I'd set PYTHONUNBUFFERED so nothing sits in a buffer. Wants "
    "and After on network-online.target, WantedBy=multi-user.target in Install, then daemon-reload, enable --now, and "
    "watch journalctl -u for a bit.",
    "Covers foreground process, Type choice with correct readiness semantics (simple = after fork, exec, notify), "
    "non-root user, EnvironmentFile, Restart default no, journald and buffering, network-online, Install and enablement. "
    "All correct.")

add(1, "adequate", "adequate",
    "I'd write a service file, put it under /etc/systemd/system, and in it have ExecStart with the full path to the "
    "app, a User line so it's not running as root, and Restart=on-failure so a crash gets it back up. Then an Install "
    "section with WantedBy=multi-user.target so enabling it hooks it into normal boot. After that it's systemctl "
    "daemon-reload and systemctl enable --now, and I'd check systemctl status to see it's active.",
    "Correct core (location, ExecStart, non-root user, restart, WantedBy, daemon-reload, enable --now) but misses the "
    "Type/readiness choice, network-online ordering, configuration and logging.")

add(1, "pattern", "weak",
    "Right, so since it's a web server that sits in the background, I'd set Type=forking in the Service section, "
    "that's the type meant for servers that run in the background. ExecStart pointing at the start script, "
    "Restart=always, WantedBy=multi-user.target, and then enable it. That's basically the whole file, systemd takes it "
    "from there.",
    "Acts out the Type=forking weak answer; a foreground app never forks, so the start times out. The misconception is "
    "listed as a false claim.",
    pattern_quotes=["Use Type=forking, because it's a server that runs in the background."],
    false_claims=["I'd set Type=forking in the Service section, that's the type meant for servers that run in the background"])

add(1, "bluff", "adequate",
    "So I'd keep it pretty standard. ExecStart with the absolute path to gunicorn in the venv, a dedicated service "
    "account through User=, EnvironmentFile for config, Restart=on-failure, and WantedBy=multi-user.target, then "
    "daemon-reload and enable --now. For the type I'd just leave the default, simple, and honestly that's fine for a "
    "web app, because the init system waits until the process is actually listening on its port before it marks the "
    "unit as started, so anything ordered after us only starts once we can take traffic. Logs go to the journal on "
    "their own.",
    "Bluff, wrong about the mechanism in plain words: with Type=simple systemd marks the unit started right after "
    "forking the process and knows nothing about ports; readiness needs Type=notify (or socket activation). The rest "
    "of the unit is correct and the false claim is not the centre of the question, so adequate.",
    false_claims=["the init system waits until the process is actually listening on its port before it marks the unit as started"])

add(1, "honest", "adequate",
    "I've written a few of these but not from memory in a while, so bear with me. Three sections: Unit, Service, "
    "Install. In Service, ExecStart with the command, User= for a non-root account, and a restart setting, on-failure "
    "I think is the usual choice. There are several Type values, simple and notify and forking and one or two more, "
    "and I honestly don't remember exactly when each one counts the service as started, I'd have to look that up in "
    "the systemd.service man page before picking. Install gets WantedBy=multi-user.target, then daemon-reload and "
    "enable.",
    "Honest about not remembering the Type semantics and says where to look; what it states is correct but thin "
    "(no readiness choice, no logging, no network ordering), so adequate.")

add(1, "list", "weak",
    "Um, so the things I'd put in it: ExecStart, User and Group, Restart=on-failure, RestartSec, Type=notify or "
    "Type=exec, sd_notify, EnvironmentFile, journald, PYTHONUNBUFFERED, network-online.target, "
    "WantedBy=multi-user.target, daemon-reload, systemctl enable --now, journalctl -u. Yeah, those are the main "
    "pieces I'd think about for the unit file, and that's roughly it.",
    "Names the right directives and commands but says nothing about what any of them does or why.")

# ---------------------------------------------------------------- Round 2
add(2, "strong", "strong",
    "What you're seeing is start rate limiting, which sits on top of the restart policy. systemd counts every start "
    "of the unit, the automatic ones too, and if there are more than StartLimitBurst starts inside "
    "StartLimitIntervalSec it refuses further starts. Out of the box that's five within ten seconds. RestartSec "
    "defaults to a hundred milliseconds, so a service that dies at start-up hits that almost immediately. The log "
    "says start request repeated too quickly and the result is start-limit-hit; you clear it with systemctl "
    "reset-failed. Those two knobs go in the Unit section, not Service. On-failure covers non-zero exits, unclean "
    "signals, timeouts and the watchdog, not exit 0 or a SIGTERM, and always doesn't escape the limit either. Here I'd "
    "first read journalctl -u for the actual config error, because restarting a bad config is pointless, then give "
    "RestartSec a few seconds, or RestartSteps with RestartMaxDelaySec on 254 and newer for a backoff, and hook "
    "OnFailure= to alert.",
    "Correct diagnosis (start limit, 5 in 10 s defaults, 100 ms RestartSec, start-limit-hit, reset-failed, [Unit] "
    "section), correct Restart= semantics, and a sensible remedy including backoff in systemd 254+.")

add(2, "pattern", "weak",
    "Honestly the fix is simple: on-failure is too picky, so I'd switch it to Restart=always. With always, systemd "
    "will just keep restarting it forever, however many times it crashes, so it can never end up stuck in failed like "
    "that. Then once the config push is fixed it comes back on its own without anyone touching it.",
    "Acts out the 'Restart=always forever' weak answer; the start limit applies under every Restart= policy. The "
    "misconception is listed as a false claim.",
    pattern_quotes=["Set Restart=always and systemd will keep restarting it forever."],
    false_claims=["With always, systemd will just keep restarting it forever, however many times it crashes, so it can never end up stuck in failed like that."])

add(2, "bluff", "adequate",
    "This is the start limit kicking in. systemd doesn't restart forever: by default it allows three starts per "
    "sixty-second window, and once you go past that the unit goes into failed with start-limit-hit and the journal "
    "says the start request was repeated too quickly. You reset it with systemctl reset-failed, and you can tune "
    "StartLimitBurst and StartLimitIntervalSec in the Unit section. Meanwhile I'd go read journalctl -u for the real "
    "config error, since restarting won't fix that, and add some RestartSec so the retries are spaced out.",
    "Bluff with a contradicted default: DefaultStartLimitBurst is 5 and DefaultStartLimitIntervalSec is 10 s, not 3 "
    "per 60 s. The mechanism and remedy are right, so adequate.",
    false_claims=["by default it allows three starts per sixty-second window"])

add(2, "bluff", "weak",
    "First thing I do in this situation is look at the Main PID line in systemctl status. If it says status=217/USER, "
    "that's systemd telling you the binary in ExecStart couldn't be found, which is the classic cause of restart "
    "loops after a deploy, so I'd go fix the path in the unit file and do a daemon-reload. Once the path is right "
    "it'll start cleanly and the restart policy stops mattering. I'd maybe bump RestartSec while I'm in there.",
    "Bluff with a wrong status code: 217/USER means the User= account could not be resolved; a missing or "
    "non-executable ExecStart binary is 203/EXEC. The false diagnosis is the whole answer and it never explains the "
    "start rate limit, so weak.",
    false_claims=["If it says status=217/USER, that's systemd telling you the binary in ExecStart couldn't be found"])

add(2, "hedged", "adequate",
    "So I think there's a built-in cap on how often a unit can be started in a window, and once it's exceeded systemd "
    "gives up and marks the unit failed. I think the default is something like ten starts in a minute, but I'd check "
    "the man page to be sure. You can reset it with systemctl reset-failed. And I'd look at the journal for why it's "
    "crashing in the first place.",
    "Hedged wrong default (actual: 5 starts in 10 s); not a bluff. Core diagnosis and reset-failed are right, Restart= "
    "semantics missing, so adequate.",
    false_claims=["I think the default is something like ten starts in a minute"])

add(2, "offtopic", "weak",
    "When a service is unstable I like to look at the wider deployment pipeline. We should have canary deploys for "
    "config, so a bad config only hits one host first, with automatic rollback if the error rate goes up. Feature "
    "flags help too, and config should be validated by a schema check in CI before it ever ships. Most outages I've "
    "seen were config changes, so that's where I'd put the effort.",
    "Fluent but about deployment practice; it never says why systemd stopped restarting or how restart policies and "
    "start limits work.")

# ---------------------------------------------------------------- Round 3
add(3, "adequate", "adequate",
    "The issue is just ordering. For the network I'd use network-online.target, pulled in with Wants= and ordered "
    "with After=, because plain network.target doesn't promise an address. For Postgres I'd put "
    "After=postgresql.service and Wants=postgresql.service in our unit so we wait for it at boot. Then check with "
    "systemd-analyze critical-chain that it's in the right order.",
    "Correct unit-file fix, but misses that 'started' depends on the database unit's Type and that the app must "
    "retry its connection at runtime.")

add(3, "pattern", "weak",
    "The network part is easy: add After=network.target, since that target means the network is up, so once it's "
    "reached we know interfaces have addresses. For the database I'd do the same kind of thing with "
    "After=postgresql.service. After those two lines the boot race goes away.",
    "Acts out the network.target weak answer; network.target only means the network management stack started. The "
    "misconception is listed as a false claim.",
    pattern_quotes=["Add After=network.target, that means the network is up."],
    false_claims=["add After=network.target, since that target means the network is up, so once it's reached we know interfaces have addresses"])

add(3, "bluff", "weak",
    "Yeah, so the fix here is a hard dependency. I'd put Requires=postgresql.service and Requires=network-online.target "
    "in the Unit section. Declaring a hard dependency already makes the init system hold our service back until the "
    "database has completely finished starting, so our service can never be launched before the database is ready. "
    "A separate ordering line on top of that is redundant. And since it's a hard dependency, if Postgres fails, we "
    "don't start, which is what we want.",
    "Bluff, wrong about the mechanism in plain words and a false absolute: Requires= only pulls the unit in; without "
    "After= both start in parallel, which is the very race in the question. The false claim is the centre of the "
    "answer, so weak.",
    false_claims=["Declaring a hard dependency already makes the init system hold our service back until the database has completely finished starting, so our service can never be launched before the database is ready."])

add(3, "bluff", "adequate",
    "Two fixes. For the network, Wants= plus After= on network-online.target, not network.target, which only means "
    "the networking service was started. For the database, After=postgresql.service with Wants=, but that only helps "
    "if Postgres signals readiness honestly, so I'd make sure its unit is Type=notify. That READY=1 handshake is "
    "defined in the LSB init script specification, so any LSB-compliant daemon already speaks it. And the app should "
    "still retry its connection, because Postgres can restart later.",
    "Bluff with a misattributed standard: READY=1 is systemd's own sd_notify protocol; the LSB Init Script spec "
    "defines init script actions and exit codes, not a readiness notification. The rest is correct and the claim is "
    "peripheral, so adequate.",
    false_claims=["That READY=1 handshake is defined in the LSB init script specification, so any LSB-compliant daemon already speaks it."])

add(3, "honest", "strong",
    "So there are really two separate things: which units get pulled in, that's Wants= or Requires=, and the start "
    "order, which is After=. Without After= they start in parallel, which fits what we're seeing. For the network I'd "
    "use network-online.target with both Wants= and After=, since network.target is just networking software having "
    "started. I don't remember exactly which wait-online service backs it on our distro, networkd or NetworkManager, "
    "I'd check that. For Postgres, After= plus Wants=, but whether started means accepting connections depends on how "
    "its unit declares its Type, and I'd need to look at the packaged unit to know. Either way I'd have the app retry "
    "the connection with backoff, since the database can restart long after boot. Then critical-chain to confirm.",
    "Honest about two details it would look up, and otherwise has most of the substance, correct: requirement vs "
    "ordering, network-online.target, started vs ready via Type, application retry. Banded strong.")

add(3, "list", "weak",
    "Okay, the words that come to mind: Wants=, Requires=, BindsTo=, After=, Before=, network.target, "
    "network-online.target, systemd-networkd-wait-online, postgresql.service, Type=notify, systemd-analyze "
    "critical-chain, list-dependencies, retry with backoff. Those are the things I'd reach for with a boot ordering "
    "problem like this, roughly in that order, I suppose.",
    "Names the right terms without saying what any of them does or how they fix the race.")

# ---------------------------------------------------------------- Round 4
add(4, "strong", "strong",
    "Partly. Containers are a genuinely good packaging format: pinned interpreter and libraries, one image from CI "
    "through prod, and it sets us up for an orchestrator later. And Docker's restart policies are decent, with a "
    "backoff that starts at 100 ms and doubles. But no unit files doesn't mean no systemd. dockerd runs as "
    "docker.service, so our supervisor is itself supervised by systemd, and when the daemon stops or gets upgraded, "
    "containers go down with it unless live-restore is switched on. We'd also give up things we use: ordering after "
    "network-online.target or the local database, readiness via sd_notify, socket activation, the sandboxing options, "
    "per-service logs in the journal unless we pick the journald log driver. So I'd separate packaging from "
    "supervision. A nice middle path is Podman with Quadlet, where a .container file becomes a generated systemd "
    "service. And for a single VM with a local Postgres, a hardened plain unit might honestly be simpler.",
    "Fair on both sides: packaging gains, Docker backoff, dockerd under systemd, live-restore, what is lost, Quadlet "
    "as a middle ground, and a deciding factor. All correct.")

add(4, "adequate", "adequate",
    "I'd push back a bit. Docker's restart policy is fine for restarting a crashed container, but Docker itself is a "
    "systemd service, so we're not really getting rid of systemd, we're just adding a layer. And we'd lose the "
    "dependency ordering we just fixed for the database and network. Containers do make packaging nicer though, so "
    "I'm not against it, I'd just want to think about what we gain versus what we lose before switching.",
    "Right core (dockerd is a systemd service, ordering lost, packaging gain) but no live-restore, readiness, "
    "sandboxing, middle ground or deciding factor.")

add(4, "pattern", "weak",
    "Honestly I agree with them. systemd is legacy at this point, containers have pretty much replaced it for running "
    "apps. Everyone's moving to Docker and Kubernetes, and --restart=always handles crashes fine. I wouldn't invest "
    "more time in unit files; let's containerize and move on.",
    "Acts out the 'systemd is legacy' weak answer; dockerd and containerd themselves run as systemd services. The "
    "misconception is listed as a false claim.",
    pattern_quotes=["systemd is legacy; containers have replaced it."],
    false_claims=["systemd is legacy at this point, containers have pretty much replaced it for running apps"])

add(4, "bluff", "adequate",
    "I'd say it's half right. Images are a much nicer way to ship the app, no argument. But Docker doesn't remove "
    "systemd: docker.service is the thing that keeps every container alive, and if it stops, containers stop too "
    "unless live-restore is set. So my preference would be to keep systemd as the supervisor and use Docker's Quadlet "
    "support, where you write a .container file and Docker generates a systemd unit for it, so you get ordering, "
    "restarts and journald with the image. That's the best of both.",
    "Bluff crediting a feature to the wrong product: Quadlet is part of Podman (since 4.4), not Docker. The rest is "
    "correct and balanced, so adequate.",
    false_claims=["use Docker's Quadlet support, where you write a .container file and Docker generates a systemd unit for it"])

add(4, "honest", "adequate",
    "It's not crazy. Containers give reproducible packaging and Docker will restart a crashed container. What I'm not "
    "sure about is what happens to running containers when the Docker daemon itself restarts, say on a package "
    "upgrade. I believe there's a daemon setting that keeps them running, but I'd have to look up its name and the "
    "default before I'd trust it. I'd also want to keep the start-up ordering we have against the network and the "
    "database, which Docker's restart flag doesn't give us. So: fine for packaging, but I'd want those answers first.",
    "Honest about not knowing the live-restore setting; balanced and correct in what it says but missing readiness, "
    "sandboxing and a middle ground, so adequate.")

add(4, "hedged", "adequate",
    "I think it's fine for a lot of cases. Docker restart policies work well; if I remember right, Docker waits a "
    "fixed five seconds between restart attempts, though don't hold me to that. You lose unit-level ordering against "
    "the network and the database, and you lose systemd's sandboxing options, so for something that depends on a "
    "local Postgres I'd probably keep a unit file, or run the container from a unit. For stateless stuff, containers "
    "are fine.",
    "Hedged wrong number (Docker's delay starts at 100 ms and doubles); not a bluff. Reasonable trade-off but no "
    "mention that dockerd is a systemd service or of live-restore, so adequate.",
    false_claims=["Docker waits a fixed five seconds between restart attempts"])

# ---------------------------------------------------------------- Round 5
add(5, "strong", "strong",
    "I'd start with a baseline that lives in code rather than in each team's head. Units we own get templated by "
    "config management, Ansible in our case, and for vendor units we only ever add drop-ins with systemctl edit under "
    "/etc, never touch /usr/lib, because upgrades overwrite that. CI runs systemd-analyze verify. Security: a shared "
    "hardening drop-in with NoNewPrivileges, ProtectSystem=strict with ReadWritePaths for what the app writes, "
    "PrivateTmp, ProtectHome, a syscall filter, restricted address families, non-root or DynamicUser, and we score "
    "every unit with systemd-analyze security and ratchet that number down. Resources: memory and CPU caps and "
    "TasksMax through cgroup v2, grouped into slices. Observability: node_exporter with the systemd collector "
    "switched on, alerts on failed units and flapping restarts, journald shipping to central logs, OnFailure hooks. "
    "Cron jobs move to timers with Persistent=true. And a template plus checklist so new services start compliant.",
    "Covers templating, drop-ins vs vendor files, CI verify, hardening baseline with exposure scoring, cgroup v2 "
    "limits and slices, monitoring and logs, timers, and a template. All correct.")

add(5, "adequate", "adequate",
    "Mainly standardise through config management. One Ansible role that renders unit files from a template, so every "
    "service has the same structure, non-root user, Restart=on-failure and so on. For packaged services, use drop-in "
    "overrides instead of changing the shipped file. And make sure we alert when a unit ends up failed, probably "
    "through node_exporter. That would get us most of the consistency.",
    "Right core (templating, drop-ins, alert on failed units) but no hardening baseline, exposure scoring, resource "
    "control or log shipping.")

add(5, "pattern", "weak",
    "Honestly the quickest way is to fix the unit files where they are. Most of them live under /usr/lib/systemd/system, "
    "so I'd go host by host, edit them in place to add the settings we want, run daemon-reload, and restart. Maybe "
    "script it with a for loop over SSH so it doesn't take forever.",
    "Acts out the 'edit /usr/lib/systemd/system directly' weak answer: package upgrades overwrite it and hosts drift.",
    pattern_quotes=["Edit the unit files under /usr/lib/systemd/system directly on each host."])

add(5, "bluff", "adequate",
    "I'd build a standard unit template and a hardening drop-in everyone inherits: NoNewPrivileges, "
    "ProtectSystem=strict, PrivateTmp, ProtectHome, a system call filter, and non-root users. The data on this is "
    "pretty clear: turning on ProtectSystem=strict by itself blocks around 70 percent of the privilege-escalation "
    "exploits published against Linux daemons, so that's the first setting I'd make mandatory. Then systemd-analyze "
    "security in CI, drop-ins instead of editing vendor files, cgroup limits like MemoryMax, and node_exporter alerts "
    "on failed units.",
    "Bluff with an invented statistic: there is no such published figure; ProtectSystem=strict only makes the file "
    "system read-only for the service. The rest is a sound baseline and the statistic is peripheral, so adequate.",
    false_claims=["turning on ProtectSystem=strict by itself blocks around 70 percent of the privilege-escalation exploits published against Linux daemons"])

add(5, "honest", "weak",
    "I haven't run a fleet that size, so I'll be honest about the limits here. I know there's a way to override "
    "settings without editing the original unit, a drop-in directory, but I'd need to look up the exact path and how "
    "the merge works. I'd want some kind of central monitoring telling us when services fail, but I don't know "
    "offhand which exporter does that for systemd. So: a standard, and monitoring, and I'd research the specifics.",
    "Honest and not a bluff, but very little substance: drop-ins and monitoring named without detail, no hardening or "
    "resource control. Weak.")

add(5, "offtopic", "weak",
    "At that scale I'd really push to move off VMs and onto Kubernetes. You get declarative Deployments, health "
    "probes, rolling updates and autoscaling for free, and teams describe their service in a Helm chart instead of a "
    "unit file. The platform team can then own a golden chart with sane defaults, resource requests and limits, and a "
    "service mesh for mTLS between services. That's how most companies solve consistency nowadays.",
    "Fluent but about migrating to Kubernetes; it does not answer how to standardise, secure and observe the systemd "
    "units the fleet runs.")


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in A:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "sysd-r%d-%02d" % (rnd, counters[rnd]),
                "round": rnd,
                "answer": answer,
                "band": band,
                "bluff": kind == "bluff",
                "kind": kind,
                "pattern_quotes": pq,
                "false_claims": fc,
                "note": note,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d answers to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
