#!/usr/bin/env bash
# Follows CONTRIBUTING.md's "Add an API" steps, end to end, in a scratch copy of this checkout: a spec the
# project has never seen becomes a module, generates twice to the same bytes, builds with -Werror,
# Javadoc and sources, installs, and a consumer program calls it against a local HTTP server.
# Usage: scripts/add-api-smoke.sh (with the public petstore example; the consumer calls its listPets).
# Maven options for every build, e.g. a private local repository, go in MAVEN_ARGS (read by Maven 3.9).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
spec="$root/../shared/corpus/oai-examples-3.0/petstore.yaml"
api=petstore
class=Petstore
work="$(mktemp -d)"
trap '[ "${KEEP_SCRATCH:-}" ] || rm -rf "$work"' EXIT
MVN=(./mvnw -B -ntp -q)

# A copy of the working tree as it is (committed or not), without build output.
mkdir "$work/repo"
(cd "$root" && git ls-files -z --cached --others --exclude-standard \
  | tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar xf - -C "$work/repo"
cd "$work/repo"

# Step 1: the spec.
cp "$spec" "specs/$api.yaml"

# Step 2: copy beatra's module, name the API, register it in the reactor and the BOM
# (the runtime is not touched: its support package is exported to every module).
mkdir -p "generated-clients/$api"
sed -e "s#<artifactId>beatra-client</artifactId>#<artifactId>$api-client</artifactId>#" \
    -e "s#<api.name>beatra</api.name>#<api.name>$api</api.name>#" \
    -e "s#<api.className>Beatra</api.className>#<api.className>$class</api.className>#" \
    -e "s#<api.errorModel>ErrorResponse</api.errorModel>#<api.errorModel></api.errorModel>#" \
    -e "s#<name>Beatra client</name>#<name>$class client</name>#" \
    generated-clients/beatra/pom.xml > "generated-clients/$api/pom.xml"
sed -i "s#<module>beatra</module>#<module>beatra</module>\n    <module>$api</module>#" generated-clients/pom.xml
sed -i "s#</dependencies>#  <dependency>\n        <groupId>dev.taskclients</groupId>\n        <artifactId>$api-client</artifactId>\n        <version>\${project.version}</version>\n      </dependency>\n    </dependencies>#" bom/pom.xml

# Step 3: generate (twice: the second run must not change a byte), then build and install the client.
"${MVN[@]}" generate-sources -pl "generated-clients/$api" -am
first="$(find "generated-clients/$api/src" -type f -exec sha256sum {} + | sort)"
"${MVN[@]}" generate-sources -pl "generated-clients/$api" -am
[ "$first" = "$(find "generated-clients/$api/src" -type f -exec sha256sum {} + | sort)" ] \
  || { echo "generation is not byte-stable for $api" >&2; exit 1; }
"${MVN[@]}" install -pl "generated-clients/$api,bom" -am -DskipTests
jar="$(ls "generated-clients/$api/target/$api-client-"*.jar | grep -v -e sources -e javadoc)"
ls "generated-clients/$api/target/$api-client-"*-sources.jar "generated-clients/$api/target/$api-client-"*-javadoc.jar >/dev/null
# The spec is published beside the jar; fetched as a user fetches it, type yaml, classifier openapi (petstore attaches no example
# by file, so it is the spec itself).
version="$(sed -n 's/^-Drevision=//p' .mvn/maven.config)"
"${MVN[@]}" -o -N dependency:copy -Dartifact="dev.taskclients:$api-client:$version:yaml:openapi" -DoutputDirectory=published
grep -q "operationId: \"listPets\"" "published/$api-client-$version-openapi.yaml"

# A consumer program, compiled with -Werror against the installed jar and its dependencies only.
cp="$jar:$("${MVN[@]}" -o dependency:build-classpath -pl "generated-clients/$api" -Dmdep.outputFile=/dev/stdout)"
mkdir consumer
cat > consumer/Consumer.java <<EOF
import com.sun.net.httpserver.HttpServer;
import dev.taskclients.$api.${class}Client;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Calls the new client's listPets against a local server answering the spec's documented shape. */
public class Consumer {
  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "[{\"id\": 1, \"name\": \"Rex\", \"tag\": \"dog\"}]".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      ${class}Client client = ${class}Client.builder()
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1").build();
      var pets = client.listPets();
      if (pets.size() != 1 || !pets.get(0).name().equals("Rex") || pets.get(0).id() != 1L) {
        throw new AssertionError("unexpected pets: " + pets);
      }
      System.out.println("add-api smoke: " + pets);
    } finally {
      server.stop(0);
    }
  }
}
EOF
javac -Xlint:all -Werror -cp "$cp" -d consumer consumer/Consumer.java
java -cp "$cp:consumer" Consumer
echo "add-api smoke: passed ($api from $spec)"
