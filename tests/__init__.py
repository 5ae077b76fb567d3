"""Tests, one module per stage of the pipeline and one for the built site."""
