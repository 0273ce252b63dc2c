"""The `entities` component: tagger output to grouped, canonical entity mentions.

Recipe (each step a small function in its own module):
1. tag every sentence in one call (`marsad.extract.ner.tagger`), decode IOB2 spans
   (`mentions`), trim proclitics the tagger left on (وروسيا → روسيا) and titles (الرئيس …);
2. correct with gazetteers and organisation head words (`correct`, `orgs`, `clubs`): CLDR countries,
   cities and the towns the corpora attest as LOC, المملكة alone for the article's kingdom
   (`country_heads`), وزارة / وكالة / حلف … opening ORG names; nationality adjectives become
   `place_refs`, never mentions;
3. parenthesised aliases, and other occurrences of names already found (`correct`);
4. roles and affiliations from the title before a name (`roles`), and the names a title
   opens a slot for that the tagger missed (`slots`);
5. grouping, canonical names, short references and descriptions (`canonical`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from marsad.document import Document, Entity, PlaceRef
from marsad.errors import ModelError
from marsad.extract.entities.canonical import (
    Group,
    group_mentions,
    join_descriptions,
    join_references,
    mention_text,
    set_roles,
)
from marsad.extract.entities.clubs import apply_clubs
from marsad.extract.entities.correct import (
    apply_gazetteer,
    apply_loc_openers,
    apply_nationalities,
    apply_place_adjectives,
    places_named_after_royals,
)
from marsad.extract.entities.country_heads import apply_country_heads
from marsad.extract.entities.evidence import apply_aliases, family_names, propagate, quoted_outlets
from marsad.extract.entities.filters import (
    complete_names,
    drop_adjective_orgs,
    drop_calendar_words,
    drop_descriptions,
    drop_in_links,
    drop_inflected_words,
    drop_lone_definite_people,
    trim_edges,
    trim_to_known_names,
)
from marsad.extract.entities.gazetteer import Match
from marsad.extract.entities.lists import names_in_lists
from marsad.extract.entities.lone import drop_ordinary_people, family_after_given
from marsad.extract.entities.mentions import (
    Stream,
    build_stream,
    decode,
    evidence_words,
    trim_coordination,
    trim_proclitic,
)
from marsad.extract.entities.orgs import apply_org_heads, institutions_named_after_people
from marsad.extract.entities.roles import assign_roles, descriptions, strip_leading_titles
from marsad.extract.entities.slots import names_after_nationalities, names_after_titles
from marsad.extract.entities.splits import split_leading_heads, split_leading_places
from marsad.registry import component
from marsad.settings import Options

LOGGER = logging.getLogger(__name__)


class Tagger(Protocol):
    def tag(self, sentences: list[list[str]]) -> list[list[str]]: ...


class _NoTagger:
    """Stand-in when no statistical tagger is installed: gazetteers and rules only."""

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [["O"] * len(s) for s in sentences]


@cache
def _fallback() -> Tagger:
    LOGGER.warning("no NER tagger available: entities come from gazetteers and rules only")
    return _NoTagger()


def load_tagger(options: Options) -> Tagger:
    """The configured NER tagger; the rules-only stand-in when the bundled model is absent
    (a model the user names explicitly must load, or the error says why)."""
    try:
        from marsad.extract.ner.tagger import get_tagger
    except ImportError:
        return _fallback()
    try:
        tagger: Tagger = get_tagger(options)
    except ModelError:
        if options.ner_model or options.ner_backend != "crf":
            raise
        return _fallback()
    return tagger


def tag_stream(stream: Stream, options: Options) -> list[list[str]]:
    sents = [[t.text for t in sent] for sent in stream.sentence_tokens()]
    if not sents:
        return []
    return load_tagger(options).tag(sents)


@component("entities", assigns=("entities", "place_refs"))
def extract_entities(doc: Document, options: Options) -> Document:
    stream = build_stream(doc)
    return link_entities(doc, stream, tag_stream(stream, options))


def link_entities(doc: Document, stream: Stream, tags: Sequence[Sequence[str]]) -> Document:
    """Everything after tagging: `tags` holds one IOB2 list per sentence of `stream`."""
    mentions = decode(stream, tags)
    evidence = evidence_words(stream, mentions)
    for m in mentions:
        trim_proclitic(stream, m, evidence)
        if m.type == "PER":
            strip_leading_titles(stream, m)
    trim_coordination(stream, mentions)
    mentions = drop_calendar_words(stream, trim_edges(stream, mentions))
    mentions = drop_in_links(stream, drop_inflected_words(stream, mentions), doc.text)
    mentions = drop_adjective_orgs(stream, mentions)
    mentions = trim_to_known_names(stream, complete_names(stream, mentions))
    mentions = apply_place_adjectives(stream, apply_gazetteer(stream, mentions))
    mentions = split_leading_places(stream, mentions)
    mentions = split_leading_heads(stream, mentions)
    mentions = apply_country_heads(stream, mentions)
    mentions, references = apply_org_heads(stream, mentions)
    mentions = institutions_named_after_people(stream, mentions)
    mentions = apply_clubs(stream, mentions)
    mentions = places_named_after_royals(stream, apply_loc_openers(stream, mentions))
    mentions, adjectives = apply_nationalities(stream, mentions)
    mentions = drop_descriptions(stream, mentions)
    mentions = drop_ordinary_people(stream, drop_lone_definite_people(stream, mentions))
    mentions = family_after_given(stream, mentions)
    mentions = apply_aliases(stream, mentions)
    mentions = names_in_lists(stream, names_after_titles(stream, mentions))
    mentions = names_after_nationalities(stream, mentions, adjectives)
    mentions = quoted_outlets(stream, mentions)
    mentions = family_names(stream, propagate(stream, mentions, adjectives))
    assign_roles(stream, mentions)
    descs = descriptions(stream, mentions)
    groups = group_mentions(stream, mentions, doc.text)
    join_references(stream, groups, references, doc.text)
    set_roles(groups)
    join_descriptions(stream, groups, descs)
    doc.entities = to_entities(stream, groups, doc.text)
    doc.place_refs = to_place_refs(stream, adjectives, doc.text)
    return doc


def to_entities(stream: Stream, groups: Sequence[Group], text: str) -> list[Entity]:
    out: list[Entity] = []
    for n, g in enumerate(groups, 1):
        for m in g.mentions:
            start = stream.tokens[m.i].start + m.skip
            out.append(
                Entity(
                    mention_text(stream, m, text),
                    start,
                    stream.tokens[m.j - 1].end,
                    type=g.type,
                    canonical=g.canonical,
                    entity_id=f"E{n}",
                    role=g.role,
                    affiliation=g.affiliation,
                    confidence=m.confidence,
                )
            )
    out.sort(key=lambda e: (e.start, e.end))
    return out


def to_place_refs(stream: Stream, matches: Sequence[Match], text: str) -> list[PlaceRef]:
    out = []
    for match in matches:
        start = stream.tokens[match.start].start + match.skip
        end = stream.tokens[match.end - 1].end
        out.append(PlaceRef(text[start:end], start, end, canonical=match.entry.canonical))
    return out
