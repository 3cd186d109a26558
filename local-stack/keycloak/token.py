#!/usr/bin/env python3
"""Log a demo user in through Keycloak's real login page (authorization code + PKCE S256, client kabinet-gateway)
and print the tokens' claims (or the raw access token with --raw). Dev helper for the local stack only: no test
backdoor, no direct grant. The redirect to the gateway is not followed, so the gateway need not run.

  local-stack/keycloak/token.py ivanova              # decoded access + id token claims
  local-stack/keycloak/token.py petrov --raw         # access token, e.g. for curl -H "Authorization: Bearer ..."
"""
import base64, hashlib, html, http.cookiejar, json, os, re, secrets, sys, urllib.error, urllib.parse, urllib.request

KC = os.environ.get("KABINET_KEYCLOAK_URL", "http://localhost:8180")
REALM = f"{KC}/realms/kabinet/protocol/openid-connect"
CLIENT, SECRET = "kabinet-gateway", os.environ.get("KABINET_GATEWAY_CLIENT_SECRET", "kabinet-gateway-secret")
REDIRECT = "http://localhost:8080/login/oauth2/code/keycloak"


class LocalhostIsSecure(http.cookiejar.DefaultCookiePolicy):
    # Keycloak marks its login cookies Secure even on http; browsers treat http://localhost as secure, so do we.
    def return_ok_secure(self, cookie, request):
        return True


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def claims(jwt):
    body = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def login(username, password, locale=None):
    jar = http.cookiejar.CookieJar(LocalhostIsSecure())
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    no_redirect = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    query = {"client_id": CLIENT, "response_type": "code", "scope": "openid", "redirect_uri": REDIRECT,
             "state": secrets.token_urlsafe(8), "code_challenge": challenge, "code_challenge_method": "S256"}
    if locale:
        query["ui_locales"] = locale
    page = browser.open(f"{REALM}/auth?{urllib.parse.urlencode(query)}").read().decode()
    action = html.unescape(re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page).group(1))
    form = urllib.parse.urlencode({"username": username, "password": password, "credentialId": ""}).encode()
    try:
        no_redirect.open(action, form)
        raise SystemExit("login failed: Keycloak did not redirect (wrong password or account locked?)")
    except urllib.error.HTTPError as e:
        if e.code not in (301, 302, 303):
            raise
        location = e.headers["Location"]
    code = urllib.parse.parse_qs(urllib.parse.urlparse(location).query)["code"][0]
    token_form = urllib.parse.urlencode({"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT,
                                         "code_verifier": verifier, "client_id": CLIENT, "client_secret": SECRET}).encode()
    return page, json.loads(urllib.request.urlopen(f"{REALM}/token", token_form).read())


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    _, tokens = login(sys.argv[1], os.environ.get("KABINET_PASSWORD", "Kabinet-2026"))
    if "--raw" in sys.argv:
        print(tokens["access_token"])
    else:
        print(json.dumps({"access_token": claims(tokens["access_token"]), "id_token": claims(tokens["id_token"])},
                         ensure_ascii=False, indent=2))
