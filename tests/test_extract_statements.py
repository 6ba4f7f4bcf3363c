"""Statements and sanctions out of short sentences written for these tests: verb classes,
reported speech and modes. Whom a statement is aimed at: test_extract_statement_targets.py."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements, triples


@pytest.mark.parametrize("text, expected", [
    # A judging clause about "it" or "the test" is aimed at whoever carried out the latest event.
    ("Iran tested a long-range rocket on Sunday. Germany said it was reckless.",
     {("criticism", "DEU", "IRN", "negative")}),
    ("Iran tested a long-range rocket on Sunday. Berlin said the test was illegal.",
     {("criticism", "DEU", "IRN", "negative")}),
    ("Chile and Peru held talks in Lima. The Bolivian minister said the talks were constructive.",
     {("praise", "BOL", "CHL", "positive"), ("praise", "BOL", "PER", "positive")}),
    # "it" of a feeling is the speaker; a clause naming someone is about them, not the event.
    ("Iran tested a long-range rocket on Sunday. Germany said it was concerned.", set()),
    ("Iran tested a rocket on Sunday. Germany said it was unacceptable to see Brazil cheer.", set()),
    # A day's possessive stands for "the": "Friday's decision" is the latest act.
    ("Chile lifted its tariffs on Peru on Friday. Brazil welcomed Friday's decision.",
     {("praise", "BRA", "CHL", "positive")}),
    ("The EU imposed sanctions on Iran. Canada and Norway welcomed the measures.",
     {("praise", "CAN", "EUU", "positive"), ("praise", "NOR", "EUU", "positive")}),
    # Nothing told before to point back at: no statement.
    ("Berlin said the decision was wrong.", set()),
])
def test_a_judging_reported_clause_points_back_at_the_latest_event(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "X said ... and lodged a protest": a second predicate after "and" is the speaker's.
    ("Norway said two drones crossed its border and lodged a protest with Moscow.",
     {("criticism", "NOR", "RUS", "negative")}),
    # An actor inside the reported clause is the subject of what it coordinates.
    ("Seoul said Pyongyang had fired a rocket and threatened Japan.",
     {("accusation", "KOR", "PRK", "negative"), ("threat", "PRK", "JPN", "negative")}),
    # An actor naming a thing ("the Swiss tariffs") or inside a phrase ("by Oslo") is no subject.
    ("Brazil said the EU quotas were unfair and urged Brussels to drop them.",
     {("appeal", "BRA", "EUU", "negative")}),  # the merged comment's tone: "unfair"
    ("Brazil said the tariffs by Norway were unfair and urged Oslo to drop them.",
     {("appeal", "BRA", "NOR", "neutral")}),
])
def test_a_second_predicate_after_a_reported_clause(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A denial or a demand joined to a judgement in one sentence is a statement of its own.
    ("Peru called Chile's expulsion of its envoy hasty and denied any role in the protests.",
     {("criticism", "PER", "CHL", "negative"), ("denial", "PER", "CHL", "negative")}),
    ("Chile criticised the Peruvian decision and demanded that Lima reverse it.",
     {("criticism", "CHL", "PER", "negative"), ("demand", "CHL", "PER", "negative")}),
    # Two judgements stay one utterance; an appeal after a judgement is an act of its own.
    ("Chile criticised the Peruvian decision and called it a mistake.", {("criticism", "CHL", "PER", "negative")}),
    ("Chile criticised the Peruvian decision and urged Lima to reverse it.",
     {("criticism", "CHL", "PER", "negative"), ("appeal", "CHL", "PER", "neutral")}),
])
def test_a_denial_or_demand_in_a_sentence_with_another_statement(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # Blaming something on a country accuses that country.
    ("The fire, which Serbia blamed on Kosovo, destroyed a depot.", {("accusation", "SRB", "XKX", "negative")}),
    ("Peru blamed the blackout on a Chilean cyberattack.", {("accusation", "PER", "CHL", "negative")}),
    # An arrest warrant issued for a leader accuses the leader's country.
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin.",
     {("accusation", "ICC", "RUS", "negative")}),
    ("The ICC issued a warrant for the arrest of Benjamin Netanyahu.", {("accusation", "ICC", "ISR", "negative")}),
])
def test_blame_on_and_arrest_warrants_are_accusations(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


def test_sanctions_on_companies_of_no_named_country_hit_the_country_sanctioned_before():
    events = extract("Canada imposed sanctions on three Iranian banks on Monday. Australia announced sanctions "
                     "against Sepah Holdings and Parsian Trading. Norway froze the assets of two officials.",
                     date(2024, 3, 4))
    assert {(e.event_mode, e.actor_country, e.target_country) for e in events if e.event_type == "sanction"} == {
        ("impose", "CAN", "IRN"), ("impose", "AUS", "IRN"), ("impose", "NOR", "IRN")}
    # a bare mention with nobody acting ("UN sanctions that ban ...") is no new measure
    events = extract("Canada imposed sanctions on three Iranian banks. UN sanctions ban arms sales.", date(2024, 3, 4))
    assert {(e.actor_country, e.target_country) for e in events if e.event_type == "sanction"} == {("CAN", "IRN")}


@pytest.mark.parametrize("text, expected", [
    # Calling or describing something as useful or a breakthrough praises it (or whoever did it).
    ("Chile and Peru held talks in Lima. The Bolivian minister described the talks as fruitful.",
     {("praise", "BOL", "CHL", "positive"), ("praise", "BOL", "PER", "positive")}),
    ("The Hungarian prime minister called Serbia a reliable partner.", {("praise", "HUN", "SRB", "positive")}),
    ("Chile and Peru signed a water treaty in Lima. Argentina said the treaty was a milestone.",
     {("praise", "ARG", "CHL", "positive"), ("praise", "ARG", "PER", "positive")}),
    # "called" with no word of praise or blame in its object says nothing.
    ("The Hungarian prime minister called Serbia on Monday.", set()),
])
def test_calling_something_a_success_is_praise(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "said he believed X ...": the speaker again, then the clause about X.
    ("The Chilean president said he believed Peru wanted the border talks to go on.",
     {("comment", "CHL", "PER", "neutral")}),
    # "said he and X agreed ...": the speaker and a partner, as before.
    ("The Chilean president said he and Peru's leader agreed that the raid was illegal.",
     {("criticism", "CHL", "PER", "negative")}),
])
def test_the_speaker_believing_something_about_another_country(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


def test_two_statements_of_one_speaker_to_one_country_in_one_sentence_are_one():
    events = extract("Chile called Peru's raid a provocation and said it was unacceptable.", date(2024, 3, 4))
    assert statements(events) == {("criticism", "CHL", "PER", "negative")}
    # but an appeal after a judgement is a second act
    events = extract("Chile criticised Peru over the raid and called on Lima to free the fishermen.", date(2024, 3, 4))
    assert statements(events) == {("criticism", "CHL", "PER", "negative"), ("appeal", "CHL", "PER", "neutral")}
    events = extract("Chile praised Bolivia and criticised Peru.", date(2024, 3, 4))
    assert statements(events) == {("praise", "CHL", "BOL", "positive"), ("criticism", "CHL", "PER", "negative")}


@pytest.mark.parametrize("text, expected", [
    # "suggested", "reiterated", "stressed" report a clause as "said" does.
    ("The Chilean president suggested that Peru should soften its approach.", {("appeal", "CHL", "PER", "neutral")}),
    ("Chile reiterated that Bolivia had violated the border.", {("criticism", "CHL", "BOL", "negative")}),
])
def test_more_verbs_that_report_a_clause(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # ", saying ..." gives the reason for the main clause's act: aimed at whom that act was
    # (the reason for a punishment is a reproach).
    ("Chile expelled two Peruvian diplomats, saying their work ran against national security.",
     {("criticism", "CHL", "PER", "negative")}),
    # nobody acted on in the main clause: no statement
    ("Chile held elections on Sunday, saying their work ran against national security.", set()),
])
def test_a_participle_of_speech_explains_the_main_act(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry "in" a capital is that capital's country's; a high commissioner is an envoy
    ("The foreign ministry in Nairobi summoned the Ugandan High Commissioner.",
     {("criticism", "KEN", "UGA", "negative")}),
    ("The government in Lima condemned Chile.", {("criticism", "PER", "CHL", "negative")}),
    # an embassy in a capital is another country's: no speaker known
    ("The embassy in Lima condemned Chile.", set()),
    ("The Treasury condemned Venezuela.", {("criticism", "USA", "VEN", "negative")}),
])
def test_bodies_named_by_their_seat(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A warning of what the speaker will do is a threat, not concern.
    ("Bolivia warned that Peruvian vessels in its waters would be legitimate targets.",
     {("threat", "BOL", "PER", "negative")}),
    # Another side that "should" or "must" act: an appeal to it.
    ("The Chilean minister said Peru should withdraw its claim.", {("appeal", "CHL", "PER", "neutral")}),
    # The speaker's own side "must": its own resolve, no appeal.
    ("The Chilean minister said Chile must defend its claim.", set()),
    # A more telling word after the modal wins.
    ("Lima said Peru and Chile should stand together.", {("support", "PER", "CHL", "positive")}),
    ("The Chilean minister said Chile would not accept the Peruvian claim.",
     {("rejection", "CHL", "PER", "negative")}),
])
def test_the_reported_clause_gives_the_statement_its_mode(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A word of cooperation in the reported clause makes a comment positive, unless negated.
    ("The Chilean minister told Peru that the two sides had made progress on the border.",
     {("comment", "CHL", "PER", "positive")}),
    ("The Chilean minister told Peru that Santiago was open to a diplomatic solution.",
     {("comment", "CHL", "PER", "positive")}),
    ("The Chilean minister told Peru that the two sides had not made progress on the border.",
     {("comment", "CHL", "PER", "negative")}),  # not cooperative; "not ... progress" reads negative
    ("The Chilean minister told Peru that its citizens could keep entering without visas.",
     {("comment", "CHL", "PER", "positive")}),
])
def test_a_cooperative_reported_clause_is_a_positive_comment(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A naming participle judges the main clause's act: aimed where that act was aimed ...
    ("Peru held naval drills near Chile on Monday, calling them punishment for smugglers.",
     {("criticism", "PER", "CHL", "negative")}),
    # ... else at the other side of the speaker's latest dealings.
    (("Chile broke off relations with Peru on Monday. The Chilean president announced the rupture, "
      "calling the seizure a flagrant violation of international law."),
     {("criticism", "CHL", "PER", "negative")}),
    # No act and no dealings told: no statement.
    ("The Chilean president spoke on Monday, calling the seizure a flagrant violation.", set()),
])
def test_a_naming_participle_judges_the_main_clause_act(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "refused to condemn": the withheld statement, negated, with its own stance; not a rejection.
    ("Ghana has refused to condemn Mali's coup leaders.", {("criticism", "GHA", "MLI", "negative")}),
    ("Brazil declined to endorse the Chinese plan.", {("support", "BRA", "CHN", "positive")}),
])
def test_a_refused_statement_is_that_statement_negated(text, expected):
    events = [e for e in extract(text, date(2024, 3, 4)) if e.event_type == "statement"]
    assert statements(events) == expected
    assert {e.modality for e in events} == {"negated"}


def test_issues_of_common_concern_are_a_topic_not_a_statement():
    text = ("Peru and Chile held talks in Lima on Tuesday. "
            "The two sides discussed trade and regional issues of common concern.")
    assert statements(extract(text, date(2024, 3, 4))) == set()


@pytest.mark.parametrize("text", [
    "Chile said Peru's remarks were interference in its internal affairs.",
    "Chile told Peru that its stance showed double standards.",
    "Chile told Peru that it was turning a blind eye to the smuggling.",
])
def test_words_of_reproach_in_a_reported_clause_make_criticism(text):
    assert statements(extract(text, date(2024, 3, 4))) == {("criticism", "CHL", "PER", "negative")}


@pytest.mark.parametrize("text, expected", [
    # The reason given for a punishment is a reproach; for lifting one it is no reproach.
    ("Chile imposed sanctions on two Peruvian banks, saying their profits helped finance the smuggling.",
     {("criticism", "CHL", "PER", "negative")}),
    ("Chile expelled four Peruvian diplomats, saying their work ran against Chilean interests.",
     {("criticism", "CHL", "PER", "negative")}),
    ("Chile lifted sanctions on two Peruvian banks, saying relations had improved.",
     {("comment", "CHL", "PER", "positive")}),  # no reproach; "improved" gives a warm tone
])
def test_the_reason_given_for_a_punishment_is_a_reproach(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # An act answered in kind by its target: "the decision" judged is the first one.
    (("Fiji said it would cut diplomatic ties with Chile. Chile said it was ending relations with Fiji. "
      "Peru welcomed the decision."), {("praise", "PER", "FJI", "positive")}),
    (("Chile expelled six Peruvian diplomats on Monday. Peru expelled six Chilean diplomats in response. "
      "Bolivia condemned the move."), {("criticism", "BOL", "CHL", "negative")}),
    # No answer in kind: the latest act.
    ("Chile expelled six Peruvian diplomats on Monday. Bolivia condemned the move.",
     {("criticism", "BOL", "CHL", "negative")}),
])
def test_a_judged_decision_answered_in_kind_is_the_first_one(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # Gratitude owed by the other side is a reproach; gratitude felt is praise, not criticism.
    ("Chile told Peru it should be more grateful for Chilean aid.", {("criticism", "CHL", "PER", "negative")}),
    ("Chile said Peru must be more thankful for the help.", {("criticism", "CHL", "PER", "negative")}),
    ("Chile told Peru it was grateful for the help.", {("praise", "CHL", "PER", "positive")}),
])
def test_gratitude_owed_by_the_hearer_is_criticism(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # The doer of a judged act named inside the object: after "by", or after "of" for nouns
    # whose "of" names the doer (actions, role, decision).
    ("Vietnam protested the actions of Chinese survey ships.", {("criticism", "VNM", "CHN", "negative")}),
    ("Chile criticised the expulsion of its diplomats by Peru.", {("criticism", "CHL", "PER", "negative")}),
    ("Ghana praised the role of Nigerian mediators.", {("praise", "GHA", "NGA", "positive")}),
    ("Chile criticised the expulsion of its diplomats.", set()),
    # New verbs of censure; a charge rejected is aimed at its maker named after "by".
    ("Hanoi lashed out at Beijing over the survey ship.", {("criticism", "VNM", "CHN", "negative")}),
    ("Iran rejected the accusations by Bahrain.", {("rejection", "IRN", "BHR", "negative"), ("accusation", "BHR", "IRN", "negative")}),
])
def test_the_doer_inside_the_object_and_more_verbs_of_censure(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


def test_an_actor_after_a_gerund_is_no_subject_of_a_later_verb():
    # "of luring Kiribati ... and said": the minister said it, not Kiribati.
    events = extract("Foreign Minister Joseph Wu accused Beijing of luring Tuvalu with loans and said "
                     "Taipei had refused a request for money.", date(2019, 9, 20))
    assert {(e.event_mode, e.actor_country, e.target_country) for e in events} == {("accusation", "TWN", "CHN")}


@pytest.mark.parametrize("text, expected", [
    # "called X a crime / a stab in the back / courageous": more words of judgement after "called"
    ("Oslo expelled two Iranian envoys. Tehran called it a stab in the back.",
     {("criticism", "IRN", "NOR", "negative")}),
    ("Moscow called the Estonian decision an unpardonable crime.", {("criticism", "RUS", "EST", "negative")}),
    ("Chile called the Peruvian move a courageous first step.", {("praise", "CHL", "PER", "positive")}),
    # "the Russian ministry" with no "foreign": a ministry of that country speaks
    ("The Polish ministry called the Belarusian step hostile.", {("criticism", "POL", "BLR", "negative")}),
])
def test_more_words_of_judgement_and_a_ministry_of_a_country(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # a government warning or urging its people is no statement aimed at a country
    ("Seoul warned people on Jeju island to stay indoors on Friday.", set()),
    ("Officials issued alerts urging residents to seek shelter.", set()),
    ("Seoul warned Pyongyang against further launches.", {("threat", "KOR", "PRK", "negative")}),
])
def test_warnings_to_the_public_are_no_statements(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # an apology offered is aimed at whom it is made to
    ("Chile's foreign ministry offered an apology to Peru over the incident.",
     {("sympathy", "CHL", "PER", "positive")}),
    ("Kenya insists that Uganda broke the deal.", {("comment", "KEN", "UGA", "negative")}),  # "broke"
])
def test_apologies_and_insists(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # an actor after a past-tense verb no row knows is its object, not the subject of the verb
    # that "and" joins to it
    ("The row that followed the vote unsettled the European Union and threatened to derail the summit.", set()),
    ("The dispute angered Germany and threatened to sink the talks.", set()),
    ("Poland irritated Germany and threatened to veto Germany's budget.", {("threat", "POL", "DEU", "negative")}),
])
def test_object_of_an_unknown_verb_is_no_speaker(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # congratulating is praise of whom it congratulates; holding back from it is not doing it
    ("Modi congratulated Sri Lanka's new president on his victory.", {("praise", "IND", "LKA", "positive")}),
    ("Xi sent congratulations to Vietnam's new leader.", {("praise", "CHN", "VNM", "positive")}),
])
def test_congratulations_are_praise(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text", ["Brazil held back from congratulating Maduro.",
                                  "Germany stopped short of condemning Israel.",
                                  "Japan refrained from criticising China."])
def test_holding_back_from_an_act_negates_it(text):
    assert {e.modality for e in extract(text, date(2024, 3, 4)) if e.event_type == "statement"} == {"negated"}


@pytest.mark.parametrize("text, expected", [
    # more words of reproach, after "called" and in a reported clause
    ("Chile called the Peruvian decision short-sighted and hasty.", {("criticism", "CHL", "PER", "negative")}),
    ("Quito called the Colombian minister's remarks slanderous.", {("criticism", "ECU", "COL", "negative")}),
    ("Chile expelled two Peruvian envoys. Lima said the step was hostile and groundless.",
     {("criticism", "PER", "CHL", "negative")}),
])
def test_words_of_reproach_hasty_slanderous_hostile(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # protests lodged or filed with a government, plural too, and complaints against one
    ("Lima lodged protests with Santiago and Quito.",
     {("criticism", "PER", "CHL", "negative"), ("criticism", "PER", "ECU", "negative")}),
    ("The Chilean foreign ministry filed diplomatic protests with Peru.", {("criticism", "CHL", "PER", "negative")}),
    ("Chile filed a formal complaint against Peru at the World Trade Organization.",
     {("criticism", "CHL", "PER", "negative")}),
    # plural protests drawn from others are street or party protests, not a government's
    ("The Peruvian visit drew protests from opposition parties in Santiago.", set()),
])
def test_protests_lodged_with_and_complaints_against(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "the incident", "the incursion" point back at the latest act, as "the move" does
    ("Peruvian troops crossed into Chilean territory on Monday. Santiago called the incident a grave provocation.",
     {("criticism", "CHL", "PER", "negative")}),
    ("Peru sent warships into Chilean waters on Monday. Chile condemned the incursion.",
     {("criticism", "CHL", "PER", "negative")}),
])
def test_the_incident_points_back_at_the_latest_act(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Chinese foreign ministry chided Japan for its remarks.", ("criticism", "CHN", "JPN")),
    ("Russia scolded Poland on Friday.", ("criticism", "RUS", "POL")),
    ("China objected to a statement by the European Union.", ("criticism", "CHN", "EUU")),
    ("Brazil's president took a swipe at the United States.", ("criticism", "BRA", "USA")),
    ("Moscow took issue with Finland's decision.", ("criticism", "RUS", "FIN")),
    ("Japan delivered a protest note to China.", ("criticism", "JPN", "CHN")),
    ("Japan registered a protest with China.", ("criticism", "JPN", "CHN")),
    ("Iran pointed the finger at Israel over the blast.", ("accusation", "IRN", "ISR")),
    ("The Indian prime minister extolled Japan as a reliable partner.", ("praise", "IND", "JPN")),
    ("Biden paid tribute to Ukraine on Monday.", ("praise", "USA", "UKR")),
    ("Hungary sided with Russia in the vote.", ("support", "HUN", "RUS")),
    ("Germany threw its weight behind France.", ("support", "DEU", "FRA")),
    ("Seoul brushed aside the North Korean offer.", ("rejection", "KOR", "PRK")),
    ("Beijing spurned the American proposal.", ("rejection", "CHN", "USA")),
    ("Tokyo refuted China's claims.", ("denial", "JPN", "CHN")),
    ("Ukraine pleaded with Germany to send tanks.", ("appeal", "UKR", "DEU")),
    ("The United States encouraged Serbia to resume talks.", ("appeal", "USA", "SRB")),
    ("Washington cautioned Beijing against any attack on Taiwan.", ("threat", "USA", "CHN")),
])
def test_more_verbs_of_blame_praise_and_refusal(sentence, expected):
    mode, actor, target = expected
    assert triples(extract(sentence)) == {("statement", mode, actor, target, "asserted")}


def _rows(text):
    return sorted((e.event_mode, e.actor_country, e.target_country, e.actor)
                  for e in extract(text, date(2024, 3, 4)) if e.event_type == "statement")


def test_each_named_speaker_makes_a_statement_of_their_own():
    # one per speaker; the same speaker again is the same statement
    text = ("Chile summoned Peru's ambassador on Monday. Chilean foreign ministry spokeswoman Ana Rojas "
            "called the episode a grave provocation. Later, Rojas called the episode unacceptable.")
    assert _rows(text) == [("criticism", "CHL", "PER", "Ana Rojas"), ("criticism", "CHL", "PER", "Chile")]


@pytest.mark.parametrize("text, expected", [
    # A judgement of an act no rule read is aimed at the speaker's other side in the latest event.
    ("Peru expelled two Chilean diplomats. Chile called the strike a violation of its sovereignty.",
     {("criticism", "CHL", "PER", "negative")}),
    # An onlooker is no side of that event: no target, no statement.
    ("Chile summoned Peru's ambassador on Monday. Ecuador condemned the incident.",
     {("criticism", "CHL", "PER", "negative")}),
])
def test_a_judged_act_no_rule_read_points_at_the_latest_other_side(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # Judging words in a reported clause give the statement its mode and a negative stance.
    ("Chile's foreign ministry said Peru's aggressive naval patrols had raised tension.",
     {("criticism", "CHL", "PER", "negative")}),
    ("A Chilean spokesman said Peru had failed to honour the fishing accord.",
     {("accusation", "CHL", "PER", "negative")}),
])
def test_judging_words_of_a_reported_clause_set_its_tone(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # The speaker's own country named beside another: a remark about both, aimed at neither ...
    ("During the call, Boric said Chile and Peru are close partners bound by the Andes.", set()),
    ("Lima and Santiago's envoys said on Monday that Chilean and Bolivian officials would meet in La Paz.", set()),
    # ... but another country alone is still the aim, and "the two countries" keeps its remark.
    ("Boric said Peru is a close partner bound by the Andes.", {("comment", "CHL", "PER", "neutral")}),
])
def test_the_speakers_own_country_beside_another_is_aimed_at_neither(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Congolese army fought rebels backed by Rwanda near Goma on Sunday.", set()),
    ("Lithuania and other states threatened by Russia asked NATO for more troops.",
     {("appeal", "LTU", "NTO", "neutral")}),
    ("Kyiv accused the militias believed to be backed by Moscow of shelling the town.",
     {("accusation", "UKR", "RUS", "negative")}),  # no backing statement; the accusation, by elimination
])
def test_backing_or_a_threat_told_as_a_description_is_no_statement(text, expected):
    assert statements(extract(text)) == expected


def test_backing_said_in_the_active_voice_stays_a_statement():
    assert statements(extract("Germany backed Poland's bid on Monday.")) == {("support", "DEU", "POL", "positive")}


@pytest.mark.parametrize("text, place", [
    # a side's word of the day, in a report filed from its own country, is said at home
    ("NAIROBI, May 2 - Kenya's government condemned Sudan's army on Thursday.", "KEN"),
    ("NAIROBI: Kenya said on Wednesday it condemned Sudan's army for the attacks.", "KEN"),
    # a word from weeks before is not placed by the dateline
    ("NAIROBI, May 2 - Kenya's government condemned Sudan's army on April 3.", None),
])
def test_a_remark_reported_from_the_speakers_own_country_is_made_there(text, place):
    (statement,) = [e for e in extract(text, date(2024, 5, 2)) if e.event_type == "statement"]
    assert (statement.actor_country, statement.target_country, statement.place_country) == ("KEN", "SDN", place)


@pytest.mark.parametrize("text, expected", [
    # "a welcome", "an elaborate welcome": the host's reception, no praise by the guest
    ("The Kenyan president arrived in Lima on Monday to an elaborate welcome.",
     {("visit", "KEN", "PER")}),
    ("The Kenyan president landed in Lima to a welcome from Peru's foreign minister.",
     {("visit", "KEN", "PER")}),
    # the verb still praises
    ("The Kenyan president arrived in Lima on Monday and welcomed Peru's offer of talks.",
     {("visit", "KEN", "PER"), ("statement", "KEN", "PER")}),
])
def test_a_welcome_after_a_or_an_is_a_reception_not_praise(text, expected):
    assert {(e.event_type, e.actor_country, e.target_country) for e in extract(text, date(2024, 3, 4))} == expected
