package dev.taskclients.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The checksums the Central Portal asks for beside every file: MD5 and SHA-1 always, SHA-256 and
 * SHA-512 if any.
 */
final class Checksums {
  /** File suffix to the JDK's name of the digest. */
  private static final Map<String, String> REQUIRED = Map.of("md5", "MD5", "sha1", "SHA-1");

  private static final Map<String, String> OPTIONAL =
      Map.of("sha256", "SHA-256", "sha512", "SHA-512");

  private Checksums() {}

  /**
   * {@return whether a file of the repository is a checksum or a signature, rather than an
   * artifact}
   */
  static boolean isChecksumOrSignature(String name) {
    return name.endsWith(".asc")
        || REQUIRED.keySet().stream().anyMatch(a -> name.endsWith("." + a))
        || OPTIONAL.keySet().stream().anyMatch(a -> name.endsWith("." + a));
  }

  /**
   * Checks the checksums beside a file: each required one exists, and each that exists matches.
   *
   * @param artifactId the artifact, named in problems
   * @param file an artifact file
   * @param problems where to add what is wrong
   * @throws IOException if a file cannot be read
   */
  static void check(String artifactId, Path file, List<String> problems) throws IOException {
    byte[] content = Files.readAllBytes(file);
    for (String algorithm : List.of("md5", "sha1", "sha256", "sha512")) {
      Path sum = file.resolveSibling(file.getFileName() + "." + algorithm);
      if (!Files.isRegularFile(sum)) {
        if (REQUIRED.containsKey(algorithm)) {
          problems.add(artifactId + ": no " + algorithm + " checksum for " + file.getFileName());
        }
        continue;
      }
      String expected = HexFormat.of().formatHex(digest(algorithm, content));
      String recorded = Files.readString(sum).trim().split("\\s+")[0];
      if (!expected.equalsIgnoreCase(recorded)) {
        problems.add(
            artifactId
                + ": the "
                + algorithm
                + " checksum of "
                + file.getFileName()
                + " does not match");
      }
    }
  }

  private static byte[] digest(String algorithm, byte[] content) {
    try {
      return MessageDigest.getInstance(REQUIRED.getOrDefault(algorithm, OPTIONAL.get(algorithm)))
          .digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }
}
