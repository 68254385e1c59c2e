"""Every file the application writes goes through here: complete or not at all.

A file is written under a temporary name in the target's own folder, flushed and ``fsync``-ed, given its
final permissions, then moved over the target with ``os.replace`` (atomic on POSIX and Windows), and the
folder is ``fsync``-ed so the rename survives a power cut. Whatever fails on the way (a full disk, a size
limit, a missing folder, a crash in the writer) leaves the previous file as it was and no temporary
behind; an ``OSError`` becomes :class:`~minutes.errors.FileWriteError`, a message for the user.

Permissions: a new file gets the ordinary mode of the user's files (``0666`` minus the umask, so 0644 for
most people); a file that already exists keeps its mode; callers that write private data (database
backups) ask for ``0o600``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from minutes.errors import FileWriteError

# errno -> the reason shown to the user (the UI translates these words: ui/errors_i18n.py DETAILS).
REASONS = {
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "the folder does not exist",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is larger than allowed",
    errno.EISDIR: "a folder has that name",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "the disk reported an error",
}

_umask: int | None = None


def reason(exc: OSError) -> str:
    """The plain words for an ``OSError`` (its ``strerror`` when it is none of the usual ones)."""
    if exc.errno in REASONS:
        return REASONS[exc.errno]
    return exc.strerror or type(exc).__name__


def ordinary_mode() -> int:
    """``0o666`` minus the process's umask: the mode any program gives a new document."""
    global _umask
    if _umask is None:
        _umask = _read_umask()
    return 0o666 & ~_umask


def _read_umask() -> int:
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    current = os.umask(0o022)  # no /proc: read it by setting it (and put it back at once)
    os.umask(current)
    return current


@contextlib.contextmanager
def replacing(
    path: str | os.PathLike[str], *, mode: int | None = None, parents: bool = False
) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block ends normally it becomes ``path``.

    ``mode`` is the new file's permissions (default: the existing file's, else :func:`ordinary_mode`);
    ``parents`` creates a missing folder (otherwise a missing folder is the user's error).
    """
    target = Path(path)
    folder = target.parent
    try:
        if parents:
            folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        final_mode = _final_mode(target, mode)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise FileWriteError(path=str(target), reason=reason(exc)) from exc
    temp = Path(name)
    try:
        yield temp
        _fsync_file(temp)
        os.chmod(temp, final_mode)
        os.replace(temp, target)
        _fsync_folder(folder)
    except OSError as exc:
        _remove(temp)
        raise FileWriteError(path=str(target), reason=reason(exc)) from exc
    except BaseException:
        _remove(temp)
        raise


def write_bytes(path: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> Path:
    with replacing(path, mode=mode) as temp, open(temp, "wb") as out:
        out.write(data)
    return Path(path)


def write_text(
    path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8", mode: int | None = None
) -> Path:
    return write_bytes(path, text.encode(encoding), mode=mode)


def write_with(
    path: str | os.PathLike[str],
    writer: Callable[[Path], object],
    *,
    mode: int | None = None,
    parents: bool = False,
) -> Path:
    """Let ``writer(temp_path)`` write the file (python-docx, openpyxl, a converter), then put it in place."""
    with replacing(path, mode=mode, parents=parents) as temp:
        writer(temp)
    return Path(path)


def _final_mode(target: Path, mode: int | None) -> int:
    if mode is not None:
        return mode
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return ordinary_mode()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; Windows has no directory handles to flush)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the data itself is already on disk
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
