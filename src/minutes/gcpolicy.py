"""When Python's cyclic garbage collector may run: only at safe points, never in the middle of an allocation.

CPython 3.11 can corrupt its heap when an automatic collection starts while an object's inline attribute
values are being turned into a dictionary and a weakref callback run by that collection sets an attribute
on the same object: the values are freed twice (valgrind: ``free_values`` reached from ``handle_weakrefs``
inside ``make_dict_from_instance_attributes``, then again from the interrupted ``setattr``). SQLAlchemy's
identity map runs such callbacks (``InstanceState._cleanup``) while its loaders set attributes, so loading
the busiest meeting crashed with SIGSEGV in ``meetings.get`` in 6 of 6 runs of the editor benchmark on one
memory layout, 0 of 3 with the automatic collector off (issue 10).

So on Python older than 3.12 the automatic collector is switched off (:func:`install`) and collections run
where no attribute store can be half done: after every unit of work (any thread, between two statements of
Python code) and on the GUI's idle timer (:func:`collect_if_due`), with the interpreter's own thresholds,
so memory behaves as before. Python 3.12 and newer keep the automatic collector.

While the application starts (:func:`hold` until :func:`release`), no collection runs: the automatic
collector is off from the start (the imports of the window's modules and of the database driver made
many objects), and the safe-point collections wait: with the automatic collector off, the first units of
work each found hundreds of thousands of young objects
(the ORM's configuration, the window's widgets) and walked them, 15-25 ms a time, 3-4 times before the
window was ready. The start ends with one full collection and ``gc.freeze`` (minutes.ui.app), which
covers what they would have found.
"""

from __future__ import annotations

import gc
import sys
import threading

#: Python releases whose automatic collector is replaced by collections at safe points.
AFFECTED = sys.version_info < (3, 12)

_lock = threading.Lock()
_installed = False
_held = False
_automatic_before_hold = False


def install() -> bool:
    """Switch the automatic collector off where it is unsafe; True when collections are now manual."""
    global _installed
    if AFFECTED:
        gc.disable()
        _installed = True
    return _installed


def manual() -> bool:
    """True when :func:`install` switched the automatic collector off (and it stayed off)."""
    return _installed and not gc.isenabled()


def hold() -> None:
    """No collection, automatic or at a safe point, until :func:`release` (the start: see the module's
    docstring)."""
    global _held, _automatic_before_hold
    if not _held:
        _automatic_before_hold = gc.isenabled()
    _held = True
    gc.disable()


def release() -> None:
    """Collections as before :func:`hold` (the automatic collector stays off where :func:`install` turned
    it off meanwhile)."""
    global _held
    if _held and _automatic_before_hold and not _installed:
        gc.enable()
    _held = False


def held() -> bool:
    return _held


def collect_if_due() -> int:
    """Run the collection the interpreter would have run by now (same thresholds, and the same rule for the
    oldest generation); returns the generation collected, or -1 when none was due, the automatic collector
    is on or collections are held.

    Call only at a safe point: between statements of Python code, never from a ``__del__``, a weakref
    callback or a property that may run inside an attribute store.
    """
    global _pending
    if not manual() or _held:
        return -1
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if threshold0 <= 0 or count0 < threshold0:
        return -1
    generation = 0
    if count1 >= threshold1:
        generation = 1
        if count2 >= threshold2:
            generation = 2
    if not _lock.acquire(blocking=False):  # another thread is collecting: nothing more to do now
        return -1
    try:
        if generation == 2 and _pending < _long_lived_total() // 4:
            generation = 1  # CPython's rule (gcmodule.c): the oldest only once it grew by a quarter
        young = len(gc.get_objects(0)) + (len(gc.get_objects(1)) if generation == 1 else 0)
        found = gc.collect(generation)
        if generation == 2:
            _measure_long_lived()
        elif generation == 1:
            _pending += max(0, young - found)  # the survivors moved to the oldest generation
    finally:
        _lock.release()
    return generation


#: The oldest generation's size after its last full collection (None: not measured yet), the freeze count
#: when it was measured, and how many objects have moved into it since (CPython's ``long_lived_total`` and
#: ``long_lived_pending``, which Python code cannot read).
_total: int | None = None
_frozen = -1
_pending = 0


def _measure_long_lived() -> None:
    global _total, _frozen, _pending
    _total = len(gc.get_objects(2))
    _frozen = gc.get_freeze_count()
    _pending = 0


def _long_lived_total() -> int:
    """The oldest generation's size after its last full collection; measured again after ``gc.freeze``
    (which empties it) or when it never was. A full collection walks the whole oldest generation; on a
    large heap (the board scrolled to its end) the interpreter's own rule keeps that to when it grew by a
    quarter, so a collection on the GUI's idle timer does not stall it again and again."""
    if _total is None or gc.get_freeze_count() != _frozen:
        _measure_long_lived()
    assert _total is not None
    return _total
