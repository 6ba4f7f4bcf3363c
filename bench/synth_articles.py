"""Synthetic news articles in the style of the bundled corpus, for extraction and ingest benchmarks.

    python bench/synth_articles.py OUT_DIR [--n 300] [--size 5000] [--seed 1]

Each article is Markdown with YAML front matter (title, outlet, published), a wire dateline
and paragraphs of about 5 KB in all, written from templates with the office-holders of the
day (from the gazetteer), real countries, capitals and cities, and varied wording: visits,
talks, calls, agreements, statements, sanctions, military signals and changes in relations,
some planned, alleged or denied. Importable: ``articles(n)`` yields ``(name, text)`` pairs.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard import gazetteer

OUTLETS = ("Wire", "Analysis", "World Desk", "Daily Courier", "Evening Post", "Regional Brief")
COUNTRIES = ("USA", "CHN", "RUS", "UKR", "FRA", "DEU", "GBR", "JPN", "KOR", "PRK", "IND", "TUR", "IRN",
             "ISR", "SAU", "BRA", "ZAF", "EGY", "POL", "ITA", "CAN", "AUS", "IDN", "VNM", "PHL", "MEX",
             "ARE", "QAT", "PAK", "KAZ", "HUN", "SRB", "BLR", "NGA", "KEN", "ESP", "NLD", "SWE", "FIN")
ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
# Sentences with {A}/{B}: people with their title; {a}/{b}: surnames; {X}/{Y}: countries;
# {x}: demonym of X; {CITY}: host city; {CAP_X}: capital of X; {WHEN}: a date phrase.
OPENINGS = (
    "{A} arrived in {CITY} {WHEN} for talks with {B}, the first such visit in several years.",
    "{A} met {B} in {CITY} {WHEN}, as the two governments sought to steady a relationship strained by trade and security disputes.",
    "{A} and {B} signed a package of agreements in {CITY} {WHEN} covering energy, transport and defence cooperation.",
    "{A} will travel to {Y} next month for a state visit, officials in {CAP_X} said {WHEN}.",
    "{X} imposed new sanctions on {Y} {WHEN}, targeting banks, shipping firms and several senior officials.",
    "{A} spoke by telephone with {B} {WHEN}, according to a readout released by the {x} government.",
)
MIDDLES = (
    "The two sides discussed regional security, grain exports and the war in Ukraine, according to officials familiar with the talks.",
    "{a} told reporters that the visit marked \"a new chapter\" in relations between {X} and {Y}, and thanked {b} for the welcome.",
    "{b} said {Y} was ready to deepen cooperation but warned against what he called interference in its internal affairs.",
    "The {x} foreign ministry criticised the move and summoned the {y} ambassador in {CAP_X} to lodge a protest.",
    "Analysts in {CAP_Y} said the meeting was mostly symbolic, but noted that both leaders had invested personal prestige in it.",
    "{X} accused {Y} of supplying drones and artillery shells to Russia, a charge {CAP_Y} denied.",
    "{a} and {b} agreed to resume direct flights and to set up a working group on trade, the joint statement said.",
    "Officials said {a} could visit {CAP_Y} later in the year, although no date has been set.",
    "{Y} held large-scale military exercises near its border on {WEEKDAY}, a show of force that {X} called provocative.",
    "The {x} government expelled two {y} diplomats, saying their activities were incompatible with their status.",
    "{b} expressed concern about the humanitarian situation and called for an immediate ceasefire.",
    "In a statement, the European Union welcomed the talks and urged both sides to keep channels of communication open.",
    "{X} restored full diplomatic relations with {Y} after a break of several years, and the two embassies will reopen.",
    "{a} praised the {y} leadership for its role in mediating the prisoner exchange.",
    "The United States said it was monitoring the situation closely and would consult its allies on a response.",
    "{Y} test-fired a ballistic missile into the sea {WHEN}, the {x} military said, the latest in a series of launches.",
    "The meeting came weeks after {X} recalled its ambassador from {CAP_Y} over a dispute about fishing rights.",
    "Trade between the two countries has grown sharply, and {x} companies are bidding for contracts in ports and railways.",
)
CLOSINGS = (
    "{a} leaves {CITY} on {WEEKDAY} for the next stop of the tour.",
    "Neither government commented on reports that a defence agreement was under discussion.",
    "The next round of talks is expected to take place in {CAP_X} before the end of the year.",
    "Officials in {CAP_Y} said they would study the proposals and respond in due course.",
)


def _name(code: str) -> str:
    """A country's name as a sentence uses it ("the United States")."""
    name = gazetteer.country_name(code)
    return f"the {name}" if name.startswith(("United", "Philippines", "Netherlands")) else name


def _person(code: str, on: date, rng: random.Random) -> tuple[str, str]:
    """(full name with title and country adjective, surname) of an office-holder on the day."""
    country = gazetteer.country(code)
    demonym = country.demonyms[0] if country and country.demonyms else country.name
    for role in rng.sample(ROLES, len(ROLES)):
        person = gazetteer.office_holder(code, role, on)
        if person is not None:
            return f"{demonym} {person.title} {person.name}", person.name.split()[-1]
    return f"the {demonym} foreign minister", "the minister"


def _host_city(code: str, rng: random.Random) -> str:
    country = gazetteer.country(code)
    cities = sorted((p for p in gazetteer.cities() if p.country == code), key=lambda p: -p.population)[:4]
    if cities and rng.random() < 0.35:
        return rng.choice(cities).name
    return country.capital


def article(index: int, rng: random.Random, size: int = 5000) -> tuple[str, str]:
    """One article: a file name and Markdown text of about ``size`` bytes."""
    x, y = rng.sample(COUNTRIES, 2)
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    weekday = (published - timedelta(days=rng.randrange(1, 4)))
    cx, cy = gazetteer.country(x), gazetteer.country(y)
    a_full, a_short = _person(x, published, rng)
    b_full, b_short = _person(y, published, rng)
    city = _host_city(y, rng)
    slots = {
        "A": a_full, "B": b_full, "a": a_short, "b": b_short, "X": _name(x), "Y": _name(y),
        "x": cx.demonyms[0] if cx.demonyms else cx.name, "y": cy.demonyms[0] if cy.demonyms else cy.name,
        "CITY": city, "CAP_X": cx.capital, "CAP_Y": cy.capital, "WEEKDAY": f"{weekday:%A}",
        "WHEN": rng.choice((f"on {weekday:%A}", f"on {weekday:%B} {weekday.day}", "on Monday", "last week")),
    }
    opening = rng.choice(OPENINGS).format(**slots)
    opening = opening[0].upper() + opening[1:]
    paragraphs = [f"{city.upper()}, {published:%B} {published.day} — {opening}"]
    middles = list(MIDDLES)
    rng.shuffle(middles)
    while sum(len(p) + 2 for p in paragraphs) < size - 400:
        if not middles:
            middles = list(MIDDLES)
            rng.shuffle(middles)
        count = rng.randint(2, 4)
        picked = [middles.pop().format(**slots) for _ in range(min(count, len(middles)))]
        paragraphs.append(" ".join(s[0].upper() + s[1:] for s in picked))
    closing = rng.choice(CLOSINGS).format(**slots)
    paragraphs.append(closing[0].upper() + closing[1:])
    title = f"{a_short} and {b_short} meet as {cx.name} and {cy.name} weigh ties"
    text = (f"---\ntitle: \"{title}\"\noutlet: \"{rng.choice(OUTLETS)}\"\npublished: {published.isoformat()}\n---\n\n"
            + "\n\n".join(p for p in paragraphs if p) + "\n")
    return f"{published.isoformat()}-synthetic-{index:05d}.md", text


def articles(n: int, seed: int = 1, size: int = 5000) -> Iterator[tuple[str, str]]:
    """``n`` articles as (file name, text), reproducible for a seed."""
    rng = random.Random(seed)
    for index in range(n):
        yield article(index, rng, size)


def write(folder: Path, n: int, seed: int = 1, size: int = 5000) -> int:
    """Write ``n`` articles into ``folder``; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, text in articles(n, seed, size):
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        total += len(data)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--size", type=int, default=5000, help="bytes per article, about")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    total = write(args.folder, args.n, args.seed, args.size)
    print(f"{args.n} articles, {total / 1024:.0f} KB ({total / args.n / 1024:.1f} KB each) in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
