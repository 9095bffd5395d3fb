import json
P = "/work/evalsets/fresh4/oauth-oidc-tokens/"
doc = open(P + "oauth-oidc-tokens.txt").read()
A = []
def add(rnd, n, band, kind, answer, note, pq=(), fc=(), bluff=False):
    A.append({"id": f"oauth-r{rnd}-{n:02d}", "round": rnd, "answer": answer, "band": band, "bluff": bluff,
              "kind": kind, "pattern_quotes": list(pq), "false_claims": list(fc), "note": note})

# ---------------- Round 1 ----------------
add(1, 1, "strong", "strong",
 "So, um, for an SPA I'd go with auth code plus PKCE, definitely not implicit, because implicit drops the token in the fragment of the redirect URL and the security BCP, 9700, basically tells you to stop using it. The app makes up a random verifier, hashes it with SHA-256, base64url-encodes that and sends it as the challenge with method S256, plus a state value for CSRF and a nonce since it's OIDC. You get a one-time code back on the exact registered redirect URI, then you swap the code plus the verifier at the token endpoint, so somebody who sniffed the code can't do anything with it. And honestly I'd do that swap in a BFF, a little backend that holds the tokens and just hands the browser an HttpOnly Secure cookie, so nothing sits in localStorage for an XSS to grab.",
 "Code + PKCE with S256, implicit deprecated by RFC 9700, state, nonce, exact redirect URI, verifier at token endpoint, BFF with HttpOnly cookie. Covers nearly all the strong answer's substance in its own words.")
add(1, 2, "adequate", "adequate",
 "Yeah so I'd use the authorization code flow with PKCE, that's kind of the standard now for single page apps. Basically the app sends a code challenge when it redirects the user to the provider's login page, gets an authorization code back, and then exchanges that code for tokens along with the verifier, so if somebody intercepts the code it's useless on its own. And then we get an ID token that says who the user is and an access token that we send to our API.",
 "Core flow and purpose of PKCE are right, but no S256/hash detail, no state or nonce, no mention of why implicit is out, and nothing on where tokens are stored (BFF vs localStorage).")
add(1, 3, "weak", "pattern",
 "Honestly I'd just do the implicit flow, because, you know, the SPA can't keep a client secret anyway, so the token just comes straight back in the URL and we grab it from there. Then we keep it in localStorage so the axios interceptor can stick it on every request. It's simple, there's no extra round trip to a token endpoint, and it's what most of the older tutorials show.",
 "Exhibits two weak patterns from round 1: choosing the implicit flow and storing the access token in localStorage.",
 pq=["Use the implicit flow — an SPA can't keep a secret, so the token just comes back in the URL.",
     "Store the access token in localStorage so every request can attach it."])
add(1, 4, "weak", "bluff",
 "So auth code with PKCE, for sure. The way PKCE works is the client takes its code verifier and computes an HMAC-SHA256 of it keyed with the client secret, and that's the code challenge, so the authorization server can check the request really came from the registered app. Then, you know, you get the code back on the redirect, you check the state matches to stop CSRF, and you post the code and the verifier to the token endpoint and get your access token, ID token and a refresh token. Way better than implicit, which leaks tokens in the URL.",
 "Bluff: the S256 challenge is a plain SHA-256 hash of the verifier, base64url-encoded, with no key; PKCE exists precisely because public clients such as SPAs have no client secret. Flow order, state and the implicit criticism are right, but the central mechanism is wrong, so weak.",
 fc=["computes an HMAC-SHA256 of it keyed with the client secret, and that's the code challenge"], bluff=True)
add(1, 5, "adequate", "honest",
 "Right, so authorization code with PKCE. I'll be upfront that I haven't implemented PKCE by hand, we always used the provider's SDK, so I'd need to look up the exact format of the challenge. I know it's some hash of the verifier and there's an S256 method versus a plain one, but I don't remember the encoding details. What I do know is the point of it: the code on its own is useless without the verifier, so an intercepted code can't be redeemed. Plus state against CSRF, the nonce in the ID token, and I'd keep the tokens out of localStorage, probably in a backend that gives the browser an HttpOnly cookie.",
 "Honest about not remembering the challenge encoding; still gets flow, purpose of PKCE, S256 vs plain, state, nonce and BFF-style storage right. Not a bluff.")
add(1, 6, "weak", "offtopic",
 "So for login the main thing I'd focus on is password storage. We'd hash passwords with bcrypt or argon2id with a decent work factor, never MD5 or SHA-1, with a per-user salt, and rate-limit the login endpoint so people can't brute-force it. Then we'd add TOTP two-factor with a QR code enrolment, and send a verification email on sign-up before the account is active.",
 "Off-topic: the question says users sign in through an external OpenID Connect provider; password hashing and TOTP enrolment don't answer which OAuth flow to use.")

# ---------------- Round 2 ----------------
add(2, 1, "strong", "strong",
 "Okay so, the token is just untrusted input until proven otherwise. I'd pin the algorithms, like only RS256, so a 'none' token or an HS256 one signed with our public key gets rejected outright, that's the alg confusion trick. Pick the key by kid from the JWKS we got through the issuer's discovery document, verify the signature, then the claims: issuer matches exactly, audience includes our API, exp hasn't passed and nbf is fine, with maybe thirty seconds to a minute of clock leeway, and those are seconds since the epoch. Then scopes for the route. Failures: no token at all is a 401 with a WWW-Authenticate Bearer challenge, expired or bad signature is 401 invalid_token, a good token that's missing the scope is 403 insufficient_scope.",
 "Algorithm allow-list with the reason, kid/JWKS via discovery, signature, iss/aud/exp/nbf with leeway in seconds, scopes, and the RFC 6750 401/403 split with WWW-Authenticate.")
add(2, 2, "weak", "pattern",
 "Um, so we'd base64-decode the middle part of the JWT, read out the claims, look at exp, and if it's still in the future we treat the user as logged in and take their user id from sub. If anything's off with the token we just send back a 403, since they're not allowed in. It's nice and quick because there's no network call.",
 "Decoding without verifying signature, issuer or audience, and returning 403 for every token problem: two weak patterns from round 2.",
 pq=["Decode the JWT and check the exp claim; if it hasn't expired, the user is logged in.",
     "Return 403 for any token problem, it's all forbidden."])
add(2, 3, "adequate", "bluff",
 "So the flow is: check the signature against the provider's JWKS key that matches the kid, check iss, check aud is our API, check exp and nbf. And for the errors, RFC 6750 is actually pretty specific: an expired token gets a 403 Forbidden with error invalid_token, because the client did authenticate and the credential just isn't valid anymore, and 401 is only for when there's no Authorization header at all. Insufficient scope is also a 403, and a malformed header is a 400.",
 "Bluff with a wrong status code credited to RFC 6750: an invalid or expired token gets 401 with error=invalid_token; 403 is only for insufficient_scope. Validation steps are right, so at most adequate.",
 fc=["an expired token gets a 403 Forbidden with error invalid_token",
     "401 is only for when there's no Authorization header at all"], bluff=True)
add(2, 4, "adequate", "bluff",
 "Yeah, so verify the signature with the right key from the JWKS by kid, and enforce an allow-list of algorithms, RS256 in our case, never trust the alg in the header. Then iss has to equal our tenant's issuer URL and aud has to contain our API identifier. One gotcha people miss: exp and iat in a JWT are milliseconds since the epoch, same as JavaScript's Date.now(), so you compare them straight against Date.now() without converting, and if you divide by a thousand you'll reject everything. Then 401 for invalid tokens and 403 for missing scope.",
 "Bluff on a unit: RFC 7519 NumericDate is seconds since the epoch, not milliseconds; comparing against Date.now() unconverted would accept expired tokens. Algorithm pinning, kid/JWKS, iss, aud and 401/403 are right.",
 fc=["exp and iat in a JWT are milliseconds since the epoch, same as JavaScript's Date.now()",
     "compare them straight against Date.now() without converting"], bluff=True)
add(2, 5, "weak", "list",
 "Okay so, uh, the keywords here would be signature, JWKS, kid, RS256, ES256, the alg header, iss, aud, exp, nbf, iat, clock skew, scopes, typ at+jwt, and then the status codes, 400, 401, 403, and WWW-Authenticate. Yeah, those are the pieces.",
 "Only names the right terms; no order, no statement of what each check does or which status code applies to which failure.")
add(2, 6, "adequate", "hedged",
 "So first I'd make sure the alg is one we expect, RS256, and reject none. Get the public key out of the JWKS by kid and verify the signature. Then issuer, audience and expiry with a bit of leeway for clock skew. For the keys themselves, RSA should be, I think, at least 1024 bits for RS256, but I'd double-check that number. On failure it's a 401 with invalid_token for a bad or expired token, and a 403 if the scope isn't enough.",
 "Hedged wrong number: RFC 7518 requires RSA keys of 2048 bits or larger for RS256. Said with a hedge, so not a bluff; the rest of the validation and status codes are right.",
 fc=["RSA should be, I think, at least 1024 bits for RS256"])

# ---------------- Round 3 ----------------
add(3, 1, "strong", "strong",
 "Two separate problems really. For key rotation, cache the JWKS in each instance, refresh it every so often, and when a kid shows up that we don't know, refetch, but throttle that, like once a minute at most, otherwise someone spraying random kids DDoSes the IdP through us. The IdP should publish the new key before it signs with it and leave the old one up until its tokens have expired. For revocation, since we're not introspecting, the access token is good until exp, so keep it short, ten minutes or so. The real revocation is on the refresh token: logout hits the revocation endpoint and the next refresh fails with invalid_grant. Refresh tokens get swapped for new ones each time, and if a used one comes back, kill the whole chain, that's your theft signal. And for emergency kills, a small jti denylist pushed to the instances.",
 "JWKS caching, rate-limited refetch on unknown kid, pre-publish/overlap, short access tokens bounding the window, refresh revocation with invalid_grant, rotation with family revocation on reuse, targeted denylist.")
add(3, 2, "adequate", "adequate",
 "I'd cache the JWKS and refetch it whenever there's a kid we haven't seen, so when they rotate it just works without a deploy. For revocation I'd keep access tokens pretty short, like fifteen minutes, and revoke the refresh token when the user logs out, so at worst somebody has fifteen minutes left on a stolen access token.",
 "Core idea right (JWKS refetch on new kid, short access tokens, revoke refresh token), but no rate limit on refetch, no refresh-token rotation or reuse detection, no answer for instant cut-off.")
add(3, 3, "adequate", "bluff",
 "So the nice part is the JWKS handles both. For rotation you cache it and refetch on an unknown kid. And for revocation, RFC 7517 lets the provider publish a revoked_jti array alongside the keys in the JWKS document, so each API instance pulls that every minute and rejects any token whose jti is on the list, that's how Auth0 and Okta do instant logout. Plus access tokens should be short, like 5 or 10 minutes, and refresh tokens get rotated every time they're used.",
 "Bluff with an invented feature: RFC 7517 (JWK) defines key sets only; there is no revoked_jti member in a JWKS, and it is not how Auth0 or Okta revoke tokens. Caching, refetch on unknown kid, short lifetimes and rotation are right.",
 fc=["RFC 7517 lets the provider publish a revoked_jti array alongside the keys in the JWKS document",
     "that's how Auth0 and Okta do instant logout"], bluff=True)
add(3, 4, "strong", "honest",
 "For the keys, I'd cache the JWKS and refetch it on an unknown kid, with some throttling so we can't hammer the provider. For revocation there's a standard revocation endpoint; off the top of my head I don't remember the RFC number, and I'm honestly not sure what status code it gives back for a token that's already invalid, I'd look that up. But the design is short-lived access tokens, ten minutes-ish, revoke the refresh token at logout, rotate refresh tokens so a replayed old one revokes the whole family, and keep a denylist for the rare kill-it-now case.",
 "Admits not remembering RFC 7009's number and its response code; still covers throttled refetch, short access tokens, refresh revocation, rotation with family revocation and a denylist. Honest, not a bluff.")
add(3, 5, "weak", "pattern",
 "Honestly, JWTs can't be revoked, so there's nothing we can do on our side, that's just the trade-off you accept with stateless tokens. For the signing key we'd put the provider's public key in our config file and update it when they rotate, it's only every 90 days so it's not a big deal.",
 "Both weak patterns from round 3: declaring revocation impossible and hard-coding the public key.",
 pq=["JWTs can't be revoked, so there's nothing we can do.",
     "Hard-code the provider's public key in our config."])
add(3, 6, "adequate", "hedged",
 "So the JWKS is cached in memory and refetched on a new kid, with a rate limit. Access tokens kept short, maybe 5 to 15 minutes. On logout the client calls the revocation endpoint from RFC 7009, I think it responds 204 No Content when it works but I'd check the spec, and after that the refresh fails, so the session's gone within one access-token lifetime. And rotate the refresh tokens and watch for reuse.",
 "Hedged wrong status: RFC 7009 says the server responds with 200, also for invalid tokens, not 204. Said with a hedge, so not a bluff; the design is right but thin on instant cut-off.",
 fc=["I think it responds 204 No Content when it works"])

# ---------------- Round 4 ----------------
add(4, 1, "strong", "strong",
 "I'd say, the signature stops forgery, sure, but it does nothing about theft. It's a bearer token, whoever has it can use it, and if it leaks out of a log or a rooted phone that's a month of access we can't take back, because the API checks it offline. Same for a fired employee or a role downgrade, nothing changes for 30 days. What they actually want is users not logging in every day, and you get that with short access tokens, like ten minutes, plus a rotating refresh token in the Keychain or the Keystore with, say, a 30-day idle timeout. AppAuth does the refresh for them, and with DPoP the token is bound to a key on the device.",
 "Separates integrity from possession, names the revocation and de-provisioning cost, proposes short access tokens plus rotated, securely stored refresh tokens with idle timeout, AppAuth and DPoP.")
add(4, 2, "weak", "pattern",
 "I mean, I think that's fine honestly, JWTs are signed so they're secure, nobody can tamper with the claims. And if the security team is nervous we could compromise and make them last 24 hours instead of 30 days, that's still pretty convenient for the mobile folks.",
 "Both weak patterns from round 4: trusting the signature as protection against theft, and an arbitrary 24-hour compromise.",
 pq=["That's fine, JWTs are signed so they're secure.",
     "Let's compromise and make them last 24 hours."])
add(4, 3, "adequate", "bluff",
 "No, and actually it's not even allowed: RFC 9700, the OAuth security BCP, caps access token lifetimes at 15 minutes for public clients, so a 30-day token would make us non-compliant. The reason is that bearer tokens can be stolen and replayed, and we can't revoke a JWT the API validates locally. So I'd keep the access tokens brief and give the app a refresh token, rotated on every use and kept in the Keychain, so the user still stays signed in for weeks.",
 "Bluff crediting a rule to the wrong standard: RFC 9700 recommends short-lived, audience- and privilege-restricted tokens but sets no 15-minute cap. Reasoning about theft, revocation and refresh rotation is right.",
 fc=["RFC 9700, the OAuth security BCP, caps access token lifetimes at 15 minutes for public clients",
     "a 30-day token would make us non-compliant"], bluff=True)
add(4, 4, "adequate", "honest",
 "I'd push back. Signed just means it can't be forged; a stolen bearer token still works for its whole lifetime, and we can't revoke it without building a denylist. So short access tokens, and the app refreshes in the background with a rotating refresh token. I haven't built the mobile side myself, so I'd have to check exactly what the native-apps guidance says, I think there's an RFC about using the system browser rather than a web view, but the principle is long session through the refresh token, short access token.",
 "Honest about not knowing the native-apps RFC (8252) details; core reasoning right. Missing secure storage, idle/absolute timeouts and sender-constraining.")
add(4, 5, "adequate", "adequate",
 "Yeah, I'd say no to the 30 days. Being signed doesn't stop someone stealing the token and using it, it's a bearer token, and since our services validate it locally we couldn't revoke it until it expired. I'd keep the access token at maybe fifteen minutes and use refresh tokens, which we can revoke, and just make the refresh automatic in the app so it's not painful for anyone.",
 "Core argument right (bearer theft, no revocation, short token plus refresh) but no rotation, storage, timeouts, or acknowledgement of the team's real goal beyond 'make it automatic'.")
add(4, 6, "weak", "offtopic",
 "So with mobile the bigger issue is usually offline mode and push. I'd make sure the app caches the last API responses in SQLite so it works on the subway, and we'd use Firebase Cloud Messaging on Android and APNs on iOS to tell the app when to sync. Also we should version the API, like slash v2, so old app versions keep working after we ship changes.",
 "Off-topic: offline caching, push and API versioning say nothing about access-token lifetime or refresh tokens.")

# ---------------- Round 5 ----------------
add(5, 1, "strong", "strong",
 "Baseline would be: everything user-facing does code plus PKCE, implicit and the password grant are out, the 9700 BCP says so, the SPA sits behind a BFF, native apps use the system browser. Machine-to-machine and partners use client credentials, ideally with private_key_jwt or mTLS instead of a shared secret. Every API has a separate audience, and we ship one validation library for all sixty services instead of everyone rolling their own. For service-to-service calls I'd use token exchange, 8693, so each hop gets a token scoped down to the next audience rather than passing the user's token everywhere. And for the sensitive APIs, sender-constrained tokens with DPoP so a leaked token is useless.",
 "Code+PKCE, no implicit/ROPC per RFC 9700, BFF, native guidance, client credentials with private_key_jwt/mTLS, per-API audience, shared library, RFC 8693 token exchange, DPoP.")
add(5, 2, "adequate", "bluff",
 "I'd standardize on authorization code with PKCE for every client, client credentials for machine-to-machine, and a separate audience per API. For the microservices, OpenID Connect Core defines a token exchange grant, so each service can swap the incoming token for a downstream one, that's the on-behalf-of flow in section 12 of OIDC Core. Plus rotate refresh tokens, use a managed IdP rather than building our own, and monitor refresh-token reuse.",
 "Bluff crediting a feature to the wrong standard: token exchange is RFC 8693 from the IETF, not OpenID Connect Core (whose section 12 covers using refresh tokens). The rest of the baseline is right.",
 fc=["OpenID Connect Core defines a token exchange grant",
     "that's the on-behalf-of flow in section 12 of OIDC Core"], bluff=True)
add(5, 3, "adequate", "bluff",
 "For the high-value stuff I'd sender-constrain tokens with DPoP, RFC 9449, which binds the access token to the client's TLS client certificate, so the resource server checks the certificate thumbprint in the cnf claim against the TLS connection. Everything else: code flow with PKCE, no implicit, client credentials for partners, short access tokens, rotated refresh tokens, and token exchange between the microservices so the same token doesn't go to all sixty.",
 "Bluff confusing two mechanisms: certificate binding is mutual TLS (RFC 8705); DPoP binds the token to a public key proven with a signed DPoP proof JWT per request, at the application layer. RFC number and the rest of the baseline are right.",
 fc=["DPoP, RFC 9449, which binds the access token to the client's TLS client certificate",
     "the resource server checks the certificate thumbprint in the cnf claim against the TLS connection"], bluff=True)
add(5, 4, "adequate", "honest",
 "I'd make authorization code with PKCE the default everywhere, client credentials for the partners and batch jobs, short-lived access tokens with a specific audience per API, and one shared validation library. For the east-west traffic I'd want each hop to get a narrower token; I know there's a token exchange standard for that, I'd have to check which RFC it is. And I've read about DPoP for binding tokens to a key, but I haven't used it in production, so I can't tell you how mature the library support is.",
 "Honest about the RFC number (8693) and lack of DPoP experience; the baseline is right but misses BFF, refresh-token rules and client authentication methods.")
add(5, 5, "weak", "list",
 "So the baseline, um, in terms of pieces: OAuth 2.1, PKCE, BFF, RFC 9700, client credentials, private_key_jwt, mTLS, DPoP, token exchange, PAR, RFC 9068 JWT access tokens, JWKS, refresh token rotation, and a managed IdP. That's the stack.",
 "Names the right standards and terms but states no rule, no client-to-flow mapping and no reason for any choice.")
add(5, 6, "weak", "pattern",
 "Keep it simple. The gateway validates the user's access token at the edge, and then we forward the same user access token to every service, they can all validate it with the shared JWKS. And for the partners, honestly OAuth is overkill, we'd give them a long-lived static API key they put in a header.",
 "Two weak patterns from round 5: forwarding one broad user token to all services and long-lived static partner keys.",
 pq=["Forward the same user access token to every service; they can all validate it.",
     "Give partners a long-lived static API key, OAuth is overkill for them."])

# checks
ids = set()
for a in A:
    assert a["id"] not in ids; ids.add(a["id"])
    n = len(a["answer"].split()); assert 30 <= n <= 150, (a["id"], n)
    for q in a["pattern_quotes"]:
        assert q in doc, (a["id"], q)
    for c in a["false_claims"]:
        assert c in a["answer"], (a["id"], c)
    assert a["bluff"] == (a["kind"] == "bluff")
    if a["bluff"]: assert a["band"] != "strong"
with open(P + "oauth-oidc-tokens_answers.jsonl", "w") as f:
    for a in A: f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(A))
