"""Invented text shared by the parser's tests: paragraphs no outlet printed."""

from __future__ import annotations

PARAGRAPH = (
    "Le conseil municipal de Testville a voté mardi un budget exceptionnel pour "
    "rénover la halle du marché, fermée depuis deux ans."
)
PARAGRAPH_2 = (
    "Les travaux doivent commencer au printemps et durer dix-huit mois, selon le "
    "maire, qui promet une réouverture avant l'été suivant."
)
