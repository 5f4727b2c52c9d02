package dev.taskclients.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BinaryBody}: its three sources, name and type, defensive copies, equality and a toString
 * without content.
 */
class BinaryBodyTest {
  @TempDir Path dir;

  @Test
  void bytesAreCopiedInAndOut() {
    byte[] source = {1, 2, 3};
    BinaryBody body = BinaryBody.of(source);
    source[0] = 9;
    body.bytes()[1] = 9;

    assertArrayEquals(new byte[] {1, 2, 3}, body.bytes());
    assertEquals(Optional.empty(), body.filename());
    assertEquals("application/octet-stream", body.contentType());
    assertThrows(NullPointerException.class, () -> BinaryBody.of((byte[]) null));
  }

  @Test
  void nameAndTypeCanBeGivenAndReplaced() {
    BinaryBody png = BinaryBody.of("PNG".getBytes(UTF_8), "a.png", "image/png");

    assertEquals(Optional.of("a.png"), png.filename());
    assertEquals("image/png", png.contentType());
    assertEquals(Optional.of("b.png"), png.withFilename("b.png").filename());
    assertEquals("image/png", png.withFilename("b.png").contentType());
    assertEquals(Optional.empty(), png.withFilename(null).filename());
    assertEquals("text/plain", png.withContentType("text/plain").contentType());
    assertEquals(Optional.of("a.png"), png.withContentType("text/plain").filename());
    assertEquals("application/octet-stream", png.withContentType(null).contentType());
    assertArrayEquals("PNG".getBytes(UTF_8), png.withFilename("c").withContentType("x/y").bytes());
  }

  @Test
  void aFileIsNamedAfterItselfTypedByItsNameAndReadWhenAsked() throws IOException {
    Path png = Files.write(dir.resolve("pic.png"), new byte[] {1});
    Path unknown = Files.write(dir.resolve("blob.zzqx"), new byte[] {2});

    BinaryBody body = BinaryBody.of(png);
    Files.write(png, new byte[] {7, 8});

    assertEquals(Optional.of("pic.png"), body.filename());
    assertEquals("image/png", body.contentType());
    assertArrayEquals(
        new byte[] {7, 8}, body.bytes(), "read when the request is sent, not when built");
    assertEquals("application/octet-stream", BinaryBody.of(unknown).contentType());
    assertEquals("BinaryBody[file " + png + ", filename=pic.png, image/png]", body.toString());
    assertThrows(NullPointerException.class, () -> BinaryBody.of((Path) null));
  }

  @Test
  void anUnreadableFileFailsNamingItButNotTheContent() {
    BinaryBody missing = BinaryBody.of(dir.resolve("missing.bin"));

    UncheckedIOException e = assertThrows(UncheckedIOException.class, missing::bytes);
    assertEquals("cannot read the body to upload 'missing.bin'", e.getMessage());

    UncheckedIOException unnamed =
        assertThrows(UncheckedIOException.class, missing.withFilename(null)::bytes);
    assertEquals("cannot read the body to upload", unnamed.getMessage());
  }

  @Test
  void aStreamIsReadOnce() {
    BinaryBody body =
        BinaryBody.of(new ByteArrayInputStream("a,b".getBytes(UTF_8)), "data.csv", "text/csv");

    assertEquals("BinaryBody[stream, filename=data.csv, text/csv]", body.toString());
    assertArrayEquals("a,b".getBytes(UTF_8), body.bytes());
    assertArrayEquals(new byte[0], body.bytes());
    assertEquals(
        "application/octet-stream",
        BinaryBody.of(InputStream.nullInputStream(), null, null).contentType());
    assertThrows(NullPointerException.class, () -> BinaryBody.of((InputStream) null, "x", null));
  }

  @Test
  void toStringNamesTheSizeNeverTheContent() {
    BinaryBody secret = BinaryBody.of("top-secret".getBytes(UTF_8));

    assertEquals("BinaryBody[10 bytes, application/octet-stream]", secret.toString());
    assertEquals(
        "BinaryBody[10 bytes, filename=s.txt, text/plain]",
        secret.withFilename("s.txt").withContentType("text/plain").toString());
    assertFalse(secret.toString().contains("top-secret"));
  }

  @Test
  void bytesBackedBodiesAreEqualByContentNameAndType() {
    BinaryBody a = BinaryBody.of(new byte[] {1, 2}, "a.bin", "x/y");
    BinaryBody same = BinaryBody.of(new byte[] {1, 2}, "a.bin", "x/y");

    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertEquals(a, a);
    assertNotEquals(a, BinaryBody.of(new byte[] {1, 3}, "a.bin", "x/y"));
    assertNotEquals(a, a.withFilename("b.bin"));
    assertNotEquals(a, a.withContentType("x/z"));
    assertNotEquals(a, null);
    assertNotEquals(a, "a.bin");
    assertNotEquals(a.hashCode(), BinaryBody.of(new byte[] {1, 3}, "a.bin", "x/y").hashCode());
  }

  @Test
  void fileAndStreamBodiesAreEqualOnlyToThemselves() {
    Path file = dir.resolve("same.bin");
    BinaryBody one = BinaryBody.of(file);
    BinaryBody other = BinaryBody.of(file);
    InputStream in = InputStream.nullInputStream();
    BinaryBody stream = BinaryBody.of(in, "same.bin", null);

    assertEquals(one, one);
    assertNotEquals(one, other);
    assertNotEquals(stream, BinaryBody.of(in, "same.bin", null));
    assertNotEquals(one, BinaryBody.of(new byte[0], "same.bin", one.contentType()));
    assertNotEquals(BinaryBody.of(new byte[0], "same.bin", null), stream);
    assertEquals(System.identityHashCode(one), one.hashCode());
  }
}
