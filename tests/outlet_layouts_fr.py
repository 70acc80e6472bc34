"""Invented stories pasted in the layouts of French-language outlets.

Each paste is what selecting a page from the site's name down to the end of
the article gives (line 1 the site's name, line 2 the breadcrumb when the
page shows one), in the shape of an outlet absent from the dev corpus; the
outlet's name is changed and the story is invented (``outlet_stories.py``).
"""

from __future__ import annotations

from outlet_layouts import UNSET, Layout
from outlet_stories import GLACIER, HALLE, MATCH, USINE

H, G, U, M = HALLE, GLACIER, USINE, MATCH

LAYOUTS_FR: tuple[Layout, ...] = (
    Layout(
        shape="Le Temps",
        paste=f"""Le Tempo
Monde

{G.title}
{G.lede}
Jeanne Exemple
Publié le 12 mars 2031 à 18:07. / Modifié le 12 mars 2031 à 19:27.
3 minutes de lecture
{G.caption}. — © KEYSTONE/Marc Fictif

{G.body((0, "Lire aussi: " + G.teaser), (2, "Abonnez-vous à notre newsletter"))}
""",
        title=G.title,
        source="Le Tempo",
        section="Monde",
        lede=G.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=G.caption + ".",
        credit="KEYSTONE/Marc Fictif",
        first=G.first,
        last=G.last,
        furniture=(G.teaser, "Abonnez-vous à notre newsletter"),
    ),
    Layout(
        shape="Les Echos",
        paste=f"""Les Indices
Industrie > Industrie lourde

{U.title}
{U.lede}
Par Jeanne Exemple
Publié le 12 mars 2031 à 18:07Mis à jour le 13 mars 2031 à 7:10
Ecouter cet article
00:00/04:12
{U.caption}. (Photo Marc Fictif/Hans Lucas via AFP)

{U.body((1, "Lire aussi :", U.teaser))}

Jeanne Exemple
""",
        title=U.title,
        source="Les Indices",
        section="Industrie lourde",
        lede=U.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=U.caption + ".",
        credit="Marc Fictif/Hans Lucas via AFP",
        first=U.first,
        last=U.last,
        furniture=(U.teaser, "Ecouter cet article"),
    ),
    Layout(
        shape="La Croix",
        paste=f"""La Boussole
Monde > Europe

{G.title}
{G.lede}
{G.caption}.
MARC FICTIF/AFP
Jeanne Exemple,
le 12/03/2031 à 18:07
Modifié le 12/03/2031 à 19:20
Lecture en 3 min.

{G.body((1, "Lire aussi : " + G.teaser))}
""",
        title=G.title,
        source="La Boussole",
        section="Europe",
        lede=G.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=G.caption + ".",
        credit="MARC FICTIF/AFP",
        first=G.first,
        last=G.last,
        furniture=(G.teaser, "Lecture en 3 min."),
    ),
    Layout(
        shape="Le JDD",
        paste=f"""Le JDT
Politique

{H.title}
{H.lede}
{H.caption}. © MARC FICTIF / SIPA
Jeanne Exemple
12/03/2031 à 18:07, Mis à jour le 12/03/2031 à 19:27
Partager

{H.body((1, "Sur le même sujet", H.teaser))}
""",
        title=H.title,
        source="Le JDT",
        section="Politique",
        lede=H.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=H.caption + ".",
        credit="MARC FICTIF / SIPA",
        first=H.first,
        last=H.last,
        furniture=(H.teaser,),
    ),
    Layout(
        shape="HuffPost",
        paste=f"""Le BuzzPost
Politique

{H.title}
{H.lede}
{H.caption}, le 11 mars 2031. (Photo by Marc Fictif / NurPhoto via Getty Images)
Le BuzzPost avec AFP
Publié le 12 mars 2031 à 18h07

{H.body((1, "À lire aussi", H.teaser))}

À voir également sur Le BuzzPost :
Ce maire invente une fête des voisins géante dans sa commune
""",
        title=H.title,
        source="Le BuzzPost",
        section="Politique",
        lede=H.lede,
        authors=(),
        date="2031-03-12",
        caption=H.caption + ", le 11 mars 2031.",
        credit="Marc Fictif / NurPhoto via Getty Images",
        first=H.first,
        last=H.last,
        furniture=(H.teaser, "Ce maire invente une fête des voisins géante"),
    ),
    Layout(
        shape="RFI",
        paste=f"""RTI
Afrique

{G.title}
{G.lede}
{G.caption}, en février 2031. © Marc Fictif / AFP
Texte par :
Jeanne Exemple
Suivre
Publié le : 12/03/2031 - 18:07
Modifié le : 12/03/2031 - 19:27
2 mn
Publicité

{G.body((0, "Publicité"), (1, "Lire aussi" + G.teaser))}
""",
        title=G.title,
        source="RTI",
        section="Afrique",
        lede=G.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=G.caption + ", en février 2031.",
        credit="Marc Fictif / AFP",
        first=G.first,
        last=G.last,
        furniture=(G.teaser, "Publicité"),
    ),
    Layout(
        shape="France 24",
        paste=f"""France 42
Europe

{U.title}
{U.lede}
{U.caption}, le 11 mars 2031. © Marc Fictif, Reuters
Par :
Jeanne Exemple
Suivre
Publié le : 12/03/2031 - 18:07
3 mn

{U.body((1, "Lire aussi" + U.teaser))}
""",
        title=U.title,
        source="France 42",
        section="Europe",
        lede=U.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=U.caption + ", le 11 mars 2031.",
        credit="Marc Fictif, Reuters",
        first=U.first,
        last=U.last,
        furniture=(U.teaser,),
    ),
    Layout(
        shape="L'Équipe",
        paste=f"""L'Épique
Football > Ligue fictive

{M.title}
{M.lede}
{M.caption}. (M. Fictif/L'Épique)
Jeanne Exemple
mis à jour le 12 mars 2031 à 23h15
partager
réagir

{M.body()}
""",
        title=M.title,
        source="L'Épique",
        section="Ligue fictive",
        lede=M.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=M.caption + ".",
        credit="M. Fictif/L'Épique",
        first=M.first,
        last=M.last,
        furniture=("réagir",),
    ),
    Layout(
        shape="Sud Ouest",
        paste=f"""Sud Exemple
Gironde > Testville

{H.title}
{H.lede}
Par Jeanne Exemple
Publié le 12/03/2031 à 18h07.
Mis à jour le 12/03/2031 à 19h27.
{H.caption}.
Marc Fictif / « SUD EXEMPLE »
Écouter

{H.body((2, "Abonnez-vous", "Pour lire la suite, profitez de notre offre découverte"))}
""",
        title=H.title,
        source="Sud Exemple",
        section="Testville",
        lede=H.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=H.caption + ".",
        credit="Marc Fictif / « SUD EXEMPLE »",
        first=H.first,
        last=H.last,
        furniture=("Pour lire la suite",),
    ),
    Layout(
        shape="La Dépêche",
        paste=f"""LaMissive.fr
Actu > Économie

{U.title}
Jeanne Exemple
Publié le 12/03/2031 à 18:07 , mis à jour à 19:27
L'essentiel
{U.lede}
{U.caption}. DDM - MARC FICTIF

{U.body((1, "Abonnez-vous pour lire la suite"))}
""",
        title=U.title,
        source="LaMissive",
        section="Économie",
        lede=U.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=U.caption + ".",
        credit="DDM - MARC FICTIF",
        first=U.first,
        last=U.last,
        furniture=("L'essentiel",),
    ),
    Layout(
        shape="RTBF",
        paste=f"""RTBX
Info > Belgique

{G.title}
{G.lede}
Par Jeanne Exemple via
Publié le 12 mars 2031 à 18h07
Partager
Copier le lien
{G.caption}. © Tous droits réservés

{G.body((1, "Sur le même sujet", G.teaser, "Climat : les refuges manquent d'eau cet été"))}
""",
        title=G.title,
        source="RTBX",
        section="Belgique",
        lede=G.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=G.caption + ".",
        credit="Tous droits réservés",
        first=G.first,
        last=G.last,
        furniture=(G.teaser, "les refuges manquent d'eau"),
    ),
    Layout(
        shape="Le Soir",
        paste=f"""Le Sirocco
Belgique

{H.title}
Par Jeanne Exemple
Publié le 12/03/2031 à 18:07 Temps de lecture: 3 min
{H.lede}
{H.caption}. © Belga.

{H.body((1, "Article réservé aux abonnés"))}
""",
        title=H.title,
        source="Le Sirocco",
        section="Belgique",
        lede=H.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=H.caption + ".",
        credit="Belga",
        first=H.first,
        last=H.last,
        furniture=("Article réservé aux abonnés",),
    ),
    Layout(
        shape="Jeune Afrique",
        paste=f"""Jeune Testafrique
Économie

{U.title}
{U.lede}
{U.caption}, le 11 mars 2031. © Marc Fictif/AFP
Par Jeanne Exemple - à Port-Fictif
Mis à jour le 12 mars 2031 à 18:07
Lecture : 3 minutes.

{U.body()}
""",
        title=U.title,
        source="Jeune Testafrique",
        section="Économie",
        lede=U.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=U.caption + ", le 11 mars 2031.",
        credit="Marc Fictif/AFP",
        first=U.first,
        last=U.last,
        furniture=("Lecture : 3 minutes.",),
    ),
    Layout(
        shape="Courrier international",
        paste=f"""Courrier testational
Géopolitique > Testlande

{G.title}
{G.lede}
Publié le 12 mars 2031 à 18h07
Lecture 3 min.
Partage
{G.caption}. Photo Marc Fictif/Reuters

{G.body()}

Source
Le Quotidien d'Exemple
Exempleville
https://www.exemple.test
""",
        title=G.title,
        source="Courrier testational",
        section="Testlande",
        lede=G.lede,
        authors=(),
        date="2031-03-12",
        caption=G.caption + ".",
        credit="Marc Fictif/Reuters",
        first=G.first,
        last=G.last,
        furniture=("Le Quotidien d'Exemple",),
    ),
    Layout(
        shape="Slate",
        paste=f"""Ardoise.fr
Culture

{M.title}
{M.lede}
Jeanne Exemple — Édité par Paul Essai — 12 mars 2031 à 7h00
Temps de lecture: 3 min
{M.caption}. | Marc Fictif via Unsplash

{M.body((1, "Newsletters", "Tous les jours, une sélection de nos articles"))}
""",
        title=M.title,
        source="Ardoise",
        section="Culture",
        lede=M.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=M.caption + ".",
        credit="Marc Fictif via Unsplash",
        first=M.first,
        last=M.last,
        furniture=("une sélection de nos articles",),
    ),
    Layout(
        shape="franceinfo",
        paste=f"""testinfo
Monde > Europe

{G.title}
{G.lede}
Article rédigé par
Jeanne Exemple - Radio Test
Publié le 12/03/2031 18:07 Mis à jour le 12/03/2031 19:27
Temps de lecture : 3min
{G.caption}, le 11 mars 2031. (MARC FICTIF / HANS LUCAS / AFP)

{G.body((1, "Lire aussi", G.teaser))}
""",
        title=G.title,
        source="testinfo",
        section="Europe",
        lede=G.lede,
        authors=("Jeanne Exemple",),
        date="2031-03-12",
        caption=G.caption + ", le 11 mars 2031.",
        credit="MARC FICTIF / HANS LUCAS / AFP",
        first=G.first,
        last=G.last,
        furniture=(G.teaser,),
    ),
    Layout(
        shape="regional daily, place glued before the headline",
        paste=f"""Le Progrès Test
Edition Testville

Testville Chantier de la halle : les commerçants attendent leur retour
Par J. EXEMPLE - 12 mars 2031 à 05:01 - Temps de lecture :
|
{H.caption}. Photo LPT /Jeanne EXEMPLE

{H.body()}
""",
        title="Chantier de la halle : les commerçants attendent leur retour",
        source="Le Progrès Test",
        section="Edition Testville",
        lede=UNSET,
        authors=("J. EXEMPLE",),
        date="2031-03-12",
        caption=H.caption + ".",
        credit="LPT /Jeanne EXEMPLE",
        first=H.first,
        last=H.last,
    ),
)
