"""Starts and drives a packaged Kiosque on loopback, for the fault and soak scripts (stdlib only)."""
import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
ADMIN = "kiosque-ops-admin-token-0123456789abcdef0123"
SEED_TEXT = os.path.join(ROOT, "src", "main", "resources", "dev", "seed-article-fr.txt")
SEED_SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien"


def ensure_built():
    if not os.path.exists(JAR):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-B", "package", "-DskipTests"], cwd=ROOT, check=True)


def ensure_cluster(port, name="kiosque-faults"):  # noqa: C901
    """A PostgreSQL cluster of our own, so that stopping it never disturbs anything else on the machine."""
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    clusters = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout
    if not any(line.split()[1] == name for line in clusters.splitlines() if line.strip()):
        subprocess.run(["pg_createcluster", version, name, "-p", str(port), "--", "-A", "trust"], check=True,
                       capture_output=True)
    start_cluster(name)
    for _ in range(30):
        if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(port)]).returncode == 0:
            break
        time.sleep(0.5)
    subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-qc",
                    "drop database if exists kiosque_ops"], check=True, capture_output=True)
    subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-qc",
                    "create database kiosque_ops"], check=True)


def cluster_cmd(action, name="kiosque-faults", *extra):
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, name, action, *extra], check=False,
                   capture_output=True)


def start_cluster(name="kiosque-faults"):
    cluster_cmd("start", name)


def stop_cluster_abruptly(name="kiosque-faults"):
    cluster_cmd("stop", name, "-m", "immediate")


def drop_cluster(name="kiosque-faults"):
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    subprocess.run(["pg_dropcluster", "--stop", version, name], check=False, capture_output=True)


class Kiosque:
    def __init__(self, db_port, http_port, extra_env=None, log="target/ops-kiosque.log"):
        self.base = f"http://127.0.0.1:{http_port}"
        # Health and metrics live on the management port in the packaged application.
        self.management = f"http://127.0.0.1:{http_port + 1}"
        self.env = dict(os.environ,
                        QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:{db_port}/kiosque_ops",
                        QUARKUS_DATASOURCE_USERNAME="postgres", QUARKUS_DATASOURCE_PASSWORD="",
                        QUARKUS_HTTP_PORT=str(http_port), KIOSQUE_AUTH_BOOTSTRAP_TOKEN=ADMIN,
                        QUARKUS_LOG_CONSOLE_JSON_ENABLED="false",
                        KIOSQUE_SITE_BASE_URL="https://www.kiosque.example",
                        KIOSQUE_WEBHOOKS_ENCRYPTION_KEY="AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                        QUARKUS_MANAGEMENT_PORT=str(http_port + 1), QUARKUS_MANAGEMENT_HOST="127.0.0.1")
        self.env.update(extra_env or {})  # the scenario's own settings win
        self.log = os.path.join(ROOT, log)
        self.process = None

    def start(self, timeout=90):
        started = time.monotonic()
        self.process = subprocess.Popen(["java", "-jar", JAR], cwd=ROOT, env=self.env,
                                        stdout=open(self.log, "ab"), stderr=subprocess.STDOUT)
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"Kiosque exited with {self.process.returncode}; see {self.log}")
            if self.management_status("/q/health/ready") == 200:
                ready = time.monotonic() - started
                self.load_seed_article()
                return ready
            time.sleep(0.2)
        raise RuntimeError("Kiosque did not become ready")

    def load_seed_article(self):
        """The seed article, published in section international with tag coree-du-nord, written through the API as a
        newsroom would: the packaged application has no demo content. Once per database."""
        if self.status(f"/api/v1/articles/{SEED_SLUG}") == 200:
            return
        for path, body in (("/api/v1/sections", {"name": "International"}),
                           ("/api/v1/tags", {"name": "Corée du Nord", "type": "country", "isoCode": "KP",
                                             "wikidataId": "Q423", "aliases": ["RPDC"]})):
            status, answer, _ = self.request("POST", path, body, ADMIN)
            assert status == 201, (path, status, answer)
        with open(SEED_TEXT, encoding="utf-8") as seed:
            status, answer, headers = self.request("POST", "/api/v1/imports", seed.read(), ADMIN,
                                                   {"Content-Type": "text/plain; charset=utf-8"})
        assert status == 201, (status, answer)
        article = json.loads(answer)["id"]
        status, answer, _ = self.request("PATCH", f"/api/v1/articles/{article}",
                                         json.dumps({"section": "international", "tags": ["coree-du-nord"]}), ADMIN,
                                         {"If-Match": headers["ETag"], "Content-Type": "application/merge-patch+json"})
        assert status == 200, (status, answer)
        status, answer, _ = self.request("POST", f"/api/v1/articles/{article}/publish", token=ADMIN)
        assert status == 200, (status, answer)

    def kill9(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def terminate(self):
        self.process.send_signal(signal.SIGTERM)

    def status(self, path, **kwargs):
        return self.request("GET", path, **kwargs)[0]

    def request(self, method, path, body=None, token=None, headers=None, timeout=10, base=None):
        data = None
        all_headers = dict(headers or {})
        if body is not None:
            data = json.dumps(body).encode() if not isinstance(body, (bytes, str)) else (
                body.encode() if isinstance(body, str) else body)
            all_headers.setdefault("Content-Type", "application/json")
        if token:
            all_headers["Authorization"] = "Bearer " + token
        request = urllib.request.Request((base or self.base) + path, data=data, method=method, headers=all_headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.read(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read(), dict(error.headers)
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return None, b"", {}

    def token(self, role):
        status, body, _ = self.request("POST", "/api/v1/tokens", {"name": "ops-" + role, "role": role}, ADMIN)
        assert status == 201, (status, body)
        return json.loads(body)["token"]

    def management_status(self, path, timeout=10):
        """Status of a health or metrics endpoint, on the management port."""
        return self.request("GET", path, timeout=timeout, base=self.management)[0]

    def metric(self, name):
        status, body, _ = self.request("GET", "/q/metrics", base=self.management)
        total = 0.0
        for line in body.decode().splitlines():
            if line.startswith(name) and not line.startswith("#"):
                total += float(line.rsplit(" ", 1)[1])
        return total
