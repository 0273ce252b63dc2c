"""Extractors: each module registers one pipeline component (see marsad.registry)."""
