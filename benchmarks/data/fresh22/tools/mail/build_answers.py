#!/usr/bin/env python3
"""Build mail_answers: 30 labelled answers for the email-deliverability gauntlet.

Writes email-deliverability_answers.jsonl next to this script, one JSON object per line,
fields in the order: id, round, answer, band, bluff, kind, pattern_quotes, false_claims, note.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "email-deliverability_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: SPF, DKIM, DMARC and alignment ----------------
    (1, "strong", "strong",
     "Okay, so the way I think about it, each one protects a different identity. SPF is a DNS TXT record "
     "on the envelope sender's domain, the bounce address, listing which IPs are allowed to send for it; "
     "the receiver compares the connecting IP. It doesn't look at the header From at all, and it falls over "
     "on forwarding since the forwarder's IP isn't listed, plus there's that ten-lookup cap where too many "
     "includes give you a permerror. DKIM is a cryptographic signature over headers and body; the d= tag "
     "names the signing domain and the public key sits under the selector in _domainkey. It survives a plain "
     "relay as long as nobody rewrites the message. Then DMARC is the glue: it needs one of those two to pass "
     "for a domain that matches the visible From, relaxed meaning same organizational domain by default, and "
     "it publishes a policy of none, quarantine or reject plus where to send the aggregate reports. With an "
     "ESP the usual gotcha is they sign with their own domain, so I'd configure our own DKIM keys and a "
     "custom bounce subdomain to get alignment.",
     [], [],
     "Correct on all three, including envelope versus header From, the 10-lookup limit, forwarding, "
     "selector lookup, relaxed alignment as default, policies and reports, and the ESP alignment trap."),
    (1, "adequate", "adequate",
     "So SPF says which servers can send mail for our domain, it's a TXT record in DNS listing IP ranges and "
     "includes, like an include for our email provider. DKIM adds a signature to the message with a private "
     "key, and the receiver grabs the public key from DNS to check nobody changed it. DMARC sits on top and "
     "tells receivers what to do when those checks fail, you pick none, quarantine or reject, and you can get "
     "reports back. I'd set all three up for our sending domain before worrying about anything else.",
     [], [],
     "Core roles are right, but it never says which domain SPF checks (envelope, not From) and misses "
     "alignment entirely, which is the point of DMARC."),
    (1, "pattern", "weak",
     "Honestly we'd use something like SendGrid or Postmark, and they handle all of that stuff for you. You "
     "click through their setup, they give you a couple of DNS records to paste in, and from then on SPF, DKIM "
     "and DMARC are basically their problem, not ours. I wouldn't want our engineers spending time on email "
     "plumbing when there's a vendor whose whole job is deliverability.",
     ["Our email provider takes care of all of that for us."], [],
     "Acts out the 'provider takes care of it' weak answer: explains none of the three and ignores that the "
     "provider's default domain does not align with ours."),
    (1, "bluff", "adequate",
     "Right, so SPF is about the envelope: the Return-Path domain publishes the IPs allowed to send, and the "
     "receiver checks the connecting server against that. DKIM signs the headers and body, and the d= domain "
     "in the signature tells you whose key to fetch. DMARC then requires that whichever one passed matches the "
     "From domain the user sees. One gotcha: alignment in DMARC defaults to strict, so if your ESP signs as "
     "mail.example.com and your From is example.com it won't align until you explicitly add adkim=r to the "
     "record. After that you pick a policy and collect the aggregate reports.",
     [], ["alignment in DMARC defaults to strict",
          "it won't align until you explicitly add adkim=r to the record"],
     "Bluff, contradicted default: adkim and aspf default to relaxed (r) in RFC 7489, so a subdomain signature "
     "aligns without any tag. The rest is correct and the error is a side detail, so adequate."),
    (1, "bluff", "weak",
     "Sure. SPF is the basic one: the receiving server takes the sender address the user sees in the message "
     "and checks that the sending server is allowed to send for that domain, which is what stops people "
     "spoofing our name in the inbox. DKIM adds a signature so the body can't be altered on the way, and DMARC "
     "is basically a policy switch on top telling receivers to reject or quarantine whatever fails. So as long "
     "as our provider's servers are in the SPF record, the visible sender is covered and we're protected.",
     [], ["the receiving server takes the sender address the user sees in the message and checks that the "
          "sending server is allowed to send for that domain"],
     "Bluff, wrong mechanism in plain words: SPF checks the envelope sender (MAIL FROM / Return-Path), not the "
     "visible From address; only DMARC alignment ties authentication to the From domain. The error is the "
     "centre of the question (which domain each checks), so weak."),
    (1, "hedged", "adequate",
     "Um, SPF is a DNS record listing the servers that can send with our domain as the envelope sender, and "
     "I think the limit on DNS lookups inside it is something like twenty, but I'd double-check that before "
     "adding more includes. DKIM signs the message and the key lives in DNS under a selector. DMARC ties them "
     "to the From domain, that's the alignment piece, and sets the policy for failures and where the reports "
     "go.",
     [], ["I think the limit on DNS lookups inside it is something like twenty"],
     "Hedged wrong number: the SPF limit is 10 DNS lookups (RFC 7208), stated with an explicit hedge, so not a "
     "bluff. Roles and alignment are right but thinly explained: adequate."),

    # ---------------- Round 2: SMTP reply codes and bounces ----------------
    (2, "strong", "strong",
     "So the leading digit tells you most of it. Four-hundreds are temporary: keep the message queued and try "
     "again later with growing gaps, and the SMTP spec expects you to keep trying for days, typically four or "
     "five, before you generate a failure notice. Five-hundreds are final, so no resend. The 421s are usually "
     "the receiver deferring us, often throttling, and 450 can be greylisting or a mailbox that's unavailable "
     "for now. Then I'd look past the basic code to the enhanced one, the x.y.z. A 5.1.1 is an unknown user, "
     "so that address goes on a permanent suppression list right away. A 5.7-something is policy, meaning "
     "auth, reputation or content, which is our problem to fix, not the recipient's; Gmail's 5.7.26 is "
     "unauthenticated mail, for example. Not every bounce comes back in the session either, some arrive later "
     "as delivery status notifications, so I'd encode the recipient in the return path or use the provider's "
     "webhooks. And I'd chart hard bounces per domain, since a rising rate signals bad list hygiene.",
     [], [],
     "Correct and complete: transient versus permanent, retry for days, enhanced codes 5.1.1 versus 5.7.x with "
     "different actions, Gmail 5.7.26, asynchronous DSNs with VERP or webhooks, bounce-rate monitoring."),
    (2, "adequate", "adequate",
     "Basically 4xx means try again later and 5xx means it failed for good. So our sender should retry the "
     "421s and 450s with some backoff, and the 550s should be marked as bounced. For hard bounces, like an "
     "address that doesn't exist, we stop sending to that address, because continuing to mail dead addresses "
     "hurts our reputation. Soft bounces we'd retry and maybe suppress if they keep happening over several "
     "sends.",
     [], [],
     "Right split and right suppression instinct, but no enhanced status codes, treats every 550 alike "
     "(missing policy rejections that are about the sender), and no asynchronous bounces."),
    (2, "pattern", "weak",
     "I'd keep it simple: if a message bounces, the address is bad, so we take it off the list. Doesn't really "
     "matter whether it's a 421 or a 550, a bounce is a bounce, and keeping dead addresses around only hurts "
     "us. We'd have a job that reads the bounce events every night and unsubscribes everyone who bounced that "
     "day.",
     ["Any bounce means the address is bad, so we remove it from the list."],
     ["if a message bounces, the address is bad"],
     "Acts out the 'any bounce means a bad address' weak answer: ignores the 4xx/5xx split and policy "
     "rejections; the misconception is listed as a false claim."),
    (2, "bluff", "weak",
     "So 4xx is temporary and we retry with backoff, 5xx is permanent and we stop. The enhanced codes tell you "
     "why. The one you see most is 5.7.1, which is user unknown, the mailbox doesn't exist, so every 5.7.1 goes "
     "straight onto the suppression list and we never mail that address again. A 5.1.1 on the other hand is "
     "the receiver blocking us on policy, so for those we look at our authentication and reputation. Async "
     "bounces come in as DSNs and we match them back to users with VERP.",
     [], ["5.7.1, which is user unknown, the mailbox doesn't exist",
          "A 5.1.1 on the other hand is the receiver blocking us on policy"],
     "Bluff, wrong status codes: in RFC 3463 X.1.1 is bad destination mailbox (user unknown) and X.7.1 is "
     "delivery not authorized (policy). The swap inverts the suppression logic at the centre of the answer: "
     "weak."),
    (2, "bluff", "adequate",
     "Right, the leading digit is what matters: two is accepted, four is a transient failure that we queue and retry "
     "with backoff over several days, five is permanent so we don't retry. The three digits alone are vague, "
     "so I'd pull out the extended status codes, which are defined in RFC 5322, the x.y.z ones. 5.1.1 means the "
     "mailbox doesn't exist, a hard bounce to suppress straight away; 5.7.x is policy, so that's about us and "
     "our authentication or reputation, and we shouldn't drop the recipient for it. I'd also handle bounces "
     "that arrive later as DSN messages.",
     [], ["which are defined in RFC 5322"],
     "Bluff, misattributed RFC: enhanced mail system status codes are RFC 3463; RFC 5322 is the Internet "
     "Message Format. Everything else is correct and the citation is incidental: adequate."),
    (2, "honest", "adequate",
     "I know the basic split: anything starting with 4 is temporary and the sending side should queue it and "
     "retry, anything with 5 is permanent and you shouldn't keep hammering the server with it. Hard bounces for "
     "addresses that don't exist should be suppressed. Beyond that, there are those longer codes like 5.x.x "
     "that say more precisely what went wrong, but honestly I don't remember which number means what, I'd need "
     "to look up the table before writing the parsing logic. Same for how long the retries should go on, I'd "
     "check the RFC rather than guess.",
     [], [],
     "Honest about the enhanced-code table and retry duration; what it states is correct but misses policy "
     "rejections and asynchronous bounces: adequate."),

    # ---------------- Round 3: bulk-sender rules and warm-up ----------------
    (3, "adequate", "adequate",
     "First thing, the newsletter shouldn't share infrastructure with the password resets, so I'd put it on its "
     "own subdomain and the new IP. Then warm the IP up gradually, a small volume to the people who engage the "
     "most, and increase over a few weeks while watching bounces and complaints. And I'd make sure the "
     "marketing mails have an easy unsubscribe and that we only mail people who actually agreed to get "
     "marketing.",
     [], [],
     "Stream separation and engagement-led warm-up are right, but it never states the Gmail/Yahoo bulk-sender "
     "requirements (aligned DMARC, one-click unsubscribe, spam-rate threshold, PTR, TLS)."),
    (3, "pattern", "weak",
     "The nice thing about a brand-new dedicated IP is that it's clean, nobody's spammed from it, so its "
     "reputation is basically perfect from the start. I'd set up the DNS records, get the list loaded and send "
     "all 800,000 on launch day. If a few providers push back we can look at it then, but there's no reason to "
     "drip it out over weeks when the IP has a spotless record.",
     ["Just send the whole list on day one; the IP is clean, so the reputation is perfect."],
     ["its reputation is basically perfect from the start"],
     "Acts out the 'clean IP, send everything on day one' weak answer; a new IP has no reputation, so the "
     "misconception is listed as a false claim."),
    (3, "bluff", "adequate",
     "Okay, two parts. Compliance first: above five thousand a day to Gmail or Yahoo we need SPF, DKIM and a "
     "DMARC record with alignment, reverse DNS on the IP, TLS, one-click unsubscribe headers, and a spam rate "
     "under 0.3 percent in Postmaster Tools. Then warm-up, which people skip at their peril. Google has "
     "published that around 85 percent of new IPs that skip warm-up end up on its internal blocklist within the "
     "first week. So I'd ramp over a month or so, engaged recipients first, roughly doubling each day things "
     "look clean, and keep the newsletter on its own subdomain.",
     [], ["Google has published that around 85 percent of new IPs that skip warm-up end up on its internal "
          "blocklist within the first week"],
     "Bluff, invented statistic: Google has published no such figure. The requirements and warm-up plan are "
     "otherwise correct and the statistic is decoration, so adequate."),
    (3, "honest", "strong",
     "Right, so there are the Gmail and Yahoo rules from early 2024 for bulk senders. I remember the shape: SPF "
     "and DKIM both, a DMARC record even if it's only monitoring, the From domain aligned, reverse DNS, TLS, and "
     "one-click unsubscribe through the list-unsubscribe headers, with opt-outs processed within a couple of "
     "days. There's a complaint-rate ceiling measured in Postmaster Tools, but I'd need to look up the exact "
     "percentage and the exact daily volume that makes you a bulk sender. For the IP itself, it has no "
     "history, so I'd ramp it over several weeks, starting with recently active subscribers and growing while "
     "bounces, deferrals and complaints stay low, tracked per mailbox provider. Marketing goes on a separate "
     "subdomain from transactional so resets are protected. And if the list includes people who never opted "
     "in, I'd cut them, and tell marketing the date may slip.",
     [], [],
     "Honest about two numbers (the 0.3 percent threshold and the 5,000-a-day cutoff) but covers nearly all "
     "the substance correctly: requirements, stream separation, per-provider engagement-led warm-up, list "
     "quality, pushing back on the date. Strong."),
    (3, "list", "weak",
     "Uh, so: SPF, DKIM, DMARC, reverse DNS, TLS, one-click unsubscribe, List-Unsubscribe-Post, Postmaster "
     "Tools, spam rate, warm-up, dedicated IP, subdomain, engagement, suppression list, double opt-in, "
     "feedback loops, blocklists, sunsetting, seed testing. Yeah, those are basically the things I'd be "
     "thinking about before we launch.",
     [], [],
     "Only names the right terms without saying anything about them: no requirement, no ramp, no reasoning."),
    (3, "hedged", "weak",
     "So there are requirements from Gmail and Yahoo now for big senders. You need authentication set up and an "
     "unsubscribe link, and your spam complaint rate has to stay below, I believe it's 1 percent, don't quote "
     "me on that though. Other than that I'd just send to the people who signed up and watch how it goes.",
     [], ["I believe it's 1 percent"],
     "Hedged wrong number: the threshold is 0.3 percent (0.1 recommended), stated with an explicit hedge, so "
     "not a bluff. Otherwise thin, with no warm-up or stream separation: weak."),

    # ---------------- Round 4: p=reject today? ----------------
    (4, "strong", "strong",
     "I'd agree with where they want to end up, but not with doing it today. Monitoring mode doesn't stop "
     "anyone spoofing us, true, but it's also the only thing Google and Yahoo actually demand, so there's no "
     "external deadline. The danger is our own senders: support desk, CRM, invoicing, whatever marketing "
     "signed up for, each has to pass SPF or DKIM aligned with our From domain, or a reject policy bounces "
     "them. So step one, make sure aggregate reports land somewhere we can read them, and spend a few weeks "
     "going through them: which IPs send as us, how much, and whether they pass aligned. Fix the legit ones "
     "with our own DKIM keys or custom bounce domains, shut down the unknown ones. Then quarantine at a small "
     "percentage, ramp it up, then reject, checking reports at each step. Meanwhile lock down parked domains "
     "with a reject record and an SPF record that allows nothing. Some forwarded mail will still fail, and "
     "that's an accepted cost.",
     [], [],
     "Agrees with the goal, names the real risk (unaligned third-party senders), uses aggregate reports to "
     "inventory and fix, stages through quarantine and pct, protects parked domains, accepts forwarding loss."),
    (4, "pattern", "weak",
     "Yeah, I'm with the security team on this one. Reject is the most secure option, so why sit at none? We "
     "change the TXT record this afternoon and we're done. If something legitimate does break, someone will "
     "tell us and we can fix that sender then, but the protection is worth it.",
     ["Sure, set p=reject now — it's the most secure setting."], [],
     "Acts out the 'set reject now, it's most secure' weak answer: no inventory of senders, no reports, "
     "failures found by customers."),
    (4, "bluff", "adequate",
     "I'd push back on the timing, not the goal. Our own third-party senders have to be aligned first, "
     "otherwise reject throws away our own invoices and support replies. So I'd read the aggregate reports for "
     "a few weeks, inventory every source sending as us, fix each with aligned DKIM, then go quarantine, then "
     "reject, watching the reports in between. Forwarding isn't really a worry once everything's signed, "
     "because a signature always survives forwarding and mailing lists untouched, so only the sending-server check "
     "ever breaks. That's why I'd lean on DKIM rather than SPF for every vendor.",
     [], ["a signature always survives forwarding and mailing lists untouched, so only the sending-server check ever "
          "breaks"],
     "Bluff, false absolute about the mechanism in plain words: mailing lists commonly rewrite the subject or "
     "append footers, which breaks DKIM (the reason ARC exists). The staged plan is correct and the claim is a "
     "side remark, so adequate."),
    (4, "honest", "adequate",
     "My instinct is that jumping to reject today is risky, because anything sending as our domain that isn't "
     "set up properly would start getting bounced, and we probably have more of those than we think. I know the "
     "aggregate reports are meant for exactly this, seeing who sends as us, but I've never parsed them myself, "
     "so I'd need to look up the format or find a tool for it. There's also a percentage tag for a gradual "
     "rollout, I think, but I'd have to check how it applies before relying on it. So: reports first, fix "
     "senders, then tighten.",
     [], [],
     "Honest about the report format and pct semantics; the plan it states is correct but lacks alignment "
     "detail, subdomain policy and parked domains: adequate."),
    (4, "list", "weak",
     "So for this I'd bring up: p=none, p=quarantine, p=reject, pct, rua, ruf, sp, adkim, aspf, aggregate "
     "reports, forensic reports, alignment, third-party senders, ARC, forwarding, mailing lists, BIMI, parked "
     "domains, SPF, DKIM. Yeah, those are all the pieces that come into it, I think.",
     [], [],
     "Only names DMARC tags and concepts without saying anything about them or taking a position."),
    (4, "offtopic", "weak",
     "Security teams push stuff like this all the time, and honestly for the website I'd say the bigger win is "
     "HTTP headers. Turn on HSTS with a long max-age and preload it, add a Content-Security-Policy, first in "
     "report-only mode so you see what breaks, then enforce it. Set frame-ancestors to stop clickjacking. "
     "Those protect our users directly and they're cheap to roll out.",
     [], [],
     "Fluent but about web security headers, not DMARC policy or email."),

    # ---------------- Round 5: debugging mail in spam ----------------
    (5, "strong", "strong",
     "So first, evidence. I'd grab the raw source of an affected message from a test account or a user, and "
     "read the authentication results header: did SPF, DKIM and DMARC pass, and for which domains? Often "
     "something quietly changed, a rotated signing key, a new sending IP that's not in the record. If that's "
     "clean, I'd open Postmaster Tools and look at the spam-rate graph and compliance status to see when it "
     "started and whether it tracks a particular send. Then ask what changed on the business side: an old "
     "segment got mailed, a bot is hitting the signup form and filling the list with junk and traps, a link "
     "points to a domain that got blocklisted. I'd check our IPs and link domains on Spamhaus and friends. Fix "
     "the cause, then accept recovery takes days or weeks of clean sending. For next time: alerts on bounces, "
     "deferrals and complaint rate per stream, daily DMARC report processing, DNS record monitoring, sunset "
     "policies for inactive users, and a named owner for deliverability.",
     [], [],
     "Evidence first (headers, alignment), Postmaster data, business-side changes, blocklists, realistic "
     "recovery, and concrete monitoring plus ownership."),
    (5, "adequate", "adequate",
     "I'd start by looking at the headers of one of the messages that went to spam, to see if SPF, DKIM and "
     "DMARC all passed. If something's failing there, that's probably it, maybe a DNS record got changed. If "
     "they pass, I'd check Google Postmaster Tools for our spam complaint rate and see if it jumped. Then I'd "
     "probably add some monitoring on bounces and complaints so we notice sooner.",
     [], [],
     "Right first steps, but nothing on list or content changes, blocklists, recovery time or ownership."),
    (5, "pattern", "weak",
     "This is almost always the content. Somebody probably wrote a subject line with FREE in caps or an "
     "exclamation mark or three, and the spam filters pick up on those trigger words. I'd run the template "
     "through one of those spam-score checkers, rewrite anything salesy, cut down the images, and resend. Then "
     "add a content review step before anything goes out.",
     ["It's probably the content — remove words like 'free' and too many exclamation marks."],
     ["This is almost always the content."],
     "Acts out the 'it's the content, remove trigger words' weak answer; ignores authentication, reputation "
     "and list quality. The misconception is listed as a false claim."),
    (5, "bluff", "adequate",
     "I'd start with the headers on a message that landed in spam, checking SPF, DKIM and DMARC and that they "
     "aligned with our From domain. Then Postmaster Tools: Gmail's Postmaster Tools will send you a copy of "
     "each message a user marks as spam, so I'd pull those complaint reports and see which campaign and which "
     "users they came from. I'd check blocklists for our IPs and link domains, and look at whether marketing "
     "mailed an old segment recently. Longer term, alerting on complaint rate and bounces per stream.",
     [], ["Gmail's Postmaster Tools will send you a copy of each message a user marks as spam"],
     "Bluff, feature credited to the wrong product: per-message complaint reports are a feedback-loop feature "
     "of Yahoo's CFL or Microsoft's JMRP; Gmail gives only aggregate spam rates (and the Feedback-ID loop). "
     "The rest of the process is sound: adequate."),
    (5, "honest", "weak",
     "Honestly, I haven't had to debug deliverability myself. I'd probably start by looking at the full headers "
     "of one of the emails to see if anything obviously failed, but I'd need to look up what all the fields "
     "mean. I know Google has some kind of dashboard for senders but I don't know what it shows. I'd likely "
     "pull in someone from our email provider's support.",
     [], [],
     "Honest and not wrong, but almost no substance beyond 'look at the headers': weak."),
    (5, "offtopic", "weak",
     "When notifications stop reaching users, the first thing I check is the push token lifecycle. Tokens "
     "from APNs and FCM go stale when people reinstall the app, so the backend should drop tokens when the "
     "provider says they're unregistered. Then look at the payload, priority and collapse keys, and whether "
     "iOS is throttling background pushes. I'd add delivery receipts and a dashboard for send versus open rate "
     "per platform.",
     [], [],
     "Fluent but about mobile push notification delivery, not email in the spam folder."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in ANSWERS:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "mail-r%d-%02d" % (rnd, counters[rnd]),
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
    print("wrote %d answers to %s" % (len(ANSWERS), OUT))


if __name__ == "__main__":
    main()
