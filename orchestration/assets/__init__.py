"""Dagster assets: thin wrappers that move data between the libraries and the warehouse."""
