"""Actor phrases resolved to countries, over the units of a sentence (``units.py``).

"North Korean leader Kim Jong Un", "the Kremlin", "his", "Western nations" each become one unit
that carries the country it stands for. Coreference across sentences (surnames, pronouns, "the
Russian leader") is resolved against ``ArticleMemory`` (``article_memory.py``); the actors
themselves are made in ``actor_makers.py``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard import gazetteer
from dashboard.extract import object_pronouns, pairs_here, people, posted_envoys
from dashboard.extract.actor_makers import (
    describe,
    leader_role,
    person_actor,
    state_actor,
)
from dashboard.extract.article_memory import BODY_ROLES, NOT_BLOCS, ArticleMemory
from dashboard.extract.bloc_words import bloc_called
from dashboard.extract.group_adjectives import after_place_words
from dashboard.extract.group_chiefs import body_before
from dashboard.extract.joint_subjects import people_pair, shared_title, titled
from dashboard.extract.lexicon import Lexicon, Sense
from dashboard.extract.modifier_lists import list_members
from dashboard.extract.name_words import (
    PRONOUNS_PERSON,
    described,
    honorific_at,
    is_name_word,
    listed_with_country,
    named_person_at,
)
from dashboard.extract.opening_it import acting_it, opening_state
from dashboard.extract.pairs_here import lone_two, pair_told_here, they_met
from dashboard.extract.ranks import RANKS, rank_in, ranked_at
from dashboard.extract.speaker_pairs import speaker_first
from dashboard.extract.subordinate_persons import with_main_subject
from dashboard.extract.title_lists import title_shared
from dashboard.extract.units import Actor, Unit, implicit, listed_units
from dashboard.extract.words import PREPOSITIONS

# The offices a title names, for finding its holder by surname.
_HOLDER_ROLES: Final = {"leader": ("head_of_state", "head_of_government"), "head_of_state": ("head_of_state",),
                        "head_of_government": ("head_of_government",), "foreign_minister": ("foreign_minister",),
                        "defence_minister": ("defence_minister",)}

# Nouns after which a capital names a place rather than a government ("the Madrid summit").
PLACE_MODIFIED_NOUNS: Final = frozenset("summit summits talks meeting conference forum format process "
                                        "airport embassy declaration communique accord accords agreement agreements "
                                        "office convention conventions charter protocol treaty "
                                        "residents streets region area".split())
# Words with no dictionary sense that can still start an actor phrase.
_SENSELESS_ACTOR_WORDS: Final = frozenset({*PRONOUNS_PERSON, "bloc", "alliance", "league", "island", "kingdom", "north", "south"})
# "the North", "the South" in news of a divided country once the article has named that half.
_HALVES: Final = {"North": "PRK", "South": "KOR"}
_SENSELESS_STARTS: Final = _SENSELESS_ACTOR_WORDS | {"the", "both", "either", "each", "our"}
# "the two leaders", "both sides", "our countries": the two sides of the latest event between two countries.
PAIR_NOUNS_PEOPLE: Final = frozenset("leaders presidents ministers counterparts heads men women diplomats envoys ambassadors".split())
# Words that may follow "the two" standing alone: "the two also met", "the two had spoken".
PAIR_NOUNS_STATES: Final = frozenset("sides countries nations governments states neighbours neighbors delegations allies capitals parties "
                                     "camps".split())
_NEIGHBOURS: Final = frozenset({"neighbours", "neighbors"})
# Bodies "in" a capital that belong to its country: "the foreign ministry in Beijing", "officials
# in Lima" (not "diplomats in Kigali", mostly other countries' envoys).
_SEATED_ROLES: Final = frozenset({"foreign_ministry", "defence_ministry", "government", "legislature", "official"})
# Capitals that seat a bloc: "officials in Brussels" are mostly the EU's or NATO's.
_BLOC_SEATS: Final = frozenset({"brussels"})
# The senses an actor phrase can start with (a city or venue is only a place).
_PHRASE_SENSE_KINDS: Final = frozenset({"country", "group", "demonym", "capital", "title", "person", "institution"})
_LOWER_NAME_PARTICLES: Final = frozenset({"bin", "al", "de", "van", "von", "der", "la", "el", "da", "di", "ibn", "le"})
# Capitalised words after a town's name that make it part of a street's or square's name.
_STREET_WORDS: Final = frozenset({"Square", "Street", "Avenue", "Road", "Boulevard", "Bridge", "Park", "Gate", "Lane"})


def shared_name_country(unit: Unit, strong: set[str]) -> Sense:
    """The country a name two countries share stands for ("Congo"): the one the article shows
    by other names ("Kinshasa", "Congolese"), else the one listed first, the better known."""
    senses = unit.all_senses("country")
    return next((sense for sense in senses if sense.code in strong), senses[0])


def _modifier_code(unit: Unit, strong: set[str]) -> tuple[str, bool] | None:
    """(code, is_demonym) when the unit can modify a title: a country, demonym, group or capital
    (the first sense of the first of these kinds, in that order; of a shared name, the country
    the article shows)."""
    best: Sense | None = None
    best_rank = len(_MODIFIER_KINDS)
    for sense in unit.senses:  # one pass over the senses rather than one look-up per kind
        rank = _MODIFIER_KINDS.get(sense.kind, best_rank)
        if rank < best_rank:
            best, best_rank = sense, rank
    if best is not None and best.data == "shared":
        best = shared_name_country(unit, strong)
    return (best.code, best.kind == "demonym") if best is not None else None


_MODIFIER_KINDS: Final = {"country": 0, "group": 1, "demonym": 2, "capital": 3}


def _title_sense(unit: Unit) -> Sense | None:
    return unit.sense("title")


def _possessive_at(units: list[Unit], k: int) -> bool:
    """Whether the unit at ``k`` is a possessive ending ("'s", or "'" after a plural)."""
    return k < len(units) and (units[k].text == "'s" or (units[k].text == "'" and units[k - 1].text.endswith("s")))


class ActorChunker:
    """Turns the raw units of a sentence into units where each actor phrase is one unit."""

    def __init__(self, memory: ArticleMemory, lexicon: Lexicon) -> None:
        self.memory = memory
        self.lexicon = lexicon
        self.title_adjectives = lexicon.word_classes.get("title_adjective", frozenset())
        self._done: list[Unit] = []  # the units of the sentence chunked so far

    def chunk(self, units: list[Unit]) -> list[Unit]:
        self.sentence_persons: list[Actor] = []
        out: list[Unit] = []
        self._done, self._before = out, self.memory.last_subject  # whom the sentence before was about
        surnames = self.memory.surnames
        i = 0
        it = acting_it(units, self.memory.opening_state) if self.memory.opening_state is not None else -1
        if it >= 0 and self.memory.opening_state is not None:  # "It said": the country before
            out.extend(units[:it])
            out.append(self._emit(units, it, it + 1, implicit(self.memory.opening_state), remember=False)[0])
            i = it + 1
        while i < len(units):
            unit = units[i]
            met = they_met(units, i, out, self.memory.last_pair) if unit.low == "they" else None
            if met is not None:  # "when they met": the two sides met
                out.extend(listed_units(units[i:i + 1], list(met)))
                i += 1
                continue
            ranked = ranked_at(units, i, self.memory.ranks) if unit.low in RANKS else None
            if ranked is not None:  # "He and the general held talks"
                out.append(self._emit(units, i, i + 1, implicit(ranked), remember=False, subject=True)[0])
                i += 1
                continue
            if not unit.actorish and unit.low not in _SENSELESS_STARTS and unit.text not in surnames:
                out.append(unit)  # most words and triggers: no actor phrase starts here
                i += 1
                continue
            styled = self._styled_at(units, i) if honorific_at(units, i) else None
            if styled is not None:  # "His Excellency Paul Kagame": one actor
                out.append(styled[0])
                i += styled[1]
                continue
            pair = self._pair_at(units, i)
            if pair is not None:
                parts, width = pair
                out.extend(parts)
                i += width
                continue
            consumed = self._phrase_at(units, i, sentence_start=(i == 0))
            if consumed is None:
                out.append(self._place_only(units[i], units[i + 1].text if i + 1 < len(units) else ""))
                i += 1
                continue
            unit, width = consumed
            if unit.actor is not None and unit.actor.kind == "state" and not unit.possessive:
                unit.actor = title_shared(out, unit.actor)
            out.append(unit)
            i += width
        if self.sentence_persons and any(not person.country for person in self.sentence_persons):
            self._own_officials(out)
        self.memory.opening_state = opening_state(out)
        return with_main_subject(people.with_named_people(out, self), self.memory, self._before)

    def _own_officials(self, out: list[Unit]) -> None:
        """"The Ministry of Foreign Affairs of Colombia reports that Foreign Minister Leyva
        travelled ...": an official named by a bare title in what a country's own body reports
        is that country's."""
        body = ""
        said = False
        for unit in out:
            actor = unit.actor
            if actor is None:
                said = said or (bool(body) and unit.low == "that")
                continue
            if not body:
                if actor.kind != "institution" or not actor.country:
                    return  # the sentence's first actor is not a country's body
                body = actor.country
                continue
            if not said or actor.kind != "person" or actor.country:
                return
            own = replace(actor, country=body, role=leader_role(body) if actor.role == "leader" else actor.role)
            unit.actor = own
            self._replace_remembered(actor, own)
            return

    def _replace_remembered(self, old: Actor, new: Actor) -> None:
        memory = self.memory
        memory.codes_seen.add(new.country)
        memory.persons = [new if person is old else person for person in memory.persons]
        for name, person in list(memory.surnames.items()):
            if person is old:
                memory.surnames[name] = new
        self.sentence_persons = [new if person is old else person for person in self.sentence_persons]
        if memory.last_subject is old:
            memory.last_subject = new

    def _pair_at(self, units: list[Unit], i: int) -> tuple[list[Unit], int] | None:
        """"the two leaders" / "both sides" as the two actors of the latest two-country event:
        three units (first side, "and", second side), so the phrase reads as "A and B"."""
        if units[i].low not in ("the", "both", "either", "each", "our"):
            return None
        k = i + 1 + pairs_here.of_them(units, i)  # "met both of them": past "of"
        if k < len(units) and units[k].low == "two" and units[i].low not in ("either", "each"):
            k += 1
        if k > i + 1 or units[i].low == "both":
            k = after_place_words(units, k)  # "the two European leaders"
        if k >= len(units) or (units[i].low == "the" and k == i + 1 and units[k].low not in _NEIGHBOURS):
            return None  # "the neighbours" on its own is the pair too
        noun = units[k].low
        if " " in noun and noun.rsplit(" ", 1)[1] in PAIR_NOUNS_PEOPLE:
            noun = noun.rsplit(" ", 1)[1]  # "the two prime ministers", "both foreign ministers"
        if units[i].low in ("either", "each") or noun == "them":  # "with either country", "each leader", "both of them"
            noun = pairs_here.ONE_OF_PAIR.get(noun, "")
        if noun not in PAIR_NOUNS_PEOPLE and noun not in PAIR_NOUNS_STATES:
            if k == i + 2 and units[i].low == "the" and lone_two(units, i, k):
                k -= 1  # "the two held talks": "the two" on its own is the pair of people
                noun = "leaders"
            else:
                return None
        pair = pair_told_here(self._done, self.memory.last_pair, noun in PAIR_NOUNS_PEOPLE)
        if pair is None:
            pair = speaker_first(self._done, (self.memory.thread_pair if noun in PAIR_NOUNS_PEOPLE else None) or self.memory.phrase_pair()
                                 or people_pair(units, i, self.memory, self.lexicon.word_classes, self._done))
        if pair is None and units[i].low in ("both", "the") and noun in PAIR_NOUNS_PEOPLE:
            pair = self.memory.latest_leaders(self.sentence_persons)
        if pair is None:
            return None
        first, second = pair
        if noun in PAIR_NOUNS_STATES:
            first, second = state_actor(first.country), state_actor(second.country)
        return listed_units(units[i:k + 1], [first, second]), k + 1 - i

    def _styled_at(self, units: list[Unit], i: int) -> tuple[Unit, int] | None:
        """The actor phrase after a style of address ("His Excellency", "Her Majesty") at ``i``,
        taken with it as one unit."""
        k = i + 3 if i + 3 < len(units) and units[i + 2].low in ("mr", "mrs", "ms", "dr") else i + 2  # "His Excellency Mr"
        consumed = self._phrase_at(units, k, sentence_start=False) if k < len(units) else None
        if consumed is None or consumed[0].actor is None:
            return None
        unit, width = consumed
        unit.start, unit.text = units[i].start, " ".join([u.text for u in units[i:k]] + [unit.text])
        return unit, width + k - i

    def _place_only(self, unit: Unit, next_text: str) -> Unit:
        """A city or venue with no actor reading: it can still be where something happened
        (not when it names a square or street: "Independence Square" is in no town Independence)."""
        venue = unit.sense("venue")
        if venue is not None:
            unit.place, unit.place_country = venue.data, venue.code
            return unit
        city = unit.sense("city")
        if city is not None and next_text not in _STREET_WORDS:
            unit.place = gazetteer.city(unit.text, prefer_country=city.code)
            unit.place_country = unit.place.country if unit.place else city.code
        return unit

    def _phrase_at(self, units: list[Unit], i: int, sentence_start: bool) -> tuple[Unit, int] | None:
        unit = units[i]
        if not unit.senses and unit.low not in _SENSELESS_ACTOR_WORDS and unit.text not in self.memory.surnames:
            return None  # most words: no dictionary sense, no pronoun, no surname seen before
        if (not any(sense.kind in _PHRASE_SENSE_KINDS for sense in unit.senses) and unit.low not in _SENSELESS_ACTOR_WORDS
                and unit.text not in self.memory.surnames and unit.text not in _HALVES):
            return None  # a city, a venue or a trigger ("Geneva", "talks"): no sense a phrase starts with
        on = self.memory.published
        n = len(units)

        # A group or country modifier, optionally possessive, then titles, then a name.
        j = i
        modifier: tuple[str, bool] | None = None
        own_code = _modifier_code(unit, self.memory.codes_seen_strong)
        if own_code is not None and not unit.sense("person") and not unit.sense("institution"):
            after = j + 1 + (1 if _possessive_at(units, j + 1) else 0)
            # "Iran's religious leader", "Lebanon's new President", "Russia's U.N. Ambassador"
            while after < n and after - j <= 3 and posted_envoys.before_title(units, after, self.title_adjectives):
                after += 1
            if after < n and (_title_sense(units[after]) or units[after].sense("person")
                              or units[after].sense("institution")):
                modifier = own_code
                j = after
        titles: list[Sense] = []
        title_start = j
        while j < n and not units[j].sense("person"):
            title = _title_sense(units[j])
            if title is None:
                break
            titles.append(title)
            j += 1
            # "the president of France", "foreign minister of Japan", "the leaders of the United States"
            country_at = j + 2 if j + 2 < n and units[j + 1].low == "the" else j + 1
            if (country_at < n and units[j].low == "of" and _modifier_code(units[country_at], self.memory.codes_seen_strong) and modifier is None
                    and not (country_at + 1 < n and _title_sense(units[country_at + 1]))):
                modifier = _modifier_code(units[country_at], self.memory.codes_seen_strong)
                j = country_at + 1
                break
        # "the foreign ministry in Beijing", "the government in Kyiv": a body seated in a capital
        # (not "the embassy in Hanoi", which is another country's)
        if (titles and modifier is None and titles[-1].role in _SEATED_ROLES and j + 1 < n
                and units[j].low == "in" and units[j + 1].sense("capital") is not None
                and (titles[-1].role != "official" or (units[j + 1].low not in _BLOC_SEATS and not any(
                    unit.low in PREPOSITIONS for unit in units[max(0, i - 2):i])))):  # not "talks between officials in Paris"
            seat = units[j + 1].sense("capital")
            modifier = (seat.code, False) if seat is not None else None
            j += 2
        # A known person, or an unknown name right after a title ("Foreign Minister Qin Gang").
        person: Actor | None = None
        person_here = units[j].sense("person") if j < n else None
        if person_here is not None and (titles or modifier or self._person_before_place(units[j])):
            person = person_actor(person_here.data, on, country_hint=modifier[0] if modifier else body_before(self._done))
            j += 1
        elif (titles and modifier is None and j < n and units[j].text in self.memory.surnames
              and not (j + 1 < n and is_name_word(units[j + 1]))):
            person = self.memory.surnames[units[j].text]  # "Foreign Minister Leyva" once named in full
            j += 1
        elif titles and j < n and is_name_word(units[j]) and not titles[-1].plural:
            k = j
            while k < n and k - j < 4 and (is_name_word(units[k]) or (
                    units[k].low in _LOWER_NAME_PARTICLES and k + 1 < n and is_name_word(units[k + 1]))):
                k += 1
            implied = titles[-1].code or (people.fronted_capital(units, i) if modifier is None else "")
            of_the_day = (gazetteer.holder_by_surname(units[j].text, _HOLDER_ROLES.get(titles[-1].role, ()), on)
                          or gazetteer.holder_by_title(units[j].text, units[j - 1].text, on)
                          if k == j + 1 and modifier is None and not implied else None)
            if of_the_day is not None:  # "Prime Minister Khan", "Foreign Minister Qureshi": the holder of the day
                person = person_actor((of_the_day,), on)
                j = k
            elif k > j and (modifier is not None or implied or k - j >= 2):
                name = " ".join(u.text for u in units[j:k])
                code = modifier[0] if modifier is not None else implied or self.memory.minister_home(titles[-1].role)
                title_role = titles[-1].role
                role = leader_role(code) if title_role == "leader" and code else title_role
                # With no country in sight the person is still someone: their events are kept
                # out (no country) rather than handed to whoever the sentence names next.
                person = Actor(name=name, country=code, role=role, kind="person")
                j = k
        if person is not None:
            # "President Xi Jinping" where the dictionary matched "President Xi": the rest of the
            # name belongs to the same phrase, not to a second actor.
            said = {word for unit in units[i:j] for word in unit.text.split()}
            while j < n and is_name_word(units[j]) and units[j].text in person.name.split() and units[j].text not in said:
                said.add(units[j].text)
                j += 1
            actor = person if not modifier or person.country == modifier[0] else replace(person, country=modifier[0])
            return self._emit(units, i, j, actor)
        if titles and modifier is not None:
            title_text = " ".join(u.text for u in units[title_start:title_start + len(titles)])
            title = titles[-1]
            actor = titled(units, i, modifier[0], title, title_text.lower(), on)
            if actor.kind == "description" and title.role in ("state_media", "foreign_ministry",
                                                              "defence_ministry", "military", "embassy",
                                                              "legislature", "government"):
                actor = Actor(actor.name, actor.country, actor.role, "institution", actor.explicit, actor.plural)
            return self._emit(units, i, j, actor)
        if titles and j == i + 1 and unit.low == "leaders" and self._bloc_leaders(units, i):
            # "the summit ..., and leaders urged Niger": the leaders of the bloc the article is about
            return self._emit(units, i, j, replace(state_actor(self.memory.bloc()), explicit=False, plural=True))
        if titles:  # "the president", "officials": no country, unless the one who holds it was named
            holder = people.title_holder(units, i, j, titles, self.memory.persons, self.memory.titled)
            if holder is None and titles[-1].role in BODY_ROLES:
                holder = people.body_named_before(units, i, j, titles, self.memory.bodies, self.memory.persons)
            capital_code = people.fronted_capital(units, i) if holder is None else ""
            if capital_code:  # "In Beijing, a foreign ministry spokesman said": that capital's
                return self._emit(units, i, j, describe(capital_code, titles[-1].role, on, titles[-1].plural,
                                                        " ".join(u.text for u in units[title_start:j]).lower()))
            return None if holder is None else self._emit(units, i, j, holder, remember=False, subject=True)
        # Institutions, people, groups, countries, capitals, demonyms on their own.
        institution = unit.sense("institution")
        if institution is not None:
            actor = Actor(name=unit.text, country=institution.code,
                          role=institution.role, kind="institution")
            # "the Kremlin", "the White House": a government and the building it sits in
            placeish = any(unit.sense(kind) is not None for kind in ("capital", "city", "venue"))
            return self._emit(units, i, i + 1, actor, placeish=placeish)
        person_sense = unit.sense("person")
        if person_sense is not None and self._person_before_place(unit):
            named = person_actor(person_sense.data, on)
            if named is not None:
                return self._emit(units, i, i + 1, named)
        for kind in ("group", "country"):
            sense = unit.sense(kind)
            if sense is not None:
                if kind == "country" and sense.data == "shared":
                    sense = shared_name_country(unit, self.memory.codes_seen_strong)
                elif (kind == "country" and sense.data and sense.code not in self.memory.codes_seen_strong
                        and not listed_with_country(units, i)
                        and (sense.data != "name" or named_person_at(units, i) or unit.text in self.memory.surnames)):
                    continue  # "Georgia": only once the article shows the country; "Michael Jordan" never
                return self._emit(units, i, i + 1, state_actor(sense.code), placeish=True)
        capital = unit.sense("capital")
        if capital is not None:
            if i + 1 < n and is_name_word(units[i + 1]) and not _possessive_at(units, i + 1):
                return None  # "Washington Post", "Beijing Olympics": part of another name
            if i + 1 < n and (units[i + 1].low in PLACE_MODIFIED_NOUNS or i + 2 < n and units[i + 1].text.islower()
                              and units[i + 1].low not in PREPOSITIONS and units[i + 2].low in PLACE_MODIFIED_NOUNS):
                return None  # "the Madrid summit", "the Paris climate agreement": a place, not an actor
            return self._emit(units, i, i + 1, state_actor(capital.code), placeish=True)
        demonym = unit.sense("demonym")
        if demonym is not None and demonym.plural:
            return self._emit(units, i, i + 1, replace(state_actor(demonym.code), plural=True))
        if demonym is not None and ((shared := shared_title(units, i, demonym.code, on)) or list_members(units, i)):
            return self._emit(units, i, i + 1, shared or state_actor(demonym.code), shared is None, remember=shared is not None)
        # Pronouns and surnames seen earlier in the article.
        if unit.low in PRONOUNS_PERSON and not unit.senses and not honorific_at(units, i):
            # "his" most often means the sentence's subject; across sentences, the person the
            # previous sentence was about.
            last = (object_pronouns.met_by_subject(units, i, self.sentence_persons, self.memory.persons)  # "after meeting him"
                    or object_pronouns.object_of_subject(self._done, units, i, self._before)  # "met Xi and urged him"
                    or (self.sentence_persons[0] if self.sentence_persons else self.memory.last_subject or self.memory.last_person()))
            if last is not None:
                if not self.sentence_persons:
                    self.sentence_persons.append(last)  # "He ... met Biden": he stays the subject
                return self._emit(units, i, i + 1, implicit(last),
                                  possessive=PRONOUNS_PERSON[unit.low], remember=False)
        if is_name_word(unit) and unit.text in self.memory.surnames:
            return self._emit(units, i, i + 1, self.memory.surnames[unit.text])
        if (called := self.memory.state_called(unit.low)) is not None and described(units, i):  # "the kingdom"
            merged, width = self._emit(units, i, i + 1, implicit(state_actor(called)),
                                       remember=False)
            merged.place_country = called
            return merged, width
        half = _HALVES.get(unit.text)
        if half is not None and half in self.memory.codes_seen and described(units, i) \
                and not (i + 1 < len(units) and units[i + 1].text[:1].isupper()):
            return self._emit(units, i, i + 1, implicit(state_actor(half)), remember=False)
        if code := bloc_called(units, i, self.memory):  # "left the bloc", "the regional bloc"
            return self._emit(units, i, i + 1, implicit(state_actor(code)))
        return None

    def _bloc_leaders(self, units: list[Unit], i: int) -> bool:
        """Whether a bare "leaders" ("the Leaders", not "both leaders", "leaders of X") stands
        for the latest bloc named (ECOWAS, ASEAN, the EU)."""
        group = self.memory.last_group
        if group is None or group in NOT_BLOCS:
            return False
        k = i - 1 if i > 0 and units[i - 1].low == "the" else i
        before = units[k - 1].low if k > 0 else ""
        after = units[i + 1].low if i + 1 < len(units) else ""
        # at the head of a clause, not "said the leaders had agreed" (what one of them reports)
        return before in ("", "and", "but") and after not in ("of", "from", "in", "'s", "who", "at")

    def _person_before_place(self, unit: Unit) -> bool:
        """A name that is also a country or a capital is the person only once the article named them:
        "flew to Muscat" is Oman's capital, not Malta's former prime minister."""
        return not unit.sense("country") and (not unit.sense("capital") or unit.text in self.memory.surnames)

    def _emit(self, units: list[Unit], i: int, j: int, actor: Actor, placeish: bool = False,
              possessive: bool = False, remember: bool = True, subject: bool = False) -> tuple[Unit, int]:
        """The phrase as one unit; ``remember`` adds the actor to what the article named, and
        ``subject`` (a bare title's holder) lets a later "he" mean them without that."""
        width = j - i
        if j < len(units) and (units[j].text == "'s" or (units[j].text == "'" and units[j - 1].text.endswith("s"))):
            possessive = True
            width += 1
        first, last = units[i], units[i + width - 1]
        if width == 1:
            merged = Unit(first.start, first.end, first.text, first.senses, actor=actor, possessive=possessive)
        else:
            merged = Unit(first.start, last.end, " ".join(u.text for u in units[i:i + width]),
                          tuple(s for u in units[i:i + width] for s in u.senses), actor=actor,
                          possessive=possessive)
        if placeish:
            self._attach_place(merged, units[i])
        if remember:
            self.memory.remember(actor, merged.text)
        if actor.kind == "person" and (remember or subject):
            for rank in rank_in(merged.text) if remember else ():  # "Senior General X": later "the general"
                self.memory.ranks[rank] = actor
            if not self.sentence_persons or object_pronouns.fronted_subject(self._done, units, i):
                self.memory.last_subject = actor  # the clause's subject, not "next to X," before it
            self.sentence_persons.append(actor)
        return merged, width

    @staticmethod
    def _attach_place(merged: Unit, head: Unit) -> None:
        venue = head.sense("venue")
        if venue is not None:
            merged.place, merged.place_country = venue.data, venue.code
            return
        capital = head.sense("capital")
        city = head.sense("city")
        named = capital or city
        if named is not None:
            code = named.code
            merged.place = gazetteer.city(head.text, prefer_country=code)
            merged.place_country = code
            return
        country = head.sense("country")
        if country is not None:
            merged.place_country = country.code
