"""Groups told loosely: qualified by words of place ("the two European leaders", "the Central Asian
leaders"), and lists of members told by title and name ("President Rahmon of Tajikistan, ...")."""

from datetime import date

from tests.conftest import extract, triples


def test_the_two_european_leaders_are_the_pair_told_before():
    events = extract("Macron met Scholz in Paris on Monday. The two European leaders urged Kosovo to hold new "
                     "elections.")
    assert {t for t in triples(events) if t[0] == "statement"} == {
        ("statement", "appeal", "FRA", "XKX", "asserted"), ("statement", "appeal", "DEU", "XKX", "asserted")}


def test_a_region_word_between_the_number_and_the_noun_keeps_the_group():
    events = extract("Argentina, Brazil and Uruguay signed a trade pact on Monday. The three South American "
                     "governments condemned Venezuela.", date(2025, 3, 4))
    assert {t for t in triples(events) if t[0] == "statement"} == {
        ("statement", "criticism", code, "VEN", "asserted") for code in ("ARG", "BRA", "URY")}


def test_the_central_asian_leaders_are_each_country_of_the_list_not_the_host():
    events = extract("Modi hosted the presidents of Kazakhstan, Uzbekistan, Tajikistan and Kyrgyzstan in Delhi. "
                     "The Central Asian leaders thanked India for its hospitality.")
    assert {t for t in triples(events) if t[0] == "statement"} == {
        ("statement", "praise", code, "IND", "asserted") for code in ("KAZ", "UZB", "TJK", "KGZ")}


def test_a_qualified_group_with_no_list_before_stands_for_nobody():
    events = extract("Modi met Putin in Moscow. The Central Asian leaders thanked India for its hospitality.")
    assert {t for t in triples(events) if t[0] == "statement"} == set()


def test_a_list_of_titled_members_each_with_their_country_is_the_group():
    events = extract("President Tokayev of Kazakhstan, President Japarov of Kyrgyzstan and President Rahmon of "
                     "Tajikistan attended the summit in Beijing. The three leaders thanked China for its hospitality.")
    assert {t for t in triples(events) if t[0] == "statement"} == {
        ("statement", "praise", code, "CHN", "asserted") for code in ("KAZ", "KGZ", "TJK")}


def test_a_list_after_of_is_still_the_group():
    events = extract("Envoys of Chile, Peru and Bolivia met in Lima. The three governments condemned Venezuela.",
                     date(2025, 1, 29))
    assert {t for t in triples(events) if t[0] == "statement"} == {
        ("statement", "criticism", code, "VEN", "asserted") for code in ("CHL", "PER", "BOL")}
