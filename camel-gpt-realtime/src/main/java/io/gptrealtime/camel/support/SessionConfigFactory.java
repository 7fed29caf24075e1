package io.gptrealtime.camel.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gptrealtime.camel.GptRealtimeConfiguration;
import io.gptrealtime.camel.protocol.AudioFormatSpec;
import io.gptrealtime.camel.protocol.AudioInputConfig;
import io.gptrealtime.camel.protocol.AudioOutputConfig;
import io.gptrealtime.camel.protocol.InputTranscription;
import io.gptrealtime.camel.protocol.MaxOutputTokens;
import io.gptrealtime.camel.protocol.McpAllowedTools;
import io.gptrealtime.camel.protocol.McpApprovalPolicy;
import io.gptrealtime.camel.protocol.McpTool;
import io.gptrealtime.camel.protocol.McpToolFilter;
import io.gptrealtime.camel.protocol.NoiseReduction;
import io.gptrealtime.camel.protocol.RealtimeJson;
import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.Reasoning;
import io.gptrealtime.camel.protocol.Tool;
import io.gptrealtime.camel.protocol.ToolChoice;
import io.gptrealtime.camel.protocol.Tracing;
import io.gptrealtime.camel.protocol.Truncation;
import io.gptrealtime.camel.protocol.TurnDetection;
import io.gptrealtime.camel.protocol.Voice;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

/**
 * Endpoint options → the {@code session} of a {@code session.update}. Only options that are set are sent, so the
 * service keeps its defaults for everything else; "none" options are sent as explicit nulls (which is how the
 * protocol turns a feature off).
 */
public final class SessionConfigFactory {

    private SessionConfigFactory() {
    }

    public static RealtimeSessionConfig create(GptRealtimeConfiguration c, CamelContext context) {
        boolean transcription = "transcription".equals(c.getSessionType());
        RealtimeSessionConfig s = transcription ? RealtimeSessionConfig.transcription() : RealtimeSessionConfig.realtime();
        AudioInputConfig in = s.audioInput();
        in.setFormat(format(c.getInputAudioFormat()));
        applyTurnDetection(c, in);
        if (c.getNoiseReduction() != null) {
            switch (c.getNoiseReduction()) {
                case "none" -> in.clearNoiseReduction();
                case "near_field" -> in.setNoiseReduction(NoiseReduction.nearField());
                case "far_field" -> in.setNoiseReduction(NoiseReduction.farField());
                default -> throw new IllegalArgumentException("noiseReduction must be near_field, far_field or none, was "
                                                              + c.getNoiseReduction());
            }
        }
        if (c.getInputTranscriptionModel() != null) {
            InputTranscription t = InputTranscription.of(c.getInputTranscriptionModel());
            t.setLanguage(c.getInputTranscriptionLanguage());
            t.setPrompt(c.getInputTranscriptionPrompt());
            in.setTranscription(t);
        }
        if (transcription) {
            return s;
        }
        s.setModel(c.getModel());
        s.setInstructions(c.getInstructions());
        if (c.getOutputModalities() != null) {
            s.setOutputModalities(List.of(c.getOutputModalities()));
        }
        AudioOutputConfig out = s.audioOutput();
        out.setFormat(format(c.getOutputAudioFormat()));
        if (c.getVoice() != null) {
            out.setVoice(c.getVoice().startsWith("voice_") ? Voice.custom(c.getVoice()) : Voice.of(c.getVoice()));
        }
        if (c.getSpeed() != null) {
            if (c.getSpeed() < 0.25 || c.getSpeed() > 1.5) {
                throw new IllegalArgumentException("speed must be between 0.25 and 1.5, was " + c.getSpeed());
            }
            out.setSpeed(c.getSpeed());
        }
        if (c.getTools() != null) {
            s.setTools(tools(c.getTools(), context));
        }
        if (c.getMcpServerLabel() != null || c.getMcpServerUrl() != null) {
            s.addTool(mcpServer(c));
        }
        if (c.getToolChoice() != null) {
            String choice = c.getToolChoice();
            s.setToolChoice(switch (choice) {
                case "auto", "none", "required" -> ToolChoice.mode(choice);
                default -> ToolChoice.function(choice);
            });
        }
        if (c.getMaxOutputTokens() != null) {
            s.setMaxOutputTokens(maxOutputTokens(c.getMaxOutputTokens()));
        }
        if (c.getReasoningEffort() != null) {
            s.setReasoning(Reasoning.of(c.getReasoningEffort()));
        }
        s.setParallelToolCalls(c.getParallelToolCalls());
        if (c.getTruncation() != null) {
            s.setTruncation(truncation(c.getTruncation()));
        }
        if (c.getTracing() != null) {
            switch (c.getTracing()) {
                case "auto" -> s.setTracing(Tracing.auto());
                case "none", "disabled" -> s.clearTracing();
                default -> s.setTracing(Tracing.workflow(c.getTracing(), null, null));
            }
        }
        return s;
    }

    /** A session.update that only switches turn detection off (push-to-talk). */
    public static RealtimeSessionConfig turnDetectionOff(GptRealtimeConfiguration c) {
        RealtimeSessionConfig s = "transcription".equals(c.getSessionType())
                ? RealtimeSessionConfig.transcription() : RealtimeSessionConfig.realtime();
        s.audioInput().clearTurnDetection();
        return s;
    }

    static AudioFormatSpec format(String type) {
        return switch (type == null ? "audio/pcm" : type.toLowerCase(Locale.ROOT)) {
            case "audio/pcm" -> AudioFormatSpec.pcm24k();
            case "audio/pcmu" -> AudioFormatSpec.pcmu();
            case "audio/pcma" -> AudioFormatSpec.pcma();
            default -> throw new IllegalArgumentException("Audio format must be audio/pcm, audio/pcmu or audio/pcma, was "
                                                          + type);
        };
    }

    private static void applyTurnDetection(GptRealtimeConfiguration c, AudioInputConfig in) {
        String type = c.getTurnDetection();
        if (type == null) {
            return;
        }
        TurnDetection td;
        switch (type) {
            case "none" -> {
                in.clearTurnDetection();
                return;
            }
            case "server_vad" -> {
                td = TurnDetection.serverVad();
                td.setThreshold(c.getVadThreshold());
                td.setPrefixPaddingMs(c.getVadPrefixPaddingMs());
                td.setSilenceDurationMs(c.getVadSilenceDurationMs());
                if (c.getVadIdleTimeoutMs() != null) {
                    td.setIdleTimeoutMs(c.getVadIdleTimeoutMs());
                }
            }
            case "semantic_vad" -> {
                td = TurnDetection.semanticVad();
                td.setEagerness(c.getVadEagerness());
            }
            default -> throw new IllegalArgumentException("turnDetection must be server_vad, semantic_vad or none, was "
                                                          + type);
        }
        td.setCreateResponse(c.getVadCreateResponse());
        // with a minimum interruption the component decides whether speech interrupts, so the service must not
        // cancel the response the moment speech starts
        td.setInterruptResponse(c.getVadInterruptResponse() != null ? c.getVadInterruptResponse()
                : c.getMinInterruptionMs() > 0 ? Boolean.FALSE : null);
        in.setTurnDetection(td);
    }

    static MaxOutputTokens maxOutputTokens(String v) {
        if ("inf".equalsIgnoreCase(v.trim())) {
            return MaxOutputTokens.inf();
        }
        int n = Integer.parseInt(v.trim());
        if (n < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be at least 1 or inf, was " + v);
        }
        return MaxOutputTokens.of(n);
    }

    static Truncation truncation(String v) {
        return switch (v.trim()) {
            case "auto" -> Truncation.auto();
            case "disabled" -> Truncation.disabled();
            default -> {
                double ratio = Double.parseDouble(v.trim());
                if (ratio < 0 || ratio > 1) {
                    throw new IllegalArgumentException("truncation must be auto, disabled or a ratio 0..1, was " + v);
                }
                yield Truncation.retentionRatio(ratio);
            }
        };
    }

    /** The MCP server of the mcpServer* options. */
    static McpTool mcpServer(GptRealtimeConfiguration c) {
        if (c.getMcpServerLabel() == null || c.getMcpServerUrl() == null) {
            throw new IllegalArgumentException("An MCP server needs both mcpServerLabel and mcpServerUrl");
        }
        McpTool mcp = McpTool.of(c.getMcpServerLabel(), c.getMcpServerUrl());
        mcp.setAuthorization(c.getMcpAuthorization());
        if (c.getMcpHeader() != null && !c.getMcpHeader().isEmpty()) {
            Map<String, String> headers = new LinkedHashMap<>();
            c.getMcpHeader().forEach((k, v) -> headers.put(k, v == null ? "" : v.toString()));
            mcp.setHeaders(headers);
        }
        if (c.getMcpAllowedTools() != null) {
            mcp.setAllowedTools(McpAllowedTools.names(names(c.getMcpAllowedTools())));
        }
        String approval = c.getMcpRequireApproval();
        if (approval != null) {
            mcp.setRequireApproval(switch (approval.trim()) {
                case McpApprovalPolicy.ALWAYS -> McpApprovalPolicy.always();
                case McpApprovalPolicy.NEVER -> McpApprovalPolicy.never();
                // the named tools need approval, the others do not
                default -> McpApprovalPolicy.filters(McpToolFilter.names(names(approval)), null);
            });
        }
        return mcp;
    }

    private static List<String> names(String commaSeparated) {
        List<String> names = new ArrayList<>();
        for (String n : commaSeparated.split(",")) {
            if (!n.isBlank()) {
                names.add(n.trim());
            }
        }
        return names;
    }

    /** Tools from inline JSON (starts with '[') or a resource (classpath:, file:, http:). */
    static List<Tool> tools(String spec, CamelContext context) {
        String json = spec.trim();
        if (!json.startsWith("[")) {
            try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, json)) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the tools resource " + spec + ": " + e.getMessage(), e);
            }
        }
        try {
            return new ArrayList<>(RealtimeJson.mapper().readValue(json, new TypeReference<List<Tool>>() {
            }));
        } catch (IOException e) {
            throw new IllegalArgumentException("The tools option is not a JSON array of Realtime tools: "
                                               + e.getMessage(), e);
        }
    }
}
