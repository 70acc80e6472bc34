"""Tables of what news pages print around an article, in French and English.

Only data lives here: the parsing steps read these tables, so teaching the
reader a new outlet's habit means adding a line to a table, not a branch to
the code. Patterns are matched case-insensitively against a whole line (or
the named part of it) after surrounding spaces are removed.
"""

from __future__ import annotations

# --- Page furniture: whole lines that are never part of the article --------

FURNITURE_LINES: tuple[str, ...] = (
    # sharing and saving
    r"(partager|share|partage)\s*:?( (sur|on|via|par|this( article)?( with)?) .{0,40})?",
    r"(l'article )?sur les réseaux sociaux|(article )?rédigé par|written by",
    r"contribuer|réutiliser ce contenu|reuse this content|explore more on these topics",
    r"(share|partager) this (article|story|page)",
    r"share this with",
    r"(facebook|twitter|x|linkedin|whatsapp|instagram|pinterest|flipboard|messenger"
    r"|viadeo|reddit|telegram|google\+|bluesky|threads|tumblr|mastodon|snapchat"
    r"|youtube|tiktok|e-?mail|mail|courriel|print|imprimer|sms|copy|copier)",
    r"(copier|copy) (le |this |the )?(lien|link)|lien copié|link copied|copied!?",
    r"envoyer (par|à un ami).{0,20}|send (by|to a friend).{0,20}",
    r"(sauvegarder|enregistrer|save|bookmark)( (l'|cet |this )?(article|story))?",
    r"(ajouter|ajouté) à (mes|vos) (favoris|articles).{0,40}",
    r"l'article a été ajouté à vos favoris.{0,40}",
    r"(lire|read) (plus tard|later)",
    r"these are external links and will open in a new window",
    r"close share panel|read more about sharing\.?|share panel",
    # counters and reading times
    r"\d[\d ]*(commentaires?|comments?|partages?|shares?|réactions?|reactions?)"
    r"( \d[\d ]*(partages?|shares?|commentaires?|comments?))?",
    r"(temps de lecture|reading time|lecture)\s*:?\s*\d+\s*(min|minutes?|mn)\.?",
    r"\d+\s*(min|minutes?|mn)\.?( de lecture| read| to read| lues?| lecture)?",
    r"add to (your )?(saved stories|reading list|favou?rites)",
    r"(commenter|comments?|commentaires?|réagir|react|voir les commentaires)",
    # subscriptions, accounts, newsletters
    r"(abonnez-vous|je m'abonne|s'abonner|abonnement|subscribe|subscribed"
    r"|sign up|signup|sign in|log in|login|se connecter|connexion|s'inscrire"
    r"|je m'inscris|inscription|register|déjà abonné.{0,60}|already a subscriber.{0,60}"
    r"|already subscribed.{0,60}|offert|premium|exclusive)",
    r"(subscribe|abonnez-vous|s'abonner) (to|à|au|pour) .{0,80}",
    r"(offre (limitée|spéciale|découverte)|special offer|limited offer).{0,80}",
    r"(newsletter|lettre d'information)( .{0,60})?",
    r"(merci de |veuillez )?(saisir|renseigner|entrer|indiquer) (votre|une) adresse e-?mail.{0,40}",
    r"(votre )?adresse e-?mail.{0,60}",
    r"(your |enter (your )?)?e-?mail( address)?.{0,40}",
    r"en vous inscrivant.{0,200}|by (signing up|subscribing).{0,200}",
    r"votre e-?mail, avec votre consentement.{0,200}",
    r"i would like to be emailed .{0,200}",
    r"for free real[- ]time breaking news alerts .{0,200}",
    r"(get )?breaking news (emails|alerts)( .{0,120})?",
    r"merci ?!?|thank you!?|ok|valider|envoyer|submit|send",
    r"votre inscription (a|à) bien été prise en compte.{0,80}",
    r"pour découvrir toutes nos autres newsletters.{0,80}",
    r"(article )?réservé aux abonnés|(article|contenu) (exclusif )?abonnés?|subscriber only",
    r"(offrir|partager) (l'|cet )?article|gift (this )?article|share full article",
    r"ajouter à (mes|vos) sélections|add to (my )?(list|reading list)",
    r"(écouter|lire) (cet |l')article|listen to (this )?article|read in app",
    r"partagez (via|sur|par) .{1,40}|.{1,40} \((fenêtre modale|opens in a new window|nouvelle fenêtre)\)",
    r"skip (advertisement|ad)|supported by|continue reading( the main story)?",
    r"(voir|afficher|masquer) les commentaires|réagissez.{0,60}|join the conversation",
    r"(lire|regarder|play|watch) (la )?vidéo|vidéo suivante|next video",
    r"accepter (les )?cookies.{0,120}|(vous avez choisi de refuser|ce contenu n'est pas disponible).{0,200}",
    r"(news |senior |chief |political |foreign |staff |special )?(reporter|correspondent|editor|journalist|writer|journaliste|correspondante?|rédacteur|rédactrice|envoyée? spéciale?)( .{0,40})?",
    # advertising and promotion
    r"(publicité|advertisement|advertising|ad|annonce|pub|sponsored"
    r"|contenu sponsorisé|contenu partenaire|partner content|promoted)",
    r"click here to (get|download|subscribe|sign up|read).{0,80}",
    r"(téléchargez|download) (l'appli(cation)?|the app).{0,80}",
    r"suivez-nous.{0,60}|follow us.{0,60}|google news",
    # related content labels
    r"([>»▶►]+\s*)?(à|a) lire (aussi|également|egalement)( ?[:.»>-].{0,200}| .{0,200})?",
    r"lire (aussi|également|la suite)( ?[:.»>-].{0,200}| .{0,200})?",
    r"(à )?lire( (l'|la |le |les |notre |nos |mon |ma )\S+)?\s*:.{1,200}",
    r"(à|a) lire (aussi|également)(?-i:[A-ZÀ-Ý]).{0,200}",
    r"(read|watch|listen) next|(à )?lire ensuite|up next|next up",
    r"(read|see) (more|also)( ?[:.»>-].{0,200})?|related( articles| stories| content)?:?",
    r"voir aussi( ?:.{0,200})?|sur le même (sujet|thème)|dans la même rubrique",
    r"(en relation|related|more from .{0,40}|plus (par|dans|de) .{0,60}|most read"
    r"|les plus lus|à découvrir|a découvrir|en ce moment|nos (articles|dossiers)"
    r"|à voir aussi|you may also like|recommended|recommandé pour vous"
    r"|top stories|dernières actualités|latest news|more stories|trending( news| now| stories)?"
    r"|related coverage|related topics|more:|dans la rubrique)",
    r"(article )?(pr[ée]c[ée]dent|suivant)( article)?( .{0,200})?",
    r"(previous|next) (article|story)( .{0,200})?",
    r"(charger|load|voir|show|afficher) (plus|more)( .{0,60})?",
    r"about the author|à propos de l'auteur|(l')?auteur|the author",
    # media players and galleries
    r"media playback is unsupported on your device",
    r"(media|video|vidéo) ?caption.{0,200}",
    r"reporting from .{1,60}|en direct (de|d') .{1,60}",
    r"\(?(updated|mis à jour|actualisé|modifié|publié|published|posted)( le| à| at)?\s*:?\s*\d{1,2}\s*[:h.]\s*\d{2}(?!.*(19|20)\d\d).{0,20}\)?",
    r"(voir|afficher) en plein écran|plein écran|full ?screen|(enlarge|agrandir)( .{0,30})?",
    r"fermer|close|open|ouvrir|menu|retour|back",
    r"(vidéo|video|videos|vidéos|audio|podcast|watch|regarder|écouter|listen|play|lecture)",
    r"duration:? ?\d+:\d+|durée ?:? ?\d+(:\d+| ?min).{0,10}",
    r"\d+ (seconds?|minutes?|hours?|days?|weeks?) ago|il y a \d+ (secondes?|minutes?|heures?|jours?)",
    r"updated ago|mis à jour il y a .{0,20}",
    r"(publié|publiée|mis à jour|actualisé|posted|updated|published)\s+il y a .{0,80}",
    r"(posted|updated|published)\s+\d+ (minutes?|hours?|days?) ago.{0,60}",
    r"(fenêtre modale|modal window).{0,80}",
    r"purchase licensing rights|, ?opens new tab|opens new tab",
    # media players: controls, counters, file sizes
    r"play( ?/ ?pause)?|pause|volume|mute|unmute|[<>]\s*(previous|next|précédent|suivant)",
    r"(\d{1,2}:)?\d{1,2}:\d\d( ?/ ?(\d{1,2}:)?\d{1,2}:\d\d)?",
    r"(durée de l'audio|durée de la vidéo|audio duration|video duration)\s*:?\s*[\d:]+",
    r"(jpe?g|png|gif|webp|pdf|mp3|mp4)\s*-\s*\d+([.,]\d+)?\s*(ko|kb|mo|mb|go|gb)",
    r"view all( \(\d+\))?|voir tout|tout voir|\d+ (of|sur|de) \d+\s*\|?",
    r"(article )?thumbnail( image)?|image|images",
    # printing, downloading, reading modes
    r"activer l'option d'impression( du navigateur)?|version imprimable|printer[- ]friendly( version)?",
    r"imprimer cet article.{0,20}|print (this )?(article|page|story)",
    r"lire sur le reader.{0,20}|mode (zen|lecture)|reader mode",
    r"télécharger( l'article| le pdf| l'application| au format \w+)?|download( (the )?(article|pdf|app))?( as \w+)?",
    # labels of boxes that sit on one line
    r"key points|points clés|ce qu'il faut retenir|the big picture",
    r"blog\s*:\s*.{1,80}",
    r"(en )?partenariat avec .{1,60}|in partnership with .{1,60}|sponsored by .{1,60}|paid (post|content)( by .{1,60})?",
    r"copier/coller le lien.{0,80}|(copy|copier) (the |le )?(embed|code d'intégration).{0,60}",
    # advertising breaks
    r"(story|article) continues (below|after)( this)?( advertisement)?|la suite (de l'article )?après (cette |la )?publicité",
    r"(don't|do not) want to see this\?.{0,40}|remove ads|masquer (la|les) pub(licités?)?",
    # accounts, paywalls, error reports, archive notices
    r"(pour )?ajouter l'article à (vos|mes) sélections|identifiez-vous|créer un compte|create (an|your) account",
    r"vous possédez déjà un compte ?\??|already have an account\??.{0,40}|partage désactivé|sharing (is )?disabled",
    r"l'espace des contributions est réservé aux abonnés\.?|voir les contributions|(voir|afficher) les réactions",
    r"il vous reste \d+([.,]\d+)? ?% de (cet|l') article à lire.{0,80}|la suite est réservée aux abonnés\.?",
    r"signaler une erreur|report (an error|a typo|a correction)|description de l'erreur\*?|erreur factuelle",
    r"vous voulez communiquer un renseignement ou vous avez repéré une erreur ?\??",
    r"prenez note que cet article publié en \d{4} .{0,120}|this article is more than .{1,30} old\.?",
    r"mettre en favori.{0,40}|sauvegarder cet article.{0,60}|article (ajouté|retiré).{0,40}|voir sa bio|voir mon profil",
    r"pour sauvegarder cet(te)? article.{0,120}",
    r"\d+ (recommandés?|recommandations?|recommendations?|likes?|j'aime|vues|views)",
    r"(alerter|recommander|favori|tweet|tweeter|discussion|réagir|follow|suivre)",
    r"@\w{2,30}",
    r"(vos )?réactions( \(\d+\))?|(comments?|commentaires?)( \(\d+\))?",
    r"dive deeper( \(\d+ min\))?|speed read|summary|listen|résumé",
    r"(skip past|skip to|after) .{1,40} promotion|privacy notice:.{0,300}",
    r".{2,100}\wdossier",
    r"\(?graphic: .{0,120}\)?",
    r"social sharing|partage social",
    r"image \d+ (sur|of|/) \d+|\d+ ?/ ?\d+",
    # navigation
    r"\[[^\]\n]{1,40}\]",
    r"https?://\S+|www\.\S+",
    r"(accueil|home)( ?[>/›»].{0,120})?",
    r"(tags?|mots-clés|mots clés|thèmes?|topics?|sujets?)( ?:.{0,200})?",
)

# Words of the page's interface: a line made only of them ("Partager
# Discussion", "FacebookTwitterFlipboard", "Copy Link URLCopied!") is furniture.
UI_WORDS: frozenset[str] = frozenset(
    "share shares partager partagez partage facebook twitter x linkedin whatsapp "
    "email e-mail mail courriel print imprimer copy copier copied copié link lien "
    "url cancel annuler bookmark bookmarks save sauvegarder enregistrer flipboard "
    "send envoyer reddit messenger vk telegram bluesky pinterest threads mastodon "
    "tumblr pocket discussion comments comment commenter commentaires réagir tweet "
    "google+ gift offrir close fermer follow suivre listen écouter favori favoris "
    "alerter recommander menu sms".split()
)
# Small words a line of interface labels may hold between them ("Imprimer cet article").
UI_FILLERS: frozenset[str] = frozenset(
    "this the on via to by cet cette article sur via par le la les l de du".split()
)

# Inline fragments that a copy glues into a paragraph: a related-article teaser
# ("À LIRE AUSSI Title" glued to the next sentence). The teaser runs to the
# first of: a glued capital ("ÂgeSon"), an opening quote, or the end.
INLINE_TEASER_MARKERS: tuple[str, ...] = (
    r"(?:à|a) lire aussi",
    r"lire aussi",
    r"read more",
    r"related",
)

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
    r"les plus lus|most read|top stories|dernières actualités|latest news",
    r"(watch|vidéo|video|regarder|podcast|écouter)\b.{0,200}",
    r"newsletter.{0,80}",
    r"sommaire|table of contents|contents|summary|au sommaire",
    r"(le )?journal du (soir|matin)|the (morning|evening) briefing",
)

# Lines that announce the article is over: what follows is page furniture
# (related articles, author boxes, tag clouds) unless prose resumes.
TAIL_MARKERS: tuple[str, ...] = (
    r"tags?(\b|(?=[a-zà-ÿ])).{0,200}",
    r"mots[- ]clés.{0,200}",
    r"(article )?(pr[ée]c[ée]dent|suivant)( article)?( .{0,200})?",
    r"(previous|next) (article|story)( .{0,200})?",
    r"en relation|related( articles| stories)?|sur le même sujet",
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
    r".*\bnewsletters?\b.*",
    r"en vous inscrivant.*",
    r"by (signing up|subscribing).*",
    r"(je m'inscris|s'inscrire|sign up|subscribe)",
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

# --- Photos -----------------------------------------------------------------

# Picture agencies and credit words that make a short segment a photo credit.
CREDIT_WORDS: tuple[str, ...] = (
    "afp",
    "ap",
    "associated press",
    "reuters",
    "epa",
    "efe",
    "getty",
    "getty images",
    "istock",
    "istockphoto",
    "shutterstock",
    "adobe stock",
    "alamy",
    "sipa",
    "sipa press",
    "abaca",
    "abacapress",
    "maxppp",
    "hans lucas",
    "divergence",
    "leemage",
    "bestimage",
    "dr",
    "d.r.",
    "belga",
    "anp",
    "dpa",
    "ansa",
    "xinhua",
    "kyodo",
    "tass",
    "ria novosti",
    "pa",
    "pa images",
    "pa wire",
    "zuma",
    "zuma press",
    "nurphoto",
    "imago",
    "anadolu",
    "bloomberg",
    "the associated press",
    "handout",
    "pool",
    "file photo",
    "photo",
    "photos",
    "crédit",
    "crédits",
    "credit",
    "credits",
    "illustration",
    "archives",
    "capture d'écran",
    "screenshot",
    "wikimedia commons",
    "unsplash",
    "pixabay",
    "ouest-france",
    "radio-canada",
    "la presse canadienne",
    "the canadian press",
    "cp",
    "upi",
    "sputnik",
    "icon sport",
    "panoramic",
    "presse sports",
    "starface",
)

# Labels that introduce a credit (stripped from the credit value).
CREDIT_LABELS: tuple[str, ...] = (
    r"(photo(graph)?|image|picture|video)s?\s+by",
    r"photograph\s*:",
    r"cr[ée]dits?\s*(photos?)?\s*(:|\.{3}|…)",
    r"image copyright",
    r"copyright",
    r"crédits? photos?\s*:?",
    r"credits?\s*:",
    r"photos?\s*:",
    r"photo credit\s*:?",
    r"image\s*:",
    r"source\s*:",
    r"©",
    r"\(c\)",
    r"tous droits réservés\s*:?",
    r"all rights reserved\s*:?",
    r"file\s*:",
    r"photo",
)

# Labels that introduce a caption or an alt text (stripped from the value).
CAPTION_LABELS: tuple[str, ...] = (
    r"image caption",
    r"légende\s*:",
    r"caption\s*:",
    r"image\s*:",
    r"photo\s*:",
    r"\[\d+/\d+\]",
)

# Separators between a caption and its credit on one line.
CREDIT_SEPARATORS: tuple[str, ...] = (" - ", " — ", " – ", " | ", " / ", " ", "")

# --- Bylines ----------------------------------------------------------------

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
    r"(writing|written|editing|edited|compiled) by .{3,}",
    r"with reporting (by|from) .{3,}",
    r".{3,} contributed (reporting )?to this (report|story|article)\.?",
    r".{3,} contributed reporting( from .{2,60})?\.?",
    r"(avec|with) (la contribution|contribution) de .{3,}",
    r"édité par .{3,}",
    r"this (story|article) (was|has been) (updated|corrected).{0,200}",
    r"this is a breaking news? story.{0,200}|this is a developing story.{0,200}",
)

# Signature: agencies joined to a name or an outlet ("B.F avec AFP").
SIGNATURE_AGENCY_JOINERS = r"\s+(?:avec|with|et|and|\+|&|,)\s+"

# --- Dates ------------------------------------------------------------------

MONTHS: dict[str, int] = {
    # French
    "janvier": 1,
    "janv": 1,
    "janv.": 1,
    "jan": 1,
    "jan.": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "févr.": 2,
    "fév": 2,
    "fév.": 2,
    "fev": 2,
    "fev.": 2,
    "feb": 2,
    "feb.": 2,
    "mars": 3,
    "mar": 3,
    "mar.": 3,
    "avril": 4,
    "avr": 4,
    "avr.": 4,
    "apr": 4,
    "apr.": 4,
    "mai": 5,
    "may": 5,
    "juin": 6,
    "jun": 6,
    "jun.": 6,
    "juillet": 7,
    "juil": 7,
    "juil.": 7,
    "jul": 7,
    "jul.": 7,
    "août": 8,
    "aout": 8,
    "aug": 8,
    "aug.": 8,
    "septembre": 9,
    "sept": 9,
    "sept.": 9,
    "sep": 9,
    "sep.": 9,
    "octobre": 10,
    "oct": 10,
    "oct.": 10,
    "novembre": 11,
    "nov": 11,
    "nov.": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "déc.": 12,
    "dec": 12,
    "dec.": 12,
    # English
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}

WEEKDAYS: dict[str, int] = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

# Time zone abbreviations printed after a time, as UTC offsets in minutes.
TIMEZONES: dict[str, int] = {
    "utc": 0,
    "gmt": 0,
    "wet": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "west": 60,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "akst": -540,
    "hst": -600,
    "ast": -240,
    "adt": -180,
    "nst": -210,
    "ndt": -150,
    "hkt": 480,
    "sgt": 480,
    "jst": 540,
    "kst": 540,
    "ist": 330,
    "aest": 600,
    "aedt": 660,
    "awst": 480,
    "nzst": 720,
    "nzdt": 780,
    # Outlets printing a zone without its season ("10:25 a.m. ET") get standard time.
    "et": -300,
    "ct": -360,
    "pt": -480,
}

# Words before a date that say it is the publication date.
PUBLISHED_LABELS: tuple[str, ...] = (
    r"publié",
    r"publiée",
    r"publié le",
    r"publié sur",
    r"mis en ligne( le)?",
    r"posted( on)?",
    r"published( on)?",
    r"first published( on)?",
    r"date de publication",
    r"créé le",
)

# Words before a date that say it is an update, not the publication.
MODIFIED_LABELS: tuple[str, ...] = (
    r"mis à jour( le)?",
    r"mise à jour( le)?",
    r"màj( le)?",
    r"actualisé( le)?",
    r"modifié( le)?",
    r"updated( on)?",
    r"last updated( on)?",
    r"last modified( on)?",
)

# Units of a relative date ("il y a 3 heures", "2 hours ago"), in seconds.
RELATIVE_UNITS: dict[str, int] = {
    "seconde": 1,
    "secondes": 1,
    "second": 1,
    "seconds": 1,
    "sec": 1,
    "minute": 60,
    "minutes": 60,
    "min": 60,
    "mins": 60,
    "heure": 3600,
    "heures": 3600,
    "h": 3600,
    "hour": 3600,
    "hours": 3600,
    "hr": 3600,
    "hrs": 3600,
    "jour": 86400,
    "jours": 86400,
    "day": 86400,
    "days": 86400,
    "semaine": 604800,
    "semaines": 604800,
    "week": 604800,
    "weeks": 604800,
}

# Days named relative to today ("hier", "yesterday"): how many days back.
RELATIVE_DAYS: dict[str, int] = {
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "today": 0,
    "hier": 1,
    "yesterday": 1,
    "avant-hier": 2,
}

# Words of the text that refer to the day of publication ("ce mercredi").
THIS_DAY_WORDS: tuple[str, ...] = (r"ce", r"cette", r"this", r"on", r"since", r"depuis")

# --- Language ---------------------------------------------------------------

# Frequent short words of each language, used to tell the language of a text.
STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les des du de un une et est sont dans pour par sur avec que qui ne "
        "pas au aux ce cette ces il elle ils elles nous vous se son sa ses leur "
        "plus mais ou été être a ont comme aussi selon après avant lors entre".split()
    ),
    "en": frozenset(
        "the of and to in is are was were for on with that this by from at as it "
        "its be been has have had not but or an which who their they he she his "
        "her after before said says will would".split()
    ),
    "de": frozenset(
        "der die das und ist sind nicht mit von den dem ein eine auf für im zu "
        "des sich auch wurde werden bei nach".split()
    ),
    "es": frozenset(
        "el la los las de del y es son en por para con que un una se su sus al "
        "como más pero fue ha han según".split()
    ),
    "it": frozenset(
        "il lo la gli le di del della e è sono in per con che un una si suo sua "
        "al come più ma stato ha hanno secondo".split()
    ),
}
