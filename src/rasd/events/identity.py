"""Which actors are the same side of an event, for merging its mentions.

An entity stands for itself, for the organisations it holds a role in at the article's
date (Sarraj → the GNA, Haftar → the LNA), for the actor whose forces it is (LNA →
Haftar), and for its state when it is a state, a descriptive group ("ضباط إسرائيليين")
or a head of state, government or diplomacy (Erdogan in 2019 → Turkey); a capital stands
for its state.
"""

from __future__ import annotations

from typing import Any

STATE_ROLES = {"president", "king", "emir", "sultan", "prime_minister", "foreign_minister", "chancellor",
               "head_of_state", "crown_prince"}


def identities(entities: list[dict[str, Any]], date: str | None, kb=None) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in entities:
        ids = {e["id"]}
        kb_id = e.get("kb_id")
        if kb_id:
            ids.add(kb_id)
        actor = kb.get(kb_id) if kb is not None and kb_id else None
        if e.get("kind") in ("state", "group") and e.get("country"):
            ids.add(e["country"])
        if actor is not None and actor.stands_for:  # a visit to Cairo is a visit to Egypt
            ids.add(actor.stands_for)
        if actor is not None:
            roles = actor.roles_at(date) if date else list(actor.roles)
            for r in roles:
                if r.org:
                    ids.add(r.org)
                if r.role in STATE_ROLES:
                    ids.add(r.country or actor.country or "")
            if actor.forces_of:
                ids.add(actor.forces_of)
            ids.update(actor.leader_of)
            if actor.data.get("office_of"):
                ids.add(actor.data["office_of"])
        ids.discard("")
        out[e["id"]] = ids
    return out
