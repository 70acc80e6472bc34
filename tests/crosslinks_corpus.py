"""A small, clearly synthetic corpus for the cross-links tests.

Two sources cover one invented event (the cardboard bridge of Zorblanc); one
source follows another invented event over two days (the Snorvik lighthouse);
four unrelated articles share nothing but the very common entity "France".
"""

from __future__ import annotations

import datetime as dt

from bench.synthetic import seed_text

NOTE = "Ce texte est synthétique, écrit pour les tests."

SEEDS = {
    "zorblanc-gazette.txt": seed_text(
        source="Gazette Synthétique",
        section="Monde",
        title="Zorblanc inaugure son pont de carton au-dessus de la Flumène",
        lede=f"Le village inventé de Zorblanc ouvre un pont de carton. {NOTE}",
        paragraphs=[
            "Le village de Zorblanc a inauguré mercredi un pont de carton long "
            "de douze mètres au-dessus de la rivière Flumène, assemblé avec "
            "trois cents kilos de colle et quarante rouleaux de ruban adhésif.",
            "Albérie Quux coupe le ruban",
            "La ministre imaginaire Albérie Quux a coupé le ruban de papier "
            "devant les habitants de Zorblanc, qui ont traversé le pont de "
            "carton en file indienne au-dessus de la Flumène.",
            "Selon la ministre Albérie Quux, le carton du pont sera verni "
            "chaque printemps, et la colle vérifiée après chaque averse. "
            "Aucun autre pont de carton n'existe en France.",
        ],
        date=dt.datetime(2031, 4, 2, 9, 30),
        tags=["Zorblanc", "Albérie Quux", "Flumène", "France"],
    ),
    "zorblanc-courrier.txt": seed_text(
        source="Le Courrier Fictif",
        section="Régions",
        title="Un pont de carton relie désormais les deux rives de la Flumène",
        lede=f"Albérie Quux était à Zorblanc pour l'inauguration. {NOTE}",
        paragraphs=[
            "Douze mètres de carton, trois cents kilos de colle et quarante "
            "rouleaux de ruban adhésif : le pont de Zorblanc enjambe depuis "
            "mercredi la rivière Flumène.",
            "La ministre Albérie Quux a coupé un ruban de papier, puis les "
            "habitants de Zorblanc ont traversé le pont de carton en file "
            "indienne.",
            "Le carton sera verni chaque printemps et la colle vérifiée après "
            "chaque averse, a promis la ministre Albérie Quux.",
        ],
        date=dt.datetime(2031, 4, 2, 15, 10),
        tags=["Zorblanc", "Albérie Quux", "Flumène"],
    ),
    "plimbourg-cerfs-volants.txt": seed_text(
        source="Gazette Synthétique",
        section="Monde",
        title="Plimbourg accueille un festival de cerfs-volants hexagonaux",
        lede=f"Des cerfs-volants à six côtés colorent le ciel de Plimbourg. {NOTE}",
        paragraphs=[
            "Le festival de Plimbourg réunit cette semaine des cerfs-volants "
            "hexagonaux cousus de soie verte, lancés depuis les collines de "
            "la ville inventée.",
            "Les organisateurs comptent sur un vent régulier pour battre le "
            "record d'altitude établi lors de l'édition précédente en France.",
        ],
        date=dt.datetime(2031, 4, 1, 11, 0),
        tags=["Plimbourg", "France"],
    ),
    "glorbex-resultats.txt": seed_text(
        source="Le Courrier Fictif",
        section="Économie",
        title="Glorbex annonce des résultats trimestriels en forme de spirale",
        lede=f"La société inventée Glorbex publie ses comptes. {NOTE}",
        paragraphs=[
            "L'entreprise Glorbex, fabricant imaginaire de spirales de "
            "cuivre, déclare un chiffre d'affaires en hausse de sept pour cent "
            "sur le trimestre écoulé.",
            "Ses dirigeants attribuent cette croissance à l'exportation de "
            "bobines vers ses clients en France et ailleurs.",
        ],
        date=dt.datetime(2031, 4, 3, 8, 45),
        tags=["Glorbex", "France"],
    ),
    "vrillac-tromene.txt": seed_text(
        source="L'Écho Imaginaire",
        section="Sport",
        title="Vrillac bat Tromène au terme d'un match de balle carrée",
        lede=f"Un match inventé de balle carrée s'achève sur un score serré. {NOTE}",
        paragraphs=[
            "L'équipe de Vrillac a battu celle de Tromène par trois buts à "
            "deux, au terme d'une partie de balle carrée disputée sous la "
            "grêle.",
            "Le gardien de Tromène a arrêté neuf tirs avant de céder dans "
            "les dernières minutes, devant le public le plus nombreux de "
            "France pour ce sport inventé.",
        ],
        date=dt.datetime(2031, 3, 25, 21, 0),
        tags=["Vrillac", "Tromène", "France"],
    ),
    "musee-quimbre.txt": seed_text(
        source="L'Écho Imaginaire",
        section="Culture",
        title="Le musée de Quimbre expose des horloges sans aiguilles",
        lede=f"Un musée inventé rassemble des horloges muettes. {NOTE}",
        paragraphs=[
            "Le musée de Quimbre présente depuis mardi deux cents horloges "
            "dépourvues d'aiguilles, prêtées par des collectionneurs "
            "imaginaires.",
            "Les visiteurs sont invités à deviner l'heure au seul tic-tac, "
            "une expérience unique en France selon les conservateurs.",
        ],
        date=dt.datetime(2031, 4, 8, 10, 0),
        tags=["Quimbre", "France"],
    ),
    "snorvik-phare-eteint.txt": seed_text(
        source="Gazette Synthétique",
        section="Monde",
        title="Le phare de Snorvik s'éteint après une tempête de sable",
        lede=f"Le phare inventé de Snorvik ne tourne plus. {NOTE}",
        paragraphs=[
            "Le phare de Snorvik s'est éteint mardi soir, sa lanterne "
            "recouverte par le sable d'une tempête venue des dunes.",
            "Les gardiens du phare de Snorvik attendent une grue pour "
            "nettoyer la lanterne et rallumer la lampe.",
        ],
        date=dt.datetime(2031, 4, 2, 18, 0),
        tags=["Snorvik", "Phare de Snorvik"],
    ),
    "snorvik-phare-rallume.txt": seed_text(
        source="Gazette Synthétique",
        section="Monde",
        title="Le phare de Snorvik rallumé après le passage de la grue",
        lede=f"La lanterne du phare inventé de Snorvik brille de nouveau. {NOTE}",
        paragraphs=[
            "Une grue a permis aux gardiens du phare de Snorvik de nettoyer "
            "la lanterne recouverte de sable par la tempête.",
            "La lampe du phare de Snorvik a été rallumée jeudi soir, deux "
            "jours après s'être éteinte.",
        ],
        date=dt.datetime(2031, 4, 4, 7, 30),
        tags=["Snorvik", "Phare de Snorvik"],
    ),
}
