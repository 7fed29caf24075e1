package io.gptrealtime.camel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.SimulatedSession;

/**
 * What one call through a bridge measured, from the two ends the benchmark owns: the fake Twilio (what arrived,
 * when, what the caller heard) and the simulator's record of its session (what it sent and received, when). Both
 * run in the benchmark's JVM, so their {@link System#nanoTime()} stamps compare directly.
 */
final class CallMetrics {

    /** A first delta whose audio reaches the caller later than this is counted as not forwarded. */
    static final long MAX_FORWARD_NANOS = 1_000_000_000L;

    /** speech_started sent → clear received, ns, per cleared barge-in. */
    final List<Long> clearReactionNanos = new ArrayList<>();
    /** first response.output_audio.delta sent → first media received, ns, per response. */
    final List<Long> firstAudioNanos = new ArrayList<>();
    /** audio_end_ms of the truncate minus the reply audio heard when clear arrived, ms. */
    final List<Double> truncateErrorMs = new ArrayList<>();
    /** audio_end_ms minus the audio covered by echoed marks when clear arrived, ms. */
    final List<Double> truncateVsAckedMs = new ArrayList<>();
    /** Every sample as {metric, nanoTime when it happened (Long), value in ms (Double)}. */
    final List<Object[]> samples = new ArrayList<>();
    /** Errors the simulator sent, by code. */
    final Map<String, Integer> serverErrors = new TreeMap<>();
    int barges;
    int bargesDetected;
    int clears;
    int truncates;
    int responses;
    int responsesNotForwarded;
    /** Reply audio that reached the caller after a clear and before the next reply started (ms). */
    double audioAfterClearMs;
    double callSeconds;
    String failure;

    static CallMetrics of(FakeTwilioCall call, SimulatedSession session) {
        CallMetrics m = new CallMetrics();
        List<RecordedEvent> events = session.events();
        List<Long> speechStarted = new ArrayList<>();
        List<Long> firstDeltas = new ArrayList<>();
        List<RecordedEvent> truncates = new ArrayList<>();
        boolean awaitingFirstDelta = false;
        for (RecordedEvent e : events) {
            String type = e.type();
            if (type == null) {
                continue;
            }
            if (e.direction() == RecordedEvent.Direction.SENT) {
                switch (type) {
                    case "input_audio_buffer.speech_started" -> speechStarted.add(e.nanoTime());
                    case "response.created" -> awaitingFirstDelta = true;
                    case "response.output_audio.delta" -> {
                        if (awaitingFirstDelta) {
                            firstDeltas.add(e.nanoTime());
                            awaitingFirstDelta = false;
                        }
                    }
                    case "error" -> m.serverErrors.merge(e.json().path("error").path("code").asText("?"), 1,
                            Integer::sum);
                    default -> {
                    }
                }
            } else if ("conversation.item.truncate".equals(type)) {
                truncates.add(e);
            }
        }
        m.truncates = truncates.size();
        List<FakeTwilioCall.MediaIn> media;
        List<FakeTwilioCall.Barge> barges;
        synchronized (call) {
            media = new ArrayList<>(call.media);
            barges = new ArrayList<>(call.barges);
            m.clears = call.clears.size();
            m.failure = call.failure;
            m.callSeconds = (call.endNanos - call.startNanos) / 1e9;
            // clears after a barge-in: audio that still reached the caller before the next reply began
            for (long clear : call.clears) {
                long nextReply = firstDeltas.stream().filter(t -> t > clear).findFirst().orElse(Long.MAX_VALUE);
                for (FakeTwilioCall.MediaIn in : media) {
                    if (in.nanos() > clear && in.nanos() < nextReply) {
                        m.audioAfterClearMs += in.bytes() / (double) FakeTwilioCall.BYTES_PER_MS;
                    }
                }
            }
        }
        m.barges = barges.size();
        for (int i = 0; i < barges.size(); i++) {
            FakeTwilioCall.Barge b = barges.get(i);
            long next = i + 1 < barges.size() ? barges.get(i + 1).talkNanos : Long.MAX_VALUE;
            Long ss = speechStarted.stream().filter(t -> t >= b.talkNanos && t < next).findFirst().orElse(null);
            if (ss == null) {
                continue;
            }
            m.bargesDetected++;
            if (b.clearNanos != 0) {
                m.clearReactionNanos.add(b.clearNanos - ss);
                m.samples.add(new Object[] { "clear_ms", ss, (b.clearNanos - ss) / 1e6 });
            }
            RecordedEvent t = truncates.stream().filter(e -> e.nanoTime() >= ss && e.nanoTime() < next)
                    .findFirst().orElse(null);
            if (t != null && b.clearNanos != 0) {
                double end = t.json().path("audio_end_ms").asDouble();
                m.truncateErrorMs.add(end - b.playedMsAtClear);
                m.truncateVsAckedMs.add(end - b.ackedMsAtClear);
                m.samples.add(new Object[] { "truncate_error_ms", ss, end - b.playedMsAtClear });
            }
        }
        for (long delta : firstDeltas) {
            m.responses++;
            FakeTwilioCall.MediaIn first = media.stream().filter(in -> in.nanos() >= delta).findFirst()
                    .orElse(null);
            if (first == null || first.nanos() - delta > MAX_FORWARD_NANOS) {
                m.responsesNotForwarded++;
            } else {
                m.firstAudioNanos.add(first.nanos() - delta);
                m.samples.add(new Object[] { "first_media_ms", delta, (first.nanos() - delta) / 1e6 });
            }
        }
        return m;
    }
}
