#!/usr/bin/env python3
"""Build the labelled answers for the kubernetes-persistent-storage gauntlet.

Writes kubernetes-persistent-storage_answers.jsonl next to this script.
Field order per record: id, round, answer, band, bluff, kind, pattern_quotes, false_claims, note.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "kubernetes-persistent-storage_answers.jsonl")
SHORT = "k8sstorage"

# (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ------------------------------------------------------------------ round 1
    (1, "strong", "strong",
     "Okay, so the chain goes pod, then claim, then volume. The pod spec just points at a PVC by name. "
     "The PVC says 'I want, say, a hundred gigs, this access mode, from this StorageClass'. The StorageClass "
     "is basically a template: which CSI driver makes the disk and with what parameters. "
     "When the claim shows up, the driver's provisioner creates the actual cloud disk plus a PV object, and "
     "the PV gets bound to that claim, one to one. PVs are cluster-wide, claims live in the namespace. On "
     "access modes, the thing people get wrong is that ReadWriteOnce is per node, not per pod. If I want a "
     "hard guarantee of a single pod I'd use ReadWriteOncePod, which is stable since 1.29 and works with CSI "
     "drivers. For Postgres that's what I want, one writer. RWX would need something like EFS or NFS, and I "
     "wouldn't put a database data directory on that anyway. Reclaim policy: dynamic volumes take it from the "
     "StorageClass and the default there is Delete, so removing the claim nukes the disk. For production I'd "
     "use a class with Retain, so the PV just goes to Released and somebody has to consciously clean it up.",
     [], [],
     "Covers the claim/class/PV chain with dynamic provisioning, RWO per node vs RWOP per pod (GA 1.29, CSI "
     "only), RWX needing a shared backend, the inherited Delete default and Retain leaving a Released PV. "
     "All correct."),
    (1, "adequate", "adequate",
     "So the pod mounts a PersistentVolumeClaim, and the claim gets matched to a PersistentVolume. These days "
     "you don't create PVs by hand, a StorageClass with a CSI driver creates them on demand when the claim "
     "appears. For Postgres I'd go with ReadWriteOnce on a block volume, EBS or a persistent disk, because only "
     "one instance should be writing. And I'd set the reclaim policy to Retain for the database, because with "
     "Delete the disk goes away when someone deletes the claim, and I don't want one wrong kubectl command to "
     "wipe the data.",
     [], [],
     "Correct core (claim, dynamic provisioning via StorageClass/CSI, block RWO, Retain vs Delete) but misses "
     "that RWO is per node and does not guarantee a single pod, ReadWriteOncePod, the Delete default, and the "
     "Released phase."),
    (1, "pattern", "weak",
     "Right, so I'd create a PVC against the default StorageClass and mount it in the Postgres pod. For the "
     "access mode, ReadWriteOnce is exactly what you want for a database, because it means only one pod can "
     "ever use the volume, so Kubernetes itself guarantees you never get two Postgres processes on the same "
     "data. If a second pod tries to mount it, it just gets refused. Reclaim policy I'd leave at whatever the "
     "class gives, it's fine.",
     ["ReadWriteOnce means only one pod can ever use the volume."],
     ["it means only one pod can ever use the volume"],
     "Acts out the RWO-means-one-pod misconception: RWO is per node, so pods on the same node can share it; "
     "only ReadWriteOncePod limits to one pod. Also leaves the reclaim policy at the default Delete without "
     "noticing the risk."),
    (1, "bluff", "adequate",
     "The pod references a PVC, the PVC names a StorageClass, and the StorageClass's CSI driver dynamically "
     "provisions a PV that binds to that claim. One nice thing is that binding is lazy out of the box: if you "
     "don't set volumeBindingMode, the default is WaitForFirstConsumer, so the disk is never created until the "
     "pod is scheduled. For the access mode, ReadWriteOnce is per node, so I'd actually pick ReadWriteOncePod "
     "for Postgres to make sure only one pod mounts it. And I'd put production data on a StorageClass with "
     "reclaimPolicy Retain, since the default is Delete and deleting the claim would delete the disk.",
     [], ["if you don't set volumeBindingMode, the default is WaitForFirstConsumer"],
     "Bluff, contradicted default: when volumeBindingMode is not set the default is Immediate, not "
     "WaitForFirstConsumer. The claim is peripheral to this round (access and reclaim are right), so adequate."),
    (1, "bluff", "adequate",
     "Basically a claim asks for storage, and a StorageClass backed by a CSI driver creates the PV for it and "
     "binds them together. Access mode for Postgres: ReadWriteOncePod, because plain ReadWriteOnce only limits "
     "it to one node, and two pods on that node could both mount it. The reclaim policy is the one that really "
     "bites people. Dynamically provisioned volumes inherit Delete from the class by default, and roughly 40 "
     "percent of the data-loss incidents reported on Kubernetes come from exactly that, someone deleting a "
     "namespace with the claims in it. So for the database I'd use a Retain class, and then the PV just sits in "
     "Released until an admin deals with it.",
     [], ["roughly 40 percent of the data-loss incidents reported on Kubernetes come from exactly that"],
     "Bluff, invented statistic: there is no such published figure. The rest (RWOP vs RWO, Delete default, "
     "Retain and Released) is correct and the statistic is decoration, so adequate."),
    (1, "list", "weak",
     "So, the pieces are PersistentVolume, PersistentVolumeClaim, StorageClass, dynamic provisioning, the CSI "
     "driver. Access modes, there's ReadWriteOnce, ReadOnlyMany, ReadWriteMany and ReadWriteOncePod. Reclaim "
     "policies, Retain and Delete, and Recycle used to exist too. Then the binding modes, Immediate and "
     "WaitForFirstConsumer. For Postgres, yeah, some combination of those, plus a StatefulSet I guess.",
     [], [],
     "Only names the right terms; says nothing about what any mode guarantees or which to choose and why."),
    # ------------------------------------------------------------------ round 2
    (2, "strong", "strong",
     "So that message means the volume already exists in one zone and the pod can only go there. EBS is "
     "zonal: the disk sits in, say, us-east-1b and can only be attached to instances in 1b, and the PV carries "
     "a node affinity saying so. Reading the event, four nodes are in the other two zones, and the two in 1b "
     "are out of CPU. Why did the volume land in 1b in the first place? Most likely the class uses Immediate "
     "binding, which is what you get if you don't specify anything, so the disk got created the moment the "
     "claim appeared, before the scheduler had any say. I'd move new workloads to a class with "
     "WaitForFirstConsumer, so the scheduler picks the node first and the disk gets made in that node's zone. "
     "That doesn't un-pin an existing volume though. For this pod right now I need capacity in 1b, so the "
     "autoscaler has to be able to add nodes per zone, one node group per AZ, or Karpenter, which respects the "
     "volume's zone. Longer term, spread replicas over zones. And if I truly need it elsewhere, snapshot it and "
     "restore into a new volume in the other zone.",
     [], [],
     "Reads the event correctly, explains zonal EBS and PV node affinity, Immediate as the unset default and "
     "cause, WaitForFirstConsumer and its limit (no un-pinning), per-zone scaling, spreading and "
     "snapshot-restore to move zones. Correct."),
    (2, "pattern", "weak",
     "I think the issue is timing. The pod is getting scheduled before its volume is ready, so the scheduler "
     "sees a node that doesn't have the disk and complains. What I'd do is set the StorageClass to Immediate "
     "binding, so the volume gets created and bound as soon as the claim exists, and then by the time the pod "
     "is scheduled everything's already in place and it can go straight to a node.",
     ["Switch the StorageClass to Immediate binding so the volume is ready before the pod is scheduled."],
     ["The pod is getting scheduled before its volume is ready, so the scheduler sees a node that doesn't have "
      "the disk and complains."],
     "Acts out the Immediate-binding weak answer. Immediate binding is the cause of the zone conflict, not the "
     "fix, and the diagnosis is wrong: the volume exists, it is in the wrong zone."),
    (2, "bluff", "weak",
     "Okay so this is a topology thing, the node affinity on the PV is out of date. The nice thing is gp3 "
     "volumes are zone-redundant, they're replicated across the AZs in the region, so the disk can attach to a "
     "node in any zone, it's just that the PV object still carries the old zone label from when it was "
     "provisioned. So what I'd do is patch the PV's node affinity to include all three zones, or recreate the "
     "PV pointing at the same volume ID without the affinity, and the pod schedules onto whichever node has "
     "room. Going forward I'd use WaitForFirstConsumer so new volumes start out where the pod lands.",
     [], ["gp3 volumes are zone-redundant, they're replicated across the AZs in the region, so the disk can "
          "attach to a node in any zone"],
     "Bluff, feature credited to the wrong product: attaching one disk from any zone is what Azure "
     "zone-redundant (ZRS) disks or GCP regional persistent disks offer; an EBS gp3 volume lives in one AZ and "
     "attaches only there. The false claim drives the whole fix, so weak."),
    (2, "honest", "strong",
     "Right, so the volume and the pod disagree about zones. An EBS volume lives in a single AZ and can only "
     "attach to instances in that AZ, and the PV that gets provisioned is pinned to that zone by node affinity, so the pod can "
     "only land there, and from the event the nodes in that zone are full. I'd check the StorageClass; if it's "
     "Immediate binding, and that's the default, the disk was created before the scheduler chose a node, "
     "possibly in a zone that doesn't suit the pod. WaitForFirstConsumer delays provisioning until "
     "scheduling, so the disk is created where the pod goes. It won't move a volume that's already pinned, so "
     "for this pod I'd need nodes in that zone, meaning per-zone node groups for the autoscaler or Karpenter, "
     "or a snapshot restored into another zone. I'd have to look up the exact topology label key the EBS "
     "driver writes into the PV's node affinity; I don't remember if it's the generic zone label or a "
     "driver-specific one.",
     [], [],
     "Honest about one detail (the exact topology label key) and otherwise complete and correct: zonal EBS, "
     "PV node affinity, Immediate default as cause, WaitForFirstConsumer and its limit, per-zone capacity, "
     "snapshot restore. Banded strong."),
    (2, "hedged", "adequate",
     "So EBS volumes are tied to a single AZ, and the PV remembers that zone, so the pod can only go to nodes "
     "in that zone, and those seem to be full. The fix for future volumes is WaitForFirstConsumer on the "
     "StorageClass, so the disk gets created after the pod has a node. Someone might suggest io2 Multi-Attach, "
     "but that's still only within one zone, and I think it's limited to four instances at a time, though I'd "
     "want to double-check that number. So really it's adding capacity in that zone.",
     [], ["I think it's limited to four instances at a time"],
     "Hedged wrong number: io2 Multi-Attach allows up to 16 Nitro instances in the same AZ, not four. Core is "
     "right (zonal EBS, PV zone, WaitForFirstConsumer, capacity in the zone) but misses Immediate as the "
     "default cause and how to move zones. Adequate, not a bluff."),
    (2, "offtopic", "weak",
     "Running across three zones is mostly about cost and latency, honestly. AWS charges for cross-AZ traffic, "
     "about a cent per gigabyte each way, so chatty services that call each other across zones get expensive. "
     "I'd turn on topology-aware routing for Services so traffic prefers endpoints in the same zone, and I'd "
     "check the load balancer's cross-zone setting. For the stateless deployments, topology spread "
     "constraints with maxSkew one keep replicas even across zones, so a zone outage only takes a third of "
     "capacity.",
     [], [],
     "Fluent but about cross-zone traffic cost and stateless spreading; never addresses the volume node "
     "affinity conflict or binding mode."),
    # ------------------------------------------------------------------ round 3
    (3, "adequate", "adequate",
     "For the space problem, as long as the StorageClass has allowVolumeExpansion turned on, I just bump the "
     "storage request on the PVC, and the CSI driver grows the EBS volume and then the filesystem gets resized "
     "on the node, online, no restart. It only goes one way, you can't make a claim smaller later. For the slow "
     "restarts, I'd look at the pod's fsGroup. The kubelet goes through every file to fix group ownership when "
     "it mounts the volume, and with millions of files that takes forever. There's a setting to only do that "
     "when the top directory doesn't match, I'd turn that on.",
     [], [],
     "Right on both core points (online grow-only expansion, fsGroup walk and the root-mismatch setting) but "
     "misses the immutable volumeClaimTemplates / orphan-recreate step, the EBS six-hour modification limit "
     "and the field names."),
    (3, "pattern", "weak",
     "Easiest thing is to go into the StatefulSet and change the storage size in the volumeClaimTemplates from "
     "500 gigs to, say, a terabyte, and then do a rolling restart. The controller picks up the new template and "
     "resizes the claims for each pod as it goes through them. For the slow restart, honestly I'd guess that's "
     "the application doing some recovery on startup, so I'd look at the app logs.",
     ["Just change the storage size in the StatefulSet's volumeClaimTemplates."],
     ["The controller picks up the new template and resizes the claims for each pod as it goes through them."],
     "Acts out the edit-the-volumeClaimTemplates weak answer: the field can't be updated on an existing "
     "StatefulSet and never resizes existing claims. Misses the fsGroup cause entirely."),
    (3, "bluff", "adequate",
     "Two things going on. The startup delay is the fsGroup ownership walk: the kubelet recursively chowns "
     "every file to the pod's fsGroup on mount, and across tens of millions of files that's your twenty minutes. "
     "Setting fsGroupChangePolicy to OnRootMismatch avoids it when the root is already right. For space, make "
     "sure allowVolumeExpansion is true on the class, then raise the request on each PVC; the resizer grows "
     "the EBS volume and the kubelet grows the filesystem while it's mounted. Just be careful with the number, "
     "because it's grow-only: if you try to lower it, the API server sends back a 409 Conflict and refuses the "
     "change. And since volumeClaimTemplates can't be edited, patch the claims directly.",
     [], ["the API server sends back a 409 Conflict"],
     "Bluff, wrong status code: a smaller storage request fails validation ('field can not be less than "
     "previous value'), returned as 422 Unprocessable Entity (reason Invalid), not 409 Conflict. Peripheral "
     "to an otherwise correct answer, so adequate."),
    (3, "bluff", "weak",
     "I'd rule out fsGroup straight away. The kubelet only fixes up file ownership the very first time a volume "
     "is mounted, and after that it never walks the files again, so on a restart it isn't touching them at "
     "all. So the twenty minutes has to be on the application side, something like it rebuilding an index on "
     "boot, and I'd chase that with the app team. For the space, set allowVolumeExpansion on the class and bump "
     "the PVC size; it grows online, no downtime.",
     [], ["The kubelet only fixes up file ownership the very first time a volume is mounted, and after that it "
          "never walks the files again"],
     "Bluff, wrong about the mechanism in plain words (and a false absolute): with the default "
     "fsGroupChangePolicy Always the kubelet re-applies ownership recursively on every mount. This rules out "
     "the real cause, which is the centre of the question, so weak."),
    (3, "honest", "adequate",
     "Let me split it. The restarts, I'm fairly sure, are the fsGroup thing: with fsGroup set, the kubelet "
     "changes group ownership on everything in the volume at mount time, and on millions of files that's very "
     "slow. There's a pod security context field that tells it to skip that if the root directory already "
     "matches; I don't remember the exact field name or value offhand, I'd look it up. For space, the class "
     "needs volume expansion allowed, then you raise the PVC request and it grows online. I believe AWS limits "
     "how often you can modify a volume, but I'd need to check the actual interval before promising a second "
     "resize the same day.",
     [], [],
     "Honest about the field name and the EBS interval; correct diagnosis and expansion path, but misses the "
     "immutable volumeClaimTemplates and grow-only detail. Adequate."),
    (3, "list", "weak",
     "Okay, so relevant things here: allowVolumeExpansion, the PVC storage request, the external-resizer, "
     "ControllerExpandVolume and NodeExpandVolume, resize2fs or xfs_growfs. For the startup, fsGroup, "
     "fsGroupChangePolicy, OnRootMismatch, maybe SELinux relabelling. And then volumeClaimTemplates, and kubectl "
     "delete with cascade orphan. Those are the knobs I'd be looking at.",
     [], [],
     "Names the right knobs but states nothing about them: no diagnosis, no procedure, no limits."),
    # ------------------------------------------------------------------ round 4
    (4, "strong", "strong",
     "I'd agree with maybe a third of it. The leftover claims aren't a bug, that's the StatefulSet being "
     "careful: each ordinal gets its own claim, and scaling down or deleting the set keeps them so a replica "
     "that comes back gets its own data again. Since 1.27 there's a retention policy on by default as beta, "
     "stable in 1.32, where you set whenScaled and whenDeleted to Retain or Delete. For ephemeral environments "
     "and caches I'm happy to set Delete. For databases and brokers, no: one bad scale-down and you've erased "
     "replicas. There I'd keep Retain, put the volumes on a Retain reclaim class too, and have a weekly report "
     "of unused claims that a person signs off. The finalizer part I'd say no to. A claim sitting in "
     "Terminating with the pvc-protection finalizer means some pod still references it, you'll see it under "
     "Used By when you describe the claim. Deleting that pod, maybe a crashlooping replica or someone's debug "
     "pod, lets the controller drop the finalizer on its own. Ripping it off just hides the pod, and if the "
     "class reclaims with Delete, the disk is gone as soon as it's detached.",
     [], [],
     "Explains why claims are kept, the retention policy fields and versions, Delete only for rebuildable "
     "data, Retain reclaim as a second layer, and the pvc-protection finalizer with 'Used By' and the pod as "
     "the real fix. Correct."),
    (4, "adequate", "adequate",
     "I wouldn't do the finalizer job. That finalizer is there because something is still using the claim, "
     "usually a pod that's still running or stuck, and the right move is to find and delete that pod, then the "
     "PVC goes away by itself. On the retention policy, StatefulSets keep their PVCs by default when you scale "
     "down or delete, which is on purpose so the data survives. Switching to Delete is okay for dev clusters, "
     "but for a database I'd keep the default, because a wrong replica count would throw away data.",
     [], [],
     "Correct core (finalizer means a pod still uses the claim, retention is deliberate, Delete only for "
     "dev) but no field names, no 'Used By', no reclaim-policy layering or orphan reporting."),
    (4, "pattern", "weak",
     "Yeah, the stuck Terminating thing is a known Kubernetes bug, it happens all the time with finalizers. "
     "Everybody just does kubectl patch pvc with the finalizers set to null and it goes away immediately. "
     "Putting that in a nightly job is fine, it saves people doing it by hand. And Delete on the retention "
     "policy sounds good to me, fewer orphans to worry about.",
     ["Just remove the finalizer with kubectl patch, it's a known Kubernetes bug.",
      "Set the retention policy to Delete everywhere, orphaned volumes are just clutter."],
     ["the stuck Terminating thing is a known Kubernetes bug"],
     "Acts out the strip-the-finalizer and Delete-everywhere weak answers; the pvc-protection finalizer is "
     "working as designed while a pod uses the claim."),
    (4, "bluff", "weak",
     "So there's a subtlety the teammate is missing. By default, when you scale down, the controller already "
     "cleans up the claims of the replicas that go away; it's only when you delete the whole StatefulSet that "
     "the claims get left behind. So the orphans they're seeing come from teardowns, and setting whenDeleted "
     "to Delete covers it. On the Terminating ones, that's the pvc-protection finalizer, which is held while a "
     "pod still uses the claim, so I'd find the pod rather than strip the finalizer.",
     [], ["By default, when you scale down, the controller already cleans up the claims of the replicas that go "
          "away"],
     "Bluff, wrong about the mechanism in plain words: by default (whenScaled: Retain) scale-down keeps the "
     "removed replicas' claims, exactly like deletion does. The retention behaviour is the centre of the "
     "question, so weak despite the correct finalizer part."),
    (4, "honest", "adequate",
     "The finalizer job worries me. If a PVC is stuck Terminating, my understanding is the protection "
     "finalizer stays because a pod is still using the claim, so I'd track down that pod first. For the "
     "retention side, I know newer Kubernetes has a field on the StatefulSet for deleting claims on scale-down "
     "or delete, but I honestly don't remember its exact name or which version made it stable, I'd look that "
     "up. I'd only use Delete for throwaway or rebuildable data, not databases.",
     [], [],
     "Honest about the field name and version; right on the finalizer and on where Delete is acceptable, but "
     "thin. Adequate."),
    (4, "hedged", "adequate",
     "I'd split the two ideas. Retention policy: StatefulSets keep claims on scale-down and deletion unless "
     "you say otherwise, and persistentVolumeClaimRetentionPolicy lets you choose Delete per case. I think that "
     "field went stable around 1.25, but I'd check the release notes. Delete is fine for dev namespaces, not "
     "for a database. The finalizer job is a bad idea, the pvc-protection finalizer means a pod still has the "
     "claim, and stripping it can lose data once the disk is deleted.",
     [], ["I think that field went stable around 1.25"],
     "Hedged wrong version: persistentVolumeClaimRetentionPolicy was alpha in 1.23, beta in 1.27 and GA in "
     "1.32. Core is correct; not a bluff because of the explicit hedge."),
    # ------------------------------------------------------------------ round 5
    (5, "strong", "strong",
     "I'd start from defaults that are hard to get wrong. A default class with wait-for-first-consumer binding "
     "and expansion allowed, and a retained class for anything holding production data, with an admission "
     "policy, Kyverno or the built-in ValidatingAdmissionPolicy, that rejects a production database claim on "
     "the delete class. I'd also nudge things like RWOP for single-writer databases and OnRootMismatch on big "
     "volumes. For backups, the snapshot pieces aren't in core, so the platform installs the snapshot CRDs and "
     "controller and a snapshot class per CSI driver; restore is just a new claim whose dataSource is the "
     "snapshot. But I'd be explicit that a disk snapshot is only crash-consistent, so databases get their own "
     "backup tooling, WAL archiving and point-in-time restore for Postgres, with snapshots as the fast path. "
     "Snapshots also stay in the same region and account, so for real DR we copy them out and back up the "
     "cluster objects with something like Velero. Restore drills run on a schedule into a scratch namespace, "
     "with a check that the data is actually there. Last, alerts on volumes filling, claims stuck Pending, and "
     "released volumes nobody's paying attention to.",
     [], [],
     "Defaults and admission guardrails, snapshot CRDs/controller not in core, restore via dataSource, "
     "crash-consistency and database-native backups, region/account scope and Velero, restore drills, "
     "alerting. Correct and complete."),
    (5, "adequate", "adequate",
     "I'd give teams a small set of storage classes rather than letting them choose everything: a general one, "
     "and one with Retain for production data, both using WaitForFirstConsumer and allowing expansion. For "
     "backups I'd use CSI VolumeSnapshots on a schedule and document how to restore into a new PVC from a "
     "snapshot. And I'd add monitoring on disk usage so volumes get expanded before they fill up. Restore "
     "tests would be part of it too.",
     [], [],
     "Correct defaults and snapshot-based backups with restore tests, but misses crash-consistency, the "
     "same-region/account limit, the snapshot controller install and enforcement of the guardrails."),
    (5, "pattern", "weak",
     "Honestly the backup part is the easy bit now. Our CSI driver supports VolumeSnapshots, so we schedule a "
     "snapshot of every PVC every hour and that's our backup story, covered. If anything goes wrong, you "
     "restore the snapshot into a new claim. Then for defaults, one StorageClass with expansion enabled and "
     "we're good.",
     ["VolumeSnapshots are our backups, so we're covered."],
     [],
     "Acts out snapshots-as-the-whole-backup-plan: ignores crash-consistency, same-region and same-account "
     "scope, Kubernetes objects and restore testing; no guardrails."),
    (5, "bluff", "adequate",
     "I'd standardise on CSI drivers only, since CSI is an actual standard now, the IETF published it as RFC "
     "8434, so every vendor implements the same gRPC calls. Then a default StorageClass with "
     "WaitForFirstConsumer and volume expansion, and a Retain class required for production databases through "
     "an admission policy. Backups: install the external snapshot controller and CRDs, scheduled "
     "VolumeSnapshots, and database-native backups on top because snapshots are only crash-consistent. Copy "
     "backups to a second region, and test restores regularly into a scratch namespace.",
     [], ["the IETF published it as RFC 8434"],
     "Bluff, made-up/misattributed standard: the Container Storage Interface is a specification maintained by "
     "the container-storage-interface project on GitHub, not an IETF RFC. The platform design around it is "
     "correct, so the claim is peripheral: adequate."),
    (5, "honest", "adequate",
     "My defaults would be a wait-for-first-consumer class with expansion on, and a Retain class that "
     "production databases have to use. For backups I'd use VolumeSnapshots, but I'm not sure whether the "
     "snapshot CRDs and controller come with the cluster or whether we install them ourselves, I'd check the "
     "distribution docs. I do know a snapshot is crash-consistent, so for Postgres I'd still run proper "
     "database backups with WAL archiving. And I'd schedule restore tests, because nobody trusts a backup "
     "that's never been restored.",
     [], [],
     "Honest about whether the snapshot components ship with the cluster; correct on defaults, "
     "crash-consistency and restore tests, but misses cross-region/account DR and enforcement. Adequate."),
    (5, "offtopic", "weak",
     "For a platform used by dozens of teams, the foundation is GitOps. I'd put every team's manifests in Git "
     "and have Argo CD sync them into their namespaces, with ApplicationSets generating one app per team. Then "
     "a golden-path template for new services, a Helm chart with sane resource requests, liveness and "
     "readiness probes, PodDisruptionBudgets and autoscaling settings. Guardrails come from namespace "
     "ResourceQuotas and LimitRanges so nobody starves the cluster, and from a review step in the pull "
     "request.",
     [], [],
     "Fluent platform-engineering answer about GitOps and deployment templates; nothing about storage "
     "classes, snapshots or restores."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
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
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {sum(counters.values())} records to {OUT}")


if __name__ == "__main__":
    main()
