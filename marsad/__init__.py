"""marsad: Arabic news to checkable facts — who said what, which figures, about whom, when."""

from marsad.__version__ import __version__
from marsad.core import Pipeline, analyze
from marsad.document import (
    Agent,
    Amount,
    Document,
    Entity,
    Heading,
    Metadata,
    Quote,
    Span,
    TimeExpr,
)
from marsad.errors import InputError, MarsadError
from marsad.settings import Options, load_options

__all__ = [
    "Agent",
    "Amount",
    "Document",
    "Entity",
    "Heading",
    "InputError",
    "MarsadError",
    "Metadata",
    "Options",
    "Pipeline",
    "Quote",
    "Span",
    "TimeExpr",
    "__version__",
    "analyze",
    "load_options",
]
