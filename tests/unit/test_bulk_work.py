"""The cycle collector is paused for bulk work and back on after it, also when jobs overlap on
two threads and when one fails."""

from __future__ import annotations

import gc
import threading

import pytest

from gridDesk.services.bulk_work import without_cycle_collection


def test_paused_during_and_back_after_also_on_failure():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with without_cycle_collection():
            assert not gc.isenabled()
            raise RuntimeError("the import failed")
    assert gc.isenabled()


def test_overlapping_jobs_turn_it_back_on_only_when_the_last_ends():
    inside, release = threading.Event(), threading.Event()

    def job():
        with without_cycle_collection():
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=job)
    worker.start()
    inside.wait(5)
    with without_cycle_collection():
        pass
    assert not gc.isenabled()  # the other job still runs
    release.set()
    worker.join(5)
    assert gc.isenabled()


def test_a_collector_someone_turned_off_stays_off():
    gc.disable()
    try:
        with without_cycle_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
