"""A second set of layouts, written after the rules the first set called for:
the reader was scored on it before any rule was changed for it.

As in ``outlet_layouts_fr.py`` and ``outlet_layouts_en.py``: an invented
story (``outlet_stories.py``) pasted in the shape of an outlet absent from
the dev corpus, the outlet's name changed.
"""

from __future__ import annotations

from outlet_layouts import UNSET, Layout
from outlet_stories import CHIPS, GLACIER, HALLE, LIBRARY, MATCH, REEF, USINE

H, G, U, M = HALLE, GLACIER, USINE, MATCH
L, C, R = LIBRARY, CHIPS, REEF

LAYOUTS_MORE: tuple[Layout, ...] = (
    Layout(
        shape="L'Obs",
        paste=f"""L'Ops
Politique

{H.title}
{H.lede}
Par Jeanne Exemple
Publié le 12 mars 2031 à 18h07 · Mis à jour le 12 mars 2031 à 19h27
Temps de lecture : 3 min
{H.caption}, le 11 mars 2031. (JEAN TEST/AFP)
Article réservé aux abonnés

{H.body((1, "Lire aussi > " + H.teaser))}

Jeanne Exemple
""",
        title=H.title,
        source="L'Ops",
        section="Politique",
        lede=H.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=H.caption + ", le 11 mars 2031.",
        credit="JEAN TEST/AFP",
        first=H.first,
        last=H.last,
        furniture=(H.teaser, "Article réservé aux abonnés"),
    ),
    Layout(
        shape="Le Télégramme",
        paste=f"""Le Télégraphe
Bretagne > Testville

{H.title}
{H.lede}
Publié le 12 mars 2031 à 18h07, modifié le 12 mars 2031 à 19h27
Lecture : 2 min
{H.caption}. (Photo Le Télégraphe/Jeanne Exemple)

{H.body((2, "Cet article est réservé aux abonnés", "Je m'abonne"))}
""",
        title=H.title,
        source="Le Télégraphe",
        section="Testville",
        lede=H.lede,
        authors=(),
        date="2031-03-12",
        caption=H.caption + ".",
        credit="Le Télégraphe/Jeanne Exemple",
        first=H.first,
        last=H.last,
        furniture=("réservé aux abonnés",),
    ),
    Layout(
        shape="La Voix du Nord",
        paste=f"""La Voix du Sud
Testville

{U.title}
Par Jeanne Exemple
Publié: 12 mars 2031 à 18h07
Temps de lecture: 2 min
Partage :
{U.caption}. Photo Jean Test - VDSPQR
{U.lede}

{U.body()}
""",
        title=U.title,
        source="La Voix du Sud",
        section="Testville",
        lede=U.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=U.caption + ".",
        credit="Jean Test - VDSPQR",
        first=U.first,
        last=U.last,
    ),
    Layout(
        shape="Paris Match",
        paste=f"""Lyon Match
Actu > Société

{H.title}
Jeanne Exemple
Publié le 12/03/2031 à 18h07, Mis à jour le 12/03/2031 à 19h27
{H.caption}, le 11 mars 2031. © Jean Test / Bestimage
{H.lede}

{H.body()}
""",
        title=H.title,
        source="Lyon Match",
        section="Société",
        lede=H.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=H.caption + ", le 11 mars 2031.",
        credit="Jean Test / Bestimage",
        first=H.first,
        last=H.last,
    ),
    Layout(
        shape="Numerama",
        paste=f"""Numerista
Sciences

{G.title}
Jeanne Exemple
- Publié le 12 mars 2031 à 18h07
{G.caption}. // Source : Jean Test / Unsplash
{G.lede}

{G.body((1, "Nouveauté : découvrez notre newsletter scientifique"))}
""",
        title=G.title,
        source="Numerista",
        section="Sciences",
        lede=G.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=G.caption + ".",
        credit="Jean Test / Unsplash",
        first=G.first,
        last=G.last,
        furniture=("notre newsletter",),
    ),
    Layout(
        shape="TF1 Info",
        paste=f"""TF2 INFO
Société

{U.title}
{U.lede}
Jeanne Exemple | Reportage : Paul Essai, Léa Test
Publié le 12 mars 2031 à 18h07
Source : JT 20h Semaine
{U.caption}. - TF2INFO
Partager

{U.body()}
""",
        title=U.title,
        source="TF2 INFO",
        section="Société",
        lede=U.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=U.caption + ".",
        credit="TF2INFO",
        first=U.first,
        last=U.last,
        furniture=("JT 20h Semaine",),
    ),
    Layout(
        shape="Europe 1",
        paste=f"""Europe 3

{M.title}
Jeanne Exemple, édité par Paul Essai
18h07, le 12 mars 2031, modifié à 19h27, le 12 mars 2031
{M.lede}
{M.caption}. © JEAN TEST / HANS LUCAS / HANS LUCAS VIA AFP

{M.body()}
""",
        title=M.title,
        source="Europe 3",
        lede=M.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=M.caption + ".",
        credit="JEAN TEST / HANS LUCAS / HANS LUCAS VIA AFP",
        first=M.first,
        last=M.last,
    ),
    Layout(
        shape="La Libre Belgique",
        paste=f"""La Livre
Belgique > Politique belge

{G.title}
{G.lede}
Jeanne Exemple
Publié le 12-03-2031 à 18h07 - Mis à jour le 12-03-2031 à 19h27
Écouter l'article
{G.caption}. ©Belga

{G.body()}
""",
        title=G.title,
        source="La Livre",
        section="Politique belge",
        lede=G.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=G.caption + ".",
        credit="Belga",
        first=G.first,
        last=G.last,
        furniture=("Écouter l'article",),
    ),
    Layout(
        shape="The Verge",
        paste=f"""The Merge

{C.title}
{C.lede}
by Jane Sample
Mar 12, 2031, 6:07 PM UTC
Share this story
If you buy something from a Merge link, Test Media may earn a commission. See our ethics statement.
{C.caption}. Image: Anna Mock / The Merge

{C.body((1, "Related", C.teaser))}

Most Popular
Chip stocks slide as investors rethink the data-center boom
""",
        title=C.title,
        source="The Merge",
        lede=C.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=C.caption + ".",
        credit="Anna Mock / The Merge",
        first=C.first,
        last=C.last,
        furniture=("may earn a commission", C.teaser),
    ),
    Layout(
        shape="The Economist",
        paste=f"""The Testonomist
Business

{C.title}
Investors fear the boom in data-center hardware is over
Mar 12th 2031
Share
Listen to this story.
Your browser does not support the <audio> element.
Image: Getty Images

{C.body()} ■

This article appeared in the Business section of the print edition under the headline "Chip off the old block"
""",
        title=C.title,
        source="The Testonomist",
        section="Business",
        lede="Investors fear the boom in data-center hardware is over",
        authors=(),
        date="2031-03-12",
        caption=None,
        credit="Getty Images",
        first=C.first,
        last=C.last,
        furniture=("Your browser does not support", "print edition"),
    ),
    Layout(
        shape="Financial Times",
        paste=f"""Financial Tests
Companies > Technology

{C.title}
{C.lede}
Jane Sample in Testford
Published March 12 2031
Save
{C.caption} © Bloomberg

Unlock the Editor's Digest for free
Rita Placeholder, Editor of the FT, selects her favourite stories in this weekly newsletter.

{C.body((1, "Recommended", C.teaser))}

Copyright The Financial Tests Limited 2031. All rights reserved.
""",
        title=C.title,
        source="Financial Tests",
        section="Technology",
        lede=C.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=C.caption,
        credit="Bloomberg",
        first=C.first,
        last=C.last,
        furniture=("Editor's Digest", "weekly newsletter", C.teaser, "Copyright"),
    ),
    Layout(
        shape="Newsweek",
        paste=f"""Newsweak
U.S.

{L.title}
By Jane Sample
Senior Reporter
Published Mar 12, 2031 at 6:07 PM EDT
Updated Mar 12, 2031 at 7:27 PM EDT
{L.caption} on March 11. Anna Mock/Getty Images
{L.lede}

{L.body((3, "Do you have a tip on a story that Newsweak should be covering? Let us know via tips@newsweak.test."))}

Request Reprint & Licensing
Submit Correction
View Editorial Guidelines
""",
        title=L.title,
        source="Newsweak",
        section="U.S.",
        lede=L.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=L.caption + " on March 11.",
        credit="Anna Mock/Getty Images",
        first=L.first,
        last=L.last,
        furniture=("Do you have a tip", "Submit Correction"),
    ),
    Layout(
        shape="The Conversation",
        paste=f"""The Conservation

{R.title}
{R.lede}
Jane Sample, University of Testford
Published: March 12, 2031 6.07pm EDT
{R.caption}. Anna Mock/Shutterstock

{R.body()}

Disclosure statement
Jane Sample does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.
Partners
Republish this article
""",
        title=R.title,
        source="The Conservation",
        lede=R.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=R.caption + ".",
        credit="Anna Mock/Shutterstock",
        first=R.first,
        last=R.last,
        furniture=("does not work for", "Republish"),
    ),
    Layout(
        shape="Deutsche Welle",
        paste=f"""DX
Science

{R.title}
{R.lede}
{R.caption} Image: Anna Mock/dpa/picture alliance
Jane Sample
March 12, 2031

{R.body()}

Edited by: Joe Trial
""",
        title=R.title,
        source="DX",
        section="Science",
        lede=R.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=R.caption,
        credit="Anna Mock/dpa/picture alliance",
        first=R.first,
        last=R.last,
        furniture=("Edited by",),
    ),
    Layout(
        shape="South China Morning Post",
        paste=f"""South Testland Morning Post
Science > Oceans

{R.title}
{R.lede}
Jane Sample
Published: 6:07pm, 12 Mar 2031
Updated: 7:27pm, 12 Mar 2031
Why you can trust STMP
{R.caption}. Photo: Handout

{R.body()}
""",
        title=R.title,
        source="South Testland Morning Post",
        section="Oceans",
        lede=R.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=R.caption + ".",
        credit="Handout",
        first=R.first,
        last=R.last,
        furniture=("Why you can trust",),
    ),
    Layout(
        shape="ABC News (Australia)",
        paste=f"""ABC Testnews

{R.title}
By Jane Sample
Posted Wed 12 Mar 2031 at 6:07pm, updated Wed 12 Mar 2031 at 7:27pm
{R.caption}. (Supplied: Institute of Placeholder Studies)
Key points:
The reef stretches for nearly 40 miles
It escaped the bleaching that hit neighboring waters

{R.body((1, "Related stories", R.teaser))}

Topics: Oceans, Science
""",
        title=R.title,
        source="ABC Testnews",
        lede=UNSET,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=R.caption + ".",
        credit="Supplied: Institute of Placeholder Studies",
        first=R.first,
        last=R.last,
        furniture=(R.teaser, "Topics"),
    ),
    Layout(
        shape="The Wall Street Journal",
        paste=f"""The Wall Test Journal
Business

{C.title}
{C.lede}
By Jane Sample Follow and Joe Trial Follow
Updated March 12, 2031 6:07 pm ET
Listen (2 min)
Share
Resize
{C.caption}. Photo: Anna Mock for The Wall Test Journal

{C.body()}

Write to Jane Sample at jane.sample@wtj.test and Joe Trial at joe.trial@wtj.test

Copyright ©2031 Test Jones & Company, Inc. All Rights Reserved. 87990cbe856818d5eddac44c7b1cdeb8
""",
        title=C.title,
        source="The Wall Test Journal",
        section="Business",
        lede=C.lede,
        authors=("Jane Sample", "Joe Trial"),
        date="2031-03-12",
        caption=C.caption + ".",
        credit="Anna Mock for The Wall Test Journal",
        first=C.first,
        last=C.last,
        furniture=("Write to", "Copyright", "Resize"),
    ),
)
