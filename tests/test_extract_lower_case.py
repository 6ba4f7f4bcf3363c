"""The shared lower-case memo gives exactly str.lower() whatever order texts come in."""

from dashboard.extract.lower_case import lower_case


def test_alternating_and_repeated_texts_each_get_their_own_lower_case():
    texts = ["Paris Said", "BERLIN warned", "Paris Said", "Rome", "BERLIN warned", "Rome", "Rome"]
    assert [lower_case(t) for t in texts] == [t.lower() for t in texts]

