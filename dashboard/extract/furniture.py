"""The lines of a published page that are not the story, blanked out before extraction.

Wire copy, web pages, releases and live blogs carry bylines, credit and copyright lines,
captions with photo credits, widgets ("Share", "Advertisement"), headlines of other stories
("Read more: ..."), breadcrumbs, timestamps and media-contact blocks. A related headline or a
file-photo caption is another event; a credit "Reporting by X in Moscow" is a place. Each
such line is replaced by spaces, so every character offset of the article stays valid.

Patterns are anchored to whole lines and strict: "By contrast, ...", "Related talks ...",
"Share prices ..." and "Photographs showed ..." are story sentences and stay.
"""

from __future__ import annotations

import re
from typing import Final

_NAME: Final = r"[A-Z][\w.'\u2019-]+(?: (?:[A-Z][\w.'\u2019-]+|de|van|von|al|bin|el|da|di|la|le))*"
_NAMES: Final = rf"{_NAME}(?:(?:,| and|, and|,? &) {_NAME})*"
_ROLE_WORDS: Final = r"(?:correspondent|editor|reporter|writer|journalist|staff|contributor|desk|analyst|bureau chief)"
_MONTH: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                 r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY: Final = (rf"(?:\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
               r"|\d{1,2}[./]\d{1,2}[./]\d{4})")
_CLOCK: Final = (r"\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: ?(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|"
                 r"CST|CDT|PST|PDT|ET|PT|IST|JST|KST|AEST|AEDT|HKT|SGT)(?:[+-]\d{1,2})?)?")
_STAMP_LABEL: Final = (r"(?:(?:First |Last )?(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Mm]odified)(?: on| at)?|"
                       r"Date|Dated|Release date|Issued)")

# A whole line that is furniture (matched against the line without its outer blanks).
_FURNITURE: Final = re.compile("|".join((
    # bylines: "By Jane Doe and John Roe", "By Jane Doe, Diplomatic correspondent"
    rf"(?:By|BY) {_NAMES}(?:,? (?:[A-Z]?[a-z]+ ){{0,3}}{_ROLE_WORDS}s?(?: in {_NAME})?)?(?: and agencies)?",
    # credits: "Reporting by A in Moscow; Editing by B", "AP writer C in Rome contributed to this report."
    rf"(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Graphics|Research) by {_NAMES}(?: in {_NAME})?(?:[;,] .*)?",
    r"(?:Our Standards:|\u00a9|\(c\) \d{4}|Copyright \u00a9?\s*\d{4}).{0,200}",
    r"FILE PHOTO:.*",
    # widgets and promos
    (r"(?:Advertisement|ADVERTISEMENT|Advertising|Sponsored|Share|Print|Email|Comments?|Key events|Most read|"
    r"Skip (?:to|advert).{0,30}|Listen to this article.{0,30}|Sign up (?:for|to) .{0,60}|Subscribe(?: to .{0,60})?|"
    r"Follow us on .{0,40}|Share (?:this|on|via) .{0,40}|Copy link|Save article|Gift this article|"
    r"\d{1,2} min(?:ute)? read|Show (?:more|key events only)|Click here to .{0,60}|Watch: .{0,160})[.!]?"),
    # other stories: "Read more: ...", "Related: ..."
    (r"(?:Read more|READ MORE|Read also|Also read|See also|Related|RELATED|More on this story|Recommended|Further reading)"
     r" ?(?::|\||\u2014|\u2013| -).{0,240}"),
    # breadcrumbs: "Home > Newsroom > Press releases"
    r"(?:Home|HOME|Start)(?: ?[>\u203a\u00bb|/] ?[^>\u203a\u00bb|/]{1,50}){1,6}",
    # reference numbers: "Press release 123/24", "Ref. MFA/2024/118"
    r"(?:Press release|Press Release|News release|Statement|Reference|Ref\.?)(?: [Nn]o\.?| number)?:? ?[A-Z]{0,6}[/-]?\d[\w/.-]{0,20}",
    # timestamps: "Published 19 June 2024, 10:42 BST", "June 19, 2024 at 10:42 a.m.", "Updated 10:42 GMT"
    rf"(?:{_STAMP_LABEL}:? )?{_DAY}(?:,? (?:at |- )?{_CLOCK})?(?: \(?(?:{_STAMP_LABEL})\)?)?",
    rf"(?:{_STAMP_LABEL}:? )(?:\w+day,? )?(?:{_DAY}|{_CLOCK}|\d+ (?:minutes?|hours?|days?) ago)(?:,? (?:at )?{_CLOCK})?",
    rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? {_DAY}(?:,? (?:at )?{_CLOCK})?",
    # contact lines: an address, a telephone number
    r"(?:(?:E-?mail|Tel\.?|Phone|Telephone|Mobile|Fax|T|M|E):? ?)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d() /.-]{8,20}\d)",
)))
# How a caption with a photo credit, a copyright line or a contributors' line ends (searched
# in the line's last characters only).
_CREDIT_END: Final = re.compile("(?:" + "|".join((
    r"(?:[Pp]hoto(?:graph)?|Picture|Image|Credit)s?: ?[A-Z][\w&.'/ -]{1,60}\)?\.?",
    r"\((?:[Pp]hoto(?:graph)?|[Pp]icture) (?:by|credit|courtesy)[^)]{2,100}\)\.?",
    r"\b(?:REUTERS|AFP|AP|EPA|Getty Images|Xinhua|Anadolu)/[A-Z][\w.' -]{1,40}(?:/(?:File Photo|Pool|File))*\.?",
    r"All rights reserved\.?",
    rf"\b{_ROLE_WORDS}s? {_NAMES}(?: in {_NAME})?(?:,? and {_NAMES}(?: in {_NAME})?)? contributed(?: to this (?:report|story))?\.?",
)) + r")\Z")
_CREDIT_HINTS: Final = ("/", "hoto", "icture", "Image", "Credit", "rights reserved", "contributed")
_CREDIT_TAIL: Final = 140
_CAPTION_CHARS: Final = 400
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
_FIRST: Final = frozenset("ABCDEFGHIJKLMNOPRSTUW(\u00a9+0123456789pum")


def without_furniture(text: str) -> str:
    """The text with every furniture line (and live-blog time stamp) replaced by spaces."""
    if not text:
        return text
    pieces: list[str] = []
    changed = False
    contact_left = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            pieces.append(line)
            continue
        blank = False
        if contact_left > 0 and len(stripped) <= _CONTACT_LINE_CHARS and not stripped.endswith((".", '"')):
            blank = True
            contact_left -= 1
        elif stripped[0] in _FIRST:
            contact_left = 0
            if _CONTACT_HEAD.fullmatch(stripped) is not None:
                blank, contact_left = True, _CONTACT_LINES
            elif _FURNITURE.fullmatch(stripped) is not None:
                blank = True
            elif stripped[0].isdigit():
                stamp = _ENTRY_STAMP.match(line)
                if stamp is not None and stamp.end() < len(line):
                    pieces.append(" " * stamp.end() + line[stamp.end():])
                    changed = True
                    continue
        else:
            contact_left = 0
        if not blank and len(stripped) <= _CAPTION_CHARS and _credited(stripped):
            blank = True
        if blank:
            pieces.append(" " * len(line))
            changed = True
        else:
            pieces.append(line)
    return "\n".join(pieces) if changed else text


def _credited(line: str) -> bool:
    """Whether a line ends with a photo credit, a copyright or a contributors' credit."""
    tail = line[-_CREDIT_TAIL:]
    return any(hint in tail for hint in _CREDIT_HINTS) and _CREDIT_END.search(tail) is not None
