import json
A = []
def add(rnd, kind, band, bluff, answer, pq=None, fc=None, note=""):
    n = sum(1 for a in A if a["round"] == rnd) + 1
    A.append({"id": f"tfstate-r{rnd}-{n:02d}", "round": rnd, "answer": answer, "band": band,
              "bluff": bluff, "kind": kind, "pattern_quotes": pq or [], "false_claims": fc or [], "note": note})

# ---------------- Round 1: git-committed state -> remote backend
add(1, "strong", "strong", False,
 "So, um, the big problem is the state file is basically the map from your config addresses to the real IDs in AWS, and with it in Git you've got eight copies that drift apart, two people can apply at the same time, nothing locks, and uh, the state has passwords in plain text so they're in git history forever. What I'd do is an S3 bucket just for state, versioning turned on so we can roll back a bad write, KMS encryption, block public access, and only the CI role and a couple of admins can touch it. For locking, newer Terraform, 1.10 and up, can lock with a lockfile in S3 itself, use_lockfile, otherwise the old DynamoDB table with the LockID key. Then init with -migrate-state, gitignore the tfstate, rotate whatever secrets were committed, and have CI do the applies.",
 note="Covers concurrency, no locking, plaintext secrets in history, versioned+encrypted+restricted bucket, use_lockfile vs DynamoDB LockID, migrate-state, rotation, CI applies.")
add(1, "adequate", "adequate", False,
 "Yeah so committing state is a bad idea because Git doesn't lock anything, so if two of us apply around the same time one of us just clobbers the other's state, and merge conflicts in that JSON are a nightmare. I'd move it to a remote backend, like S3 with a DynamoDB table for locking, or Terraform Cloud if we want it managed, and run terraform init so it copies the state over. Then take the file out of the repo.",
 note="Core is right (concurrency, remote backend with locking, migration) but misses secrets in plaintext/Git history, versioning, encryption and access control.")
add(1, "weak", "weak", False,
 "Honestly I don't think it's that broken, the main thing is process. Just tell people to git pull before they apply, and push right after, and maybe post in Slack when you're running an apply so nobody else does at the same time. That's kind of how we did it at my last place and it was mostly okay.",
 pq=["Just tell people to git pull before they apply."],
 note="Exhibits the git-pull weak pattern; relies on convention instead of locking and ignores secrets in history.")
add(1, "bluff", "adequate", True,
 "Right, so Git has no locking and you get conflicting copies, so you move to the S3 backend with versioning on and locking, either the DynamoDB table or the newer S3 lockfile. The nice part about the S3 backend is when you set encrypt = true Terraform encrypts the state client-side with AES-GCM before it uploads, so even someone with full read on the bucket only sees ciphertext, which means the secrets problem basically goes away once you're off Git. Then migrate with init and delete the local file.",
 fc=["when you set encrypt = true Terraform encrypts the state client-side with AES-GCM before it uploads", "even someone with full read on the bucket only sees ciphertext"],
 note="Locking/versioning parts true, but encrypt = true only enables S3 server-side encryption; Terraform has no client-side state encryption (that is OpenTofu 1.7). Feature credited to the wrong product.")
add(1, "honest", "adequate", False,
 "So the two issues I see are, no locking, so concurrent applies can corrupt or overwrite the state, and the secrets, because state keeps things like DB passwords in plain text and Git keeps every version. I'd move to a remote backend with locking, S3 plus a lock is what I've used, and turn on bucket versioning. I've not used HCP Terraform in production myself, so I couldn't really tell you how its locking or encryption compares, I'd have to read up on that before recommending it.",
 note="Core correct (locking, plaintext secrets, remote backend, versioning); honestly admits no production experience with HCP Terraform. Missing encryption/access control/migration detail.")
add(1, "list", "weak", False,
 "Um, so, the keywords I'd throw at it: remote backend, S3 bucket, DynamoDB, LockID, use_lockfile, state locking, bucket versioning, server-side encryption, KMS, IAM bucket policy, HCP Terraform, migrate-state, gitignore, secrets rotation, CI pipeline.",
 note="Only names the right terms with no statement of the problem or how they fit together.")

# ---------------- Round 2: stuck lock after killed CI job
add(2, "strong", "strong", False,
 "Okay so the lock is just there so two runs that write state can't both do it at once. The error shows you the lock ID, who has it, what operation and when. So first I'd actually make sure that job is dead, check the CI runner, because if it's still going and I unlock it, that's how you get corrupted state. Then force-unlock with the ID, which only deletes the lock, it doesn't touch the state. But, um, the more important thing is the apply died halfway, so some stuff might exist in AWS that never made it into state. I'd look for an errored.tfstate, run a plan, and anything it wants to create that's already there I'd import. If state got mangled, restore the prior version from the bucket. Going forward, lock-timeout of a few minutes, one apply at a time per state in CI, and never lock=false.",
 note="Lock purpose, verifying the holder, force-unlock semantics, partial-apply cleanup (errored.tfstate, plan, import), versioned restore, prevention.")
add(2, "weak", "weak", False,
 "That happens to us all the time, the lock just gets stuck. Just run it again with -lock=false and it'll go through, then the next run takes the lock normally again. It's a bit of a hack but it unblocks the pipeline.",
 pq=["Just run it again with -lock=false."],
 note="Exhibits the -lock=false weak pattern; disables concurrency protection and ignores the half-finished apply.")
add(2, "bluff", "weak", True,
 "So this is pretty common, the CI job died so it never released the lock. The good news is you don't really need to do anything, Terraform locks in DynamoDB are written with a TTL and they automatically expire after 15 minutes, so after that the next run just picks it up. If you're impatient you can force-unlock with the lock ID from the error. To avoid it, give the job a longer timeout so it doesn't get killed.",
 fc=["Terraform locks in DynamoDB are written with a TTL and they automatically expire after 15 minutes"],
 note="Terraform state locks never expire on their own; a stale lock stays until force-unlock. Ignores the half-finished apply entirely, so weak.")
add(2, "bluff", "adequate", True,
 "The lock is protecting against concurrent writes, two applies overwriting each other's state. The error message gives you the lock ID and who holds it, so you check that the holder is really gone and run terraform force-unlock with the ID. And what's nice is force-unlock also rolls the state back to the last good serial, so whatever the half-finished apply wrote gets undone and you're back to a clean state. Then put lock-timeout on the CI runs and serialize applies so it doesn't happen again.",
 fc=["force-unlock also rolls the state back to the last good serial, so whatever the half-finished apply wrote gets undone"],
 note="Purpose, verification and prevention are right, but force-unlock only removes the lock; it never touches state, and rolling state back wouldn't undo real resources anyway.")
add(2, "hedged", "adequate", False,
 "So the lock stops concurrent state writes. I'd check the CI job is really dead and then force-unlock using the lock ID in the error. Then run a plan to see if the killed apply created anything that isn't tracked, and import that. To prevent it, I'd set -lock-timeout on every run, I think by default Terraform already waits about ten minutes for a lock before it errors, but I'd check that, and make CI run one apply at a time.",
 fc=["I think by default Terraform already waits about ten minutes for a lock before it errors"],
 note="Hedged wrong default (actual -lock-timeout default is 0s, it fails immediately), not a bluff. Core recovery steps correct, lighter on versioned restore and force-unlock semantics.")
add(2, "offtopic", "weak", False,
 "So locking in distributed systems is a whole thing, like in Kubernetes the controllers do leader election with a Lease object in the coordination API, and etcd gives you the compare-and-swap underneath. I'd probably look at whether we could use something like that, a proper lease with renewals, so if a process dies its lease just runs out and someone else becomes leader.",
 note="Talks about Kubernetes leader election, not Terraform state locks or recovering from the interrupted apply.")

# ---------------- Round 3: drift and import
add(3, "strong", "strong", False,
 "So I'd split it, the security group is drift and the forty resources are an import job. For the SG I'd run a plan with -refresh-only so I can see exactly what changed outside Terraform without it proposing to change anything, then talk to whoever did it, if it was a temporary incident hack a normal apply puts it back, if it's meant to stay it goes into the code. I wouldn't just slap ignore_changes on it. For detection, a nightly plan with -detailed-exitcode, exit code 2 means there's a diff, alert on that. For the forty resources, import blocks, that's 1.5 onwards, with to and id, and plan -generate-config-out to get draft HCL, tidy it up, and keep going till the plan is just imports and no changes. Do it in batches, careful with RDS. Then lock down console write access in prod.",
 note="Drift vs adoption split, refresh-only plan, owner decision, detailed-exitcode 2, import blocks 1.5 + generate-config-out, zero-change plan, batching, prevention.")
add(3, "adequate", "adequate", False,
 "For the console change, I'd run a plan and it'll show the security group rule differs from the code, and then we decide, either revert it by applying or update the code to match. For the hand-made resources I'd use terraform import for each one, write the resource block first and then import it with the ID, and check the plan is clean afterwards. Forty is a lot so I'd script it.",
 note="Correct basics (plan shows drift, decide revert vs codify, import with clean plan) but no refresh-only, no continuous detection, no import blocks/config generation, no prevention.")
add(3, "weak", "weak", False,
 "Just run terraform apply, it will fix the drift, that's the whole point of declarative infra, it converges back to what's in code. And for the resources nobody made with Terraform, I'd just write them in the code and apply and it'll pick them up.",
 pq=["Just run terraform apply, it will fix the drift."],
 fc=["I'd just write them in the code and apply and it'll pick them up"],
 note="Exhibits the blind-apply pattern; also wrong that applying new resource blocks adopts existing resources (it would try to create duplicates).")
add(3, "bluff", "adequate", True,
 "So first detect it, I'd run terraform plan -detailed-exitcode on a schedule, and exit code 1 means there are changes, so we alert on exit code 1. For the console change use a refresh-only plan to see what changed and decide with the team whether to revert or codify. For the forty unmanaged resources, import blocks, which came in back in Terraform 1.2, and the nice thing is the old terraform import command also writes the HCL for you into a file, so you get the config for free.",
 fc=["exit code 1 means there are changes, so we alert on exit code 1", "import blocks, which came in back in Terraform 1.2", "the old terraform import command also writes the HCL for you into a file"],
 note="Refresh-only and revert-or-codify are right, but -detailed-exitcode uses 2 for changes (1 is an error), import blocks arrived in 1.5, and the CLI import never generated config (that's plan -generate-config-out).")
add(3, "honest", "adequate", False,
 "Um so for the security group I'd do a refresh-only plan to see the drift, then either revert it or put the change in code, depending on whether it was meant to stay. For the unmanaged stuff there's the newer way with import blocks in the config instead of the CLI command, which is nicer because it goes through review and shows in the plan. Off the top of my head I don't remember which version added them, somewhere in 1.x, I'd check before telling the team to upgrade. And there's a flag to generate the config, I don't remember its exact name.",
 note="Right approach (refresh-only, revert vs codify, import blocks reviewed in plan, config generation) with honest gaps on version and flag name. No continuous detection.")
add(3, "list", "weak", False,
 "Okay, so for this one: drift detection, refresh-only plan, detailed-exitcode, terraform import, import blocks, generate-config-out, ignore_changes, moved blocks, removed blocks, health assessments, scheduled plans in CI, driftctl, read-only console access, yeah, those.",
 note="Lists relevant features without saying what to do or when.")

# ---------------- Round 4: workspaces vs separate state
add(4, "strong", "strong", False,
 "I agree with the goal, not the mechanism. CLI workspaces are just several state files under one backend, in S3 it's env:/ and the workspace name in front of the key, so dev and prod share the bucket, the permissions, and usually the same credentials, so whoever can apply dev can apply prod. And which workspace you're in isn't in the code, so sooner or later someone applies to prod thinking they're in dev. HashiCorp even says in the docs they're not meant for cases needing separate credentials and access control. What I'd do is shared versioned modules with the actual logic, and a thin root config per environment, ideally per component too, like network and app, each with its own backend key and its own account. Little duplication, small blast radius. Workspaces are fine for like throwaway per-branch stacks.",
 note="Shared backend/credentials, env: prefix, invisible selection, HashiCorp guidance, thin roots over shared modules, per-component blast radius, legit use for ephemeral stacks.")
add(4, "weak", "weak", False,
 "Yes, that's exactly what workspaces are for. You write it once, do terraform workspace new prod, and then use terraform.workspace in a lookup map to pick instance sizes and so on. It's way less code than copying folders around, so I'd go with it.",
 pq=["Yes, that's exactly what workspaces are for."],
 note="Accepts the proposal outright; no awareness of shared backend access, credentials or wrong-workspace applies.")
add(4, "bluff", "adequate", True,
 "I'd push back. Workspaces keep separate state files but everything else is shared, and the workspace you've selected isn't visible in code, so wrong-environment applies happen, HashiCorp's own State of Cloud Strategy survey found something like 70 percent of Terraform-related production outages come from workspace mix-ups. And unlike separate directories, workspaces can't each point at a different backend, so prod ends up in the same bucket as dev. I'd use separate root configs per environment calling shared modules.",
 fc=["HashiCorp's own State of Cloud Strategy survey found something like 70 percent of Terraform-related production outages come from workspace mix-ups"],
 note="Reasoning and recommendation are right (shared backend, invisible selection, thin roots over modules), but the statistic is invented; no such survey finding exists.")
add(4, "honest", "adequate", False,
 "I'd say no for prod. With workspaces the states all live in the same backend, so the access control is shared, you can't really say this group can only touch prod, and it's easy to be in the wrong workspace. I'd rather have a separate root module per environment that calls common modules, so the duplication is a few lines. I'd have to check the exact path S3 uses for the non-default workspaces, I know it's some prefix plus the workspace name, but I don't remember the default.",
 note="Correct core (shared backend/access, wrong-workspace risk, thin roots over modules); honestly doesn't remember env: prefix. Misses per-component split and accounts.")
add(4, "hedged", "adequate", False,
 "Mm, partly. Same code is good, but workspaces put every environment's state in the same backend, the non-default ones go under a prefix, I think the default is tf-workspaces/ but I'd double-check, so the same bucket policy and same credentials cover dev and prod. I'd do a separate root per environment with its own backend config, using shared modules so we don't duplicate logic.",
 fc=["I think the default is tf-workspaces/ but I'd double-check"],
 note="Hedged wrong default (actual workspace_key_prefix is env:), not a bluff. Core reasoning right but brief.")
add(4, "offtopic", "weak", False,
 "I think the real issue there is the branching model. If we use trunk-based development with short-lived feature branches and feature flags, then the same code goes everywhere and we just flip flags per environment, like with LaunchDarkly, instead of maintaining long-lived dev and prod branches that drift apart.",
 note="About application branching and feature flags, not Terraform workspaces or state separation.")

# ---------------- Round 5: secrets in state and platform design
add(5, "strong", "strong", False,
 "Right so, state is plain JSON with every attribute, and sensitive = true only masks it in the CLI output, the state and plan files still have it. So I'd stop the secrets getting in. For RDS, manage_master_user_password so RDS puts the password in Secrets Manager and Terraform never sees it, or on 1.11 plus the write-only password_wo argument with a version number. The TLS key from tls_private_key will always be in state, so generate it outside, ACM or Vault, and rotate both since they leaked. terraform_remote_state is a problem because to read one output you need read on the whole state, secrets and all, so publish shared values like subnet IDs to SSM Parameter Store instead. Then KMS key with tight decrypt rights, versioning, CloudTrail. For forty people, state per environment and component, separate accounts, only CI applies via OIDC roles, engineers get plan, policy checks, scheduled drift plans.",
 note="sensitive-only-masks, manage_master_user_password, write-only args 1.11, tls key elsewhere + rotation, remote_state exposure and SSM alternative, KMS/CloudTrail, platform design.")
add(5, "adequate", "adequate", False,
 "First thing, rotate the password and the key, they've been exposed. Then, Terraform stores everything in state in plain text, so the fix is to not have Terraform handle the secret, like let RDS manage the master password in Secrets Manager. And the remote state thing, if team B reads team A's state they can see all of A's secrets, so I'd lock down who can read each state. Longer term, separate state per team and environment, with the state bucket encrypted and applies from a pipeline.",
 note="Core right (rotate, plaintext state, RDS-managed password, remote_state exposes everything, isolation) but no sensitive caveat, no write-only/ephemeral, no alternative to remote_state, thin platform design.")
add(5, "weak", "weak", False,
 "Easy fix there, mark the password as sensitive so it's not in state, you set sensitive = true on the variable and the output, and Terraform redacts it. And for the other teams, they should only read outputs anyway so that's fine.",
 pq=["Mark the password as sensitive so it's not in state."],
 fc=["mark the password as sensitive so it's not in state", "they should only read outputs anyway so that's fine"],
 note="Exhibits the sensitive-flag misconception; sensitive only redacts CLI output. Also misses that remote_state readers need access to the whole state.")
add(5, "bluff", "adequate", True,
 "So the root cause is the values get persisted, which is why you rotate those two first. The reason it happened is probably older code, because since Terraform 0.14, anything marked sensitive = true is encrypted in the state file with the backend's KMS key, so the fix is mostly going through and marking the password and private key sensitive. For remote state I'd move teams to publishing outputs into SSM Parameter Store, and for the platform, separate state per environment with CI-only applies.",
 fc=["since Terraform 0.14, anything marked sensitive = true is encrypted in the state file with the backend's KMS key"],
 note="Rotation, SSM publishing and per-environment CI design are right, but sensitive values are never encrypted in state; 0.14 only added redaction of sensitive variables in output.")
add(5, "bluff", "adequate", True,
 "Yeah so state is plaintext, sensitive just hides it in the output. For RDS I'd use manage_master_user_password so Secrets Manager owns it, and use ephemeral resources for reading secrets, which have been around since Terraform 1.5, so they never hit state. On terraform_remote_state, that's actually not an exposure, the data source only requests the outputs section, so the consuming team's role only needs permission on the outputs and can't see the resource attributes with the secrets. I'd still encrypt the bucket with KMS and do per-environment states.",
 fc=["which have been around since Terraform 1.5", "the data source only requests the outputs section, so the consuming team's role only needs permission on the outputs and can't see the resource attributes with the secrets"],
 note="sensitive caveat and manage_master_user_password are right, but ephemeral resources arrived in 1.10, and terraform_remote_state needs read access to the whole state snapshot; there is no outputs-only permission.")
add(5, "honest", "adequate", False,
 "So state keeps every attribute in plaintext, sensitive only hides it from the terminal, so the fix is to keep the secrets out of Terraform. There are these newer write-only arguments where the provider gets the value but it's not saved, I haven't actually used them yet and I'd need to check if the AWS provider version we're pinned to supports it for RDS, otherwise RDS can manage its own master password in Secrets Manager. And I'd rotate both secrets now. For remote state, I'd move to publishing outputs somewhere like Parameter Store so teams don't need read on each other's state.",
 note="Correct on sensitive, write-only args, RDS-managed password, rotation, remote_state replacement; honest about not having used write-only arguments. Little on platform design.")

assert len(A) == 30
with open("/work/evalsets/fresh3/terraform-state/terraform-state_answers.jsonl", "w") as f:
    for a in A:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
