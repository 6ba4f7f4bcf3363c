"""Closed-class English words the frame finder leans on: boundaries, prepositions, auxiliaries."""

from typing import Final

CLAUSE_WORDS: Final = frozenset("while whereas although though but because if unless since when as "
                                "whether so yet however".split())
# Clause words after which "they" or "it" is the main clause's subject again ("since they signed").
TIME_CLAUSE_WORDS: Final = frozenset({"since", "after", "before", "when", "until"})
RELATIVE_PRONOUNS: Final = frozenset("who which that whom whose where".split())
# Prepositions after which a country or city is a place, not an actor.
PLACE_PREPS: Final = frozenset("in at near across throughout inside within beyond outside around "
                               "into over via toward towards".split())
BOUNDARY_PUNCT: Final = frozenset(";:()[]\"")
BE_FORMS: Final = frozenset("is are was were be been being".split())
VERB_PRECEDERS: Final = frozenset("to will would could should may might must can did does do also then "
                                  "later recently never who which that not n't has have had they he she "
                                  "we i it just reportedly again finally already jointly".split())
NOUN_PRECEDERS: Final = frozenset("a an the this that these those his her its their our first second "
                                  "third last next recent historic surprise planned upcoming latest "
                                  "previous earlier whose planned proposed possible potential "
                                  "expected reported official state working rare brief".split())
PREPOSITIONS: Final = frozenset("of with to for against on in at by from between about over among "
                                "toward towards into onto than like including via despite amid amidst "
                                "after before during under around near across through beyond inside along alongside within off".split())
# Prepositions before which a bare verb form is a noun: "advised against travel to Tunisia",
# "a ban on travel to Iran", "calls for talks" ("to", "after", "by" take verbs and participles).
NOUN_USE_PREPOSITIONS: Final = frozenset("against on of about for".split())
# ... and the words of travel advice before it: "urged citizens to avoid travel to Turkey", "non-essential travel".
NOUN_USE_WORDS: Final = NOUN_USE_PREPOSITIONS | frozenset({"avoid", "avoiding", "ban", "banned", "restrict", "restricted",
                                                          "non-essential", "nonessential", "unnecessary"})
# Nouns a verb-only trigger may modify, then no act of its own: "travel sanctions", "travel restrictions".
MODIFIED_BY_VERB: Final = frozenset({"sanctions", "restrictions", "curbs", "advisory", "advisories", "warning",
                                     "warnings", "documents", "permits", "insurance", "agency", "agencies"})
COORDINATORS: Final = frozenset({"and", ",", "&"})
# A reported clause has its own subject: "Hayashi said the launch threatened Japan". Not
# "states" nor "notes": far more often nouns ("Gulf states", "diplomatic notes").
REPORTING_VERBS: Final = frozenset("said says say told tells added adds noted stated argued "
                                   "insisted insists announced announces declared declares saying announcing "
                                   "adding noting declaring confirmed confirms".split())
# "the decision to host Putin": the decision's owner, if named, is who acts.
CONTROL_NOUNS: Final = frozenset("decision plan plans bid move attempt attempts invitation offer effort "
                                 "efforts refusal readiness willingness intention proposal push call "
                                 "calls pledge promise threat threats request".split())
CLAUSE_VERBS: Final = frozenset("said says say told announced added noted stated is are was were has have had "
                                "will would could should can may might did does do also".split())
# Verbs whose object is the one who acts next: "warned Beijing against supplying",
# "accused Pyongyang of supplying", "urged Israel to show restraint".
CONTROL_MODES: Final = {"accusation": "alleged", "threat": "hypothetical", "concern": "hypothetical",
                        "appeal": "hypothetical", "demand": "hypothetical", "criticism": "asserted",
                        "praise": "asserted", "support": "asserted"}
# Prepositions of the scene ("in Beijing", "on Friday") that may come before a verb's object.
SCENE_PREPS: Final = frozenset({"in", "at", "on"})
LIST_WORDS: Final = frozenset({"like", "including", "notably", "especially", "as"})
IRREGULAR_PARTICIPLES: Final = frozenset("met held sent sold given shut cut struck made drawn brought "
                                         "seen taken led won hit set put laid paid kept left told".split())
# "welcomed the decision", "condemned the move": nouns that point back at the latest event.
EVENT_REFERENCES: Final = frozenset({"move", "moves", "decision", "decisions", "step", "steps", "vote",
                                     "announcement", "ruling", "application", "applications", "test", "tests",
                                     "measures", "action", "order", "incident", "episode", "incursion", "intrusion",
                                     "outcome", "signature", "findings", "verdict"})
# Nouns for something said, whose referent may be a statement too: "welcomed the letter".
SAYING_REFERENCES: Final = frozenset({"letter", "recognition", "remarks", "comments", "statement", "speech", "message"})
# What may follow a verb with its object left out: "Finland joined in April", "applied together last year".
OBJECTLESS_ADVERBS: Final = frozenset({"together", "jointly", "formally", "officially", "first", "eventually", "finally"})
TIME_WORDS: Final = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                               "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                               "friday", "saturday", "sunday", "last", "this", "earlier", "later", "yesterday", "today"})
# "said he believed Putin wanted the deal": the speaker again, then what the speaker thinks.
SPEAKER_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "it"})
# Possessive pronouns of a third party: "its neighbour", "her tour".
POSSESSIVE_PRONOUNS: Final = frozenset({"its", "his", "her", "their"})
BELIEF_VERBS: Final = frozenset({"believed", "believes", "thought", "thinks", "hoped", "hopes", "expected", "expects",
                                 "feared", "fears", "trusted", "trusts", "doubted", "doubts", "suspected", "suspects",
                                 "understood"})
# "should be more grateful": thanks owed and not given is a reproach, not praise.
GRATITUDE_WORDS: Final = frozenset({"grateful", "gratitude", "thankful", "appreciative"})
# Counts between a verb and its object: "expelled ten American diplomats", "bar 8 officials".
QUANTITY_WORDS: Final = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                   "eleven", "twelve", "fifteen", "twenty", "dozens", "several", "some"})
# Shares of a country before "of X", read through to X as a direct object: "occupied 20 percent of X".
SHARES: Final = frozenset({"percent", "%", "part", "parts", "half", "third", "quarter", "much", "most",
                           "swathes", "territory"})
