"""Extractors, one package per stage; each registers its pipeline component in its
`component.py` (see marsad.registry), which the package imports."""
