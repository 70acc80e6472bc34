"""Tables of what news pages print around an article, in French and English.

Only data lives here, one module per job: ``interface`` (buttons, counters,
players, paywalls), ``boxes`` (related, video and sign-up boxes, section and
tag labels, the end of the article), ``photos`` (credits and captions),
``people`` (bylines, agencies, roles, notes), ``dates`` (months, zones, date
labels) and ``language`` (frequent words). The parsing steps read these
tables, so teaching the reader a new page habit means adding a line to a
table, not a branch to the code. Patterns are matched case-insensitively
against a whole line (or the named part of it) after surrounding spaces are
removed.
"""
