"""Files to typed records: read, segment, the spaCy pipeline, extraction."""
