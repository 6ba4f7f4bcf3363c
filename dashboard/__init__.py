"""Diplomatic events dashboard: news articles in, structured diplomatic events out."""

__version__ = "0.1.0"
