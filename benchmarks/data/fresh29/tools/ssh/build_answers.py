#!/usr/bin/env python3
"""Build ssh-bastion-access_answers.jsonl: 30 labelled answers (6 per round) for the
gauntlet ssh-bastion-access.txt. Run: python3 build_answers.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "ssh-bastion-access_answers.jsonl")


def A(round_, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    return {
        "round": round_,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    }


# Common Weak Answers quoted verbatim from ssh-bastion-access.txt
R1_COPY_KEY = "Copy the team's private key onto the bastion so people can SSH onward from there."
R1_AGENT = "Just use ssh -A to the bastion and hop from there."
R2_SAFE = "Agent forwarding is safe because the private key never leaves my laptop."
R2_SAME = "ProxyJump and agent forwarding are basically the same thing; both just go through the bastion."
R3_ANSIBLE = "Run a nightly Ansible job that rewrites authorized_keys from a central list."
R4_STRICTLY = "Yes, Session Manager is strictly better, close port 22 everywhere today."
R5_AUTHLOG = "The bastion's auth.log shows who logged in, so that's our audit trail."

ANSWERS = [
    # ------------------------------------------------------------------ round 1
    A(1,
      "Okay, so I'd keep every server private and stand up one hardened jump box, maybe a pair "
      "for redundancy, reachable on 22 only from our VPN. The app servers' security groups only "
      "let SSH in from the jump box's group. On the laptop side people use ProxyJump, so a Host "
      "block for the internal domain in their ssh config with ProxyJump pointing at the jump box, "
      "or just -J on the command line. What's nice is the jump box only opens a TCP channel to the "
      "target's port 22 and the real SSH session rides inside it, encrypted from laptop to target, "
      "so keys stay on the laptop and nothing sensitive ever lives on the jump box. I'd require "
      "Ed25519 keys with a passphrase or on a YubiKey, turn password logins off everywhere, and get "
      "people to actually check target host keys instead of typing yes. And the jump box stays "
      "minimal, basically sshd and logging, no tools and no secrets.",
      "strong", "strong",
      note="Private hosts reachable only from the bastion, ProxyJump with an end-to-end inner "
           "session, keys stay on the laptop, Ed25519, no passwords, host key checking: most of "
           "the substance, correct."),
    A(1,
      "Honestly the simplest thing that works: we generate one key pair for the ops team, drop the "
      "private half into the ops user's .ssh folder on the bastion, and put the public half on all "
      "400 servers. Then anyone who can log into the bastion just runs ssh from there to whatever "
      "box they need, no config on their laptops at all. Onboarding is giving someone a bastion "
      "login, and that's it.",
      "weak", "pattern",
      pattern_quotes=[R1_COPY_KEY],
      note="Acts out the copied-key pattern: a shared private key on the bastion means a shell "
           "on the bastion reaches every server."),
    A(1,
      "So I'd go with a bastion in a public subnet and ProxyJump from the laptops, with the private "
      "servers only allowing port 22 from the bastion's security group. People put a ProxyJump line "
      "in their ssh config and it just works with scp and rsync too. The nice part of ProxyJump is "
      "that the bastion decrypts the session and re-encrypts it on the way to the target, so it "
      "sees every command, which means we get a complete audit trail right there on the bastion "
      "without touching the 400 servers. Add Ed25519 keys and no passwords and we're in good shape.",
      "weak", "bluff",
      false_claims=["the bastion decrypts the session and re-encrypts it on the way to the target, "
                    "so it sees every command"],
      note="Bluff, mechanism in plain words: with ProxyJump the inner SSH session is encrypted end "
           "to end and the bastion relays only ciphertext. The false claim is central to how the "
           "design works and to its audit story, so weak."),
    A(1,
      "I'd put a bastion in a public subnet and lock the private servers down so they only accept "
      "SSH from it. For the hop itself, OpenSSH has a jump option, capital -J on the command line, "
      "and I believe a matching config directive, that tunnels the second connection through the "
      "first, so nobody has to leave keys on the bastion. I don't remember which OpenSSH version "
      "introduced it or exactly how the directive is spelled in ssh_config, I'd have to look that "
      "up in the man page. I'd also turn off password authentication on everything.",
      "adequate", "honest",
      note="Honest about the version and the directive name; core is right (bastion-only access, "
           "jump through the bastion, no keys on it) but host key checking, the end-to-end "
           "property and key types are missing."),
    A(1,
      "So, the pieces: a bastion host, a public subnet and private subnets, security groups, port "
      "22, ProxyJump, an ssh config file, Ed25519 keys, hardware tokens, MFA, known_hosts, "
      "PasswordAuthentication, fail2ban, a VPN, CloudWatch, and probably Ansible. Yeah, I think "
      "that covers it, those are the main components I'd bring into the design, more or less in "
      "that order.",
      "weak", "list",
      note="Only names the right terms without saying how they fit together or why."),
    A(1,
      "I'd start by putting an Application Load Balancer in front of the services with ACM "
      "certificates, terminate TLS there, and redirect port 80 to 443 with a 301. Then turn on HSTS "
      "with a long max-age so browsers never fall back to plain HTTP, and enable HTTP/2 on the "
      "listener. Internally the targets can speak HTTP to keep it simple, or we re-encrypt if "
      "compliance wants TLS all the way. That gives the engineers and users a secure way in.",
      "weak", "offtopic",
      note="Fluent but about HTTPS termination on a load balancer, not SSH access through a "
           "bastion."),

    # ------------------------------------------------------------------ round 2
    A(2,
      "The thing I'd explain to the developer is that the agent is a signing service, not a key "
      "store you hand over. When you forward it, sshd on the bastion makes a socket under /tmp and "
      "exports its path in SSH_AUTH_SOCK, and anything sent to that socket goes back down your "
      "connection to your laptop's agent, which signs it. There's no 'give me the key' message in "
      "the protocol, but root on the bastion doesn't need one: they set SSH_AUTH_SOCK to your "
      "socket and authenticate as you to anything your key opens while you're logged in. Since the "
      "bastion is the box most likely to get popped, that's a lateral-movement gift. ProxyJump is "
      "different in kind: the bastion just opens a direct-tcpip channel to port 22 on the target "
      "and my laptop does the whole handshake and auth with the target, so there's nothing on the "
      "bastion to abuse. I'd set AllowAgentForwarding no, because the default is yes, while "
      "remembering it's not a hard control if people get a shell there. If someone really needs "
      "forwarding, ssh-add -c for confirm-on-use, and from 8.9 destination-restricted keys with "
      "ssh-add -h.",
      "strong", "strong",
      note="Agent as a signing oracle, socket and SSH_AUTH_SOCK, no key export but use while "
           "connected, ProxyJump end to end, correct default and its limits, mitigations with the "
           "right version."),
    A(2,
      "So ssh -A basically exposes your agent on the bastion as a socket, and anyone who is root "
      "there can use it to log into other machines as you for as long as your session is open. "
      "They can't copy the key out, but they can use it, which is just as bad. ProxyJump avoids "
      "that because the bastion only forwards the TCP connection and your laptop talks SSH "
      "directly to the target. So I'd move everyone to ProxyJump and turn forwarding off on the "
      "bastion.",
      "adequate", "adequate",
      note="Core right (root can use the socket while connected, no key export, ProxyJump only "
           "relays TCP) but no sshd settings or default, no shell caveat, no ssh-add mitigations."),
    A(2,
      "I mean, I get why security is nervous, but I've used -A for years. The agent never actually "
      "sends the private key anywhere, it stays in memory on my laptop, so nobody on the bastion "
      "can do anything with it even if the box gets compromised. ProxyJump is kind of the same idea "
      "anyway, both go through the bastion one way or another. I'd push back on the ban, honestly, "
      "it just makes people's lives harder.",
      "weak", "pattern",
      pattern_quotes=[R2_SAFE, R2_SAME],
      false_claims=["so nobody on the bastion can do anything with it",
                    "ProxyJump is kind of the same idea anyway"],
      note="Acts out both round-2 weak answers; the pattern is itself a misconception (root can "
           "use the forwarded socket; ProxyJump gives the bastion no credential), so the false "
           "wording is listed."),
    A(2,
      "Right, so with -A the bastion gets a socket that relays signing requests back to my agent, "
      "and the private key stays at home. The socket is tied to my own login session, so not even "
      "root on the bastion can talk to it, other users simply have no way to reach it. The real "
      "risk is more that I might run something dodgy myself while I'm on the bastion. ProxyJump is "
      "cleaner, sure, the bastion just pipes TCP to port 22 on the target, so I'd still nudge "
      "people towards it, but I wouldn't call forwarding dangerous.",
      "weak", "bluff",
      false_claims=["The socket is tied to my own login session, so not even root on the bastion "
                    "can talk to it"],
      note="Bluff, mechanism in plain words and a false absolute: root (and any process of the "
           "same user) can open the forwarded socket. The false claim is the heart of the risk "
           "being asked about, so weak."),
    A(2,
      "Agent forwarding gives the bastion a socket back to your agent, so anyone who is root on "
      "that box can ride it to authenticate as you to other hosts as long as you're connected. "
      "They can't export the key, but they don't need to. ProxyJump sidesteps all of it since the "
      "bastion only relays the encrypted TCP stream to the target. The good news is that sshd ships "
      "with AllowAgentForwarding set to no out of the box, so on a stock bastion it's already off "
      "and the ban really just means not switching it on. For anyone with an exception I'd add "
      "confirm-on-use with ssh-add -c.",
      "adequate", "bluff",
      false_claims=["sshd ships with AllowAgentForwarding set to no out of the box"],
      note="Bluff, contradicted default: AllowAgentForwarding defaults to yes. The mechanism and "
           "the ProxyJump contrast are right, so the false default is not the centre: adequate."),
    A(2,
      "So the forwarded agent is a socket on the bastion that will sign challenges for whoever "
      "uses it, and root can use it while I'm connected, so it's a lateral-movement risk even "
      "though the key itself never moves. ProxyJump just tunnels TCP through the bastion and keeps "
      "authentication end to end between me and the target. I think ProxyJump arrived in OpenSSH "
      "6.5 or so, but I'd double-check the version before telling people their old clients can't "
      "do it; older ones can use ProxyCommand with ssh -W instead.",
      "adequate", "hedged",
      false_claims=["ProxyJump arrived in OpenSSH 6.5"],
      note="Hedged wrong version: ProxyJump came in OpenSSH 7.3. Core explanation right, no sshd "
           "settings or mitigations: adequate."),

    # ------------------------------------------------------------------ round 3
    A(3,
      "I'd get rid of static authorized_keys entirely and switch to SSH certificates. We run a CA, "
      "put its public key on every server with TrustedUserCAKeys, and after an engineer logs in "
      "through SSO we sign their key with a short validity, about a working day. Then offboarding "
      "is just disabling their SSO account, and whatever certificate they hold runs out on its "
      "own by the evening.",
      "adequate", "adequate",
      note="Core right (user CA, TrustedUserCAKeys, short-lived certs from SSO) but no principals, "
           "no KRL for the gap, no host certificates, nothing on protecting the CA key."),
    A(3,
      "What I've seen work well is one YAML file in git with everybody's public key, and an "
      "Ansible playbook that runs every night and overwrites authorized_keys on every box from "
      "that file. When someone leaves you delete their line, merge it, and the next run cleans "
      "them off. It's simple, it's auditable in git, and there's no new infrastructure to run.",
      "weak", "pattern",
      pattern_quotes=[R3_ANSIBLE],
      note="Acts out the nightly-sync pattern: keys stay permanent, missed hosts keep stale "
           "entries, removal waits for the next run."),
    A(3,
      "Certificates, definitely. We stand up a user CA, every host trusts it through "
      "TrustedUserCAKeys, and people get their key signed for a few hours after an SSO login, with "
      "principals that map to the accounts they're allowed to use. Offboarding is then just "
      "turning off the identity, and for emergencies there's a revocation list in sshd. The nice "
      "thing is the certificate format itself is standardised in RFC 4716, so any compliant "
      "tooling can read and issue them, we're not locked into one vendor. I'd sign host keys too, "
      "so people stop accepting unknown fingerprints.",
      "adequate", "bluff",
      false_claims=["the certificate format itself is standardised in RFC 4716"],
      note="Bluff, misattributed RFC: RFC 4716 is the SSH public key file format; OpenSSH "
           "certificates are OpenSSH's own format (PROTOCOL.certkeys), not an RFC. The design is "
           "otherwise sound and the claim is peripheral: adequate."),
    A(3,
      "I'd move the whole fleet to short-lived SSH certificates. Engineers sign in through SSO "
      "with MFA, something like Vault's SSH engine signs their public key for eight hours with "
      "their email as the key ID, and hosts trust the CA instead of individual keys, with "
      "principals deciding which account each role may use. Offboarding is automatic because "
      "nothing lives longer than a shift. The only user-facing change is expiry: when the cert "
      "runs out, ssh stops with 'Host key verification failed', and that's the cue to run the "
      "login command again. I'd keep the CA key in KMS.",
      "adequate", "bluff",
      false_claims=["when the cert runs out, ssh stops with 'Host key verification failed'"],
      note="Bluff, wrong error name: an expired user certificate is refused as "
           "'Permission denied (publickey)' (the server logs the certificate as expired); "
           "'Host key verification failed' is the client's host key check. Peripheral: adequate."),
    A(3,
      "The fix is to stop using authorized_keys as the source of truth and use OpenSSH "
      "certificates. There'd be a user CA held in an HSM or KMS behind an issuing service; "
      "engineers authenticate with SSO and MFA and get their public key signed for a working day, "
      "with a key ID that identifies them and principals for their roles. Hosts trust the CA via "
      "TrustedUserCAKeys, and a principals file per account says which roles can log in as, say, "
      "postgres. Leaving the company then means the identity is disabled and the last certificate "
      "expires within hours; for the gap there's a revocation list sshd can check. I'd also sign "
      "host keys so clients trust a host CA instead of trust-on-first-use, and keep two CA keys "
      "trusted during rotation. I don't remember the exact ssh-keygen flag letters for the key ID "
      "and validity, and I'd have to look up the syntax of the revocation list file.",
      "strong", "honest",
      note="Honest about flag letters and KRL syntax, but covers user CA, SSO issuance, key ID, "
           "principals, expiry-based offboarding, revocation, host CA, CA protection and "
           "rotation: strong."),
    A(3,
      "SSH certificates, a user CA, a host CA, TrustedUserCAKeys, AuthorizedPrincipalsFile, "
      "principals, key IDs, serial numbers, short TTLs, KRLs, RevokedKeys, Vault, step-ca, "
      "Teleport, SSO, MFA, and an HSM. That's the toolkit I'd reach for here, basically all of "
      "those together, and then probably some automation around it.",
      "weak", "list",
      note="Names the right terms without saying what any of them does or how they connect."),

    # ------------------------------------------------------------------ round 4
    A(4,
      "I'd mostly side with the architect if we're all-in on AWS. With Session Manager nothing "
      "listens inbound: the agent on the instance dials out over 443 to the Systems Manager "
      "endpoints, or to VPC endpoints in private subnets, and access is just IAM, so it follows "
      "our SSO roles, StartSession shows up in CloudTrail, and shell output can go to CloudWatch "
      "Logs or an S3 bucket. What worries me is what it doesn't cover. If the agent dies or the "
      "instance profile is wrong, you're locked out, so we'd want a rehearsed break-glass route, "
      "say the EC2 serial console or moving the root volume to a rescue instance. Ansible, scp and "
      "git still want real SSH, which you can tunnel through SSM, but then the session content "
      "isn't logged because it's encrypted SSH, same for port forwarding. And it's AWS-only, "
      "apart from registered hybrid nodes, so any on-prem or other-cloud hosts need another path.",
      "strong", "strong",
      note="Outbound-only agent, IAM, CloudTrail, logging, agent dependency with break-glass, "
           "SSH-native tools and the logging gap, AWS-only scope: most of the substance."),
    A(4,
      "I'd mostly agree. Session Manager means no inbound ports at all and access controlled by "
      "IAM, with every session start in CloudTrail, and you can send session logs to S3. The catch "
      "is that you depend on the agent running on every instance, so I'd want some kind of "
      "break-glass path before we close 22 for good. Otherwise, yeah, I'd go for it.",
      "adequate", "adequate",
      note="Core right (no inbound ports, IAM, CloudTrail, agent dependency) but misses SSH-native "
           "tools, the logging gap for SSH and port forwarding, and non-AWS hosts."),
    A(4,
      "Totally agree, and I'd do it this sprint. Delete the bastion, remove port 22 from every "
      "security group, done. Session Manager is run by AWS, so there's nothing on our side that "
      "can break, and it logs everything people do. Keeping a bastion around at this point is "
      "just carrying legacy for the sake of it.",
      "weak", "pattern",
      pattern_quotes=[R4_STRICTLY],
      false_claims=["there's nothing on our side that can break"],
      note="Acts out 'strictly better, close 22 today'; the pattern includes the misconception "
           "that nothing on our side can fail (the agent runs on our instances), listed as false."),
    A(4,
      "I'd go along with it, and I'd pair Session Manager with EC2 Instance Connect for the people "
      "who want a normal SSH client. Instance Connect pushes a one-time public key into the "
      "instance metadata that's valid for 60 seconds, so nobody keeps standing keys. And the "
      "reason I'm comfortable deleting the bastion is audit: Instance Connect records every "
      "session to S3 and "
      "CloudWatch, keystrokes and output, so the auditors get full recordings of every SSH login "
      "without us running anything. The bastion really has nothing left to do.",
      "weak", "bluff",
      false_claims=["Instance Connect records every session to S3 and CloudWatch"],
      note="Bluff, feature credited to the wrong product: EC2 Instance Connect only pushes a "
           "short-lived key and does not record sessions; session logging is a Session Manager "
           "feature, and not for SSH sessions. The claim carries the whole audit argument: weak."),
    A(4,
      "I like the direction: no inbound port, IAM decides who gets in, and CloudTrail records who "
      "started a session, which is better than a bastion we have to patch. What I'm not sure about "
      "is how session logging behaves when people tunnel SSH or do port forwarding through it, "
      "I'd need to check the docs on whether that content gets captured at all. And I'd want a "
      "break-glass plan for when the agent on an instance isn't working.",
      "adequate", "honest",
      note="Honest about the logging behaviour for SSH and port forwarding; core right with the "
           "agent failure mode, but no SSH-native tools or non-AWS scope."),
    A(4,
      "Before touching access I'd fix the account structure. Put production in its own AWS "
      "account under AWS Organizations, apply service control policies that deny leaving the "
      "organization or disabling CloudTrail, and enforce a tagging policy so every resource has an "
      "owner and a cost centre. Then Cost Explorer can break spend down by team and we can set "
      "budgets with alerts at 80 and 100 percent. That governance layer is what makes everything "
      "else manageable.",
      "weak", "offtopic",
      note="Fluent but about account structure, SCPs and cost governance, not bastion versus "
           "Session Manager."),

    # ------------------------------------------------------------------ round 5
    A(5,
      "The key thing is that with ProxyJump the bastion is blind, it only forwards encrypted "
      "traffic, so it can prove who connected to which host and when, but not what happened "
      "inside. So evidence has to come from several places. Who: every login maps to a person, "
      "no shared accounts, and with certificates sshd writes the cert's key ID and serial into the "
      "auth log, plus the CA service logs every signing. What: auditd watching execve on the "
      "hosts, and pam_loginuid so the audit UID survives sudo and root commands still point at "
      "the real engineer. Full keystrokes and output where they're required: tlog, or put a "
      "recording proxy like Teleport in the path, because something has to see cleartext. All of "
      "it leaves the host straight away for a central store with object lock, since root can "
      "rewrite local logs. For PCI that's a year of history with three months hot. Recordings are "
      "sensitive themselves, so restrict and log who watches them, and set up alerts so someone "
      "actually reviews root logins and odd sessions.",
      "strong", "strong",
      note="Bastion blindness under ProxyJump, identity via cert key ID, auditd plus pam_loginuid, "
           "tlog or recording proxy, off-host immutable storage, PCI retention, protection of "
           "recordings, review: most of the substance."),
    A(5,
      "I'd centralise everything. The sshd auth logs from the bastion and from every host go to "
      "the SIEM immediately, so root on a box can't quietly tidy them up, and I'd run auditd to "
      "capture commands with the login UID so sudo doesn't hide who actually did something. And "
      "we'd keep it all for a year for PCI.",
      "adequate", "adequate",
      note="Core right (off-host logs, auditd with login UID, one-year retention) but misses that "
           "the bastion can't see session content, full session recording, protecting recordings "
           "and review."),
    A(5,
      "We're actually in good shape there already. Everyone goes through the bastion, so its "
      "auth.log has every login with the username and source IP, and every command anyone runs "
      "passes through it and gets logged there. I'd just make sure logrotate keeps a year of it "
      "and hand the auditors a grep. No need for extra tooling on 400 hosts.",
      "weak", "pattern",
      pattern_quotes=[R5_AUTHLOG],
      false_claims=["every command anyone runs passes through it and gets logged there"],
      note="Acts out the auth.log pattern; the belief that commands are logged on the bastion is "
           "the misconception (auth.log records authentication, and ProxyJump traffic is "
           "ciphertext to the bastion), listed as false."),
    A(5,
      "I'd build it in layers. Identity comes from certificates, since sshd logs the key ID of the "
      "cert on each login, so nobody hides behind a shared account. Commands come from auditd on "
      "each host with the login UID preserved across sudo. For full sessions we'd use a recording "
      "proxy, because the bastion only sees encrypted traffic. Session recording pays for itself "
      "too: about 70 percent of production incidents get root-caused from session recordings, "
      "not from metrics. Everything ships off-host to object-locked storage, and access to the "
      "recordings is itself logged.",
      "adequate", "bluff",
      false_claims=["about 70 percent of production incidents get root-caused from session "
                    "recordings"],
      note="Bluff, invented statistic: there is no such figure. The layered design is right and "
           "the statistic is a side justification, so adequate."),
    A(5,
      "I'd definitely send the logs off each box to somewhere central so they can't be edited "
      "locally. Beyond that, honestly, I haven't set up session recording myself. I know there "
      "are tools for it but I couldn't tell you which one records what, and I'd need to look up "
      "how long PCI says the logs have to be kept.",
      "weak", "honest",
      note="Honest about not knowing the recording tools and the PCI retention; only off-host "
           "logging is said: weak."),
    A(5,
      "Layers. Certificate key IDs in the sshd logs tell us who, auditd with login UIDs tells us "
      "which commands, and tlog or a recording proxy gives full sessions where we need them, "
      "because with ProxyJump the bastion only ever sees encrypted traffic. All of it ships "
      "off-host to immutable storage. For retention, I believe PCI DSS asks for six months of "
      "audit logs, but I'd confirm the exact requirement before we commit to it.",
      "adequate", "hedged",
      false_claims=["PCI DSS asks for six months of audit logs"],
      note="Hedged wrong retention: PCI DSS 4.0 requirement 10.5.1 is at least 12 months with "
           "three months immediately available. Layers are right but thin: adequate."),
]

SHORT = "ssh"


def main():
    per_round = {}
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in ANSWERS:
            r = rec["round"]
            per_round[r] = per_round.get(r, 0) + 1
            ordered = {"id": f"{SHORT}-r{r}-{per_round[r]:02d}"}
            for k in ("round", "answer", "band", "bluff", "kind",
                      "pattern_quotes", "false_claims", "note"):
                ordered[k] = rec[k]
            fh.write(json.dumps(ordered, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} answers to {OUT}")


if __name__ == "__main__":
    main()
