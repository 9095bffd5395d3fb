#!/usr/bin/env python3
"""Build cors-browser-security_answers.jsonl: 30 labelled answers for the
cors-browser-security gauntlet (6 per round). Run: python3 build_answers.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "cors-browser-security_answers.jsonl")

# (round, answer, band, kind, pattern_quotes, false_claims, note)
A = [
    # ---------------- Round 1: CORS and preflights ----------------
    (1,
     "So, um, the thing to get straight first is that the page and the API aren't the same origin — different host, "
     "and origin means scheme plus host plus port. By default the browser won't let the page's script read what comes "
     "back. CORS is how the API says 'this origin may read me', via the Origin header going up and an Allow-Origin header "
     "coming back. Now, your PUT is never a 'simple' request. Simple means GET, HEAD or POST, only safelisted headers, and "
     "a form-style or text/plain content type. PUT, a JSON body, or a bearer token all mean the browser first fires an "
     "OPTIONS preflight asking 'may I use this method and these headers?', and the API has to reply with a 2xx and the "
     "matching allow headers, or the PUT never gets sent. Max-Age can cache that answer — Chrome tops out at two hours. "
     "And I'd stress it's the browser enforcing this; curl doesn't care, and for simple requests the server has already "
     "done the work. So the fix is on the API side.",
     "strong", "strong", [], [],
     "Correct origin definition, browser enforcement, exact simple-request conditions, preflight contents and 2xx rule, "
     "Chrome's two-hour Max-Age cap, and that simple requests still execute. Covers most of the strong answer."),
    (1,
     "Yeah so CORS is basically our API's guard against other sites. Anyone who isn't app.example.com gets blocked, "
     "that's the whole point of it, so honestly the error is doing its job — the browser checked and decided this caller "
     "isn't trusted. I'd look at which origin the request is coming from and, if it's legit, add it to the list. It's kind "
     "of like a firewall for the API, but at the HTTP layer, so we don't have to worry about other websites hitting our "
     "endpoints.",
     "weak", "pattern",
     ["CORS is there to protect our API from being called by other websites."],
     ["It's kind of like a firewall for the API",
      "so we don't have to worry about other websites hitting our endpoints"],
     "Acts out the 'CORS protects our API' weak answer: treats a browser-enforced read relaxation as server-side access "
     "control; says nothing about preflights."),
    (1,
     "Right, so the page and API differ in host, so they're separate origins and the same-origin policy applies. A PUT "
     "with a JSON body isn't a simple request, so before it the browser sends an OPTIONS preflight with "
     "headers naming the method and headers it wants to use, and the server has to say yes with the "
     "allow-origin, allow-methods and allow-headers headers. One nice thing is you rarely pay for that preflight: if you "
     "don't send Access-Control-Max-Age, browsers cache the preflight result for ten minutes by default, so it's one extra "
     "round trip per user every ten minutes at most. Anyway, the fix is server-side CORS config, not the frontend.",
     "adequate", "bluff", [],
     ["if you don't send Access-Control-Max-Age, browsers cache the preflight result for ten minutes by default"],
     "Bluff (contradicted default): without Access-Control-Max-Age the preflight cache lasts 5 seconds, not ten "
     "minutes. The rest (origins, preflight trigger, headers, server-side fix) is right and the false default is "
     "peripheral, so adequate."),
    (1,
     "So the key thing with CORS is that the browser acts as a gatekeeper in front of the server. Any cross-origin call, "
     "the browser holds it back until the server has explicitly approved that origin, so a request that gets blocked "
     "never actually reaches the application. That's also why it's safe — a blocked call can't have changed any data. In "
     "this case the PUT got stopped at the gate, so I'd add the app's origin to the allowed list on the API and it'll go "
     "through.",
     "weak", "bluff", [],
     ["the browser holds it back until the server has explicitly approved that origin, so a request that gets blocked "
      "never actually reaches the application",
      "a blocked call can't have changed any data"],
     "Bluff (false absolute about the mechanism, in plain words): simple cross-origin requests are sent without any "
     "prior approval and run on the server; the browser only withholds the response. Central to the explanation, so weak."),
    (1,
     "OK so CORS. Different subdomain means a different origin, so the browser wants the API to opt in. For the PUT, "
     "because it's not one of the simple methods and it's carrying JSON, the browser does a preflight OPTIONS call first "
     "and checks the allow headers in the reply before sending the actual request. You can cache that with "
     "Access-Control-Max-Age — I think Chrome lets you cache it for up to 24 hours, but I'd double-check that number. And "
     "the fix is on the server, the frontend can't fix CORS.",
     "adequate", "hedged", [],
     ["I think Chrome lets you cache it for up to 24 hours"],
     "Hedged wrong number: Chromium caps Access-Control-Max-Age at 2 hours (24 hours is Firefox's cap). Core preflight "
     "explanation is right; thin on simple-request rules and enforcement model, so adequate."),
    (1,
     "So the page and API are different origins — scheme, host and port must all match and here the host doesn't. The "
     "browser therefore sends an OPTIONS preflight for the PUT, and the API must respond with headers that allow the "
     "origin, the method and whatever headers we're sending. What I'm less sure about is the exact list of which content "
     "types keep a POST 'simple' — I know form encodings are on it and JSON isn't, but I'd have to look up the full list "
     "in the Fetch spec before I told you for certain. Either way, I'd fix it in the API's CORS config.",
     "adequate", "honest", [], [],
     "Honest about the full list of safelisted content types; what it states is correct (origin triple, preflight for "
     "PUT, server-side fix). Misses browser-only enforcement and caching, so adequate."),

    # ---------------- Round 2: credentials and allowed origins ----------------
    (2,
     "With cookies involved, a wildcard's off the table. The browser wants Access-Control-Allow-Credentials set to true "
     "and the Allow-Origin header naming the calling origin exactly — a star there makes the credentialed call fail. Also "
     "worth knowing the OPTIONS preflight goes out without cookies, so don't put the session check in front of it. To pick "
     "origins I'd keep a config list of full origins, scheme and port included, per environment, and do a strict equality "
     "check against the incoming Origin. No 'contains' or 'endsWith' tricks — attacker-example.com or example.com.evil.io "
     "slip through those — and never trust the literal string null. Blindly echoing the Origin back is the classic "
     "mistake: any site on the internet can then read a logged-in user's responses. Add Vary: Origin so a CDN doesn't "
     "cache the header for the wrong caller, and list any custom response header the frontend needs in Expose-Headers. As "
     "for the cookie, app and api share example.com as registrable domain, so they're same-site and a Lax cookie still "
     "goes along; a truly different domain would need SameSite=None with Secure, and third-party cookie blocking could "
     "still bite.",
     "strong", "strong", [], [],
     "Covers credentials header, exact origin, credential-less preflight, exact-match allowlist, reflection and "
     "substring pitfalls, null origin, Vary, Expose-Headers and same-site cookie handling. All correct."),
    (2,
     "So first, you have to return Allow-Credentials set to true, otherwise the browser won't hand the response "
     "to the script even though the cookie was sent. And Allow-Origin can't be a star in that case — it has to be the "
     "specific origin. For choosing origins, I'd keep an allowlist in config, say the production app and the staging app, "
     "and compare the request's Origin against it exactly, returning the matching one. I'd avoid just reflecting whatever "
     "comes in. That's probably the main thing.",
     "adequate", "adequate", [], [],
     "Core is right (credentials header, no wildcard, exact-match allowlist, no reflection) but misses Vary: Origin, "
     "credential-less preflights, the null origin and the cookie's SameSite side."),
    (2,
     "Honestly the easiest robust approach is to read the Origin header off the request and send it straight back in "
     "Access-Control-Allow-Origin, with Allow-Credentials true. That way it works for prod, staging, localhost, preview "
     "deployments, whatever, and you never have to maintain a list. The browser's still doing its check, it just always "
     "passes for our frontends. We did that at my last job and never had a CORS ticket again.",
     "weak", "pattern",
     ["Just echo back whatever Origin header the request sends."],
     [],
     "Acts out the reflect-the-Origin weak answer: with credentials this lets any website read authenticated responses."),
    (2,
     "Right, so with credentials: 'include' the browser's going to attach the session cookie to everything, and that "
     "includes the preflight. That's actually handy: the OPTIONS handler can look up the session, and if the user isn't "
     "logged in it just refuses the preflight, so unauthenticated users never even get to send the real request. Then for "
     "the real response I'd send Allow-Credentials: true and the exact origin from our allowlist rather than a star, and "
     "Vary: Origin for caches.",
     "weak", "bluff", [],
     ["the browser's going to attach the session cookie to everything, and that includes the preflight",
      "the OPTIONS handler can look up the session, and if the user isn't logged in it just refuses the preflight"],
     "Bluff (mechanism wrong in plain words): preflights are always sent without cookies or other credentials, so a "
     "session check on OPTIONS fails every preflight and breaks all credentialed calls. Central to the design, so weak."),
    (2,
     "I'd actually question the cookie approach altogether. For an API, I prefer OAuth 2 with short-lived JWT access "
     "tokens and refresh token rotation. Access tokens live maybe fifteen minutes, refresh tokens are rotated on every "
     "use, and if a refresh token is reused you revoke the whole family, which catches theft. You sign with RS256 so that "
     "services can validate with the public key from a JWKS endpoint without calling the auth server. It scales much "
     "better than sticky server-side sessions.",
     "weak", "offtopic", [], [],
     "Fluent but about token-based auth design; never answers which CORS headers to send or how to choose origins."),
    (2,
     "So the server has to send Allow-Credentials true, and the Allow-Origin has to be the exact origin — the wildcard "
     "isn't accepted with credentials. I'd keep a fixed allowlist of origins and match exactly, not with a loose regex, "
     "and add Vary: Origin because the header changes per caller. On the cookie side, I honestly don't remember whether "
     "app and api on the same parent domain count as same-site for SameSite purposes — I think they do, but I'd look up "
     "how 'site' is defined before relying on it.",
     "adequate", "honest", [], [],
     "Honest about the same-site definition (and its tentative guess is right); states the credential rules, exact "
     "matching and Vary correctly. Misses preflight-without-cookies and the null origin, so adequate."),

    # ---------------- Round 3: CSRF and SameSite ----------------
    (3,
     "The attack is that another site gets the user's browser to submit a request to us, and the browser adds the "
     "session cookie on its own. So first I'd set SameSite on the session cookie — Lax is usually the sweet spot since "
     "normal links still keep you logged in, while cross-site POSTs go out without the cookie. But I wouldn't stop there, "
     "I'd also require an anti-CSRF token on every POST, PUT and DELETE, generated per session and checked server-side. "
     "That covers browsers that ignore SameSite.",
     "adequate", "adequate", [], [],
     "Correct mechanism, Lax semantics and a session token as second layer; misses the same-site subdomain gap, "
     "state-changing GETs, Origin/Fetch Metadata checks and why CORS is not a defence."),
    (3,
     "We're in decent shape already because our CORS config only allows app.example.com. If some other site tries to "
     "POST to our API, the browser checks the origin against our allowlist and blocks it, so the forged request never "
     "lands. I'd keep the allowlist tight and maybe add a test for it, but I don't think we need tokens on top — that's "
     "more of a legacy thing from server-rendered forms.",
     "weak", "pattern",
     ["CORS already stops CSRF, because other origins aren't on our allowlist."],
     ["the browser checks the origin against our allowlist and blocks it, so the forged request never lands"],
     "Acts out the 'CORS already stops CSRF' misconception: a cross-site form POST is a simple request sent without a "
     "preflight, so it lands and has its side effect."),
    (3,
     "SameSite is the big one. With Lax, the cookie still rides along on a top-level GET navigation but not on a "
     "cross-site POST, a fetch, or an iframe, which kills the classic auto-submitting form attack. Chrome made Lax the "
     "default for cookies with no attribute in 2020, and Google reported that the change alone cut CSRF vulnerability "
     "reports by around 80 percent in the following year. Still, I'd add a per-session CSRF token on unsafe methods, "
     "check the Origin header on writes, and never have a GET that changes data, because a sibling subdomain counts as "
     "same-site.",
     "adequate", "bluff", [],
     ["Google reported that the change alone cut CSRF vulnerability reports by around 80 percent in the following year"],
     "Bluff (invented statistic): no such Google figure exists. The defences described are correct and the statistic "
     "is peripheral, so adequate."),
    (3,
     "I'd layer it. Set SameSite=Lax explicitly on the session cookie, and add either a synchronizer token or an Origin "
     "and Sec-Fetch-Site check on every state-changing route. You can't rely on the browser default alone — Safari was "
     "actually the first to treat cookies without a SameSite attribute as Lax, back in Safari 12, and Chrome only followed "
     "later, so defaults differ across browsers. Also keep GET requests side-effect free and use a __Host- prefixed "
     "cookie so a subdomain can't plant its own session cookie.",
     "adequate", "bluff", [],
     ["Safari was actually the first to treat cookies without a SameSite attribute as Lax, back in Safari 12, and "
      "Chrome only followed later"],
     "Bluff (feature credited to the wrong product): Lax-by-default was shipped by Chrome (Chrome 80, 2020); Safari "
     "has not made Lax the default, and Safari 12 is known for a SameSite=None bug. Defences are right and the claim "
     "is peripheral, so adequate."),
    (3,
     "SameSite cookies — Strict, Lax, None. CSRF tokens, synchronizer token pattern, double submit cookie. Origin header "
     "check, Referer check, Sec-Fetch-Site. The __Host- prefix. Custom request headers. Re-authentication for sensitive "
     "actions, maybe a CAPTCHA. And the OWASP CSRF prevention cheat sheet covers all of it.",
     "weak", "list", [], [],
     "Only names the right terms; says nothing about how any of them work or whether SameSite is enough."),
    (3,
     "CSRF is the browser helpfully attaching our session cookie to a request some other page triggered — a hidden form "
     "that auto-posts is enough, no preflight needed, and the attacker doesn't care about reading the reply. SameSite "
     "helps a lot: Lax holds the cookie back on cross-site POSTs and subresource calls while leaving ordinary link "
     "navigation working, Strict even blocks those links. But it's scoped to the registrable domain, so anything on a "
     "sibling subdomain is trusted, and a state-changing GET is still open. So I'd also verify the Origin header, or the "
     "Sec-Fetch-Site header, on every write, plus a session-bound token. What I'm not sure of is exactly which browsers "
     "default to Lax now and since which versions — I know Chrome does, I'd need to check Firefox and Safari before "
     "depending on it.",
     "strong", "honest", [], [],
     "Honest about browser-default versions, but everything it states is correct and it covers the mechanism, Lax vs "
     "Strict, the subdomain and GET gaps, and layered Origin/Fetch Metadata plus token defences: strong."),

    # ---------------- Round 4: CSP and HSTS trade-off ----------------
    (4,
     "I'd push back, though the pain is real. React's escaping protects text interpolation and that's it — the moment "
     "someone uses dangerouslySetInnerHTML, renders HTML from the CMS, or a vendor script we load gets compromised, "
     "escaping does nothing. A nonce-based CSP with strict-dynamic stops injected script that lacks the nonce, and "
     "frame-ancestors handles clickjacking. On HSTS: redirecting HTTP to HTTPS still leaves the very first plain-HTTP hop "
     "open to someone on a hostile network stripping it. The HSTS header tells the browser to go straight to HTTPS next "
     "time and not let users click through a bad cert. The analytics breakage is a rollout problem — run the policy in "
     "report-only mode, read the violation reports, adjust, then enforce. HSTS we ramp: minutes, days, weeks, eventually "
     "a year, and includeSubDomains only once we've confirmed every subdomain does TLS. Preload is a separate call — it "
     "wants at least a one-year max-age plus includeSubDomains and preload, and getting off the list takes months. So: "
     "keep both, stage them.",
     "strong", "strong", [], [],
     "Weighs the concern fairly, explains what escaping misses, strict CSP, SSL stripping and HSTS behaviour, report-only "
     "rollout, max-age ramp and correct preload requirements."),
    (4,
     "I don't agree with dropping them. React's escaping only covers what you render as text, so things like "
     "dangerouslySetInnerHTML or a third-party script are still XSS risks, and CSP limits which scripts can run at all. "
     "For the analytics issue, I'd use Content-Security-Policy-Report-Only first to see what would be blocked before "
     "enforcing. And HSTS stops the browser from ever trying plain HTTP again after the first visit, which blocks SSL "
     "stripping. I'd keep both, maybe hold off on preload until we're confident.",
     "adequate", "adequate", [], [],
     "Correct core (escaping gaps, report-only rollout, what HSTS does) but no max-age ramp, includeSubDomains risk, "
     "preload requirements or the deciding factor."),
    (4,
     "Honestly I'm with the teammate on CSP. React escapes everything by default, so XSS isn't really a thing in a React "
     "app unless you go out of your way. The CSP header is basically redundant for us and the maintenance is a pain every "
     "time marketing adds a tag. HSTS I'd probably keep, it's one line, but I'd definitely skip preload.",
     "weak", "pattern",
     ["React escapes everything, so we don't need CSP."],
     ["so XSS isn't really a thing in a React app unless you go out of your way"],
     "Acts out the 'React escapes everything' weak answer; ignores compromised third-party scripts and injected HTML."),
    (4,
     "I'd keep both but fix the rollout. For CSP, use report-only mode first, collect the violations, then enforce with "
     "nonces so inline analytics snippets can be allowed explicitly. For HSTS, the header's defined in RFC 7469, and the "
     "point is that after one HTTPS visit the browser refuses to use plain HTTP for that host until max-age runs out, "
     "which defeats SSL-stripping. I'd ramp max-age up over a few weeks and only think about preload once "
     "includeSubDomains has been safe for a while, since getting off the preload list is slow.",
     "adequate", "bluff", [],
     ["the header's defined in RFC 7469"],
     "Bluff (misattributed RFC): HSTS is RFC 6797; RFC 7469 is HTTP Public Key Pinning. The rollout advice is sound "
     "and the citation is peripheral, so adequate."),
    (4,
     "I'd keep HSTS but not preload yet. To get on the preload list I think you need a max-age of at least six months, "
     "though I'd verify that, plus includeSubDomains. And CSP, we could keep it in report-only so it never breaks "
     "anything.",
     "weak", "hedged", [],
     ["I think you need a max-age of at least six months"],
     "Hedged wrong number: the preload list requires max-age of at least 31536000 seconds (one year). Thin otherwise, "
     "and report-only forever gives no protection, so weak."),
    (4,
     "The bigger risk in my experience is the TLS config itself. I'd make sure we've dropped TLS 1.0 and 1.1, prefer "
     "TLS 1.3 with ECDHE key exchange, use AEAD ciphers like AES-GCM or ChaCha20-Poly1305, and turn on OCSP stapling. "
     "Certificates should be automated through ACME, something like Let's Encrypt with cert-manager, with ninety-day "
     "lifetimes so renewal is routine. Run the site through SSL Labs and aim for an A-plus.",
     "weak", "offtopic", [], [],
     "Fluent TLS hardening talk; never addresses whether to keep CSP or HSTS or how to roll them out."),

    # ---------------- Round 5: debugging and prevention ----------------
    (5,
     "First thing: Postman isn't a browser, so it proves the endpoint answers, not that CORS is right. I'd open DevTools "
     "with the partner and read the console line — Chrome's wording usually says whether the preflight failed, or whether "
     "the allow-origin header was missing, duplicated, or a star on a credentialed call. In the Network panel I'd look at "
     "the OPTIONS entry's status and headers. The page's own code can't tell you any of this; fetch just throws a "
     "TypeError. Then I'd replay it with curl -X OPTIONS plus the Origin and the request-method and request-headers "
     "headers. Classic causes: auth middleware returns 401 on OPTIONS since preflights carry no credentials; no OPTIONS "
     "route, so 404 or 405; a redirect on the preflight; Authorization missing from the allowed headers; nginx and the "
     "app both adding the header; or a 500 or 502 error page with no CORS headers masquerading as a CORS failure. Across "
     "forty teams, I'd centralise CORS in the gateway with a reviewed allowlist per environment, guarantee headers on "
     "error responses, run preflight checks in CI per route, alert on 4xx OPTIONS responses, and write a runbook mapping "
     "error messages to causes.",
     "strong", "strong", [], [],
     "Systematic: console, network tab, opaque TypeError, curl replay, the common root causes with correct status "
     "codes, and platform-level prevention."),
    (5,
     "I'd reproduce it in the browser with DevTools open and look at the console error and the preflight in the network "
     "tab. Usually it's one of two things: the OPTIONS request isn't handled, or it's going through auth and failing "
     "because there's no token on it. I'd replay the preflight with curl to confirm. To stop it happening again, I'd put "
     "CORS handling in the API gateway rather than in each service, with the allowed origins in config.",
     "adequate", "adequate", [], [],
     "Correct method and two real causes plus centralisation; misses error responses without CORS headers, redirects, "
     "duplicate headers and CI checks."),
    (5,
     "If it works in Postman then the API is fine — Postman sends exactly the same HTTP request. So it's something in "
     "their frontend code, probably the headers they're setting or the way they build the fetch. I'd ask them to share "
     "their code and compare it against the Postman request, and once their request matches, the browser should stop "
     "complaining.",
     "weak", "pattern",
     ["It works in Postman, so the problem is in the browser or the frontend code."],
     ["If it works in Postman then the API is fine"],
     "Acts out the 'works in Postman' weak answer: Postman does not enforce CORS, so it says nothing about the API's "
     "CORS responses."),
    (5,
     "The quickest way is to catch it in code. When the browser blocks a cross-origin response it surfaces it to fetch as "
     "a 403 Forbidden with a CORSError type, so in the catch block you log error.status and error.type and you know "
     "immediately it was CORS and not the server. Then compare the Origin they sent against the allowlist, add it if it's "
     "legit, and we're done. Longer term, centralise CORS config in the gateway.",
     "weak", "bluff", [],
     ["it surfaces it to fetch as a 403 Forbidden with a CORSError type"],
     "Bluff (wrong status code and error name): a CORS failure makes fetch reject with a generic TypeError and no status; "
     "there is no 403 or CORSError visible to the script. Central to the debugging method, so weak."),
    (5,
     "DevTools console, Network tab, the preflight OPTIONS request. Access-Control-Allow-Origin, "
     "Access-Control-Allow-Headers, Access-Control-Allow-Credentials, Vary: Origin. curl. A 401 on OPTIONS, redirects, "
     "duplicate headers, missing headers on 500s, CDN caching. API gateway, origin allowlist, CI contract tests, "
     "monitoring and alerts, a runbook, DevTools again.",
     "weak", "list", [], [],
     "Only names the relevant tools, headers and causes; no method or explanation."),
    (5,
     "Postman doesn't enforce CORS, so that's expected. I'd look at the browser console message and the network tab for "
     "the failing request. Beyond that, honestly, I haven't debugged many CORS failures myself — I'd need to look up what "
     "the different console messages mean and which headers the preflight needs before I could tell you the likely "
     "cause. For forty teams I'd probably want a shared library, but I'd want to read up first.",
     "weak", "honest", [], [],
     "Honest about not knowing the failure modes; what it says is correct but there is little substance, so weak."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, answer, band, kind, pq, fc, note in A:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "cors-r%d-%02d" % (rnd, counters[rnd]),
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
    print("wrote %d answers to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
