"""Keys by which one name meets its spelling in another script, for the story index.

A document's entity keys compare names by their written form or consonant skeleton, and the
skeletons of one name differ across scripts (Brett Kavanaugh is `~brt knq` in English, «بريت
كافانو» `~brt kfn` in Arabic), and a place a gazetteer lists in one document is a written form
in another (Holyoke: `GPE:Holyoke` linked in an Arabic translation, `LOC:=holyoke` in its
English original). So a translation standing out towards its original's story found no rare
name they share (round stories72). A sound key is what the entity linker itself links such
spellings by: a person's name of two words or more by its coarse skeleton (`person_alias`,
"%brt kfn" in both scripts), a gazetteer name or a Latin name by its written form
("%=holyoke"). The index counts them as it counts names (how rare each is in the archive)
and compares them only where a rare name is asked for (`StoryIndex.standing_evidence`).
"""

from __future__ import annotations

from collections.abc import Iterable

from rasad.entities.link import CROSS_SCRIPT, person_alias, written_form

SOUND = CROSS_SCRIPT  # what opens a sound key ("%brt kfn", "%=holyoke")
WRITTEN = "="  # after SOUND: a name's written form, not its coarse skeleton


def sound_keys(mentions: Iterable[tuple[str, str, str | None]]) -> set[str]:
    """The sound keys of a document's name mentions, each given as (text, type, canonical
    name or None): a person's coarse skeleton (two words or more, as the linker joins a full
    name across scripts), and the written form of a gazetteer's name or of a name written in
    Latin letters (an English original's unlisted place meets its translation's listed one)."""
    keys: set[str] = set()
    for text, kind, canonical in mentions:
        if kind == "PER" and (alias := person_alias(text)):
            keys.add(alias)
        name = canonical or (text if text.isascii() else None)
        if name and (form := written_form(name)):
            keys.add(f"{SOUND}{WRITTEN}{form}")
    return keys


def is_sound(key: str) -> bool:
    """Whether a key is a sound key (not an entity, number, date or language key)."""
    return key.startswith(SOUND)


def shown(key: str) -> str:
    """A sound key as the reasons show it (its skeleton or written form)."""
    return key[len(SOUND) :].removeprefix(WRITTEN)
