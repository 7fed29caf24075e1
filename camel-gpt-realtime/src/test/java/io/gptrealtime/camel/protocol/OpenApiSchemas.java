package io.gptrealtime.camel.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;

/**
 * Validates JSON against the schemas of the official OpenAI OpenAPI document ({@code spec/openai-openapi.yaml}), for
 * any test that needs to prove an event is what the API expects:
 * {@code OpenApiSchemas.validate("RealtimeClientEventSessionUpdate", json)} returns the violations, empty when valid.
 * <p>
 * The 3 MB document is loaded once per JVM, from the system property {@code openapi.spec} or else from
 * {@code spec/openai-openapi.yaml} in the working directory or one of its parents. The whole document is registered
 * as one schema resource, so {@code $ref: "#/components/schemas/X"} resolves inside it, and a schema is addressed by
 * its JSON pointer {@code #/components/schemas/<name>}.
 * <p>
 * Validation is JSON Schema 2020-12 (the dialect of OpenAPI 3.1) with two adaptations, both deliberate:
 * <ul>
 * <li>OpenAPI keywords that are not JSON Schema ({@code discriminator}, {@code example}, {@code x-*}, ...) are
 * registered as annotations: ignored for validation and not logged as unknown. In particular {@code discriminator} is
 * not enforced, as OpenAPI 3.1 itself only uses it as a hint.</li>
 * <li>{@code nullable: true}, an OpenAPI 3.0 keyword the document still uses, is honoured: such a schema also accepts
 * {@code null}. The document declares 3.1, where the keyword means nothing, but its intent is explicit; the only
 * Realtime schema that uses it is {@code RealtimeSessionCreateRequestGA.tracing}, whose server-side twin in
 * {@code RealtimeSessionCreateResponseGA} spells the same thing as {@code anyOf [..., {type: null}]}.</li>
 * </ul>
 * Everything else is strict: a zero-violation result means zero.
 */
public final class OpenApiSchemas {

    /** Where the document is registered; a made-up IRI, never fetched. */
    private static final String DOCUMENT_IRI = "https://openapi.local/openai-openapi.json";
    private static final String DIALECT_IRI = "https://openapi.local/dialect/2020-12-with-openapi-annotations";
    private static final String SCHEMA_POINTER = "#/components/schemas/";
    /** OpenAPI 3.1 schema keywords outside JSON Schema 2020-12. */
    private static final List<String> OPENAPI_KEYWORDS = List.of("discriminator", "example", "xml", "externalDocs",
            "nullable");

    private final JsonNode spec;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiSchemas(Path path) {
        try {
            // Jackson 2's SnakeYAML reads the document; the validator's own YAML 1.2 parser rejects one of its block
            // scalars (an "example: |+" in a non-Realtime schema), so the validator gets JSON text instead.
            this.spec = new YAMLMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI document " + path, e);
        }
        ObjectNode forValidation = spec.deepCopy();
        honourNullable(forValidation);
        String documentJson = forValidation.toString();
        Dialect.Builder dialect = Dialect.builder(DIALECT_IRI, Dialects.getDraft202012());
        Set<String> annotations = new TreeSet<>(OPENAPI_KEYWORDS);
        collectExtensionKeywords(spec, annotations);
        annotations.forEach(keyword -> dialect.keyword(new AnnotationKeyword(keyword)));
        this.registry = SchemaRegistry.withDefaultDialect(dialect.build(),
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, documentJson)));
    }

    /** Validates {@code json} against {@code components.schemas.<schemaName>}; empty when valid. */
    public static List<String> validate(String schemaName, String json) {
        Schema schema = instance().schema(schemaName);
        List<String> violations = new ArrayList<>();
        schema.validate(json, InputFormat.JSON).forEach(error -> violations.add(error.toString()));
        return violations;
    }

    /** The OpenAPI document as read (Jackson 2 tree); treat it as read-only. */
    public static JsonNode spec() {
        return instance().spec;
    }

    /** The raw schema object {@code components.schemas.<name>}, or a missing node. */
    public static JsonNode schemaNode(String name) {
        return spec().path("components").path("schemas").path(name);
    }

    /** The document's path: system property {@code openapi.spec}, else found upwards from the working directory. */
    public static Path specPath() {
        String configured = System.getProperty("openapi.spec");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("spec").resolve("openai-openapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("spec/openai-openapi.yaml not found above " + Path.of("").toAbsolutePath()
                                        + "; set -Dopenapi.spec=<path>");
    }

    private static OpenApiSchemas instance() {
        return Holder.INSTANCE;
    }

    private Schema schema(String name) {
        return schemas.computeIfAbsent(name, n -> {
            if (schemaNode(n).isMissingNode()) {
                throw new IllegalArgumentException("No schema components.schemas." + n + " in " + specPath());
            }
            Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + SCHEMA_POINTER + n));
            schema.initializeValidators();
            return schema;
        });
    }

    /** Rewrites every {@code {..., nullable: true}} schema into {@code anyOf [{...}, {type: null}]}. */
    private static void honourNullable(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                honourNullable(field.getValue());
                if (isNullableSchema(field.getValue())) {
                    field.setValue(orNull((ObjectNode) field.getValue()));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                honourNullable(array.get(i));
                if (isNullableSchema(array.get(i))) {
                    array.set(i, orNull((ObjectNode) array.get(i)));
                }
            }
        }
    }

    private static boolean isNullableSchema(JsonNode node) {
        return node instanceof ObjectNode && node.path("nullable").isBoolean() && node.get("nullable").booleanValue();
    }

    private static ObjectNode orNull(ObjectNode schema) {
        ObjectNode withoutFlag = schema.deepCopy();
        withoutFlag.remove("nullable");
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.putArray("anyOf").add(withoutFlag).add(JsonNodeFactory.instance.objectNode().put("type", "null"));
        return result;
    }

    /** Every {@code x-...} key in the document, so the validator treats vendor extensions as annotations. */
    private static void collectExtensionKeywords(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().startsWith("x-")) {
                    into.add(field.getKey());
                }
                collectExtensionKeywords(field.getValue(), into);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectExtensionKeywords(element, into));
        }
    }

    /** Reads the document on first use, once per JVM. */
    private static final class Holder {
        static final OpenApiSchemas INSTANCE = new OpenApiSchemas(specPath());
    }
}
