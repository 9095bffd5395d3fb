#!/usr/bin/env python3
"""Build bgp-internet-routing_answers.jsonl: 30 labelled answers (6 per round)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "bgp-internet-routing_answers.jsonl")

# Common Weak Answer quotes, verbatim from bgp-internet-routing.txt
R1_SAME = "eBGP is for the internet and iBGP is just the same protocol used internally."
R2_SHORTEST = "BGP just picks the shortest AS path."
R3_TIMERS = "Just lower the BGP timers to one second keepalive and three second hold."
R3_MESH = "Keep the full mesh and template the config; it's just more sessions."
R4_IRR = "He's right, IRR filtering is enough."
R5_LATENCY = "BGP always sends users to the lowest-latency site."

A = []


def add(rnd, answer, band, kind, pattern_quotes=None, false_claims=None, note=""):
    n = sum(1 for a in A if a["round"] == rnd) + 1
    A.append({
        "id": f"bgp-r{rnd}-{n:02d}",
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": pattern_quotes or [],
        "false_claims": false_claims or [],
        "note": note,
    })


# ---------------------------------------------------------------- Round 1
add(1,
    "Okay, so the short version: eBGP is the session we run with another autonomous system, so the two "
    "transit providers, and iBGP is what our four edge routers run among themselves. Same protocol, both "
    "over TCP on port 179, but the rules differ. When I advertise over eBGP my AS number gets stuck on the "
    "front of the path and I become the next hop; also, out of the box, the neighbour must sit one hop "
    "away because the TTL is set to one. Over iBGP nothing gets added to the path and the external next hop is "
    "kept, so at the edge I'd configure next-hop-self. And since the path doesn't change inside the AS, an "
    "iBGP speaker won't pass along something it heard from another internal peer, which is why you need a "
    "full mesh or reflectors. On bring-up: TCP connects, each side sends an OPEN with its ASN, router ID, "
    "hold time and capabilities, like four-byte ASN support, then they swap UPDATEs and keep sending "
    "KEEPALIVEs. Cisco's defaults are sixty seconds and a hundred and eighty; the smaller hold time offered "
    "wins. Errors come back as a NOTIFICATION and the session is torn down.",
    "strong", "strong",
    note="Covers TCP 179, AS_PATH and next-hop handling, eBGP TTL 1, the iBGP re-advertisement rule, OPEN "
         "contents and capabilities, 60/180 s timers with the lower hold time winning, NOTIFICATION. Correct.")

add(1,
    "eBGP runs between two different AS numbers, so us and each provider, and iBGP runs between routers "
    "inside the same AS. Both use TCP port 179. The main difference I'd call out is that on eBGP your AS "
    "number gets added to the AS path, and on iBGP it doesn't, so iBGP can't use the path to detect loops, "
    "and that's why iBGP routers don't re-advertise to each other and you need a full mesh. Once the TCP "
    "session is up they exchange routes, and keepalives go every 60 seconds with a 180 second hold time by "
    "default on Cisco.",
    "adequate", "adequate",
    note="Core is right (TCP 179, AS_PATH, iBGP full-mesh rule, timers) but misses next-hop handling, the "
         "eBGP TTL of 1, OPEN and capabilities such as 4-byte ASNs, and NOTIFICATION.")

add(1,
    "Honestly they're the same protocol, the only difference is where you point it. eBGP is what you run "
    "towards the internet, so towards the two transit providers, and iBGP is that same thing inside your "
    "own network between your routers. The config's pretty much identical, you just put your own AS number "
    "as the remote AS for the internal ones. When the session comes up the routers swap their routing "
    "tables and that's about it, BGP takes care of the rest.",
    "weak", "pattern", pattern_quotes=[R1_SAME],
    note="Acts out 'same protocol used internally': no AS_PATH, next-hop, TTL or iBGP re-advertisement "
         "differences, and nothing about how the session is established.")

add(1,
    "Right, so eBGP is between us and the providers and iBGP is between our own four routers, all of it on "
    "TCP 179. On the eBGP side our AS number is added to the path as routes leave, and the neighbour has to "
    "be directly connected unless you turn on multihop. Inside, iBGP is actually pretty forgiving: whatever "
    "one of our routers learns from an internal neighbour it simply hands on to its other internal "
    "neighbours, so you can wire them up in a ring or a chain and every route still reaches everyone. When "
    "the session starts there's an OPEN exchange with the AS number and hold time, then updates, then "
    "keepalives every minute.",
    "weak", "bluff",
    false_claims=["whatever one of our routers learns from an internal neighbour it simply hands on to its "
                  "other internal neighbours",
                  "so you can wire them up in a ring or a chain and every route still reaches everyone"],
    note="Bluff, wrong mechanism in plain words: an iBGP speaker does NOT re-advertise iBGP-learned routes to "
         "other iBGP peers, which is why a full mesh or route reflectors are needed. The false claim is the "
         "central eBGP/iBGP difference and a ring design would lose routes, so weak.")

add(1,
    "So eBGP is inter-AS, iBGP is intra-AS, both on TCP 179. The practical differences: eBGP prepends our AS "
    "number and rewrites the next hop, iBGP leaves both alone, so you need next-hop-self or the "
    "provider links in your IGP. iBGP also doesn't re-advertise iBGP-learned routes, hence full mesh or "
    "route reflectors. Session comes up with OPEN messages, ASN, router ID, hold time, capabilities like "
    "4-byte ASN, then UPDATEs and KEEPALIVEs. On Cisco IOS the out-of-the-box timers are a 30-second "
    "keepalive and a 90-second hold time, and if the hold timer runs out the session is dropped with a "
    "NOTIFICATION.",
    "adequate", "bluff",
    false_claims=["On Cisco IOS the out-of-the-box timers are a 30-second keepalive and a 90-second hold time"],
    note="Bluff, contradicted default: Cisco IOS defaults are a 60 s keepalive and a 180 s hold time. The "
         "rest is correct and the timers are not the centre of the answer, so capped at adequate.")

add(1,
    "eBGP is between different ASes and iBGP inside one AS, and both are TCP, port 179. I know eBGP adds "
    "our AS to the path and changes the next hop, and iBGP doesn't, and that iBGP-learned routes aren't "
    "passed to other iBGP peers, so you need a mesh or reflectors. For the session setup there's an OPEN "
    "with capabilities and then updates and keepalives. What I don't remember off the top of my head is the "
    "exact default timers, I know there's a keepalive and a hold time but I'd have to look up the values per "
    "vendor, and I'd also need to look up how a 4-byte ASN is shown to an old 2-byte-only peer.",
    "adequate", "honest",
    note="Honest: says plainly it would look up the default timers and the AS_TRANS mechanism. What it "
         "states is correct, but timers, TTL and 4-byte details are missing, so adequate.")

# ---------------------------------------------------------------- Round 2
add(2,
    "Any path with an unreachable next hop is out. Then, on a Cisco box, it walks the "
    "attributes and the first difference decides: weight, which only exists on that one router; local "
    "preference, which is AS-wide and defaults to 100; routes we originated; shorter AS path; origin, with "
    "IGP beating EGP beating incomplete; lower MED; external over internal; closest next hop by IGP metric; "
    "then oldest external route and lowest router ID. For outbound I'd raise local pref "
    "on everything learned from A, say to 200, which propagates over iBGP so all four edges agree. Weight "
    "wouldn't, it stays on one box. Inbound is the hard part because the decision is made in other people's "
    "networks. I'd prepend our AS a couple of times towards B, use B's communities to drop their local pref "
    "on our prefixes if they offer that, and only if I'm desperate announce more-specifics via A. I wouldn't "
    "reach for MED: it's only compared among routes from the same neighbour AS, so it works across two links "
    "to one provider, not between A and B. And prepending is a hint, not a command: B still prefers us "
    "as its customer over routes via peers.",
    "strong", "strong",
    note="Full selection order with correct defaults, local preference for outbound and why not weight, "
         "prepending, communities and more-specifics for inbound, the MED limitation and the limit of "
         "prepending. Correct.")

add(2,
    "BGP is basically distance-vector at the AS level, so it always goes with the path that has the fewest "
    "AS hops, that's really the whole decision. So for outbound, whichever provider has the shorter path to "
    "a destination gets the traffic, and if I want A to win more I'd make sure A's paths look shorter. "
    "Inbound is the same idea: I prepend a few times on the announcements to B, everyone sees the path "
    "through A is shorter, and traffic comes in via A.",
    "weak", "pattern", pattern_quotes=[R2_SHORTEST],
    false_claims=["it always goes with the path that has the fewest AS hops, that's really the whole decision"],
    note="Acts out 'BGP just picks the shortest AS path': ignores weight, local preference and the rest of "
         "the order, and has no outbound tool we control. The misconception is listed as a false claim.")

add(2,
    "So the router goes through the list, weight, local preference, AS path length, origin, MED and so on, "
    "and the first attribute that differs wins. The main lever is local preference. I'd set it to 200 on "
    "everything we receive from A, and that solves both directions at once, because the preference we set "
    "travels out with our own announcements: the providers can see which link we like better and they send "
    "our incoming traffic down that same link. So one policy on the A sessions and we're done, no "
    "prepending needed.",
    "weak", "bluff",
    false_claims=["the preference we set travels out with our own announcements: the providers can see which "
                  "link we like better and they send our incoming traffic down that same link"],
    note="Bluff, wrong mechanism in plain words: local preference is never sent to eBGP neighbours and only "
         "influences our own outbound choice; inbound traffic is decided by other networks. This is the "
         "centre of the inbound half of the question, so weak.")

add(2,
    "The order on Cisco, roughly: weight, then local preference, then locally originated routes, then the "
    "shortest AS path, origin type, and then MED, the multi-exit discriminator, which was introduced by RFC "
    "1997, then eBGP over iBGP, the IGP metric towards the next hop, and tie-breakers like router ID. For outbound I'd "
    "bump local preference on A's routes so the whole AS prefers A; weight is per router so it's the wrong "
    "tool. For inbound I'd prepend towards B and check whether B has communities to lower its local "
    "preference for us. MED is only looked at between routes from one and the same neighbour AS, so it "
    "won't pick between the two providers.",
    "adequate", "bluff",
    false_claims=["which was introduced by RFC 1997"],
    note="Bluff, misattributed RFC: RFC 1997 defines the BGP COMMUNITIES attribute; MED (MULTI_EXIT_DISC) is "
         "part of the BGP-4 specification (RFC 1771, now RFC 4271). The rest is correct, so capped at "
         "adequate.")

add(2,
    "I'd set local preference higher on routes from A. I think the default local pref is 150, though I'd "
    "double-check that, so I'd go well above it; anything higher wins, and because it's carried in iBGP all "
    "the edge routers follow. It's compared before AS path length, so it beats whatever path lengths the "
    "providers give us. Inbound I can't control directly; I'd prepend our AS on the announcements to B so "
    "the route via A looks shorter, and maybe use B's communities if they have them. I'd skip MED since "
    "between two different providers it usually isn't compared.",
    "adequate", "hedged",
    false_claims=["I think the default local pref is 150"],
    note="Hedged wrong default (the default LOCAL_PREF is 100). The outbound and inbound tools are right, "
         "but it doesn't give the selection order beyond local preference versus path length.")

add(2,
    "There's the best-path algorithm: next-hop reachability, weight, local preference, locally originated, "
    "AS path length, origin, MED, eBGP over iBGP, IGP metric, oldest route, router ID. For traffic "
    "engineering: local preference, AS-path prepending, MED, communities, more-specific prefixes, "
    "route-maps, prefix-lists. Those are the knobs I'd use.",
    "weak", "list",
    note="Names the right attributes and tools but says nothing about which direction each controls or why "
         "MED and weight don't fit.")

# ---------------------------------------------------------------- Round 3
add(3,
    "For the mesh, I'd put in route reflectors, two of them for redundancy, and have every other router "
    "peer only with those two, so instead of each router holding 29 iBGP sessions it holds two. For the "
    "failover, the media converter keeps the port up, so BGP doesn't see anything is wrong. I'd run BFD "
    "with the provider on those links; it sends fast hellos and can detect a dead path in well under a "
    "second, and then tears the BGP session down so traffic shifts to the other transit.",
    "adequate", "adequate",
    note="Right core (redundant reflectors, BFD with the provider) but doesn't tie the three minutes to the "
         "180 s hold time, and misses the path-diversity trade-off and reflectors outside the data path.")

add(3,
    "The three minutes is just BGP being slow by default, so I'd tune it: keepalive of one second and hold "
    "time of three seconds on the provider sessions. Then a dead circuit gets noticed in three seconds, job "
    "done, no extra protocol to run. And for the thirty routers, honestly I'd keep the full mesh; we'd "
    "template the neighbour statements in our config generator so it's not really extra work, it's just "
    "more sessions.",
    "weak", "pattern", pattern_quotes=[R3_TIMERS, R3_MESH],
    note="Acts out two Common Weak Answers: aggressive BGP timers instead of BFD, and keeping the full mesh "
         "with templates, ignoring n(n-1)/2 growth.")

add(3,
    "Thirty routers in a full mesh is 435 sessions, which gets ugly, so I'd introduce a pair of route "
    "reflectors and make everything else a client; the reflectors use the originator ID and cluster list "
    "to avoid loops. One downside is that clients only hear the reflector's best path, so you lose some "
    "path diversity. On the outage: the interface stayed up, so BGP waited out its 180-second hold timer, "
    "that's your three minutes. I'd run BFD on the transit links with something like 300 millisecond "
    "hellos and a multiplier of three. Worth knowing, BFD can only ever run between directly connected "
    "neighbours, so for any multihop session you're stuck with tuning BGP's own timers.",
    "adequate", "bluff",
    false_claims=["BFD can only ever run between directly connected neighbours",
                  "so for any multihop session you're stuck with tuning BGP's own timers"],
    note="Bluff, false absolute: multihop BFD exists (RFC 5883) and is used for multihop and loopback-to-"
         "loopback sessions. The claim is a side remark, the transit links are direct, and the rest is "
         "correct, so adequate.")

add(3,
    "Two problems. The three-minute black hole is the hold timer: by default it's 180 seconds on Cisco, and "
    "since the media converter kept the link up, BGP had to wait for keepalives to stop before declaring "
    "the neighbour dead. The fix is BFD on the eBGP sessions, agreed with the provider because both sides "
    "need it; with sub-second hellos and a multiplier of three you detect the failure in under a second, "
    "instead of squeezing BGP's own timers, which just burns control-plane CPU. For the mesh, 435 sessions "
    "at thirty routers, I'd deploy a redundant pair of route reflectors. They only pass on their best path, "
    "so you can lose the closest exit; Add-Path fixes that, and the reflectors can be off the data path "
    "entirely, even VMs. I honestly don't remember the RFC number for route reflection, I'd look it up, and "
    "I'd need to check our platform's minimum supported BFD interval before promising a number.",
    "strong", "honest",
    note="Honest about the route-reflection RFC number and platform BFD minimums, but has all the substance: "
         "hold time explains the outage, BFD on both ends, why not BGP timers, 435 sessions, redundant "
         "reflectors, path diversity and Add-Path, reflectors off the data path. Banded strong.")

add(3,
    "I'd look at the IGP first. With thirty routers in one OSPF area, every link flap floods LSAs to "
    "everyone and triggers a full SPF run, so I'd split the network into a backbone area zero and a few "
    "regional areas, summarise at the ABRs, and make the edge areas stubby so they don't carry external "
    "LSAs. I'd also tune the SPF and LSA throttle timers so bursts of changes get batched, and make sure the "
    "loopbacks are advertised with passive interfaces. That keeps the routing domain stable as it grows.",
    "weak", "offtopic",
    note="Fluent OSPF area design; says nothing about iBGP sessions, route reflectors, the hold timer or BFD.")

add(3,
    "So for the mesh I'd move to route reflectors, that's RFC 4760 I think, but I'd check, where one central "
    "router reflects iBGP routes to the others and each router only peers with the reflector. That cuts the "
    "session count a lot. For the failover I'd probably look at making the timers shorter, or something "
    "like BFD.",
    "weak", "hedged",
    false_claims=["that's RFC 4760 I think"],
    note="Hedged wrong RFC: route reflection is RFC 4456 (RFC 4760 is multiprotocol extensions). Thin: a "
         "single reflector is a single point of failure, and the failover part is vague and never explains "
         "the three minutes.")

# ---------------------------------------------------------------- Round 4
add(4,
    "I'd agree with half of it. Origin validation only asks whether the AS originating a prefix, and the "
    "prefix length, match a signed ROA, so yes, if someone forges a path ending in our ASN they look valid, "
    "and a leak where the origin is genuine sails straight through. But accidental mis-originations and "
    "wrong-AS more-specifics are a big chunk of real incidents, and ROV stops those, which is why most big "
    "transit networks already drop invalids. Publishing ROAs for our own prefixes costs almost nothing and "
    "protects us in everyone else's network, not just ours. The fear of black-holing is handled by how you "
    "roll it out: two independent validators, say Routinator and rpki-client, routers fed over RTR, a period "
    "where invalids are only marked and reported, and then drop invalid only, never not-found, because a big "
    "part of the table has no ROA yet. IRR filtering stays, it's just a different tool: it's what builds "
    "customer prefix lists, but the data is largely unverified. Add max-prefix limits on all sessions, RFC "
    "9234 roles where supported, and keep an eye on ASPA for path checking.",
    "strong", "strong",
    note="Concedes ROV's real limits (forged paths, leaks), explains why it still matters, safe rollout, "
         "invalid versus not-found, IRR as complementary, max-prefix, RFC 9234 and ASPA. Correct.")

add(4,
    "He's half right. ROV only validates the origin AS against the ROA, so a forged path with our ASN at the "
    "end gets through, and it does nothing for leaks. But it's cheap and it does catch the common "
    "fat-finger mis-originations, so I'd still publish ROAs for our prefixes and drop invalids at our edge. "
    "I'd keep the IRR filters as well, they're complementary rather than an alternative.",
    "adequate", "adequate",
    note="Right conclusion and limits, but no safe rollout, no not-found handling, no max-prefix or leak "
         "protection.")

add(4,
    "Yeah, I think he's got a point. We already build prefix filters from IRR for everyone we peer with, so "
    "anything bogus gets filtered at our edge anyway. RPKI is another moving part, validators, certificates, "
    "another thing to monitor, and if the validator breaks we could drop good routes. I'd rather keep it "
    "simple and rely on the IRR filters we already have.",
    "weak", "pattern", pattern_quotes=[R4_IRR],
    false_claims=["anything bogus gets filtered at our edge anyway"],
    note="Acts out 'IRR filtering is enough': IRR data is unauthenticated and stale, and our filters don't "
         "protect our prefixes in other networks. The overclaim is listed as false.")

add(4,
    "It's a fair critique of ROV on its own, but not a reason to skip it. ROV checks the origin ASN and "
    "prefix length against ROAs, so a forged path or a leak with correct origins still passes. But "
    "mis-originations are common and ROV kills them, as long as you only drop invalid and let not-found "
    "through. I'd layer it: ROAs for our space, ROV at the edge, IRR-built prefix lists on customers, and "
    "max-prefix on every session. When a customer blows through its max-prefix limit, the router tears the "
    "session down and sends a NOTIFICATION with the Hold Timer Expired error, so you'll see that in the "
    "peer's logs and can tell it apart from a normal flap.",
    "adequate", "bluff",
    false_claims=["sends a NOTIFICATION with the Hold Timer Expired error"],
    note="Bluff, wrong error name: exceeding a max-prefix limit sends a NOTIFICATION with error code Cease "
         "(6), subcode 'Maximum Number of Prefixes Reached' (RFC 4486); Hold Timer Expired (code 4) is for "
         "missed keepalives. Side detail, rest correct, so adequate.")

add(4,
    "I don't think his conclusion holds. ROV compares the origin AS of an announcement with the ROAs the "
    "prefix owner published, so it's right that a forged path can pass, but it still catches the mistakes "
    "where the wrong AS originates someone's prefix, and I'd drop only the invalid ones. I keep IRR filters "
    "for customers too. What I'm not sure about is how the routers actually get the validated data, I know "
    "there's a protocol between the validator and the router but I'd need to look up its name and how it's "
    "deployed, and I'd have to check what share of the table has ROAs today before deciding on the policy "
    "for routes with no ROA.",
    "adequate", "honest",
    note="Honest about the RTR protocol and ROA coverage. Correct core on ROV limits and value, drop invalid "
         "only, IRR complementary; misses max-prefix and leak protection, so adequate.")

add(4,
    "Relevant pieces: RPKI, ROAs, route origin validation, valid, invalid and not-found states, maxLength, "
    "Routinator, rpki-client, RTR, IRR, RADb, AS-SETs, bgpq4, max-prefix, BGPsec, ASPA, RFC 9234, MANRS, "
    "route leaks, hijacks. Those are the main things I'd want to bring into the discussion with him.",
    "weak", "list",
    note="Only names the right terms; no position on the engineer's argument and no statement about any term.")

# ---------------------------------------------------------------- Round 5
add(5,
    "Every one of the 20 sites originates the identical prefix from one origin AS, and normal BGP routing "
    "carries each resolver to whichever site is closest in routing terms. Some rules I'd set. Prefix size: "
    "/24 on v4 and /48 on v6, since longer ones get filtered in a lot of places. Security: ROAs for the "
    "anycast prefixes with maxLength matching exactly, so a more-specific from anyone else is invalid. "
    "Health: the announcement follows the DNS service; if the local resolver stops responding, a checker "
    "pulls the route, with a guard that refuses to withdraw the last few sites. Catchments: BGP-nearest "
    "isn't latency-nearest, so I'd measure with something like RIPE Atlas and tune using prepends and "
    "transit communities, and keep transit providers similar across sites. Stability: UDP queries don't "
    "care much if the route shifts, but TCP and zone transfers can break mid-flow, so avoid flapping and "
    "use BFD so failures withdraw cleanly. Operations: max-prefix and filters on all sessions, config "
    "generated from a single source of truth, and outside-in monitoring through BMP and RouteViews or RIS "
    "feeds, alerting on new origins or unexpected more-specifics.",
    "strong", "strong",
    note="Anycast mechanics, /24 and /48, ROAs with exact maxLength, health-driven withdrawal with a "
         "safeguard, catchment measurement and tuning, TCP stability, BFD, filters, generated config and "
         "external monitoring. Correct.")

add(5,
    "Anycast is all the sites announcing the same prefix, and BGP sends each user to the closest one. I'd "
    "make it a /24 so it doesn't get filtered. Each site should run a health check that withdraws the "
    "announcement if DNS on that site is down, otherwise that site just swallows queries. And I'd monitor "
    "from the outside so we know if something weird is happening to our prefix.",
    "adequate", "adequate",
    note="Core is right (same prefix, /24, health-driven withdrawal, outside monitoring) but misses ROAs, "
         "catchment tuning, TCP stability and session hygiene.")

add(5,
    "The nice thing about anycast is that BGP does the load balancing for you. We announce the same prefix "
    "from all 20 sites and BGP will automatically send every user to whichever site is fastest for them, so "
    "we don't need any geo-DNS or steering logic. If a site goes down, its route disappears and users shift "
    "to the next-fastest site. So the design is mostly about having enough capacity at each site.",
    "weak", "pattern", pattern_quotes=[R5_LATENCY],
    false_claims=["BGP will automatically send every user to whichever site is fastest for them"],
    note="Acts out 'BGP always sends users to the lowest-latency site': BGP selects on policy and AS_PATH, "
         "not latency, and a site whose service dies but router stays up keeps attracting traffic.")

add(5,
    "Same prefix, same origin AS, announced from all 20 sites; BGP picks the nearest one per network. I'd "
    "use a /24 and a /48 so they aren't filtered, create ROAs with maxLength matching those, and have a "
    "health check withdraw a site's route if DNS dies there. Catchments won't match latency perfectly, so "
    "we'd tune with prepends and communities. For monitoring I'd hook into RIPE Atlas, since its route "
    "collectors give us a live feed of every BGP update for our prefix, and alert the moment anyone else "
    "originates it or announces a more-specific.",
    "adequate", "bluff",
    false_claims=["RIPE Atlas, since its route collectors give us a live feed of every BGP update for our prefix"],
    note="Bluff, feature credited to the wrong product: RIPE Atlas is an active-measurement network of "
         "probes (ping, traceroute, DNS); the BGP route collectors are RIPE RIS (and RouteViews). The design "
         "is otherwise correct, so adequate.")

add(5,
    "I know the basic idea: all the sites announce the same IP range and BGP sends people to whichever site "
    "is nearest, and if a site fails its route goes away. Beyond that I'm honestly not sure of the details. "
    "I'd need to look up what the smallest prefix is that networks will accept, and I don't know how you'd "
    "deal with TCP connections if routing shifts. I'd want to read up on how the root server operators run "
    "it.",
    "weak", "honest",
    note="Honest and correct as far as it goes, but says plainly it would need to look up prefix size and "
         "TCP handling, and has no ROAs, health checks, catchment tuning or monitoring: little substance.")

add(5,
    "For a DNS service, I'd start with the zone setup. Sign the zones with DNSSEC using ECDSA keys, automate "
    "key rollovers, and keep the signing keys in an HSM. Set sensible TTLs, a few minutes on records that "
    "change and much longer on NS records, and use NOTIFY plus IXFR so secondaries stay in sync. I'd also "
    "rate-limit responses to dampen reflection attacks and monitor query latency and SERVFAIL rates per "
    "record type.",
    "weak", "offtopic",
    note="Fluent DNS zone operations; nothing about anycast, BGP announcements, ROAs or routing.")


def main():
    with open(OUT, "w") as f:
        for a in A:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"wrote {len(A)} answers to {OUT}")


if __name__ == "__main__":
    main()
