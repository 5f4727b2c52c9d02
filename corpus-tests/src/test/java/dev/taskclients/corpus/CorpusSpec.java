package dev.taskclients.corpus;

import java.nio.file.Path;

/**
 * One spec of the corpus and the names its client is generated under.
 *
 * @param file the OpenAPI document
 * @param label how reports name the spec: its path relative to its corpus root
 * @param folder the folder below the gate's output directory that its client is generated into
 * @param basePackage the client's package, {@code corpus.<file name as a Java identifier>}
 * @param clientName the client's name without the {@code Client} suffix, UpperCamelCase of the file
 *     name
 */
public record CorpusSpec(
    Path file, String label, String folder, String basePackage, String clientName) {}
