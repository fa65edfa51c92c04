"""Named entities: recognition (CRF + gazetteers + rules) and linking across scripts."""
