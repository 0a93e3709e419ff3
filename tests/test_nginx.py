"""deploy/nginx.conf.template in front of two real tiendo replicas, on loopback.

A real nginx (Debian's; `make test` installs it) runs the rendered template in its own
temporary prefix; two ``python -m dashboard.serve`` processes serve one demo warehouse with
an account. nginx's access log names the replica that answered each request
(``upstream=``), and /proc/net/tcp shows which replica holds a browser's websocket.

Checked: a reader's requests all reach one replica, new readers spread over both, a real
browser signs in and renders through the proxy and stays on its replica across reloads,
the audit log gets the reader's address and not one a browser forged, nginx lets through
the largest upload the app accepts, and when a replica dies a new session goes to the other.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from etl.access import accounts, audit
from tests.browser_marks import BROWSER_MARKS

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_MS = 90_000
PW = "mat-khau-dai-12"
COOKIE = "tiendo_route"
ROUTE = re.compile(r"^[0-9a-f]{32}$")

# One worker holds the replicas and nginx for the whole module, next to the other browser
# tests (one browser at a time on two cores); only the browser tests carry `browser`.
pytestmark = pytest.mark.xdist_group("browser")


def nginx_binary() -> str:
    """Debian's nginx, or a skip saying why (a failure in CI, where it must run)."""
    found = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
    )
    if found:
        return found
    why = "nginx is not installed (make test installs Debian's nginx with apt-get: make nginx-deps)"
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(port: int, proc: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            status, _, _ = get(port, "/_stcore/health")
            if status == 200:
                return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"port {port} never answered:\n{log.read_text()[-3000:]}")
        time.sleep(0.2)


def get(
    port: int, path: str = "/", cookie: str | None = None, headers: dict | None = None
) -> tuple[int, dict[str, list[str]], bytes]:
    """One plain HTTP request on loopback: status, headers (lower-case names), body."""
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        sent = dict(headers or {})
        if cookie:
            sent["Cookie"] = f"{COOKIE}={cookie}"
        con.request("GET", path, headers=sent)
        r = con.getresponse()
        got: dict[str, list[str]] = {}
        for name, value in r.getheaders():
            got.setdefault(name.lower(), []).append(value)
        return r.status, got, r.read()
    finally:
        con.close()


def route_cookie(headers: dict[str, list[str]]) -> str | None:
    for value in headers.get("set-cookie", []):
        name, _, rest = value.partition("=")
        if name == COOKIE:
            return rest.split(";")[0]
    return None


def established(port: int) -> int:
    """Open TCP connections to a replica's 127.0.0.1:port (nginx's: a websocket stays
    open, plain requests are closed as they end)."""
    local = f"0100007F:{port:04X}"  # how /proc/net/tcp writes 127.0.0.1:port
    rows = [x.split() for x in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    return sum(1 for r in rows if r[1] == local and r[3] == "01")  # 01: ESTABLISHED


@dataclass
class Replica:
    port: int
    db: Path
    log: Path
    proc: subprocess.Popen | None = None

    @property
    def addr(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {
            **os.environ,
            "TIENDO_LISTEN": "127.0.0.1",
            # a source file saved meanwhile must not put "file changed" in the page
            "STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none",
            "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        }
        cmd = [sys.executable, "-m", "dashboard.serve", "--db", str(self.db)]
        cmd += ["--port", str(self.port)]
        with self.log.open("a") as out:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=out)

    def wait(self) -> None:
        assert self.proc is not None
        wait_http(self.port, self.proc, self.log)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
            self.proc.wait(timeout=20)


@dataclass
class Proxy:
    """nginx with the rendered template, and the two replicas behind it."""

    nginx: str
    prefix: Path
    port: int
    replicas: list[Replica]
    proc: subprocess.Popen | None = None
    site: str = ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def access_log(self) -> Path:
        return self.prefix / "access.log"

    def render(self, **options: str) -> str:
        cmd = [sys.executable, str(ROOT / "deploy" / "render_nginx.py")]
        cmd += ["--listen", f"127.0.0.1:{self.port}", "--access-log", str(self.access_log)]
        for r in self.replicas:
            cmd += ["--replica", r.addr]
        for name, value in options.items():
            cmd += [f"--{name.replace('_', '-')}", value]
        return subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout

    def main_conf(self, site: Path) -> str:
        """What Debian's /etc/nginx/nginx.conf provides around a conf.d file, in the
        prefix: pid, logs and temp folders here, in the foreground."""
        p = self.prefix
        user = "user root;\n" if os.geteuid() == 0 else ""  # workers may enter the tmp dir
        temps = "".join(
            f"    {kind}_temp_path {p / kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        return (
            f"{user}daemon off;\nworker_processes 1;\npid {p / 'nginx.pid'};\n"
            f"error_log {p / 'error.log'} info;\nevents {{ worker_connections 512; }}\n"
            f"http {{\n{temps}    include {site};\n}}\n"
        )

    def write(self, site_text: str, name: str = "tiendo.conf") -> Path:
        site = self.prefix / name
        site.write_text(site_text, encoding="utf-8")
        conf = self.prefix / f"{name}.main"
        conf.write_text(self.main_conf(site), encoding="utf-8")
        return conf

    def nginx_cmd(self, conf: Path, *extra: str) -> list[str]:
        # -e: the log of errors met before the configuration is read (nginx >= 1.19.5)
        cmd = [self.nginx, "-p", str(self.prefix), "-c", str(conf)]
        return [*cmd, "-e", str(self.prefix / "error.log"), *extra]

    def start(self) -> None:
        self.site = self.render()
        conf = self.write(self.site)
        check = subprocess.run(self.nginx_cmd(conf, "-t"), capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        self.proc = subprocess.Popen(
            self.nginx_cmd(conf), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 20
        while True:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=1),
            ):
                return
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError((self.prefix / "error.log").read_text()[-3000:])
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # fast shutdown: websockets are cut
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def lines(self) -> list[dict[str, str]]:
        """The access log so far: path, status, upstream (the replica, or replicas tried
        in order), route."""
        out = []
        for line in self.access_log.read_text(encoding="utf-8").splitlines():
            m = re.search(
                r'"(?P<method>\S+) (?P<path>\S+)" (?P<status>\d+) \d+ '
                r"upstream=(?P<upstream>.*?) route=(?P<route>\S+)",
                line,
            )
            assert m, line
            out.append(m.groupdict())
        return out

    def served(self, route: str, at_least: int = 1, path: str | None = None) -> list[dict]:
        """The log lines of one routing cookie, once `at_least` of them (of them for
        `path`, when given) are there: nginx logs a request as it ends, maybe just after
        the client has its answer, and a websocket when it closes."""
        deadline = time.monotonic() + 20
        while True:
            lines = [x for x in self.lines() if x["route"] == route]
            if sum(path in (None, x["path"]) for x in lines) >= at_least:
                return lines
            assert time.monotonic() < deadline, (route, at_least, path, lines)
            time.sleep(0.1)

    def ensure_up(self) -> None:
        """Both replicas running (a test before may have killed one)."""
        down = [r for r in self.replicas if not r.alive()]
        for r in down:
            r.start()
        for r in down:
            r.wait()


@pytest.fixture(scope="module")
def proxy(tmp_path_factory, demo_db):
    nginx = nginx_binary()
    base = tmp_path_factory.mktemp("nginx")
    db = base / "warehouse.duckdb"
    shutil.copy(demo_db, db)
    accounts.add("qt", "quan_tri", [], PW, db=db)  # all replicas share the accounts file
    replicas = [Replica(free_port(), db, base / f"replica-{i}.log") for i in (1, 2)]
    prefix = base / "prefix"
    prefix.mkdir()
    p = Proxy(nginx, prefix, free_port(), replicas)
    try:
        for r in replicas:
            r.start()
        for r in replicas:
            r.wait()
        p.start()
        yield p
    finally:
        p.stop()
        for r in replicas:
            r.kill()


def last_upstream(line: dict[str, str]) -> str:
    """The replica that answered: the last of those tried."""
    return line["upstream"].split(",")[-1].strip()


def ws_handshake(port: int, host: str, cookie: str) -> int:
    """Open Streamlit's websocket through nginx as a browser would, then close it; the
    HTTP status of the handshake (101 when upgraded)."""
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        "GET /_stcore/stream HTTP/1.1\r\n"
        f"Host: {host}\r\nOrigin: http://{host}\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Protocol: streamlit\r\n"
        f"Cookie: {COOKIE}={cookie}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=15) as s:
        s.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = s.recv(4096)
            if not chunk:
                break
            head += chunk
    return int(head.split(b" ", 2)[1])


# --- the configuration itself ---------------------------------------------------------


def test_rendered_config_holds_what_a_replica_needs(proxy):
    site = proxy.site
    assert "hash $tiendo_route consistent;" in site
    for r in proxy.replicas:
        assert f"server {r.addr} max_fails=0;" in site
    # the upload limit is the app's (etl/config.py max_upload_mb, 50) plus the envelope
    from etl import config

    limit = int(re.search(r"client_max_body_size (\d+)m;", site).group(1))
    assert limit == round(config.max_upload_bytes() / 2**20) + 1
    assert "proxy_set_header Upgrade $http_upgrade;" in site
    assert "proxy_read_timeout 1d;" in site
    assert "@" not in re.sub(r"#.*", "", site), "a placeholder was left"


def test_tls_rendering_passes_nginx_t(proxy):
    """The HTTPS variant: a certificate, and the routing cookie marked Secure."""
    openssl = shutil.which("openssl")
    if not openssl:
        pytest.skip("openssl is not installed: no certificate to test the TLS variant with")
    cert, key = proxy.prefix / "tls.pem", proxy.prefix / "tls.key"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=tiendo.test", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    site = proxy.render(tls_cert=str(cert), tls_key=str(key), server_name="tiendo.test")
    assert "; Secure" in site and "ssl_certificate " in site
    site = site.replace(f"listen 127.0.0.1:{proxy.port};", f"listen 127.0.0.1:{free_port()} ssl;")
    conf = proxy.write(site, "tls.conf")
    check = subprocess.run(proxy.nginx_cmd(conf, "-t"), capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


# --- (a) one reader, one replica -------------------------------------------------------


def test_one_reader_stays_on_one_replica(proxy):
    proxy.ensure_up()
    status, headers, body = get(proxy.port, "/")
    assert status == 200 and b"<html" in body.lower()
    route = route_cookie(headers)
    assert route and ROUTE.match(route), headers.get("set-cookie")
    assert any("HttpOnly" in v and "SameSite=Lax" in v for v in headers["set-cookie"])

    paths = ["/", "/_stcore/health", "/_stcore/host-config", "/can-bo", "/favicon.png"]
    for i in range(40):
        status, headers, _ = get(proxy.port, paths[i % len(paths)], cookie=route)
        assert status < 500
        assert route_cookie(headers) is None  # a valid cookie is kept, never replaced
    # the websocket, with Host and Origin as a browser behind a public name sends them
    assert ws_handshake(proxy.port, f"tiendo.test:{proxy.port}", route) == 101

    lines = proxy.served(route, path="/_stcore/stream")
    assert len(lines) == 42
    upstreams = {x["upstream"] for x in lines}
    assert len(upstreams) == 1, upstreams  # the first answer too: the cookie is its id
    assert upstreams <= {r.addr for r in proxy.replicas}


# --- (b) many readers, both replicas --------------------------------------------------


def test_new_readers_spread_over_both_replicas(proxy):
    proxy.ensure_up()
    by_route: dict[str, str] = {}
    for _ in range(40):
        status, headers, _ = get(proxy.port, "/_stcore/health")
        assert status == 200
        route = route_cookie(headers)
        assert route and route not in by_route
        by_route[route] = ""
    for route in by_route:
        by_route[route] = proxy.served(route)[0]["upstream"]
    counts = {r.addr: list(by_route.values()).count(r.addr) for r in proxy.replicas}
    assert sum(counts.values()) == 40, by_route
    assert min(counts.values()) >= 6, counts  # both get a fair share (p < 1e-4 otherwise)

    # the same cookie from another client (copied, or after a restart of nginx) lands on
    # the same replica: the route is a pure function of the cookie
    route, upstream = next(iter(by_route.items()))
    get(proxy.port, "/_stcore/health", cookie=route)
    assert proxy.served(route, at_least=2)[-1]["upstream"] == upstream


def test_a_forged_or_malformed_cookie_gets_a_fresh_one(proxy):
    proxy.ensure_up()
    _, headers, _ = get(proxy.port, "/_stcore/health", headers={"Cookie": f"{COOKIE}=../x"})
    fresh = route_cookie(headers)
    assert fresh and ROUTE.match(fresh)
    assert proxy.served(fresh), "the request was routed by the fresh id it was given"


# --- uploads ------------------------------------------------------------------------


def test_nginx_passes_the_largest_upload_the_app_accepts(proxy):
    """client_max_body_size: a body of exactly the app's limit plus its multipart
    envelope reaches the replica (whatever the replica answers a bare PUT, it is not
    nginx's 413); one megabyte more is refused by nginx."""
    proxy.ensure_up()
    from etl import config

    limit = config.max_upload_bytes()

    def put(size: int) -> int:
        con = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=60)
        try:
            con.putrequest("PUT", "/_stcore/upload_file/no-session/no-file")
            con.putheader("Content-Length", str(size))
            con.putheader("Content-Type", "multipart/form-data; boundary=x")
            con.endheaders()
            block = b"\0" * 2**20
            sent = 0
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                while sent < size:
                    n = min(len(block), size - sent)
                    con.send(block[:n])
                    sent += n
            return con.getresponse().status
        finally:
            con.close()

    assert put(limit + 4096) != 413
    assert put(limit + 2 * 2**20) == 413
    # the replica cut those uploads short (no such session): that must not take it out
    # of the pool for everyone (max_fails=0)
    for _ in range(10):
        status, _, _ = get(proxy.port, "/")
        assert status == 200
    assert "no live upstreams" not in (proxy.prefix / "error.log").read_text()


# --- (c) a real browser through the proxy ----------------------------------------------


def browser_test(fn):
    """The browser marks (the `browser` marker, the skip without chromium), but not their
    xdist group: the whole module is in it already."""
    for mark in BROWSER_MARKS:
        if mark.name != "xdist_group":
            fn = mark(fn)
    return fn


def form(page) -> None:
    """The sign-in form: the first thing a new session sends over its websocket."""
    page.get_by_role("button", name="Đăng nhập", exact=True).wait_for(timeout=TIMEOUT_MS)


def sign_in(page) -> None:
    form(page)
    page.get_by_label("Tên đăng nhập").fill("qt")
    page.get_by_label("Mật khẩu", exact=True).fill(PW)
    page.get_by_role("button", name="Đăng nhập", exact=True).click()


@contextlib.contextmanager
def diagnosed(proxy: Proxy, page):
    """A browser step that fails says what the page showed and what the servers logged."""
    try:
        yield
    except Exception as exc:
        try:
            body = page.inner_text("body")[:600]
        except Exception as inner:  # the page itself is gone
            body = repr(inner)
        logs = {r.addr: r.log.read_text()[-1500:] for r in proxy.replicas}
        errors = (proxy.prefix / "error.log").read_text()[-1500:]
        raise AssertionError(f"{exc}\npage: {body}\nreplicas: {logs}\nnginx: {errors}") from exc


def rendered(page) -> None:
    """The overview, drawn: its charts came over the websocket."""
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=TIMEOUT_MS)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=TIMEOUT_MS
    )
    assert "431 cán bộ" in page.inner_text("body")
    assert page.locator('[data-testid="stException"]').count() == 0


@browser_test
def test_a_browser_signs_in_renders_and_stays_on_its_replica(proxy, browser):
    proxy.ensure_up()
    forged = "203.0.113.9"
    context = browser.new_context(
        viewport={"width": 1300, "height": 900},
        locale="vi-VN",
        extra_http_headers={"X-Forwarded-For": forged},  # nginx must not pass it on
    )
    try:
        page = context.new_page()
        with diagnosed(proxy, page):
            page.goto(proxy.url, wait_until="domcontentloaded")
            sign_in(page)  # the form came over the websocket: it works through the proxy
            rendered(page)
        route = next(c["value"] for c in context.cookies() if c["name"] == COOKIE)
        assert ROUTE.match(route)
        home = next(r for r in proxy.served(route) if r["path"] == "/")["upstream"]
        other = next(r for r in proxy.replicas if r.addr != home)
        mine = next(r for r in proxy.replicas if r.addr == home)
        # the live websocket is on this reader's replica, none on the other
        assert established(mine.port) >= 1 and established(other.port) == 0

        for _reload in range(2):  # a reload: a new Streamlit session, a new websocket
            page.reload(wait_until="domcontentloaded")
            form(page)
            assert established(mine.port) >= 1 and established(other.port) == 0
        page.close()
    finally:
        context.close()

    lines = proxy.served(route, at_least=3, path="/_stcore/stream")
    sockets = [x for x in lines if x["path"] == "/_stcore/stream"]
    assert len(sockets) == 3 and all(x["status"] == "101" for x in sockets), sockets
    assert {x["upstream"] for x in lines} == {home}, lines

    # the audit log: the reader's own address, as nginx saw it, never the forged one
    (signin,) = audit.entries(proxy.replicas[0].db, actor="qt", action="sign_in", limit=1)
    assert signin["origin"].startswith("127.0.0.1 (X-Forwarded-For"), signin["origin"]
    assert forged not in signin["origin"]


# --- (d) a replica dies ---------------------------------------------------------------


@browser_test
def test_when_a_replica_dies_new_sessions_go_to_the_other(proxy, browser):
    proxy.ensure_up()
    # a reader pinned to the first replica, before it dies
    dying, survivor = proxy.replicas
    route = None
    for _try in range(200):
        _, headers, _ = get(proxy.port, "/_stcore/health")
        candidate = route_cookie(headers)
        if proxy.served(candidate)[-1]["upstream"] == dying.addr:
            route = candidate
            break
    assert route, "no cookie hashed to the first replica"

    dying.kill()
    # that reader's next requests, and new readers, are answered by the survivor
    for _ in range(5):
        status, _, _ = get(proxy.port, "/_stcore/health", cookie=route)
        assert status == 200
    fresh = []
    for _ in range(20):
        status, headers, _ = get(proxy.port, "/_stcore/health")
        assert status == 200
        fresh.append(route_cookie(headers))
    lines = proxy.served(route, at_least=6)[1:]
    for new in fresh:
        lines += proxy.served(new)
    assert {last_upstream(x) for x in lines} == {survivor.addr}, lines

    # the browser of the pinned reader: the page comes back, from the survivor
    context = browser.new_context(viewport={"width": 1300, "height": 900}, locale="vi-VN")
    try:
        context.add_cookies([{"name": COOKIE, "value": route, "url": proxy.url}])
        page = context.new_page()
        with diagnosed(proxy, page):
            page.goto(proxy.url, wait_until="domcontentloaded")
            sign_in(page)  # the accounts file is the survivor's too
            page.get_by_text("Đăng nhập: qt").wait_for(timeout=TIMEOUT_MS)
        assert established(survivor.port) >= 1
        page.close()
    finally:
        context.close()
    lines = proxy.served(route, path="/_stcore/stream")
    sockets = [x for x in lines if x["path"] == "/_stcore/stream"]
    assert sockets and {last_upstream(x) for x in sockets} == {survivor.addr}


# --- the guide shows what the template gives ------------------------------------------


def test_the_deployment_guide_shows_the_rendered_file():
    """docs/deploy.md holds the render command and, between its nginx markers, the file
    that command writes: the two cannot drift apart."""
    import shlex

    guide = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    lines = guide.splitlines()
    start = next(i for i, x in enumerate(lines) if "deploy/render_nginx.py" in x and "\\" in x)
    command = ""
    for line in lines[start:]:
        command += line.rstrip("\\").strip() + " "
        if not line.endswith("\\"):
            break
    args = shlex.split(command.split("deploy/render_nginx.py", 1)[1])
    out = args.index("--out")
    del args[out : out + 2]
    env = {k: v for k, v in os.environ.items() if k != "TIENDO_MAX_UPLOAD_MB"}  # the default
    rendered = subprocess.run(
        [sys.executable, str(ROOT / "deploy" / "render_nginx.py"), *args],
        check=True, capture_output=True, text=True, cwd=ROOT, env=env,
    ).stdout  # fmt: skip
    block = guide.split("<!-- nginx:begin", 1)[1].split("<!-- nginx:end -->", 1)[0]
    shown = block.split("```nginx\n", 1)[1].split("```", 1)[0]
    assert shown == rendered
