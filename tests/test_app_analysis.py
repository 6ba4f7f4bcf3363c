"""The country profile, relations and trips pages through the real app."""

from __future__ import annotations

from dashboard import analysis, queries
from dashboard.filters import EventFilter
from tests.conftest import open_page


def test_the_profile_opens_on_the_country_in_the_link(app, corpus_store):
    app.query_params["code"] = "PRK"
    open_page(app, "dashboard/pages/country.py")
    assert app.selectbox(key="profile_code").value == "PRK"
    metrics = {metric.label: metric.value for metric in app.metric}
    summary = analysis.country_summary(corpus_store, "PRK", EventFilter(countries=("PRK",)))
    assert metrics["Visits made"] == f"{summary['visits_made']:,}"
    assert metrics["Visits received"] == f"{summary['visits_received']:,}"


def test_the_profile_opens_on_the_country_in_the_most_events(app, corpus_store):
    # with no country in the link or the sidebar: the busiest, not the first code of the alphabet
    open_page(app, "dashboard/pages/country.py")
    assert queries.countries_by_activity(corpus_store)[0] == "USA"
    assert app.selectbox(key="profile_code").value == "USA"


def test_the_profile_button_filters_the_whole_app(app):
    app.query_params["code"] = "PRK"
    open_page(app, "dashboard/pages/country.py")
    app.button(key="profile_filter").click().run()
    assert app.title[0].value == "Events"
    assert app.sidebar.multiselect(key="f_countries").value == ["PRK"]


def test_relations_follow_a_pair_filter(app, corpus_store):
    app.query_params["country"] = ["PRK", "RUS"]
    app.query_params["role"] = "pair"
    open_page(app, "dashboard/pages/relations.py")
    assert "North Korea – Russia" in [s.value for s in app.subheader]
    table = app.dataframe[1].value
    expected = analysis.pair_events(corpus_store, "PRK", "RUS", EventFilter(countries=("PRK", "RUS"), role="pair"))
    assert sorted(table.event_type) == sorted(expected.event_type) and len(table) > 0


def test_trips_lists_the_trips_of_the_selection(app, corpus_store):
    app.query_params["country"] = "RUS"
    app.query_params["role"] = "actor"
    open_page(app, "dashboard/pages/trips.py")
    expected = analysis.trips(corpus_store, EventFilter(countries=("RUS",), role="actor"))
    assert app.multiselect(key="trips_shown").options == list(dict.fromkeys(expected.trip))
