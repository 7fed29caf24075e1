package io.gptrealtime.camel.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * Selects MCP tools by name and/or by the MCP {@code readOnlyHint} annotation; used by {@link McpAllowedTools} and
 * {@link McpApprovalPolicy}.
 */
public final class McpToolFilter extends JsonExtensible {

    @JsonProperty("tool_names")
    private List<String> toolNames;

    @JsonProperty("read_only")
    private Boolean readOnly;

    public McpToolFilter() {
    }

    /** A filter matching the named tools. */
    public static McpToolFilter names(List<String> toolNames) {
        return new McpToolFilter().setToolNames(toolNames);
    }

    public List<String> getToolNames() {
        return toolNames;
    }

    public McpToolFilter setToolNames(List<String> toolNames) {
        this.toolNames = toolNames;
        return this;
    }

    /** Matches tools annotated {@code readOnlyHint}. */
    public Boolean getReadOnly() {
        return readOnly;
    }

    public McpToolFilter setReadOnly(Boolean readOnly) {
        this.readOnly = readOnly;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("tool_names", toolNames);
        d.add("read_only", readOnly);
    }
}
