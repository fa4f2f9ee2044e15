package org.chokepoint.data.catalog;

/** A file an import read: its name, size and SHA-256, as the provenance of the dataset. */
public record SourceFileInfo(String name, long bytes, String sha256) {}
