package io.gptrealtime.camel.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Keeps docs/options.md (the GitHub-readable options and headers reference) equal to what the Camel generator wrote
 * into gpt-realtime.json. Run with -Dupdate.docs=true to rewrite the file after changing options.
 */
class OptionsDocTest {

    static final String JSON = "/META-INF/io/gptrealtime/camel/gpt-realtime.json";

    @Test
    void optionsDocIsCurrent() throws IOException {
        JsonNode model;
        try (InputStream in = OptionsDocTest.class.getResourceAsStream(JSON)) {
            assertNotNull(in, "generator output " + JSON + " missing");
            model = new ObjectMapper().readTree(in);
        }
        String expected = render(model);
        Path doc = repositoryRoot().resolve("docs/options.md");
        if (Boolean.getBoolean("update.docs") || !Files.exists(doc)) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(doc, StandardCharsets.UTF_8),
                "docs/options.md is stale: run mvn -pl camel-gpt-realtime test -Dtest=OptionsDocTest -Dupdate.docs=true");
    }

    static String render(JsonNode model) {
        StringBuilder sb = new StringBuilder();
        JsonNode c = model.get("component");
        sb.append("# gpt-realtime options and headers\n\n");
        sb.append("Generated from the component metadata (`gpt-realtime.json`, written by the Camel generator);")
                .append(" kept current by `OptionsDocTest`.\n\n");
        sb.append("URI: `").append(c.get("syntax").asText()).append("` — ").append(c.get("description").asText())
                .append("\n\n");
        table(sb, "Component options", model.get("componentProperties"));
        table(sb, "Endpoint options", model.get("properties"));
        sb.append("## Message headers\n\n| Header | Kind | Type | Description |\n|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = model.get("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> h = it.next();
            JsonNode v = h.getValue();
            sb.append("| `").append(h.getKey()).append("` | ").append(v.path("label").asText("common")).append(" | ")
                    .append(shortType(v.path("javaType").asText())).append(" | ").append(cell(v.path("description")
                            .asText()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, String title, JsonNode props) {
        sb.append("## ").append(title).append("\n\n| Name | Group | Default | Type | Description |\n|---|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode v = p.getValue();
            String type = shortType(v.path("javaType").asText());
            if (v.has("enum")) {
                StringBuilder e = new StringBuilder();
                v.get("enum").forEach(x -> e.append(e.length() == 0 ? "" : ", ").append(x.asText()));
                type = type + " (" + e + ")";
            }
            sb.append("| `").append(p.getKey()).append("` | ").append(v.path("group").asText()).append(" | ")
                    .append(v.has("defaultValue") ? "`" + v.get("defaultValue").asText() + "`" : "")
                    .append(" | ").append(cell(type)).append(" | ")
                    .append(v.path("secret").asBoolean() ? "**Secret.** " : "")
                    .append(cell(v.path("description").asText())).append(" |\n");
        }
        sb.append('\n');
    }

    private static String shortType(String javaType) {
        int dot = javaType.lastIndexOf('.');
        return dot < 0 ? javaType : javaType.substring(dot + 1);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("camel-gpt-realtime/pom.xml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("Cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
