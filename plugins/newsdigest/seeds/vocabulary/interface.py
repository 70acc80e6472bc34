"""Interface lines: whole lines of a page's interface that are never part of
the article (buttons, counters, players, paywalls, labels), the words such
lines are made of, and the teasers a copy glues into a paragraph.
"""

from __future__ import annotations

FURNITURE_LINES: tuple[str, ...] = (
    # sharing and saving
    r"(partager|share|partage)\s*:?( (sur|on|via|par|this( article)?( with)?) .{0,40})?",
    r"(l'article )?sur les réseaux sociaux|(article )?rédigé par|written by",
    r"contribuer|réutiliser ce contenu|reuse this content|explore more on these topics",
    r"(share|partager) this (article|story|page)",
    r"share this with",
    r"(follow|suivez)(-(le|la|les))? ?(her|him|them|us|me|nous)? (on|sur) "
    r"(x|twitter|facebook|instagram|linkedin|bluesky|threads|mastodon|tiktok)\b.{0,60}",
    r"(facebook|twitter|x|linkedin|whatsapp|instagram|pinterest|flipboard|messenger"
    r"|viadeo|reddit|telegram|google\+|bluesky|threads|tumblr|mastodon|snapchat"
    r"|youtube|tiktok|e-?mail|mail|courriel|print|imprimer|sms|copy|copier)",
    r"(copier|copy) (le |this |the )?(lien|link)|lien copié|link copied|copied!?",
    r"envoyer (par|à un ami).{0,20}|send (by|to a friend).{0,20}",
    r"(sauvegarder|enregistrer|save|bookmark)( (l'|cet |this )?(article|story))?",
    r"(ajouter|ajouté) à (mes|vos) (favoris|articles).{0,40}",
    r"l'article a été ajouté à vos favoris.{0,40}",
    r"(lire|read) (plus tard|later)",
    r".{0,80}\b(will )?opens? in a new (window|tab)\.?|read more about sharing\.?",
    # counters and reading times
    r"\d[\d ]*(commentaires?|comments?|partages?|shares?|réactions?|reactions?)"
    r"( \d[\d ]*(partages?|shares?|commentaires?|comments?))?",
    r"(temps de lecture|reading time|lecture)( en)?\s*:?\s*\d+\s*(min|minutes?|mn)\.?",
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
    r"(i|je) ?('d|would|souhaite|veux|voudrais) (like to )?(be emailed|receive|recevoir).{0,200}",
    r"(get |for )?(free )?(real[- ]time )?breaking news (e-?mails|alerts)( .{0,160})?",
    r"merci ?!?|thank you!?|ok|valider|envoyer|submit|send",
    r"(votre inscription|your subscription) .{0,30}(prise en compte|confirmée|confirmed).{0,80}",
    r"(thanks?( you)? for (signing up|subscribing)|merci (pour|de) votre inscription).{0,80}",
    r"(pour )?(découvrir|découvrez|discover|see|voir) (toutes )?(nos|our) (autres )?newsletters.{0,80}",
    r"(article )?réservé aux abonnés|(article|contenu) (exclusif )?abonnés?|subscriber only",
    r"(offrir|partager) (l'|cet )?article|gift (this )?article|share full article",
    r"ajouter à (mes|vos) sélections|add to (my )?(list|reading list)",
    r"(écouter|lire) (cet |l')article|listen to (this )?(article|story)\.?|read in app",
    r"your browser does not support .{0,80}|votre navigateur ne (prend pas en charge|supporte pas) .{0,80}",
    r"(if you buy|when you buy|si vous achetez) .{0,200}|.{0,120}\b(may|might|will) (earn|receive) (a |an )?(small |affiliate )?commission.{0,200}",
    r"(do you|you) have a (news )?tip.{0,200}|vous avez une info.{0,200}",
    r"republish this article|republier cet article|request reprint.{0,40}|submit (a )?correction|(view|read|see) (our )?editorial (guidelines|standards|policy)",
    r"partagez (via|sur|par) .{1,40}|.{1,40} \((fenêtre modale|opens in a new window|nouvelle fenêtre)\)",
    r"skip (advertisement|ad)|supported by|continue reading( the main story)?",
    r"(voir|afficher|masquer) les commentaires|réagissez.{0,60}|join the conversation",
    r"(view|show|hide|read|see) (all )?(\d+ )?comments?( \(\d+\))?",
    r"(lire|regarder|play|watch) (la )?vidéo|vidéo suivante|next video",
    r"accepter (les )?cookies.{0,120}|(vous avez choisi de refuser|ce contenu n'est pas disponible).{0,200}",
    r"(news |senior |chief |political |foreign |staff |special )?(reporter|correspondent|editor|journalist|writer|journaliste|correspondante?|rédacteur|rédactrice|envoyée? spéciale?)( .{0,40})?",
    # advertising and promotion
    r"(publicité|advertisement|advertising|ad|annonce|pub|sponsored"
    r"|contenu sponsorisé|contenu partenaire|partner content|promoted|hosted)",
    r"click here to (get|download|subscribe|sign up|read).{0,80}",
    r"(téléchargez|download) (l'appli(cation)?|the app).{0,80}",
    r"suivez-nous.{0,60}|follow us.{0,60}|google news",
    # related content labels
    r"([>»▶►]+\s*)?(à|a) lire (aussi|également|egalement)( ?[:.»>-].{0,200}| .{0,200})?",
    r"lire (aussi|également|la suite)( ?[:.»>-].{0,200}| .{0,200})?",
    r"(à )?lire( (l'|la |le |les |notre |nos |mon |ma )\S+)?\s*:.{1,200}",
    r"((à|a) )?lire (aussi|également)(?-i:[A-ZÀ-Ý]).{0,200}",
    r"go deeper\s*:.{0,200}",
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
    r"media playback is unsupported on your device|.{0,40} (is|est) (unsupported|not supported|non pris en charge) (on|by|sur|par) (your|votre) .{0,40}",
    r"(media|video|vidéo) ?caption.{0,200}",
    r"reporting from .{1,60}|en direct (de|d') .{1,60}",
    r"\(?(updated|mis à jour|actualisé|modifié|publié|published|posted)( le| à| at)?\s*:?\s*\d{1,2}\s*[:h.]\s*\d{2}(?!.*(19|20)\d\d).{0,20}\)?",
    r"(voir|afficher) en plein écran|plein écran|full ?screen|(enlarge|agrandir)( .{0,30})?",
    r"fermer|close|open|ouvrir|menu|retour|back",
    r"(vidéo|video|videos|vidéos|audio|podcast|watch|regarder|écouter|listen|play|lecture|playlist)",
    r"(hide|show|toggle|masquer|afficher) (the )?(caption|légende)",
    r"(listen|écouter)\s*[·•|-]\s*(\d{1,2}:)?\d{1,2}:\d\d",
    r"\d+[- ]minutes? (listen|read|watch)",
    r"duration:? ?\d+:\d+|durée ?:? ?\d+(:\d+| ?min).{0,10}",
    r"\d+ (seconds?|minutes?|hours?|days?|weeks?) ago|il y a \d+ (secondes?|minutes?|heures?|jours?)",
    r"updated ago|mis à jour il y a .{0,20}",
    r"(publié|publiée|mis à jour|actualisé|posted|updated|published)\s+il y a .{0,80}",
    r"(posted|updated|published)\s+\d+ (minutes?|hours?|days?) ago.{0,60}",
    r"(fenêtre modale|modal window).{0,80}",
    r"(purchase |buy |acheter (les )?)?(licensing|reprint) rights|, ?opens new tab|opens new tab",
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
    r"(lire|read) (sur le|in) reader.{0,20}|mode (zen|lecture)|reader mode",
    r"télécharger( l'article| le pdf| l'application| au format \w+)?|download( (the )?(article|pdf|app))?( as \w+)?",
    # labels of boxes that sit on one line
    r"key points|points clés|ce qu'il faut retenir|the big picture",
    r"blog\s*:\s*.{1,80}",
    r"(en )?partenariat avec .{1,60}|in partnership with .{1,60}|sponsored by .{1,60}|paid (post|content)( by .{1,60})?",
    r"(copier|copy)( ?/ ?coller| and paste)? (le |the )?(lien|link|code)( d'intégration| embed| de la vidéo)?.{0,80}",
    r"(copy|copier) (the |le )?(embed|code d'intégration).{0,60}",
    # advertising breaks
    r"(story|article) continues (below|after)( this)?( advertisement)?|la suite (de l'article )?après (cette |la )?publicité",
    r"(don't|do not) want to see this\?.{0,40}|remove ads|masquer (la|les) pub(licités?)?",
    # accounts, paywalls, error reports, archive notices
    r"(pour )?ajouter l'article à (vos|mes) sélections|identifiez-vous|créer un compte|create (an|your) account",
    r"vous possédez déjà un compte ?\??|already have an account\??.{0,40}|partage désactivé|sharing (is )?disabled",
    r"l'espace des contributions est réservé aux abonnés\.?|voir les contributions|(voir|afficher) les réactions",
    r"il vous reste \d+([.,]\d+)? ?% de (cet|l') article à lire.{0,80}|la suite est réservée aux abonnés\.?",
    r"signaler une erreur|report (an error|a typo|a correction)|description de l'erreur\*?|erreur factuelle",
    r".{0,80}\b(repéré|signaler|spotted|found|report) (une |an |a )?(erreur|error|typo|mistake)\b.{0,80}",
    r"prenez note que cet article publié en \d{4} .{0,120}|this (article|story) is more than .{1,30} old\.?",
    r"(cet article|this (article|story)) (a été publié|was published|date[sd]? from) .{0,30}\b(19|20)\d\d\b.{0,160}",
    r"mettre en favori.{0,40}|sauvegarder cet article.{0,60}|article (ajouté|retiré).{0,40}|voir sa bio|voir mon profil",
    r"(pour )?(sauvegarder|enregistrer|to save|save) (cet(te)?|this) (article|story).{0,120}",
    r"\d+ (recommandés?|recommandations?|recommendations?|likes?|j'aime|vues|views)",
    r"(alerter|recommander|favori|tweet|tweeter|discussion|réagir|follow|suivre)",
    r"@\w{2,30}",
    r"(vos )?réactions( \(\d+\))?|(comments?|commentaires?)( \(\d+\))?",
    r"dive deeper( \(\d+ min\))?|speed read|summary|listen|résumé",
    r"(skip past|skip to|after) .{1,40} promotion|privacy notice:.{0,300}",
    r"pour (lire|voir|découvrir|continuer) la suite.{0,160}|to (continue|keep) reading.{0,160}",
    r"(copyright|©|\(c\)).{0,80}\b(19|20)\d\d\b.{0,80}(all rights reserved|tous droits réservés).{0,200}",
    r".{2,100}\wdossier",
    r"\(?(graphic|interactive|infographie|graphique)s?\s*: .{0,120}\)?",
    r"social sharing|partage social",
    r"image \d+ (sur|of|/) \d+|\d+ ?/ ?\d+",
    r"(view|see|open|voir|ouvrir) (the |full |la |le )?(photo )?(gallery|galerie|diaporama)"
    r"( \(?\d+ (photos|images)\)?)?|(voir|see) (all|les|toutes les) \d* ?(photos|images)",
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
    "alerter recommander menu sms sharing panel options".split()
)

# Small words a line of interface labels may hold between them ("Imprimer cet article").
UI_FILLERS: frozenset[str] = frozenset(
    "this the on via to by cet cette article sur via par le la les l de du show more "
    "plus d".split()
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
