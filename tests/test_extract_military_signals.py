"""Exact military events out of short sentences written for these tests: arms received or handed
over, forces sent where the text names the place only indirectly, drills joined, launches named by
their object."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

# (sentence, expected set of (type, mode, actor country, target country, modality))
CASES = [
    # Arms received come from whoever the sentence names as their source, or whose make they are.
    ("Armenia received six howitzers from France on Tuesday.",
     {("military", "arms_transfer", "FRA", "ARM", "asserted")}),
    ("Serbia took delivery of Chinese drones last year.",
     {("military", "arms_transfer", "CHN", "SRB", "asserted")}),
    ("Serbia took delivery of new drones last year.", set()),
    ("Hungary took delivery of German air defences.",
     {("military", "arms_transfer", "DEU", "HUN", "asserted")}),
    # "so far" is no clause word: the subject and the negation before it still hold.
    ("Beijing had not so far sent weapons to Russia.",
     {("military", "arms_transfer", "CHN", "RUS", "negated")}),
    ("Iran's supply of drones to Russia angered Kyiv.",
     {("military", "arms_transfer", "IRN", "RUS", "asserted")}),
    ("Estonia handed artillery shells to Ukraine.",
     {("military", "arms_transfer", "EST", "UKR", "asserted")}),
    ("The Estonian minister handed a letter to the Ukrainian envoy.", set()),
    # A gerund told as a standing policy is a state of affairs: no arms transfer, and none by the
    # ambassador named before it.
    ("Seoul summoned the Chinese ambassador and said it may review its policy of not sending arms to Taiwan.",
     {("statement", "criticism", "KOR", "CHN", "asserted")}),
    ("Seoul began sending arms to Taiwan.",
     {("military", "arms_transfer", "KOR", "TWN", "asserted")}),
    # Joint patrols flown or resumed are drills held together.
    ("Russia and China flew a joint air patrol over the Sea of Japan.",
     {("military", "exercise", "RUS", "CHN", "asserted")}),
    ("Vietnam and Cambodia resumed joint maritime patrols.",
     {("military", "exercise", "VNM", "KHM", "asserted")}),
    # Launches named by their object: a satellite put into orbit or launched, a missile launched
    # or tested told by the missile (by the article's latest launcher, else by who tells of it).
    ("North Korea's satellite launch failed on Wednesday.",
     {("military", "missile_test", "PRK", None, "asserted")}),
    ("Iran put its first military satellite into orbit.",
     {("military", "missile_test", "IRN", None, "asserted")}),
    ("North Korean state media said on Friday that the missile launched on Thursday was new.",
     {("military", "missile_test", "PRK", None, "asserted")}),
    ("Analysts said the missile appeared larger than the Hwasong-18 tested in 2023.", set()),
    ("Iran conducted a ground test of a solid-fuel engine.",
     {("military", "missile_test", "IRN", None, "asserted")}),
    # An invasion told with its verb is forces sent in; forces that attack are firing.
    ("Relations soured after Russia invaded Ukraine in 2022.",
     {("military", "deployment", "RUS", "UKR", "asserted")}),
    ("Azerbaijani forces pushed into Armenian territory in 2021.",
     {("military", "deployment", "AZE", "ARM", "asserted")}),
    ("Afghan forces attacked Pakistani border posts.",
     {("military", "missile_test", "AFG", "PAK", "asserted")}),
    ("Erdogan attacked Israel over Gaza.", set()),
    # An offer of troops reported by another is no accusation, as other military acts are.
    ("Somalia said Egypt had offered troops for the new mission.",
     {("statement", "comment", "SOM", "EGY", "asserted")}),
    # "It" opening a sentence is the country that opened the one before, after its time phrase too.
    ("At the same time Armenia has been looking west. It held a joint exercise with U.S. troops in September.",
     {("military", "exercise", "ARM", "USA", "asserted")}),
    # Ships that sail into or dock in a port are deployed there; a leader who sails makes a visit.
    ("A Russian naval flotilla sailed into Havana harbour.", {("military", "deployment", "RUS", "CUB", "asserted")}),
    ("A Chinese research vessel docked in Colombo.", {("military", "deployment", "CHN", "LKA", "asserted")}),
    ("Erdogan sailed to Cyprus on Monday.", {("visit", "unspecified", "TUR", "CYP", "asserted")}),
    # A salute after "a 21-gun" is a noun: no praise by the guest.
    ("Macron was greeted by a 21-gun salute in Hanoi.", {("visit", "unspecified", "FRA", "VNM", "asserted")}),
    ("The attacks on New York shocked the world.", set()),
]

# (sentence, expected list of (mode, actor country, date) in the order told)
LAUNCHES = [
    ("North Korea fired a missile on Monday. Analysts said it was larger than the Hwasong-18 tested in 2023.",
     [("missile_test", "PRK", "2024-06-17"), ("missile_test", "PRK", "2023-01-01")]),
]

# (sentence, expected set of (mode, actor country, target country, place country))
PLACES = [
    # Forces sent to the actor's own border or coast, and drills held along it, stay at home,
    # whoever else the sentence names on the way.
    ("Brazil moved troops to its northern border.", {("deployment", "BRA", None, "BRA")}),
    ("In August Lukashenko ordered troops to the western border.", {("deployment", "BLR", None, "BLR")}),
    ("The Dominican army sent more soldiers to the 380-kilometre border.", {("deployment", "DOM", None, "DOM")}),
    ("Russia pulled its troops out.", set()),
    # Forces put on alert are readied at home.
    ("Greece put its armed forces on alert.", {("deployment", "GRC", None, "GRC")}),
    # Troops offered for a mission are sent where the mission is.
    ("Egypt offered troops for a new peace mission in Somalia.", {("deployment", "EGY", None, "SOM")}),
    ("Ghana held naval exercises with Togo and Benin off its coast.",
     {("exercise", "GHA", "TGO", "GHA"), ("exercise", "GHA", "BEN", "GHA")}),
    ("Ghana held naval exercises with Togo off the coast of Benin.", {("exercise", "GHA", "TGO", None)}),
    # "off", "inside", "alongside" introduce where forces are, as "near" and "in" do.
    ("China held naval drills off Japan.", {("exercise", "CHN", "JPN", "JPN")}),
    ("Rwandan soldiers are operating inside Congo.", {("deployment", "RWA", "COD", "COD")}),
    ("Russian mercenaries are deployed alongside Malian forces.", {("deployment", "RUS", "MLI", "MLI")}),
    # Forces as the subject of a passive or a participle are the ones deployed.
    ("Russian troops were deployed to Belarus.", {("deployment", "RUS", "BLR", "BLR")}),
    ("The departure of the French troops stationed in Chad was discussed.", {("deployment", "FRA", "TCD", "TCD")}),
    # Jets scrambled answer the latest military act told before.
    ("Chinese warships entered Japanese waters on Monday. Japanese fighter jets were scrambled.",
     {("deployment", "CHN", "JPN", "JPN"), ("deployment", "JPN", "CHN", None)}),
    ("Japanese fighter jets were scrambled.", set()),
    # Forces that shadow another's answer them.
    (("Chinese warships held a live-fire drill near Australia on Friday. "
      "The ships have been shadowed by an Australian frigate for a week."),
     {("exercise", "CHN", "AUS", "AUS"), ("deployment", "AUS", "CHN", None)}),
    ("The president was shadowed by controversy.", set()),
    # The owner of a force named with its head noun a word or two on ("military surveillance aircraft").
    ("Russia summoned Japan's ambassador after a Japanese military surveillance aircraft entered Russian airspace.",
     {("criticism", "RUS", "JPN", "RUS"), ("deployment", "JPN", "RUS", "RUS")}),
    # Warning shots are fired as missiles are.
    ("Seoul fired warning shots at a Russian plane.", {("missile_test", "KOR", "RUS", "KOR")}),
]

# Forces that cross a border the text does not name go into the neighbour the story names: in
# the sentence, else in the events told before; not the accuser's, nor a border named with "with".
CROSSINGS = [
    ("Somalia cut ties with Kenya on Monday. Kenya sent troops across the border in 2011.",
     {("relations", "break", "SOM", "KEN", None), ("military", "deployment", "KEN", "SOM", "SOM")}),
    ("Kenya sent troops across the border in 2011.", set()),
    ("Chad closed its embassy in Sudan. Chadian soldiers crossed the frontier to chase rebels.",
     {("relations", "close", "TCD", "SDN", "SDN"), ("military", "deployment", "TCD", "SDN", "SDN")}),
    ("Sudan accused Chad of sending soldiers across the border.",
     {("statement", "accusation", "SDN", "TCD", None), ("military", "deployment", "TCD", "SDN", "SDN")}),
    # Abuses committed by forces are no forces sent.
    ("Chadian soldiers crossed the border into Sudan. France ignored the abuses committed by Chadian forces.",
     {("military", "deployment", "TCD", "SDN", "SDN")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_military_signals(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_military_places(text: str, expected: set[tuple]) -> None:
    assert {(e.event_mode, e.actor_country, e.target_country, e.place_country) for e in extract(text)} == expected


@pytest.mark.parametrize(("text", "expected"), CROSSINGS)
def test_border_crossings(text: str, expected: set[tuple]) -> None:
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country)
            for e in extract(text)} == expected


@pytest.mark.parametrize(("text", "expected"), LAUNCHES)
def test_launches_told_by_their_missile(text: str, expected: list[tuple]) -> None:
    assert [(e.event_mode, e.actor_country, str(e.date_start)) for e in extract(text)] == expected
