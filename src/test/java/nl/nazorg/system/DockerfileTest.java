package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps the Dockerfile in step with the Maven build and the application configuration.
 * Plain file parsing: no Docker engine and no Spring context needed. The jar itself does not
 * exist yet when this runs ({@code test} comes before {@code package}), so the jar path is
 * compared with {@code <finalName>} from pom.xml instead.
 */
class DockerfileTest {

    private static final int DEFAULT_SERVER_PORT = 8080;

    private static Path project;
    private static List<Stage> stages;
    private static Stage runtime;
    private static Stage build;

    @BeforeAll
    static void parseDockerfile() throws IOException {
        project = projectDirectory();
        Path dockerfile = project.resolve("Dockerfile");
        assertThat(dockerfile).as("Dockerfile in the project root").isRegularFile();
        stages = Stage.parse(Files.readString(dockerfile));
        assertThat(stages).as("build stages (FROM lines) in the Dockerfile").isNotEmpty();
        runtime = stages.get(stages.size() - 1);
        build = runtimeJarCopy().flatMap(copy -> stageNamed(new CopyArgs(copy).from())).orElse(stages.get(0));
    }

    @Test
    void buildStageCopiesOnlyFilesThatExistInTheProject() {
        List<Instruction> copies = build.local("COPY");
        assertThat(copies).as("COPY instructions in build stage '%s'", build.label()).isNotEmpty();
        for (Instruction copy : copies) {
            for (String source : new CopyArgs(copy).sources()) {
                Path path = project.resolve(stripSlash(source)).normalize();
                assertThat(Files.exists(path))
                        .as("Dockerfile line %d copies '%s', but %s does not exist in the project",
                                copy.line(), source, project.relativize(path))
                        .isTrue();
                if (Files.isDirectory(path)) {
                    assertThat(containsAFile(path))
                            .as("Dockerfile line %d copies directory '%s', which holds no files: git does not "
                                    + "keep empty directories, so `docker build` fails on a fresh checkout",
                                    copy.line(), source)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void buildStageCopiesEveryMavenInput() throws Exception {
        Set<String> copied = new LinkedHashSet<>();
        build.local("COPY").forEach(copy -> new CopyArgs(copy).sources().forEach(s -> copied.add(stripSlash(s))));

        Set<String> needed = new LinkedHashSet<>(List.of("pom.xml", "src"));
        for (String directory : pomResourceDirectories()) {
            String topLevel = stripSlash(directory.replace("${project.basedir}/", "").replace("${basedir}/", ""))
                    .split("/")[0];
            needed.add(topLevel);
        }
        for (String input : needed) {
            assertThat(copied)
                    .as("build stage '%s' must COPY '%s' (pom.xml, src/ and the <resource> directories of pom.xml "
                            + "are inputs of the Maven build); it copies %s", build.label(), input, copied)
                    .contains(input);
        }
    }

    @Test
    void runtimeStageCopiesTheJarThatMavenBuilds() throws Exception {
        String jar = pomFinalName() + ".jar";
        Instruction copy = runtimeJarCopy().orElseThrow(() -> new AssertionError(
                "runtime stage '" + runtime.label() + "' has no COPY --from=<build stage>; it should copy target/"
                        + jar));
        CopyArgs args = new CopyArgs(copy);
        assertThat(args.sources())
                .as("Dockerfile line %d: runtime stage copies exactly one file from the build stage", copy.line())
                .hasSize(1);
        String source = args.sources().get(0);
        String expected = build.workdir().map(w -> stripSlash(w) + "/target/" + jar).orElse("target/" + jar);
        String actual = source.startsWith("/") || build.workdir().isEmpty()
                ? source
                : stripSlash(build.workdir().get()) + "/" + source;
        assertThat(Path.of(actual).normalize().toString())
                .as("Dockerfile line %d copies '%s' from the build stage, but Maven builds target/%s "
                        + "(<finalName> in pom.xml, build stage WORKDIR %s)",
                        copy.line(), source, jar, build.workdir().orElse("(none)"))
                .isEqualTo(Path.of(expected).normalize().toString());

        String destination = args.destination();
        String jarInImage = destination.endsWith("/")
                ? destination + jar
                : destination.startsWith("/") ? destination : runtime.workdir().orElse("/") + "/" + destination;
        String start = runtime.last("ENTRYPOINT").map(Instruction::arguments).orElse("")
                + " " + runtime.last("CMD").map(Instruction::arguments).orElse("");
        assertThat(start)
                .as("runtime ENTRYPOINT/CMD must start the copied jar %s", Path.of(jarInImage).normalize())
                .contains(Path.of(jarInImage).normalize().toString());
    }

    @Test
    void runtimeStageRunsAsNonRootUser() {
        Instruction user = runtime.last("USER").orElseThrow(() -> new AssertionError(
                "runtime stage '" + runtime.label() + "' has no USER instruction, so the application runs as root"));
        String name = user.arguments().trim().split(":")[0];
        assertThat(name)
                .as("Dockerfile line %d: USER %s is root", user.line(), user.arguments())
                .isNotIn("root", "0");
    }

    @Test
    void runtimeStageExposesTheApplicationPort() throws IOException {
        int port = serverPort();
        Set<Integer> exposed = new LinkedHashSet<>();
        for (Instruction expose : runtime.local("EXPOSE")) {
            for (String part : expose.arguments().trim().split("\\s+")) {
                exposed.add(Integer.parseInt(part.split("/")[0]));
            }
        }
        assertThat(exposed)
                .as("runtime stage must EXPOSE server.port %d (src/main/resources/application.yaml, else %d)",
                        port, DEFAULT_SERVER_PORT)
                .contains(port);
    }

    @Test
    void healthcheckUsesTheActuatorHealthEndpoint() throws IOException {
        Instruction healthcheck = runtime.last("HEALTHCHECK").orElseThrow(() -> new AssertionError(
                "runtime stage '" + runtime.label() + "' has no HEALTHCHECK"));
        String command = healthcheck.arguments();
        assertThat(command.trim().toUpperCase(Locale.ROOT))
                .as("Dockerfile line %d: HEALTHCHECK NONE disables the check", healthcheck.line())
                .doesNotStartWith("NONE");
        Matcher url = Pattern.compile("https?://[^/\\s:\"']+(?::(\\d+))?(/actuator/health[^\\s\"']*)")
                .matcher(command);
        assertThat(url.find())
                .as("Dockerfile line %d: HEALTHCHECK must request http://localhost:<port>/actuator/health; found: %s",
                        healthcheck.line(), command)
                .isTrue();
        int port = url.group(1) == null ? 80 : Integer.parseInt(url.group(1));
        int expected = managementPort().orElse(serverPort());
        assertThat(port)
                .as("Dockerfile line %d: HEALTHCHECK calls port %d, but the actuator listens on %d "
                        + "(management.server.port, else server.port)", healthcheck.line(), port, expected)
                .isEqualTo(expected);
    }

    // --- project files -------------------------------------------------------------------------------

    private static Path projectDirectory() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : "").toAbsolutePath().normalize();
    }

    private static Document pom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(project.resolve("pom.xml").toFile());
    }

    private static String pomFinalName() throws Exception {
        Element root = pom().getDocumentElement();
        String artifactId = text(root, "artifactId").orElseThrow();
        String version = text(root, "version")
                .or(() -> child(root, "parent").flatMap(p -> text(p, "version")))
                .orElse("");
        String finalName = child(root, "build").flatMap(b -> text(b, "finalName"))
                .orElse("${project.artifactId}-${project.version}");
        finalName = finalName.replace("${project.artifactId}", artifactId).replace("${project.version}", version);
        assertThat(finalName).as("<finalName> in pom.xml has an unresolved property").doesNotContain("${");
        return finalName;
    }

    private static List<String> pomResourceDirectories() throws Exception {
        List<String> directories = new ArrayList<>();
        Optional<Element> resources = child(pom().getDocumentElement(), "build").flatMap(b -> child(b, "resources"));
        if (resources.isPresent()) {
            NodeList list = resources.get().getElementsByTagName("resource");
            for (int i = 0; i < list.getLength(); i++) {
                text((Element) list.item(i), "directory").ifPresent(directories::add);
            }
        }
        return directories;
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim());
    }

    private static int serverPort() throws IOException {
        return configValue("server", "port").map(DockerfileTest::port).orElse(DEFAULT_SERVER_PORT);
    }

    private static Optional<Integer> managementPort() throws IOException {
        return configValue("management", "server", "port").map(DockerfileTest::port);
    }

    /** A port value, or the default of a {@code ${NAME:default}} placeholder. */
    private static int port(Object value) {
        String text = String.valueOf(value).trim();
        Matcher placeholder = Pattern.compile("\\$\\{[^:}]+:(\\d+)}").matcher(text);
        if (placeholder.matches()) {
            text = placeholder.group(1);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fail("port in application.yaml is not a number or ${NAME:number}: " + value);
        }
    }

    private static Optional<Object> configValue(String... keys) throws IOException {
        for (String name : List.of("application.yaml", "application.yml")) {
            Path file = project.resolve("src/main/resources").resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                for (Object document : new Yaml().loadAll(in)) {
                    Object value = lookup(document, List.of(keys));
                    if (value != null) {
                        return Optional.of(value);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Value under nested keys; also finds dotted keys such as {@code server.port: 8080}. */
    private static Object lookup(Object node, List<String> keys) {
        if (keys.isEmpty()) {
            return node;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return null;
        }
        for (int i = keys.size(); i >= 1; i--) {
            Object child = map.get(String.join(".", keys.subList(0, i)));
            Object value = child == null ? null : lookup(child, keys.subList(i, keys.size()));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static boolean containsAFile(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stripSlash(String path) {
        String result = path.startsWith("./") ? path.substring(2) : path;
        while (result.length() > 1 && result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static Optional<Instruction> runtimeJarCopy() {
        return runtime.local("COPY").stream().filter(c -> new CopyArgs(c).from() != null).findFirst();
    }

    private static Optional<Stage> stageNamed(String name) {
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (name.equalsIgnoreCase(stage.name()) || name.equals(String.valueOf(i))) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    // --- Dockerfile parsing -------------------------------------------------------------------------

    /** One instruction, continuation lines joined; {@code line} is where it starts (1-based). */
    record Instruction(int line, String keyword, String arguments) {
    }

    record Stage(String image, String name, List<Instruction> instructions) {

        static List<Stage> parse(String dockerfile) {
            List<Stage> result = new ArrayList<>();
            List<Instruction> current = null;
            for (Instruction instruction : instructions(dockerfile)) {
                if (instruction.keyword().equals("FROM")) {
                    String[] words = instruction.arguments().trim().split("\\s+");
                    List<String> plain = Stream.of(words).filter(w -> !w.startsWith("--")).toList();
                    String name = plain.size() >= 3 && plain.get(1).equalsIgnoreCase("AS") ? plain.get(2) : null;
                    current = new ArrayList<>();
                    result.add(new Stage(plain.get(0), name, current));
                } else if (current != null) {
                    current.add(instruction);
                }
            }
            return result;
        }

        private static List<Instruction> instructions(String dockerfile) {
            List<Instruction> result = new ArrayList<>();
            String[] lines = dockerfile.split("\\R", -1);
            StringBuilder text = null;
            int start = 0;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String trimmed = line.trim();
                if (trimmed.startsWith("#") || (text == null && trimmed.isEmpty())) {
                    continue; // comments may also sit between continuation lines
                }
                if (text == null) {
                    text = new StringBuilder();
                    start = i + 1;
                }
                boolean continues = trimmed.endsWith("\\");
                text.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
                if (!continues) {
                    String joined = text.toString().trim();
                    String[] parts = joined.split("\\s+", 2);
                    result.add(new Instruction(start, parts[0].toUpperCase(Locale.ROOT),
                            parts.length > 1 ? parts[1] : ""));
                    text = null;
                }
            }
            return result;
        }

        List<Instruction> local(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        Optional<Instruction> last(String keyword) {
            List<Instruction> found = local(keyword);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
        }

        /** Final WORKDIR of the stage (absolute ones only; relative WORKDIRs are joined). */
        Optional<String> workdir() {
            String dir = null;
            for (Instruction instruction : local("WORKDIR")) {
                String next = instruction.arguments().trim();
                dir = next.startsWith("/") || dir == null ? next : stripSlash(dir) + "/" + next;
            }
            return Optional.ofNullable(dir);
        }

        String label() {
            return name != null ? name : image;
        }
    }

    /** Arguments of a COPY: flags, sources and destination, shell or JSON form. */
    static final class CopyArgs {
        private final List<String> flags = new ArrayList<>();
        private final List<String> paths = new ArrayList<>();

        CopyArgs(Instruction copy) {
            String text = copy.arguments().trim();
            List<String> words = new ArrayList<>();
            Matcher flag = Pattern.compile("^(--\\S+)\\s+").matcher(text);
            while (flag.find()) {
                flags.add(flag.group(1));
                text = text.substring(flag.end());
                flag = Pattern.compile("^(--\\S+)\\s+").matcher(text);
            }
            if (text.startsWith("[")) {
                Matcher quoted = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
                while (quoted.find()) {
                    words.add(quoted.group(1));
                }
            } else {
                words.addAll(List.of(text.split("\\s+")));
            }
            assertThat(words)
                    .as("Dockerfile line %d: COPY needs a source and a destination", copy.line())
                    .hasSizeGreaterThanOrEqualTo(2);
            paths.addAll(words);
        }

        String from() {
            return flags.stream().filter(f -> f.startsWith("--from=")).map(f -> f.substring(7)).findFirst()
                    .orElse(null);
        }

        List<String> sources() {
            return paths.subList(0, paths.size() - 1);
        }

        String destination() {
            return paths.get(paths.size() - 1);
        }
    }
}
