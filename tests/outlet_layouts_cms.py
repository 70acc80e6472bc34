"""A third set of layouts: the shapes common news CMSs print, not one outlet's.

Written after the first two sets, and scored before any rule was changed for
it: bylines with several names and an agency ("By X and Y, Reuters"),
"Updated" / "Mis à jour le" lines, live-blog headers, reading times
("Lecture : 4 min"), audio players ("Écouter cet article"), photo galleries
("1 / 12"), newsletter boxes, "Publicité" slots, paywall notices and author
bio boxes, in English and French. The stories are invented
(``outlet_stories.py``); each ``shape`` says what the page prints.
"""

from __future__ import annotations

from outlet_layouts import UNSET, Layout
from outlet_stories import CHIPS, GLACIER, HALLE, LIBRARY, MATCH, REEF, USINE

H, G, U, M = HALLE, GLACIER, USINE, MATCH
L, C, R = LIBRARY, CHIPS, REEF

LAYOUTS_CMS: tuple[Layout, ...] = (
    Layout(
        shape="wire byline with two names and an agency, updated line",
        paste=f"""The Daily Sample
Business

{C.title}
By Jane Sample and Joe Trial, Reuters
Updated 3:15 PM EDT, Wed March 12, 2031
Listen to this article
4 min
{C.caption}. REUTERS/Ann Example/File Photo

{C.body((1, "Advertisement"), (2, "Sign up for our business newsletter", "Enter your email", "Sign up"))}

Reporting by Jane Sample and Joe Trial; Editing by Nick Placeholder
Our Standards: The Trust Principles.
""",
        title=C.title,
        source="The Daily Sample",
        section="Business",
        lede=UNSET,  # no standfirst: the first paragraph is scored as body
        authors=("Jane Sample", "Joe Trial"),
        date="2031-03-12",
        caption=C.caption + ".",
        credit="REUTERS/Ann Example/File Photo",
        first=C.first,
        last=C.last,
        furniture=("Listen to this article", "Sign up", "Advertisement"),
    ),
    Layout(
        shape="French regional CMS: reading time, audio player, Publicité, paywall",
        paste=f"""Le Courrier de Testville
Société

{H.title}
{H.lede}
Par Jeanne Exemple et Paul Essai
Le 12 mars 2031 à 18h07
Mis à jour le 12 mars 2031 à 19h27
Lecture : 4 min
Écouter cet article
{H.caption}. Photo Le Courrier/Léa Test

{H.body((0, "Publicité"), (1, "Lire aussi : " + H.teaser), (2, "La suite est réservée aux abonnés. Déjà abonné ? Se connecter"))}
""",
        title=H.title,
        source="Le Courrier de Testville",
        section="Société",
        lede=H.lede,
        authors=("Jeanne Exemple", "Paul Essai"),
        date="2031-03-12",
        caption=H.caption + ".",
        credit="Le Courrier/Léa Test",
        first=H.first,
        last=H.last,
        furniture=(
            "Publicité",
            "Écouter cet article",
            H.teaser,
            "réservée aux abonnés",
        ),
    ),
    Layout(
        shape="English live blog header",
        paste=f"""Sample News
Live

{L.title}
{L.lede}
Updated 12 minutes ago
Jane Sample
Wed 12 Mar 2031 09.07 GMT
Key events
Show key events only
{L.caption}. Photograph: Joe Trial/Sample News

{L.body()}
""",
        title=L.title,
        source="Sample News",
        lede=L.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=L.caption + ".",
        credit="Joe Trial/Sample News",
        first=L.first,
        last=L.last,
        furniture=("Key events", "Show key events only"),
    ),
    Layout(
        shape="French live page: EN DIRECT, Suivez notre direct",
        paste=f"""Info Exemple
EN DIRECT

{M.title}
{M.lede}
Publié le 12 mars 2031 à 21h00
Mis à jour le 12 mars 2031 à 23h15
Suivez notre direct
Par Jeanne Exemple
{M.caption} (Photo by Paul Essai / Icon Sport)

{M.body()}
""",
        title=M.title,
        source="Info Exemple",
        lede=M.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=M.caption,
        credit="Paul Essai / Icon Sport",
        first=M.first,
        last=M.last,
        furniture=("Suivez notre direct",),
    ),
    Layout(
        shape="photo gallery with a counter above each caption",
        paste=f"""Testford Post
Science

{R.title}
{R.lede}
By Nina Placeholder
March 12, 2031
1 / 12
{R.caption}. (Photo: Jane Sample/Testford Post)
View gallery

{R.body((1, "2 / 12", "Divers prepare their drones on the deck. (Photo: Jane Sample/Testford Post)"))}
""",
        title=R.title,
        source="Testford Post",
        section="Science",
        lede=R.lede,
        authors=("Nina Placeholder",),
        date="2031-03-12",
        caption=R.caption + ".",
        credit="Jane Sample/Testford Post",
        first=R.first,
        last=R.last,
        furniture=("1 / 12", "View gallery"),
    ),
    Layout(
        shape="English page with a newsletter box, a paywall notice and an author bio",
        paste=f"""The Sampletown Ledger
Local

{L.title}
{L.lede}
By Jane Sample
Published March 12, 2031 at 6:07 p.m. | Updated March 12, 2031 at 7:27 p.m.
{L.caption}. (Joe Trial / The Sampletown Ledger)

{L.body((0, "Get the morning briefing", "The day's top stories, delivered to your inbox every morning.", "Sign up"), (2, "This article is for subscribers only. Subscribe now to keep reading."))}

Jane Sample is a staff writer covering city hall for The Sampletown Ledger.
Follow her on X @janesample.
""",
        title=L.title,
        source="The Sampletown Ledger",
        section="Local",
        lede=L.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=L.caption + ".",
        credit="Joe Trial / The Sampletown Ledger",
        first=L.first,
        last=L.last,
        furniture=("Get the morning briefing", "subscribers only", "staff writer"),
    ),
    Layout(
        shape="French magazine: byline with agency, Mis à jour first, author box",
        paste=f"""Hebdo Test
Sciences

{G.title}
{G.lede}
Mis à jour le 13/03/2031 à 08:12 - Publié le 12/03/2031 à 18:07
Jeanne Exemple avec AFP
{G.caption}. © Léa Test / Hebdo Test

{G.body((1, "Newsletter", "Recevez chaque semaine l'essentiel de l'actualité scientifique", "Je m'inscris"))}

Jeanne Exemple
Journaliste au service Sciences
Voir tous ses articles
""",
        title=G.title,
        source="Hebdo Test",
        section="Sciences",
        lede=G.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=G.caption + ".",
        credit="Léa Test / Hebdo Test",
        first=G.first,
        last=G.last,
        furniture=("Je m'inscris", "Voir tous ses articles"),
    ),
    Layout(
        shape="French news site: place dateline, agency byline, photo credits at the end",
        paste=f"""Actu Exemple
Économie

{U.title}
{U.lede}
Par Actu Exemple avec AFP
Publié le 12/03/2031 à 18h07
{U.caption}

PORT-FICTIF — {U.body()}

Crédits photos : Léa Test / Actu Exemple
""",
        title=U.title,
        source="Actu Exemple",
        section="Économie",
        lede=U.lede,
        authors=(),
        date="2031-03-12",
        caption=U.caption,
        credit="Léa Test / Actu Exemple",
        first="PORT-FICTIF — " + U.first,
        last=U.last,
    ),
    Layout(
        shape="three names and an agency after a bar, paywall prompt, ad slot",
        paste=f"""Sample Times
U.S.

{L.title}
{L.lede}
By Jane Sample, Joe Trial and Ann Example | The Associated Press
March 12, 2031, 7:27 p.m. ET
{L.caption}. (AP Photo/Nick Placeholder)

{L.body((0, "Story continues below advertisement"), (1, "Already a subscriber? Log in"))}
""",
        title=L.title,
        source="Sample Times",
        section="U.S.",
        lede=L.lede,
        authors=("Jane Sample", "Joe Trial", "Ann Example"),
        date="2031-03-12",
        caption=L.caption + ".",
        credit="AP Photo/Nick Placeholder",
        first=L.first,
        last=L.last,
        furniture=("Story continues below advertisement", "Already a subscriber"),
    ),
    Layout(
        shape="French gallery: counter, labelled photo credit, special envoy byline",
        paste=f"""Le Quotidien d'Exemple
Sport

{M.title}
{M.lede}
Par Jeanne Exemple, envoyée spéciale à Port-Fictif
Publié le jeudi 12 mars 2031 à 23h00, mis à jour le 13 mars 2031 à 08h12
1/8
{M.caption}
Photo : Léa Test / Le Quotidien d'Exemple
Voir le diaporama

{M.body((2, "Publicité"))}
""",
        title=M.title,
        source="Le Quotidien d'Exemple",
        section="Sport",
        lede=M.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=M.caption,
        credit="Léa Test / Le Quotidien d'Exemple",
        first=M.first,
        last=M.last,
        furniture=("Voir le diaporama", "Publicité"),
    ),
    Layout(
        shape="English live updates: last updated line, several writers",
        paste=f"""Sample Network News
World

LIVE UPDATES
{R.title}
{R.lede}
By Nina Placeholder and Omar Trial
Last updated: March 12, 2031 at 9:07 a.m. ET
{R.caption} (Sample Network News)
Comments (12)

{R.body()}
""",
        title=R.title,
        source="Sample Network News",
        lede=R.lede,
        authors=("Nina Placeholder", "Omar Trial"),
        date="2031-03-12",
        caption=R.caption,
        credit="Sample Network News",
        first=R.first,
        last=R.last,
        furniture=("Comments (12)",),
    ),
    Layout(
        shape="English magazine: read time, about-the-author box",
        paste=f"""The Sample Review
Technology

{C.title}
{C.lede}
Jane Sample
March 12, 2031
5 min read
{C.caption}. Illustration: Joe Trial

{C.body()}

About the author
Jane Sample is a senior technology reporter at The Sample Review.
""",
        title=C.title,
        source="The Sample Review",
        section="Technology",
        lede=C.lede,
        authors=("Jane Sample",),
        date="2031-03-12",
        caption=C.caption + ".",
        credit="Joe Trial",
        first=C.first,
        last=C.last,
        furniture=("5 min read", "About the author", "senior technology reporter"),
    ),
)
