package io.gptrealtime.camel.telephony.rtp;

import java.util.BitSet;

/**
 * The even UDP ports of the configured range (RTP uses even ports; the odd one above is RTCP's), handed out round
 * robin so a just-released port is not reused at once (late packets of the old call would land in the new one).
 * Thread-safe.
 */
public final class RtpPortPool {

    private final int min;
    private final int slots;
    private final BitSet inUse;
    private int next;

    public RtpPortPool(int minPort, int maxPort) {
        if (minPort < 1024 || maxPort > 65534 || minPort > maxPort) {
            throw new IllegalArgumentException("RTP port range must be within 1024..65534 with min <= max, was "
                                               + minPort + ".." + maxPort);
        }
        this.min = minPort + (minPort & 1);
        this.slots = (maxPort - this.min) / 2 + 1;
        if (slots < 1) {
            throw new IllegalArgumentException("RTP port range " + minPort + ".." + maxPort + " has no even port");
        }
        this.inUse = new BitSet(slots);
    }

    /** The next free port, or -1 when all are taken. */
    public synchronized int acquire() {
        for (int i = 0; i < slots; i++) {
            int slot = (next + i) % slots;
            if (!inUse.get(slot)) {
                inUse.set(slot);
                next = (slot + 1) % slots;
                return min + 2 * slot;
            }
        }
        return -1;
    }

    public synchronized void release(int port) {
        int slot = (port - min) / 2;
        if (slot >= 0 && slot < slots) {
            inUse.clear(slot);
        }
    }

    public synchronized int inUse() {
        return inUse.cardinality();
    }

    public int capacity() {
        return slots;
    }
}
