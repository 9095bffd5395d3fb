#!/usr/bin/env python3
"""Build pwd_answers.jsonl: 30 labelled answers for the password-storage gauntlet."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "password-storage_answers.jsonl")

# (round, answer, band, kind, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: SHA-256(salt + password) ----------------
    (1,
     "Okay so, the salt part is actually fine, the problem is the hash. SHA-256 is built to be quick, and quick "
     "is exactly what an attacker wants once they've got a copy of the table: they just run candidate passwords "
     "offline, and a GPU rig with hashcat does billions of those a second. The salt only means they can't reuse "
     "precomputed tables and have to attack each row on its own. So I'd swap it for a purpose-built password hash "
     "that's slow on purpose and, ideally, memory-hard: Argon2id first, scrypt as a fallback, bcrypt if we're on an "
     "older stack, and PBKDF2-HMAC-SHA256 at something like 600k iterations only if FIPS forces our hand. I'd use a "
     "vetted library and keep its encoded output, since that bundles the parameters and the salt, so we can bump "
     "the cost later. And obviously no encryption, it's one-way, resets not recovery.",
     "strong", "strong", [], [],
     "Correct and complete: speed as the flaw, offline GPU guessing, what the salt does and doesn't do, OWASP's "
     "order with PBKDF2 600,000 for FIPS, encoded parameters, one-way not reversible."),
    (1,
     "I'd push back on SHA-256. It's a general-purpose hash and it's designed to be fast, so if the database ever "
     "leaks, somebody can test a huge number of guesses per second against it. The salt helps against rainbow "
     "tables but that's about all it does. I'd use bcrypt or Argon2id instead, because they're made for passwords "
     "and you can tune how slow they are. Yeah, probably Argon2id.",
     "adequate", "adequate", [], [],
     "Core is right (fast hash, salt only stops tables, use a tunable password hash) but no memory-hardness, no "
     "GPU scale, no OWASP ranking or FIPS case, nothing on storing parameters for later upgrades."),
    (1,
     "Honestly I think the proposal is mostly fine. Plain SHA-256 would be a problem because of rainbow tables, "
     "but with a random salt per user those tables are useless and the attacker has to brute-force every account "
     "separately. So as long as the salt is long and random, say sixteen bytes, I'd say salted SHA-256 is okay and "
     "we can ship it.",
     "weak", "pattern", ["SHA-256 is fine as long as we add a salt."],
     ["I'd say salted SHA-256 is okay and we can ship it"],
     "Acts out the 'salt fixes it' weak answer: ignores that each guess is still one fast hash; approving salted "
     "SHA-256 is the misconception, listed as a false claim."),
    (1,
     "So the core issue is speed. SHA-256 is built for throughput, so a leaked table can be attacked offline at "
     "billions of guesses per second on GPUs, and the salt doesn't change that per-guess cost, it only kills "
     "precomputation. What I'd use is Argon2id, which the IETF standardised as RFC 8018, with bcrypt as the "
     "fallback for older platforms. Argon2id makes each guess cost real memory as well as time, which is what "
     "takes the edge off GPUs and custom hardware. I'd wrap it in a maintained library, store the full encoded "
     "string, and never store anything reversible.",
     "adequate", "bluff", [], ["which the IETF standardised as RFC 8018"],
     "Bluff, misattributed standard: RFC 8018 is PKCS #5 v2.1 (PBKDF2); Argon2 is RFC 9106. The rest is correct "
     "and the false citation is peripheral, so capped at adequate."),
    (1,
     "Um, so I know the short version: SHA-256 is too fast for passwords, because anyone who steals the hashes can "
     "try guesses at GPU speed, and the salt doesn't slow any single guess down. You want a dedicated slow "
     "function, Argon2id or bcrypt. OWASP has a ranked list and specific settings for each, including an "
     "iteration count for PBKDF2 if you're stuck with FIPS, but I don't remember those numbers off the top of my "
     "head; I'd look them up on the cheat sheet before picking.",
     "adequate", "honest", [], [],
     "Honest about not remembering OWASP's numbers; what it does say is correct (speed, salt per-guess cost, "
     "slow dedicated function) but it lacks memory-hardness and the upgrade path."),
    (1,
     "The first thing I'd check is the transport. Passwords should only ever travel over TLS 1.2 or 1.3, with HSTS "
     "set so browsers never fall back to plain HTTP, and we shouldn't log request bodies on the login endpoint, "
     "because I've seen passwords end up in the log platform that way. I'd also make sure the login form posts to "
     "the same origin and that there's a sensible Content-Security-Policy so an injected script can't skim the "
     "field.",
     "weak", "offtopic", [], [],
     "Fluent but about protecting passwords in transit and in logs, not about how they are stored or hashed."),

    # ---------------- Round 2: bcrypt cost, 72 bytes, Argon2id parameters ----------------
    (2,
     "For bcrypt the cost is an exponent: bump it by one and you've doubled the time per hash, for us and for "
     "whoever's cracking. OWASP says ten at minimum, but I'd rather measure: time a hash on the actual login boxes "
     "and take the biggest cost that stays in the low hundreds of milliseconds at peak load. Then long passwords: "
     "bcrypt ignores everything past byte 72, and a lot of libraries drop the extra silently, so anything sharing "
     "those first seventy-two bytes verifies. Bytes, not characters, so emoji or Cyrillic run out sooner. Either "
     "reject anything longer, or pre-hash with a keyed HMAC and base64 it, since some implementations stop at a "
     "zero byte. For Argon2id there are three knobs: memory, passes, lanes. Memory's the one GPUs hate. OWASP's "
     "floor is 19 MiB, two passes, one lane, with trade-offs like 46 MiB and a single pass. I'd start there, push "
     "memory up until concurrent logins start to squeeze RAM, and keep it all in the encoded hash string.",
     "strong", "strong", [], [],
     "Correct and complete: exponential cost with OWASP floor and benchmarking, 72-byte limit in bytes with "
     "silent truncation and safe pre-hash, Argon2id knobs with OWASP's 19 MiB/t=2/p=1 and an equivalent pair."),
    (2,
     "bcrypt's cost factor is logarithmic, so going from 11 to 12 doubles the work. I'd benchmark on production "
     "hardware and pick whatever keeps a hash around a quarter of a second, with ten as the floor. The thing people "
     "miss is that bcrypt only uses the first 56 bytes of the password, anything after that is dropped, so long "
     "passphrases effectively get truncated; I'd either cap the length or pre-hash with an HMAC first. For "
     "Argon2id I'd start from OWASP's minimum of 19 MiB of memory, two iterations and parallelism of one, and "
     "grow memory as capacity allows.",
     "adequate", "bluff", [], ["bcrypt only uses the first 56 bytes of the password"],
     "Bluff, contradicted number: bcrypt's limit is 72 bytes (56 bytes is Blowfish's nominal 448-bit key size). "
     "Truncation, cost tuning and the Argon2id settings are right, so capped at adequate."),
    (2,
     "So with bcrypt the cost factor is really a memory setting: each step up doubles the amount of RAM a single "
     "hash needs, which is why it's memory-hard and GPUs struggle with it. I'd set it to 12, which on current "
     "hardware means every guess needs a big chunk of memory, and that's the same property Argon2id gives you, "
     "just with separate knobs. For Argon2id I'd keep memory modest and lean on iterations instead, since bcrypt "
     "already covers the memory side. And for long passwords I'd cap the input at 72 bytes, since that's all "
     "bcrypt reads.",
     "weak", "bluff", [],
     ["with bcrypt the cost factor is really a memory setting: each step up doubles the amount of RAM a single "
      "hash needs, which is why it's memory-hard",
      "since bcrypt already covers the memory side"],
     "Bluff, feature credited to the wrong product: tunable memory-hardness belongs to scrypt and Argon2; bcrypt's "
     "cost only multiplies iterations over a fixed ~4 KB state. The error drives the parameter choice (keeping "
     "Argon2id memory low), so it sits at the centre: weak."),
    (2,
     "bcrypt first: the cost is a power of two, each plus-one doubles the time, and I'd tune it on our real "
     "servers so a hash takes maybe a couple hundred milliseconds. And there's the 72-byte thing, bcrypt just "
     "ignores input past 72 bytes, so I'd either enforce a max or HMAC the password first. For Argon2id, I think "
     "OWASP's recommended minimum is something like 64 megabytes of memory with three iterations, but I'd "
     "double-check that before putting it in config. Parallelism I'd keep at one.",
     "adequate", "hedged", [],
     ["OWASP's recommended minimum is something like 64 megabytes of memory with three iterations"],
     "Hedged wrong number: OWASP's minimum is 19 MiB with t=2, p=1 (64 MiB, t=3 is RFC 9106's second option, "
     "with p=4). Explicitly hedged, so not a bluff; bcrypt parts are correct but thin."),
    (2,
     "Right, so: bcrypt, the cost factor, a work factor of ten or twelve, the 72-byte limit, pre-hashing, HMAC. "
     "Then Argon2id: memory, iterations, parallelism, OWASP's cheat sheet settings, RFC 9106. Salts, the PHC "
     "string format, benchmarking on real hardware. That's the set of things I'd be looking at here.",
     "weak", "list", [], [],
     "Names the right terms but says nothing about any of them: no reasoning, no values tied to a decision."),
    (2,
     "I wouldn't worry about long passwords at all: bcrypt takes the whole input, however long it is, and hashes "
     "it down to a fixed-size output, same as any hash function. So a 100-character passphrase is fully protected. "
     "For the cost factor I'd just pick 12, that's what most people use, and for Argon2id I'd go with whatever the "
     "library ships as its defaults, they know what they're doing.",
     "weak", "pattern",
     ["bcrypt handles passwords of any length.",
      "Just use whatever the library defaults are; they're already tuned."],
     ["bcrypt takes the whole input, however long it is, and hashes it down to a fixed-size output",
      "So a 100-character passphrase is fully protected."],
     "Acts out two weak answers: 'any length' (a misconception, listed as false claims, since bcrypt reads only "
     "72 bytes) and trusting library defaults without benchmarking."),

    # ---------------- Round 3: salt vs pepper, where it lives, safe verify ----------------
    (3,
     "They do different jobs. The salt is random per account, stored right there in the hash string, and nobody "
     "needs to hide it; it just guarantees two people with 'hunter2' end up with different hashes, so every "
     "account has to be cracked separately. The pepper is a single secret for the whole service, and it only earns "
     "its keep if it's kept out of the database. So for this breach, a pepper sitting in Vault or a KMS would've "
     "made the dumped table useless offline. I'd do it as an HMAC of the password under the pepper, computed inside "
     "the HSM or KMS if we can so the key is never in app memory, then feed that into Argon2id. Rotation's the "
     "catch: you can't re-pepper without the plaintext, so I'd tag each row with a pepper version and move people "
     "over as they log in. Encrypting the final hash with a KMS key is the alternative that can be re-keyed in "
     "bulk. For verification, use the library's verify call, or compare_digest or timingSafeEqual by hand, and "
     "burn a fake hash for unknown usernames so timing doesn't reveal who has an account.",
     "strong", "strong", [], [],
     "Correct and complete: uniqueness vs secrecy, pepper outside the DB in HSM/KMS, HMAC before Argon2id, "
     "versioned rotation, encryption alternative, constant-time compare, dummy hash against enumeration."),
    (3,
     "So the salt is unique per user and it's not secret, it sits next to the hash, and it stops precomputed "
     "tables and means identical passwords don't look identical. A pepper is a secret key that's the same for "
     "everyone, and you keep it outside the database, like in a secrets manager, so someone who only dumps the DB "
     "can't even start cracking. You'd combine it with the password using an HMAC before the slow hash. And when "
     "you check a login you compare in constant time so you don't leak anything through timing.",
     "adequate", "adequate", [], [],
     "Core distinction and placement are right, but nothing on pepper rotation or versioning, HSM/KMS-held keys, "
     "or timing-based account enumeration."),
    (3,
     "Salt's per-user and public, it's stored with the hash and its job is making each hash unique. The pepper is "
     "the secret part and it should live outside the database, ideally inside hardware that does the keyed hash "
     "for us so the key can't be copied out. And that's the big win: because the pepper never leaves the hardware, "
     "even someone who takes full control of our application servers can never get at a single user's password. "
     "On verification I'd use the library's verify function so the comparison is constant-time, and I'd version "
     "the pepper so it can be rotated as users log in.",
     "adequate", "bluff", [],
     ["because the pepper never leaves the hardware, even someone who takes full control of our application "
      "servers can never get at a single user's password"],
     "Bluff, false absolute stated in plain words about the mechanism: an attacker controlling the app servers "
     "sees plaintext passwords at login and can use the HSM as an oracle for guesses; the HSM stops key "
     "extraction, not key use. Salt/pepper design otherwise right, so adequate."),
    (3,
     "Salt versus pepper: the salt's a per-user random value, stored in the open next to the hash, and all it does "
     "is make every hash unique so attackers can't use lookup tables or crack everyone in one pass. The pepper's a "
     "single system-wide secret that lives outside the database, secrets manager at minimum, ideally an HSM "
     "or KMS that runs the HMAC so we never hold the key. That's what would've saved us here, since they only got "
     "the table. The awkward bit is rotation: with an HMAC pepper you need the plaintext to re-pepper, so each row "
     "records which pepper version it used and gets moved on at next login. I know you can also encrypt the "
     "stored hash with a KMS key instead, which is easier to rotate, but I'd have to look up whether our KMS "
     "supports HMAC keys directly or only encryption. Verification goes through a constant-time compare, plus a "
     "dummy hash for nonexistent users so timing doesn't give away which emails are registered.",
     "strong", "honest", [], [],
     "Honest about one product detail (KMS HMAC support) while covering everything that matters correctly: "
     "the honest answer banded strong."),
    (3,
     "The key thing is to protect the salt. If the attacker gets the salt along with the hash, the salt doesn't "
     "really do anything, so I'd move the salts into a separate table with tighter permissions, and that's "
     "basically our pepper. Then even with the hashes they'd be missing half of what they need. For checking a "
     "login I'd just test whether the computed hash string equals the stored one.",
     "weak", "pattern",
     ["The salt should be kept secret, so we store it in a separate table.",
      "Just compare the hash strings with ==, it's only a hash."],
     ["If the attacker gets the salt along with the hash, the salt doesn't really do anything"],
     "Acts out the 'secret salt in a separate table' and plain-equality weak answers; the claim that a known salt "
     "is useless is the misconception, listed as a false claim."),
    (3,
     "Okay, salt is per user, random, not secret: it's stored with the hash and just makes every hash unique. "
     "Pepper is a single secret kept outside the database, in something like Vault or a cloud KMS, so a SQL dump "
     "alone isn't crackable; you HMAC the password with it before the Argon2id step and keep a version number so "
     "you can rotate it. For the check itself, constant time: in Python that's hmac.compare_digest, which I "
     "believe was only added in Python 3.8, though I'd want to check that. Plain == bails out at the first "
     "mismatched byte, which leaks timing.",
     "adequate", "hedged", [], ["I believe was only added in Python 3.8"],
     "Hedged wrong version: hmac.compare_digest exists since Python 3.3 (and 2.7.7). Not a bluff; the rest is "
     "correct but misses the dummy hash and HSM-held keys."),

    # ---------------- Round 4: PM wants to remove all password rules ----------------
    (4,
     "I'd say yes to part of it. The uppercase-digit-symbol rules and the 90-day change are exactly what NIST "
     "800-63B tells you not to do; people just end up with Password1! and then Password2!. So drop those, and only "
     "force a change if we think an account's been compromised. But I wouldn't drop everything. We still need a "
     "minimum length, and we should screen new passwords against lists of breached ones. That actually makes "
     "sign-up easier, not harder.",
     "adequate", "adequate", [], [],
     "Right split (drop composition and rotation, keep length and breach screening) but no maximum-length fix, "
     "no concrete lengths, no k-anonymity check, rate limiting or MFA."),
    (4,
     "The PM's half right. NIST 800-63B says no composition rules and no scheduled expiry, so those go, along with "
     "the 16-character cap; allow at least 64 and let people paste from password managers. What stays is length "
     "and a breached-password check. For the check I'd call the Pwned Passwords range API: hash the password with "
     "SHA-1, send only the first five characters, and you get back the matching suffixes. If the prefix isn't in "
     "their corpus the API answers 404, which tells us the password is clean; otherwise we search the suffix list "
     "ourselves. Add rate limiting on login and MFA and we're in good shape.",
     "adequate", "bluff", [],
     ["If the prefix isn't in their corpus the API answers 404, which tells us the password is clean"],
     "Bluff, wrong status code: every five-character prefix has entries and the range endpoint returns 200 with a "
     "suffix list; 'not breached' means the suffix is absent. Policy content is right, so adequate."),
    (4,
     "I'd push back on the PM. The complexity rules are there for a reason: every extra character class multiplies "
     "the search space, so mixing upper, lower, digits and symbols is harder to brute-force than letters alone. "
     "Removing them would make our users' passwords weaker overnight. If conversion's the problem we could add a "
     "strength meter so the rules feel less annoying, but the rules themselves should stay, and so should the "
     "90-day rotation.",
     "weak", "pattern",
     ["Complexity rules make passwords stronger, so we should keep them.",
      "Forcing a change every 90 days limits how long a stolen password is useful."],
     ["Removing them would make our users' passwords weaker overnight"],
     "Acts out the 'complexity rules make passwords stronger' and '90-day rotation' weak answers, against NIST "
     "SP 800-63B; the claim about weaker passwords is the misconception, listed as a false claim."),
    (4,
     "So I'm with the PM on most of it. NIST's 800-63B guidance moved away from composition rules and forced "
     "periodic resets years ago, because they push people into predictable patterns, so both of those can go, and "
     "the 16-character maximum should go too. What I wouldn't remove is a minimum length and a check against "
     "known-breached passwords. I know the newest revision raised the minimum for password-only accounts, but I "
     "honestly don't remember the exact number; I'd look it up in the current 800-63B before we set it.",
     "adequate", "honest", [], [],
     "Honest about the Revision 4 minimum; the policy split is correct but there is no breach-check mechanism, "
     "rate limiting or MFA."),
    (4,
     "Yeah, so the pieces would be: NIST SP 800-63B, minimum length, a maximum of at least 64, no composition "
     "rules, no periodic rotation, a breached-password blocklist, Have I Been Pwned, k-anonymity, the SHA-1 "
     "prefix, rate limiting, MFA, passkeys, allowing paste, password managers, and PCI DSS.",
     "weak", "list", [], [],
     "Only names the right terms; says nothing about what to keep, what to drop, or why."),
    (4,
     "What I'd actually focus on for conversion is the sign-up funnel itself. We should A/B test a single-page "
     "form against the current three-step flow, defer email verification until after the first session, and offer "
     "Sign in with Google and Sign in with Apple so people can skip the form. I'd instrument each step with "
     "analytics events so we can see exactly where users drop off, and then fix the worst step first instead of "
     "guessing.",
     "weak", "offtopic", [], [],
     "Fluent product-funnel advice that never addresses the password rules or NIST guidance."),

    # ---------------- Round 5: migrating 20 million unsalted MD5 hashes ----------------
    (5,
     "I wouldn't wait on logins for this one. Unsalted MD5 is close to plaintext against a GPU and lookup tables, "
     "and a big chunk of those twenty million accounts will never sign in again. So phase one is a batch job: take "
     "each stored MD5 value, run it through Argon2id with a new random salt, and store that with a flag marking it "
     "as a wrapped legacy hash. No passwords needed, and once it's verified the MD5 column gets dropped and "
     "scrubbed from backups, replicas, exports, wherever copies went. Phase two happens at login: for flagged rows, "
     "MD5 what the user typed, verify that against the Argon2id wrapper, and on success re-hash the real password "
     "with Argon2id directly and clear the flag. One caveat: if those MD5 values ever leaked before, an attacker "
     "can match them against the wrappers, so I'd force resets on exposed accounts. Going forward, since the "
     "parameters sit in the encoded hash, every successful login checks them against current policy and upgrades "
     "in place. Then a yearly review of the numbers, and a metric for how many hashes lag behind.",
     "strong", "strong", [], [],
     "Correct and complete: wrap all hashes now, purge copies, MD5-then-verify at login and rehash, shucking "
     "caveat with resets, rehash-on-login from encoded parameters, periodic review and tracking."),
    (5,
     "I'd wrap them. Run every existing MD5 hash through Argon2id right away, so the whole table's protected "
     "without needing anyone's password, and remember which rows are wrapped. Then when someone logs in, you MD5 "
     "their input, check it against the wrapper, and if it matches you store a proper Argon2id hash of the actual "
     "password. After that I'd just keep an eye on the parameters and raise them now and then.",
     "adequate", "adequate", [], [],
     "Wrap-then-upgrade is right, but nothing on purging MD5 from backups and copies, the leaked-MD5 caveat, or "
     "an automatic rehash check at login."),
    (5,
     "The neat trick is wrapping. We run Argon2id over all the existing MD5 hashes in one batch, so everything's "
     "protected immediately. The nice part is that after that we can treat them like any other Argon2id hash: when "
     "the user logs in we just run Argon2id on the password they typed and compare it to the stored value, and it "
     "matches, because the wrapper already has the MD5 step folded into it. So there's no special legacy code path "
     "to maintain, and we delete the MD5 column the same day.",
     "weak", "bluff", [],
     ["when the user logs in we just run Argon2id on the password they typed and compare it to the stored value, "
      "and it matches, because the wrapper already has the MD5 step folded into it"],
     "Bluff, wrong in plain words about the mechanism: the stored value is Argon2id(MD5(password)), so the "
     "verifier must compute MD5 first and needs a legacy flag; as described, every wrapped user fails to log in. "
     "The error is at the centre of the design: weak."),
    (5,
     "Honestly the cleanest path is upgrade-on-login. When a user signs in we have the plaintext, so we check it "
     "against the MD5, then write an Argon2id hash and blank the MD5. There's a well-known figure from the big "
     "identity providers that about 95 percent of accounts sign in within two weeks of a change like this, so in "
     "a fortnight the table is basically migrated, and then we force a reset on the few stragglers. That avoids any "
     "clever wrapping scheme and keeps the code simple.",
     "weak", "bluff",
     ["Just rehash each user's password to Argon2id the next time they log in."],
     ["There's a well-known figure from the big identity providers that about 95 percent of accounts sign in "
      "within two weeks of a change like this"],
     "Bluff, invented statistic: there is no such figure, and legacy user bases are full of dormant accounts. The "
     "statistic justifies leaving MD5 exposed instead of wrapping, so it sits at the centre: weak."),
    (5,
     "I'd keep it simple: next time each user logs in, we verify against the old MD5, and since we have their "
     "password in hand at that moment, we hash it with Argon2id and overwrite the MD5 value. Over time everyone "
     "gets migrated without any big-bang job or forced resets, and we never have to touch the hashes of people who "
     "aren't using the product anyway.",
     "weak", "pattern",
     ["Just rehash each user's password to Argon2id the next time they log in."], [],
     "Acts out the login-only migration weak answer: dormant accounts keep unsalted MD5 indefinitely."),
    (5,
     "So the approach I'd take is wrapping: Argon2id over each MD5 value now, for every account, so nothing sits "
     "as bare MD5 while we wait, and then at login verify through MD5-then-Argon2id and replace it with a direct "
     "Argon2id hash of the password. For keeping parameters current, I know the Argon2 libraries have a helper "
     "that tells you if a stored hash was made with older settings so you can rehash at login, but I'd need to "
     "look up what it's called in the library we'd use.",
     "adequate", "honest", [], [],
     "Honest about the helper's name; wrap-and-upgrade is right but purging old copies, the leaked-MD5 caveat "
     "and monitoring are missing."),
]

FIELDS = ("id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note")


def build():
    counters = {}
    records = []
    for rnd, answer, band, kind, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        rec = {
            "id": "pwd-r%d-%02d" % (rnd, counters[rnd]),
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": list(pq),
            "false_claims": list(fc),
            "note": note,
        }
        assert tuple(rec) == FIELDS
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))


if __name__ == "__main__":
    build()
