#!/usr/bin/env python3
"""Build the 30 labelled answers for the aws-vpc-networking gauntlet.

Writes aws-vpc-networking_answers.jsonl next to this script, one JSON object per line,
fields in the order: id, round, answer, band, bluff, kind, pattern_quotes, false_claims, note.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "aws-vpc-networking_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
A = []


def add(rnd, kind, band, answer, note, pattern_quotes=(), false_claims=()):
    A.append((rnd, kind, band, " ".join(answer.split()), list(pattern_quotes), list(false_claims), note))


# ---------------------------------------------------------------- Round 1
add(1, "strong", "strong", """
Okay, so first thing, I'd pick the range carefully, because you can't change the primary block after
the fact. Something like 10.40.0.0/16 out of private space, after checking with whoever owns the on-prem
network and the other VPCs so nothing collides, since overlapping ranges kill peering later. Then I'd
spread across three AZs, with a public, an app and a data subnet in each. The app subnets I'd make big,
like a /20, because if we end up on EKS every pod eats an IP. And keep in mind AWS takes five addresses
out of each subnet, the first four and the last one, so a /28 really only gives you eleven. What makes
the public ones public is just the route: their route table sends 0.0.0.0/0 to the internet gateway.
The private app subnets get a route table per AZ with the default route going to that AZ's NAT gateway,
and the database subnets basically only have the local route. I'd also keep a chunk of the /16 unused
so we can add tiers later.
""", "Covers non-overlapping /16 that can't be changed, three AZs and three tiers, sizing for pod IPs, the "
     "five reserved addresses, public = route to IGW, per-AZ NAT routes and isolated data subnets. Correct and "
     "nearly complete.")

add(1, "adequate", "adequate", """
I'd give the VPC a /16, something from the 10-dot space, and split it into public and private subnets
across at least two availability zones. Public subnets hold the load balancer and the NAT gateway, and
they count as public because their route table has a default route to the internet gateway. Private
subnets for the app servers and the database, with their default route going to the NAT gateway so they
can still get out for updates. Um, I'd probably make everything /24s, that's plenty for a three-tier app.
""", "Core is right (public means a route to the IGW, private routes via NAT, multiple AZs) but it misses "
     "overlap planning, the reserved addresses, sizing for ENI-hungry workloads, NAT per AZ and a data tier "
     "without internet routes.")

add(1, "pattern", "weak", """
So the way I think about it, a public subnet is the one where you switch on auto-assign public IP, so
every instance that launches there gets a public address and can be reached from the internet. The
private subnet just has that setting turned off, so the instances there only get a private 10-dot
address. I'd put the load balancer in the public one and the app and the database in the private one,
and then lock everything down with security groups.
""", "Acts out the weak answer that a public subnet is defined by public IPs; what makes it public is a "
     "0.0.0.0/0 route to an internet gateway. The misconception is listed as a false claim.",
    pattern_quotes=["A public subnet is one where the instances get public IP addresses."],
    false_claims=["a public subnet is the one where you switch on auto-assign public IP"])

add(1, "bluff", "adequate", """
I'd go with a /16 for the VPC, picked so it won't overlap with on-prem or any other VPC, since you can't
peer overlapping ranges. Three AZs, and in each one a public subnet for the ALB and NAT gateway and
private subnets for the app and data tiers. Public just means the route table points 0.0.0.0/0 at the
internet gateway; the private ones point at the NAT gateway in their own AZ. For sizing, AWS only holds
back three addresses per subnet, the network address, the router and the broadcast, so a /24 gives you
253 usable hosts, which is plenty for the data tier. The app tier I'd size up to a /20 in case we
containerise.
""", "Bluff, contradicted number: AWS reserves five addresses per subnet (network, router .1, DNS .2, "
     "future use .3, last), so a /24 has 251 usable, not 253. The rest of the design is sound and the error "
     "is peripheral, so banded adequate.",
    false_claims=["AWS only holds back three addresses per subnet",
                  "a /24 gives you 253 usable hosts"])

add(1, "honest", "adequate", """
I'd do a /16 so there's room, and I'd make sure it doesn't clash with the corporate network, because
overlapping CIDRs can't be peered. Public subnets with a route to the internet gateway, private subnets
routing out through NAT, spread over a couple of AZs. I know AWS keeps a handful of addresses in every
subnet for itself, the router and DNS among them, but honestly I don't remember whether it's four or
five, so I'd look that up before sizing anything really small. And I'm not sure off the top of my head
what the smallest subnet you're allowed to create is; I'd check the docs for that too.
""", "Honest: says plainly it would look up the number of reserved addresses and the smallest subnet size. "
     "What it does state is correct (no overlap, route to IGW, NAT, multiple AZs); banded adequate.")

add(1, "list", "weak", """
So for this I'd be thinking about: the VPC, the CIDR block, a /16, RFC 1918 ranges, availability zones,
public subnets, private subnets, database subnets, route tables, the local route, the internet gateway,
NAT gateways, Elastic IPs, the five reserved addresses, secondary CIDRs, and security groups. Those are
the pieces I'd put together.
""", "Only names the right terms without saying anything about any of them.")

# ---------------------------------------------------------------- Round 2
add(2, "strong", "strong", """
Right, so for the patches and the payment API they need a NAT gateway, which sits in one of the public subnets
holding an Elastic IP and only lets traffic out; nobody outside can start a connection to the app servers through
it. The thing people miss is that it's zonal. If I build one and all three AZs route to it, then losing
that AZ kills egress everywhere, and I'm paying cross-AZ transfer from the other two. So one per AZ, each
private route table pointing at its own. Cost-wise it's an hourly fee for each gateway plus a fee on every
gig it processes, roughly four and a half cents a gig in us-east-1, so pushing terabytes of S3 through it
would be silly. For S3 I'd add a gateway endpoint, which costs nothing; it just puts a prefix-list route
into whichever route tables I associate, so S3 traffic skips the NAT. Only S3 and DynamoDB have those.
Anything else, say ECR or Secrets Manager, would be an interface endpoint, PrivateLink ENIs in our
subnets, billed hourly per AZ plus data. And the payment provider gets our NAT Elastic IPs to allow-list.
""", "Covers NAT as outbound-only, zonal with one per AZ and why, hourly plus per-GB cost, free gateway "
     "endpoint via prefix-list route for S3/DynamoDB only, paid interface endpoints, and allow-listing Elastic "
     "IPs. Correct and nearly complete (no throughput or port-allocation limits).")

add(2, "pattern", "weak", """
I'd keep it simple: a single NAT gateway in the public subnet in the first AZ, and the private route
tables in all three zones point their default route at it. It's a managed service and AWS runs it
redundantly, so I don't see the point of paying for three of them. The S3 reads would just go out through
that same NAT as well; S3's an AWS service anyway, so there's nothing special to configure for it.
""", "Acts out two weak answers: one NAT gateway in one AZ for all subnets (it is zonal, so an AZ failure "
     "cuts all egress, plus cross-AZ charges) and S3 needing no setup (it then pays NAT processing per GB).",
    pattern_quotes=["Put one NAT gateway in the first AZ and route all the private subnets through it.",
                    "S3 is an AWS service, so there's nothing to set up for it."],
    false_claims=["AWS runs it redundantly, so I don't see the point of paying for three of them",
                  "there's nothing special to configure for it"])

add(2, "bluff", "adequate", """
They go out through NAT gateways, one in each AZ, since a NAT gateway only lives in one zone and you don't
want the other zones depending on it. Each private route table points its default route at the local one.
For the S3 volume I'd definitely add a gateway endpoint, because that's free and otherwise you'd pay the
NAT's per-gigabyte charge on terabytes a day. It's just a route to the S3 prefix list in the associated
route tables. And I'd put an endpoint policy on it limiting access to our own buckets; if something tries
another bucket, S3 comes back with a 401 Unauthorized, which makes it easy to spot in the app logs.
""", "Bluff, wrong status code: a request denied by a VPC endpoint policy gets HTTP 403 AccessDenied from S3, "
     "not 401 Unauthorized. The egress design itself is right and the error is peripheral, so adequate.",
    false_claims=["S3 comes back with a 401 Unauthorized"])

add(2, "bluff", "weak", """
So the NAT gateway is what gives the private subnets internet access, and it works in both directions.
The instances get out through it, and once it's in place, outside services can also open connections back
in to the private instances as long as the security group lets them, which is handy for the payment
provider's webhooks. So I'd put the NAT in a public subnet, point the private route tables at it, and
control who reaches what purely with security groups. For S3 I'd add the free gateway endpoint so the
bulk reads don't run through the NAT.
""", "Bluff about the mechanism in plain words: a NAT gateway only carries connections initiated from inside; "
     "nothing on the internet can open a connection to private instances through it, whatever the security "
     "group says. The false claim is central to the egress and security design, so weak.",
    false_claims=["outside services can also open connections back in to the private instances as long as "
                  "the security group lets them"])

add(2, "hedged", "adequate", """
Private subnets go out via a NAT gateway, and I'd do one per AZ because each one is tied to a single zone.
It bills by the hour and per gigabyte, so the S3 traffic should go through a gateway endpoint instead,
which is free and just adds a route. Throughput-wise, I think a single NAT gateway tops out at around 10
gigabits a second, but I'd check that, so if the third-party API traffic got heavy I might need more than
one per zone.
""", "Hedged wrong number: a NAT gateway scales automatically up to 100 Gbps, not about 10. The rest (per-AZ "
     "NAT, hourly plus per-GB cost, free gateway endpoint for S3) is right but thin; adequate.",
    false_claims=["I think a single NAT gateway tops out at around 10 gigabits a second"])

add(2, "offtopic", "weak", """
The part I'd really worry about is the payment API call itself. I'd wrap it in a client with a timeout of a
couple of seconds, retries with exponential backoff and jitter, and an idempotency key on every charge so a
retry after a timeout can't bill the customer twice. I'd add a circuit breaker so that if the provider is
degraded we fail fast and queue the payment instead of tying up threads, and I'd log the provider's request
IDs so support can trace any disputes later.
""", "Fluent but about payment-client resilience, not how private subnets reach the internet or S3.")

# ---------------------------------------------------------------- Round 3
add(3, "adequate", "adequate", """
Flow Logs showing ACCEPT coming in and REJECT going out tells me it's the ACL, not the security group,
because security groups are stateful and would let the reply out automatically. ACLs are stateless, so
each direction needs its own rule. The reply to the health check goes to a high port on the load balancer,
and the outbound rule only allows port 443, so it gets dropped. Same thing in reverse for yum. I'd add
rules for the ephemeral port range in both directions and keep the deny-all at the end.
""", "Correct diagnosis (stateless ACL, reply to ephemeral ports) and the right kind of fix, but no port "
     "range, no rule ordering, no scoping, no test method and nothing on security groups as the real control.")

add(3, "pattern", "weak", """
My guess is the security group's outbound rules got tightened at the same time. The reply is being
rejected on the way out, so I'd add an outbound rule on the instance's security group allowing 443 back to
the load balancer and out to the internet, and that should fix both the health checks and yum. If it
doesn't, I'd just open all outbound on the security group to prove the point.
""", "Acts out the weak answer that blames the security group; security groups are stateful, so the reply "
     "would be allowed anyway, and the fix it predicts would not work.",
    pattern_quotes=["Add outbound 443 to the security group; it must be blocking the reply."],
    false_claims=["that should fix both the health checks and yum"])

add(3, "bluff", "weak", """
ACCEPT in and REJECT out means the ACL, because it's stateless and the reply to the health check goes back
to a high ephemeral port that the outbound rule doesn't cover. Here's the thing with ACLs, though: they
don't go top to bottom like a normal firewall. Every rule is checked together and a deny anywhere in the
list always beats an allow, so the catch-all deny the security team added is what's killing the replies.
I'd remove that explicit deny, add allows for the ephemeral range in both directions, and the rule
numbers don't really matter beyond being unique.
""", "Bluff about the mechanism in plain words, a false absolute: network ACL rules are evaluated in order "
     "from the lowest number and the first match wins, so order matters and a deny does not always beat an "
     "allow. The fix is built on that false rule, so weak despite the correct diagnosis.",
    false_claims=["Every rule is checked together and a deny anywhere in the list always beats an allow",
                  "the rule numbers don't really matter beyond being unique"])

add(3, "bluff", "adequate", """
That pattern, accepted in and rejected out, is the network ACL: it's stateless, so replies need their own
rule, whereas a security group would have let the reply out automatically. The reply goes to an ephemeral
port, so I'd add an outbound allow for TCP 1024 to 65535 towards the VPC range, and an inbound allow for
1024 to 65535 so the yum responses get back in, numbered ahead of the final deny. To confirm before and
after, I'd pull the Flow Log records for the instance; they keep the full packet including the TCP headers
and payload, so you can load them into Wireshark and watch the handshake fail.
""", "Bluff, feature credited to the wrong product: Flow Logs record only flow metadata (addresses, ports, "
     "protocol, packets, bytes, ACCEPT/REJECT); full packet capture is VPC Traffic Mirroring. The diagnosis and "
     "fix are right and the error is peripheral, so adequate.",
    false_claims=["they keep the full packet including the TCP headers and payload, so you can load them into "
                  "Wireshark"])

add(3, "honest", "strong", """
Okay, inbound ACCEPT and outbound REJECT on the same flow, that's a stateless filter, so it's the network
ACL. A security group remembers the connection and lets the reply out no matter what its outbound rules
say, so it can't give you that picture. The health check reply leaves from 443 to whatever source port the
load balancer used, which the outbound rule doesn't allow; yum is the reverse, the response comes back to
a high port on the instance and the inbound rule drops it. So I'd add an outbound rule for the ephemeral
ports to the VPC range and an inbound rule for ephemeral ports from anywhere, numbered below any deny,
because ACL rules are matched in number order and the first hit wins. I'd want to look up the exact range
AWS recommends; I know Linux and Windows use different ones, so I'd check the docs rather than guess. Then
I'd test it with Reachability Analyzer, since Flow Logs lag by several minutes. Access control proper
stays in security groups, with the app group only allowing the ALB's group.
""", "Honest about the exact ephemeral range (would look it up) but otherwise complete and correct: stateless "
     "diagnosis, both directions, scoped rules, rule ordering, Reachability Analyzer, Flow Log delay, security "
     "groups by reference. Banded strong.")

add(3, "hedged", "adequate", """
It's the network ACL, since those don't track connections, and the reply traffic on the ephemeral ports is
being dropped. I'd add ephemeral port rules in both directions. One thing though: Flow Logs aren't instant.
I believe they aggregate every 30 seconds or so before publishing, though I'd double-check that, so after
the fix I'd give it a minute before expecting the REJECTs to stop.
""", "Hedged wrong number: the Flow Logs aggregation interval is 10 minutes by default or 1 minute, and "
     "delivery takes several minutes more. Core diagnosis is right but thin; adequate.",
    false_claims=["I believe they aggregate every 30 seconds or so before publishing"])

# ---------------------------------------------------------------- Round 4
add(4, "strong", "strong", """
I'd push back, though not entirely. He's right that peering itself costs nothing per hour, there's no
per-gig processing fee, traffic that stays in one AZ over a peering link is free, and it's one less hop.
But do the maths: forty VPCs fully meshed is 780 connections, and each VPC needs 39 peerings when the
default limit is 50 and the ceiling is 125, so we'd hit the wall as we grow. Peering doesn't route
transitively, so every pair needs its own link and routes on both sides, and you can't borrow a peer's
internet gateway, NAT or VPN either. That's a lot of route entries, and route tables default to 50
routes. Transit Gateway costs attachment-hours plus around two cents a gig, but every VPC gets a single attachment,
routes pass through transitively, and its route tables let me isolate prod from dev while both reach shared services,
plus it's one place for Direct Connect and an inspection VPC. So: Transit Gateway as the backbone, and
peer directly only the couple of VPC pairs pushing serious volume.
""", "Concedes the real cost and latency points, counts 780 connections against the 50/125 quota, explains "
     "non-transitive and no edge-to-edge routing, route limits, TGW pricing and segmentation, and lands on the "
     "hybrid. Correct and complete.")

add(4, "adequate", "adequate", """
I don't think a full mesh holds up at forty VPCs. Peering isn't transitive, so each pair of VPCs needs a separate
link, which is hundreds of connections and a route for each one in every route table, and all of it
has to be redone whenever a VPC is added. Transit Gateway gives you a hub where each VPC attaches once and
you control routing centrally. It does cost per attachment and per gigabyte, so I'd accept that as the
price of manageability.
""", "Right core (non-transitive, connection count, hub attaches once) but no quotas, no case for keeping "
     "peering on heavy pairs, no segmentation or hybrid connectivity.")

add(4, "pattern", "weak", """
Honestly I'm with the architect. Peering doesn't cost anything, and Transit Gateway charges you by the hour
for every attachment and again for every gigabyte, so a full mesh is always going to be the cheaper option.
Forty VPCs isn't that many; we'd script the peering connections and the routes in Terraform and be done
with it. Latency's better too, since there's no extra hop in the path.
""", "Acts out the weak answer that free peering makes a full mesh always cheapest; it ignores the 125-peering "
     "ceiling, the route sprawl and cross-AZ transfer charges.",
    pattern_quotes=["Peering is free, so a full mesh is always the cheapest option."],
    false_claims=["Peering doesn't cost anything",
                  "a full mesh is always going to be the cheaper option"])

add(4, "bluff", "adequate", """
Full mesh doesn't scale. Forty VPCs means 780 peering connections, peering is non-transitive so you can't
hop through a middle VPC, and you'd be getting close to the per-VPC peering quota. Transit Gateway gives
you one attachment per VPC, transitive routing, and separate route tables for segmenting prod and
non-prod. And it's clearly where the industry has gone: AWS published figures showing that over 80 percent
of customers with more than twenty VPCs have already moved to Transit Gateway. I'd still keep peering for
one or two heavy data pairs to avoid the per-gigabyte charge.
""", "Bluff, invented statistic: AWS has published no such adoption figure. The technical reasoning is correct "
     "and the statistic is supporting colour, so adequate.",
    false_claims=["AWS published figures showing that over 80 percent of customers with more than twenty VPCs "
                  "have already moved to Transit Gateway"])

add(4, "honest", "weak", """
What I know for sure is that peering is non-transitive: if A peers with B and B with C, A can't get to C
through B, so a mesh of forty needs a connection for every pair, and none of the ranges can overlap.
Beyond that I'd be guessing. I don't remember the per-VPC peering limit or what Transit Gateway charges per
gigabyte, so I'd look both up and run the numbers on our actual traffic before taking a side.
""", "Honest: says plainly it would look up the peering quota and TGW pricing. What it states is correct, but "
     "it gives no recommendation and little substance; weak.")

add(4, "list", "weak", """
Things to weigh here: VPC peering, Transit Gateway, non-transitive routing, overlapping CIDRs, peering
quotas, route table limits, attachment-hour pricing, per-GB data processing, cross-AZ transfer, Transit
Gateway route tables, segmentation, the Direct Connect gateway, an inspection VPC, Resource Access Manager,
and a hub-and-spoke topology.
""", "Only names the relevant terms without making any statement about them.")

# ---------------------------------------------------------------- Round 5
add(5, "strong", "strong", """
I'd make the network a product that one platform team runs, all in Terraform. Addressing comes first: VPC
IPAM hands out CIDRs from pools carved per Region and environment, and the on-prem ranges are reserved in
it too, so nothing ever overlaps. Then a Transit Gateway in each Region, shared with the accounts through
RAM, with route tables that separate prod, non-prod and shared services, and Direct Connect landing on it
via a Direct Connect gateway. Egress I'd centralise in an egress VPC with NAT gateways in each AZ behind
Network Firewall, though I'd compare the Transit Gateway processing charge against running NAT everywhere.
Interface endpoints live once in a shared-services VPC and spokes find them through private hosted zones,
while every VPC keeps its own free S3 and DynamoDB gateway endpoints. DNS is the part people forget: the
resolver at the VPC base plus two only answers from inside the VPC, so on-prem needs Route 53 Resolver
inbound endpoints, and we forward corporate zones outward with outbound endpoints and rules. Flow Logs from
all VPCs land in one S3 bucket for Athena, and SCPs stop teams from attaching internet gateways on their
own.
""", "Covers IPAM, shared TGW with segmented route tables and DX gateway, central egress with the cost "
     "trade-off, shared interface endpoints vs local gateway endpoints, hybrid DNS with Resolver endpoints, "
     "central Flow Logs and SCP guardrails. Correct and complete.")

add(5, "adequate", "adequate", """
The big thing is central address management so CIDRs never overlap; I'd use IPAM for that. Then a Transit
Gateway as the hub instead of peering everything, with separate route tables for production and
non-production, and Direct Connect attached to it. I'd vend VPCs to teams from a standard template so every
account gets the same subnets, route tables and Flow Logs going to a central bucket.
""", "Right core (IPAM, TGW hub with segmentation, templates, central Flow Logs) but nothing on egress, "
     "endpoints or hybrid DNS.")

add(5, "pattern", "weak", """
I'd let each team own its own VPCs end to end, including picking their own CIDR ranges and putting in their
own NAT gateways and endpoints. They know their workloads best, and a central network team just turns into
a bottleneck. If two teams ever need to talk to each other, we can sort out the connectivity at that point.
""", "Acts out the weak answer of letting every team pick its own CIDRs: ranges overlap and can never be "
     "routed together, and NAT gateways and endpoints are duplicated everywhere.",
    pattern_quotes=["Let each team create its own VPCs and pick its own CIDRs."])

add(5, "bluff", "adequate", """
I'd start with addressing in VPC IPAM so nothing overlaps, and since 10/8 gets crowded with on-prem, I'd
pull the EKS pod ranges from 100.64.0.0/10, which is part of the RFC 1918 private space, so it's safe to use
internally. Connectivity goes through a Transit Gateway per Region shared via RAM, with segmented route
tables, and Direct Connect comes in via a Direct Connect gateway. Egress gets centralised in one VPC
with NAT gateways per AZ and a firewall, and for hybrid DNS I'd use Route 53 Resolver inbound and outbound
endpoints, since on-prem can't reach the VPC's plus-two resolver directly.
""", "Bluff, misattributed RFC: 100.64.0.0/10 is the RFC 6598 shared address space (carrier-grade NAT); RFC "
     "1918 defines 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16. AWS does allow 100.64.0.0/10 in a VPC, and "
     "the rest of the answer is right, so adequate.",
    false_claims=["100.64.0.0/10, which is part of the RFC 1918 private space"])

add(5, "honest", "adequate", """
I'd centralise the parts that shouldn't be reinvented: address allocation through IPAM so ranges never
overlap, a Transit Gateway hub shared to the accounts, and a central egress VPC. For DNS between on-prem and
AWS, I know Route 53 Resolver has inbound and outbound endpoints for exactly this, but I haven't set up the
forwarding rules myself, so I'd need to read up on how those rules get shared across hundreds of accounts.
I'd also check current Transit Gateway pricing before deciding whether central egress is really cheaper than
NAT in every VPC.
""", "Honest: says it would read up on sharing Resolver rules and check TGW pricing. What it states is correct "
     "(IPAM, TGW hub, central egress, Resolver endpoints); endpoints and visibility missing, adequate.")

add(5, "offtopic", "weak", """
What scales is a paved road for the teams. I'd stand up an internal developer portal, something like
Backstage, with a service catalogue and templates, so a new service comes with CI, logging, dashboards and
an on-call rotation wired in from day one. Ownership metadata in the catalogue means every alert routes to a
team, and scorecards show which services are missing runbooks or still run on old runtimes. The platform
engineers hold office hours and treat the templates as a product with a roadmap.
""", "Fluent but about a developer portal and service templates, not VPC networking.")


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in A:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "vpc-r%d-%02d" % (rnd, counters[rnd]),
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
