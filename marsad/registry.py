"""Named pipeline components. Each is `f(doc, options) -> doc` and declares its contract.

A component module registers itself with `@component(...)`; `get_component(name)` imports
`marsad.extract.<name>` on first use, so the pipeline order lives in settings, not in imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from marsad.document import Document
from marsad.errors import MarsadError
from marsad.settings import Options

ComponentFunc = Callable[[Document, Options], Document]


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    func: ComponentFunc
    assigns: tuple[str, ...]
    requires: tuple[str, ...]


COMPONENTS: dict[str, Component] = {}


def component(
    name: str, *, assigns: tuple[str, ...] = (), requires: tuple[str, ...] = ()
) -> Callable[[ComponentFunc], ComponentFunc]:
    def register(func: ComponentFunc) -> ComponentFunc:
        COMPONENTS[name] = Component(name, func, assigns, requires)
        return func

    return register


def get_component(name: str) -> Component:
    if name not in COMPONENTS:
        try:
            importlib.import_module(f"marsad.extract.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"marsad.extract.{name}":
                raise
        if name not in COMPONENTS:
            known = ", ".join(sorted(COMPONENTS)) or "none"
            raise MarsadError(f"unknown pipeline component {name!r} (known: {known})")
    return COMPONENTS[name]


def validate(names: tuple[str, ...] | list[str]) -> list[Component]:
    """The components in order; error when one requires a layer no earlier one assigns.

    A requirement marked optional ("entities?") only orders components, it is not enforced.
    """
    assigned: set[str] = set()
    chain = []
    for name in names:
        comp = get_component(name)
        for need in comp.requires:
            if not need.endswith("?") and need not in assigned:
                raise MarsadError(
                    f"component {name!r} requires {need!r}: put a component that assigns it first"
                )
        assigned.update(comp.assigns)
        chain.append(comp)
    return chain
