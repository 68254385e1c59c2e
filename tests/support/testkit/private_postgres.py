"""A private PostgreSQL server that asks for passwords (scram-sha-256), for the tests of what happens when
a server wants a password. The shared test server trusts every local login, so it never asks.

The server is the machine's own PostgreSQL binaries (``initdb``, ``pg_ctl``) run on a scratch folder and a
free port; as root they run as the ``postgres`` system user, since PostgreSQL refuses to run as root.
Where the binaries are missing, :func:`start` raises :class:`Unavailable` and the tests skip, saying why.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class Unavailable(Exception):
    pass


@dataclass(frozen=True)
class PrivateServer:
    port: int
    superuser_password: str

    def url(self, login: str, password: str | None = None, database: str = "postgres") -> str:
        secret = f":{password}" if password is not None else ""
        return f"postgresql+psycopg://{login}{secret}@127.0.0.1:{self.port}/{database}"


def _binary(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))[-1:]), None
    )
    if not found:
        raise Unavailable(f"PostgreSQL's {name} is not installed on this machine")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def start(superuser_password: str = "Quản-trị-1") -> Iterator[PrivateServer]:
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    as_root = os.geteuid() == 0
    if as_root and not shutil.which("runuser"):
        raise Unavailable("running as root without runuser: PostgreSQL cannot be started as root")
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="minutes-pg-"))
    data = folder / "data"
    secret = folder / "pw"
    secret.write_text(superuser_password, encoding="utf-8")
    if as_root:
        shutil.chown(folder, "postgres")
        shutil.chown(secret, "postgres")
    port = _free_port()

    def run(*command: str) -> None:
        done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise Unavailable(f"{Path(command[0]).name} failed: {(done.stderr or done.stdout).strip()[:300]}")

    try:
        run(initdb, "-D", str(data), "-U", "postgres", "-A", "scram-sha-256", f"--pwfile={secret}", "-E", "UTF8",
            "--locale=C.UTF-8")  # fmt: skip
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        run(pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start")
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        yield PrivateServer(port=port, superuser_password=superuser_password)
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60
        )
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def with_login(login: str, password: str, database: str | None = None) -> Iterator[PrivateServer]:
    """A private server with the login ``login`` (its password ``password``) and, if named, a database it
    owns."""
    from sqlalchemy import create_engine, text

    with start() as running:
        admin = create_engine(running.url("postgres", running.superuser_password))
        try:
            with admin.begin() as c:
                c.execute(text(f"CREATE ROLE {login} LOGIN PASSWORD '{password}'"))
            if database is not None:
                with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                    c.execute(text(f"CREATE DATABASE {database} OWNER {login}"))
        finally:
            admin.dispose()
        yield running
