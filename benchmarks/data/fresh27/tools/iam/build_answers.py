#!/usr/bin/env python3
"""Build aws-iam-policies_answers.jsonl: 30 labelled candidate answers (6 per round).

Standard library only. Run: python3 build_answers.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "aws-iam-policies_answers.jsonl")

# Each entry: (round, answer, band, kind, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: policy evaluation logic ----------------
    (1,
     "Okay, so the starting point is that everything is denied unless something allows it. Then AWS pulls "
     "together all the policies in play, so the role's own policies, the bucket policy, any permissions "
     "boundary on the role, the SCPs from the org, and a session policy if one was passed when the role got "
     "assumed. An explicit deny anywhere ends it, nothing overrides that. The guardrail types, SCPs and "
     "boundaries and session policies, don't grant anything, they just cap it, so GetObject has to fit "
     "under every one of those caps. And then you still need a real allow, identity side or resource side "
     "when it's all one account. For this developer I'd read the bucket policy first, people often put a "
     "deny in there unless the call comes over TLS or through one particular VPC endpoint. Then the SCP, "
     "then the boundary, then conditions in their own policy that just don't match, say on tags or on where the call comes from. "
     "And if the object is SSE-KMS they need decrypt on the key too, that one bites people. CloudTrail has "
     "the event, and the error text often says which kind of policy did the denying.",
     "strong", "strong", [], [],
     "Covers implicit deny, explicit-deny precedence, ceilings vs grants, same-account rule, and the concrete "
     "checks including KMS; correct and in its own words."),
    (1,
     "So by default everything's denied. If any policy has an explicit deny for the action, that beats any "
     "allow, always. Otherwise you need an allow somewhere, usually the identity policy on the role or the "
     "resource policy on the bucket. So if the developer's policy allows GetObject and they still get "
     "denied, my guess is there's a deny in the bucket policy, maybe one that only lets traffic in from a "
     "certain VPC endpoint. I'd go read the bucket policy and look up the denied call in CloudTrail.",
     "adequate", "adequate", [], [],
     "Core rules (implicit deny, explicit deny wins, need an allow) are right, but it misses SCPs, "
     "permissions boundaries, session policies and the KMS key."),
    (1,
     "Honestly, if the identity policy says allow on GetObject for that bucket, then they should be getting "
     "the object. I'd bet it's just IAM being slow, you know, the policy was probably attached a minute ago "
     "and it hasn't propagated yet. I'd tell them to wait a bit and retry, and if it still fails after "
     "that, open a support case with AWS, because at that point something's broken on their end.",
     "weak", "pattern",
     ["If my policy allows it, I should have access, so it must be a bug or propagation delay."],
     ["if the identity policy says allow on GetObject for that bucket, then they should be getting the object"],
     "Acts out the 'my policy allows it, so it's a bug or propagation' pattern; ignores explicit denies and "
     "guardrails. The misconception is listed as a false claim."),
    (1,
     "Right, so IAM evaluates all the policies that apply, and when they conflict, the more specific "
     "statement wins. So if there's a broad deny over the whole service but a narrow allow on one "
     "particular bucket, the narrow allow takes precedence for that bucket. That's exactly why you scope "
     "your allows tightly. For this developer I'd look for a deny that's more specific than their allow, "
     "say a bucket policy that denies their role by name, because a targeted deny like that beats their "
     "generic allow. I'd also check the SCP and any permissions boundary, since those set the ceiling, and "
     "confirm in CloudTrail which statement matched.",
     "weak", "bluff", [],
     ["when they conflict, the more specific statement wins",
      "the narrow allow takes precedence for that bucket"],
     "Bluff, mechanism in plain words: specificity does not matter in IAM, an explicit deny always overrides "
     "any allow. The false rule is the centre of the answer, so weak."),
    (1,
     "So I know the big rules: the default is deny, an explicit deny anywhere beats any allow, and things "
     "like SCPs and permissions boundaries only limit what you can do, they never grant anything. What I "
     "don't remember exactly is the full order AWS walks through, like whether the resource policy is "
     "looked at before the boundary or after, and the same-account edge cases where a bucket policy on its "
     "own is enough. I'd need to look that up in the evaluation logic docs. In practice I'd read the denied "
     "message, check CloudTrail, and go through the bucket policy, the SCP and the boundary one at a time.",
     "adequate", "honest", [], [],
     "Honest about the exact evaluation order and same-account edge cases; the core rules it states are "
     "correct, but it misses KMS and session policies, so adequate."),
    (1,
     "Okay so, the things that matter here, off the top of my head: implicit deny, explicit deny, "
     "identity-based policies, resource-based policies, the bucket policy, service control policies, "
     "resource control policies, permissions boundaries, session policies, condition keys, VPC endpoint "
     "policies, KMS key policies, CloudTrail, the policy simulator, and Access Analyzer. Yeah, those are "
     "the pieces I'd be thinking about.",
     "weak", "list", [], [],
     "Only names the right terms; says nothing about how they interact or what to check."),

    # ---------------- Round 2: cross-account S3 + KMS ----------------
    (2,
     "So cross-account, both accounts have to agree. On the A side, the Lambda's execution role needs a "
     "policy allowing GetObject on the objects in B's bucket, and decrypt on B's key ARN. On the B side, "
     "the bucket policy names that role as the principal, I'd put the role ARN in rather than trusting all "
     "of account A. And then the part people miss, the key policy. KMS is the one where the resource policy "
     "is the gatekeeper, IAM policies only count if the key policy hands control to the account, which the "
     "default one does through the account root principal. So B's key policy has to let A's role decrypt. "
     "And it needs to be one of your own keys, if they'd used the aws/s3 managed key you couldn't share it "
     "at all, you'd have to re-encrypt. The other option is the Lambda assumes a role in B, with a trust "
     "policy naming A's role, and then it's all same-account inside B. If a piece is missing you get a 403 "
     "AccessDenied and B's CloudTrail shows it.",
     "strong", "strong", [], [],
     "Both-sides rule, role ARN as principal, key policy gatekeeping with root delegation, aws/s3 managed key "
     "limitation, assume-role alternative, 403. Correct and complete."),
    (2,
     "I'd need the Lambda's role in account A to have a policy allowing GetObject on that bucket, and "
     "account B's bucket policy to allow that role as principal, because cross-account you need both "
     "sides. Then for the encryption, the key's policy over in B also has to allow the role to decrypt, "
     "otherwise reads fail even though S3 itself lets you in. I think that's the minimum you need.",
     "adequate", "adequate", [], [],
     "Core is right (both sides plus key policy), but misses kms:Decrypt in A's own policy, the aws/s3 "
     "managed-key limitation and the assume-role alternative."),
    (2,
     "Easy one. You go into account B, open the bucket policy, and add a statement with the Lambda role's "
     "ARN as the principal and GetObject on the bucket's objects. Once the bucket owner allows it, the "
     "Lambda can read. Encryption is handled by S3 transparently so you don't need to think about the key. "
     "Done, that's all there is to it.",
     "weak", "pattern",
     ["Put the Lambda role's ARN in the bucket policy and you're done."],
     ["Once the bucket owner allows it, the Lambda can read.",
      "Encryption is handled by S3 transparently so you don't need to think about the key."],
     "Acts out the 'bucket policy and you're done' pattern; cross-account needs A's identity policy and the "
     "KMS key policy too. The false statements are listed."),
    (2,
     "Right, so the way cross-account works is that the account that owns the data is in charge. Once the "
     "bucket owner's policy says yes to a principal from outside, the caller's own account never gets a "
     "say, its policies just aren't consulted. So all the work is on B's side: the bucket policy granting "
     "the Lambda role GetObject, and the key policy granting it decrypt on the customer managed key. On A's "
     "side you just need the role to exist. If it fails, I'd check B's CloudTrail.",
     "weak", "bluff", [],
     ["the caller's own account never gets a say, its policies just aren't consulted",
      "On A's side you just need the role to exist."],
     "Bluff, mechanism in plain words and a false absolute: across accounts the caller's identity policy "
     "must also allow the action. Central to the design, so weak."),
    (2,
     "You need allows on both sides. In account A, the function's execution role gets GetObject on the "
     "bucket's objects and decrypt on the key. In account B, the bucket policy names the role as "
     "principal, and the key policy allows that same role to decrypt, since KMS won't honour an IAM "
     "policy unless the key policy lets it. If any piece is missing, S3 answers with a 401 Unauthorized, "
     "which is how you tell it's a permissions problem and not something wrong with the data.",
     "adequate", "bluff", [],
     ["S3 answers with a 401 Unauthorized"],
     "Bluff, wrong status code: an S3 permission failure is 403 AccessDenied, not 401. The design itself is "
     "right, so adequate."),
    (2,
     "So I'd have the role in A allowed to GetObject and to decrypt, and the bucket policy and key policy in "
     "B allowing the role. Or the cleaner option, the Lambda assumes a role in account B. For that the "
     "trust policy names A's role, and the session you get back lasts, I think the maximum is four hours "
     "for a role session, but I'd want to check that. Either way, for a Lambda invocation that's plenty.",
     "adequate", "hedged", [],
     ["I think the maximum is four hours for a role session"],
     "Hedged wrong number: a role's maximum session is configurable from 1 to 12 hours, and assuming a role "
     "from Lambda's role credentials is role chaining, capped at 1 hour. Rest of the design is right."),

    # ---------------- Round 3: safe delegation ----------------
    (3,
     "The way people escalate here is simple: make a role with admin on it, hand it to a Lambda you "
     "control, and now you're admin. So, permissions boundaries. Platform owns a boundary policy that's "
     "the ceiling for anything a team creates. The teams' own permissions let them create roles and attach "
     "policies only when the request sets that exact boundary, using the permissions boundary condition "
     "key, otherwise it's denied. Then you plug the holes: they can't remove or swap the boundary on a "
     "role, they can't edit or delete the boundary policy, and they can only touch roles under their own "
     "path or name prefix. PassRole's the other big one, I'd scope it to their prefix and add the passed "
     "to service condition so it only goes to Lambda and EC2. Above all that, SCPs on the OU for the things "
     "nobody in the account should ever do, like turning off CloudTrail or leaving the org, with the "
     "pipeline role exempted. Those never touch the management account, so nothing runs there. And I'd "
     "test the escalation paths automatically in CI.",
     "strong", "strong", [], [],
     "Names the escalation path, boundary enforced by condition, denies on removing/editing the boundary, "
     "prefix scoping, PassRole with PassedToService, SCP guardrails, management-account caveat, testing."),
    (3,
     "I'd use permissions boundaries. You create a boundary policy that caps what team-created roles can "
     "do, and you only let developers create roles if they attach that boundary, with a condition in "
     "their policy. That way even if they attach AdministratorAccess to the new role, the effective "
     "permissions are limited to what the boundary allows. Plus SCPs on the accounts for the big "
     "guardrails.",
     "adequate", "adequate", [], [],
     "Boundary-on-create is the right core, but it misses iam:PassRole, denying removal or editing of the "
     "boundary, and name/path scoping, so it can still be escalated."),
    (3,
     "I'd do it at the organization level. Write an SCP for the product OU that grants iam:CreateRole and "
     "iam:AttachRolePolicy, attach it to their accounts, and the teams get role creation without anyone "
     "touching their individual permissions. The security team owns the SCP, so they stay in control of "
     "exactly what's granted, and developers don't need a ticket anymore.",
     "weak", "pattern",
     ["Use an SCP to grant the teams the IAM permissions they need."],
     ["Write an SCP for the product OU that grants iam:CreateRole and iam:AttachRolePolicy",
      "the teams get role creation without anyone touching their individual permissions"],
     "Acts out the 'SCP grants permissions' pattern; SCPs only set a ceiling and never grant. The "
     "misconception is listed as false claims; labelled pattern, not bluff."),
    (3,
     "Main tool is a permissions boundary. Teams can create roles only if they set the platform's boundary "
     "on them, enforced with the iam:PermissionsBoundary condition, and they're denied removing it or "
     "editing the boundary policy. PassRole gets scoped to their own role prefix, so they can't hand "
     "someone else's powerful role to a service. For org-wide guardrails I'd layer SCPs, and you've got a "
     "lot of room there, you can attach up to twenty SCPs directly to each OU, so I'd keep them small and "
     "single-purpose, one for CloudTrail, one for regions, one for IAM and so on.",
     "adequate", "bluff", [],
     ["you can attach up to twenty SCPs directly to each OU"],
     "Bluff, contradicted number: the quota is 5 SCPs attached per root, OU or account. The delegation "
     "design is right, so adequate."),
    (3,
     "So the escalation path is a team making a role with more power than they have and then passing it to "
     "a service, and I'd shut that with a permissions boundary. Developers may create roles only if the "
     "request attaches our boundary, that's a condition on the boundary key, and they're explicitly denied "
     "deleting or replacing boundaries and changing the boundary policy's versions. PassRole only on their "
     "own name prefix, limited to the Lambda and EC2 service principals. SCPs on the OU for CloudTrail, org "
     "membership and the platform's roles. What I'd have to look up is the exact list of IAM actions that "
     "can modify a policy, I always forget a couple, and the precise name of the condition key that "
     "restricts which service a role is passed to. I'd check those in the service authorization reference "
     "before shipping.",
     "strong", "honest", [], [],
     "Honest about exact action and condition-key names, but covers almost all the substance correctly: "
     "boundary enforcement, anti-tamper denies, PassRole scoping, SCPs. Banded strong."),
    (3,
     "I'd start with the network. Each team gets its own VPC with private subnets, and the Lambdas and EC2 "
     "instances run there behind security groups that only open the ports they need. Traffic between teams "
     "goes through a Transit Gateway with route tables, so one team can't reach another team's databases, "
     "and egress goes through a NAT gateway and a firewall so nothing calls out to the internet "
     "unexpectedly. Then VPC flow logs go into a central account for security. That isolation is what "
     "really keeps teams from stepping on each other.",
     "weak", "offtopic", [], [],
     "Fluent, but about network segmentation, not IAM role delegation or privilege escalation."),

    # ---------------- Round 4: admin in dev ----------------
    (4,
     "I'd mostly agree, with guardrails. The account is the real security boundary in AWS, an admin in dev "
     "can't touch prod unless something in prod trusts dev. So humans having admin in a properly isolated "
     "dev account is fine, and honestly common. What I'd insist on: no prod data or secrets in dev, no "
     "trust from prod to dev, SCPs on the dev OU they can't override, CloudTrail always on, approved "
     "regions, no IAM users or access keys. Logins through Identity Center with short sessions. A budget "
     "alert in case a key leaks and someone mines crypto. Where I'd push back is the workload roles. The "
     "role the service runs with is what goes to prod, so that one has to be least privilege. Let them "
     "build with broad permissions, then generate a tight policy from what CloudTrail saw, Access Analyzer "
     "does that, and validate it in the pipeline. So, admin for people in dev, scoped roles for the app.",
     "strong", "strong", [], [],
     "Account isolation as the boundary, conditions (no prod trust or data, SCPs, Identity Center, budgets), "
     "and the workload-role distinction with Access Analyzer. Correct and balanced."),
    (4,
     "Yeah, I'm with the tech lead on this. Dev is dev, there's nothing valuable in there, so give everyone "
     "AdministratorAccess and let them move fast. We put our security effort into production, where the "
     "customers are. If something goes wrong in dev, we just nuke the account and rebuild it, that's the "
     "whole point of having one.",
     "weak", "pattern",
     ["Sure, dev doesn't matter, give everyone admin and move on."],
     [],
     "Acts out the 'dev doesn't matter, admin for all' pattern; no guardrails, ignores cross-account trust, "
     "leaked keys and workload roles."),
    (4,
     "I think it's fine with guardrails. Account isolation means admin in dev can't reach prod unless prod "
     "trusts dev, so keep it that way: no cross-account roles into prod, no prod data. SCPs on the dev OU "
     "keep CloudTrail on and block leaving the org. The part I'd still make least privilege is the "
     "application's role, because it ships to prod. GuardDuty is handy there, it has a policy generation "
     "feature that reads the role's CloudTrail history and writes you a least-privilege policy, so "
     "developers can stay broad while building and tighten at the end.",
     "adequate", "bluff", [],
     ["GuardDuty is handy there, it has a policy generation feature that reads the role's CloudTrail history "
      "and writes you a least-privilege policy"],
     "Bluff, feature credited to the wrong product: policy generation from CloudTrail is IAM Access "
     "Analyzer, not GuardDuty. The position is otherwise sound, so adequate."),
    (4,
     "My instinct is yes for humans in dev, but only if dev is really separate: nothing in prod trusts it, "
     "no prod data, SCPs they can't remove. The application roles still need to be scoped, since they end "
     "up in prod. I know there's a feature in IAM Access Analyzer that generates a policy from CloudTrail "
     "activity, but honestly I don't remember how far back it looks or whether it picks up data events, "
     "I'd have to check the docs before promising the team it covers everything.",
     "adequate", "honest", [], [],
     "Right position and right tool, honest about the look-back window and data events; lighter on the "
     "specific guardrails, so adequate."),
    (4,
     "Hmm, things that come to mind: account isolation, service control policies, the dev OU, IAM Identity "
     "Center, permission sets, AdministratorAccess, PowerUserAccess, least privilege, Access Analyzer, "
     "policy generation, CloudTrail, budgets, GuardDuty, cross-account trust, workload roles. That's "
     "roughly the toolbox I'd be reaching for here.",
     "weak", "list", [], [],
     "Only lists relevant terms; takes no position and explains nothing."),
    (4,
     "I'd allow it for people, in isolated dev accounts with SCP guardrails and nothing in prod trusting "
     "dev. For the app roles, I'd have them build broad and then tighten with Access Analyzer's policy "
     "generation, which builds the policy from CloudTrail. I think it only looks at the last seven days of "
     "activity, I'd double check that, so they'd need to exercise every code path that week.",
     "adequate", "hedged", [],
     ["I think it only looks at the last seven days of activity"],
     "Hedged wrong number: policy generation can analyse a chosen range of up to 90 days of CloudTrail "
     "events. The position is right."),

    # ---------------- Round 5: IAM at scale ----------------
    (5,
     "At that size I'd move everyone onto IAM Identity Center connected to our identity provider, so no "
     "IAM users, and manage access with permission sets assigned to groups. Policies and SCPs go into a "
     "repo and get deployed through a pipeline, with Access Analyzer checking them in pull requests. And "
     "I'd look at tag-based access control so we're not writing a new policy for every team.",
     "adequate", "adequate", [], [],
     "Federation, permission sets, policy as code and ABAC are right, but it says nothing about removing "
     "unused access, data perimeter, or workload credentials."),
    (5,
     "Pretty straightforward: I'd give each team their own role in every account they use, and the role "
     "gets whatever permissions the team asks for in their request. That keeps it simple, everyone knows "
     "which role is theirs. When a team needs something new, they ask and we add it to their role. With "
     "automation, creating those roles across 400 accounts isn't a big deal.",
     "weak", "pattern",
     ["Create one role per team per account with the permissions they ask for."],
     [],
     "Acts out the role-per-team pattern; permissions only grow and nothing removes unused access."),
    (5,
     "I'd centralise identity with IAM Identity Center federated to our IdP, with permission sets per job "
     "function, so nobody has IAM users. Then I'd move to attribute-based access control, which is the "
     "model NIST SP 800-207 defines, where a principal's team tag has to match the resource's team tag, so "
     "one policy covers every team instead of one per team. All of it lives in code with Access Analyzer "
     "checks in the pipeline, and we use the unused access findings to trim roles on a schedule.",
     "adequate", "bluff", [],
     ["attribute-based access control, which is the model NIST SP 800-207 defines"],
     "Bluff, misattributed standard: NIST SP 800-207 is Zero Trust Architecture; ABAC is described in NIST SP "
     "800-162. The strategy is otherwise right, so adequate."),
    (5,
     "First, no IAM users for humans, everything goes through Identity Center and our IdP, with short "
     "sessions. That matters because AWS's own incident data shows about 83 percent of account compromises "
     "start from a long-lived IAM user access key. Second, attribute-based policies with principal and "
     "resource tags, so we don't need a policy per team. Third, policies as code with automated validation "
     "in pull requests. And fourth, clean up continuously with last-accessed data and Access Analyzer's "
     "unused access findings.",
     "adequate", "bluff", [],
     ["AWS's own incident data shows about 83 percent of account compromises start from a long-lived IAM "
      "user access key"],
     "Bluff, invented statistic: AWS publishes no such figure. The plan itself is sound, so adequate."),
    (5,
     "I'd push everyone onto federated access through IAM Identity Center so we stop having IAM users, and "
     "keep SCPs and permission sets in code with review. I've read about tag-based ABAC being the way to "
     "scale past per-team policies, but I haven't run it myself, and I'd need to look up which services "
     "actually support authorizing on resource tags, because I know coverage isn't complete. Same with "
     "Access Analyzer's unused access feature, I know it exists, but I'd need to check what it costs per "
     "role before turning it on across 400 accounts.",
     "adequate", "honest", [], [],
     "Correct direction (federation, code, ABAC, unused access), honest about service coverage for tags and "
     "pricing; thin on detail, so adequate."),
    (5,
     "At 400 accounts the real problem is cost visibility. I'd enforce a tagging standard for cost centre "
     "and environment, turn on Cost Explorer and the Cost and Usage Report into Athena, and give each team a "
     "dashboard with their spend per account. Savings Plans and Reserved Instances get bought centrally. "
     "And monthly reviews with each team lead to go over anomalies, because without that the bill grows "
     "faster than the headcount.",
     "weak", "offtopic", [], [],
     "Fluent, but about cost management, not IAM or least privilege at scale."),
]


def build():
    counters = {}
    records = []
    for rnd, answer, band, kind, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        rec = {
            "id": "iam-r%d-%02d" % (rnd, counters[rnd]),
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": pq,
            "false_claims": fc,
            "note": note,
        }
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))


if __name__ == "__main__":
    build()
