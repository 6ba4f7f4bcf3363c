"""Where and when: places and dates of events out of short sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def test_stated_dates_win_over_publication_date():
    events = extract("Xi Jinping visited Moscow on March 20-22, 2023.", date(2023, 4, 1))
    (visit,) = events
    assert (str(visit.date_start), str(visit.date_end), visit.date_precision, visit.date_basis) == (
        "2023-03-20", "2023-03-22", "day", "stated")


def test_relative_dates_resolve_against_publication():
    (visit,) = extract("Putin visited Hanoi last week.", date(2024, 6, 27))
    assert (str(visit.date_start), str(visit.date_end), visit.date_precision, visit.date_basis) == (
        "2024-06-17", "2024-06-23", "week", "relative")


def test_future_date_makes_an_event_planned():
    (visit,) = extract("Lula travels to Beijing on April 12.", date(2023, 4, 1))
    assert visit.modality == "planned" and str(visit.date_start) == "2023-04-12"


def test_a_date_after_since_is_a_reference_point_not_the_event_date():
    (visit,) = extract("Kim Jong Un arrived in Beijing on Tuesday, his first trip to China since he took power in 2011.",
                       date(2025, 9, 3))
    assert str(visit.date_start) == "2025-09-02"


def test_a_period_since_a_year_brings_the_story_back_to_the_present():
    text = ("Trade between the two fell after 2019. Since a new government took office in 2021, "
            "ministers have met often. Egypt lifted its tariffs on Turkish steel in May.")
    (lifted,) = extract(text, date(2022, 10, 3))
    assert (str(lifted.date_start), lifted.date_precision) == ("2022-05-01", "month")


def test_a_date_after_another_actors_event_belongs_to_that_event():
    events = extract("PYONGYANG, June 19 — Putin's visit, his first to North Korea in 24 years, reciprocates "
                     "Kim's trip to Russia last September.", date(2024, 6, 19))
    dates = {(e.actor_country, e.target_country): str(e.date_start) for e in events if e.event_type == "visit"}
    assert dates == {("RUS", "PRK"): "2024-06-19", ("PRK", "RUS"): "2023-09-01"}


def _places(events, event_type: str) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.place_country)
            for e in events if e.event_type == event_type}


def test_talks_and_remarks_during_a_visit_happen_where_the_visit_is():
    events = extract("Kenyan President William Ruto arrived in Hanoi on Tuesday for a two-day visit. "
                     "Ruto also held talks with the Vietnamese prime minister. "
                     "Ruto said Kenya was grateful for Vietnam's help with rice farming. "
                     "The two sides signed a trade accord.", date(2024, 3, 5))
    assert _places(events, "meeting") == {("talks", "KEN", "VNM", "VNM")}
    assert _places(events, "statement") == {("praise", "KEN", "VNM", "VNM")}
    assert _places(events, "agreement") == {("sign", "KEN", "VNM", "VNM")}


def test_a_government_statement_during_a_visit_is_not_placed_there():
    events = extract("Kenyan President William Ruto arrived in Hanoi on Tuesday for a two-day visit. "
                     "Kenya's foreign ministry said Kenya was grateful for Vietnam's help.", date(2024, 3, 5))
    assert _places(events, "statement") == {("praise", "KEN", "VNM", "KEN")}  # from its own capital


def test_a_phone_call_has_no_place():
    events = extract("Chilean President Gabriel Boric spoke by phone with Argentina's president while in Santiago.",
                     date(2024, 3, 5))
    assert _places(events, "meeting") == {("call", "CHL", "ARG", None)}


@pytest.mark.parametrize("text, place", [
    # A seat of government is a place as well as an actor.
    ("Kenyan President William Ruto met Joe Biden at the White House on Monday.", "USA"),
    # A dateline with the agency's name in brackets still says where the report was filed.
    ("NAIROBI, May 2 (Wire) - Kenyan President William Ruto met Tanzania's president on Thursday.", "KEN"),
    # A town the gazetteer lacks: the country the dateline names.
    ("ZOMBA, Malawi, May 2 - Kenyan President William Ruto met Tanzania's president on Thursday.", "MWI"),
    # A place opening the sentence sets the scene for the events after the comma.
    ("In Nairobi on Monday, Tanzania's president held talks with Kenyan President William Ruto.", "KEN"),
    # A town's name that starts a square's is no place: not Independence, Missouri.
    ("Tanzania's president met Kenyan President William Ruto in Independence Square on Monday.", None),
])
def test_where_a_meeting_took_place(text, place):
    (meeting,) = [e for e in extract(text, date(2024, 5, 2)) if e.event_type == "meeting"]
    assert meeting.place_country == place


def test_the_date_of_a_dateline_is_when_the_report_was_filed_not_the_event():
    # Published on a Thursday; the talks were on the Wednesday before.
    (meeting,) = [e for e in extract("NAIROBI, May 2 - Kenyan President William Ruto met Tanzania's president "
                                     "on Wednesday.", date(2024, 5, 2)) if e.event_type == "meeting"]
    assert (meeting.actor_country, meeting.target_country, meeting.date_start) == ("KEN", "TZA", date(2024, 5, 1))


def test_a_leader_due_somewhere_is_a_planned_event_on_the_coming_day():
    (meeting,) = [e for e in extract("Ruto is due in Dodoma on Tuesday for talks with Tanzania's president.",
                                     date(2024, 5, 2)) if e.event_type == "meeting"]
    assert (meeting.event_mode, meeting.actor_country, meeting.target_country, meeting.modality,
            meeting.date_start) == ("talks", "KEN", "TZA", "planned", date(2024, 5, 7))


@pytest.mark.parametrize("sentence, place", [
    # a launch with no place named happens in the launching country
    ("North Korea fired a ballistic missile into the sea on Monday.", "PRK"),
    ("North Korea fired a cruise missile from Wonsan on Monday.", "PRK"),
])
def test_a_missile_launch_happens_where_it_was_fired_from(sentence, place):
    (launch,) = [e for e in extract(sentence, date(2024, 5, 2)) if e.event_type == "military"]
    assert (launch.event_mode, launch.actor_country, launch.target_country, launch.place_country) == (
        "missile_test", "PRK", None, place)


def test_a_visit_is_dated_by_the_arrival_day_named_in_a_later_sentence():
    events = extract("Kenyan President William Ruto toured a rice farm on Thursday on a state visit to Vietnam. "
                     "Ruto, who arrived on Wednesday, praised the farmers.",
                     date(2024, 3, 8))
    (visit,) = [e for e in events if e.event_type == "visit"]
    assert (visit.event_mode, visit.actor_country, visit.target_country, visit.date_start) == (
        "state", "KEN", "VNM", date(2024, 3, 6))


@pytest.mark.parametrize("sentence, first_day", [
    ("Kenyan President William Ruto toured a rice farm on Thursday, at the end of a three-day visit to Vietnam.",
     date(2024, 3, 5)),
    ("Kenyan President William Ruto toured a rice farm on Thursday, the second day of his visit to Vietnam.",
     date(2024, 3, 6)),
])
def test_the_day_named_at_the_end_of_a_visit_is_not_its_first(sentence, first_day):
    (visit,) = [e for e in extract(sentence, date(2024, 3, 8)) if e.event_type == "visit"]
    assert (visit.actor_country, visit.target_country, visit.date_start) == ("KEN", "VNM", first_day)


def test_on_the_same_day_is_the_day_of_the_event_told_before():
    events = extract("Bolivia cut ties with Israel on Tuesday. On the same day, Chile recalled its ambassador "
                     "from Israel.", date(2023, 11, 2))
    recalls = {(e.event_mode, e.actor_country, e.target_country, e.date_start)
               for e in events if e.event_type == "relations" and e.event_mode == "recall"}
    assert recalls == {("recall", "CHL", "ISR", date(2023, 10, 31))}


def test_talks_of_the_day_with_the_host_happen_where_the_report_was_filed():
    events = extract("NAIROBI, May 2 - Kenyan President William Ruto opened a trade fair on Thursday.\n\n"
                     "Later on Thursday Ruto held talks with Tanzania's president. "
                     "Uganda's president met Rwanda's president on Thursday.", date(2024, 5, 2))
    assert _places(events, "meeting") == {("talks", "KEN", "TZA", "KEN"), ("talks", "UGA", "RWA", None)}


def test_a_country_expels_diplomats_at_home():
    events = extract("Kenya expelled two Tanzanian diplomats on Monday.", date(2024, 5, 2))
    assert _places(events, "relations") == {("expel", "KEN", "TZA", "KEN")}


def test_a_date_in_a_later_clause_with_its_own_subject_is_that_clauses():
    # Published on a Wednesday: the drills run from Thursday; the summons was that day.
    events = extract("Kenya expelled two Tanzanian diplomats, and Uganda's army announced military exercises "
                     "from Thursday to Sunday.", date(2024, 5, 1))
    (expel,) = [e for e in events if e.event_type == "relations"]
    assert (expel.actor_country, expel.target_country, expel.date_start, expel.date_basis) == (
        "KEN", "TZA", date(2024, 5, 1), "published")


@pytest.mark.parametrize("sentence, place", [
    # drills and troops are where they are aimed, not where a partner comes from
    ("Chinese forces began naval exercises around Taiwan on Thursday.", "TWN"),
    ("Belarus sent about 2,000 soldiers to Russia.", "RUS"),
    ("The Philippine navy held a joint drill with Japan on Monday.", None),
])
def test_drills_and_troops_are_placed_where_they_are_aimed(sentence, place):
    (event,) = [e for e in extract(sentence, date(2024, 5, 2)) if e.event_type == "military"]
    assert event.place_country == place and event.target_country is not None


def test_a_visitor_speaks_where_the_visit_is_whoever_the_remark_is_about():
    events = extract("Kenyan President William Ruto arrived in Hanoi on Tuesday for a two-day visit. "
                     "Ruto condemned Sudan's army for the attacks on civilians.", date(2024, 3, 5))
    assert _places(events, "statement") == {("criticism", "KEN", "SDN", "VNM")}


def test_a_remark_during_a_visit_implied_by_talks_abroad_is_placed_there():
    events = extract("Kenyan President William Ruto met Vietnam's prime minister in Hanoi on Tuesday. "
                     "Ruto said Kenya was grateful for Vietnam's help with rice farming.", date(2024, 3, 5))
    assert _places(events, "statement") == {("praise", "KEN", "VNM", "VNM")}


@pytest.mark.parametrize("text, place", [
    # A place opening the sentence sets the scene for a remark as for a meeting.
    ("In Nairobi on Monday, Tanzania's foreign minister condemned Sudan's army for the attacks.", "KEN"),
    # A travelling leader abroad speaks where the lede was filed ...
    ("NAIROBI, May 2 - Tanzanian President Samia Suluhu Hassan condemned Sudan's army on Thursday.", "KEN"),
    # ... a government at home is not placed by a dateline from abroad.
    ("NAIROBI, May 2 - Tanzania's government condemned Sudan's army on Thursday.", None),
])
def test_where_a_remark_was_made(text, place):
    (statement,) = [e for e in extract(text, date(2024, 5, 2)) if e.event_type == "statement"]
    assert (statement.target_country, statement.place_country) == ("SDN", place)


@pytest.mark.parametrize("text, place", [
    # A city name shared by several countries is the most populous one's.
    ("At NATO's Madrid summit on Monday, Kenya and Tanzania signed a border accord.", "ESP"),
    # A region is a place in its country.
    ("Kenya and Tanzania signed a border accord in Bavaria on Monday.", "DEU"),
    # A possessive before the place does not hide the scene it sets.
    ("At the African Union's Kigali summit on Monday, Kenya and Tanzania signed a border accord.", "RWA"),
])
def test_where_a_signing_took_place(text, place):
    signed = {e.place_country for e in extract(text, date(2024, 5, 2)) if e.event_type == "agreement"}
    assert signed == {place}


def test_each_city_of_a_trip_is_the_place_of_its_own_visit():
    events = extract("Kenyan President William Ruto travelled to Hanoi and Bangkok on Tuesday.", date(2024, 3, 5))
    assert _places(events, "visit") == {("unspecified", "KEN", "VNM", "VNM"), ("unspecified", "KEN", "THA", "THA")}


def test_a_planned_visit_does_not_place_what_happens_before_it():
    events = extract("Kenyan President William Ruto is due to arrive in Hanoi later on Tuesday. "
                     "Ruto condemned Sudan's army on Tuesday for the attacks on civilians.", date(2024, 3, 5))
    assert _places(events, "statement") == {("criticism", "KEN", "SDN", None)}


def test_two_visitors_meet_where_both_are_visiting():
    events = extract("Kenyan President William Ruto arrived in Hanoi on Tuesday. "
                     "Tanzanian President Samia Suluhu Hassan also arrived in Hanoi on Tuesday. "
                     "Ruto and Hassan agreed on Tuesday to reopen their border.", date(2024, 3, 5))
    assert _places(events, "agreement") == {("agree", "KEN", "TZA", "VNM")}


def test_the_place_of_a_war_is_not_where_it_was_discussed():
    events = extract("Kenya's foreign minister held talks with Tanzania's foreign minister on Monday "
                     "on ending the war in Sudan.", date(2024, 3, 5))
    assert _places(events, "meeting") == {("talks", "KEN", "TZA", None)}


def test_the_place_of_a_later_clause_with_its_own_subject_is_that_clauses():
    events = extract("Kenya and Tanzania reached an arrangement on grazing rights in March, "
                     "and Uganda's president met Rwanda's president in Geneva in April.", date(2024, 5, 2))
    assert {e.place_country for e in events if e.event_type == "agreement"} == {None}
    assert {e.place_country for e in events if e.event_type == "meeting"} == {"CHE"}


def test_a_publication_date_in_the_first_month_of_year_one_still_gives_events():
    # the window before publication that marks a meeting as background would fall before 1 AD
    events = extract("Scholz met Xi in Beijing on Monday.", date(1, 1, 5))
    assert {(e.event_type, e.actor_country, e.target_country) for e in events} == {
        ("meeting", "DEU", "CHN"), ("visit", "DEU", "CHN")}


def test_an_event_after_an_interval_is_counted_back_from_the_day_named_before_it():
    events = extract("Kenya expelled a Tanzanian envoy on Friday, two days after Tanzania expelled a Kenyan envoy.",
                     date(2024, 3, 9))
    dates = {(e.actor_country, e.target_country): str(e.date_start) for e in events}
    assert dates == {("KEN", "TZA"): "2024-03-08", ("TZA", "KEN"): "2024-03-06"}


def test_an_interval_in_years_dates_a_background_event_by_its_year():
    events = extract("The summit comes ten years after Kenya signed a trade agreement with Tanzania.",
                     date(2024, 3, 9))
    (deal,) = [e for e in events if e.event_type == "agreement"]
    assert (str(deal.date_start), deal.date_precision) == ("2014-01-01", "year")


def test_a_date_right_after_a_past_verb_is_past_in_a_sentence_about_the_future():
    (recall,) = extract("Kenya announced on Sunday that it would recall its ambassador to Tanzania.",
                        date(2024, 3, 11))
    assert str(recall.date_start) == "2024-03-10"


def test_a_month_of_the_story_year_that_would_fall_after_publication_is_of_the_year_before():
    events = extract("In 2025 the bloc was hit by defections. Kenya criticised "
                     "Tanzania in December.", date(2025, 1, 20))
    assert {str(e.date_start) for e in events if e.actor_country == "KEN"} == {"2024-12-01"}


def test_a_foreign_ministry_speaks_from_its_own_country():
    events = extract("Kenya's foreign ministry criticised Tanzania's decision to close the border.", date(2024, 3, 9))
    assert _places(events, "statement") == {("criticism", "KEN", "TZA", "KEN")}


def test_an_envoy_is_summoned_in_the_summoning_country():
    events = extract("Kenya summoned Tanzania's ambassador over the border closure.", date(2024, 3, 9))
    assert _places(events, "statement") == {("criticism", "KEN", "TZA", "KEN")}


def test_western_region_is_a_place_not_the_west():
    """"a base in Western Australia": a region of Australia, not the West as an actor."""
    events = extract("The United States will rotate submarines through a base in Western Australia.")
    assert [(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country, e.modality)
            for e in events] == [("military", "deployment", "USA", None, "AUS", "planned")]


def test_a_place_named_as_the_island_or_city_of_is_where_the_talks_were():
    events = extract("Maduro and Lula met on the island of St Vincent on Monday.")
    assert {(e.event_type, e.place_country) for e in events if e.event_type == "meeting"} == {("meeting", "VCT")}
    events = extract("Erdogan and Aliyev held talks in the city of Baku on Monday.")
    assert {(e.event_type, e.place_country) for e in events if e.event_type == "meeting"} == {("meeting", "AZE")}


def test_an_undated_event_of_a_paragraph_telling_history_takes_its_date():
    text = ("The quarrel started in March 2016, when Ghana and Togo disputed a border post. "
            "Accra recalled its ambassador from Lome.\n\nKenya criticised Tanzania on Monday.")
    events = extract(text, date(2024, 5, 8))
    assert [(e.event_type, e.actor_country, str(e.date_start), e.date_precision) for e in events
            if e.event_type == "relations"] == [("relations", "GHA", "2016-03-01", "month")]


def test_a_date_inside_a_subordinate_phrase_is_not_carried():
    text = ("Opinion shifted after the invasion of Ukraine in February. "
            "Kenya criticised Tanzania over the border closure.")
    (statement,) = extract(text, date(2022, 5, 18))
    assert (str(statement.date_start), statement.date_basis) == ("2022-05-18", "published")


def test_a_month_of_last_year_is_that_month_not_the_whole_year():
    (statement,) = extract("In June last year, Kenya criticised Tanzania over the border closure.", date(2024, 3, 9))
    assert (str(statement.date_start), statement.date_precision) == ("2023-06-01", "month")


def test_a_statement_is_made_where_the_speaker_is_speaking():
    events = extract("Kenya's foreign minister, speaking in Accra, criticised Tanzania's decision to close the border.",
                     date(2024, 3, 9))
    assert _places(events, "statement") == {("criticism", "KEN", "TZA", "GHA")}
    events = extract("Tanzania's president criticised Kenya at a rally in Arusha.", date(2024, 3, 9))
    assert _places(events, "statement") == {("criticism", "TZA", "KEN", "TZA")}


@pytest.mark.parametrize(("sentence", "day", "modality"), [
    # A day told in the simple past that would fall after publication is last year's.
    ("Chile's president visited Lima on Nov. 17.", "2023-11-17", "asserted"),
    ("Chile's president met Peru's president on Dec. 1.", "2023-12-01", "asserted"),
    # "last year" after a day names the year; the present tense and "will" still plan.
    ("Chile's president visited Lima on Nov. 17 last year.", "2023-11-17", "asserted"),
    ("Chile's president will visit Lima on Nov. 17.", "2024-11-17", "planned"),
    ("Chile's president visits Lima on Nov. 17.", "2024-11-17", "planned"),
])
def test_a_day_told_in_the_past_is_not_in_the_future(sentence, day, modality):
    events = [e for e in extract(sentence, date(2024, 10, 7)) if e.event_type in ("visit", "meeting")]
    assert events and {(str(e.date_start), e.modality) for e in events} == {(day, modality)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # An event told at a gathering happened where the gathering was held ...
    ("EU foreign ministers meeting in Luxembourg imposed sanctions on Belarus.", {("sanction", "LUX")}),
    ("Kenya signed a security pact with Somalia, during a visit to Nairobi by the Somali president.",
     {("agreement", "KEN"), ("visit", "KEN")}),
    (("Peru's foreign minister will meet her Chilean counterpart, Alberto van Klaveren, on Friday "
      "on the sidelines of a regional forum in Quito."), {("meeting", "ECU"), ("visit", "ECU")}),
    # ... and one told in a where-clause, where the clause's place is.
    (("GENEVA, March 9 — Spain's foreign minister then went to Rabat, where he held talks with Morocco's "
      "prime minister on Monday."), {("visit", "MAR"), ("meeting", "MAR")}),
])
def test_an_event_at_a_gathering_is_held_where_the_gathering_is(sentence, expected):
    events = extract(sentence, date(2024, 3, 9))
    assert {(e.event_type, e.place_country) for e in events} == expected


def test_a_gathering_of_another_clause_or_time_is_not_the_scene():
    events = extract("Brazil's president said that the two leaders held a meeting in Lima in November.",
                     date(2024, 3, 9))
    assert all(e.place_country != "PER" for e in events if e.event_type == "statement")
    events = extract("Ghana criticised Togo days after a summit in Lome.", date(2024, 3, 9))
    assert {(e.event_type, e.place_country) for e in events} == {("statement", None)}


@pytest.mark.parametrize(("sentence", "kinds", "day"), [
    # The end of a span is not when the event began ...
    (("Chile's president, who arrived on Monday for a state visit lasting until Friday, was welcomed by Peru's "
      "president."), ("visit", "meeting"), "2024-10-07"),
    # ... and a possessive date belongs to its own noun, unless that noun is the event.
    ("Chile lifted its sanctions on Peru after last year's coup, at a regional summit on Tuesday.",
     ("sanction",), "2024-10-08"),
    ("Chile's president made last week's visit to Lima.", ("visit",), "2024-09-30"),
])
def test_a_date_that_ends_a_span_or_owns_another_noun_is_not_the_start(sentence, kinds, day):
    events = extract(sentence, date(2024, 10, 9))
    assert sorted(e.event_type for e in events) == sorted(kinds)
    assert {str(e.date_start) for e in events} == {day}


def test_a_month_named_in_a_sentence_not_about_the_future_is_behind_the_report():
    text = "Relations between Chile and Peru soured in January. Peru summoned Chile's ambassador."
    (statement,) = extract(text, date(2024, 10, 7))
    assert (statement.actor_country, str(statement.date_start), statement.date_precision) == ("PER", "2024-01-01", "month")


def test_the_date_of_a_since_clause_after_the_trigger_is_not_the_event_date():
    from dashboard.extract.date_roles import dates_other_thing
    from dashboard.extract.dates import SentenceDates

    text = ("Boric was in Lima on Wednesday, in his first known trip abroad since the Bolivian army launched its "
            "border offensive in February.")
    mentions = SentenceDates(text, date(2024, 12, 20), None, offset=100).past
    anchor = 100 + text.index("trip")
    assert [dates_other_thing(text, 100, m, anchor) for m in mentions] == [False, True]


def test_the_date_of_a_relative_clause_after_the_trigger_is_not_the_event_date():
    text = "Chile and Peru agreed to reopen their embassies, in line with the wishes of Peru's president, who took office on 3 May."
    (agreement,) = [e for e in extract(text, date(2024, 6, 12)) if e.event_type == "agreement"]
    assert (str(agreement.date_start), agreement.date_basis) == ("2024-06-12", "published")


def test_a_date_opening_the_sentence_dates_its_past_verb():
    text = "In December the Chilean government said it would not renew its fishing agreement with Peru."
    (agreement,) = extract(text, date(2024, 10, 7))
    assert (agreement.event_type, str(agreement.date_start), agreement.date_precision) == (
        "agreement", "2023-12-01", "month")


def test_a_sentence_in_the_present_perfect_is_not_in_the_year_of_the_one_before():
    text = ("Chile and Peru signed a fisheries accord in November 2016. The two navies have continued to share "
            "data under it, including after Bolivia test-fired a missile on Oct. 31.")
    events = extract(text, date(2019, 11, 22))
    assert {(e.event_type, str(e.date_start)) for e in events} == {
        ("agreement", "2016-11-01"), ("military", "2019-10-31")}


def test_talks_on_the_sidelines_of_a_gathering_are_held_where_it_is():
    events = extract("Kenya's foreign minister will meet his Ugandan counterpart, John Mulimba, on Friday "
                     "on the sidelines of a meeting of African Union trade ministers in Addis Ababa.")
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country, e.modality)
            for e in events if e.event_type == "meeting"} == {("meeting", "KEN", "UGA", "ETH", "planned")}


@pytest.mark.parametrize("sentence, expected", [
    # Small towns that host summits are places although no city list holds them.
    ("The Moroccan king attended the Al-Ula summit on Tuesday.", {("visit", "MAR", "SAU", "SAU")}),
    ("Germany's chancellor flew to Sharm el-Sheikh for the climate conference.", {("visit", "DEU", "EGY", "EGY")}),
    # A destination after "travelled to" is no subject of a verb joined to it.
    ("The French envoy travelled to Oman and Qatar in May, and attended the Al-Ula summit.",
     {("visit", "FRA", "OMN", "OMN"), ("visit", "FRA", "QAT", "QAT"), ("visit", "FRA", "SAU", "SAU")}),
])
def test_summit_towns_and_destinations_before_a_joined_verb(sentence, expected):
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country)
            for e in extract(sentence) if e.event_type in ("visit", "meeting")} == expected


@pytest.mark.parametrize("sentence", [
    "Poland expelled a Russian diplomat on Monday and summoned the Russian ambassador on Tuesday.",
    "The Polish president arrived in Kyiv on Monday and held talks with Volodymyr Zelensky on Tuesday.",
])
def test_each_coordinated_predicate_keeps_its_own_day(sentence):
    days = {(e.event_type, str(e.date_start)) for e in extract(sentence, date(2024, 6, 18))}
    assert {day for _, day in days} == {"2024-06-17", "2024-06-18"} and len(days) == 2


def test_a_single_day_before_the_second_predicate_dates_both():
    sentence = "The Polish president arrived in Kyiv on Monday and held talks with Volodymyr Zelensky."
    assert {str(e.date_start) for e in extract(sentence, date(2024, 6, 18))} == {"2024-06-17"}


@pytest.mark.parametrize("sentence, day", [
    ("Britain urged Iran to return to the talks next week.", "2024-06-19"),
    ("Britain on Tuesday urged Iran to return to the talks next week.", "2024-06-18"),
    ("France called on Russia to withdraw its troops by March 2025.", "2024-06-19"),
    ("China warned Japan not to repeat its mistakes of 2012.", "2024-06-19"),
])
def test_a_date_of_what_was_asked_does_not_date_the_asking(sentence, day):
    (statement,) = extract(sentence, date(2024, 6, 19))
    assert (str(statement.date_start), statement.modality) == (day, "asserted")


def test_an_emphatic_past_with_a_month_ahead_of_publication_is_last_year():
    sentence = "Maldivian President Mohamed Muizzu and Indian Prime Minister Narendra Modi did meet in Dubai on Dec. 1."
    (meeting,) = [e for e in extract(sentence, date(2024, 10, 7)) if e.event_type == "meeting"]
    assert (str(meeting.date_start), meeting.modality) == ("2023-12-01", "asserted")


def test_that_evening_points_back_to_the_day_the_paragraph_named():
    text = ("The crisis peaked last Wednesday, when a border post came under fire. "
            "Thailand said that evening that it was recalling its ambassador from Phnom Penh.")
    (recall,) = extract(text, date(2025, 7, 29))
    assert (recall.event_mode, recall.target_country, str(recall.date_start)) == ("recall", "KHM", "2025-07-23")


def test_a_city_named_like_a_country_does_not_take_its_place():
    # Armenia is also a Colombian city; "in Armenia" is the country
    (deployment,) = extract("Russia stationed troops in Armenia.")
    assert (deployment.event_mode, deployment.target_country, deployment.place_country) == ("deployment", "ARM", "ARM")



@pytest.mark.parametrize("text, events", [
    ("Macron, who landed late on Sunday, held talks with Kenyan President William Ruto.",
     {("meeting", "KEN", "2024-03-08")}),
    ("Ghana has recalled its envoy to Togo, accusing Lome of arming rebels who took a border town last week.",
     {("relations", "TGO", "2024-03-08"), ("statement", "TGO", "2024-03-08")}),
    ("Lula flew to Paris from Lisbon, where he addressed parliament on Monday.",  # he was in Lisbon on Monday
     {("visit", "FRA", "2024-03-08"), ("visit", "PRT", "2024-03-04")}),
    ("Xi flew on to Hanoi, where he arrived on Monday.", {("visit", "VNM", "2024-03-04")})])
def test_a_date_inside_a_relative_clause_dates_that_clause(text, events):
    found = extract(text, date(2024, 3, 8))
    assert {(e.event_type, e.target_country, str(e.date_start)) for e in found} == events


@pytest.mark.parametrize("text", [
    "Australian Prime Minister John Howard criticised China at a news conference in Jakarta.",
    "Australian Prime Minister John Howard criticised China at a joint press conference in Jakarta.",
    "Australian Prime Minister John Howard told a news conference in Jakarta that China had broken its word.",
])
def test_a_statement_at_a_news_conference_is_placed_where_the_conference_is(text):
    events = [e for e in extract(text, date(2008, 3, 4)) if e.event_type == "statement"]
    assert [(e.actor_country, e.target_country, e.place_country) for e in events] == [("AUS", "CHN", "IDN")]
