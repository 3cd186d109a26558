#!/usr/bin/env python3
"""Password logins per second (issue #6, ID-6; part `login` of bench/run): through the gateway's login flow and,
as the reference in the same run, the same authorization-code flow straight against Keycloak.

  gateway:  GET <gateway>/oauth2/authorization/keycloak -> Keycloak's login page -> POST the form -> the gateway's
            /login/oauth2/code/keycloak (it redeems the code at Keycloak's token endpoint and opens its session)
            -> 302 to the web client. A login counts when the callback answers 302 to the cabinet, not to an error.
  keycloak: the same flow without the gateway: Keycloak's page -> POST -> the code -> Keycloak's token endpoint
            (client kabinet-gateway, PKCE S256), i.e. what the gateway does for the browser. A login counts with 200.

Each login is a fresh browser (no cookies), so every one is a full password login. Closed loop first (saturated
logins/s, `--workers` at once, `--seconds` per path), then a fixed rate (`--rate`, default 25/s, latency counted from
each login's intended start, so queueing shows in the percentiles). The gateway limits requests per client address
while there is no session (20/s by default); the logins are spread over `--addresses` loopback source addresses
(127.0.0.1, 127.0.0.2, ...) as over that many residents' networks, and any 429 is counted and reported.

Keycloak 26 refuses concurrent password logins of one user ("too many failed attempts" while one is in progress), so
every worker logs in as a user of its own: <user>-0 .. <user>-N, throwaway logins bench/run creates and deletes (as
many residents logging in at once, not one resident many times a second).

Prints one JSON object. Needs only the Python standard library.
"""
import argparse, base64, functools, hashlib, html, http.client, http.cookiejar, json, re, secrets, sys, threading
import time, urllib.error, urllib.parse, urllib.request

FORM = re.compile(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"')


class LocalhostIsSecure(http.cookiejar.DefaultCookiePolicy):
    def return_ok_secure(self, cookie, request):  # browsers treat http://localhost as secure; Keycloak's are Secure
        return True


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FromAddress(urllib.request.HTTPHandler):
    def __init__(self, address):
        super().__init__()
        self.address = address

    def http_open(self, req):
        return self.do_open(functools.partial(http.client.HTTPConnection, source_address=(self.address, 0)), req)


class Browser:
    def __init__(self, address):
        self.jar = http.cookiejar.CookieJar(LocalhostIsSecure())
        self.opener = urllib.request.build_opener(FromAddress(address), urllib.request.HTTPCookieProcessor(self.jar),
                                                  NoRedirect)

    def send(self, url, data=None, timeout=30):
        """(status, Location, body) without following redirects."""
        try:
            with self.opener.open(url, data, timeout=timeout) as r:
                return r.status, r.headers.get("Location"), r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Location"), e.read().decode("utf-8", "replace")

    def follow(self, url, data=None, until=None, hops=8):
        status, location, body = self.send(url, data)
        while status in (301, 302, 303) and location and hops > 0 and not (until and location.startswith(until)):
            url = urllib.parse.urljoin(url, location)
            status, location, body = self.send(url)
            hops -= 1
        return status, location, body, url


class Outcome(Exception):
    pass


def post_form(browser, page, args, user):
    m = FORM.search(page)
    if not m:
        raise Outcome("no login form")
    form = urllib.parse.urlencode({"username": user, "password": args.password, "credentialId": ""}).encode()
    return browser.send(html.unescape(m.group(1)), form)


def gateway_login(args, address, user):
    b = Browser(address)
    status, location, page, _ = b.follow(f"{args.gateway}/oauth2/authorization/keycloak")
    if status == 429:
        raise Outcome("429")
    if status != 200:
        raise Outcome(f"login page {status}")
    status, location, _ = post_form(b, page, args, user)
    if status not in (302, 303) or not location or "code=" not in location:
        raise Outcome(f"form {status}")
    status, location, _ = b.send(location)  # the gateway's callback
    if status == 429:
        raise Outcome("429")
    if status not in (302, 303) or not location or "error" in location:
        raise Outcome(f"callback {status} {location}")


def keycloak_login(args, address, user):
    b = Browser(address)
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    redirect = f"{args.gateway}/login/oauth2/code/keycloak"
    query = urllib.parse.urlencode({"client_id": "kabinet-gateway", "response_type": "code", "scope": "openid",
                                    "redirect_uri": redirect, "state": secrets.token_urlsafe(8),
                                    "code_challenge": challenge, "code_challenge_method": "S256"})
    oidc = f"{args.keycloak}/realms/kabinet/protocol/openid-connect"
    status, _, page = b.send(f"{oidc}/auth?{query}")
    if status != 200:
        raise Outcome(f"login page {status}")
    status, location, _ = post_form(b, page, args, user)
    if status not in (302, 303) or not location or "code=" not in location:
        raise Outcome(f"form {status}")
    code = urllib.parse.parse_qs(urllib.parse.urlparse(location).query)["code"][0]
    token = urllib.parse.urlencode({"grant_type": "authorization_code", "code": code, "redirect_uri": redirect,
                                    "code_verifier": verifier, "client_id": "kabinet-gateway",
                                    "client_secret": args.client_secret}).encode()
    status, _, _ = b.send(f"{oidc}/token", token)
    if status != 200:
        raise Outcome(f"token {status}")


def run(login, args, seconds, rate=None):
    """Closed loop (rate None) with args.workers, or a fixed rate: every login has an intended start."""
    lock = threading.Lock()
    ok, failed, throttled, latencies, errors = [0], [0], [0], [], {}
    start = time.monotonic()
    end = start + seconds
    counter = [0]

    def next_slot():
        with lock:
            i = counter[0]
            counter[0] += 1
        if rate is None:
            return i, time.monotonic()
        return i, start + i / rate

    def worker(user):
        while True:
            i, intended = next_slot()
            if intended >= end:
                return
            now = time.monotonic()
            if intended > now:
                time.sleep(intended - now)
            address = f"127.0.0.{1 + i % args.addresses}"
            began = intended if rate is not None else time.monotonic()
            try:
                login(args, address, user)
                took = time.monotonic() - began
                with lock:
                    ok[0] += 1
                    latencies.append(took)
            except Outcome as e:
                with lock:
                    if str(e) == "429":
                        throttled[0] += 1
                    else:
                        failed[0] += 1
                        errors[str(e)] = errors.get(str(e), 0) + 1
            except Exception as e:  # noqa: BLE001 (a timeout or reset counts as a failed login)
                with lock:
                    failed[0] += 1
                    errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1

    workers = args.workers if rate is None else args.users
    threads = [threading.Thread(target=worker, args=(f"{args.user}-{n}",), daemon=True) for n in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = max(time.monotonic() - start, 1e-9)
    latencies.sort()

    def pct(p):
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000) if latencies else None

    return {"ok": ok[0], "failed": failed[0], "throttled": throttled[0], "per_second": round(ok[0] / elapsed, 2),
            "seconds": round(elapsed, 1), "p50_ms": pct(0.50), "p99_ms": pct(0.99), "errors": errors}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--gateway", default="http://localhost:8080")
    p.add_argument("--keycloak", default="http://localhost:8180")
    p.add_argument("--client-secret", default="kabinet-gateway-secret")
    p.add_argument("--user", required=True, help="prefix: the logins are <user>-0 .. <user>-(users-1)")
    p.add_argument("--users", type=int, default=50, help="logins at once at the fixed rate, each its own user")
    p.add_argument("--password", required=True)
    p.add_argument("--seconds", type=float, default=15)
    p.add_argument("--workers", type=int, default=8)
    p.add_argument("--rate", type=float, default=25)
    p.add_argument("--addresses", type=int, default=4)
    args = p.parse_args()
    result = {"workers": args.workers, "rate": args.rate, "addresses": args.addresses}
    keycloak_login(args, "127.0.0.1", f"{args.user}-0")  # a check that the login works at all
    gateway_login(args, "127.0.0.1", f"{args.user}-0")
    for name, login in (("keycloak", keycloak_login), ("gateway", gateway_login)):
        run(login, args, min(3.0, args.seconds))  # warm-up, not counted
        result[f"{name}_saturated"] = run(login, args, args.seconds)
    for name, login in (("keycloak", keycloak_login), ("gateway", gateway_login)):
        result[f"{name}_fixed"] = run(login, args, args.seconds, args.rate)
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
