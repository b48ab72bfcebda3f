"""The lab: a small internet on loopback (127.0.0.0/8) that can play the censor."""
