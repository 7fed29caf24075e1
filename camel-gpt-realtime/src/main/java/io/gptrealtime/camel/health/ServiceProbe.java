package io.gptrealtime.camel.health;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.gptrealtime.camel.session.RealtimeEngine;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.RealtimeSessionException;
import io.gptrealtime.camel.session.SessionSettings;

/**
 * Checks that the service accepts a session with the endpoint's URL, key and configuration: opens a session that
 * belongs to no agent (so it is neither accounted nor seen by routes), waits until it is open, and closes it. A
 * session that never asks for a response costs nothing (docs realtime-api-guide.md §9.1: no connection charge).
 */
public final class ServiceProbe {

    private ServiceProbe() {
    }

    /** Null when the session opened, else why not. Waits up to the settings' connect timeout. */
    public static Throwable probe(RealtimeEngine engine, SessionSettings settings) {
        RealtimeSession session = engine.newSession("health-probe", settings, (s, e) -> {
            // events of the probe are of no interest
        });
        try {
            session.connect().get(settings.connectTimeoutMillis() + 1000, TimeUnit.MILLISECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (TimeoutException e) {
            return new RealtimeSessionException("The session did not open within "
                                                + settings.connectTimeoutMillis() + " ms");
        } catch (Exception e) {
            return ConnectivityTracker.unwrap(e);
        } finally {
            session.close();
        }
    }
}
