"""What a service hands a page or the CLI has names: no public service method returns a list of
bare tuples (nine did, read by position: r[5] for a grid code, pair[1] for a
certificate, `for day, kind, name in ...`)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import gridDesk.services as services_pkg


def _public_methods():
    for info in pkgutil.walk_packages(services_pkg.__path__, "gridDesk.services."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for name, fn in cls.__dict__.items():
                if not name.startswith("_") and inspect.isfunction(fn):
                    yield f"{cls.__name__}.{name}", inspect.unwrap(fn)


def test_no_public_service_method_returns_a_list_of_bare_tuples():
    methods = dict(_public_methods())
    assert len(methods) > 150  # the walk found the services
    loose = sorted(name for name, fn in methods.items()
                   if str(fn.__annotations__.get("return", "")).replace(" ", "").startswith("list[tuple"))
    assert not loose, f"give these rows a NamedTuple or a dataclass: {loose}"
