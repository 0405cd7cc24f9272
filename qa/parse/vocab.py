"""The words committee papers are read by, in one place: months, committee words."""

from __future__ import annotations

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_NUMBERS = {month: number for number, month in enumerate(MONTHS, 1)}
MONTH_PATTERN = "(?:" + "|".join(MONTHS) + ")"
# A month as written in running text, abbreviations too ("Sept", "Jan").
MONTH_ABBREVIATED = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# The number of an agenda item as people type it ("item 283", "minute 4a").
ITEM_NUMBER = r"\d{1,4}[a-z]?"
