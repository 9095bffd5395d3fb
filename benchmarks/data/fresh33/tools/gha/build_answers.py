"""Build the 30 labelled answers for the github-actions-security gauntlet.

Writes github-actions-security_answers.jsonl next to this file.
Run: .venv/bin/python build_answers.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "github-actions-security_answers.jsonl"
SHORT = "gha"

# Common Weak Answers quotes (verbatim from github-actions-security.txt)
R1_POPULAR = "We only use popular actions from the Marketplace, so they're safe."
R2_MASKED = "Secrets are masked in the logs, so even if the PR code runs it can't steal anything."
R2_BASE = "pull_request_target is the safe one, because the workflow file comes from the base branch."
R3_ENVSECRET = "Store the keys in an environment secret instead of a repository secret."
R3_ROTATE = "Rotate the access keys every 90 days."
R4_APPROVAL = "Approval for first-time contributors means only reviewed code runs on the runner."
R5_GUIDE = "Send every team a secure-workflows guide and trust them to follow it."
R5_CACHE = "The cache only speeds up builds, so it isn't a security boundary."

# (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: token permissions and action pinning ----------------
    (1, "strong", "strong",
     "Okay, so the way I see it there are two problems stacked on each other. With no permissions block, "
     "every job inherits the repo's default token scope, and if this repo or the org predates GitHub's "
     "early-2023 switch to read-only defaults, that's likely read-write on contents, issues, pull requests, "
     "packages and so on. Meanwhile those @v2 references are tags, and a tag can be moved by anyone who "
     "controls, or compromises, the action's repo. The tj-actions/changed-files incident in March 2025 was "
     "exactly that: tags repointed to code that printed secrets into logs. So the malicious code gets our "
     "secrets plus a token that can push. What I'd do: flip the org default to read-only, put "
     "permissions: contents: read at the top of each workflow and only grant extra scopes per job. And "
     "remember, naming one scope sets everything unnamed to none. Then swap the tags for full commit SHAs, "
     "keep a version comment next to each, and have Dependabot raise the update PRs.",
     [], [],
     "Covers the inherited default and the 2023 change, mutable tags with the tj-actions example, per-job "
     "scopes and the unlisted-means-none rule, full SHA pins with an update path. Correct and complete."),
    (1, "pattern", "weak",
     "Honestly I don't think this is a big risk. The actions we use are all popular ones from the "
     "Marketplace, things with thousands of stars that huge companies also depend on, and the Marketplace "
     "reviews the code of every action before it gets listed. So I'd leave the references "
     "as they are, maybe add a permissions block at some point, but I'd really focus the security effort on "
     "our own application code rather than on well-known actions.",
     [R1_POPULAR],
     ["the Marketplace reviews the code of every action before it gets listed"],
     "Acts out the 'popular Marketplace actions are safe' pattern; the belief behind it is false: a "
     "Marketplace listing involves no code review, and later tag moves are never re-checked."),
    (1, "bluff", "adequate",
     "So the default token is the first thing. Without a permissions key the job gets the repo default, "
     "which on older repos is broad write access. I'd add a top-level permissions block with contents: read "
     "and only elevate per job. The reason this matters so much is that the GITHUB_TOKEN stays valid for 24 "
     "hours after the job finishes, so a token that leaks into a log or an artifact is usable by an attacker "
     "for a full day afterwards. And on the actions, I'd pin them to full commit SHAs rather than v2, "
     "because tags can be moved to different commits by the action's maintainer or by someone who "
     "compromises them.",
     [], ["the GITHUB_TOKEN stays valid for 24 hours after the job finishes"],
     "Bluff, contradicted duration: the GITHUB_TOKEN expires when the job finishes (24 hours is only the "
     "maximum lifetime of a job's token). The rest is correct, so the false claim is peripheral: adequate."),
    (1, "bluff", "adequate",
     "Yeah, the two things I'd fix are the permissions and the action references. For permissions, at the "
     "top of every workflow I'd set contents: read, and give write scopes just to the jobs that need them, "
     "like a release job that needs contents: write. For the references, tags are mutable, so I'd pin to "
     "commit SHAs. And the nice part is you don't have to do it by hand: Dependabot has a setting that "
     "rewrites all your tag references to pinned SHAs across the repo, so you just turn it on in "
     "dependabot.yml and it opens one PR converting everything, and then keeps them updated.",
     [], ["Dependabot has a setting that rewrites all your tag references to pinned SHAs across the repo"],
     "Bluff, feature credited to the wrong product: Dependabot bumps SHA pins that already exist but does "
     "not convert tags to SHAs; that is Renovate's helpers:pinGitHubActionDigests preset or tools such as "
     "pinact. Core advice is right, so adequate."),
    (1, "honest", "adequate",
     "The big risk is that each job's token gets the default permissions, which might be write access to a "
     "lot of things, and the third-party actions run with that token. I know GitHub changed the default to "
     "read-only for new orgs and repos at some point, but I'd have to look up when, and whether it applied "
     "to existing repos. I don't think it did. I'd add explicit permissions per workflow. On the tags, I know "
     "a tag can be moved, so pinning to a SHA is safer, though I'd need to check how we'd keep those "
     "updated. I believe Dependabot handles it, but I haven't set that up myself.",
     [], [],
     "Honest about the date of the default change and the update tooling; what it states is right "
     "(defaults, explicit permissions, SHA pins) but it lacks the unlisted-scope rule and a concrete incident."),
    (1, "list", "weak",
     "So, um, the things that come to mind here: least privilege, the permissions key, contents read, "
     "id-token, the GITHUB_TOKEN default setting, SHA pinning, Dependabot for actions, tj-actions, "
     "supply-chain attacks, Harden-Runner, OpenSSF Scorecard, the allowed actions policy, CODEOWNERS. "
     "Those are basically the areas I'd be looking at first.",
     [], [],
     "Names the right terms without saying what the risk is or what to change."),

    # ---------------- Round 2: pull_request_target and script injection ----------------
    (2, "adequate", "adequate",
     "The main bug is the checkout. pull_request_target runs with the base repo's privileges, secrets are "
     "there and the token can usually write, so checking out the contributor's head commit and running npm "
     "install means their package.json scripts run with all of that. Anyone can open a PR from a fork and "
     "exfiltrate the secrets. I'd move the build and tests to a plain pull_request workflow, where forks get "
     "a read-only token and no secrets. The title thing in the echo also looks risky, since the title is "
     "attacker-controlled, so I'd get rid of that step or at least not print user input.",
     [], [],
     "Gets the pwn request right and the pull_request fix; on the title it only senses risk, without the "
     "expansion-before-shell mechanism or the environment-variable fix."),
    (2, "pattern", "weak",
     "I think people overstate this one. Yes, pull_request_target gives the job secrets, but GitHub masks "
     "every secret in the log output, you just see three asterisks. So even if the PR's test code runs and "
     "tries to print a token, nobody reading the logs gets it. The real concern would be if someone could "
     "edit the workflow file itself, and with pull_request_target the workflow file comes from the base, so "
     "that's covered. I'd probably leave it and just keep an eye out for weird PRs.",
     [R2_MASKED, R2_BASE],
     ["So even if the PR's test code runs and tries to print a token, nobody reading the logs gets it."],
     "Acts out the masking and base-branch patterns; masking is bypassed by encoding or by sending the "
     "secret over the network, and a trusted workflow file still runs untrusted checked-out code."),
    (2, "bluff", "adequate",
     "So, two things. Using pull_request_target and then checking out the PR head is the well-known pwn "
     "request: the contributor's code runs in a job that has secrets and a writable token. Under plain "
     "pull_request a fork gets a read-only token and no secrets, so if their code tries to push or comment "
     "through the API it just fails, GitHub answers with a 401 Bad credentials. That's the behaviour you "
     "want for untrusted code. And the title: it's expanded into the shell script before it runs, so a "
     "crafted title becomes commands. Put it in an env var and quote the variable.",
     [], ["GitHub answers with a 401 Bad credentials"],
     "Bluff, wrong status code and error: a read-only GITHUB_TOKEN attempting a write gets 403 'Resource "
     "not accessible by integration' (a push is refused with a 403 permission denied), not 401 Bad "
     "credentials; the token is valid, just not permitted. Peripheral: adequate."),
    (2, "bluff", "weak",
     "The issue with pull_request_target is that, unlike pull_request, it automatically checks out and runs "
     "the contributor's branch instead of the target branch, and it does that with secrets loaded. So any "
     "pull_request_target workflow is basically running fork code with your secrets, whether or not there's "
     "a checkout step. The fix is just to never use pull_request_target and switch everything to "
     "pull_request. For the title, I'd quote it properly in the echo so the shell doesn't split it.",
     [], ["it automatically checks out and runs the contributor's branch instead of the target branch"],
     "Bluff, wrong mechanism in plain words: pull_request_target runs in the base context and a default "
     "checkout gets the base, not the PR head; the danger comes from explicitly checking out the head. "
     "Central to the question, and the title fix is also wrong: weak."),
    (2, "hedged", "adequate",
     "The checkout of the PR head under pull_request_target is the main problem. That's running a "
     "stranger's code with your secrets and a token that may be able to write. Build and test belong in a "
     "pull_request workflow. The title in the run line is classic script injection: the expression is "
     "pasted into the script before the shell runs it, so you route it through env and reference the "
     "variable instead. GitHub actually had a related problem with the old set-env workflow command, which "
     "let anything printed to the log set environment variables. I think they disabled that around 2022, "
     "but I'd have to check the year.",
     [], ["I think they disabled that around 2022"],
     "Hedged wrong date: set-env and add-path were disabled in November 2020 (CVE-2020-15228). The rest is "
     "correct but brief on why the env fix works: adequate."),
    (2, "offtopic", "weak",
     "Injection is really about output encoding. If the PR title ends up in a web page, say we render it on "
     "a dashboard, you need to HTML-escape it so a title containing a script tag doesn't execute in the "
     "viewer's browser. I'd use the templating engine's auto-escaping, add a Content-Security-Policy header "
     "that disallows inline scripts, and set HttpOnly on session cookies so even a successful XSS can't grab "
     "them. For npm, I'd also run npm audit to find vulnerable dependencies before the tests.",
     [], [],
     "Fluent but about XSS in a web application, not the workflow trigger or shell injection in a run step."),

    # ---------------- Round 3: OIDC federation and environments ----------------
    (3, "strong", "strong",
     "I'd get rid of the stored keys entirely and use GitHub's OIDC provider. The deploy job asks for an ID "
     "token, which needs id-token: write in its permissions, and that token is signed by GitHub and carries "
     "claims about the repo, branch and environment. On the AWS side you register "
     "token.actions.githubusercontent.com as an identity provider and create a role whose trust policy "
     "checks the audience, sts.amazonaws.com, and pins the sub claim to something like "
     "repo:our-org/our-repo:environment:production. The configure-aws-credentials action makes the "
     "AssumeRoleWithWebIdentity call and you get short-lived credentials, an hour by default. For the "
     "approval, the job targets a production environment configured with required reviewers, self-review "
     "disabled, and only main allowed to deploy. The nice part is that those are linked: the sub only says "
     "environment:production if the job actually ran in that environment, which means it got through the "
     "approval. And I'd make sure nobody writes a trust condition with a wildcard for the whole org. Then "
     "revoke the old IAM user keys.",
     [], [],
     "OIDC provider, id-token permission, audience and exact sub condition, temporary credentials, "
     "environment with reviewers and branch limits, the link between sub and approval, wildcard risk, "
     "revoking old keys. Complete and correct."),
    (3, "adequate", "adequate",
     "I'd switch to OIDC. GitHub can issue a short-lived signed token to the job, and AWS can be set up to "
     "trust GitHub as an identity provider and hand back temporary credentials for a role, so there's no "
     "static key in secrets anymore. You need the id-token write permission on the job. For the approval "
     "part, I'd use a GitHub environment called production with required reviewers, so the deploy job waits "
     "until someone other than the author approves it.",
     [], [],
     "Right core (OIDC, temporary credentials, environment with reviewers) but misses scoping the trust "
     "policy to the repository and environment through the sub claim, which is the important part."),
    (3, "pattern", "weak",
     "I'd move the AWS keys out of repository secrets into an environment secret on a production "
     "environment, and put required reviewers on that environment. That way only the deploy job can read "
     "the keys, and only after someone approves. Combined with rotating the key every 90 days through a "
     "scheduled job, I think that covers the requirement: the keys are protected and short-lived enough.",
     [R3_ENVSECRET, R3_ROTATE], [],
     "Acts out the environment-secret and rotation patterns; the credential is still long-lived, which "
     "is exactly what security ruled out."),
    (3, "bluff", "adequate",
     "OIDC is the right answer. The job requests an ID token from GitHub, you need permissions id-token: "
     "write, and that token is just a signed JWT, the token format defined in RFC 6749, with claims like "
     "repository, ref and environment. AWS is configured with GitHub as an OIDC identity provider, and the "
     "deploy role's trust policy checks the audience and the sub claim, so only our repo's production "
     "environment matches. The credentials that come back are temporary. Then the environment itself gets "
     "required reviewers so a second person signs off, and deploys are limited to main.",
     [], ["the token format defined in RFC 6749"],
     "Bluff, misattributed RFC: JWT is RFC 7519; RFC 6749 is the OAuth 2.0 Authorization Framework. The "
     "design is otherwise right but thinner than the strong answers: adequate."),
    (3, "honest", "strong",
     "So I'd use OIDC federation instead of keys. The workflow gets permission id-token: write, GitHub mints "
     "a signed token per job, and in AWS we create an OIDC provider for GitHub's issuer plus a role that "
     "trusts it. The part that matters is the condition on the sub claim: it should name our exact "
     "repository and, ideally, the production environment, not a wildcard, otherwise other repos could "
     "assume the role. I don't remember the exact string format of the sub claim off the top of my head, "
     "I'd look that up in GitHub's docs before writing the policy. For approvals, the job uses a production "
     "environment with required reviewers, and I'd turn on the option that stops people approving their own "
     "runs, plus restrict it to the main branch. Because the environment name ends up in the token, approval "
     "and credentials are tied together. I'd also need to check the default session length for the role; "
     "I'd keep it as short as the deploy allows. Finally, delete the old keys.",
     [], [],
     "Honest about the sub format and session length, but has all the substance: exact sub scoping, "
     "wildcard risk, reviewers with self-review blocked, branch limit, the token-approval link, key removal."),
    (3, "list", "weak",
     "Right, so the pieces would be: OIDC, id-token: write, AssumeRoleWithWebIdentity, the IAM OIDC "
     "provider, the trust policy, the sub claim, the aud claim, sts.amazonaws.com, configure-aws-credentials, "
     "environments, required reviewers, prevent self-review, deployment branches, Workload Identity "
     "Federation for GCP, Azure federated credentials. That's the toolkit I'd reach for here.",
     [], [],
     "Lists the right terms without explaining how they fit or what the trust policy must check."),

    # ---------------- Round 4: self-hosted runners on a public repository ----------------
    (4, "strong", "strong",
     "I'd push back, but not with a flat no. The approval setting is weaker than it sounds: it only gates "
     "people who haven't contributed before, so after one merged trivial PR a contributor's workflows run "
     "automatically. That's how the PyTorch runners were compromised in the 2024 research. And GitHub's "
     "docs say plainly that self-hosted runners are meant for private repos. The concrete risks are "
     "persistence, because a non-ephemeral runner keeps state between jobs so one malicious job can tamper "
     "with the next one, and reach, because our build boxes sit on our network and may have cloud roles "
     "attached. If we want the horsepower, I'd use it only for trusted events like merges to main and tags, "
     "on ephemeral runners destroyed after each job, isolated from internal networks and without instance "
     "credentials, in a runner group restricted to this repo. PR builds from forks stay on GitHub-hosted "
     "runners, or we pay for larger hosted ones.",
     [], [],
     "Names the approval gap with the PyTorch case, GitHub's guidance, persistence and network reach, and "
     "a conditional path: trusted triggers, ephemeral isolated runners, runner group, hosted alternative."),
    (4, "adequate", "adequate",
     "I don't think the first-time contributor approval is enough. It's a one-off gate: once someone has a "
     "merged contribution they're trusted from then on, and they could send a malicious PR later. On a "
     "self-hosted machine that isn't wiped between jobs, their code could install something that sticks "
     "around and grabs secrets from later builds. So I wouldn't attach those machines to fork PR builds. "
     "Maybe use them just for builds on main after merge.",
     [], [],
     "Correct on the approval gap and persistence, and points at trusted triggers, but misses network "
     "reach, cloud credentials, ephemeral isolation and the hosted alternative."),
    (4, "pattern", "weak",
     "I think it's reasonable, actually. With the approval setting on, a maintainer has to click approve "
     "before any outside contributor's workflow runs, so every piece of code that touches our runner has "
     "been looked at by someone on the team. That's basically the same as code review. The speed win is "
     "big, our builds would go from twenty minutes to maybe five, so I'd go ahead.",
     [R4_APPROVAL],
     ["a maintainer has to click approve before any outside contributor's workflow runs"],
     "Acts out the approval pattern; the setting gates only first-time contributors, so it is not review "
     "of every run."),
    (4, "bluff", "weak",
     "It's fine as long as the runners are ephemeral. The danger with self-hosted runners on public repos is "
     "persistence: a malicious PR leaves a backdoor on the machine that the next job inherits. If each "
     "runner registers with the ephemeral flag, takes exactly one job and gets torn down, there's nothing "
     "for an attacker to persist into, and an ephemeral runner is completely safe to expose to fork pull "
     "requests. So I'd say yes, register the machines, but run them as ephemeral pods through Actions "
     "Runner Controller.",
     [], ["an ephemeral runner is completely safe to expose to fork pull requests"],
     "Bluff, false absolute: an ephemeral runner still runs the attacker's code with the machine's network "
     "reach, cloud metadata credentials and the job's secrets. Central to the recommendation: weak."),
    (4, "honest", "adequate",
     "My instinct is no, at least not for pull requests from forks. I remember GitHub recommends against "
     "self-hosted runners on public repositories, because anyone who can open a PR can potentially run code "
     "on the machine. I'm not sure exactly how the first-time contributor approval behaves once someone's "
     "been approved once, I'd need to check whether it's per PR or per person. I'd also want to look at "
     "whether our runners are reused between jobs; if they are, that's a bigger problem. A safer option "
     "might be GitHub's bigger hosted runners, though I'd have to check the pricing.",
     [], [],
     "Honest about how the approval setting works; right on GitHub's guidance, reuse risk and the hosted "
     "alternative, but does not explain the approval gap or isolation."),
    (4, "offtopic", "weak",
     "If the goal is faster CI, I'd first profile where the time goes. Usually it's dependency installation "
     "and tests that could run in parallel. I'd add actions/cache for the npm directory, split the test "
     "suite into a matrix of four shards, and only run the slow integration tests when files under src "
     "change, using path filters. Docker layer caching with buildx helps too. Once that's done, "
     "twenty-minute builds often come down to six or seven minutes without any new hardware.",
     [], [],
     "Fluent CI speed tuning; says nothing about the security of self-hosted runners on a public repo."),

    # ---------------- Round 5: organisation guardrails, cache and artifact poisoning ----------------
    (5, "strong", "strong",
     "At that scale it has to be guardrails, not guidance. At the org level I'd set the workflow token to "
     "read-only, stop Actions from approving PRs, restrict which actions are allowed and require them pinned "
     "by SHA, and require approval for outside contributors' PR runs. Each repo gets CODEOWNERS covering the "
     "workflows folder, plus a scanner, zizmor, actionlint or CodeQL, running on workflow changes, and "
     "Dependabot bumping the action pins. For caches, the thing people miss is that the cache isn't per "
     "workflow: everything in the repo shares it per branch, and feature branches fall back to the default "
     "branch's entries. So any code execution in some minor workflow on main, even a job with "
     "permissions: {}, can plant an entry that a release build restores later. Release pipelines should "
     "build without restoring caches. Artifacts passed from a PR-triggered run into a workflow_run job are "
     "attacker input: unpack them outside the workspace, validate them, never run them. And use checkout "
     "with persist-credentials: false, so tokens don't land in uploaded files.",
     [], [],
     "Org defaults, review and scanning, cache sharing across workflows with the default-branch fallback "
     "and the no-permissions caveat, clean release builds, untrusted artifacts, persist-credentials."),
    (5, "adequate", "adequate",
     "I'd centralise it. Org policy sets the GITHUB_TOKEN default to read-only and restricts actions to an "
     "allowlist, and every repo has CODEOWNERS on .github/workflows so the platform team reviews workflow "
     "changes. I'd run a linter like actionlint in CI to catch injection patterns. On caches and artifacts, "
     "I'd treat anything produced by a pull request run as untrusted, so a privileged workflow shouldn't "
     "download and execute artifacts from PR builds.",
     [], [],
     "Right direction on guardrails and untrusted artifacts, but misses how caches are shared and poisoned, "
     "SHA pinning, and persisted credentials."),
    (5, "pattern", "weak",
     "For the 300 repos I'd write a solid secure-workflows guide and a template repo, and make sure teams "
     "read it. Caches and artifacts I honestly wouldn't worry about. The cache is just a performance "
     "optimisation for dependencies, it's not a security boundary, and anything in it is stuff we downloaded "
     "ourselves anyway. Artifacts are just build outputs. I'd spend the effort on the token permissions and "
     "secrets instead.",
     [R5_GUIDE, R5_CACHE],
     ["anything in it is stuff we downloaded ourselves anyway"],
     "Acts out the guide-only and cache-is-not-security patterns; any workflow on the default branch can "
     "write cache entries that others restore."),
    (5, "bluff", "weak",
     "I'd start with org-level defaults: a read-only token, allowlisted actions pinned to SHAs, CODEOWNERS on "
     "workflow files, and a workflow scanner in CI. For caches, the good news is that caches are isolated "
     "per workflow, so an entry written by the triage workflow can never be restored by the release "
     "workflow, and poisoning really only matters within the same workflow. So I'd just make sure "
     "PR-triggered jobs don't share a workflow file with releases. Artifacts from fork PRs I'd treat as "
     "untrusted and not execute them in privileged workflow_run jobs.",
     [], ["caches are isolated per workflow, so an entry written by the triage workflow can never be "
          "restored by the release workflow"],
     "Bluff, wrong mechanism in plain words: cache entries are scoped by branch and shared by all workflows "
     "in the repository, so cross-workflow poisoning is exactly the risk. Central to the cache part: weak."),
    (5, "honest", "adequate",
     "I'd set organisation-level defaults, a read-only token and an allowlist of actions, and use CODEOWNERS "
     "so workflow changes get reviewed by people who know this stuff. On caches, I know there's been "
     "research showing cache poisoning in Actions, where a lower-privileged workflow writes something a "
     "release later picks up, but I don't remember the exact scoping rules for which branches can read "
     "which caches. I'd look that up before designing around it. For artifacts, I'd treat anything from a PR "
     "build as untrusted input.",
     [], [],
     "Honest about cache scoping; right on defaults, the poisoning idea and untrusted artifacts, but thin "
     "on mitigations."),
    (5, "hedged", "adequate",
     "Org-wide: a read-only GITHUB_TOKEN default, an action allowlist with SHA pins, CODEOWNERS for "
     ".github/workflows, zizmor in CI. Caches matter because they're shared across workflows in a repo, and "
     "branches can read the default branch's entries, so a compromised low-trust job on main can poison what "
     "the release restores. Eviction makes it worse. I think the limit is around 5 GB per repository, and "
     "entries unused for 30 days get dropped, I'd double-check both numbers, because an attacker can fill "
     "the cache to push out legit entries and then replace them. Artifacts from PR runs are untrusted input.",
     [], ["I think the limit is around 5 GB per repository", "entries unused for 30 days get dropped"],
     "Hedged wrong numbers: the default cache limit is 10 GB per repository and entries not accessed for 7 "
     "days are removed. Mechanism is right; missing persist-credentials and release hygiene: adequate."),
]


def main():
    counters = {}
    lines = []
    for rnd, kind, band, answer, pquotes, fclaims, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        rec = {
            "id": f"{SHORT}-r{rnd}-{counters[rnd]:02d}",
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": list(pquotes),
            "false_claims": list(fclaims),
            "note": note,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT}")


if __name__ == "__main__":
    main()
