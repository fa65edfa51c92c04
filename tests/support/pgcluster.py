"""A throwaway local PostgreSQL cluster for tests and benchmarks (not for production use).

`initdb` refuses to run as root, so as root the server binaries run as the `postgres` user in a
temporary directory that user owns. The server listens on 127.0.0.1 at a free port with trust
authentication; it is stopped and its directory removed by `stop()` (or leaving the `with`).
"""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

DEBIAN_PG_ROOT = Path("/usr/lib/postgresql")  # one <version>/bin per installed server
SUPERUSER = "postgres"


class ClusterUnavailable(RuntimeError):
    """PostgreSQL cannot be started here (binaries or the postgres user missing)."""


def find_bin_dir() -> Path | None:
    """The directory holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    if env := os.environ.get("RASAD_PG_BIN"):
        return Path(env)
    versions = sorted(  # newest server first
        DEBIAN_PG_ROOT.glob("*/bin"),
        key=lambda p: float(p.parent.name) if p.parent.name.replace(".", "").isdigit() else 0,
        reverse=True,
    )
    for candidate in [*versions, *(Path(p).parent for p in [shutil.which("initdb")] if p)]:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresCluster:
    """initdb + pg_ctl start in a temporary directory; databases made from template0."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        found = bin_dir or find_bin_dir()
        if found is None:
            raise ClusterUnavailable(
                "PostgreSQL server binaries not found (apt-get install postgresql)"
            )
        self.bin_dir = found
        self.as_root = os.geteuid() == 0
        if self.as_root:
            try:
                pwd.getpwnam(SUPERUSER)
            except KeyError as exc:
                raise ClusterUnavailable("running as root but there is no postgres user") from exc
        self.root: Path | None = None
        self.port = 0

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            command = ["su", SUPERUSER, "-c", shlex.join(command)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise ClusterUnavailable(f"{args[0]} failed: {(done.stderr or done.stdout).strip()}")

    def start(self) -> PostgresCluster:
        """Create and start the cluster (about a second)."""
        self.root = Path(tempfile.mkdtemp(prefix="rasad-pg-"))
        if self.as_root:
            user = pwd.getpwnam(SUPERUSER)
            os.chown(self.root, user.pw_uid, user.pw_gid)
        data = self.root / "data"
        self.port = free_port()
        self._run(
            "initdb", "-D", str(data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(data), "-l", str(self.root / "log"), "-o", options, "-w", "start")  # fmt: skip
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        """A fresh empty database; returns its URL."""
        import psycopg

        name = name or f"rasad_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by `create_database` (its connections are closed first)."""
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server and remove its directory."""
        if self.root is None:
            return
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def __enter__(self) -> PostgresCluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
