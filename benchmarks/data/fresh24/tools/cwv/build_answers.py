#!/usr/bin/env python3
"""Build cwv_answers.jsonl: 30 labelled candidate answers for the cwv.txt gauntlet.

Run: python3 build_answers.py   (writes cwv_answers.jsonl next to this file)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "core-web-vitals_answers.jsonl")

# Each entry: (round, kind, band, answer, pattern_quotes, false_claims, note)
# ids are assigned in order within each round: cwv-r<round>-<nn>.
A = []


def add(rnd, kind, band, answer, note, pattern_quotes=(), false_claims=()):
    A.append(dict(rnd=rnd, kind=kind, band=band, answer=" ".join(answer.split()),
                  pattern_quotes=list(pattern_quotes), false_claims=list(false_claims), note=note))


# ---------------------------------------------------------------- Round 1
add(1, "bluff", "adequate", """
Right, so Core Web Vitals are LCP, INP and CLS. LCP is the render time of the largest image or text
block you can see, and good is up to 2.5 seconds. INP took over from FID in March 2024 and covers
every interaction, with 200 milliseconds as the good line. CLS scores unexpected layout shifts, good
is 0.1. The way Google judges a page is at the median, the 50th percentile of real Chrome visits over
the last 28 days, so as long as your typical user is fine you pass. That's why I'd focus on the
common case on mid-range phones rather than chasing the slowest users.
""", "Bluff, contradicted number: pages are assessed at the 75th percentile of page loads, not the "
     "median. Metrics and thresholds are otherwise right, so the core is there; the false percentile is "
     "a supporting claim (it skews the prioritisation), capped at adequate.",
    false_claims=["at the median, the 50th percentile of real Chrome visits"])

add(1, "strong", "strong", """
OK so there are three of them right now. LCP, largest contentful paint, is the loading one: basically
when the biggest image or chunk of text on screen actually shows up. You want that at two and a half
seconds or under, and over four is poor. Then INP, interaction to next paint, which took over from first
input delay in March 2024. It looks at all the clicks, taps and key presses through the life of the
page, times each one from the input until the browser paints the next frame, and reports more or less
the worst. Under 200 milliseconds is good, over 500 is poor. And CLS, cumulative layout shift, is how
much stuff jumps around unexpectedly. It's a unitless score, 0.1 or less is good, above 0.25 is bad,
and shifts that happen right after the user does something are excluded. The bit people miss is how
it's judged: Google takes the 75th percentile of real user visits, mobile and desktop separately, and
you need all three good at that percentile. So it's field data, not one Lighthouse run.
""", "All three metrics with correct definitions, good/poor thresholds, INP replacing FID in March 2024, "
     "input exclusion for CLS, p75 field assessment per device class.")

add(1, "list", "weak", """
So, the terms I'd bring up: Core Web Vitals, meaning LCP, INP and CLS. Then FID, which used to be
one, plus TTFB and FCP. Thresholds: good, needs improvement, poor. The 75th percentile. CrUX, field
data, lab data, Lighthouse, PageSpeed Insights, Search Console. Mobile versus desktop.
""", "Names the right terms but says nothing about what any metric measures or what the thresholds are.")

add(1, "pattern", "weak", """
Honestly, I'd just treat it as the Lighthouse number. You open DevTools, run the performance audit,
and it gives you a score out of 100, and Core Web Vitals is basically that score. Google wants you in
the green, so above 90. So I'd run it on the homepage and the product pages, look at the list of
opportunities it gives you, knock them out one by one, and once we're consistently over 90 we can
tell marketing we pass.
""", "Acts out the 'Lighthouse score' weak answer: conflates a lab score with three field metrics at p75.",
    pattern_quotes=["Core Web Vitals is basically the Lighthouse performance score; we need to get it above 90."],
    false_claims=["Core Web Vitals is basically that score"])

add(1, "adequate", "adequate", """
Core Web Vitals are Google's three metrics for user experience. There's LCP for loading, which is when
the biggest thing on screen gets painted, and the target is under 2.5 seconds. There's INP for
responsiveness, which replaced FID, and good is under 200 milliseconds. And CLS for visual stability,
so things jumping around while you're reading, and you want that under 0.1. I'd want to get all three
green for the mobile site, since that's where the complaint is coming from.
""", "Correct metrics and good thresholds, but misses how a page is assessed (p75 of real visits, field "
     "data), what INP actually measures, and the poor thresholds.")

add(1, "bluff", "adequate", """
So the three vitals are largest contentful paint, interaction to next paint and cumulative layout
shift. LCP is loading, when the biggest element above the fold renders, and you aim for 2.5 seconds.
INP is responsiveness across all the interactions on the page, 200 milliseconds or less, and it
replaced first input delay in March 2024. CLS is visual stability, aim for 0.1. They're judged at the
75th percentile of field data. And for prioritising, Google has said LCP carries about half the ranking
weight of the three, so if marketing cares about SEO, I'd start there.
""", "Bluff, invented statistic: Google has published no per-metric ranking weights, and certainly not "
     "that LCP is half of it. Core definitions are right, so adequate.",
    false_claims=["Google has said LCP carries about half the ranking weight of the three"])

# ---------------------------------------------------------------- Round 2
add(2, "hedged", "adequate", """
They're measuring different populations. Lighthouse is one emulated device on a throttled connection
with an empty cache, and it can't click anything, so it doesn't really see INP at all. The Search
Console report is real Chrome users at the 75th percentile. I think CrUX is a rolling seven-day window,
but I'd double check that. So the field picks up slow phones and slow networks that the lab smooths
over. I'd believe the field and then try to reproduce the worst cases in the lab.
""", "Hedged wrong duration: the CrUX window is 28 days, not seven. The rest is right but thin "
     "(no RUM/attribution plan, no TBT), so adequate.",
    false_claims=["I think CrUX is a rolling seven-day window"])

add(2, "pattern", "weak", """
I'd go with Lighthouse, to be honest. It's a controlled test, same device profile, same network every
time, so it's repeatable, and a 96 is a great score. The Search Console numbers come from whatever
random phones and connections people happen to have, so there's a lot of noise in there. I'd say our
page is fast and the field data is skewed by outliers. Maybe I'd double-check with WebPageTest, but I
wouldn't go rewriting things because of a field report.
""", "Acts out 'Lighthouse is the accurate one, field is noise'. A p75 is not driven by outliers.",
    pattern_quotes=["Lighthouse is the controlled measurement, so its number is the accurate one and the field data is just noise."],
    false_claims=["the field data is skewed by outliers"])

add(2, "strong", "strong", """
I'd trust Search Console for what users get and use Lighthouse to dig in. They're measuring different
things. Search Console is CrUX underneath: opted-in Chrome users on desktop and Android, rolled up over
the last 28 days, reported at p75. Lighthouse is a single simulated visit, an emulated mid-tier phone,
throttled network and CPU, empty cache, no cookies. So it misses the real long tail: old phones, users
on another continent, people landing from ads with tracking parameters that bust the CDN cache, consent
popups, signed-in pages, experiment scripts. And for INP it's not even comparable, because a standard
Lighthouse run never clicks anything. It gives you total blocking time instead, which is only about the
main thread being tied up while loading. Real people tap the size selector while the tag manager is
still chewing. Plus CrUX is a trailing window, so anything we fixed recently is diluted. What I'd
actually do is put the web-vitals library with attribution into production, so I see per visit which
element was the LCP, where its time went, and which interaction was slow, split by device and country,
then reproduce those in DevTools with throttling.
""", "Correct field/lab explanation: CrUX 28 days p75 opted-in Chrome, Lighthouse single throttled cold "
     "load, no INP in navigation mode (TBT proxy), CrUX lag, RUM with attribution, reproduce in lab.")

add(2, "offtopic", "weak", """
When two monitoring systems disagree, the first thing I look at is the backend. I'd pull up our APM,
Datadog or New Relic, and compare the p95 and p99 server response times for the product endpoint over
the same period. Very often the database is the problem: a missing index on the product variants table,
or N+1 queries from the ORM. I'd check the slow query log, add the indexes, and maybe put Redis in
front of the catalogue reads. Once the API is fast, everything downstream looks better.
""", "Fluent but about backend APM and database tuning; never addresses lab versus field data or why "
     "Lighthouse and CrUX differ.")

add(2, "bluff", "weak", """
They disagree mostly because of network and device. Lighthouse throttles, but it's still a clean cold
load from a data centre, while real users are all over the place. So for LCP I'd trust the field. For
INP though, I'd actually trust the lab more, because the lab run goes through the page and taps each
button and link for you and times how long the page takes to respond, so it's a clean measure of
responsiveness without users' background apps getting in the way. If Lighthouse says interactions are
fine, the poor INP in Search Console is probably device noise, and I'd focus on LCP.
""", "Bluff, wrong mechanism in plain words: a navigation-mode Lighthouse run performs no interactions "
     "and cannot measure INP (it reports TBT as a proxy). The false claim drives the conclusion to "
     "dismiss the field INP, so it sits at the centre: weak.",
    false_claims=["the lab run goes through the page and taps each button and link for you and times how long the page takes to respond"])

add(2, "honest", "strong", """
Field wins, lab is for debugging. Search Console gets its data from the Chrome UX Report, which is real
Chrome users, aggregated over 28 days at the 75th percentile. Lighthouse, on the other hand, is a
single throttled test run. I don't remember the exact network and CPU numbers it uses for the mobile profile, I'd have
to look them up. It's from a cold cache with nobody interacting, and that last part is key for INP: the
default navigation run can't measure it, it only gives total blocking time as a stand-in. And I'm
honestly not sure exactly which time window TBT adds up over; I'd check the docs. The field also sees
slow devices, ad traffic that misses the CDN cache, consent banners and logged-in states. So I'd add
RUM with the web-vitals library and its attribution data, segment by device, find the slow LCP elements
and slow interactions, then reproduce them in the lab.
""", "Honest about two details (Lighthouse throttling numbers, TBT window) but covers most of the "
     "substance correctly: CrUX 28 days p75, no INP in the lab, TBT proxy, field-only factors, RUM plan.")

# ---------------------------------------------------------------- Round 3
add(3, "pattern", "weak", """
The hero image is the LCP element, so the fix is the image itself. I'd convert all the images to WebP,
it's something like a quarter to a third smaller than JPEG at the same quality, and compress them
harder. Smaller file, faster download, LCP comes down. That's really the whole fix for LCP here, then
I'd move on to the layout shift, probably by giving the carousel a fixed height.
""", "Acts out 'convert to WebP and LCP is solved': ignores that in a client-rendered app the image is "
     "discovered late (load delay), which smaller bytes don't fix.",
    pattern_quotes=["Convert all the images to WebP and the LCP problem is solved."],
    false_claims=["That's really the whole fix for LCP here"])

add(3, "bluff", "adequate", """
I'd start by splitting the LCP time into its parts, so time to first byte, load delay, load duration
and render delay, using the attribution build of web-vitals. In a client-side React app it's almost
always load delay, because nobody knows the image URL until the bundle runs. So I'd get the hero image
into the HTML with a preload and fetchpriority high, and at the CDN I'd have it send a 102 Early Hints
response with the preload Link header, so the browser starts fetching while the server is still
building the page. Then width and height on images for the CLS, and a fallback font with size-adjust
so the swap doesn't shift text.
""", "Bluff, wrong status code: Early Hints is 103 (RFC 8297); 102 is Processing (WebDAV). The plan is "
     "otherwise sound and Early Hints is a side optimisation, so adequate.",
    false_claims=["a 102 Early Hints response"])

add(3, "honest", "adequate", """
So I'd want the breakdown of LCP first. I know the web-vitals library can split it into parts like time
to first byte and load delay, though I'd need to look up the exact names of the attribution fields. My
guess is the hero is discovered late because React renders it, so preloading it and setting a high
fetch priority should help a lot. For fonts, I remember there are CSS descriptors that make the
fallback font match the web font's metrics so there's less shift on the swap. I can't remember exactly
which ones, I'd look that up. And I'd put dimensions on images.
""", "Honest about attribution field names and the font metric descriptors; right diagnosis and main "
     "fixes, but thin on CLS sources, caching, lazy-loading and verification: adequate.")

add(3, "adequate", "adequate", """
First thing, I'd make sure that hero image isn't lazy-loaded and give it fetchpriority high, and I'd
serve it as AVIF or WebP at the right size with srcset, so phones aren't downloading a desktop image.
Since it's a React app rendering everything on the client, the browser doesn't know about the image
until the JavaScript runs, so I'd preload it from the HTML. For CLS I'd add width and height on the
images and reserve space for anything that loads late, like banners. And for the fonts, font-display
swap.
""", "Right fixes for the hero and basic CLS, but no diagnosis by sub-part, nothing on the font swap "
     "causing shift (metric overrides), subsetting, or verifying in field data.")

add(3, "list", "weak", """
Things I'd look at, roughly: LCP sub-parts, TTFB, resource load delay, render delay. Preload, fetchpriority,
srcset, sizes, AVIF, WebP, CDN, Cache-Control. Lazy loading. Code splitting. font-display, WOFF2,
subsetting, size-adjust, ascent-override. Width and height attributes, aspect-ratio, CLS session windows, the
web-vitals library.
""", "Only a list of the right terms; nothing about which to apply, why, or in what order.")

add(3, "bluff", "adequate", """
I'd diagnose before fixing. Search Console gives you the LCP breakdown for each URL, so I'd open the
Core Web Vitals report, pick the home page, and read off how much is server time versus the image
waiting to be discovered versus downloading versus rendering. With client rendering I'd expect the
waiting-to-be-discovered part to dominate, so I'd preload the first carousel image with high fetch
priority and make sure it isn't lazy. For the shift, I'd set explicit dimensions on images and give
the consent banner a fixed position so it overlays instead of pushing content down.
""", "Bluff, feature credited to the wrong product: Search Console's Core Web Vitals report groups URLs "
     "by status and shows no per-URL LCP sub-part breakdown (that comes from RUM attribution, "
     "Lighthouse/PageSpeed Insights or DevTools). The fixes are right, so adequate.",
    false_claims=["Search Console gives you the LCP breakdown for each URL"])

# ---------------------------------------------------------------- Round 4
add(4, "bluff", "weak", """
The device argument is weaker than it sounds. The way INP works, the clock starts when the user taps
and stops when your event handler returns. So if our handlers are fast, the interaction can never come
out slow, no matter how much rendering the page has to do afterwards. That means the only thing to fix
is handler code: profile the click handlers, make them do less, memoize in React. I wouldn't bother
with DOM size or third-party scripts, they don't affect the number. So no, we shouldn't accept it, we
should optimise the handlers.
""", "Bluff, wrong mechanism in plain words and a false absolute: INP runs until the next frame is "
     "painted, so input delay and presentation delay (rendering, DOM size, other scripts) count too. "
     "The false mechanism is the centre of the plan: weak.",
    false_claims=["the clock starts when the user taps and stops when your event handler returns",
                  "if our handlers are fast, the interaction can never come out slow, no matter how much rendering the page has to do afterwards",
                  "they don't affect the number"])

add(4, "honest", "weak", """
My instinct is we shouldn't accept it, because I'm fairly sure a lot of INP is our own JavaScript. But
honestly I don't know INP's internals that well. I know there's some breakdown of where the time goes,
but I'd need to look up what the parts are and which tools show them. I'd start by finding which
interactions are slow in real-user data and profiling them in DevTools with CPU throttling on.
""", "Honest and not wrong, but little substance: no parts of INP, no fixes, no weighing of the "
     "argument. Weak.")

add(4, "strong", "strong", """
I'd push back, but not completely. Sure, cheap Android phones are a lot slower at running JavaScript,
and that's why mobile p75 is where we fail. But what runs on the main thread is our choice. I'd split
INP into its three pieces. Input delay, where the tap sits waiting because something else is hogging
the thread, like hydration, analytics, the tag manager. Processing, which is our handlers themselves,
like a filter click that redraws the entire grid in one go. And presentation delay, the style recalc,
layout and paint before the next frame, which gets worse with a huge DOM. Field attribution tells us
which interactions and which targets are slow, and long animation frame data points at the scripts.
Fixes are pretty standard: show feedback immediately and yield before the expensive part, with
scheduler.yield or a setTimeout, startTransition for non-urgent React state, chop up long tasks, push
third-party tags later, virtualise long lists. And it's not optional: you only pass with all three in
the good range, and 380 is way above 200. If some low-traffic page is the only offender, fine,
prioritise, but decide on data.
""", "Fair to the device argument, splits INP into input delay, processing and presentation delay, "
     "attributes in the field (including LoAF), gives the standard fixes, and names the deciding factor.")

add(4, "hedged", "weak", """
I wouldn't accept it. INP measures how long it takes from a click or tap to the next paint, and I
believe the good threshold is 100 milliseconds, though I'd want to confirm that. So 380 is well over.
I'd look at what JavaScript runs on the slow clicks and try to make it lighter.
""", "Hedged wrong number: the INP good threshold is 200 ms (100 ms was FID's). Otherwise very thin, "
     "so weak.",
    false_claims=["I believe the good threshold is 100 milliseconds"])

add(4, "pattern", "weak", """
I think the teammate is half right. INP is really about that first interaction: somebody lands, taps
the menu, and the page is still busy loading scripts, so the tap waits. So the way to fix it is to make
the load itself faster: smaller bundle, defer scripts, get the page interactive sooner. Once the page
is done loading, interactions are fast anyway, so I wouldn't spend time on the individual handlers.
""", "Acts out 'INP only counts the first click' (that was FID); ignores later interactions, "
     "processing time and presentation delay.",
    pattern_quotes=["INP only counts the first click, so we just need the page to load faster."],
    false_claims=["INP is really about that first interaction",
                  "Once the page is done loading, interactions are fast anyway"])

add(4, "adequate", "adequate", """
I don't agree. Slow phones make it worse, but INP is mostly about how much work our JavaScript does
when someone taps something. I'd find the slow interactions, since the web-vitals library can report
which element was involved, and then break up the long tasks in those event handlers so the browser
can paint in between. Deferring third-party scripts would help too, since they block the main thread.
The target is under 200 milliseconds at p75, so 380 isn't close.
""", "Right core (our main-thread work, find slow interactions, break up long tasks, defer third "
     "parties, 200 ms at p75) but no presentation delay/DOM size, no fair weighing of the device point.")

# ---------------------------------------------------------------- Round 5
add(5, "adequate", "adequate", """
I'd add automated checks to the pipeline, something like Lighthouse CI with budgets, so a PR that
bloats the bundle or adds a layout shift gets flagged. And I'd add real-user monitoring in production,
so we see LCP, INP and CLS from actual visitors, with alerts when p75 crosses the thresholds. For the
marketing tags, they'd need some review process before going live.
""", "Right core (CI budgets, RUM with p75 alerts, tag review) but no ownership, no caching policy, "
     "no handling of lab noise or CrUX lag.")

add(5, "offtopic", "weak", """
For a team shipping this often, I'd invest in load testing. Every week we'd run k6 or Gatling against
staging with traffic at twice our peak, track the p99 latency of the API and the error rate, and fail
the pipeline if either gets worse. I'd also make sure autoscaling is tuned so we add instances before
CPU hits 70 percent, and put the read-heavy endpoints behind a cache. That way the site stays fast no
matter how many features go out.
""", "Fluent but about backend load testing and autoscaling, not about front-end Core Web Vitals, "
     "RUM, budgets or third-party tags.")

add(5, "bluff", "adequate", """
I'd put budgets in CI, so Lighthouse CI on the main templates with size budgets for JavaScript per
route, and real-user monitoring with the web-vitals library in production, so we alert on p75 by
template and device the same day instead of waiting on CrUX. Third-party tags go through review, with
an owner each. And I'd set the caching policy once: hashed assets get a year-long max-age with the
immutable directive, which has been part of HTTP caching since RFC 2616, so browsers never revalidate
them, and HTML is always revalidated.
""", "Bluff, misattributed RFC: the immutable Cache-Control extension is RFC 8246 (2017); RFC 2616 "
     "(1999) has no such directive. The rest is right, so adequate.",
    false_claims=["which has been part of HTTP caching since RFC 2616"])

add(5, "strong", "strong", """
Two halves: catch it before merge, and catch it in production fast. Before merge, Lighthouse CI runs
against the main templates, home, listing, product, checkout, asserting thresholds for LCP, CLS and
TBT, compared to the main branch so noise doesn't make it flaky, and there's a bundle size
budget per route. That stops someone quietly adding a 70 KB date library. In production, every page
view reports its vitals with attribution through the web-vitals library, beaconed when the tab goes
hidden, and we chart p75 per template, device class and country, with deploy markers and alerts. That
gives us a same-day signal instead of waiting for CrUX's four-week window, which is still the number
Google actually uses. Tag manager governance matters a lot: each tag needs an owner, a business reason
and a review date, and loads after the main content. Caching too: fingerprinted assets get a one-year
max-age plus immutable, HTML revalidates, the CDN serves stale while revalidating, and we keep pages
eligible for the back/forward cache by not using unload handlers. And every template has a team that
owns its numbers.
""", "CI gates relative to main, bundle budgets, RUM at p75 with segmentation and deploy markers, CrUX "
     "lag, third-party governance, caching policy including bfcache, ownership per template.")

add(5, "honest", "adequate", """
I'd want the guardrails automated. Lighthouse CI in the pipeline for the key pages, with performance
budgets, though I'd need to check how Lighthouse CI's assertion config is written; I've only used it
with the defaults. Real-user monitoring in production so we see regressions the same day. I'm not sure
whether we'd build that on the web-vitals library or buy a RUM product, I'd look at the options. And
marketing's tags need an owner and a review, since those are a common cause of poor INP.
""", "Honest about Lighthouse CI config and the RUM build-vs-buy choice; right core (CI budgets, same-day "
     "RUM, tag ownership) but no caching policy or template ownership: adequate.")

add(5, "pattern", "weak", """
I'd make it someone's job. Hire or designate a performance engineer, set up the Search Console email
alerts, and whenever Google tells us a group of URLs has gone from good to poor, that person digs in
and fixes it. Everybody else can keep shipping features without worrying about it, and we have a clear
point of contact when marketing asks how we're doing.
""", "Acts out 'one performance engineer reacting to Search Console alerts': a lagging (28-day) signal "
     "and a single-person bottleneck instead of a process.",
    pattern_quotes=["Make one performance engineer responsible for fixing it when Search Console sends an alert."])


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for a in A:
            counters[a["rnd"]] = counters.get(a["rnd"], 0) + 1
            rec = {
                "id": "cwv-r%d-%02d" % (a["rnd"], counters[a["rnd"]]),
                "round": a["rnd"],
                "answer": a["answer"],
                "band": a["band"],
                "bluff": a["kind"] == "bluff",
                "kind": a["kind"],
                "pattern_quotes": a["pattern_quotes"],
                "false_claims": a["false_claims"],
                "note": a["note"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
