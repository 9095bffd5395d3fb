import subprocess, datetime
stats = subprocess.run(["python3", "stats.py"], capture_output=True, text=True, check=True).stdout
readme = f"""# Evaluation set: tls-certificate-rotation

Topic: TLS certificate rotation and mTLS in a service fleet (certificate lifetimes, ACME / cert-manager
renewal, SPIFFE/SPIRE SVIDs, chains and intermediates, OCSP stapling vs CRLs, hot reload, ECDSA P-256 vs
RSA 2048, TLS 1.3, clock skew, CA rollout and rollback with trust bundle overlap).

## Provenance
- Written on {datetime.datetime.utcnow().strftime('%Y-%m-%d')} (UTC, machine clock) by a helper session, from the brief /work/notes/hdev2.md.
- Written blind to the grading engine: no engine code, tests, benchmark answer data or .jsonl files were read.
  Only the three permitted gauntlet documents were read, to learn the document format.
- Facts come from the author's own knowledge of the public standards and tools (RFC 8446, RFC 6066, RFC 6960,
  RFC 7633, RFC 5280, CA/Browser Forum Baseline Requirements and ballot SC-081, cert-manager, SPIFFE/SPIRE,
  nginx, Envoy, Go crypto/tls); nothing was fetched from the network.

## Files
- `tls-certificate-rotation.txt` - the gauntlet document (5 rounds, strong answers, weak answers, Trap Alerts
  in rounds 2 and 4, Trap Question Variants in rounds 4 and 5, Senior Signal in round 3, closing table).
- `tls-certificate-rotation_answers.jsonl` - 30 labelled candidate answers, 6 per round, ids `tlsrot-rN-NN`.
- `make_answers.py` - the source the JSONL was generated from.
- `stats.py` - validation (every line parses, unique ids, 30-150 words, pattern_quotes are exact document text,
  false_claims are exact answer text, bluff flag consistent with kind, strong answers 150-300 words) and counts.
- `build_readme.py` - writes this README, embedding the output of `stats.py`.

## Label rules
- Fields: id, round, answer, band (strong|adequate|weak), bluff (true|false),
  kind (strong|adequate|weak|offtopic|pattern|bluff|honest|list|hedged), pattern_quotes, false_claims, note.
- band = what a demanding senior interviewer gives. strong: most of the substance and correct; adequate: core
  right, important parts missing; weak: little substance, wrong, off-topic, or only a weak pattern.
- A confident false claim makes an answer a bluff (bluff=true) and at most adequate.
- Honest uncertainty ("I'd need to look up...") is never a bluff; an honest answer is banded by what it still
  gets right.
- hedged: a wrong number said with an explicit hedge ("I want to say X but I'd check") - not a bluff.
- list: only names the right terms without any statement - weak.
- pattern: exhibits one or more of the document's "Common Weak Answers"; pattern_quotes holds the exact quote(s).
- false_claims holds the exact false words for bluff answers.
- Each bluff uses a different kind of false specific: wrong HTTP status (r1-04, 503 vs 429), wrong default
  lifetime (r2-03, SVID TTL), false absolute about the protocol (r2-04, TLS 1.3 client cert in cleartext),
  feature credited to the wrong product (r3-04, nginx inotify reload), invented statistic (r4-03), wrong
  numeric error code (r4-04, OpenSSL error 10 vs 9), rule credited to the wrong standard (r5-04, RFC 5011).

## Counts (computed by stats.py)
```
{stats}```
"""
open("README.md", "w").write(readme)
