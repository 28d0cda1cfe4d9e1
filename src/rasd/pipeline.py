"""The pipeline: components run in order on one Document.

Each component declares what it ``requires`` and ``provides``; the pipeline checks
the chain when it is built (stanza-style), not halfway through a corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .document import Document
from .errors import RasdError


@dataclass(frozen=True)
class Component:
    name: str
    func: Callable[[Document], Document]
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        return self.func(doc)


def _clean(**options: object) -> Component:
    from .text.clean import clean

    return Component("clean", clean, (), ("removed", "paragraphs"))


def _segment(**options: object) -> Component:
    from .text.sentences import segment

    return Component("segment", segment, ("paragraphs",), ("tokens", "sentences"))


def _ner(**options: object) -> Component:
    from .entities import ner_component

    return ner_component()


def _actors(actors: tuple[str, ...] = (), **options: object) -> Component:
    from .actors.link import actors_component

    return actors_component(tuple(actors))


def _events(**options: object) -> Component:
    from .events.pipe import events_component

    return events_component()


FACTORIES: dict[str, Callable[..., Component]] = {
    "clean": _clean,
    "segment": _segment,
    "ner": _ner,
    "actors": _actors,
    "events": _events,
}
def _default() -> tuple[str, ...]:
    from importlib import resources

    has_model = resources.files("rasd.ner").joinpath("model", "config.cfg").is_file()
    return ("clean", "segment") + (("ner",) if has_model else ()) + ("actors", "events")


DEFAULT = _default()


class Pipeline:
    def __init__(self, components: Iterable[Component]) -> None:
        self.components = list(components)
        have: set[str] = set()
        for c in self.components:
            missing = [r for r in c.requires if r not in have]
            if missing:
                raise RasdError("E201", name=c.name, missing=", ".join(missing),
                                have=", ".join(sorted(have)) or "nothing")
            have |= set(c.provides)
        self.provides = have

    @classmethod
    def from_names(cls, names: Iterable[str] = DEFAULT, **options: object) -> Pipeline:
        """Build from component names; ``options`` go to every factory (``actors=(files,)``)."""
        comps = []
        for n in names:
            if n not in FACTORIES:
                raise RasdError("E202", name=n, known=", ".join(FACTORIES))
            comps.append(FACTORIES[n](**options))
        return cls(comps)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Document:
        for c in self.components:
            doc = c(doc)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for d in docs:
            yield self(d)
