package io.gptrealtime.camel.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * An item of the conversation: a message (system, user or assistant), a function call or its output, or one of the MCP
 * items (tool list, call, approval request and response). One class holds every kind; the fields of the other kinds
 * stay unset, and items of kinds this version does not know decode too.
 * <p>
 * Static factories build the items a client sends. The client may set {@code id} itself; otherwise the service assigns
 * one. {@code status} has no effect on the conversation.
 */
public final class ConversationItem extends JsonExtensible implements ResponseInput {

    public static final String TYPE_MESSAGE = "message";
    public static final String TYPE_FUNCTION_CALL = "function_call";
    public static final String TYPE_FUNCTION_CALL_OUTPUT = "function_call_output";
    public static final String TYPE_MCP_LIST_TOOLS = "mcp_list_tools";
    public static final String TYPE_MCP_CALL = "mcp_call";
    public static final String TYPE_MCP_APPROVAL_REQUEST = "mcp_approval_request";
    public static final String TYPE_MCP_APPROVAL_RESPONSE = "mcp_approval_response";
    public static final String ROLE_SYSTEM = "system";
    public static final String ROLE_USER = "user";
    public static final String ROLE_ASSISTANT = "assistant";
    public static final String STATUS_COMPLETED = "completed";
    public static final String STATUS_INCOMPLETE = "incomplete";
    public static final String STATUS_IN_PROGRESS = "in_progress";

    @JsonProperty("id")
    private String id;

    @JsonProperty("object")
    private String object;

    @JsonProperty("type")
    private String type;

    @JsonProperty("status")
    private String status;

    @JsonProperty("role")
    private String role;

    @JsonProperty("content")
    private List<ContentPart> content;

    @JsonProperty("call_id")
    private String callId;

    @JsonProperty("name")
    private String name;

    @JsonProperty("arguments")
    private String arguments;

    @JsonProperty("output")
    private String output;

    @JsonProperty("server_label")
    private String serverLabel;

    @JsonProperty("tools")
    private List<McpToolDescriptor> tools;

    @JsonProperty("approval_request_id")
    private String approvalRequestId;

    @JsonProperty("approve")
    private Boolean approve;

    @JsonProperty("reason")
    private String reason;

    @JsonProperty("error")
    private McpCallError error;

    public ConversationItem() {
    }

    /** A message of {@code role} with the given parts. */
    public static ConversationItem message(String role, ContentPart... parts) {
        return new ConversationItem().setType(TYPE_MESSAGE).setRole(role)
                .setContent(new ArrayList<>(Arrays.asList(parts)));
    }

    /** A user text message. */
    public static ConversationItem userText(String text) {
        return message(ROLE_USER, ContentPart.inputText(text));
    }

    /** A user audio message from raw bytes in the session input format (not copied). */
    public static ConversationItem userAudio(byte[] audio) {
        return message(ROLE_USER, ContentPart.inputAudio(audio));
    }

    /** A user image message; {@code imageDataUrl} is a PNG or JPEG data URI. */
    public static ConversationItem userImage(String imageDataUrl) {
        return message(ROLE_USER, ContentPart.inputImage(imageDataUrl));
    }

    /** A user image message with a detail level. */
    public static ConversationItem userImage(String imageDataUrl, String detail) {
        return message(ROLE_USER, ContentPart.inputImage(imageDataUrl, detail));
    }

    /**
     * A system message: context added mid-conversation, cheaper for the prompt cache than changing the instructions.
     */
    public static ConversationItem systemText(String text) {
        return message(ROLE_SYSTEM, ContentPart.inputText(text));
    }

    /** An assistant text message, e.g. when replaying history into a new session. */
    public static ConversationItem assistantText(String text) {
        return message(ROLE_ASSISTANT, ContentPart.outputText(text));
    }

    /** A function call, e.g. when replaying history into a new session. */
    public static ConversationItem functionCall(String callId, String name, String arguments) {
        return new ConversationItem().setType(TYPE_FUNCTION_CALL).setCallId(callId).setName(name)
                .setArguments(arguments);
    }

    /** The result of the function call {@code callId}; the service checks that such a call exists. */
    public static ConversationItem functionCallOutput(String callId, String output) {
        return new ConversationItem().setType(TYPE_FUNCTION_CALL_OUTPUT).setCallId(callId).setOutput(output);
    }

    /** The answer to an MCP approval request. */
    public static ConversationItem mcpApprovalResponse(String approvalRequestId, boolean approve) {
        return mcpApprovalResponse(approvalRequestId, approve, null);
    }

    /**
     * The answer to an MCP approval request, with a reason (null for none). The schema requires an item id; it is
     * derived from the request id ({@code mcp_approval_<request id>}, as in the MCP guide) so a retry does not create a
     * second answer.
     */
    public static ConversationItem mcpApprovalResponse(String approvalRequestId, boolean approve, String reason) {
        return new ConversationItem().setType(TYPE_MCP_APPROVAL_RESPONSE).setId("mcp_approval_" + approvalRequestId)
                .setApprovalRequestId(approvalRequestId).setApprove(approve).setReason(reason);
    }

    public boolean isMessage() {
        return TYPE_MESSAGE.equals(type);
    }

    public boolean isFunctionCall() {
        return TYPE_FUNCTION_CALL.equals(type);
    }

    /**
     * The text of a message: its text parts and audio transcripts joined in order, or null when it has none (audio
     * whose transcription has not arrived, for example).
     */
    public String textContent() {
        if (content == null) {
            return null;
        }
        StringBuilder sb = null;
        for (ContentPart part : content) {
            String text = part.getText() != null ? part.getText() : part.getTranscript();
            if (text != null) {
                sb = sb == null ? new StringBuilder(text) : sb.append(text);
            }
        }
        return sb == null ? null : sb.toString();
    }

    public String getId() {
        return id;
    }

    public ConversationItem setId(String id) {
        this.id = id;
        return this;
    }

    /** {@code realtime.item} (server only). */
    public String getObject() {
        return object;
    }

    public ConversationItem setObject(String object) {
        this.object = object;
        return this;
    }

    public String getType() {
        return type;
    }

    public ConversationItem setType(String type) {
        this.type = type;
        return this;
    }

    /** {@code completed}, {@code incomplete} or {@code in_progress}. */
    public String getStatus() {
        return status;
    }

    public ConversationItem setStatus(String status) {
        this.status = status;
        return this;
    }

    /** Messages: {@link #ROLE_SYSTEM}, {@link #ROLE_USER} or {@link #ROLE_ASSISTANT}. */
    public String getRole() {
        return role;
    }

    public ConversationItem setRole(String role) {
        this.role = role;
        return this;
    }

    /** Messages: the content parts. */
    public List<ContentPart> getContent() {
        return content;
    }

    public ConversationItem setContent(List<ContentPart> content) {
        this.content = content;
        return this;
    }

    /** Function call and output: the id that pairs them. */
    public String getCallId() {
        return callId;
    }

    public ConversationItem setCallId(String callId) {
        this.callId = callId;
        return this;
    }

    /** Function and MCP calls: the tool name. */
    public String getName() {
        return name;
    }

    public ConversationItem setName(String name) {
        this.name = name;
        return this;
    }

    /** Function and MCP calls: the arguments, a JSON text. */
    public String getArguments() {
        return arguments;
    }

    public ConversationItem setArguments(String arguments) {
        this.arguments = arguments;
        return this;
    }

    /** Function call output and MCP call: the result text. */
    public String getOutput() {
        return output;
    }

    public ConversationItem setOutput(String output) {
        this.output = output;
        return this;
    }

    /** MCP items: the server. */
    public String getServerLabel() {
        return serverLabel;
    }

    public ConversationItem setServerLabel(String serverLabel) {
        this.serverLabel = serverLabel;
        return this;
    }

    /** MCP tool list: the tools the server offers. */
    public List<McpToolDescriptor> getTools() {
        return tools;
    }

    public ConversationItem setTools(List<McpToolDescriptor> tools) {
        this.tools = tools;
        return this;
    }

    /** MCP call and approval response: the approval request. */
    public String getApprovalRequestId() {
        return approvalRequestId;
    }

    public ConversationItem setApprovalRequestId(String approvalRequestId) {
        this.approvalRequestId = approvalRequestId;
        return this;
    }

    /** MCP approval response: the decision. */
    public Boolean getApprove() {
        return approve;
    }

    public ConversationItem setApprove(Boolean approve) {
        this.approve = approve;
        return this;
    }

    /** MCP approval response: optional reason. */
    public String getReason() {
        return reason;
    }

    public ConversationItem setReason(String reason) {
        this.reason = reason;
        return this;
    }

    /** MCP call: why it failed. */
    public McpCallError getError() {
        return error;
    }

    public ConversationItem setError(McpCallError error) {
        this.error = error;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("id", id);
        d.add("object", object);
        d.add("type", type);
        d.add("status", status);
        d.add("role", role);
        d.addCount("content", content);
        d.add("call_id", callId);
        d.add("name", name);
        d.add("arguments", arguments);
        d.add("output", output);
        d.add("server_label", serverLabel);
        d.addCount("tools", tools);
        d.add("approval_request_id", approvalRequestId);
        d.add("approve", approve);
        d.add("reason", reason);
        d.add("error", error);
    }
}
