"""Cross-lingual story clustering: embeddings, an online story index, explanations."""
