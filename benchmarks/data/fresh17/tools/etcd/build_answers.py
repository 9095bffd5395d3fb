#!/usr/bin/env python3
"""Build etcd_answers.jsonl: 30 labelled candidate answers for the etcd gauntlet (etcd.txt)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "etcd-kubernetes-operations_answers.jsonl")

# Verbatim Common Weak Answer quotes from etcd.txt, by round.
R1_TWO = "Run two members so there's a backup if one dies."
R2_TIMEOUT = "Just raise the election timeout to 10 seconds so it stops flapping."
R3_DEFRAG = "Just run etcdctl defrag and it will clear up."
R4_REPLICAS = "Three replicas means we already have backups."
R5_REMOVE = "Run etcdctl member remove on the two dead members, then add new ones."

# (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: sizing and quorum ----------------
    (1, "strong", "strong",
     "Okay, so the number I'd reach for is three, and five if the cluster is big or really critical. "
     "The reason is Raft needs a majority to commit anything. With three you need two alive, so you survive one loss; "
     "with five you need three, so you survive two. I'd never pick an even count, because four members still need "
     "three votes, so you get the same single-failure tolerance as three but with one more box that can break. "
     "Why not seven or nine? Every write has to reach a majority of voters, so the leader is shipping each entry to "
     "more peers and waiting on more fsyncs; you pay latency and you don't gain throughput. Placement-wise, one member "
     "per zone, so a zone outage leaves a majority, low-latency links between them, and fast dedicated SSDs, since etcd "
     "is basically bound by disk sync time. And when swapping members, I'd bring new ones in as non-voting learners and "
     "promote them after they catch up.",
     [], [],
     "Correct quorum arithmetic, why even sizes add nothing, the write cost of more voters, zone placement, disks, learners."),
    (1, "pattern", "weak",
     "Honestly I'd keep it lean and go with two etcd members. One is the main one and the other is basically a hot "
     "standby, so if the first node dies the second one just carries on serving the API server. That gives us "
     "redundancy without paying for a third control-plane machine, and two is easier to reason about than some odd "
     "number.",
     [R1_TWO],
     ["if the first node dies the second one just carries on serving the API server"],
     "Acts out the two-member pattern: 2 of 2 is needed for quorum, so losing either member stops all writes."),
    (1, "bluff", "adequate",
     "I'd go with three members, one per availability zone, and move to five for the really big clusters. Raft needs a "
     "majority, so three survives one failure and five survives two, and even numbers don't help because four still "
     "needs three votes. I wouldn't go past five, since each extra voter adds replication to every write. And this "
     "isn't theoretical, by the way: the CNCF's etcd survey found that roughly 60 percent of production etcd outages "
     "traced back to clusters running an even number of members. So odd sizes, separate zones, and fast disks.",
     [],
     ["the CNCF's etcd survey found that roughly 60 percent of production etcd outages traced back to clusters running an even number of members"],
     "Invented statistic: no such CNCF survey figure exists. The sizing core is right, so the bluff is capped at adequate."),
    (1, "bluff", "weak",
     "So I'd actually lean towards five or even seven. The nice thing about etcd is that every follower can accept "
     "writes locally and then sync them up to the leader in the background, so each member you add takes a share of "
     "the write load off the others. More members means more throughput and more safety at the same time. I'd still "
     "keep it odd for the voting, and spread them across zones, but for a busy control plane more is better.",
     [],
     ["every follower can accept writes locally and then sync them up to the leader in the background, so each member you add takes a share of the write load off the others",
      "More members means more throughput and more safety at the same time"],
     "Mechanism bluff in plain words: all writes go through the leader and need a majority; followers forward proposals, "
     "so extra members add latency, not write throughput. The false claim drives the sizing choice, so weak."),
    (1, "list", "weak",
     "Um, the things that come to mind: Raft, quorum, majority, odd member counts, three or five, fault tolerance, "
     "availability zones, failure domains, learner members, member promote, SSD or NVMe disks, fsync latency, stacked "
     "versus external etcd topology, kubeadm, network latency between peers. Those are the main factors I'd weigh.",
     [], [],
     "Names the right terms but says nothing about any of them: no quorum arithmetic, no reason for odd sizes or the limit."),
    (1, "offtopic", "weak",
     "For a production control plane I'd focus on the API server tier. Run at least three kube-apiserver replicas behind "
     "a TCP load balancer with health checks on /readyz, size the control-plane nodes by the number of nodes and pods, "
     "and set up the HorizontalPodAutoscaler and Cluster Autoscaler so worker capacity follows demand. I'd also enable "
     "API Priority and Fairness so a noisy controller can't starve kubectl, and spread worker node groups across three "
     "zones with topology spread constraints on the workloads.",
     [], [],
     "Fluent but about API server and worker scaling; never answers how many etcd members or why."),

    # ---------------- Round 2: leader election and timeouts ----------------
    (2, "strong", "strong",
     "Right, so in Raft the leader pings followers on a fixed tick, the heartbeat, "
     "100 milliseconds out of the box. Each follower runs a timer, one second by default, randomised so two don't "
     "fire at once, and if it expires with no word from the leader it bumps the term and asks for votes. You only get a "
     "vote if your log is at least as current as the voter's, which is what stops a lagging node from winning and "
     "dropping committed data. etcd also does pre-vote by default now, a dry run that keeps a rejoining node from "
     "knocking out a perfectly good leader. When I've seen leaders flapping it was almost always disk: "
     "slow WAL fsyncs stall the leader, it misses heartbeats, and you get the heartbeat-on-time warning in its logs. So "
     "I'd pull the WAL fsync and backend commit latency histograms, where p99 should be ten milliseconds or less for "
     "the WAL, check for IO contention on that volume, then peer RTT across zones. Tuning comes last: heartbeat near "
     "the inter-member round trip, election timeout ten-ish times RTT, and etcd won't even start if the election "
     "timeout is under five heartbeats.",
     [], [],
     "Correct defaults (100 ms / 1000 ms), vote restriction, pre-vote, disk as the usual cause, metrics, tuning rules."),
    (2, "adequate", "adequate",
     "The leader sends regular heartbeats, and if a follower goes a whole election timeout without one, it becomes a "
     "candidate, increments the term, and asks the others to vote. Whoever gets a majority wins. The defaults are "
     "100 ms heartbeat and one second election timeout. If the leader keeps changing, I'd check the network between "
     "the zones, latency and packet loss, and if the round trip is high I'd raise both values, keeping the election "
     "timeout about ten times the heartbeat.",
     [], [],
     "Mechanism and defaults correct, but misses slow disk fsync as the usual cause, the log-freshness vote rule and pre-vote."),
    (2, "pattern", "weak",
     "Honestly the quick fix here is the timeouts. The default election timeout is pretty aggressive for a multi-zone "
     "setup, so I'd bump it up to something like ten seconds, maybe bump the heartbeat too, roll the members, and the "
     "elections will stop. Cross-zone links have jitter, and a longer timeout just tolerates that. Problem solved, and "
     "we don't have to dig into anything else.",
     [R2_TIMEOUT], [],
     "Acts out the raise-the-timeout pattern: hides the cause and slows every real failover; no explanation of election."),
    (2, "bluff", "adequate",
     "So etcd's defaults are a 50 millisecond heartbeat and a 500 millisecond election timeout, which is tuned for a "
     "single data centre, so across zones that's tight. Mechanically, a follower that misses heartbeats for the "
     "election timeout becomes a candidate with a higher term and needs a majority of votes, and voters refuse anyone "
     "whose log is behind theirs. Before touching those values though I'd look at disk, because a leader stuck on "
     "slow WAL fsyncs can't send heartbeats on time, and I'd check peer round-trip time between the zones.",
     [],
     ["etcd's defaults are a 50 millisecond heartbeat and a 500 millisecond election timeout"],
     "Contradicted defaults stated confidently: etcd defaults are 100 ms heartbeat and 1000 ms election timeout. "
     "The mechanism and diagnosis are right, so capped at adequate."),
    (2, "honest", "strong",
     "I'll be upfront that I don't remember etcd's exact default heartbeat and election timeout numbers, I'd look them "
     "up in the tuning docs. What I do know is the relationship: the heartbeat should be roughly the round trip "
     "between members, and the election timeout many times that, around ten RTTs, and I believe etcd validates that "
     "ratio at startup. Mechanically a follower that hears nothing for its randomised timeout starts an election with "
     "a new term, and it can only win with a majority whose logs aren't newer than its own, so committed entries "
     "survive. Pre-vote stops a partitioned member from forcing elections when it rejoins. For the flapping, my first "
     "suspect is storage, not the network: if WAL fsync latency spikes, the leader stalls and followers give up on it. "
     "So I'd graph the fsync and commit duration metrics and leader change counts, look for noisy neighbours on the "
     "disk, then check cross-zone latency, and only then adjust timeouts, because longer timeouts also mean slower "
     "failover.",
     [], [],
     "Honest about not recalling the default values, but covers the mechanism, vote rule, pre-vote, disk-first diagnosis "
     "and the tuning trade-off correctly, so strong."),
    (2, "hedged", "adequate",
     "The way it works is the leader heartbeats, and if a follower doesn't hear from it within the election timeout it "
     "starts an election and needs a majority. I think the default election timeout is around three seconds, but I'd "
     "want to double-check that. For the flapping I'd look at the network between zones and at disk latency on the "
     "members, since a slow disk can make the leader miss heartbeats, and then tune the timeouts if the round trip "
     "really is high.",
     [],
     ["I think the default election timeout is around three seconds"],
     "Hedged wrong default (it is 1000 ms); core mechanism and diagnosis right, but thin on vote rules and pre-vote."),

    # ---------------- Round 3: NOSPACE, compaction, defrag ----------------
    (3, "strong", "strong",
     "That's the NOSPACE alarm: the bbolt file went past the backend quota, which is 2 GiB unless "
     "someone changed --quota-backend-bytes, and while the alarm is active etcd only takes reads and deletes. To get "
     "writes back: grab the latest revision from endpoint status, compact the keyspace up to it so the old MVCC "
     "versions get dropped, then defrag. Compaction only marks pages free inside the file; defrag is what actually "
     "rewrites it smaller. Defrag stalls the member it runs on, so I'd go member by member, leader at the end, "
     "checking endpoint health in between. Then alarm disarm, and verify with alarm list and a test write. Then "
     "the why. The API server compacts on its own every five minutes, so I'd compare total db "
     "size to in-use size: a large gap says we just never defragged; if in-use is near the quota too, some controller "
     "is churning objects, or there's a pile of Events or big CRDs, and counting keys per resource type under "
     "/registry shows it. Then fix the writer, schedule rolling defrags, alert well before the limit, and only "
     "raise it, up to the 8 GiB guidance, if the data really is that big.",
     [], [],
     "NOSPACE and 2 GiB quota, compact then rolling defrag then disarm, in-use versus total size, root cause, prevention."),
    (3, "adequate", "adequate",
     "We've hit the space quota, 2 GiB by default, so etcd has raised its NOSPACE alarm and refuses writes. I'd compact "
     "to the current revision, run etcdctl defrag to shrink the file, and then disarm the alarm with etcdctl alarm "
     "disarm, because it doesn't clear on its own. After that I'd probably raise the quota a bit, maybe to 4 or 8 GiB, "
     "so we have headroom.",
     [], [],
     "Correct order of recovery, but misses that defrag blocks each member (roll it) and never looks for the root cause."),
    (3, "pattern", "weak",
     "Easy one, actually. The database is fragmented, so I'd run etcdctl defrag against the cluster, the file shrinks, "
     "and etcd notices it's under the limit again and starts accepting writes. It's a few seconds of work. We could "
     "put it in a cron job afterwards so it doesn't happen again.",
     [R3_DEFRAG],
     ["etcd notices it's under the limit again and starts accepting writes"],
     "Acts out the defrag-only pattern: no compaction first, defrags every member at once, and the alarm does not clear "
     "itself, it must be disarmed."),
    (3, "bluff", "adequate",
     "What's happened is etcd has crossed its backend quota, which defaults to 2 GiB, so it raises the DB_FULL alarm "
     "and rejects puts with gRPC status UNAVAILABLE, while still serving reads and deletes. Recovery is compact to the "
     "current revision, then defragment each member one at a time since defrag blocks that member, then disarm the "
     "alarm. Afterwards I'd compare the database size with the in-use size to see if it's fragmentation or real "
     "growth, and find whatever is writing so much.",
     [],
     ["it raises the DB_FULL alarm and rejects puts with gRPC status UNAVAILABLE"],
     "Wrong error names stated confidently: the alarm is NOSPACE and the error is gRPC RESOURCE_EXHAUSTED "
     "('mvcc: database space exceeded'). Procedure is right, so capped at adequate."),
    (3, "bluff", "weak",
     "So the database is full of old revisions. The fix is to run a compaction to the latest revision; compaction "
     "deletes the old versions and shrinks the database file on disk straight away, so the size drops back under the "
     "quota and etcd lifts the alarm by itself. Defrag isn't really needed for this, it's more of a performance "
     "optimisation for read speed. Then I'd set auto-compaction on etcd so this keeps happening automatically in "
     "future.",
     [],
     ["compaction deletes the old versions and shrinks the database file on disk straight away, so the size drops back under the quota and etcd lifts the alarm by itself",
      "Defrag isn't really needed for this, it's more of a performance optimisation for read speed"],
     "Mechanism bluff in plain words: compaction only frees pages inside the file, defrag is what shrinks it, and the "
     "alarm must be disarmed. The false claim is the centre of the recovery, so weak."),
    (3, "honest", "adequate",
     "I know this is the space quota alarm, NOSPACE, and that the fix involves compacting old revisions and then "
     "defragmenting so the file actually shrinks, and then disarming the alarm, since it stays set. I'm honestly not "
     "sure of the exact etcdctl flags, I'd pull up the maintenance guide for those, and I can't remember offhand "
     "whether defrag is safe to run on every member at once, so I'd check that before doing it in production. "
     "Afterwards I'd want to understand what filled it up.",
     [], [],
     "Honest about flags and defrag safety; gets the alarm and the compact/defrag/disarm order right but no root-cause method."),

    # ---------------- Round 4: backups versus replication and GitOps ----------------
    (4, "strong", "strong",
     "I'd push back on part of it and agree with part of it. Three replicas is about availability: if someone deletes a "
     "namespace or an operator goes rogue and wipes its CRs, Raft faithfully copies that to every member. Disk "
     "snapshots of a running member are crash-consistent at best, per node, and I wouldn't want my recovery to depend "
     "on bbolt and the WAL happening to line up. A proper etcdctl snapshot save gives a consistent image of the "
     "keyspace with a hash I can verify. Where they're right is GitOps: if our manifests really live in Git, standing "
     "up a new cluster and letting Argo sync may be the faster recovery for a lot of incidents, and we should rehearse "
     "it. But Git doesn't hold runtime state: generated Secrets and certs, PV-to-disk bindings, allocated ClusterIPs "
     "and load balancer addresses, or an operator's status fields. So: snapshots on a schedule and before upgrades, "
     "stored off-cluster and encrypted because they contain Secrets, plus Git for desired state, and restore drills to "
     "prove both. And if they ask what a restore does to running controllers, revisions go backwards, so clients need "
     "to relist.",
     [], [],
     "Replication is not backup, volume snapshots are only crash-consistent, GitOps credited, runtime state not in Git, "
     "encrypted off-cluster snapshots, drills."),
    (4, "adequate", "adequate",
     "I don't think it holds up. Replication isn't a backup: a bad delete or a corrupted write goes to all three "
     "members at once. So I'd still take regular etcdctl snapshots, copy them somewhere outside the cluster, and test "
     "restoring them. GitOps is nice for getting the apps back, but I'd treat it as a complement, not a replacement.",
     [], [],
     "Core right (replication is not backup, off-cluster snapshots, test restores) but misses which state is not in Git, "
     "volume snapshot consistency and snapshot encryption."),
    (4, "pattern", "weak",
     "I think they've got a point. etcd keeps three full copies of the data in three different zones, so we "
     "effectively already have backups, it would take three separate disasters at once to lose it. Adding etcdctl "
     "snapshots on top of that feels like belt and braces, and the nightly volume snapshots cover the rest. I'd rather "
     "spend the time on monitoring.",
     [R4_REPLICAS],
     ["etcd keeps three full copies of the data in three different zones, so we effectively already have backups"],
     "Acts out the replicas-are-backups pattern: a delete or corruption is replicated to every copy at once."),
    (4, "bluff", "adequate",
     "Partly right. Raft replication protects us from losing a node, but a mistaken delete is replicated everywhere "
     "instantly, so it isn't a backup, and the volume snapshots aren't application-consistent for etcd. Git covers "
     "desired state but not things like generated Secrets, PV bindings or operator status. The easy way to close the "
     "gap is Velero, since Velero snapshots etcd directly through its etcd plugin and gives you a clean "
     "backup of every key in the store that you can restore with one command. I'd schedule that hourly, ship it to object "
     "storage, and test restores.",
     [],
     ["Velero snapshots etcd directly through its etcd plugin and gives you a clean backup of every key in the store that you can restore with one command"],
     "Feature credited to the wrong product: Velero backs up Kubernetes objects through the API server and volumes, "
     "it does not snapshot etcd; that is etcdctl snapshot save. Rest is right, so capped at adequate."),
    (4, "honest", "weak",
     "I'm not confident on the details here. My instinct is that replication and backups are different things, because "
     "if you delete something it's deleted everywhere, so I'd want some kind of backup. But I don't know how good the "
     "cloud volume snapshots are for etcd specifically, or how etcd's own snapshot command compares, and I'd have to "
     "read up on that before arguing either way.",
     [], [],
     "Honest and correct on the one point it makes, but too little substance: nothing on GitOps, state outside Git or how to back up."),
    (4, "list", "weak",
     "Um, okay, so the list I'd go through: replication versus backup, etcdctl snapshot save, etcdutl snapshot "
     "restore, crash consistency, EBS volume snapshots, GitOps, Argo CD, Secrets, encryption at rest, "
     "PersistentVolumes, cert-manager, off-cluster object storage, retention, restore drills, RPO and RTO. Those are "
     "the pieces.",
     [], [],
     "Only names relevant terms; takes no position and explains none of them."),

    # ---------------- Round 5: lost quorum disaster recovery ----------------
    (5, "adequate", "adequate",
     "With two of three gone there's no majority, so the last member can't elect itself leader and the control plane "
     "can't take writes. I'd stop the API servers, then rebuild: take the most recent snapshot and restore it with "
     "etcdutl snapshot restore onto three new members with a fresh initial cluster config, start them, and bring the "
     "API servers back. Anything written after that snapshot is lost, so I'd check what changed. Going forward I'd "
     "make sure snapshots run hourly and get copied off the cluster.",
     [], [],
     "Correct diagnosis and snapshot-restore path, but no --force-new-cluster option, nothing on rewound revisions or "
     "restarting controllers and kubelets, no drills."),
    (5, "pattern", "weak",
     "First thing, I'd clean up the membership. From the surviving node I'd run etcdctl member remove for the two dead "
     "members, which shrinks the cluster down to just the survivor, and then it's a healthy one-node cluster again. "
     "Then I'd member add two fresh nodes, start them with initial-cluster-state existing, and they'd sync from the "
     "survivor. No restore needed.",
     [R5_REMOVE],
     ["I'd run etcdctl member remove for the two dead members, which shrinks the cluster down to just the survivor, and then it's a healthy one-node cluster again"],
     "Acts out the member-remove pattern: removing a member is a Raft proposal that needs the quorum that was lost."),
    (5, "bluff", "weak",
     "This is exactly what --force-new-cluster is for. You restart the surviving member with that flag and it turns "
     "itself into a one-node cluster with all of its data, and it's completely safe, because in Raft a write only "
     "counts as committed once every member has it, so the survivor is guaranteed to have everything. Then you drop "
     "the flag, restart, add the other two back as learners, promote them, and the API servers reconnect. No need to "
     "touch snapshots at all.",
     [],
     ["it's completely safe, because in Raft a write only counts as committed once every member has it, so the survivor is guaranteed to have everything"],
     "False absolute: a write is committed once a majority has it, so a lone survivor may lack the last committed "
     "entries and --force-new-cluster can lose them. Central to the recovery choice, so weak."),
    (5, "honest", "adequate",
     "I know we've lost quorum, one of three can't make a majority, so nothing can be written and you can't even change "
     "membership normally. There are two ways back that I know of: restore a snapshot into a brand new cluster, or "
     "force the survivor into a single-member cluster and grow it again. I'd need to look up the exact etcdutl restore "
     "flags and the Kubernetes-specific steps, I know there's something about resource versions going backwards after "
     "a restore but I couldn't explain the fix. Afterwards I'd want regular tested backups.",
     [], [],
     "Honest about restore flags and the resource-version fix; correctly names the lost quorum and both recovery paths."),
    (5, "hedged", "weak",
     "So with one of three left we've lost quorum. If this were a five-member cluster, I think quorum would be four, so "
     "losing two would also kill it, though I'd double-check that formula. Anyway, I'd restore from the latest etcd "
     "snapshot onto new machines, bring the API servers back, and then look at why two members failed so close "
     "together.",
     [],
     ["I think quorum would be four, so losing two would also kill it"],
     "Hedged wrong number: quorum for five members is three, so five survives two failures. Little recovery detail, so weak."),
    (5, "offtopic", "weak",
     "For disaster recovery I'd start from RPO and RTO targets per service. Our primary Postgres should stream to a "
     "replica in another region with Patroni managing failover, plus nightly base backups and WAL archiving to S3 so "
     "we can do point-in-time recovery. For stateless services, multi-region deployments behind global DNS with health "
     "checks, and we run a failover game day every quarter so the runbook stays honest.",
     [], [],
     "Fluent DR talk about application databases and services, not about recovering etcd's lost quorum."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in ANSWERS:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": f"etcd-r{rnd}-{counters[rnd]:02d}",
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
    print(f"wrote {len(ANSWERS)} answers to {OUT}")


if __name__ == "__main__":
    main()
