"""How the extractor fares on the studied gold articles laid out as real publishers do.

    python bench/published_layouts.py [--seed 7] [--layouts wire,web,...] [--show N]

Each gold article of the studied parts (the tuning set and dev parts a-h, k-p; never the
holdout or the unseen parts) is rendered in several layouts: wire copy (byline, an agency
dateline with or without a date, credit and standards lines), a web page (standfirst, byline,
timestamp, widgets, captions with photo credits, "Read more" lines naming other stories), a
government release as posted (breadcrumbs, reference number, media contact), a live blog
(time-stamped entries), and the web page pasted with no metadata (the publication date only
in its timestamp line). Every layout is read back through ``dashboard.sources`` and scored
with the evaluate command's matching rule; the furniture is invented here, seeded, so runs
are identical. Per layout: P, R, F1, date and place accuracy on matched events, and how many
events differ from the clean rendering (gained / lost).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.article_events import article_events
from dashboard.evaluate import Evaluation, GoldEvent, describe_predicted, read_gold
from dashboard.sources import Article, read_text_document

STUDIED_PARTS = "abcdefghklmnop"  # i, j, q, r, s, t and the holdout stay unseen
FIRST_NAMES = ("Mara", "Tomas", "Ines", "Kofi", "Lena", "Arjun", "Sofia", "Yusuf", "Hana", "Pavel",
               "Nadia", "Diego", "Elif", "Jonas", "Amara", "Ravi")
LAST_NAMES = ("Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Petrescu", "Alvarez", "Novak",
              "Brennan", "Sato", "Qureshi", "Mendes", "Kowalski", "Farouk", "Ivers", "Castell")
CREDIT_CITIES = ("Moscow", "Beijing", "Washington", "Paris", "Tehran", "Ankara", "New Delhi", "Cairo")
AGENCIES = ("Reuters", "AP", "AFP")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# "BERLIN, April 5 —", "OHRID, North Macedonia, March 19 (Wire) -": the house dateline
HOUSE_DATELINE = re.compile(r"^([A-Z][A-Z.' -]{2,40}?)((?:,\s*[A-Z][A-Za-z.' ]{2,30})?),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                            r"(?:\s*\([A-Za-z ]{2,20}\))?\s*[-\u2014\u2013]\s*")


@dataclass(frozen=True)
class Story:
    """A gold article taken apart: its file name, title, date and paragraphs."""

    name: str
    title: str
    published: date | None
    paragraphs: tuple[str, ...]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def us_date(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def other_titles(story: Story, stories: list[Story], rng: random.Random, count: int) -> list[str]:
    """Headlines of other gold stories: a "Related" line names another story's countries."""
    others = [s.title for s in stories if s.name != story.name and s.title]
    return rng.sample(others, min(count, len(others)))


def front_matter(story: Story, outlet: str) -> str:
    title = story.title.replace('"', "'")
    published = f"published: {story.published.isoformat()}\n" if story.published else ""
    return f'---\ntitle: "{title}"\noutlet: "{outlet}"\n{published}---\n\n'


def clean(story: Story, stories: list[Story], rng: random.Random) -> tuple[str, bool]:
    return "\n\n".join(story.paragraphs), True


def wire(story: Story, stories: list[Story], rng: random.Random) -> tuple[str, bool]:
    """Wire copy: byline, agency dateline (half of them without the date), credit lines."""
    agency = rng.choice(AGENCIES)
    first, *rest = story.paragraphs
    match = HOUSE_DATELINE.match(first)
    if match:
        city = match.group(1)
        region = match.group(2) if agency == "AP" else ""
        dated = "" if rng.random() < 0.5 else first[match.end(2):match.end()].split("(")[0].rstrip(" -\u2014\u2013")
        dash = "\u2014" if agency == "AP" else "-"
        first = f"{city}{region}{dated} ({agency}) {dash} {first[match.end():]}"
    lines = [f"By {person(rng)} and {person(rng)}", first, *rest]
    if agency == "AP":
        lines.append(f"Associated Press writer {person(rng)} in {rng.choice(CREDIT_CITIES)} contributed to this report.")
    else:
        lines.append(f"Reporting by {person(rng)} in {rng.choice(CREDIT_CITIES)}; additional reporting by "
                     f"{person(rng)} in {rng.choice(CREDIT_CITIES)}; Editing by {person(rng)}")
        lines.append("Our Standards: the agency's principles of trust and independence.")
    return "\n\n".join(lines), True


def _caption(rng: random.Random, headline: str, day: date | None) -> str:
    taken = f", in a picture taken on {us_date(day.replace(year=day.year - 1))}" if day else ""
    return rng.choice((
        f"FILE PHOTO: {headline}{taken}. REUTERS/{person(rng)}/File Photo",
        f"{headline}. Photo: AFP",
        f"{headline} (Photo by {person(rng)}/Pool via Getty Images)",
    ))


def web_page(story: Story, stories: list[Story], rng: random.Random, metadata: bool = True) -> tuple[str, bool]:
    """A web page copied as text: widgets, byline, timestamps, captions, related headlines."""
    related = other_titles(story, stories, rng, 3)
    day = story.published
    stamp = ([rng.choice((f"Published {long_date(day)}, {rng.randint(6, 22)}:{rng.randint(10, 59)} BST",
                          f"Updated: {us_date(day)} {rng.randint(1, 11)}:{rng.randint(10, 59)} PM EDT",
                          f"{us_date(day)} at {rng.randint(1, 11)}:{rng.randint(10, 59)} a.m."))]
             if day else [])
    head = [story.title, "Share", *stamp, f"By {person(rng)}, Diplomatic correspondent", "Listen to this article"]
    body = list(story.paragraphs)
    body.insert(1, _caption(rng, related[0], day) if related else "Advertisement")
    if len(body) > 3:
        body.insert(3, "Advertisement")
    if len(related) > 1:
        body.insert(min(5, len(body)), f"Read more: {related[1]}")
    tail = ([f"Related: {related[2]}"] if len(related) > 2 else []) + [
        "Sign up for our newsletter", "Share this article", f"\u00a9 {day.year if day else 2024} Diplomatic Times. All rights reserved."]
    return "\n\n".join(head + body + tail), metadata


def pasted(story: Story, stories: list[Story], rng: random.Random) -> tuple[str, bool]:
    """The web page pasted with no metadata: the date only in its timestamp line."""
    return web_page(story, stories, rng, metadata=False)


def release(story: Story, stories: list[Story], rng: random.Random) -> tuple[str, bool]:
    """A government release as posted: breadcrumbs, reference, date line, media contact."""
    day = story.published
    head = ["Home > Newsroom > Press releases", story.title, f"Press release {rng.randint(100, 999)}/{str(day.year)[2:] if day else '24'}"]
    if day:
        head.append(rng.choice((long_date(day), f"Date: {long_date(day)}", f"Published: {us_date(day)}")))
    contact = ["Media contact", person(rng), "Press Office", f"+32 2 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
               "press@ministry.example", "Share this page", "Print"]
    return "\n\n".join(head + list(story.paragraphs) + contact), False


def live_blog(story: Story, stories: list[Story], rng: random.Random) -> tuple[str, bool]:
    """A live blog: every entry opens with its time stamp, the newest entry first."""
    minutes = rng.randint(7, 12) * 60
    entries = []
    for paragraph in story.paragraphs:
        minutes += rng.randint(4, 40)
        entries.append(f"{minutes // 60 % 24:02d}:{minutes % 60:02d} GMT \u2014 {paragraph}")
    return "\n\n".join([f"Live: {story.title}", "Key events", *reversed(entries)]), True


LAYOUTS: dict[str, Callable[[Story, list[Story], random.Random], tuple[str, bool]]] = {
    "clean": clean, "wire": wire, "web": web_page, "pasted": pasted, "release": release, "live": live_blog}


def studied_sets() -> list[tuple[Path, list[Path]]]:
    """(gold file, article folders) of the tuning set and the studied dev parts."""
    sets = [(ROOT / "tests/gold/events.csv", [ROOT / "data/articles", ROOT / "tests/gold/articles"])]
    for part in STUDIED_PARTS:
        folder = ROOT / "tests/gold/dev" / part
        sets.append((folder / "events.csv", [folder / "articles"]))
    return sets


def load() -> tuple[list[Story], dict[str, list[GoldEvent]]]:
    stories: list[Story] = []
    gold: dict[str, list[GoldEvent]] = {}
    for gold_file, folders in studied_sets():
        for event in read_gold(gold_file):
            gold.setdefault(event.article, []).append(event)
        for folder in folders:
            for path in sorted(folder.iterdir()):
                article = read_text_document(path.read_text(encoding="utf-8"), path.name)
                if article.source in gold:
                    paragraphs = tuple(p.strip() for p in article.text.split("\n\n") if p.strip())
                    stories.append(Story(path.name, article.title, article.published, paragraphs))
    return stories, gold


def read_back(story: Story, text: str, with_metadata: bool) -> Article:
    """The rendering as the product reads it: front matter only where the layout keeps it."""
    document = (front_matter(story, "Layout bench") if with_metadata else "") + text
    return read_text_document(document, story.name)


def signature(event) -> tuple:
    return (event.event_type, event.event_mode, event.actor_country, event.target_country,
            event.place_country, event.date_start, event.modality)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--layouts", default=",".join(LAYOUTS))
    parser.add_argument("--show", type=int, default=0, help="print N gained events per layout")
    args = parser.parse_args()
    stories, gold = load()
    baseline: dict[str, Counter] = {}
    print(f"{len(stories)} articles, {sum(len(v) for v in gold.values())} gold events, seed {args.seed}\n")
    print(f"{'layout':<9}{'P':>7}{'R':>7}{'F1':>7}{'date':>7}{'place':>7}{'gained':>8}{'lost':>6}{'undated':>9}")
    for name in ["clean", *[n for n in args.layouts.split(",") if n != "clean"]]:
        result, gained, lost, undated, shown = Evaluation(), 0, 0, 0, []
        for number, story in enumerate(stories):
            rng = random.Random(f"{args.seed}/{name}/{number}")
            text, with_metadata = LAYOUTS[name](story, stories, rng)
            article = read_back(story, text, with_metadata)
            undated += article.published is None and story.published is not None
            events = article_events(article)
            result.add_article(story.name, gold[story.name], events)
            found = Counter(signature(e) for e in events)
            if name == "clean":
                baseline[story.name] = found
            else:
                gained += sum((found - baseline[story.name]).values())
                lost += sum((baseline[story.name] - found).values())
                extra = found - baseline[story.name]
                shown += [describe_predicted(story.name, e) for e in events if extra[signature(e)] > 0]
        s, fields = result.scores(), result.field_accuracy()
        print(f"{name:<9}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
              f"{fields['date']['accuracy']:>7.3f}{fields['place_country']['accuracy']:>7.3f}"
              f"{gained:>8}{lost:>6}{undated:>9}")
        for line in shown[:args.show]:
            print("    " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
