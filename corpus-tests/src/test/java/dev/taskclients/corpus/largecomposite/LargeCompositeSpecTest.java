package dev.taskclients.corpus.largecomposite;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code specs/corpus/large-composite.yaml} is what {@link LargeCompositeSpec}
 * writes, byte for byte, so that the program stays the one source of the spec. With {@code
 * -Dlarge-composite.write=true} the test writes the file instead (the command is {@link
 * LargeCompositeSpec#REWRITE}).
 */
class LargeCompositeSpecTest {
  /** The system property that makes this test write the file instead of comparing it. */
  private static final String WRITE = "large-composite.write";

  @Test
  void theCommittedSpecIsWhatTheProgramWrites() throws IOException {
    Path file =
        Path.of(System.getProperty("corpus.project.dir", ".."))
            .resolve(LargeCompositeSpec.FILE)
            .normalize();
    String written = LargeCompositeSpec.yaml();
    if (Boolean.getBoolean(WRITE)) {
      Files.writeString(file, written, StandardCharsets.UTF_8);
      System.out.println("wrote " + file + " (" + written.lines().count() + " lines)");
      return;
    }
    String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (!committed.equals(written)) {
      fail(
          file
              + " is not what LargeCompositeSpec writes ("
              + firstDifference(committed, written)
              + "). Do not edit it by hand: change the program and rewrite the file from the repository root with\n  "
              + LargeCompositeSpec.REWRITE);
    }
  }

  /** The first line where the two texts differ, both sides shown. */
  private static String firstDifference(String committed, String written) {
    List<String> a = committed.lines().toList();
    List<String> b = written.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String left = i < a.size() ? a.get(i) : "<end of file>";
      String right = i < b.size() ? b.get(i) : "<end of file>";
      if (!left.equals(right)) {
        return "line " + (i + 1) + ": committed '" + left + "', written '" + right + "'";
      }
    }
    return "they differ in line endings only";
  }
}
