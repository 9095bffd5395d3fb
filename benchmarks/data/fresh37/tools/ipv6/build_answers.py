#!/usr/bin/env python3
"""Build ipv6-networking_answers.jsonl: 30 labelled candidate answers for the
ipv6-networking gauntlet (6 per round). Run: python3 build_answers.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "ipv6-networking_answers.jsonl")
SHORT = "ipv6"

# Common Weak Answer quotes used by the pattern answers (verbatim from the document).
R1_SMALL = "We'll use small subnets like a /120 so we don't waste addresses."
R2_PING = "Blocking ICMP only breaks ping, which attackers use for reconnaissance anyway."
R3_DHCP = "Just turn on DHCPv6 and disable SLAAC, exactly like DHCPv4."
R4_NOBODY = "Agreed, almost nobody uses IPv6, so it isn't worth the effort."
R5_NAT64 = "Go IPv6-only everywhere right away; NAT64 will handle anything that still needs IPv4."

# (round, answer, band, kind, pattern_quotes, false_claims, note)
ANSWERS = [
    # ------------------------------------------------------------------ round 1
    (1,
     "Okay, so the mindset shift is that you're not rationing addresses anymore. Addresses are 128 bits "
     "and basically the bottom half, 64 bits, is the interface ID, so every segment, every VLAN or cloud "
     "subnet, gets a /64 whether it has three hosts or three thousand, because stateless autoconfig needs "
     "exactly that. I'd ask for a /48 per site and carve the sixteen bits between /48 and /64 into "
     "something readable, like a nibble for region and a nibble for environment, which keeps firewall rules "
     "and reverse DNS tidy. Then each interface ends up with several addresses: the fe80 link-local one "
     "that's always there and gets used for neighbor discovery and next hops, a global one, maybe "
     "temporary ones. No broadcast, it's all multicast. And I'd drop the NAT mindset entirely, hosts are "
     "globally addressable and what protects them is a stateful firewall denying unsolicited inbound. If "
     "we really need internal-only space there's ULA, fd00 plus a random forty-bit global ID, but mostly "
     "I'd just use global addresses. Oh, and AAAA records next to the A records.",
     "strong", "strong", [], [],
     "Covers /64 per link and why (SLAAC, 64-bit interface ID), /48 per site with structured subnet bits, "
     "link-local, several addresses per interface, multicast, no NAT with a stateful firewall, ULA and AAAA. "
     "Correct and nearly complete."),
    (1,
     "Well, the address is 128 bits instead of 32, so there's no real shortage, and the standard practice "
     "is that each subnet is a /64. You don't try to size it to the number of hosts like you would with a "
     "/24 or a /26 in IPv4. Hosts can configure themselves from the router advertisements with SLAAC. "
     "I'd get a big allocation, a /48 is normal for a site I believe, and hand out /64s from that. And on "
     "the DNS side the service needs AAAA records.",
     "adequate", "adequate", [], [],
     "Core is right (/64 per subnet, SLAAC, /48 per site, AAAA) but misses link-local, multiple addresses "
     "per interface, ULA, multicast and the no-NAT/firewall point."),
    (1,
     "So I'd treat it like we treat IPv4 space, honestly: be frugal. Even though there's a lot of it, I "
     "don't like handing out huge blocks that are ninety-nine percent empty, it feels sloppy. I'd give "
     "each segment something like a /120, so 256 addresses, which is more than enough for any subnet we "
     "run, and keep the rest of our allocation in reserve for later. Addresses would be assigned "
     "statically or from DHCP, the same as now.",
     "weak", "pattern", [R1_SMALL], [],
     "Acts out the 'small subnets to save addresses' weak answer: a /120 breaks SLAAC and imports IPv4 "
     "scarcity thinking."),
    (1,
     "Right, so the big thing is that IPv6 was designed around end-to-end addressing, so there's no "
     "private address space at all in IPv6, nothing like 10.0.0.0/8 or 192.168. That's actually why you "
     "don't need NAT. For the plan I'd take a /48 per site from our provider or our RIR allocation, split "
     "it into /64s per VLAN or subnet, because autoconfiguration needs a 64-bit interface ID, and put a "
     "stateful firewall at the edge that blocks unsolicited inbound connections. Every interface also gets "
     "a link-local fe80 address automatically, which only works on that link. Then it's AAAA records in "
     "DNS for the public endpoints.",
     "adequate", "bluff", [],
     ["there's no private address space at all in IPv6, nothing like 10.0.0.0/8 or 192.168"],
     "Bluff (false absolute): unique local addresses, fc00::/7 (RFC 4193), are IPv6's internal-only range. "
     "The subnet plan around it is correct, so the false claim is not the centre; capped at adequate."),
    (1,
     "I'll be honest, I've mostly worked on the IPv4 side, so some of this I'd want to look up. What I do "
     "know: addresses are 128 bits, and the convention is a /64 for each subnet because hosts "
     "autoconfigure the lower 64 bits themselves, so you don't size subnets by host count. There's a "
     "link-local range, fe80-something, that every interface gets automatically. I believe there's also a "
     "range meant for internal-only use, like RFC 1918, but I'd need to look up the exact prefix and how "
     "it's meant to be used. And I'd check what allocation a site normally gets, I genuinely don't "
     "remember whether it's a /48 or a /56.",
     "adequate", "honest", [], [],
     "Honest about the ULA prefix and site allocation size; gets the /64 rule, SLAAC reasoning and "
     "link-local right. Adequate."),
    (1,
     "For the public service I'd start at the edge: put it behind a CDN, terminate TLS there with modern "
     "ciphers, enable HTTP/2 and HTTP/3, and make sure the origin only accepts traffic from the CDN's "
     "ranges. Then health checks on the load balancer, autoscaling on request count, and a proper runbook "
     "for certificate renewal, because expired certificates are still one of the most common outages I've "
     "seen. I'd also set up synthetic checks from several regions so we see the user experience, not just "
     "server metrics.",
     "weak", "offtopic", [], [],
     "Fluent but about edge hardening and TLS; says nothing about IPv6 addressing or subnets."),

    # ------------------------------------------------------------------ round 2
    (2,
     "That would break the network pretty badly, actually. In v6 ARP is gone; address resolution is done "
     "by Neighbor Discovery, which is ICMPv6, neighbor solicitations and advertisements sent to a "
     "solicited-node multicast group. Router solicitations and advertisements are ICMPv6 too, so hosts "
     "wouldn't learn their prefix or default route, and duplicate address detection stops working. Then "
     "there's MTU. Routers in IPv6 don't fragment at all; if something's bigger than the next link they "
     "drop it and send back Packet Too Big, and the sender adjusts, only the source host ever fragments. "
     "Every link has to carry at least 1280 bytes, but anything bigger depends on that message getting "
     "through. Block it and you get black-holed connections: handshake fine, then the big segments "
     "disappear and it just hangs, especially over VPNs and tunnels. So I'd push back with RFC 4890 as "
     "the reference: allow Packet Too Big everywhere, plus the unreachable, time-exceeded and "
     "parameter-problem errors, let the ND types work on the link, and just rate-limit echo requests instead of "
     "dropping them.",
     "strong", "strong", [], [],
     "Neighbor Discovery over ICMPv6 replacing ARP, RS/RA, DAD, no router fragmentation, 1280 minimum, "
     "Packet Too Big and the PMTU black hole symptom, RFC 4890 filtering. Correct and complete."),
    (2,
     "I think the security team is right, to be honest. ICMP is mostly a recon tool, ping sweeps, "
     "traceroute to map the network, and we've blocked it on IPv4 for years without problems. If we block "
     "it on v6, the only real loss is ping and traceroute, which is a bit annoying for troubleshooting, "
     "but the ops team can use TCP-based checks instead. I'd maybe allow echo from our monitoring subnet "
     "so the NOC can still ping things.",
     "weak", "pattern", [R2_PING],
     ["the only real loss is ping and traceroute"],
     "Acts out 'blocking ICMP only breaks ping'; the misconception is listed as a false claim because "
     "ICMPv6 also carries Neighbor Discovery and Packet Too Big."),
    (2,
     "So in IPv6 you really can't block ICMP wholesale. Neighbor Discovery replaced ARP and it runs "
     "entirely on ICMPv6, router solicitation and advertisement, neighbor solicitation and advertisement, "
     "so hosts would lose their default gateway and couldn't resolve neighbours on the link. And path MTU "
     "discovery depends on it: routers don't fragment in v6, so when a packet's too large for the next "
     "hop the router drops it and sends back an ICMPv6 Fragmentation Needed message, and the sender "
     "lowers its packet size. If the firewall eats that, TCP connections set up fine and then stall on "
     "large transfers. I'd allow those message types explicitly and rate-limit echo.",
     "adequate", "bluff", [],
     ["sends back an ICMPv6 Fragmentation Needed message"],
     "Bluff (wrong error name): 'Fragmentation Needed' is the IPv4 ICMP Destination Unreachable code 4; "
     "the ICMPv6 message is Packet Too Big (type 2, RFC 4443). Rest is right; capped at adequate."),
    (2,
     "Honestly, less than people fear, as long as you keep neighbor discovery working on the local "
     "segment, because that's what replaced ARP. Across the firewall, though, you can block it. The MTU "
     "side isn't an issue: if a packet is bigger than the next link can carry, the router in the middle "
     "simply splits it into smaller pieces and the receiving host puts them back together, exactly the "
     "way it always worked in IPv4, so nothing depends on error messages coming back to the sender. So my "
     "answer would be: permit neighbor discovery on each LAN, block all ICMP at the perimeter, done.",
     "weak", "bluff", [],
     ["the router in the middle simply splits it into smaller pieces and the receiving host puts them back together",
      "nothing depends on error messages coming back to the sender"],
     "Bluff (mechanism wrong in plain words): IPv6 routers never fragment; they drop and send Packet Too "
     "Big, so blocking it at the perimeter black-holes large packets. The false mechanism drives the "
     "recommendation, so it is weak."),
    (2,
     "The main thing is that neighbor discovery is ICMPv6 in IPv6, so hosts couldn't find their router or "
     "resolve their neighbours' MAC addresses. The other one is path MTU: routers don't fragment, they "
     "send a Packet Too Big back, and if that gets blocked, big transfers hang. The minimum MTU a v6 link "
     "has to support is, I think, 576 bytes, like the IPv4 minimum, but I'd want to double-check that. "
     "Anyway, I'd allow those types through and keep the rest filtered.",
     "adequate", "hedged", [],
     ["The minimum MTU a v6 link has to support is, I think, 576 bytes"],
     "Hedged wrong number: the IPv6 minimum link MTU is 1280 bytes (RFC 8200); 576 is IPv4's minimum "
     "reassembly size. Core (ND over ICMPv6, Packet Too Big) is right; adequate."),
    (2,
     "So the things that come to mind: ICMPv6, Neighbor Discovery, neighbor solicitation, neighbor "
     "advertisement, router solicitation, router advertisement, duplicate address detection, Packet Too "
     "Big, path MTU discovery, the 1280 minimum, fragmentation, extension headers, PMTU black holes, "
     "RFC 4890, echo request, rate limiting. Those are the main areas I'd look at.",
     "weak", "list", [], [],
     "Names the right terms but never says what breaks or why."),

    # ------------------------------------------------------------------ round 3
    (3,
     "I wouldn't do DHCPv6-only. Android phones don't support getting an address from stateful DHCPv6, so "
     "if you switch SLAAC off they just won't get a global IPv6 address. So on the office networks I'd "
     "leave autoconfiguration on in the router advertisements, and put the DNS server in the RA too, so "
     "the phones get it without DHCP. The network team can still run DHCPv6 for the machines that support "
     "it. For servers I'd configure static addresses through our config management, so they never change.",
     "adequate", "adequate", [], [],
     "Right on Android and SLAAC, DNS in the RA and static server addresses; misses that the default route "
     "always comes from RAs, the M/O flags, DUID-keyed reservations and privacy extensions."),
    (3,
     "I'd go along with the network team. Central control is good: we get a lease log of who had which "
     "address, it matches our IPv4 process, and the tooling is the same. So deploy DHCPv6 servers, turn "
     "autoconfiguration off on the routers, and hand out the address, DNS and the gateway from DHCPv6 just "
     "like DHCPv4 does today. For the Android devices I'd assume they pick it up like any other client; "
     "if not, that's a vendor issue.",
     "weak", "pattern", [R3_DHCP],
     ["hand out the address, DNS and the gateway from DHCPv6 just like DHCPv4 does today"],
     "Acts out 'DHCPv6 only, disable SLAAC'; the false wording is listed because DHCPv6 has no gateway "
     "option and Android does not do stateful DHCPv6."),
    (3,
     "I'd split it by device type. Routers always send advertisements, that's where hosts get the default "
     "route either way. For the office, leave the A flag on so phones use SLAAC, since Android won't do "
     "stateful DHCPv6, and set the O flag so DHCPv6 hands out DNS and other options, or use RDNSS in the "
     "RA. Clients should use privacy extensions, the temporary rotating addresses from RFC 4193, so a "
     "laptop can't be tracked across sites by its interface ID. Servers get static addresses or DHCPv6 "
     "reservations, and I'd disable temporary addresses there so firewall rules and logs see a stable "
     "source.",
     "adequate", "bluff", [],
     ["the temporary rotating addresses from RFC 4193"],
     "Bluff (misattributed RFC): RFC 4193 defines unique local addresses; temporary addresses are privacy "
     "extensions, RFC 8981 (formerly RFC 4941). Design otherwise correct; capped at adequate."),
    (3,
     "The way I'd reconcile it is to give the network team what they want on the servers and the wired "
     "desktops: run them fully managed. Once the hosts get their addresses from the central server, that "
     "same server also tells them their default gateway, so they stop listening to the routers entirely "
     "and we have one source of truth for everything. For the Android phones we put them on a separate "
     "Wi-Fi network where autoconfiguration stays on. Servers get reservations so their addresses never "
     "change.",
     "weak", "bluff", [],
     ["Once the hosts get their addresses from the central server, that same server also tells them their default gateway, so they stop listening to the routers entirely"],
     "Bluff (mechanism wrong in plain words): DHCPv6 has no default-gateway option; hosts always learn "
     "their default router from router advertisements. The false mechanism is the centre of the design, "
     "so it is weak."),
    (3,
     "Let me separate what I'm sure about from what I'd check. Sure: the default router always comes from "
     "router advertisements, DHCPv6 doesn't have a gateway option, and the RA flags steer the hosts: M "
     "says go to DHCPv6 for addresses, O says go there for other settings like DNS, and the per-prefix "
     "autonomous flag allows SLAAC. Android doesn't do stateful DHCPv6, so I'd keep SLAAC enabled on the "
     "office VLANs and send DNS in the RA as well. Clients should use temporary privacy addresses for "
     "outbound traffic; servers get static or reserved addresses with temporary addresses disabled. What "
     "I'd look up: the RFC number for the RA DNS option, and how DHCPv6 reservations are keyed. I remember "
     "it's a DUID rather than the MAC, but I'd need to check which DUID type our servers generate and "
     "whether it survives a reinstall.",
     "strong", "honest", [], [],
     "Honest about the RDNSS RFC number and DUID details, but covers gateway-from-RA, M/O/A flags, Android, "
     "RDNSS, temporary vs stable addresses and server reservations correctly. Strong."),
    (3,
     "I'd be thinking about: SLAAC, DHCPv6, stateful versus stateless, router advertisements, the M flag, "
     "the O flag, the A flag, RDNSS, DUIDs, EUI-64, privacy extensions, temporary addresses, stable "
     "addresses, Android support, and static addressing for servers. That's roughly the toolkit I'd "
     "reach for here.",
     "weak", "list", [], [],
     "Names the right terms without saying how they fit together or what the design is."),

    # ------------------------------------------------------------------ round 4
    (4,
     "Partly reasonable, but I think it's based on how things were ten-plus years ago. Back then a client "
     "with broken v6 would prefer the AAAA, try it, and sit through a full TCP timeout before trying "
     "IPv4, which is what scared big sites off. Modern browsers and OS stacks do Happy Eyeballs, and "
     "version two is RFC 8305: ask for both record types at once, start on IPv6, and if it hasn't "
     "connected in about 250 milliseconds, launch an IPv4 attempt alongside and use the winner. So broken "
     "v6 is a small delay, not an outage. And 'almost everyone has IPv4' misses that lots of mobile "
     "carriers run IPv6-only and translate to IPv4 for us; Google sees something like 45 percent of users "
     "on v6. Staying v4-only pushes them through carrier NAT and shared addresses, which hurts our rate "
     "limiting and abuse signals, and public IPv4 addresses cost money on AWS now. The fair point is that "
     "the fallback hides failures, so I'd roll out AAAA on the load balancer with separate IPv6 "
     "monitoring and alerting first.",
     "strong", "strong", [], [],
     "Fair to the teammate, explains Happy Eyeballs v2 with the 250 ms delay, current adoption, costs of "
     "IPv4-only (carrier NAT, shared addresses, AWS IPv4 charge) and the monitoring risk. Strong."),
    (4,
     "I don't fully agree. Clients today use Happy Eyeballs, so if IPv6 is broken they fall back to IPv4 "
     "quickly instead of hanging; it's a fraction of a second, not a timeout. And IPv6 usage isn't tiny "
     "anymore, especially on mobile. So I'd publish AAAA records, probably starting with the main site "
     "behind the load balancer, and make sure we monitor it.",
     "adequate", "adequate", [], [],
     "Core is right (Happy Eyeballs fallback, real adoption, start at the load balancer) but lacks the "
     "mechanism details, the cost of staying IPv4-only and why the fallback hides failures."),
    (4,
     "Yeah, I'd side with the teammate. Honestly almost nobody is actually on IPv6, and everything on the "
     "internet is reachable over IPv4 anyway, so AAAA records don't buy us any reach, they only add a "
     "second path that can break. Dual stack means twice the firewall rules and twice the testing. I'd "
     "revisit when IPv6 is actually mainstream, maybe in a few years, and until then spend the engineering "
     "time on features.",
     "weak", "pattern", [R4_NOBODY],
     ["Honestly almost nobody is actually on IPv6"],
     "Acts out 'almost nobody uses IPv6'; the adoption misconception is listed as a false claim (roughly "
     "45 percent of Google's users arrive over IPv6)."),
    (4,
     "I'd push back on the teammate, because the timeout problem is basically solved and the adoption "
     "argument is backwards. Google's numbers show more than 80 percent of its users come in over IPv6 "
     "now, so IPv4 is the minority path. And Happy Eyeballs, RFC 8305, has the client give IPv6 a head "
     "start, and the RFC's recommended delay is two full seconds before it starts the IPv4 attempt, so "
     "someone with a broken path sees a short pause at worst and still connects. So I'd publish AAAA "
     "records at the load balancer and add IPv6 checks to our monitoring.",
     "adequate", "bluff", [],
     ["Google's numbers show more than 80 percent of its users come in over IPv6 now",
      "the RFC's recommended delay is two full seconds before it starts the IPv4 attempt"],
     "Bluff (invented statistic, plus a contradicted default): Google's IPv6 statistics show roughly 45 "
     "percent, not over 80; RFC 8305 recommends a 250 ms connection attempt delay (2 s is only the "
     "suggested maximum). The recommendation itself is sound; capped at adequate."),
    (4,
     "My instinct is the teammate's worry is mostly outdated, because clients race IPv6 and IPv4 now, "
     "that's Happy Eyeballs, so a broken IPv6 path means a short delay rather than a timeout. I don't "
     "remember the exact delay the RFC recommends before the IPv4 attempt starts, or even the RFC number "
     "for the current version, so I'd look those up before quoting them. I also don't have a current "
     "adoption figure in my head; I'd pull Google's IPv6 statistics page rather than guess. What I'm "
     "confident about is that the real risk is monitoring: the fallback can hide a broken IPv6 setup, so "
     "we'd need IPv6-specific health checks before publishing AAAA.",
     "adequate", "honest", [], [],
     "Honest about the delay value, RFC number and adoption figure; correct on the racing mechanism and "
     "the monitoring risk. Adequate."),
    (4,
     "I'd publish the AAAA records. Browsers do Happy Eyeballs: they try IPv6 first, and if it doesn't "
     "answer within, I think, about a second, they fall back to IPv4, I'd double-check that number. So "
     "at worst a slightly slower page load for the few people with broken IPv6. I'd just keep an eye on "
     "it after turning it on.",
     "weak", "hedged", [],
     ["if it doesn't answer within, I think, about a second, they fall back to IPv4"],
     "Hedged wrong number: RFC 8305 recommends a 250 ms connection attempt delay. Little else of "
     "substance (no adoption, cost or monitoring argument), so weak."),

    # ------------------------------------------------------------------ round 5
    (5,
     "I'd phase it. Phase one is dual stack: attach an IPv6 block to each VPC, AWS hands you a /56 and "
     "each subnet takes a /64 out of it, add IPv6 rules to security groups and NACLs, and private "
     "subnets route outbound through an egress-only gateway so instances can call out but nothing can connect in. "
     "Load balancers get dual-stack listeners first. In Kubernetes, dual stack is stable since 1.23, so "
     "services can be PreferDualStack while we test; on EKS we'd create new IPv6 clusters, since that's "
     "chosen at cluster creation, and pods get addresses from the VPC, which kills the pod-IP shortage. "
     "Phase two is IPv6-only subnets: anything still IPv4-only is reached through DNS64 on the Route 53 "
     "Resolver, which synthesises addresses in 64:ff9b::/96, routed to a NAT gateway doing NAT64. "
     "Watching that NAT64 traffic tells us which dependencies remain. The real work is in the apps: bind "
     "to :: and not 0.0.0.0, widen address columns, bracket literals in URLs, fix allowlists and "
     "hardcoded IPv4 literals, and rate-limit per /64 rather than per address.",
     "strong", "strong", [], [],
     "Phased plan with correct AWS specifics (/56, /64, egress-only IGW, DNS64 on Route 53 Resolver, NAT64 "
     "on the NAT gateway, 64:ff9b::/96), Kubernetes dual stack GA 1.23 and EKS IPv6, and the application "
     "breakages. Strong."),
    (5,
     "I'd start with dual stack rather than jumping straight to IPv6-only. In AWS you add an IPv6 CIDR to "
     "the VPC and the subnets, update route tables and security groups, and use an egress-only internet "
     "gateway for private subnets. Kubernetes supports dual-stack pods and services, so we'd enable that "
     "on new clusters. Then over time move workloads that don't depend on IPv4 services to IPv6-only. I'd "
     "expect some application bugs around address parsing and logging, so we'd test for those.",
     "adequate", "adequate", [], [],
     "Core plan is right but misses NAT64/DNS64 for reaching IPv4-only services, version specifics and "
     "concrete breakages such as per-/64 rate limiting."),
    (5,
     "Honestly I'd skip dual stack, it's twice the work and you end up maintaining two of everything "
     "forever. Create the new VPC subnets and clusters as IPv6-only from day one, turn on DNS64 and NAT64, "
     "and anything that still needs IPv4 goes through the translation automatically, so nothing really "
     "breaks. That forces the teams to move instead of letting IPv4 linger for another decade.",
     "weak", "pattern", [R5_NAT64],
     ["anything that still needs IPv4 goes through the translation automatically, so nothing really breaks"],
     "Acts out 'IPv6-only now, NAT64 handles the rest'; listed as false because IPv4 literals and "
     "address-embedding protocols bypass DNS64 and break."),
    (5,
     "I'd start dual stack and move new subnets to IPv6-only once the dependencies are sorted. The VPC gets "
     "a /56 and each subnet a /64. For outbound from private subnets there's the egress-only internet "
     "gateway, and it also handles translation to IPv4: you turn on DNS64 and NAT64 on the egress-only "
     "internet gateway, and it maps anything in 64:ff9b::/96 to the IPv4 destination, so you don't need a "
     "NAT gateway at all. In Kubernetes I'd use dual-stack services with PreferDualStack, and check the "
     "apps for things like binding to 0.0.0.0 and IPv4-only allowlists.",
     "adequate", "bluff", [],
     ["you turn on DNS64 and NAT64 on the egress-only internet gateway, and it maps anything in 64:ff9b::/96 to the IPv4 destination, so you don't need a NAT gateway at all"],
     "Bluff (feature credited to the wrong product): in AWS, DNS64 is a subnet setting served by the Route "
     "53 Resolver and NAT64 is done by the NAT gateway; the egress-only internet gateway does no "
     "translation. Rest is correct; capped at adequate."),
    (5,
     "I have to be upfront that I haven't done an IPv6 migration in AWS or Kubernetes myself, so I'd be "
     "reading the docs for most of this. I know Kubernetes has dual-stack support, but I'd need to check "
     "which version made it stable and what the Service settings are called. I'd also need to look up how "
     "an IPv6-only subnet reaches IPv4-only services; I think there's some translation feature, but I "
     "don't know the details. I'd start small with one non-critical service.",
     "weak", "honest", [], [],
     "Honest, but says almost nothing concrete beyond 'Kubernetes has dual stack' and 'start small'. Weak."),
    (5,
     "For moving workloads into new clusters I'd lean on GitOps: everything in Argo CD, one repo per "
     "environment, and Helm charts with sensible defaults so teams don't reinvent resource limits and "
     "probes. We'd migrate service by service with a canary, watching error rate and latency, and keep "
     "the old cluster around for a rollback window. Cost-wise I'd use spot instances for stateless "
     "workloads and Karpenter for node provisioning.",
     "weak", "offtopic", [], [],
     "Fluent cluster-migration answer with nothing about IPv6, NAT64 or addressing."),
]


def build():
    records = []
    counters = {}
    for rnd, answer, band, kind, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        records.append({
            "id": f"{SHORT}-r{rnd}-{counters[rnd]:02d}",
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": list(pq),
            "false_claims": list(fc),
            "note": note,
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    build()
