"""Bylines and signatures: news agencies, byline labels, the roles and buttons
printed after a name, the words a name never holds, contributor notes.
"""

from __future__ import annotations

# News agencies: named in a byline or signature, they are agencies, not authors.
AGENCIES: tuple[str, ...] = (
    "AFP",
    "Agence France-Presse",
    "Reuters",
    "AP",
    "Associated Press",
    "The Associated Press",
    "EFE",
    "ANSA",
    "dpa",
    "DPA",
    "Belga",
    "ATS",
    "Keystone-ATS",
    "Bloomberg",
    "PA",
    "Press Association",
    "PA Media",
    "Xinhua",
    "Kyodo",
    "Yonhap",
    "TASS",
    "RIA Novosti",
    "Anadolu",
    "UPI",
    "La Presse canadienne",
    "The Canadian Press",
    "CP",
    "APS",
    "MAP",
    "TAP",
    "Europa Press",
    "Agence QMI",
    "Relaxnews",
    "ETX Daily Up",
    "AAP",
    "CNA",
    "Sputnik",
    "Interfax",
    "NTB",
    "TT",
    "Ritzau",
    "WAFA",
    "IRNA",
    "SPA",
    "KCNA",
    "BBC News",
    "Euronews",
)

# Words that start a byline; the names follow.
BYLINE_LABELS: tuple[str, ...] = (
    r"par",
    r"by",
    r"texte",
    r"texte et photos",
    r"written by",
    r"story by",
    r"analysis by",
    r"opinion by",
    r"commentary by",
    r"reporting by",
    r"recueilli par",
    r"propos recueillis par",
    r"un article de",
    r"an article by",
    r"un texte de",
    r"une chronique de",
    r"a story by",
)

# Who edited the article: named in a byline, never an author.
EDITOR_LABELS: tuple[str, ...] = (
    r"édité(?:e|s)? par",
    r"edited by",
    r"editing by",
    r"relu par",
    r"mis en forme par",
)

# A line that only says "author", with the names on the next line.
AUTHOR_LABEL_LINES: tuple[str, ...] = (
    r"auteure?s?|author(s)?|par|by|texte|written by|rédigé par|signé par",
)

# What a person is, printed after the name in a byline ("Political
# Correspondent", "correspondant à Genève"): never part of the name.
BYLINE_ROLES: tuple[str, ...] = (
    r"columnist",
    r"editor-at-large",
    r"correspondent",
    r"editor",
    r"reporter",
    r"writer",
    r"journalist",
    r"producer",
    r"contributor",
    r"analyst",
    r"critic",
    r"photographer",
    r"photojournalist",
    r"anchor",
    r"chroniqueur",
    r"chroniqueuse",
    r"correspondante?",
    r"journaliste",
    r"rédact(eur|rice)",
    r"éditorialiste",
    r"envoyée? spéciale?",
    r"envoyée?",
    r"pigiste",
    r"stagiaire",
    r"présentat(eur|rice)",
    r"rédact(eur|rice) en chef( adjointe?)?",
)

# Words that qualify a role ("Senior Political Correspondent", "ASSISTANT
# SPORTS EDITOR"): the beat or the rank, never part of a name.
BYLINE_ROLE_QUALIFIERS: tuple[str, ...] = (
    r"senior|chief|deputy|assistant|associate|executive|managing|contributing",
    r"staff|special|investigative|foreign|national|international|political",
    r"politics|business|economics|economy|finance|markets|sports?|health",
    r"science|technology|tech|culture|arts|entertainment|opinion|world|metro",
    r"city|local|state|white house|washington|europe|africa|asia|climate",
    r"environment|education|legal|crime|data|video|photo|digital|news",
)

# Buttons a page prints after an author's name ("Victoria O’Regan Follow").
BYLINE_BUTTONS = r"(?:\+\s*)?(?:follow|suivre|subscribe|s'abonner)"

# Words joining names in a byline.
NAME_JOINERS = r"\s*(?:,|;|\bet\b|\band\b|&|\+)\s*"

# Lowercase words allowed inside a person's name.
NAME_PARTICLES: frozenset[str] = frozenset(
    "de du des d' la le van von der den da di dos das del della al el ben bin ibn "
    "y e af zu ter mac st. st".split()
)

# Words that never open a person's name (articles: "UN CHANTIER", "THE SHOW").
NOT_NAME_OPENERS: frozenset[str] = frozenset(
    "un une des les the a an this ce cette ces mon ma mes notre nos our your votre "
    "vos".split()
)

# Words that open a place's name, never a person's: "New York —", "Los
# Angeles —", "Hong Kong —" open a dateline, not a byline.
PLACE_OPENERS: frozenset[str] = frozenset(
    "new san santa los las hong tel buenos port fort cape mount lake kuala "
    "ciudad são sao puerto".split()
)

# Words that are never part of a person's name in a byline (roles, labels).
NOT_NAME_WORDS: frozenset[str] = frozenset(
    "news rédaction redaction service staff team équipe editor editors reporter "
    "correspondent correspondant correspondante envoyé envoyée spécial spéciale "
    "journaliste journalist writer contributor chief senior analysis opinion "
    "published publié updated posted photo photos vidéo video live direct images "
    "image getty afp reuters ap credit crédit copyright source share sharing "
    "social partager facebook twitter linkedin whatsapp email print comments "
    "newsletter subscribe abonnez-vous accueil home menu sommaire lire aussi "
    "international national politique société economie économie monde sport "
    "sports culture santé science sciences tech world politics business opinion "
    "opinions europe france entretien entretiens interview interviews chronique "
    "chroniques tribune tribunes éditorial editorial enquête enquêtes reportage "
    "reportages dossier dossiers podcast podcasts série series épisode episode "
    "analyse blog topics party parti related follow suivre".split()
)

# Notes that credit the reporting and editing, kept apart from the body.
CONTRIBUTOR_NOTES: tuple[str, ...] = (
    r".{2,60} (is|est) (a|an|the|un|une|le|la) .{0,60}(reporter|correspondent|writer|editor|journalist|journaliste|correspondante?|rédact\w+)\b.{0,200}",
    r"(additional )?reporting by .{3,}",
    r"(writing|written|editing|edited|compiled) by:? .{3,}",
    r"(édité|édition|rédaction|relu) par\s*:? .{3,}",
    r"with reporting (by|from) .{3,}",
    r".{3,} contributed (reporting )?to this (report|story|article)\.?",
    r".{3,} contributed reporting( from .{2,60})?\.?",
    r"(avec|with) (la contribution|contribution) de .{3,}",
    r"édité par .{3,}",
    r"this (story|article) (was|has been) (updated|corrected).{0,200}",
    r"write to .{2,60} at \S+@\S+.{0,200}",
    r"(contact|écrire à|joindre) .{2,60} (at|à) \S+@\S+",
    r"(a version of )?this (article|story|essay) (appears|appeared|was published) in the .{1,60} (print )?(edition|issue).{0,200}",
    r"(cet article|une version de cet article) (est paru|a été publié|paraît)e? dans .{1,80}(édition|numéro).{0,200}",
    r"this is a breaking news? story.{0,200}|this is a developing story.{0,200}",
)

# The verb after an author's name in the bio a page prints under the article
# ("Jane Sample is a staff writer ...", "Jeanne Exemple est journaliste ...").
AUTHOR_BIO_VERBS: tuple[str, ...] = (
    "is", "was", "covers", "writes", "reports", "has", "joined",
    "est", "était", "couvre", "écrit", "a rejoint",
)  # fmt: skip

# How an author's bio, printed under the byline, starts ("I write about ...").
AUTHOR_BIOS: tuple[str, ...] = (
    r"i (write|cover|report) (about|on) .{3,200}",
    r"(je couvre|j'écris sur|j'écris à propos de) .{3,200}",
)

# Signature: agencies joined to a name or an outlet ("B.F avec AFP").
SIGNATURE_AGENCY_JOINERS = r"\s+(?:avec|with|et|and|\+|&|,)\s+"
