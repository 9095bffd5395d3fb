#!/usr/bin/env python3
"""Holds the 30 labelled answers for dns-failover.txt and writes dns-failover_answers.jsonl."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dns-failover_answers.jsonl")  # repository layout

Q = {
    "r1_ttl60": "Set the TTL to 60 seconds and failover takes 60 seconds.",
    "r2_nocache": "NXDOMAIN isn't cached; the resolver will ask again on the next query.",
    "r3_cname": "Just put a CNAME on example.com pointing to the load balancer.",
    "r4_ttl0": "Set every TTL to 0 and failover is instant.",
    "r5_same": "Change the name servers and the records at the same time to get it over with.",
}

A = []
def add(id, rnd, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    A.append({"id": id, "round": rnd, "answer": answer, "band": band, "bluff": kind == "bluff",
              "kind": kind, "pattern_quotes": list(pattern_quotes), "false_claims": list(false_claims),
              "note": note})

# ---------------- Round 1: TTLs and resolver caching ----------------
add("dns-r1-01", 1,
    "The thing to remember is the TTL isn't a failover time, it's a cache lifetime. Every recursive resolver "
    "that already has the answer keeps it until its copy runs out, and it counts down, so the worst case after we "
    "flip the record is roughly one whole TTL per resolver. On top of that you add how long the health checks take "
    "to notice, say three failed probes thirty seconds apart, plus the provider publishing the change. So a "
    "sixty-second TTL really gets you something like two or three minutes. And then, basically, not everyone plays "
    "fair: some resolvers enforce their own floor or ceiling on TTLs, RFC 8767 lets resolvers hand out expired "
    "answers when the authoritatives are unreachable, and browsers, the OS and the JVM cache too. Plus keep-alive "
    "connections never re-resolve. So I'd keep the old region serving until traffic drains, and measure "
    "it in drills.",
    "strong", "strong",
    note="Covers TTL countdown, detection + publish + TTL arithmetic, resolver clamping, serve-stale (RFC 8767), "
         "stub/runtime caches and keep-alive connections. Correct throughout.")

add("dns-r1-02", 1,
    "Honestly it's pretty simple. You put a low TTL on the record, like sixty seconds, and that's your failover "
    "time. When the primary dies the health check flips the record to the standby, and within a minute every client "
    "has the new IP because the cached copy has expired. So if the business wants faster than a minute, you just go "
    "lower, thirty seconds or whatever. That's really the only knob, the TTL is the failover time.",
    "weak", "pattern",
    pattern_quotes=[Q["r1_ttl60"]],
    false_claims=["within a minute every client has the new IP", "the TTL is the failover time"],
    note="Acts out the 'TTL equals failover time' pattern: ignores detection time, resolver clamping, runtime "
         "caches and long-lived connections.")

add("dns-r1-03", 1,
    "So TTL is how long resolvers can cache the answer, and they count it down, so after a change a resolver can "
    "keep giving out the stale IP for as long as one TTL. You add detection time on top, so with a sixty-second TTL and "
    "health checks it's a couple of minutes in practice. One thing people forget is the field itself is only 16 "
    "bits, so the biggest TTL you can ever set is 65535 seconds, about eighteen hours, which is why anything claiming "
    "forty-eight hour propagation is nonsense. And then below the resolver you've got OS caches, browser caches and "
    "long-lived connections that don't re-resolve, so I'd keep the old site up for a while.",
    "adequate", "bluff",
    false_claims=["the field itself is only 16 bits, so the biggest TTL you can ever set is 65535 seconds"],
    note="Contradicted number: the TTL is a 32-bit field and RFC 2181 allows up to 2^31-1 seconds. The rest "
         "(countdown, detection time, client caches) is right, so band is capped at adequate.")

add("dns-r1-04", 1,
    "Okay, so the TTL bounds how long a resolver reuses an answer, and because resolvers count it down, after we "
    "change the record some of them will still hand out the old IP for up to one TTL. Then there's detection time "
    "from the health checks before the record even changes. I know some resolvers don't respect low TTLs and clamp "
    "them, but I honestly don't remember the specific setting names or defaults in BIND or Unbound, I'd have to "
    "look those up. I'd also worry about application-side caches, like the JVM, which I'd check separately.",
    "adequate", "honest",
    note="Correct core (countdown, detection time, clamping, runtime caches) with admitted gaps; misses serve-stale "
         "and open connections.")

add("dns-r1-05", 1,
    "So yeah, TTL, recursive resolvers, stub resolvers, cache-min-ttl, max-cache-ttl, serve-stale, RFC 8767, RFC "
    "2181, detection time, health check intervals, keep-alive connections, the browser DNS cache, the OS cache, the "
    "JVM cache. Those are basically all the things that decide how quickly it moves.",
    "weak", "list",
    note="Names the right terms but says nothing about how any of them affects failover time.")

add("dns-r1-06", 1,
    "I'd actually want to talk about DNS privacy first. A lot of clients now use DNS over HTTPS, RFC 8484, going "
    "straight to Cloudflare's 1.1.1.1 or Google's 8.8.8.8, so the corporate resolver doesn't see the queries at all. "
    "And with DNSSEC you get origin authentication, so responses can't be forged on the way. I'd push for DoH or DoT "
    "on the client side and DNSSEC signing on the zone, so that whatever we answer is authentic and private.",
    "weak", "offtopic",
    note="Fluent and accurate, but about DNS privacy and authenticity, not about how TTLs and caching bound failover.")

# ---------------- Round 2: negative caching ----------------
add("dns-r2-01", 2,
    "That's negative caching. Someone looked up standby before it existed, got NXDOMAIN, and the resolver kept that "
    "doesn't-exist answer around. The negative answer comes with the zone's SOA, and the cache time is derived from "
    "the SOA, so if that's set to an hour you get about an hour of NXDOMAIN even though the record is there now. The "
    "fix is to create the failover names ahead of time and keep the SOA's negative TTL reasonably small.",
    "adequate", "adequate",
    note="Right mechanism and fix; misses RFC 2308, the min(SOA TTL, MINIMUM) rule, NODATA, resolver caps and "
         "flushing resolvers you run.")

add("dns-r2-02", 2,
    "I don't think that's DNS caching, actually. NXDOMAIN just means the name wasn't found, and resolvers don't cache "
    "a not-found, they just ask the authoritative again next time. So if clients kept getting NXDOMAIN for an hour, "
    "the record probably wasn't really published on all the provider's name servers, or somebody created it in the "
    "wrong zone. I'd go check the zone config and query each authoritative server directly.",
    "weak", "pattern",
    pattern_quotes=[Q["r2_nocache"]],
    false_claims=["resolvers don't cache a not-found, they just ask the authoritative again next time"],
    note="Acts out the 'NXDOMAIN isn't cached' misconception; RFC 2308 made negative caching mandatory.")

add("dns-r2-03", 2,
    "So that's negative caching, the resolver remembered that the name didn't exist. It's defined in RFC 1918, which "
    "made caching of NXDOMAIN and NODATA answers mandatory. The authoritative server attaches the SOA to the reply, "
    "and the resolver caches the negative answer for the smaller of the SOA's TTL and its MINIMUM field, so "
    "an hour there means an hour of NXDOMAIN. The answer is to create failover names well in advance and keep that "
    "value modest, and flush your own resolvers if you have to.",
    "adequate", "bluff",
    false_claims=["It's defined in RFC 1918"],
    note="Misattributed standard: negative caching is RFC 2308; RFC 1918 is private IPv4 address space. Mechanism "
         "otherwise correct, so adequate.")

add("dns-r2-04", 2,
    "What bit you is negative caching. Something queried standby.example.com before it was created, and the "
    "authoritative answered NXDOMAIN, which is response code 2 in the header. Resolvers are required to cache that, "
    "and the lifetime comes from the SOA record that ships in the authority section, the lower of its TTL and the "
    "MINIMUM field. BIND caps negative answers at three hours by default. So pre-create the names, and keep the SOA "
    "minimum short for zones that hold failover records.",
    "adequate", "bluff",
    false_claims=["which is response code 2 in the header"],
    note="Wrong code: NXDOMAIN is RCODE 3; RCODE 2 is SERVFAIL. The rest (SOA-derived TTL, BIND max-ncache-ttl "
         "3 hours, pre-creating names) is right.")

add("dns-r2-05", 2,
    "Yeah, so the resolver cached the NXDOMAIN from before the record existed. The negative answer carries the SOA, "
    "and the time comes from one of the SOA fields, I think it's the REFRESH field, but I'd double-check that. Either "
    "way it's a zone-level setting, not the new record's TTL, so lowering the record's TTL wouldn't help. I'd "
    "pre-create failover names so nobody ever caches a negative answer for them, and flush the resolvers we run "
    "ourselves.",
    "adequate", "hedged",
    false_claims=["I think it's the REFRESH field"],
    note="Hedged wrong field name (it is MINIMUM, bounded by the SOA's own TTL; REFRESH is for secondaries). "
         "Mechanism and fixes are right.")

add("dns-r2-06", 2,
    "That's negative caching, RFC 2308. Somebody queried the name before it existed, the authoritative said "
    "NXDOMAIN, and the resolver is required to cache that, same for NODATA, where the name exists but not that type. "
    "The authoritative includes the SOA in the authority section and the negative TTL comes from it. I remember the "
    "MINIMUM field got repurposed for this, but I'd need to look up whether it's exactly the minimum of that field "
    "and the SOA's own TTL. Resolvers cap it too, though I don't remember BIND's or Unbound's defaults offhand. Fix: "
    "create failover names days ahead so nothing negative is cached, keep the negative TTL short, and flush what we "
    "control, like with rndc flushname. Other people's resolvers you just wait out.",
    "strong", "honest",
    note="Most of the substance (RFC 2308, mandatory, NODATA, SOA in authority, MINIMUM repurposed, caps, "
         "pre-creation, flushing) with honest uncertainty about the exact min rule and defaults.")

# ---------------- Round 3: apex + health-checked failover ----------------
add("dns-r3-01", 3,
    "The apex can't be a CNAME, because a CNAME has to be the only record at its name and the apex always has SOA "
    "and NS. That's RFC 1034, repeated in RFC 2181. So you use whatever your provider offers: alias records in Route "
    "53, flattening in Cloudflare, ALIAS or ANAME elsewhere. The provider resolves the hostname and "
    "serves plain addresses. ANAME never got standardized; RFC 9460's HTTPS record is the standard route but client "
    "support is patchy. Then in Route 53, a failover pair: primary alias to the main load balancer, "
    "secondary alias to the standby, with health checks or Evaluate Target Health. Checks run from multiple regions, "
    "every thirty seconds by default, three failures. Gotchas: a health endpoint that's too shallow or too deep, "
    "firewalls blocking the checkers, and when both sides are unhealthy Route 53 still hands out the primary, so "
    "check the standby and drill it.",
    "strong", "strong",
    note="Apex rule with RFCs, provider alias mechanisms, RFC 9460 as standard path, failover pair with health "
         "checks and defaults, health-check depth, firewalls, both-unhealthy behaviour, drills.")

add("dns-r3-02", 3,
    "So you can't do a CNAME at the apex since the apex already has SOA and NS records and a CNAME can't sit next to "
    "other records. I'd use the provider's alias feature, like a Route 53 alias record to the load balancer, which "
    "returns A records. Then failover routing: a primary record for the main region and a secondary for the standby, "
    "with a health check on the primary. I'd make sure the health check hits an endpoint that actually tests the "
    "app, not just that nginx is up.",
    "adequate", "adequate",
    note="Correct core (apex rule, alias, failover pair, meaningful health check); misses both-unhealthy behaviour, "
         "checker firewalling, defaults, standards status.")

add("dns-r3-03", 3,
    "Easy, I'd just make example.com a CNAME to the load balancer's hostname, same as we do for www. That way when "
    "the load balancer's IPs change we don't care, and for failover I'd attach a health check and have it switch the "
    "CNAME target to the standby load balancer. Most DNS providers let you do that at the root, it's just a record "
    "like any other.",
    "weak", "pattern",
    pattern_quotes=[Q["r3_cname"]],
    false_claims=["Most DNS providers let you do that at the root, it's just a record like any other"],
    note="Acts out the apex-CNAME pattern; a CNAME cannot coexist with the apex's SOA and NS records.")

add("dns-r3-04", 3,
    "You can't CNAME the apex because it already has the SOA and NS records and a CNAME can't coexist with other "
    "data. The workaround is an ALIAS-style record. If you run your own authoritative servers, BIND 9 has supported "
    "ALIAS records natively since 9.12, so you can point the apex at the load balancer hostname and it synthesises "
    "the A records. On Route 53 it's alias records. Then I'd set up primary and secondary failover records, each with "
    "a health check that tests the real dependencies, and drill it.",
    "adequate", "bluff",
    false_claims=["BIND 9 has supported ALIAS records natively since 9.12"],
    note="Feature credited to the wrong product/version: BIND has no ALIAS record type (it is a provider feature; "
         "PowerDNS is the common self-hosted server with ALIAS). Rest correct.")

add("dns-r3-05", 3,
    "For that I'd be thinking about CNAME flattening, ALIAS records, ANAME, Route 53 alias, the failover routing "
    "policy, primary and secondary, health checks, Evaluate Target Health, RFC 9460, SVCB, the HTTPS record, and the "
    "regional health checkers.",
    "weak", "list",
    note="Only names the relevant features; no statement about the apex rule, setup or failure modes.")

add("dns-r3-06", 3,
    "So the first thing is you can't put a CNAME at the apex because the SOA and NS have to live there. Providers "
    "work around it with alias or flattening, where they resolve the hostname server-side and answer with A records. "
    "For the failover itself I'd use the provider's failover routing with health checks on both endpoints. I don't "
    "know the health checker's default interval or threshold off the top of my head, and I'm not sure what Route 53 "
    "does if both sides fail, so I'd read the docs before relying on it.",
    "adequate", "honest",
    note="Correct apex rule, alias mechanism and checked failover pair; openly admits not knowing defaults and "
         "both-unhealthy behaviour.")

# ---------------- Round 4: JVM caching, low-TTL cost, anycast ----------------
add("dns-r4-01", 4,
    "It's half right. The JVM doesn't use the record TTL; it uses networkaddress.cache.ttl from java.security. "
    "Without a security manager, OpenJDK's default is thirty seconds. It's only forever if a security manager's "
    "installed, or on ancient versions. Negative lookups get ten seconds by default. So I'd just set it explicitly, "
    "something like sixty, which matches AWS's guidance for their SDK. The bigger problem is usually connection pools "
    "that never reconnect, so give them a max lifetime. Going to five-second TTLs everywhere costs you: resolvers come "
    "back roughly once per TTL, so query counts and the Route 53 bill go up, forty cents per million queries, lookups "
    "add latency, and some resolvers bump tiny TTLs up anyway. Anycast like Global Accelerator really is faster since "
    "the IPs don't change, so buy it if the recovery target needs it. Otherwise: short TTLs on failover names only, "
    "and fix client caching.",
    "strong", "strong",
    note="Correct JVM defaults and property names, connection lifetimes, cost/latency/clamping of low TTLs, fair "
         "view of anycast, recovery target as the deciding factor.")

add("dns-r4-02", 4,
    "I'd push back a bit. Java doesn't cache forever by default anymore, it's configurable through "
    "networkaddress.cache.ttl, and you can set it to something like sixty seconds. And dropping every TTL to five "
    "seconds means a lot more DNS queries and more latency on lookups, for records that never move. I'd keep short "
    "TTLs just on the failover names. Anycast is a fair option if we need faster failover, it just costs money.",
    "adequate", "adequate",
    note="Right position and property; misses connection pools, the security-manager nuance, concrete defaults and "
         "resolver clamping.")

add("dns-r4-03", 4,
    "Honestly I'd go the other way from him and just set the TTL to zero on everything. Then nothing caches the "
    "answer, every lookup goes to the authoritative servers, and the moment we flip the record everyone's on the new "
    "region. Queries are cheap, so the cost doesn't really matter, and we don't need to buy an anycast product.",
    "weak", "pattern",
    pattern_quotes=[Q["r4_ttl0"]],
    false_claims=["the moment we flip the record everyone's on the new region"],
    note="Acts out the 'TTL 0 makes failover instant' pattern; ignores clamping, JVM caches, open connections and "
         "query cost.")

add("dns-r4-04", 4,
    "He's partly right about Java, but it's configurable. The JVM ignores the record TTL and uses "
    "networkaddress.cache.ttl in java.security. Without a security manager positive lookups are cached for thirty "
    "seconds, and failed lookups are cached for 60 seconds by default through networkaddress.cache.negative.ttl, "
    "which is why a blip during failover can stick around for a minute. I'd set both explicitly and give connection "
    "pools a max lifetime. Five-second TTLs everywhere just raise query volume and lookup latency; I'd keep short "
    "TTLs on failover names and consider anycast only if the recovery target demands it.",
    "adequate", "bluff",
    false_claims=["failed lookups are cached for 60 seconds by default"],
    note="Wrong default: networkaddress.cache.negative.ttl defaults to 10 seconds. Rest of the position is sound.")

add("dns-r4-05", 4,
    "It's overstated. Java's positive cache is thirty seconds by default unless a security manager is installed, and "
    "you can set networkaddress.cache.ttl yourself. The bigger issue is the resolvers: Google's own measurements "
    "found that about 40 percent of public resolvers ignore any TTL below five minutes, so five-second TTLs mostly "
    "just cost you queries without buying speed. I'd keep sixty-second TTLs on the failover names, cap connection "
    "lifetimes in the pools, and use anycast like Global Accelerator only if we need failover in seconds.",
    "adequate", "bluff",
    false_claims=["Google's own measurements found that about 40 percent of public resolvers ignore any TTL below five minutes"],
    note="Invented statistic attributed to Google; no such measurement. JVM facts and recommendations are right.")

add("dns-r4-06", 4,
    "So the Java thing is fixable, you set networkaddress.cache.ttl in java.security to something sensible instead "
    "of relying on the default, and give connection pools a maximum lifetime so they reconnect. Five-second TTLs "
    "everywhere cost real money though. Route 53 charges per query, I think it's around four dollars per million, "
    "but I'd check the pricing page. Plus more lookups means more latency. So short TTLs only on the names that fail "
    "over, and anycast if the RTO is really tight.",
    "adequate", "hedged",
    false_claims=["I think it's around four dollars per million"],
    note="Hedged wrong price: Route 53 standard queries are $0.40 per million for the first billion a month. "
         "Position otherwise correct.")

# ---------------- Round 5: migration / cutover plan ----------------
add("dns-r5-01", 5,
    "Two separate changes, weeks apart ideally: provider first, then region. For the provider, rebuild the zone at "
    "the new one and dig both sets of name servers for every record, SOA included. Then "
    "switch the NS at the registrar, knowing .com hands out delegations with a two-day TTL, so both providers need "
    "identical zones for at least forty-eight hours. With DNSSEC, you either publish both providers' keys or pull "
    "the DS first and wait, or validating resolvers return SERVFAIL. For the region move, drop the record TTL to "
    "sixty at least one old TTL beforehand, a day if it was 86400. Pre-create new names to avoid cached NXDOMAINs. "
    "Flip, watch both sides' traffic, keep the old site up or proxying for days for "
    "stragglers. Roll back by flipping back while TTLs are low. Afterwards raise the TTL and retire the old site "
    "once its logs go quiet.",
    "strong", "strong",
    note="Separates the two changes, verifies the zone, parent NS TTL, DNSSEC DS handling, TTL pre-lowering by one "
         "old TTL, negative caching, drain, rollback and re-raising the TTL.")

add("dns-r5-02", 5,
    "I'd do the DNS provider move separately from the region move. For the region: a day or two before, lower the "
    "TTL on app.example.com to something like five minutes so caches expire quickly, then do the switch, monitor "
    "error rates and traffic on the new region, and keep the old data centre running for a while in case we need to "
    "flip back. Once it's stable, raise the TTL back up.",
    "adequate", "adequate",
    note="Correct core of the record cutover; nothing on the delegation TTL, DNSSEC, zone verification or negative "
         "caching for the provider move.")

add("dns-r5-03", 5,
    "I'd do it in one maintenance window to keep it simple. Point the domain's name servers at the new provider, and "
    "in the new provider's zone app.example.com already points at the new cloud region. So one change at the "
    "registrar and both moves are done together. Then we watch for errors and turn things off in the old data centre "
    "when it's quiet.",
    "weak", "pattern",
    pattern_quotes=[Q["r5_same"]],
    note="Acts out the 'change name servers and records together' pattern: overlapping caches, no TTL "
         "pre-lowering, no DNSSEC handling, no way to isolate a failure.")

add("dns-r5-04", 5,
    "First I'd lower the TTL on app.example.com a day ahead so the record change is quick. For the provider move, "
    "the good news is NS changes at the registrar are instant: the registry pushes the new delegation and resolvers "
    "pick up the new name servers immediately, so there's no overlap period to worry about and we can shut the old "
    "provider down the same day. Then flip the A record to the new region, watch traffic, and keep the old data "
    "centre around for a few days for stragglers.",
    "weak", "bluff",
    false_claims=["NS changes at the registrar are instant",
                  "resolvers pick up the new name servers immediately"],
    note="False confident absolute at the centre of the provider move: delegation NS records are cached (two days "
         "in .com) and resolvers may keep the old NS set, so shutting the old provider the same day breaks "
         "resolution. Banded weak.")

add("dns-r5-05", 5,
    "I'd have to be honest, I haven't done a name-server migration myself, so I don't know how long the old "
    "provider has to stay up or what happens with DNSSEC. For the record itself I'd lower the TTL ahead of time and "
    "keep the old site up for a while after switching. Beyond that I'd want to read the new provider's migration "
    "guide before committing to a plan.",
    "weak", "honest",
    note="Honest about gaps; only TTL pre-lowering and keeping the old site are given, so little substance.")

add("dns-r5-06", 5,
    "For the cutover I'd lean on blue-green deployment. Stand up the full stack in the new region as the green "
    "environment, run the same build artifact, replay a slice of production traffic against it, and run the "
    "integration suite. Then migrate the database with logical replication so it stays in sync, and when lag is near "
    "zero, promote it. Feature flags let us turn on the new path for internal users first, then a percentage "
    "rollout.",
    "weak", "offtopic",
    note="Fluent application/database cutover plan with nothing about DNS, TTLs or the provider move.")

if __name__ == "__main__":
    with open(OUT, "w") as f:
        for a in A:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"wrote {len(A)} answers to {OUT}")
