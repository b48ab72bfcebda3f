"""The call-quality test: a voice-like STUN stream, its figures, the E-model and the verdicts."""
