package io.gptrealtime.camel.session;

/** The component version sent in the User-Agent header. */
final class Version {
    static final String VERSION = versionFromManifest();

    private Version() {
    }

    private static String versionFromManifest() {
        String v = RealtimeSession.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
