"""Joint subjects: the sides of a meeting named together. People "from" two or more countries are
those countries' ("Officials from India and China met", "commanders from both sides met"), as
people "of" them are; a title after a list of countries' words is each country's ("the Indian and
Chinese foreign ministers" are India's foreign minister and China's, "Kenyan and Ugandan
officials" each country's officials); and "officials from the two countries" of a story told so
far only in remarks and measures are its two countries, as "the two countries" alone are while
the story names no third."""

from __future__ import annotations

from datetime import date
from typing import Final

from dashboard.extract.actor_makers import describe
from dashboard.extract.article_memory import ArticleMemory
from dashboard.extract.lexicon import Sense
from dashboard.extract.modifier_lists import list_members
from dashboard.extract.units import Actor, Unit

# Words skipped between "from" and the countries ("from the two countries", "from both sides"
# are one unit already).
_SKIPPED: Final = frozenset({"the", "a", "an", "its", "their"})


def people_from(units: list[Unit], group: list[int], word_classes: dict[str, frozenset[str]]) -> bool:
    """Whether two or more sides (``group``) follow "from" after a noun naming a group of people
    ("officials", "commanders", "delegations"; the last word of a title unit counts: "foreign
    ministers"); not one place a group left ("recalled its diplomats from Bangkok")."""
    k = group[0] - 1
    while k >= 0 and units[k].low in _SKIPPED:
        k -= 1
    if len(group) < 2 or k < 1 or units[k].low != "from" or units[k - 1].actor is not None:
        return False
    return units[k - 1].low.rsplit(" ", 1)[-1] in word_classes.get("people_groups", frozenset())


def people_pair(units: list[Unit], i: int, memory: ArticleMemory, word_classes: dict[str, frozenset[str]],
                done: list[Unit]) -> tuple[Actor, Actor] | None:
    """The pair of a story told so far only in remarks and measures (``memory.remarks_pair``) for
    "the two countries" or "both sides" at ``i`` after people "from" or "of" them ("Officials
    from the two countries had met"), or for "the two countries" on their own while the article
    has named no third country ("Trump suspended tariffs on Mexican goods after the two countries
    reached a deal"), or while the sentence names none before it (``done``: its units read so far);
    None elsewhere."""
    pair = memory.remarks_pair
    if pair is None:
        return None
    sides = {pair[0].country, pair[1].country}
    if i + 2 < len(units) and units[i].low == "the" and units[i + 1].low == "two" and units[i + 2].low in _STATES \
            and (memory.codes_seen <= sides or not _other_before(done, sides)):
        return pair
    if i < 2 or units[i - 1].low not in ("from", "of"):
        return None
    return pair if units[i - 2].low.rsplit(" ", 1)[-1] in word_classes.get("people_groups", frozenset()) else None


def _other_before(done: list[Unit], sides: set[str]) -> bool:
    """Whether a country besides ``sides`` is named in the units read so far ("Maduro accused
    Georgetown of breaking a pact the two countries reached": not the story's pair)."""
    return any(unit.actor is not None and unit.actor.country and unit.actor.country not in sides for unit in done)


# The states "the two" may stand for with no talks told: "the two countries", "the two governments".
_STATES: Final = frozenset({"countries", "governments", "nations"})


# Titles a list of countries' words shares: people who meet, speak and travel (not forces,
# whose words before them stay the countries: "South Korean and U.S. fighter jets").
_SHARED_ROLES: Final = frozenset({"leader", "head_of_state", "head_of_government", "foreign_minister",
                                  "defence_minister", "security_adviser", "minister", "official",
                                  "diplomat", "delegation", "envoy"})
# Offices one person holds in each country: a plural title after a list is one holder each.
_ONE_HOLDER: Final = frozenset({"leader", "head_of_state", "head_of_government", "foreign_minister",
                                "defence_minister", "security_adviser"})


def _country_word(unit: Unit) -> bool:
    return unit.sense("demonym") is not None or unit.sense("country") is not None


def listed_before(units: list[Unit], i: int) -> bool:
    """Whether a country's word stands right before ``i`` joined by "and" ("Indian and [Chinese]")."""
    return i >= 2 and units[i - 1].low == "and" and _country_word(units[i - 2])


def titled(units: list[Unit], i: int, code: str, title: Sense, title_text: str, on: date | None) -> Actor:
    """The actor a country's word at ``i`` and its title name ("Chinese foreign ministers"): after
    "Indian and", China's foreign minister."""
    each = title.plural and title.role in _ONE_HOLDER and listed_before(units, i)
    return describe(code, title.role, on, title.plural and not each, _singular(title_text) if each else title_text)


def _singular(title_text: str) -> str:
    """"foreign ministers" -> "foreign minister" (the last word's plural "s")."""
    return title_text[:-1] if title_text.endswith("s") and not title_text.endswith("ss") else title_text


def shared_title(units: list[Unit], i: int, code: str, on: date | None) -> Actor | None:
    """The actor a country's word at ``i`` names when a list of such words ends in a title
    ("[Indian] and Chinese foreign ministers"): that country's holder of the title."""
    members = list_members(units, i)
    if not members or members[-1] == i:
        return None  # "In Japan, Chinese officials said": the title of a word alone is its own
    k = members[-1]
    title = units[k + 1].sense("title")  # the units right of ``i`` are not yet chunked
    title_text = units[k + 1].low
    if title is None or title.role not in _SHARED_ROLES:
        return None
    each = title.plural and title.role in _ONE_HOLDER
    return describe(code, title.role, on, title.plural and not each, _singular(title_text) if each else title_text)
