import json
A = []
def a(id, rnd, kind, band, bluff, text, pq=(), fc=(), note=""):
    A.append(dict(id=id, round=rnd, answer=text, band=band, bluff=bluff, kind=kind,
                  pattern_quotes=list(pq), false_claims=list(fc), note=note))

# ---------------- Round 1 ----------------
a("api-r1-01", 1, "strong", "strong", False,
  "So a timeout is the nasty case because the client has no clue what happened — maybe it never got there, maybe it failed, maybe the charge went through and only the response got lost. A blind retry of a POST can charge twice. And per RFC 9110 POST isn't idempotent, PATCH either — the idempotent ones are PUT, DELETE, and the safe ones, GET, HEAD, OPTIONS, TRACE. So we add an idempotency key: the client makes a UUID, v4, for each logical payment and sends it as an Idempotency-Key header, and the server saves the key with the first result and hands that same result back on any retry. Same key across retries, fresh key when it's really a second payment, even if it looks identical. That's how Stripe does it, and there's an IETF draft for the header, not an RFC yet.",
  note="Unknown outcome, RFC 9110 method classes, client-generated key with correct reuse discipline, Stripe and IETF draft status.")
a("api-r1-02", 1, "bluff", "weak", True,
  "Right, the danger is a double charge, because a timed-out request might have actually gone through. So you add idempotency keys, the client sends a UUID in an Idempotency-Key header and the server returns the saved response on a retry. And this is fully standardized now, RFC 8941 defines the Idempotency-Key header and makes it mandatory for POST. Also, RFC 9110 lists POST as the only non-idempotent method, so PATCH is safe to retry as is.",
  fc=["RFC 8941 defines the Idempotency-Key header and makes it mandatory for POST", "RFC 9110 lists POST as the only non-idempotent method, so PATCH is safe to retry as is"],
  note="RFC 8941 is Structured Field Values; the header is still an Internet-Draft. PATCH is not idempotent under RFC 9110. The PATCH claim would cause unsafe retries.")
a("api-r1-03", 1, "bluff", "adequate", True,
  "So when the client times out, the server actually sends back a 408 Request Timeout, which tells the client the charge didn't happen, so it's safe to retry at that point. Where it gets tricky is when there's no response at all, then you need an idempotency key — the client makes a UUID per payment, puts it in a header, and the server stores it with the response and replays that on a retry. Same key for retries, new key for new payments.",
  fc=["when the client times out, the server actually sends back a 408 Request Timeout, which tells the client the charge didn't happen"],
  note="Key mechanism right, but a client-side timeout produces no 408, and a 408 would not prove the charge didn't happen.")
a("api-r1-04", 1, "pattern", "weak", False,
  "Easiest thing is just, um, tell the client not to retry POST requests. If it times out, show the user an error and they can check their bank statement or contact support. Retries on payments are just asking for trouble, so we don't allow them.",
  pq=["Just tell the client not to retry POST requests."],
  note="Documented weak pattern: leaves the payment in an unknown state.")
a("api-r1-05", 1, "hedged", "adequate", False,
  "So retrying a POST after a timeout could double charge, since you don't know if the first one went through. The client should send an idempotency key, a UUID per payment, and the server stores the result and replays it on retries — same key only for retries. HTTP-wise, POST isn't idempotent but PUT and DELETE are, I think that's from RFC 7230, though I'd double-check which RFC it is now.",
  fc=["I think that's from RFC 7230"],
  note="Wrong RFC (method semantics were RFC 7231, now RFC 9110) but hedged, so not a bluff. Core mechanism right, no standards detail.")
a("api-r1-06", 1, "honest", "adequate", False,
  "So the risk is that the timeout hides whether the card got charged, so a plain retry can charge it twice. I'd have the client generate a unique key per payment attempt and resend the same one on every retry, and the server keeps the key with the result and returns that instead of charging again. I know POST isn't idempotent in the HTTP spec and PUT and DELETE are, but I'd have to look up the current RFC number and whether the header itself is standardized yet.",
  note="Correct core with honest gaps on the RFC number and standard status.")

# ---------------- Round 2 ----------------
a("api-r2-01", 2, "strong", "strong", False,
  "So the row is unique on account plus key — merchants could pick the same key, and you never want one merchant seeing another one's response. I'd save a hash of the request, SHA-256 of method, path and the normalized body, a status like started versus done, then the response code and body once we finish, plus created, locked-at and expires-at times. If a retry shows up with the same key but a different hash, that's a client bug, we reject it rather than replay — the IETF draft says 422 for that, 409 if the first one's still running, 400 if the key's missing when it's required. Keep keys at least as long as clients might retry — Stripe says at least 24 hours — and document it. Declines get stored and replayed, but a validation failure before we did anything doesn't, so they can fix it and retry.",
  note="Scoping, fingerprint, state, stored response, draft status codes, expiry window, what not to store.")
a("api-r2-02", 2, "adequate", "adequate", False,
  "I'd keep a table with the idempotency key, the response status and body, and a created timestamp, with a unique index on the key. Keys expire after a day or so, that's roughly what Stripe does. If someone reuses a key with a different body, um, we'd return an error rather than the old response, since that's a client bug.",
  note="Core right; missing per-account scoping, fingerprint mechanism, processing state and the specific status codes.")
a("api-r2-03", 2, "bluff", "adequate", True,
  "So we store the key, a hash of the body, and the full response, scoped per account with a unique constraint. Stripe expires idempotency keys after just one hour, so that's the norm I'd copy, keeps the table small. And if a key comes back with a different body, the IETF spec says you return 409 Conflict, since the key conflicts with the earlier request.",
  fc=["Stripe expires idempotency keys after just one hour", "the IETF spec says you return 409 Conflict"],
  note="Storage right, but Stripe keeps keys at least 24 hours, and the draft gives 422 for a mismatched payload (409 is for a request still in progress).")
a("api-r2-04", 2, "pattern", "weak", False,
  "Pretty simple, we store the key and the response. If the key already exists, we just send back the stored response, no need to look at the body at all, the key is the identity. And we keep it around for a while, maybe a day.",
  pq=["If the key already exists, just return the stored response."],
  note="Documented weak pattern: no fingerprinting, so key reuse with a different payload silently returns the wrong response.")
a("api-r2-05", 2, "list", "weak", False,
  "So, um: key, account ID, request hash, response code, response body, status, timestamps, TTL, 24 hours, 422, 409. That's the stuff I'd be thinking about on the storage side of things.",
  note="Names the right fields and numbers without saying what any of them is for.")
a("api-r2-06", 2, "honest", "strong", False,
  "I'd store the key scoped to the merchant account with a unique constraint, a hash of the request so we can spot a reused key with a different payload, the processing state, and the final status code and body. Retention has to cover the client's retry window — I know Stripe publishes a minimum, I believe it's a day, but I'd want to confirm the exact figure. For the mismatched-body case there's a specific 4xx in the IETF draft; I'm not sure whether it's 422 or 409, I'd need to check.",
  note="Most of the substance right; honest about the status code, and its tentative 'a day' matches Stripe's 24 hours.")

# ---------------- Round 3 ----------------
a("api-r3-01", 3, "strong", "strong", False,
  "For the race, the database decides: both servers try to insert the key row, account plus key, state started, with ON CONFLICT DO NOTHING, and whoever's insert lands owns it. The loser either gets a 409 with Retry-After right away — that's what the IETF draft says — or waits briefly for the winner and then returns the saved response; I'd cap the wait at a second or two, it pins a worker. Checking first and inserting after doesn't work, both see nothing. For the crash, break it into steps with checkpoints: claim the key and create a pending payment in one transaction, call the processor with a key derived from ours so a repeat returns the same auth, then save the result in a second transaction. A row stuck in started past a timeout gets picked up and resumed with the same processor key, and leftovers get reconciled.",
  note="Atomic claim, 409 versus waiting, why check-then-insert fails, phases, downstream key, recovery and reconciliation.")
a("api-r3-02", 3, "adequate", "adequate", False,
  "So for the concurrent ones I'd rely on a unique constraint on the idempotency key, so only one insert wins, and the other request gets a 409 Conflict and retries later. For the crash, I'd pass our idempotency key through to the processor, so when the client retries and we call the processor again, it gives back the same result instead of a second charge.",
  note="Both core ideas right; no recovery of stuck in-progress rows, no phases, no reconciliation.")
a("api-r3-03", 3, "bluff", "weak", True,
  "The concurrent case is easy, you put a unique constraint on the key so one wins and the other gets a 409. For the crash case you actually don't need much, because Visa and Mastercard automatically reject any duplicate authorization for the same card and amount within 24 hours, so when we retry the charge the network just returns the original approval. So you just retry it.",
  fc=["Visa and Mastercard automatically reject any duplicate authorization for the same card and amount within 24 hours, so when we retry the charge the network just returns the original approval"],
  note="Invents a card-network dedup rule; the crash case is the hard part and is answered with a false claim.")
a("api-r3-04", 3, "pattern", "weak", False,
  "So in the handler, first we look up the key in the table, and if it's not there we process the payment and then write the key with the response. If it is there we return the saved response. That handles the duplicates. And for the crash, the client will just retry and we'll process it again.",
  pq=["Check if the key exists, and if not, process the payment."],
  note="Documented check-then-act race; the crash answer would charge twice.")
a("api-r3-05", 3, "offtopic", "weak", False,
  "Honestly for payments the bigger issue is PCI scope. I'd make sure card numbers never touch our servers, use the processor's hosted fields or tokenization so we only ever handle tokens, and then we're in the lightest self-assessment category. Also encrypt everything at rest and rotate the keys regularly.",
  note="PCI scope and encryption; does not address concurrent duplicates or crash recovery.")
a("api-r3-06", 3, "hedged", "adequate", False,
  "Both requests try to insert the key row, unique on account and key, and only one succeeds. The other one gets, I believe the draft says 429 Too Many Requests, but I'd double-check that, or it could wait briefly and return the stored result. For the crash I'd keep the record in a started state and call the processor with a derived idempotency key, so redoing the call is safe, and a sweeper picks up rows stuck in started after a lock timeout.",
  fc=["I believe the draft says 429 Too Many Requests"],
  note="Wrong status (the draft says 409) but explicitly hedged, so not a bluff; design is largely right, no reconciliation.")

# ---------------- Round 4 ----------------
a("api-r4-01", 4, "adequate", "adequate", False,
  "I'd push back on body hashing. Two real payments can look exactly the same — same card, same amount, same merchant — and we'd drop one of them. Only the client knows if it's retrying. To cut the friction we could, um, have our SDKs generate the keys automatically.",
  note="Key argument and SDK mitigation; misses retries with changed bodies, the arbitrary window, and fingerprinting as a complement.")
a("api-r4-02", 4, "pattern", "weak", False,
  "I'd just say no. Idempotency keys are the industry standard, so they're mandatory, end of story, and the partner team will have to adapt. That's not really up for negotiation on a payments API.",
  pq=["No, keys are an industry standard, so they're mandatory."],
  note="Documented weak pattern: appeal to authority, no failure modes, ignores the friction concern.")
a("api-r4-03", 4, "bluff", "adequate", True,
  "Actually body hashing is a reasonable fallback — Stripe does exactly this, it automatically hashes request bodies and dedupes identical POSTs within a ten-minute window for clients that don't send a key. So I'd do keys where the client has them and hashing otherwise. The only issue is two identical legit payments, which is rare, and we could ask the user to confirm.",
  fc=["Stripe does exactly this, it automatically hashes request bodies and dedupes identical POSTs within a ten-minute window for clients that don't send a key"],
  note="Keys-first stance is partly right, but credits an invented body-hash dedup feature to Stripe.")
a("api-r4-04", 4, "honest", "strong", False,
  "I don't think body hashing works as a replacement. Identical bodies can be two legit payments, like buying the same thing twice, and a retry might carry a fresh timestamp so the hash changes anyway. Only the client knows it's a retry. To cut friction our SDKs can create and reuse the key automatically. For a missing key I'd reject the request with a 4xx — I'd need to look up which code the IETF draft recommends. And the hash is still useful as a check that a reused key has the same body.",
  note="Both failure directions, intent argument, SDK mitigation, fingerprint as complement; honest about the exact status code.")
a("api-r4-05", 4, "list", "weak", False,
  "Um, so: intent, retries, SDKs, UUIDs, fingerprinting, false positives, 400 Bad Request, legacy clients. Those are the points I'd bring up with the partner team, basically, in that whole conversation.",
  note="Relevant terms only, no argument.")
a("api-r4-06", 4, "offtopic", "weak", False,
  "So for friction in general I'd look at the onboarding flow. Most partner teams struggle with OAuth setup and sandbox credentials, so I'd give them a better developer portal, Postman collections, and quickstart guides in a few languages. That usually cuts integration time more than anything else.",
  note="Developer onboarding, not idempotency keys versus body hashing.")

# ---------------- Round 5 ----------------
a("api-r5-01", 5, "strong", "strong", False,
  "Webhooks are at-least-once both ways, so each hop dedupes for itself. Coming in from the processor: check the signature, record the event ID in a unique-constrained table inside the transaction that applies the change, and ack 2xx fast, queueing heavy work, since slow acks mean redelivery. Stripe keeps retrying for up to three days, so dedup storage has to outlast that. Order isn't guaranteed, so treat events as state-machine transitions and park or fetch anything that shows up early. Going out to merchants: tell them it's at-least-once, give each event a stable ID and timestamp, HMAC-SHA256 sign timestamp plus body so they can refuse stale replays — Stripe's libraries default to a five-minute tolerance. Use an outbox in the payment transaction so events aren't lost or phantom. Link the client key, processor key and event IDs in logs, and reconcile daily against settlement files.",
  note="Inbound and outbound dedup, retry window, ordering, signing and replay tolerance, outbox, correlation, reconciliation.")
a("api-r5-02", 5, "adequate", "adequate", False,
  "So incoming webhooks from the processor can come more than once, so I'd store each event ID and skip the ones we've already handled. And I'd respond 200 quickly and process async. For outgoing webhooks to merchants I'd include an event ID and tell them to dedupe on it, and, um, sign the payloads.",
  note="Right basics; no retention window, ordering, outbox or reconciliation.")
a("api-r5-03", 5, "bluff", "adequate", True,
  "Webhooks can be duplicated, so we dedupe inbound events by event ID in a table with a unique constraint. The good news is processors only retry for a short time — Stripe stops retrying a failed webhook after one hour — so we only need to keep processed event IDs for about an hour and can purge aggressively. Outbound, we sign with HMAC and include an event ID so merchants can dedupe.",
  fc=["Stripe stops retrying a failed webhook after one hour", "so we only need to keep processed event IDs for about an hour"],
  note="Dedup approach right, but contradicts Stripe's up-to-three-days retry window, and the retention design follows from the false claim.")
a("api-r5-04", 5, "bluff", "weak", True,
  "Most of this is solved by the transport now. Since HTTP/2, webhook deliveries are exactly-once because the protocol guarantees each stream is delivered one time, so duplicates really only come from old HTTP/1.1 senders. For those we store event IDs. Outbound, I'd send over HTTP/2 to the merchants and sign the payloads.",
  fc=["Since HTTP/2, webhook deliveries are exactly-once because the protocol guarantees each stream is delivered one time"],
  note="Confident false absolute: HTTP/2 gives no end-to-end exactly-once delivery; retries after timeouts still duplicate.")
a("api-r5-05", 5, "pattern", "weak", False,
  "For webhooks, the processor sends us one event per change, so we can just process them as they come in, update the payment status, and then forward the event to merchants. I wouldn't over-engineer that part, the idempotency keys on the API side are where duplicates happen.",
  pq=["Webhooks are delivered once, so we can process them directly."], fc=["the processor sends us one event per change"],
  note="Documented weak pattern: assumes exactly-once webhook delivery.")
a("api-r5-06", 5, "honest", "strong", False,
  "Every webhook hop is at-least-once, so I'd dedupe by event ID on the inbound side, committed together with whatever update the event causes, and answer 2xx fast. Events can come out of order, so apply them as state transitions rather than overwrites. Processors retry failed deliveries for a while — for Stripe I remember it's days rather than hours, but I'd look up the exact window before setting our dedup retention. Outbound, signed payloads with an event ID, and an outbox so we never lose an event.",
  note="Correct across both directions; honest about the exact retry window.")

with open("/work/evalsets/fresh/api-idempotency-keys_answers.jsonl", "w") as f:
    for r in A:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(A))
