"""Building the lexicon's entries: each key folded once, each sense under it once."""

from dashboard.extract.lexicon import Sense, _add, _add_at, lexicon
from dashboard.gazetteer import city_spellings


def test_add_at_starts_a_key_with_its_sense() -> None:
    entries: dict[str, list[Sense]] = {}
    _add_at(entries, "springfield", Sense("city", "title", code="USA"))
    assert entries == {"springfield": [Sense("city", "title", code="USA")]}


def test_add_at_keeps_one_of_equal_senses_and_adds_others() -> None:
    entries: dict[str, list[Sense]] = {}
    _add_at(entries, "springfield", Sense("city", "title", code="USA"))
    _add_at(entries, "springfield", Sense("city", "title", code="USA"))
    _add_at(entries, "springfield", Sense("city", "title", code="AUS"))
    assert [sense.code for sense in entries["springfield"]] == ["USA", "AUS"]


def test_add_at_tells_senses_apart_by_their_data() -> None:
    entries: dict[str, list[Sense]] = {}
    _add_at(entries, "x", Sense("venue", "title", data="one"))
    _add_at(entries, "x", Sense("venue", "title", data="two"))
    assert [sense.data for sense in entries["x"]] == ["one", "two"]


def test_add_at_skips_an_empty_key() -> None:
    entries: dict[str, list[Sense]] = {}
    _add_at(entries, "", Sense("city", "title"))
    assert entries == {}


def test_add_folds_the_surface_to_its_key() -> None:
    entries: dict[str, list[Sense]] = {}
    _add(entries, " Côte d\u2019Ivoire ", Sense("country", "title", code="CIV"))
    assert list(entries) == ["côte d'ivoire"]


def test_city_spellings_of_ascii_and_accented_names() -> None:
    assert city_spellings("Springfield") == ["Springfield"]
    assert city_spellings("Zürich") == ["Zürich", "Zurich"]
    assert city_spellings("Saint Étienne") == ["Saint Étienne", "Saint Etienne", "St. Etienne", "St Etienne"]



def test_the_cities_of_a_country_share_one_sense() -> None:
    senses = [sense for senses, _ in lexicon().entries for sense in senses if sense.kind == "city" and sense.code == "USA"]
    assert len(senses) > 10 and len({id(sense) for sense in senses}) == 1
    assert senses[0] == Sense("city", "title", code="USA")
