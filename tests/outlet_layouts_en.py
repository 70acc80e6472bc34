"""Invented stories pasted in the layouts of English-language outlets.

Each paste is what selecting a page from the site's name down to the end of
the article gives (line 1 the site's name, line 2 the breadcrumb when the
page shows one), in the shape of an outlet absent from the dev corpus; the
outlet's name is changed and the story is invented (``outlet_stories.py``).
"""

from __future__ import annotations

from outlet_layouts import UNSET, Layout
from outlet_stories import CHIPS, LIBRARY, REEF

L, C, R = LIBRARY, CHIPS, REEF

LAYOUTS_EN: tuple[Layout, ...] = (
    Layout(
        shape="Bloomberg",
        paste=f"""Bloomfield
Markets

{C.title}
{C.lede}
By Jane Sample and Joe Trial
March 12, 2031 at 6:07 PM GMT+1
Updated on March 12, 2031 at 7:27 PM GMT+1
Save
Gift this article
Have a confidential tip for our reporters? Get in Touch
Before it's here, it's on the Bloomfield Terminal
LEARN MORE

{C.body((0, C.caption + ". Photographer: Anna Mock/Bloomfield"))}
""",
        title=C.title,
        source="Bloomfield",
        section="Markets",
        lede=C.lede,
        authors=("Jane Sample", "Joe Trial"),
        date="2031-03-12",
        caption=C.caption + ".",
        credit="Anna Mock/Bloomfield",
        first=C.first,
        last=C.last,
        furniture=("Get in Touch", "Terminal", "LEARN MORE"),
    ),
    Layout(
        shape="Axios",
        paste=f"""Axiom

{L.title}
Jane Sample
Mar 12, 2031 - Politics & Policy
Illustration: Anna Mock/Axiom

Why it matters: {L.paragraphs[0]}

Driving the news: {L.paragraphs[1]}

{L.paragraphs[2]}

What's next: {L.paragraphs[3]}

Go deeper: {L.teaser}
""",
        title=L.title,
        source="Axiom",
        lede=UNSET,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=None,
        credit="Anna Mock/Axiom",
        first=L.first,
        last=L.last,
        furniture=(L.teaser,),
    ),
    Layout(
        shape="Politico",
        paste=f"""POLITESTO
CONGRESS

{L.title}
{L.lede}
{L.caption} on March 11. | Anna Mock/AP
By JANE SAMPLE and JOE TRIAL
03/12/2031 06:07 PM EDT
Updated: 03/12/2031 07:27 PM EDT
Link Copied

{L.body()}
""",
        title=L.title,
        source="POLITESTO",
        section="CONGRESS",
        lede=L.lede,
        authors=("JANE SAMPLE", "JOE TRIAL"),
        date="2031-03-12",
        caption=L.caption + " on March 11.",
        credit="Anna Mock/AP",
        first=L.first,
        last=L.last,
        furniture=("Link Copied",),
    ),
    Layout(
        shape="NPR",
        paste=f"""NPT
Science

{R.title}
March 12, 20315:00 AM ET
Heard on Morning Edition
Jane Sample
Listen · 3:45
3-Minute Listen
Playlist
Enlarge this image
{R.caption} in February.
Anna Mock/Institute of Placeholder Studies
hide caption
toggle caption
Anna Mock/Institute of Placeholder Studies

{R.body()}
""",
        title=R.title,
        source="NPT",
        section="Science",
        lede=UNSET,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=R.caption + " in February.",
        credit="Anna Mock/Institute of Placeholder Studies",
        first=R.first,
        last=R.last,
        furniture=("toggle caption", "Playlist"),
    ),
    Layout(
        shape="ABC News",
        paste=f"""ABX News
Politics

{L.title}
{L.lede}
ByJane Sample and Joe Trial
March 12, 2031, 6:07 PM
Share
{L.caption} on March 11, 2031.
Anna Mock/AP, FILE

{L.body()}
""",
        title=L.title,
        source="ABX News",
        section="Politics",
        lede=L.lede,
        authors=("Jane Sample", "Joe Trial"),
        date="2031-03-12",
        caption=L.caption + " on March 11, 2031.",
        credit="Anna Mock/AP, FILE",
        first=L.first,
        last=L.last,
    ),
    Layout(
        shape="Sky News",
        paste=f"""Sky Sample

{L.title}
{L.lede}
Jane Sample
Political reporter @janesample
Wednesday 12 March 2031 18:07, UK
Image:
{L.caption}. Pic: Reuters

{L.body((1, "Read more:", L.teaser, "Sampletown mayor faces a confidence vote"))}
""",
        title=L.title,
        source="Sky Sample",
        lede=L.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=L.caption + ".",
        credit="Reuters",
        first=L.first,
        last=L.last,
        furniture=(L.teaser, "confidence vote"),
    ),
    Layout(
        shape="The Times",
        paste=f"""The Tides
Politics

{L.title}
{L.lede}
Jane Sample, Political Editor
Wednesday March 12 2031, 6.07pm GMT, The Tides
{L.caption}
ANNA MOCK FOR THE TIDES
Share
Save

{L.body()}
""",
        title=L.title,
        source="The Tides",
        section="Politics",
        lede=L.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=L.caption,
        credit="ANNA MOCK FOR THE TIDES",
        first=L.first,
        last=L.last,
    ),
    Layout(
        shape="The Hill",
        paste=f"""The Mound

{L.title}
by Jane Sample - 03/12/31 6:07 PM ET
Share
Tweet
More
{L.caption} on March 11. (AP Photo/Anna Mock)

{L.body()}

Copyright 2031 Testexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.
""",
        title=L.title,
        source="The Mound",
        lede=UNSET,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=L.caption + " on March 11.",
        credit="AP Photo/Anna Mock",
        first=L.first,
        last=L.last,
        furniture=("This material may not be published",),
    ),
    Layout(
        shape="Business Insider",
        paste=f"""Business Sampler

{C.title}
Jane Sample
Mar 12, 2031, 6:07 PM GMT+1
Share
Save
{C.caption}.
Anna Mock/Getty Images
Mockcorp lowered its revenue forecast for the year.
Its shares fell 14% in early trading.
The company is pausing hiring.

{C.body((0, "Advertisement"), (2, "Advertisement"))}

Read next
""",
        title=C.title,
        source="Business Sampler",
        lede=UNSET,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=C.caption + ".",
        credit="Anna Mock/Getty Images",
        first=C.first,
        last=C.last,
        furniture=("Advertisement", "Read next"),
    ),
    Layout(
        shape="Time",
        paste=f"""TYME

{R.title}
{R.lede}
{R.caption} in February. Anna Mock—Getty Images
By Jane Sample
March 12, 2031 6:07 PM EDT

{R.body()}

More Must-Reads from TYME
Why warm water is turning reefs white around the world
The sea turtles that came back to Mockford Island
Inside the race to map the deep ocean

Write to Jane Sample at jane.sample@tyme.test.
""",
        title=R.title,
        source="TYME",
        lede=R.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=R.caption + " in February.",
        credit="Anna Mock—Getty Images",
        first=R.first,
        last=R.last,
        furniture=("More Must-Reads", "sea turtles", "Write to Jane Sample"),
    ),
    Layout(
        shape="The Atlantic",
        paste=f"""The Atlantis
Science

{R.title}
{R.lede}
By Jane Sample
Illustration by The Atlantis. Sources: Anna Mock / Getty; Joe Trial / Reuters.
March 12, 2031, 6 AM ET
Share
Save

{R.body()}

This article appears in the April 2031 print edition with the headline “A Reef Nobody Knew.”
""",
        title=R.title,
        source="The Atlantis",
        section="Science",
        lede=R.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=None,
        credit="The Atlantis. Sources: Anna Mock / Getty; Joe Trial / Reuters",
        first=R.first,
        last=R.last,
        furniture=("print edition",),
    ),
    Layout(
        shape="Daily Mail",
        paste=f"""Daily Sample

{R.title}
By JANE SAMPLE FOR DAILYSAMPLE.COM
Published: 18:07 GMT, 12 March 2031 | Updated: 19:27 GMT, 12 March 2031
e-mail
12
View comments
{R.caption} in February
{R.caption} in February

{R.body()}
""",
        title=R.title,
        source="Daily Sample",
        lede=UNSET,
        authors=("JANE SAMPLE",),
        date="2031-03-12",
        caption=R.caption + " in February",
        credit=None,
        first=R.first,
        last=R.last,
        furniture=("View comments",),
    ),
    Layout(
        shape="Forbes",
        paste=f"""Forbed
Business

{C.title}
Jane Sample
Contributor
I write about chips and the companies that make them.
Follow
Mar 12, 2031, 06:07pm EDT
{C.caption}. getty

{C.body()}
""",
        title=C.title,
        source="Forbed",
        section="Business",
        lede=UNSET,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=C.caption + ".",
        credit="getty",
        first=C.first,
        last=C.last,
        furniture=("I write about chips",),
    ),
    Layout(
        shape="New York Post",
        paste=f"""New York Postal
Business

{C.title}
By Jane Sample
Published March 12, 2031, 6:07 p.m. ET
{C.caption}. Anna Mock/NY Postal
{C.body()}
""",
        title=C.title,
        source="New York Postal",
        section="Business",
        lede=UNSET,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=C.caption + ".",
        credit="Anna Mock/NY Postal",
        first=C.first,
        last=C.last,
    ),
    Layout(
        shape="HuffPost (US)",
        paste=f"""BuzzPost
Politics

{L.title}
{L.lede}
By Jane Sample
Mar 12, 2031, 06:07 PM EDT
{L.caption} on March 11.
Anna Mock via Getty Images

{L.body((1, "RELATED...", L.teaser))}

Related
Sampletown
Libraries
""",
        title=L.title,
        source="BuzzPost",
        section="Politics",
        lede=L.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=L.caption + " on March 11.",
        credit="Anna Mock via Getty Images",
        first=L.first,
        last=L.last,
        furniture=(L.teaser, "RELATED"),
    ),
)
