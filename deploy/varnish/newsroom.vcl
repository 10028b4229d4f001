vcl 4.1;
# The Newsroom behind Varnish (Debian: varnish + varnish-modules). See docs/deployment.md.
#
# - Public pages are cached with their Next cache tags as xkey surrogate keys; the app purges by
#   tag when content changes (PURGE with an `xkey-purge` header), so a copy lives only until its
#   content changes. The TTL (at most 30 s) and grace (5 s) only bound the damage of a lost purge.
# - The admin, the API, preview and draft mode, logged-in staff and every write are never cached.
# - Backends are health-checked; a GET that fails on one instance is retried on another, and a
#   page whose instance dies mid-response is fetched again from another.

import directors;
import std;
import xkey;

# Generated next to this file by scripts/cluster (or written by hand for a deployment):
# `backend` definitions with probes and a vcl_init that adds them to the `app` director.
include "backends.vcl";

acl purgers {
  "127.0.0.1";
  "::1";
  "10.0.0.0"/8;
  "172.16.0.0"/12;
  "192.168.0.0"/16;
}

sub vcl_recv {
  set req.backend_hint = app.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Not allowed."));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Give the cache tags to purge in the xkey-purge header."));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged));
  }

  # The app counts views once per visitor: it must see the reader's address, not one the reader
  # wrote into the request.
  set req.http.X-Forwarded-For = client.ip;

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(admin|api|next|internal)(/|\?|$)") {
    return (pass);
  }
  # Staff (Payload's login cookie) and draft mode (Next's bypass cookie) see their own pages.
  if (req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass|__next_preview_data)=" || req.http.Authorization) {
    return (pass);
  }
  # Nothing else in a cookie changes a public page.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_backend_fetch {
  # A retry goes to another instance (round robin skips sick ones).
  set bereq.backend = app.backend();
}

sub vcl_backend_response {
  if (beresp.status >= 500 && bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
  if (bereq.url ~ "^/_next/static/") {
    # Content-hashed assets: cached as the app says (a year, immutable).
    return (deliver);
  }
  if (!bereq.uncacheable) {
    # A page is received whole before it is sent on: if its instance dies mid-response, the
    # reader gets the page from another instance (vcl_synth restarts) instead of a cut-off one.
    set beresp.do_stream = false;
  }
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)" || beresp.ttl <= 0s) {
    set beresp.uncacheable = true;
    set beresp.ttl = 30s;
    return (deliver);
  }
  if (beresp.ttl > 30s) {
    set beresp.ttl = 30s;
  }
  # The instance answered with its old copy while it rebuilds the page (a background refresh of
  # widgets after a publish): keep it only briefly, then take the rebuilt one.
  if (beresp.http.x-nextjs-cache == "STALE") {
    set beresp.ttl = 2s;
  }
  # The instances leave compression to the proxy (HTTP_COMPRESSION=off): gzip once, here.
  if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|javascript))") {
    set beresp.do_gzip = true;
  }
  set beresp.grace = 5s;
  set beresp.keep = 0s;
  return (deliver);
}

sub vcl_backend_error {
  if (bereq.retries < 3 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
  # Every try failed (round robin may pick the dying instance again before its probe marks it
  # sick): mark the error so vcl_deliver starts the request over; never keep it.
  set beresp.http.X-Fetch-Failed = "1";
  set beresp.ttl = 0s;
  set beresp.uncacheable = true;
}

sub vcl_synth {
  # A page whose instance died while answering (received whole, so not sent yet): from the top.
  if (resp.status == 503 && req.restarts < 2 && (req.method == "GET" || req.method == "HEAD")) {
    return (restart);
  }
}

sub vcl_deliver {
  if (resp.http.X-Fetch-Failed && req.restarts < 2 && (req.method == "GET" || req.method == "HEAD")) {
    return (restart);
  }
  unset resp.http.X-Fetch-Failed;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  if (!req.http.x-debug-xkey) {
    unset resp.http.xkey;
  }
  # Browsers and any cache further out revalidate: only this proxy, which is purged, keeps copies.
  if (req.url !~ "^/_next/static/" && resp.http.Cache-Control ~ "s-maxage") {
    set resp.http.Cache-Control = "public, max-age=0, must-revalidate";
  }
}
