"""Invented stories for the outlet-layout tests: no outlet printed these words.

Every story happens in 2031, in invented places (Testville, Sampletown), to
invented people (Jeanne Exemple, Jane Sample), so that no text can be taken
for news. ``tests/outlet_layouts_fr.py`` and ``outlet_layouts_en.py`` print
them in the shapes of news pages the reader was not developed on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    """One invented article: headline, standfirst, photo caption, paragraphs."""

    title: str
    lede: str
    caption: str
    paragraphs: tuple[str, ...]
    teaser: str  # another (invented) article's headline, for "read more" boxes

    @property
    def first(self) -> str:
        """The first sentence of the body."""
        return self.paragraphs[0].split(". ")[0] + "."

    @property
    def last(self) -> str:
        """The last sentence of the body."""
        return self.paragraphs[-1].rsplit(". ", 1)[-1]

    def body(self, *inserts: tuple) -> str:
        """The paragraphs a blank line apart, with a block of furniture lines
        inserted after paragraph ``n`` for each ``(n, line, line...)``."""
        blocks: list[str] = []
        for index, paragraph in enumerate(self.paragraphs):
            blocks.append(paragraph)
            blocks.extend(
                "\n".join(lines) for after, *lines in inserts if after == index
            )
        return "\n\n".join(blocks)


HALLE = Story(
    title="À Testville, la halle du marché rouvrira au printemps après deux ans de travaux",
    lede=(
        "Fermée depuis l'hiver 2029 pour des raisons de sécurité, la halle centrale "
        "doit accueillir de nouveau ses quarante commerçants le 2 avril, a annoncé "
        "la mairie."
    ),
    caption="La charpente de la halle de Testville a été entièrement refaite",
    paragraphs=(
        "Les échafaudages tombent enfin autour de la halle de Testville. Après deux "
        "ans de chantier et un budget passé de 4 à 6,5 millions d'euros, le bâtiment "
        "de fer et de verre retrouvera ses étals au printemps.",
        "« Nous avons dû remplacer près de la moitié des poutres, rongées par "
        "l'humidité », explique Paul Essai, l'architecte chargé du projet, qui "
        "reconnaît des retards liés à l'approvisionnement en acier.",
        "Les commerçants, relogés depuis deux ans sous des barnums sur la place de "
        "l'Exemple, attendent ce retour avec impatience. Plusieurs d'entre eux disent "
        "avoir perdu un tiers de leur clientèle pendant les travaux.",
        "La mairie promet des loyers inchangés la première année. Une fête "
        "d'inauguration est prévue le premier week-end d'avril, avec un concert sur "
        "le parvis.",
    ),
    teaser="Testville : le budget municipal adopté malgré l'opposition",
)

GLACIER = Story(
    title="Dans le massif du Testberg, les glaciers ont perdu un tiers de leur surface en dix ans",
    lede=(
        "Une étude de l'Observatoire alpin d'Exempleville, publiée mardi, mesure un "
        "recul sans précédent des neuf glaciers du massif."
    ),
    caption="Le glacier du Mont-Fictif photographié depuis le refuge de la Sonde",
    paragraphs=(
        "Les chercheurs de l'Observatoire alpin d'Exempleville ont comparé des images "
        "aériennes prises chaque été depuis 2021. Leur conclusion est sans appel : la "
        "surface englacée du massif a reculé de 34 % en une décennie.",
        "Le glacier du Mont-Fictif, le plus grand du massif, a perdu à lui seul près "
        "de deux kilomètres carrés. « Nous n'avions jamais observé une telle vitesse "
        "de fonte », souligne la glaciologue Léa Test.",
        "Les refuges d'altitude s'inquiètent déjà pour l'approvisionnement en eau. "
        "Celui de la Sonde a dû installer une citerne l'été dernier, faute de source "
        "suffisante.",
        "L'équipe prévoit de poursuivre ses relevés avec des drones dès le mois de "
        "juin. Elle publiera ses données brutes en accès libre d'ici la fin de "
        "l'année.",
    ),
    teaser="Climat : les stations du Testberg ferment leurs pistes plus tôt",
)

USINE = Story(
    title="Exemplia va supprimer 300 postes dans son usine de Port-Fictif",
    lede=(
        "Le fabricant de pièces détachées invoque une baisse durable de ses commandes "
        "et prévoit de regrouper sa production sur deux sites."
    ),
    caption="L'usine Exemplia de Port-Fictif emploie aujourd'hui 850 salariés",
    paragraphs=(
        "La direction d'Exemplia a présenté mardi aux représentants du personnel un "
        "plan de réorganisation qui prévoit la suppression de 300 postes à Port-Fictif. "
        "L'annonce a été accueillie par un débrayage spontané dans l'après-midi.",
        "Le groupe, qui fabrique des pièces pour l'industrie ferroviaire, dit avoir vu "
        "ses commandes reculer de 18 % en deux ans. Il veut concentrer la production "
        "sur ses sites de Testville et d'Exempleville.",
        "« C'est un coup de massue pour tout le bassin d'emploi », réagit Marc Fictif, "
        "délégué syndical, qui réclame une expertise indépendante des comptes.",
        "Une réunion est prévue la semaine prochaine à la préfecture. Les syndicats "
        "appellent à une journée de grève le 20 mars.",
    ),
    teaser="Industrie : les commandes ferroviaires au plus bas depuis dix ans",
)

MATCH = Story(
    title="Le FC Testville arrache le nul face à l'Olympique d'Exempleville",
    lede=(
        "Menés de deux buts à la pause, les Testvillois ont égalisé dans le temps "
        "additionnel grâce à un penalty de leur capitaine."
    ),
    caption="Le capitaine testvillois Hugo Essai célèbre l'égalisation",
    paragraphs=(
        "Le stade de la Sonde a longtemps cru à une défaite. L'Olympique d'Exempleville "
        "menait 2-0 à la pause grâce à un doublé de son avant-centre, auteur de deux "
        "reprises de la tête.",
        "Au retour des vestiaires, l'entraîneur testvillois a fait entrer deux "
        "attaquants. Le pari a payé à l'heure de jeu, quand un centre dévié a trompé "
        "le gardien adverse.",
        "Dans le temps additionnel, Hugo Essai a obtenu puis transformé un penalty. "
        "« On n'a jamais lâché, c'est la marque de ce groupe », a-t-il savouré au "
        "coup de sifflet final.",
        "Le FC Testville reste quatrième du classement. Il se déplacera samedi "
        "prochain sur la pelouse du Racing de Port-Fictif.",
    ),
    teaser="Ligue fictive : le Racing de Port-Fictif limoge son entraîneur",
)

LIBRARY = Story(
    title="Sampletown council votes to close its oldest library after budget shortfall",
    lede=(
        "The Elm Street branch, open since 1931, will shut in June unless a "
        "community group raises $2 million, officials said."
    ),
    caption="Residents protest outside the Elm Street library in Sampletown",
    paragraphs=(
        "The Sampletown city council voted 6-3 on Tuesday night to close the Elm "
        "Street library, the oldest branch in the city's system. The decision follows "
        "a $14 million shortfall in next year's budget.",
        'Mayor Rita Placeholder said the vote was painful but necessary. "We looked '
        'at every other option, and none of them added up," she told reporters after '
        "the meeting.",
        "More than 200 residents packed the chamber, many holding signs. A group of "
        "parents has started a fund to keep the branch open and says it has already "
        "collected $300,000.",
        "The council will review the group's proposal in May. If the money is not "
        "raised by then, the building will be put up for sale.",
    ),
    teaser="Sampletown schools brace for larger classes next fall",
)

CHIPS = Story(
    title="Mockcorp shares tumble after the chipmaker cuts its annual forecast",
    lede=(
        "The company blamed weaker demand for data-center hardware and said it "
        "would pause hiring for the rest of the year."
    ),
    caption="A Mockcorp plant in Testford, where the company makes most of its chips",
    paragraphs=(
        "Shares of Mockcorp fell 14% in early trading on Wednesday after the "
        "chipmaker lowered its revenue forecast for the year. It was the stock's "
        "steepest one-day drop since 2027.",
        "Chief executive Omar Trial told analysts that orders from cloud providers had "
        'slowed sharply in the past quarter. "Customers are digesting what they '
        'bought last year," he said on a call.',
        "The company now expects revenue of $8.2 billion, down from a previous "
        "estimate of $9 billion. It will also delay the opening of a second plant in "
        "Testford.",
        "Analysts at Sample Securities cut their price target on the stock. They "
        "expect demand to recover only in the second half of next year.",
    ),
    teaser="Chip stocks slide as investors rethink the data-center boom",
)

REEF = Story(
    title="Scientists map a vast coral reef off the coast of Mockford Island",
    lede=(
        "The reef stretches for nearly 40 miles and appears to have escaped the "
        "bleaching that hit neighboring waters, researchers say."
    ),
    caption="A diver surveys the newly mapped reef near Mockford Island",
    paragraphs=(
        "A team from the Institute of Placeholder Studies spent six weeks charting "
        "the reef with underwater drones. They found more than 90 species of coral, "
        "some of them at depths rarely surveyed.",
        '"It is like finding a rainforest nobody had walked through," said marine '
        "biologist Nina Example, who led the expedition. She said cooler currents may "
        "explain why the reef stayed healthy.",
        "The findings were published on Monday in the Journal of Invented Oceanography. "
        "The authors call for the area to be protected before fishing fleets move in.",
        "Local officials said they would consider a marine reserve. A public "
        "consultation is expected to open later this spring.",
    ),
    teaser="Why warm water is turning reefs white around the world",
)
