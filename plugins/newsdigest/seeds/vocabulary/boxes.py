"""Boxes and labels around the article: related-article and video boxes,
sign-up boxes (their anchors, pitches and consent notices), the labels of a
page's section and tags, and the lines that say the article is over.
"""

from __future__ import annotations

# First lines of boxes (newsletter sign-ups, related-article lists, video
# promotions, tables of contents) whose whole block is furniture.
PROMO_BLOCK_LABELS: tuple[str, ...] = (
    r"en ce moment",
    r"(à|a) découvrir",
    r"(à|a) voir aussi",
    r"(à|a) lire (aussi|également)( sur .{1,40})?\s*:?",
    r"lire aussi( sur .{1,40})?\s*:?",
    r"read next|(à )?lire ensuite|more\s*:|plus\s*:",
    r"trending( news| now| stories)?|most popular|les plus (lus|partagés|commentés)|articles les plus lus",
    r"sur le même sujet",
    r"dans la même rubrique",
    r"en relation",
    r"related( articles| stories| content| topics| coverage)?\s*:?",
    r"more (on this story|from .{0,40}|stories)",
    r"read more",
    r"recommended( for you)?|recommandés?( pour vous)?",
    r"les plus lus|most read|top stories|dernières actualités|latest news",
    # a video or podcast promotion, not the article's own audio player
    r"(watch|vidéo|video|regarder|podcast|écouter)\b"
    r"(?!\s*(l'|cet |this |to this |the )?(article|story)).{0,200}",
    r"newsletter.{0,80}",
    r"sommaire|table of contents|contents|summary|au sommaire",
    # newsletters named after their hour: "Le journal du soir", "The Morning Brief"
    r"(la |le )?(lettre|newsletter|journal|brief|briefing) (du|de la|des) (soir|matin|jour|semaine|week-end)",
    r"the (morning|evening|daily|weekly|weekend) (brief|briefing|newsletter|digest)",
)

# Labels a page prints before the article's section ("Dans la rubrique" /
# "Météo", "Filed under: Science").
SECTION_LABELS: tuple[str, ...] = (
    r"dans la rubrique",
    r"rubriques?",
    r"sections?",
    r"filed under",
    r"catégories?",
    r"categor(?:y|ies)",
    r"publié dans",
    r"posted in",
)

# Lines that announce the article is over: what follows is page furniture
# (related articles, author boxes, tag clouds) unless prose resumes.
TAIL_MARKERS: tuple[str, ...] = (
    r"tags?(\b|(?=[a-zà-ÿ])).{0,200}",
    r"mots[- ]clés.{0,200}",
    r"(article )?(pr[ée]c[ée]dent|suivant)( article)?( .{0,200})?",
    r"(previous|next) (article|story)( .{0,200})?",
    r"en relation|related( articles| stories)?|sur le même sujet",
    r"disclosure statement|déclaration d'intérêts|conflicts? of interest",
    r"plus (par|dans) .{0,60}|more from .{0,60}",
    r"about the author|à propos de l'auteur",
    r"(charger|load) (plus|more).{0,60}",
    r"(commentaires|comments)( \(\d+\))?",
    r"(les )?plus lus|most (read|popular)",
    r"autour de\s*:?|à propos de|dernières (news|actualités|infos) sur.{0,60}|sur le même thème",
)

# Labels a page prints above its own list of tags.
TAG_LABELS: tuple[str, ...] = (
    r"(explore )?more on (these|this) topics?",
    r"(related )?topics?\s*:?",
    r"tags?\s*:?",
    r"mots[- ]clés\s*:?",
    r"(thèmes?|sujets?)( associés)?\s*:?",
    r"sur les mêmes sujets|sur le même thème",
)

# Newsletter boxes: a run of short lines around one of these lines.
NEWSLETTER_ANCHORS: tuple[str, ...] = (
    r".*\b(click|cliquez) (here |ici )?(to|pour) (subscribe|s'abonner|sign up|s'inscrire)\b.*",
    r".*\b(subscribe|abonnez-vous|inscrivez-vous|sign up) (now|today|maintenant|ici|here)\b.*",
    r".*adresse e-?mail.*",
    r".*e-?mail address.*",
    r".*\b(newsletters?|(in|to|into) your inbox"
    r"|dans votre bo[iî]te (mail|e-mail|aux lettres|de réception))\b.*",
    r"en vous inscrivant.*",
    r"by (signing up|subscribing).*",
    r"(je m'inscris|s'inscrire|je m'abonne|abonnez-vous|sign up|subscribe)",
)

# What a sign-up box's consent notice says about personal data: with a word
# of the box (newsletter, e-mail, sign up), such a line is part of the box.
CONSENT_WORDS: tuple[str, ...] = (
    r"privacy (policy|notice|statement)",
    r"terms (of (service|use)|and conditions)",
    r"politique de (confidentialité|protection des données)",
    r"données (personnelles|à caractère personnel)",
    r"personal (data|information)",
    r"recaptcha",
    r"consentement|consent",
    r"conditions générales",
    r"se désinscrire|désabonner|unsubscribe",
)

# How a sign-up box pitches itself to the reader ("Recevez l'information ...").
PITCH_STARTS: tuple[str, ...] = (
    r"recevez",
    r"retrouvez",
    r"découvrez",
    r"inscrivez-vous",
    r"abonnez-vous",
    r"profitez",
    r"suivez",
    r"téléchargez",
    r"rejoignez",
    r"ne manquez",
    r"chaque (jour|matin|soir|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    r"tous les (jours|matins|soirs)",
    r"get",
    r"sign up",
    r"subscribe",
    r"download",
    r"join",
    r"don't miss",
    r"never miss",
    r"start your",
    r"want to",
    r"stay informed",
    r"enter your",
    r"receive",
)

# Words that, alone or after a label, name a video or audio promotion block.
VIDEO_LABELS: tuple[str, ...] = (
    r"(vidéo|video|watch|regarder)( ?[|:-].{0,200})?",
    r"en vidéo,? .{0,200}",
)
