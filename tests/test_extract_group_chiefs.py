"""A person who held a national office and later led a group, introduced as the group's head
("NATO chief X") on a page with no date: the group's, not their old country's."""

from __future__ import annotations

from dashboard.extract.pipeline import extract_events


def _said(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.event_type, e.actor_country, e.target_country) for e in extract_events(text, None)}


def test_a_group_chief_on_an_undated_page_is_the_groups() -> None:
    assert _said("NATO chief Jens Stoltenberg criticised Russia for the strikes.") == {("statement", "NTO", "RUS")}


def test_a_group_chief_as_the_object_is_the_groups_too() -> None:
    assert _said("Japan's foreign minister criticised NATO chief Jens Stoltenberg over the plan.") == {("statement", "JPN", "NTO")}
