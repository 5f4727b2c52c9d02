import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes ReadmeSample.java: the template with the README's sample (the Java block between
 * {@code <!-- readme-sample:start -->} and {@code <!-- readme-sample:end -->}) in place of its placeholder line,
 * unchanged but for indentation. Run by the build at generate-sources, as a single-file program:
 * {@code java ExtractReadmeSample.java README.md ReadmeSample.java.template outputRoot}.
 */
public class ExtractReadmeSample {
  static final String START = "<!-- readme-sample:start -->";
  static final String END = "<!-- readme-sample:end -->";
  static final String PLACEHOLDER = "// README-SAMPLE";

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: ExtractReadmeSample README.md template outputRoot");
    }
    Path readme = Path.of(args[0]);
    List<String> lines = Files.readAllLines(readme);
    int start = lines.indexOf(START);
    int end = lines.indexOf(END);
    if (start < 0 || end < start || lines.lastIndexOf(START) != start || lines.lastIndexOf(END) != end) {
      fail(readme, "needs exactly one line " + START + " followed by one line " + END);
    }
    List<String> block = lines.subList(start + 1, end);
    if (block.size() < 3 || !block.get(0).equals("```java") || !block.get(block.size() - 1).equals("```")) {
      fail(readme, "the sample between the markers must be one ```java block and nothing else");
    }
    List<String> sample = block.subList(1, block.size() - 1);

    String template = Files.readString(Path.of(args[1]));
    String placeholderLine = template.lines().filter(l -> l.strip().equals(PLACEHOLDER)).findFirst()
        .orElseThrow(() -> new IllegalStateException(args[1] + " has no line " + PLACEHOLDER));
    String indent = placeholderLine.substring(0, placeholderLine.indexOf(PLACEHOLDER));
    String code = sample.stream().map(l -> l.isEmpty() ? l : indent + l).collect(Collectors.joining("\n"));

    Path out = Path.of(args[2], "dev/taskclients/sample/ReadmeSample.java");
    Files.createDirectories(out.getParent());
    Files.writeString(out, template.replace(placeholderLine, code));
    System.out.println("ReadmeSample.java: " + sample.size() + " lines of the sample in " + readme);
  }

  private static void fail(Path readme, String problem) {
    throw new IllegalStateException(readme + ": " + problem);
  }
}
