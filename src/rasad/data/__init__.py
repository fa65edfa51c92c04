"""Packaged data files: lexicons, gazetteers, trained models (each with a README)."""
