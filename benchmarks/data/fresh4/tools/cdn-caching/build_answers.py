import json, re
doc = open('cdn-caching.txt').read()
weak_quotes = re.findall(r'  • "(.*?)" — ', doc)
def W(s):
    assert s in weak_quotes, s
    return s
A = []
def add(rnd, n, band, kind, bluff, answer, pq=(), fc=(), note=""):
    for f in fc:
        assert f in answer, f
    A.append({"id": f"cdn-r{rnd}-{n:02d}", "round": rnd, "answer": answer, "band": band,
              "bluff": bluff, "kind": kind, "pattern_quotes": [W(q) for q in pq],
              "false_claims": list(fc), "note": note})

# ---------------- Round 1 ----------------
add(1,1,"strong","strong",False,
 "Okay so, um, I'd basically split it by type of content. The hashed JS and CSS files, since the file name changes whenever the content does, those get like a year, max-age 31536000, public, and immutable so the browser doesn't even revalidate when you hit reload. For the article HTML I'd keep the browser short, like a minute, and give the CDN longer with s-maxage, because s-maxage is only for shared caches and we can purge the CDN but not people's browsers. Account pages, private, or no-store if it's like billing stuff. And, uh, worth saying no-cache doesn't mean don't cache, it means you can keep it but you have to check with the origin every time before using it, no-store is the one that means don't keep it at all.",
 note="Covers the per-class split, one-year immutable fingerprinted assets, s-maxage for shared caches with the can't-purge-browsers reason, private/no-store, and gets no-cache vs no-store right.")
add(1,2,"adequate","adequate",False,
 "So for the static assets I'd cache them for a long time, a year or so, since we fingerprint the file names and a new deploy means a new URL anyway. For the HTML, something short, like a minute or five minutes. The logged-in account pages should be private so the CDN doesn't hold on to them. And I'd probably put public on the rest so the CDN is allowed to cache it. Yeah, that's roughly how I'd set it up.",
 note="Core policy is right (long TTL for fingerprinted assets, short HTML, private for accounts) but no browser/CDN split via s-maxage, no immutable, no no-cache vs no-store distinction.")
add(1,3,"weak","pattern",False,
 "Um, honestly the simplest thing is to put no-cache on anything dynamic, like the HTML and the account pages, so it never gets stored anywhere, not in the browser, not on the CDN, and then the static stuff can just be cached normally with whatever the CDN's default TTL is, that's usually fine.",
 pq=["Put no-cache on anything dynamic so it never gets stored."],
 fc=["put no-cache on anything dynamic, like the HTML and the account pages, so it never gets stored anywhere"],
 note="Confuses no-cache (store but revalidate) with no-store, and leaves assets to CDN defaults. Exhibits the first weak pattern; not a bluff in the sense of an invented specific, but the claim is false.")
add(1,4,"adequate","bluff",True,
 "Right so the fingerprinted bundles get a max-age of a year, 31536000 seconds, plus immutable, and immutable came in with RFC 5861, the same RFC as stale-while-revalidate, that's where all the extension directives were defined. The HTML gets a short max-age for browsers and a longer s-maxage for the CDN since s-maxage only applies to shared caches. Account pages are private. And no-store is the one that actually prevents storage, no-cache just forces a revalidation before reuse.",
 fc=["immutable came in with RFC 5861, the same RFC as stale-while-revalidate"],
 note="Policy is correct, but immutable is defined in RFC 8246 (2017); RFC 5861 defines only stale-while-revalidate and stale-if-error. Confident misattribution to the wrong standard caps it at adequate.")
add(1,5,"strong","honest",False,
 "So hashed assets get a long lifetime, a year, and there's the immutable directive so browsers skip the revalidation on reload. HTML short in the browser, longer at the CDN using s-maxage, since that one only shared caches look at. private for the account pages, no-store if they show anything sensitive, and no-cache only if I want it stored but checked every time. There's also the thing where caches guess a freshness lifetime if you send nothing, off the top of my head I don't remember the exact fraction of the Last-Modified age they use, I'd have to look it up, but the takeaway is always send an explicit Cache-Control.",
 note="Substantively complete and correct; honestly admits not remembering the heuristic fraction (typically 10%). Honest uncertainty, not a bluff.")
add(1,6,"weak","list",False,
 "So, um, the things I'd look at are Cache-Control, max-age, s-maxage, public and private, no-cache, no-store, immutable, ETags and Last-Modified, Expires, the CDN's TTL settings, and, uh, probably Vary as well, yeah, those would be the main ones.",
 note="Names the right terms but says nothing about which response class gets what or why; no statement to assess.")

# ---------------- Round 2 ----------------
add(2,1,"strong","strong",False,
 "So after the sixty seconds it's stale, but it isn't gone. The CDN sends a conditional request to origin, If-None-Match with the ETag it has, or If-Modified-Since if there's only a Last-Modified. If it's unchanged the origin says 304, no body, and the CDN resets the freshness from the headers on that 304, so you want the 304 to carry the Cache-Control and ETag again. If both headers are sent the ETag one wins. To make it actually cheap the ETag has to be cheap, like a version number from the database, not a hash of the fully rendered page, otherwise you've done all the work anyway. Oh and watch out for per-server ETags, like inode-based ones, because behind a load balancer they never match.",
 note="Conditional request, 304 with no body, freshening from 304 headers, If-None-Match precedence, cheap validator, inode ETag trap: all correct.")
add(2,2,"weak","pattern",False,
 "Um, basically when the sixty seconds are up the CDN just downloads the page again from the origin, gets a fresh copy, and caches that for another sixty seconds, and the browser does the same thing against the CDN. To make it cheaper you'd, I guess, just make the origin render faster, or cache the database queries behind it.",
 pq=["When the TTL runs out, the CDN just downloads the page again from origin."],
 note="Ignores conditional requests, validators and 304 entirely; matches the first weak pattern.")
add(2,3,"weak","bluff",True,
 "So the cache keeps the stale object and revalidates it, it sends If-None-Match with the ETag. If the ETag matches, the origin comes back with a 412 Precondition Failed, which sounds scary but it's the normal signal that means your copy is still good, there's no body, and the CDN just extends the TTL. If it doesn't match you get a normal 200 with the new body. ETags beat Last-Modified because they can be content hashes.",
 fc=["the origin comes back with a 412 Precondition Failed, which sounds scary but it's the normal signal that means your copy is still good"],
 note="Wrong status code stated confidently: a matching If-None-Match on GET yields 304 Not Modified; 412 is for failed If-Match/If-Unmodified-Since. The central fact of the round is wrong, so weak despite the correct framing.")
add(2,4,"adequate","bluff",True,
 "Right, the CDN revalidates, so a conditional GET with If-None-Match or If-Modified-Since, the origin returns 304 Not Modified with no body if it's unchanged, and the CDN refreshes its copy. Honestly I'd just use Last-Modified rather than ETags, since in HTTP/1.1 Last-Modified has millisecond precision, so it's just as exact as an ETag and you avoid the weak-versus-strong headache. And the CDN answers the browsers' own revalidations, so the origin only sees one.",
 fc=["in HTTP/1.1 Last-Modified has millisecond precision, so it's just as exact as an ETag"],
 note="Mechanism and 304 are right, but Last-Modified is an HTTP-date with one-second resolution. Confident false precision claim; bluff, capped at adequate.")
add(2,5,"adequate","hedged",False,
 "So it goes stale, and then the CDN asks the origin with If-None-Match and the ETag, and if nothing changed the origin replies with, I think it's 204, No Content, since there's no body, but I'd double-check the exact code. Then the CDN keeps serving what it has and resets the clock. And the ETag should be cheap to compute, otherwise the origin still renders the page for nothing.",
 fc=["I think it's 204, No Content"],
 note="Wrong status code (it is 304 Not Modified) but said with an explicit hedge, so not a bluff. Mechanism and cheap-validator point are right: adequate.")
add(2,6,"weak","offtopic",False,
 "So for caching in general, um, I'm a big fan of memoizing expensive database queries in the application layer, like an in-process LRU cache, and at my last job we turned on Hibernate's second-level cache, which really helped our p99s. You do have to be careful about invalidation when rows update, so we hooked into the ORM's entity events to evict entries.",
 note="Talks about application/ORM caching, not HTTP revalidation between browser, CDN and origin.")

# ---------------- Round 3 ----------------
add(3,1,"strong","strong",False,
 "Okay so two things, the stampede and the outage. For the stampede, request collapsing at each cache so only one miss per key goes to origin, and stale-while-revalidate, so after the sixty seconds the edge keeps handing out the old homepage while it refreshes in the background, nobody waits. With a few hundred POPs, collapsing alone still means a few hundred origin hits every minute, so I'd turn on shielding, like CloudFront Origin Shield or a Fastly shield POP, then origin sees more or less one fetch per TTL. And for the outage, stale-if-error, set to something like a day, so when origin throws 5xx or times out the CDN keeps serving the last good page. That four-minute outage would have been invisible.",
 note="Collapsing, per-POP limitation, shielding, stale-while-revalidate and stale-if-error all correctly explained.")
add(3,2,"adequate","adequate",False,
 "I'd use stale-while-revalidate on the homepage, so the CDN hands out the old version while it fetches the new one in the background, and that stops users piling onto the origin every minute. And maybe raise the TTL a bit as well. For the outage, I'd want the CDN to keep serving the cached copy when the origin is down, I know there's a setting for that on most CDNs.",
 note="Right core idea (serve stale, refresh in background, serve stale on failure) but no request collapsing, no origin shielding for hundreds of POPs, and stale-if-error is not named.")
add(3,3,"weak","pattern",False,
 "Honestly I'd add more origin servers. If one setup can do five hundred a second, we autoscale it out to cover the peak, and maybe run it in two regions so a single outage doesn't take us down. Then the spikes when the cache expires stop mattering because origin has the headroom.",
 pq=["Add more origin servers."],
 note="Scales origin for a 100x gap instead of protecting it; no collapsing, stale serving or shielding.")
add(3,4,"adequate","bluff",True,
 "The thundering herd here is a classic. The CDN should coalesce requests so only one request per key goes to origin. If you run your own nginx tier, proxy_cache_lock is on by default and holds the other requests for up to 30 seconds, so you basically get that for free. Then stale-while-revalidate so users get the stale copy while one background fetch happens, stale-if-error so 5xx from the origin gets masked with the cached page, and I'd put an origin shield in between the edges and the origin.",
 fc=["proxy_cache_lock is on by default and holds the other requests for up to 30 seconds"],
 note="Good overall design, but nginx proxy_cache_lock is off by default and proxy_cache_lock_timeout defaults to 5 seconds. Confident wrong default and duration: bluff, capped at adequate.")
add(3,5,"strong","honest",False,
 "So the per-minute spike is a stampede, I'd do stale-while-revalidate so refreshes happen in the background, plus the CDN's request collapsing so only one request per key goes upstream. I know there's a tier in between, origin shield, that funnels all the edge locations through one place so origin doesn't get one request per POP, but I haven't used CloudFront Origin Shield in production so I couldn't tell you how it's priced or configured. For the outage, stale-if-error so it serves the old page on 5xx.",
 note="Covers collapsing, stale-while-revalidate, shielding and stale-if-error correctly; honestly admits no production experience with Origin Shield. Not a bluff.")
add(3,6,"weak","list",False,
 "Um, so the things that come to mind here are request coalescing, stale-while-revalidate, stale-if-error, origin shield, TTL jitter, maybe tiered caching, and, uh, probabilistic early expiration, those are the tools I'd reach for, yeah.",
 note="Names the right techniques but explains none of them or how they apply to the stampede and the outage.")

# ---------------- Round 4 ----------------
add(4,1,"strong","strong",False,
 "So I'd agree with the goal but not the fix. no-store means every request goes to origin, that's fifty thousand a second against five hundred. Instead, cache long on the CDN and purge when a correction is published, and purge by tag, not URL, because the headline shows up on the homepage, the section pages, feeds, everywhere. So each page gets a surrogate key header listing the article IDs on it, and the CMS purges that key on save, it's sub-second on Fastly. Browsers we can't purge, so the browser max-age stays short, like a minute, and the long lifetime is only for the CDN through s-maxage.",
 note="Rejects no-store with the load argument, long edge TTL plus event-driven tag purge, why URL purge doesn't scale, and the browser cache limit.")
add(4,2,"weak","pattern",False,
 "Honestly I think she's right, correctness matters more than performance here, a wrong headline is a real reputational problem for a news site, so we'd go no-store on the news pages and just scale up the origin fleet to absorb the extra load, it's only compute.",
 pq=["She's right, correctness matters more than performance, so no-store it is."],
 note="Accepts no-store and ignores the 100x load increase and loss of outage protection.")
add(4,3,"adequate","bluff",True,
 "Right, no-store would melt the origin. What we want is tag-based invalidation: the origin emits Surrogate-Key headers with the article ID, the homepage, the section, and the CMS fires a purge for that key on publish. On Fastly I'd use soft purge, which evicts the object from every POP completely, just with a gentler rate limit than a hard purge, so it's the safer default. And keep the browser TTL short because we can't purge browsers.",
 fc=["soft purge, which evicts the object from every POP completely, just with a gentler rate limit than a hard purge"],
 note="Tag purge and browser point are right, but a Fastly soft purge marks content stale rather than evicting it, which is exactly why it avoids a stampede. Confident wrong description: bluff, capped at adequate.")
add(4,4,"strong","honest",False,
 "I'd push back on no-store, the origin can't take that traffic, it's a hundred times what it can render. Better to cache long at the edge and purge on publish, by tag, so every page containing that headline goes at once. We're on CloudFront though, and I'd have to check whether CloudFront supports tag-based invalidation at all or only paths with wildcards. If it's paths only, the CMS has to track which URLs include the article. And the browser max-age stays short since we can't reach browser caches.",
 note="Correct reasoning throughout; honestly unsure about CloudFront's invalidation features rather than inventing one.")
add(4,5,"adequate","hedged",False,
 "Instead of no-store, we keep caching and invalidate when the article is published. On CloudFront, invalidations are by path, and I believe the first 100 paths a month are free and then it's paid per path, but I'd check the pricing page. Wildcards help, since a wildcard counts as one path. And keep the browser caching short.",
 fc=["I believe the first 100 paths a month are free"],
 note="Wrong number (the free tier is 1,000 paths a month) but hedged, so not a bluff. Right direction, but no tag purge and no reasoning about load: adequate.")
add(4,6,"weak","offtopic",False,
 "So I think the real problem is the editorial workflow, um, we should have a two-person review before anything goes on the homepage, like a pull-request model for headlines, maybe a Slack bot that pings the copy desk, and we track the number of corrections per week as a newsroom KPI.",
 note="Answers an editorial process question, not the caching or invalidation question.")

# ---------------- Round 5 ----------------
add(5,1,"strong","strong",False,
 "The main thing is controlling the cache key. Vary on Accept-Encoding is fine, but never Vary on Cookie or User-Agent, that's basically a variant per user. So at the edge I'd collapse User-Agent into mobile or desktop, put the language in the URL like slash fr, and have the edge assign the A/B bucket into one header with a couple of values that goes into the key. Strip the utm and fbclid junk from query strings. Personal stuff like recommendations comes from a separate private API call, so the page itself is the same for everyone and cacheable. And for safety, don't cache anything that sets a cookie, and check for unkeyed headers like X-Forwarded-Host, that's the cache poisoning vector.",
 note="Cache key discipline, Vary pitfalls, normalization, shell plus private fragments, and poisoning via unkeyed headers.")
add(5,2,"adequate","adequate",False,
 "I'd keep the pages the same for everybody so they can be cached, and load the personalized bits with JavaScript from an API that's marked private. For the languages I'd put them in the URL. For the A/B tests, I guess vary on some header that holds the bucket. And I'd keep an eye on the hit ratio after each change.",
 note="Right architecture but thin: no discussion of Vary: Cookie/User-Agent, query normalization, Authorization rules or poisoning.")
add(5,3,"weak","pattern",False,
 "Easiest safe option is to add Vary: Cookie on the pages, then every user effectively gets their own copy at the CDN so nobody ever sees someone else's page, and the anonymous users without cookies still share one copy, so the hit ratio should mostly survive.",
 pq=["Add Vary: Cookie so every user gets their own copy."],
 fc=["the hit ratio should mostly survive"],
 note="Vary: Cookie fragments the cache (analytics and A/B cookies make almost every request unique); exhibits the weak pattern.")
add(5,4,"weak","bluff",True,
 "So Vary is the main lever. Vary: Accept-Encoding is fine. People worry about Vary: User-Agent, but there was a Google study showing it only cuts the hit ratio by about 3 percent, because the major CDNs automatically normalize User-Agent into device classes before keying, so it's safe to use. Language I'd put in the path, personalized fragments get fetched separately with private, and I'd strip tracking parameters from the key.",
 fc=["there was a Google study showing it only cuts the hit ratio by about 3 percent",
     "the major CDNs automatically normalize User-Agent into device classes before keying, so it's safe to use"],
 note="Invented statistic and a false absolute: Vary: User-Agent fragments caches badly and CDNs do not transparently normalize it for keying. Recommending it makes the answer weak despite true points.")
add(5,5,"adequate","bluff",True,
 "The key is the URL plus whatever's listed in Vary, so normalize query strings and keep Vary small, Accept-Encoding only. The nice thing is logged-in API traffic is automatically safe: under RFC 9111 a shared cache can never store a response to a request carrying an Authorization header, no exceptions, so we don't need to think about those. Cookie-based sessions are where you have to add private yourself.",
 fc=["under RFC 9111 a shared cache can never store a response to a request carrying an Authorization header, no exceptions"],
 note="False absolute: RFC 9111 lets a shared cache store such responses when the response has public, s-maxage or must-revalidate. Bluff, capped at adequate.")
add(5,6,"adequate","honest",False,
 "I'd make the shell of the page identical for everyone and pull the personal parts from an API that's no-store. Languages go in the URL, so no Vary on Accept-Language. For the Authorization header there's a rule about shared caches not reusing those responses unless the response opts in, but I don't remember exactly which directives count as opting in, I'd need to look at the spec. And I'd audit for unkeyed headers, since that's how cache poisoning happens.",
 note="Correct on shell plus fragments, language in URL, Authorization rule and poisoning; honestly unsure which directives opt in. Missing Vary/Cookie and A/B handling: adequate.")

with open('cdn-caching_answers.jsonl','w') as f:
    for a in A:
        f.write(json.dumps(a, ensure_ascii=False)+"\n")
print(len(A))
