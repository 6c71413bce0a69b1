"""Benchmarks of speed and memory (not tests: nothing here asserts)."""
