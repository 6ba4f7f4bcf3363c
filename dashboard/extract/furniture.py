"""The lines of a published page that are not the story, blanked out before extraction.

Wire copy, web pages, releases and live blogs carry bylines, credit and copyright lines,
captions with photo credits, widgets ("Share", "Advertisement"), headlines of other stories
("Read more: ..."), breadcrumbs, timestamps and media-contact blocks. A related headline or a
file-photo caption is another event; a credit "Reporting by X in Moscow" is a place. Each
such line is replaced by spaces, so every character offset of the article stays valid. A last
sentence cut off right after its verb of speech goes too (cut_speech.py).

Patterns are anchored to whole lines and strict: "By contrast, ...", "Related talks ...",
"Share prices ..." and "Photographs showed ..." are story sentences and stay.
"""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.cut_speech import without_cut_speech

_NAME: Final = r"[A-Z][\w.'\u2019-]+(?: (?:[A-Z][\w.'\u2019-]+|de|van|von|al|bin|el|da|di|la|le))*"
_NAMES: Final = rf"{_NAME}(?:(?:,| and|, and|,? &) {_NAME})*"
# Names in a byline, each perhaps with its city: "Jane Doe in Beijing and John Roe in Tokyo"
_BYNAMES: Final = rf"{_NAME}(?: in {_NAME})?(?:(?:,| and|, and|,? &) {_NAME}(?: in {_NAME})?)*"
_ROLE_WORDS: Final = r"(?:correspondent|editor|reporter|writer|journalist|staff|contributor|desk|analyst|bureau chief)"
# Labels leading to other stories, in the cases pages print them: "Read Also:", "SEE ALSO"
_OTHER_STORY_LABELS: Final = r"Read [Mm]ore|READ MORE|Read [Aa]lso|READ ALSO|Also [Rr]ead|ALSO READ|See [Aa]lso|SEE ALSO|Related|RELATED"
_MONTH: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                 r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY: Final = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
               r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})")
_WEEKDAY: Final = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?"
_CLOCK: Final = (r"\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?: ?(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|"
                 r"CST|CDT|PST|PDT|ET|PT|IST|JST|KST|AEST|AEDT|HKT|SGT|MYT|PKT|PHT|ICT|WIB|EAT|CAT|WAT|SAST|GST|"
                 r"AST|MST|MDT|NZST|NZDT)(?:[+-]\d{1,2})?)?")
_STAMP_LABEL: Final = (r"(?:(?:[Ff]irst |[Ll]ast )?(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Mm]odified|[Cc]reated)(?: on| at)?|"
                       r"Date|Dated|Release date|Issued)")
# A label's ending: "Published 19 June", "Published: 19 June", "Published : 19 June", "Updated:June 19"
_LABEL_END: Final = r"(?: ?: ?| )"
# One stamp: "Published: 20th May 2022 03:52 PM", "Updated: 26-02-2022 05:02 IST", "09 Jul, 2024 09:59pm"
_ONE_STAMP: Final = rf"(?:{_STAMP_LABEL}{_LABEL_END})?(?:{_WEEKDAY},? )?{_DAY}(?:,? (?:at |- )?{_CLOCK})?"
# Up to four capitalised words, each taken whole (no backtracking inside a word: cheap on story lines)
_SHORT_NAME: Final = r"[A-Z][\w.'\u2019-]*+(?: [A-Z][\w.'\u2019-]*+){0,3}"
# A byline or an agency before a stamp: "Jane Doe (@jdoe)", "Reuters |", "Desk News Desk |"
_BY_STAMP: Final = rf"{_SHORT_NAME}(?: \(@\w{{1,20}}\))?(?: \|)?(?: \d{{1,2}} (?:minutes?|hours?) ago)?"

# A whole line that is furniture (matched against the line without its outer blanks).
_FURNITURE: Final = re.compile("|".join((
    # bylines: "By Jane Doe and John Roe", "By Jane Doe, Diplomatic correspondent"
    (rf"(?:By|BY) {_BYNAMES}(?:,? (?:[A-Z]?[a-z]+ ){{0,3}}{_ROLE_WORDS}s?(?: in {_NAME})?)?(?: and agencies)?:?"
     r"(?: ?\| ?[^|]{1,40}){0,3}"),
    # "Curated By: Jane Doe", "Our Correspondent", "Staff Reporter"
    rf"(?:Curated|Written|Edited|Reported|Compiled) [Bb]y:? {_NAMES}",
    r"(?:Our|By [Oo]ur|From [Oo]ur) (?:[A-Z][a-z]+ )?(?:Correspondent|Reporter|Staff Reporter|Staff Writer|Bureau)s?|Staff Reporter",
    # credits: "Reporting by A in Moscow; Editing by B", "AP writer C in Rome contributed to this report."
    rf"(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Graphics|Research) by {_NAMES}(?: in {_NAME})?(?:[;,] .*)?",
    r"(?:Our Standards:|\u00a9|\(c\) \d{4}|Copyright \u00a9?\s*\d{4}).{0,200}",
    r"FILE PHOTO:.*",
    # widgets and promos
    (r"(?:Advertisement|ADVERTISEMENT|Advertising|Sponsored|Share|Print|Email|Comments?|Key events|Most read|"
    r"Skip (?:to|advert).{0,30}|Listen to this article.{0,30}|Sign up (?:for|to) .{0,60}|Subscribe(?: to .{0,60})?|"
    r"Follow us on .{0,40}|Share (?:this|on|via) .{0,40}|Copy link|Save article|Gift this article|"
    r"\d{1,2} min(?:ute)? read|Show (?:more|key events only)|Click here to .{0,60}|Watch: .{0,160}|"
    r"Share:|Photos?|Videos?|Gallery|Close|Print version|Views?:? \d[\d,]*|All news|Newsfeed|Top of page|top of page|"
    r"[Cc]ontinue [Rr]eading(?: \u00bb| \u2192|\u2026)?|Connect with us(?:[.:] .{0,60})?|"
    r"News|NEWS|World|WORLD|Politics|POLITICS|Left Menu)[.!]?"),
    # comment boxes: "Leave a Reply", "Your email address will not be published."
    (r"(?:Leave a (?:[Rr]eply|[Cc]omment)|Leave (?:a )?comment|No [Cc]omments(?: yet)?|\d+ [Cc]omments?|"
     r"Your email address will not be published\.?(?: Required fields are marked \*)?|"
     r"This site uses Akismet to reduce spam\..{0,60}|Fill out this field|Please enter a valid email address|"
     r"You need to agree with the terms to proceed|To participate in the discussion|[Ll]og in or register|"
     r"Post a [Cc]omment|Add a [Cc]omment)[.!]?"),
    # a line of counters or a media player's clock: "0 81", "0:00 0:00"
    r"\d[\d:., ]{0,11}",
    # an archive list's entry, a year and its count of posts: "2013 (11)"
    r"(?:19|20)\d\d \(\d{1,4}\)",
    # source credits: "Source: VOV5", "SOURCE: NEWS AGENCIES", "(Sources: BBC, The Guardian)"
    r"\(?(?:News |Photo |Image )?(?:Source|SOURCE|Sources|SOURCES): ?[^\s].{0,150}",
    # an agency alone on a line
    rf"(?:{_DAY} ?\| ?)?(?:Reuters|REUTERS|AFP|AP|Xinhua|XINHUA|TASS|PTI|ANI|IANS|Anadolu Agency|Sputnik|Kyodo|Yonhap)(?:,? {_DAY})?",
    # other stories: "Read more: ...", "Related: ..."
    (rf"(?:{_OTHER_STORY_LABELS}|More on this story|Recommended|"
     r"Further reading) ?(?::|\||\u2014|\u2013| -).{0,240}"),
    # promos for more stories: "More Stories From World", "You might also like", "RELATED ARTICLES"
    (r"(?:More [Ss]tories(?: [Ff]rom .{1,30})?|MORE STORIES|You (?:might|may) also like|Related [Aa]rticles|RELATED ARTICLES"
     r"(?: ?MORE FROM AUTHOR)?|More [Ff]rom [Aa]uthor|Read all the [Ll]atest [Nn]ews.{0,40}|Most [Pp]opular|Trending(?: [Nn]ow)?"
     r"|Trends ?:.{0,200}|Previous (?:[Pp]ost|[Aa]rticle|[Ss]tory)|Next (?:[Pp]ost|[Aa]rticle|[Ss]tory))"),
    # breadcrumbs: "Home > Newsroom > Press releases"
    r"(?:Home|HOME|Start)(?: ?[>\u203a\u00bb|/] ?[^>\u203a\u00bb|/]{1,50}){1,6}",
    # reference numbers: "Press release 123/24", "Ref. MFA/2024/118"
    r"(?:Press release|Press Release|News release|Statement|Reference|Ref\.?)(?: [Nn]o\.?| number)?:? ?[A-Z]{0,6}[/-]?\d[\w/.-]{0,20}",
    # timestamps: "Published 19 June 2024, 10:42 BST", "June 19, 2024 at 10:42 a.m.", "Updated 10:42 GMT"
    rf"(?:{_STAMP_LABEL}{_LABEL_END})?{_DAY}(?:,? (?:at |- )?{_CLOCK})?(?: \(?(?:{_STAMP_LABEL})\)?)?",
    rf"(?:{_STAMP_LABEL}{_LABEL_END})(?:\w+day,? )?(?:{_DAY}|{_CLOCK}|\d+ (?:minutes?|hours?|days?) ago)(?:,? (?:at )?{_CLOCK})?",
    rf"{_WEEKDAY} ?,? ?{_DAY}(?:,? (?:at |- )?{_CLOCK})?(?: -[ -]*[^ ]{{0,40}})?",
    # stamps joined on one line: "Published: 20th May 2022 03:52 PM | Last Updated: 20th May 2022 03:52 PM | A+A-"
    rf"{_ONE_STAMP}(?: +\| +(?:{_ONE_STAMP}|A\+ ?A-))+",
    # a clock before the day, a clock in brackets: "20:09 17 February 2017", "28 May 2019 [14:49] - Example.az"
    rf"{_CLOCK},? {_DAY}",
    rf"{_DAY} \[{_CLOCK}\](?: [-|] .{{1,40}})?",
    # labels with no stamp, an age: "Published: Updated:", "Published", "1 week ago"
    rf"(?:{_STAMP_LABEL}:? ?){{1,2}}",
    r"\d{1,2} (?:minutes?|hours?|days?|weeks?|months?) ago",
    # contact lines: an address, a telephone number
    r"(?:(?:E-?mail|Tel\.?|Phone|Telephone|Mobile|Fax|T|M|E):? ?)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d() /.-]{8,20}\d)",
)))
# Short lines that open with a name, tested only when short (a story line opens with names too):
_SHORT_FURNITURE: Final = re.compile("|".join((
    # a byline or an agency with a stamp: "Jane Doe (@jdoe) Published May 5, 2022 | 08:32 PM",
    # "Reuters | Updated: 26-02-2022 05:02 IST | Created: 26-02-2022 05:02 IST"
    rf"{_BY_STAMP} {_ONE_STAMP}(?: ?\| ?(?:{_ONE_STAMP}|{_CLOCK}))*",
    # a site's own name on a line: "Example.com", "Example News"
    r"[A-Z][\w-]*+\.(?:[\w-]++\.)?(?:com|net|org|info|uk|co|in|pk|az|ru|cn|jp)|[A-Z]\w*+ (?:News|NEWS)",
    # a photographer with agencies: "Jane Doe | AFP | Getty Images"
    rf"{_SHORT_NAME} ?[|/] ?(?:AFP|AP|EPA|Reuters|REUTERS|Getty Images|Xinhua|TASS|Anadolu|Sputnik)(?: ?[|/] ?(?:Getty Images|File|Pool))*",
)))
_SHORT_CHARS: Final = 120
# No whole-line pattern but "FILE PHOTO: ..." matches a longer line (the longest, a breadcrumb, 330)
_LINE_CHARS: Final = 340
# How a caption with a photo credit, a copyright line or a contributors' line ends (searched
# in the line's last characters only).
_CREDIT_END: Final = re.compile("(?:" + "|".join((
    r"(?:[Pp]hoto(?:graph)?|Picture|Image|Credit)s?: ?[A-Z][\w&.'/ -]{1,60}\)?\.?",
    # a caption's last sentence, then its credit: "... in Riyadh.— Photo by AFP", "... missile.  © AFP"
    r"[.!?\"\u201d]\s*[\u2014\u2013-]+ ?(?:[Pp]hoto|[Pp]icture|[Ii]mage)s? (?:by|courtesy(?: of)?) [A-Z][\w&.'/ -]{1,60}",
    r"[.!?\"\u201d]\s+\u00a9 ?[A-Z][\w&.'/ -]{1,40}",
    r"\((?:[Pp]hoto(?:graph)?|[Pp]icture) (?:by|credit|courtesy)[^)]{2,100}\)\.?",
    # "(Photo | AP)", "(Photo: example.vn)", "(PTI Photo/Jane Doe)", "[Photo/Xinhua] |"
    r"\((?:[A-Z]{2,10} )?(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Ff]ile [Pp]hoto)s? ?[|:/] ?[^()]{1,60}\)\.?",
    r"\[(?:[Pp]hoto|[Pp]icture|[Ii]mage)s? ?[|:/] ?[^\[\]]{1,60}\] ?\|?",
    # "[File: Jane Doe/AP Photo]", "[Jane Doe/Reuters]": a photographer and agency in brackets
    r"\[(?:File(?: [Pp]hoto)?: ?)?[A-Z][\w.' -]{1,40}/[A-Z][\w.' -]{1,40}\]",
    # a caption's last sentence followed by an agency in brackets: "... in Washington. (AFP)"
    r"\. \((?:AFP|AP|Reuters|REUTERS|EPA|Xinhua|PTI|ANI|IANS|TASS|Getty Images)\)",
    (r"\b(?:REUTERS|AFP|AP|EPA|Getty Images|Xinhua|Anadolu|TASS|PTI|Sputnik|Kyodo|Yonhap)/[A-Z][\w.' -]{1,40}"
     r"(?:/(?:File Photo|Pool|File))*\.?"),
    r"All rights reserved\.?",
    rf"\b{_ROLE_WORDS}s? {_NAMES}(?: in {_NAME})?(?:,? and {_NAMES}(?: in {_NAME})?)? contributed(?: to this (?:report|story))?\.?",
)) + r")\Z")
_CREDIT_HINTS: Final = ("/", "hoto", "icture", "Image", "Credit", "rights reserved", "contributed", "\u00a9")
# A photo's position marker, "(L)", "(2nd R)", "(center)": with an agency in brackets at its end,
# the line is a caption ("... in Tokyo on Monday. (Yonhap)"); story lines carry no such marker.
_POSITION: Final = re.compile(r"\((?:\d(?:st|nd|rd|th) (?:from )?)?(?:[LRC]|left|right|cent(?:er|re))\)")
_BRACKETED_AGENCY: Final = re.compile(r"\. \([A-Z][\w.-]*+(?: [A-Z][\w.-]*+){0,2}\)\Z")
_CREDIT_ENDS: Final = (")", ").", "]", "] |")
_CREDIT_TAIL: Final = 140
_CAPTION_CHARS: Final = 400
_COPY_CHARS: Final = 30
# "Media contact" heads a block of short lines (names, offices, numbers) that goes with it.
_CONTACT_HEAD: Final = re.compile(r"(?:Media|Press|Press office|For media) (?:contacts?|enquiries|inquiries)(?: ?:.{0,80})?"
                                  r"|For (?:more|further) information(?:,? (?:please )?contact)?:?(?: .{0,80})?"
                                  r"|Contacts?:|Notes to editors:?")
_CONTACT_LINES: Final = 6
_CONTACT_LINE_CHARS: Final = 70
# A live-blog entry's time stamp: "10:42 GMT \u2014 ...", "10.42am: ..."
ENTRY_STAMP_PATTERN: Final = rf"[ \t]*{_CLOCK} ?(?:[\u2014\u2013|:-]|\s-) ?"
_ENTRY_STAMP: Final = re.compile(ENTRY_STAMP_PATTERN)
# Lines are only tested for the whole-line patterns when they start with one of these.
_FIRST: Final = frozenset("ABCDEFGHIJKLMNOPRSTUVWXY(\u00a9+0123456789pumcflt")
# A label alone on its line whose story headline is on the next line: "Also Read |", "Next Post"
_BARE_LABEL: Final = re.compile(rf"(?:{_OTHER_STORY_LABELS}|"
                                r"Previous (?:[Pp]ost|[Aa]rticle|[Ss]tory)|Next (?:[Pp]ost|[Aa]rticle|[Ss]tory))"
                                r" ?[:|\u2014\u2013-]?")
_HEADLINE_CHARS: Final = 160
_SENTENCE_ENDS: Final = (".", '"', "\u201d", "?", "!", ")", ":", ",")
# The page store's own opening, "date 2024-07-09 ", before the page's first line.
_STORE_DATE: Final = re.compile(r" ?date \d{4}-\d{2}(?:-\d{2})? ")


def without_furniture(text: str) -> str:
    """The text with every furniture line (and live-blog time stamp) replaced by spaces."""
    if not text:
        return text
    changed = False
    if text.startswith(("date ", " date ")):
        text, changed = _after_store_date(text)
    pieces: list[str] = []
    contact_left = 0
    headline_left = False
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            pieces.append(line)
            continue
        blank = False
        if headline_left and len(stripped) <= _HEADLINE_CHARS and not stripped.endswith(_SENTENCE_ENDS):
            blank = True  # the headline under "Also Read |" or "Next Post"
            headline_left = False
        elif contact_left > 0 and len(stripped) <= _CONTACT_LINE_CHARS and not stripped.endswith((".", '"')):
            blank = True
            contact_left -= 1
        elif stripped[0] in _FIRST:
            contact_left = 0
            headline_left = False
            if _CONTACT_HEAD.fullmatch(stripped) is not None:
                blank, contact_left = True, _CONTACT_LINES
            elif ((len(stripped) <= _LINE_CHARS or stripped.startswith("FILE PHOTO"))
                  and _FURNITURE.fullmatch(stripped) is not None) or (
                    len(stripped) <= _SHORT_CHARS and _SHORT_FURNITURE.fullmatch(stripped) is not None):
                blank = True
                headline_left = _BARE_LABEL.fullmatch(stripped) is not None
            elif stripped[0].isdigit():
                stamp = _ENTRY_STAMP.match(line)
                if stamp is not None and stamp.end() < len(line):
                    pieces.append(" " * stamp.end() + line[stamp.end():])
                    changed = True
                    continue
        else:
            contact_left = 0
            headline_left = False
        if not blank and len(stripped) <= _CAPTION_CHARS and (_credited(stripped) or _placed_people(stripped)):
            blank = True
            _blank_uncredited_copy(pieces, stripped)
        if blank:
            pieces.append(" " * len(line))
            changed = True
        else:
            pieces.append(line)
    return without_cut_speech("\n".join(pieces) if changed else text)


def _after_store_date(text: str) -> tuple[str, bool]:
    """The text with the page store's "date 2024-07-09 " blanked, and the rest of its first line
    too when that rest is furniture ("Share:", a site's name, "Left Menu")."""
    stored = _STORE_DATE.match(text)
    if stored is None:
        return text, False
    # the stamp itself says when the page was stored, not when its first line's news happened
    text = " " * stored.end() + text[stored.end():]
    end = text.find("\n")
    end = len(text) if end < 0 else end
    rest = text[stored.end():end].strip()
    if not rest or rest[0] not in _FIRST or (_FURNITURE.fullmatch(rest) is None
                                             and _SHORT_FURNITURE.fullmatch(rest) is None):
        return text, True
    return text[:stored.end()] + " " * (end - stored.end()) + text[end:], True


def _blank_uncredited_copy(pieces: list[str], caption: str) -> None:
    """Blank the line before a credited caption when it is the same caption without its credit
    (pages print the image's text twice, once bare and once credited)."""
    for back in range(len(pieces) - 1, max(len(pieces) - 3, -1), -1):
        before = pieces[back].strip()
        if not before:
            continue
        if len(before) >= _COPY_CHARS and len(before) < len(caption) and caption.startswith(before):
            pieces[back] = " " * len(pieces[back])
        elif len(bare := _uncredited(caption)) >= _COPY_CHARS and len(before) > len(bare) and before.startswith(bare):
            pieces[back] = " " * len(pieces[back])  # the image's longer text over its short credited caption
        return


def _uncredited(caption: str) -> str:
    """The caption without its credit ("... in Caracas [File: Jane Doe/AP Photo]": "... in Caracas")."""
    cut = max(0, len(caption) - _CREDIT_TAIL)
    credit = _CREDIT_END.search(caption, cut)
    return caption if credit is None else caption[:credit.start()].rstrip()


def _credited(line: str) -> bool:
    """Whether a line ends with a photo credit, a copyright or a contributors' credit."""
    tail = line[-_CREDIT_TAIL:]
    if ((tail.endswith(_CREDIT_ENDS) or any(hint in tail for hint in _CREDIT_HINTS))
            and _CREDIT_END.search(tail) is not None):
        return True
    return tail.endswith(")") and _BRACKETED_AGENCY.search(tail) is not None and _POSITION.search(line) is not None


def _placed_people(line: str) -> bool:
    """Whether a line places two people in a photo ("Putin (L) shakes hands with Kim (R)"): a
    caption; one marker alone may be a story's aside ("the minister (right) of the two")."""
    return "(" in line and len(_POSITION.findall(line)) >= 2
