"""What earlier sentences of an article established, for the actor chunker (``recognize.py``) to
resolve surnames, pronouns, "the bloc", "the island" and "both leaders" against."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from dashboard import gazetteer
from dashboard.extract.name_words import is_name_text
from dashboard.extract.units import Actor

# Island states the news calls "the island" once it has named them.
_ISLANDS: Final = frozenset({"TWN", "CYP", "CUB", "LKA", "MLT", "ISL", "JAM", "MDG", "MUS", "SGP", "BHR", "IRL", "TLS"})
# Kingdoms the news calls "the kingdom" once it has named them.
_KINGDOMS: Final = frozenset({"SAU", "BHR", "JOR", "MAR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA",
                              "KHM", "BTN", "SWZ", "LSO", "TON"})
# Countries whose people are called by their given name, the first of their names.
_GIVEN_NAME_FIRST: Final = frozenset({"MYS", "IDN", "THA", "ETH", "ERI", "ISL", "BRN"})
# An Arabic family name's article: "al-Moualem" goes on as "Moualem".
_ARTICLED: Final = re.compile(r"(?:al|el|ad|as|ash|an|ar|at|az)[-\u2010]([A-Z]\S+)")
LEADER_ROLES: Final = frozenset({"head_of_state", "head_of_government"})
# Bodies a text goes on to call by their bare name ("the ministry said"), once it has named them.
BODY_ROLES: Final = frozenset({"foreign_ministry", "defence_ministry", "government"})
# Offices a dateline's country fills when the text names no country: its own cabinet's.
_MINISTER_ROLES: Final = frozenset({"foreign_minister", "defence_minister"})
# Groups a text does not call "the bloc": an alliance, world bodies, courts, "the West".
NOT_BLOCS: Final = frozenset({"NTO", "UNO", "ICC", "IAE", "WST", "OSC", "G7X", "G2X", "QUD", "AUK"})


_GROUP_CODES: Final[dict[str, bool]] = {}  # by code: whether the gazetteer lists it as a group


def _is_group(code: str) -> bool:
    """Whether ``code`` is a group's (asked for every actor named, so remembered by code)."""
    known = _GROUP_CODES.get(code)
    if known is None:
        entry = gazetteer.country(code)
        known = _GROUP_CODES[code] = entry is not None and entry.is_group
    return known


@dataclass
class ArticleMemory:
    """What earlier sentences of the article established: people, surnames, groups seen."""

    published: date | None
    persons: list[Actor] = field(default_factory=list)
    surnames: dict[str, Actor] = field(default_factory=dict)
    codes_seen: set[str] = field(default_factory=set)
    codes_seen_strong: set[str] = field(default_factory=set)  # codes shown without ambiguity
    last_subject: Actor | None = None  # the first person named in the latest sentence naming one
    last_pair: tuple[Actor, Actor] | None = None  # the two sides of the latest two-country event
    paragraph_pair: tuple[Actor, Actor] | None = None  # the story's pair a paragraph went back to
    states_pair: bool = False  # whether the latest pair was read from an event no person did
    thread_pair: tuple[Actor, Actor] | None = None  # the story's pair, when the latest pair is a side story of one of its sides
    remarks_pair: tuple[Actor, Actor] | None = None  # with none, the two countries of every remark and measure so far
    last_group: str | None = None  # the latest group named ("Finland joined in April": joined it)
    last_island: str | None = None  # the latest island state named ("the island" after "Taiwan")
    last_kingdom: str | None = None  # the latest kingdom named ("the kingdom" after "Saudi Arabia")
    opening_state: Actor | None = None  # the country or bloc opening the latest sentence
    envoys: dict[str, Actor] = field(default_factory=dict)  # a group's envoys by name and surname, as the group
    titled: dict[str, Actor] = field(default_factory=dict)  # whom "the <title>" meant, by role
    bodies: dict[str, Actor] = field(default_factory=dict)  # the latest ministry or government named, by role
    ranks: dict[str, Actor] = field(default_factory=dict)  # the latest person named with a rank, by rank ("general")
    filed_country: str = ""  # the country of the article's dateline ("MANAGUA -")

    def minister_home(self, role: str) -> str:
        """The country a minister named by a bare title and an unknown name serves: in a report
        filed from a capital, that country's ("MANAGUA - ... Foreign Minister Ana Ruiz said")."""
        return self.filed_country if role in _MINISTER_ROLES else ""

    def remember(self, actor: Actor, spelled: str = "") -> None:
        self.codes_seen.add(actor.country)
        if actor.country and _is_group(actor.country):  # the group itself, or "leaders of ASEAN"
            self.last_group = actor.country
        elif actor.country in _ISLANDS:
            self.last_island = actor.country
        if actor.country in _KINGDOMS:
            self.last_kingdom = actor.country
        if actor.kind != "person":
            if actor.kind == "institution" and actor.role in BODY_ROLES and actor.country and actor.explicit:
                self.bodies[actor.role] = actor
                self.bodies["government"] = actor
            return
        self.persons.append(actor)
        parts = [p for p in actor.name.split() if p[:1].isupper()]
        self._spelled_surname(actor, spelled, parts)
        if len(parts) >= 2:
            self.surnames.setdefault(parts[-1], actor)
            if len(parts) >= 3 and is_name_text(parts[-2]):  # "Leyva Durán", "López Obrador": Spanish
                self.surnames.setdefault(parts[-2], actor)  # names put the family name first of two
            # East Asian names put the family name first: "Kim Jong Un" -> "Kim", "Xi Jinping" -> "Xi".
            self.surnames.setdefault(parts[0], actor) if self._family_first(actor) else None
            # Malay, Indonesian, Thai, Ethiopian, Eritrean and Icelandic names have no family name
            # to call a person by: "Anwar Ibrahim" -> "Anwar", "Abiy Ahmed" -> "Abiy".
            self.surnames.setdefault(parts[0], actor) if actor.country in _GIVEN_NAME_FIRST else None

    def _spelled_surname(self, actor: Actor, spelled: str, parts: list[str]) -> None:
        """The surname as the text spells a person the dictionary knows by another spelling ("Vuk
        Jeremic" for Vuk Jeremić; an "al-" name past its article), for later mentions by that
        surname alone."""
        words = spelled.replace("'s", "").split()
        if len(words) < 2 or len(parts) < 2 or words[-1] in parts or parts[0] not in words[:-1]:
            return  # the text must spell the given name as the dictionary does, the surname otherwise
        articled = _ARTICLED.fullmatch(words[-1])
        last = articled.group(1) if articled else words[-1]
        if last not in parts and is_name_text(last):
            self.surnames.setdefault(last, actor)

    def latest_leaders(self, skip: list[Actor]) -> tuple[Actor, Actor] | None:
        """The last two leaders of different countries named: whom "both leaders" means when no
        event between two countries was told ("Scholz will send tanks ... Biden said ...")."""
        found: list[Actor] = []
        for actor in reversed(self.persons):
            if any(actor is other for other in skip):
                continue  # "Zelensky thanked both leaders": not the speaker
            if actor.role in LEADER_ROLES and actor.country and all(a.country != actor.country for a in found):
                found.append(actor)
                if len(found) == 2:
                    return found[1], found[0]
        return None

    def state_called(self, noun: str) -> str | None:
        """The state "the island" or "the kingdom" (``noun``) stands for: the latest named."""
        return self.last_island if noun == "island" else self.last_kingdom if noun == "kingdom" else None

    def phrase_pair(self) -> tuple[Actor, Actor] | None:
        """Whom "the two countries" stands for: the story's pair a new paragraph went back to
        after a side story, else the latest pair."""
        return self.paragraph_pair or self.last_pair

    def bloc(self) -> str:
        """"The bloc": the latest regional or economic group named (ECOWAS, BRICS), else the EU."""
        if self.last_group is not None and self.last_group not in NOT_BLOCS:
            return self.last_group
        return "EUU"

    @staticmethod
    def _family_first(actor: Actor) -> bool:
        return actor.country in {"CHN", "PRK", "KOR", "TWN", "VNM", "MNG", "KHM", "SGP"}

    def last_person(self) -> Actor | None:
        return self.persons[-1] if self.persons else None
