"""The JSON Schema of the export format."""
