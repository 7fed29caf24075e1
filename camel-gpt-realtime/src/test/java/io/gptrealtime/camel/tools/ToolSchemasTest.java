package io.gptrealtime.camel.tools;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolSchemasTest {

    @Test
    void parameterOptionsBecomeAnObjectSchema() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("order_id", "string");
        options.put("order_id.required", "true");
        options.put("order_id.description", "The order number");
        options.put("size", "String");
        options.put("size.enum", "S, M,L");
        options.put("skus", "array");
        options.put("skus.items", "string");
        options.put("quantity", "integer");
        JsonNode schema = ToolSchemas.fromOptions("order", options);
        assertEquals("{\"type\":\"object\",\"properties\":{"
                     + "\"order_id\":{\"type\":\"string\",\"description\":\"The order number\"},"
                     + "\"quantity\":{\"type\":\"integer\"},"
                     + "\"size\":{\"type\":\"string\",\"enum\":[\"S\",\"M\",\"L\"]},"
                     + "\"skus\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
                     + "\"additionalProperties\":false,\"required\":[\"order_id\"]}", schema.toString());
    }

    @Test
    void noParametersIsAnEmptyObject() {
        assertEquals("{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
                ToolSchemas.fromOptions("ping", null).toString());
    }

    @Test
    void mistakesAreClearErrors() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> ToolSchemas.fromOptions("t", Map.of("when", "date")));
        assertTrue(type.getMessage().contains("parameter.when has type 'date'"), type.getMessage());
        IllegalArgumentException noType = assertThrows(IllegalArgumentException.class,
                () -> ToolSchemas.fromOptions("t", Map.of("when.required", "true")));
        assertTrue(noType.getMessage().contains("no type"), noType.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ToolSchemas.parse("t", "{\"type\":\"string\"}"));
        assertThrows(IllegalArgumentException.class, () -> ToolSchemas.parse("t", "not json"));
        assertThrows(IllegalArgumentException.class, () -> new ToolDefinition("bad name", null,
                ToolSchemas.empty(), 1000, ToolDefinition.Interruption.DELIVER, 0, null));
    }
}
