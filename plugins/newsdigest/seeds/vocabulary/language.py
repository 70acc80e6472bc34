"""Language: frequent short words of each language."""

from __future__ import annotations

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
