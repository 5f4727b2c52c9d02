package dev.taskclients.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Bytes to upload: a request body sent as {@code application/octet-stream} (or the spec's media
 * type), or a file part of a {@code multipart/form-data} body, with an optional file name and
 * content type. Immutable; built from a {@link Path}, a {@code byte[]} or an {@link InputStream}.
 *
 * <pre>{@code
 * BinaryBody.of(Path.of("report.pdf"));                        // name report.pdf, type from the name
 * BinaryBody.of(bytes).withFilename("a.png").withContentType("image/png");
 * BinaryBody.of(inputStream, "data.csv", "text/csv");         // read once, when the request is sent
 * }</pre>
 */
public final class BinaryBody {
  private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

  private final byte[] bytes;
  private final Path path;
  private final InputStream stream;
  private final String filename;
  private final String contentType;

  private BinaryBody(
      byte[] bytes, Path path, InputStream stream, String filename, String contentType) {
    this.bytes = bytes;
    this.path = path;
    this.stream = stream;
    this.filename = filename;
    this.contentType = contentType;
  }

  /** {@return bytes held in memory (copied), without a file name} */
  public static BinaryBody of(byte[] bytes) {
    return new BinaryBody(Objects.requireNonNull(bytes, "bytes").clone(), null, null, null, null);
  }

  /**
   * {@return bytes held in memory (copied), with the file name sent with a multipart part and the
   * media type} Either may be null: no file name, {@code application/octet-stream}.
   */
  public static BinaryBody of(byte[] bytes, String filename, String contentType) {
    return of(bytes).withFilename(filename).withContentType(contentType);
  }

  /**
   * {@return a file, read when the request is sent} Its name is the file's name and its content
   * type is guessed from the name ({@link Files#probeContentType}), else {@code
   * application/octet-stream}.
   */
  public static BinaryBody of(Path file) {
    Objects.requireNonNull(file, "file");
    String type;
    try {
      type = Files.probeContentType(file);
    } catch (IOException e) {
      type = null;
    }
    Path name = file.getFileName();
    return new BinaryBody(null, file, null, name == null ? null : name.toString(), type);
  }

  /**
   * {@return a stream, read once, when the request is sent, with a file name and media type as for
   * bytes} A retry cannot resend it: give bytes or a path when the call may be retried.
   */
  public static BinaryBody of(InputStream stream, String filename, String contentType) {
    return new BinaryBody(
        null, null, Objects.requireNonNull(stream, "stream"), filename, contentType);
  }

  /** {@return this content with another file name, or none for null} */
  public BinaryBody withFilename(String name) {
    return new BinaryBody(bytes, path, stream, name, contentType);
  }

  /**
   * {@return this content with another media type, or {@code application/octet-stream} for null}
   */
  public BinaryBody withContentType(String type) {
    return new BinaryBody(bytes, path, stream, filename, type);
  }

  /** {@return the file name, if any} */
  public Optional<String> filename() {
    return Optional.ofNullable(filename);
  }

  /** {@return the media type: the one given, else {@code application/octet-stream}} */
  public String contentType() {
    return contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
  }

  /**
   * {@return the content read: the bytes, the file, or what remains of the stream} Throws
   * UncheckedIOException if the file or stream cannot be read.
   */
  public byte[] bytes() {
    try {
      if (bytes != null) {
        return bytes.clone();
      }
      if (path != null) {
        return Files.readAllBytes(path);
      }
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the body to upload" + (filename == null ? "" : " '" + filename + "'"), e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof BinaryBody o
            && bytes != null
            && o.bytes != null
            && Arrays.equals(bytes, o.bytes)
            && Objects.equals(filename, o.filename)
            && Objects.equals(contentType, o.contentType);
  }

  @Override
  public int hashCode() {
    return bytes != null ? Arrays.hashCode(bytes) : System.identityHashCode(this);
  }

  /** Names the source and type, never the content. */
  @Override
  public String toString() {
    String source =
        bytes != null ? bytes.length + " bytes" : path != null ? "file " + path : "stream";
    return "BinaryBody["
        + source
        + (filename == null ? "" : ", filename=" + filename)
        + ", "
        + contentType()
        + "]";
  }
}
