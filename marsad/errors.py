"""marsad's exception hierarchy.

MarsadError
├── InputError           the user's input cannot be analysed (one-line message, exit 2)
│   ├── DecodeError      bytes that are no known text encoding, or binary junk
│   ├── EmptyInput       nothing left to analyse
│   ├── TooLarge         input over the configured size limit
│   ├── NotArabic        text with (almost) no Arabic in it
│   └── FetchError       a URL that cannot or may not be fetched
├── LangDataError        a lexicon file that is missing or malformed
└── ModelError           a model that cannot be loaded
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base class of every error marsad raises on purpose."""


class InputError(MarsadError):
    """The input cannot be analysed; the message says why, in one line."""


class DecodeError(InputError):
    pass


class EmptyInput(InputError):
    pass


class TooLarge(InputError):
    pass


class NotArabic(InputError):
    pass


class FetchError(InputError):
    pass


class LangDataError(MarsadError):
    pass


class ModelError(MarsadError):
    pass
