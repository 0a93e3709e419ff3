"""A minimal OpenID Connect provider on loopback, for testing single sign-on for real.

It speaks the authorization-code flow as Streamlit's ``st.login`` (Authlib) uses it:
discovery, an authorize endpoint that approves at once (signing in whoever the test put
in :attr:`Provider.next_user`), a token endpoint that checks the client, the redirect
address, the code (once) and PKCE, and hands back an RS256 id_token; the keys at
``/jwks``, the claims at ``/userinfo``. Signed with joserfc, Authlib's JOSE library
(``authlib.jose`` is deprecated in favour of it, and Authlib's own client verifies with
it). Standard library HTTP server, one thread per request.

    with Provider(redirect_uris=["http://127.0.0.1:8501/oauth2callback"]) as idp:
        idp.next_user = {"sub": "u1", "email": "a@b.test"}
        ... idp.discovery_url ...
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

CODE_SECONDS = 60
TOKEN_SECONDS = 300


class Provider:
    """Start with ``with``; the address is known once started."""

    def __init__(
        self,
        redirect_uris: list[str],
        client_id: str = "tiendo-test",
        client_secret: str | None = None,
    ) -> None:
        self.redirect_uris = list(redirect_uris)
        self.client_id = client_id
        self.client_secret = client_secret or secrets.token_urlsafe(24)
        self.next_user: dict | None = None  # who /authorize signs in; None: the user declines
        self.key = RSAKey.generate_key(
            2048, parameters={"kid": secrets.token_hex(4), "use": "sig", "alg": "RS256"}
        )
        self.events: list[tuple[str, dict]] = []  # (endpoint, what it was asked), in order
        self._codes: dict[str, dict] = {}
        self._tokens: dict[str, dict] = {}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------

    def __enter__(self) -> Provider:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
        if self._thread:
            self._thread.join(timeout=10)

    @property
    def issuer(self) -> str:
        assert self._server, "start the provider with `with` first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def discovery_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    def metadata(self) -> dict:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "email", "profile"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "claims_supported": ["sub", "email", "email_verified", "name", "iss", "aud"],
            "code_challenge_methods_supported": ["S256", "plain"],
        }

    def jwks(self) -> dict:
        return KeySet([self.key]).as_dict(private=False)

    def seen(self, endpoint: str) -> list[dict]:
        """What each request to ``endpoint`` ('authorize', 'token', …) asked, in order."""
        with self._lock:
            return [params for name, params in self.events if name == endpoint]

    # -- endpoints: (status, headers, body) ---------------------------------------------

    def authorize(self, query: dict[str, str]) -> tuple[int, dict, bytes]:
        self._record("authorize", query)
        redirect_uri = query.get("redirect_uri", "")
        if query.get("client_id") != self.client_id or redirect_uri not in self.redirect_uris:
            # never redirect to an address the client did not register
            return _json(400, {"error": "invalid_request", "error_description": "client"})
        back = {"state": query["state"]} if "state" in query else {}
        if query.get("response_type") != "code":
            return _redirect(redirect_uri, {"error": "unsupported_response_type", **back})
        if "openid" not in query.get("scope", "").split():
            return _redirect(redirect_uri, {"error": "invalid_scope", **back})
        user = self.next_user
        if user is None:
            return _redirect(redirect_uri, {"error": "access_denied", **back})
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = {
                "user": dict(user),
                "client_id": self.client_id,
                "redirect_uri": redirect_uri,
                "nonce": query.get("nonce"),
                "scope": query.get("scope", ""),
                "challenge": query.get("code_challenge"),
                "method": query.get("code_challenge_method", "plain"),
                "expires": time.time() + CODE_SECONDS,
            }
        return _redirect(redirect_uri, {"code": code, **back})

    def token(self, form: dict[str, str], authorization: str) -> tuple[int, dict, bytes]:
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        if authorization.startswith("Basic "):
            raw = base64.b64decode(authorization[6:]).decode()
            user, _, password = raw.partition(":")
            client_id = urllib.parse.unquote_plus(user)
            client_secret = urllib.parse.unquote_plus(password)
        self._record(
            "token", {**{k: v for k, v in form.items() if k != "client_secret"}, "auth": client_id}
        )
        if client_id != self.client_id or not hmac.compare_digest(
            client_secret or "", self.client_secret
        ):
            return _json(401, {"error": "invalid_client"})
        if form.get("grant_type") != "authorization_code":
            return _json(400, {"error": "unsupported_grant_type"})
        with self._lock:
            grant = self._codes.pop(form.get("code", ""), None)  # a code works once
        if grant is None or grant["expires"] < time.time():
            return _json(400, {"error": "invalid_grant", "error_description": "code"})
        if form.get("redirect_uri") != grant["redirect_uri"]:
            return _json(400, {"error": "invalid_grant", "error_description": "redirect_uri"})
        if grant["challenge"]:
            verifier = form.get("code_verifier", "")
            if grant["method"] == "S256":
                digest = hashlib.sha256(verifier.encode()).digest()
                expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            else:
                expected = verifier
            if not verifier or not hmac.compare_digest(expected, grant["challenge"]):
                return _json(400, {"error": "invalid_grant", "error_description": "pkce"})
        now = int(time.time())
        claims = {
            **grant["user"],
            "iss": self.issuer,
            "aud": grant["client_id"],
            "iat": now,
            "exp": now + TOKEN_SECONDS,
            "auth_time": now,
        }
        if grant["nonce"]:
            claims["nonce"] = grant["nonce"]
        id_token = jwt.encode({"alg": "RS256", "kid": self.key.kid}, claims, self.key)
        access_token = secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[access_token] = dict(grant["user"])
        return _json(
            200,
            {
                "access_token": access_token,
                "token_type": "Bearer",
                "expires_in": TOKEN_SECONDS,
                "scope": grant["scope"],
                "id_token": id_token,
            },
            {"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    def userinfo(self, authorization: str) -> tuple[int, dict, bytes]:
        self._record("userinfo", {})
        token = authorization[7:] if authorization.startswith("Bearer ") else ""
        with self._lock:
            user = self._tokens.get(token)
        if user is None:
            return _json(401, {"error": "invalid_token"}, {"WWW-Authenticate": "Bearer"})
        return _json(200, user)

    def _record(self, endpoint: str, params: dict) -> None:
        with self._lock:
            self.events.append((endpoint, dict(params)))


def _json(status: int, body: dict, headers: dict | None = None) -> tuple[int, dict, bytes]:
    return (
        status,
        {"Content-Type": "application/json", **(headers or {})},
        json.dumps(body).encode(),
    )


def _redirect(uri: str, params: dict[str, str]) -> tuple[int, dict, bytes]:
    joiner = "&" if urllib.parse.urlparse(uri).query else "?"
    return 302, {"Location": uri + joiner + urllib.parse.urlencode(params)}, b""


def _handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(url.query))
            if url.path == "/.well-known/openid-configuration":
                self._send(*_json(200, provider.metadata()))
            elif url.path == "/jwks":
                self._send(*_json(200, provider.jwks()))
            elif url.path == "/authorize":
                self._send(*provider.authorize(query))
            elif url.path == "/userinfo":
                self._send(*provider.userinfo(self.headers.get("Authorization", "")))
            else:
                self._send(*_json(404, {"error": "not_found"}))

        def do_POST(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode()
            form = dict(urllib.parse.parse_qsl(body))
            authorization = self.headers.get("Authorization", "")
            if url.path == "/token":
                self._send(*provider.token(form, authorization))
            elif url.path == "/userinfo":
                self._send(*provider.userinfo(authorization))
            else:
                self._send(*_json(404, {"error": "not_found"}))

        def _send(self, status: int, headers: dict, body: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format, *args) -> None:
            pass  # quiet: the test reads provider.events instead

    return Handler
